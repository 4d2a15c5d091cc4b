"""Analyst's desk timings (issue #10) on the 100,000-article archive, in a real window (offscreen):
bulk tag of 1,000 selected rows, Vietnamese title sort of every row, select -> text with the query's
matches marked; and our Vietnamese sort key against Qt's QCollator (ICU) on the archive's titles.

Usage: .venv/bin/python benchmarks/desk.py [--articles N] [--archive PATH]
Targets: bulk tag < 2 s, title sort < 1 s, select with highlights < 50 ms median.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(action) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def collation_figures(titles: list[str]) -> dict[str, float]:
    """Sort the titles with our key and with QCollator("vi"); how often neighbours agree."""
    from PySide6.QtCore import QCollator, QLocale

    from storage.collation import sort_key

    sort_key.cache_clear()
    ours_s = timed(lambda: sorted(titles, key=sort_key))
    ours = sorted(titles, key=sort_key)
    collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    qt_key_s = timed(lambda: sorted(titles, key=lambda t: collator.sortKey(t)))
    theirs_s = timed(lambda: [collator.sortKey(t) for t in titles])
    agree = sum(1 for a, b in zip(ours, ours[1:]) if collator.compare(a, b) <= 0) / max(1, len(ours) - 1)
    return {"ours_s": ours_s, "qcollator_s": qt_key_s, "qcollator_keys_s": theirs_s, "agree": agree}


def window_figures(archive_path: Path, workdir: Path) -> dict[str, float]:
    """Open a copy of the archive in a real window and time the desk's actions."""
    from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

    from desktop.app import create_app
    from desktop.main_window import MainWindow
    from desktop.settings import Settings

    settings = Settings(workdir / "bench.ini")
    app = create_app(["tulieu"], settings)
    window = MainWindow(settings)
    window.resize(1440, 900)
    window.show()
    window.open_archive(archive_path, create=False)
    app.processEvents()

    header = window.table.horizontalHeader()

    def sort_titles() -> None:
        # As a header click does (QTableView.sortByColumn would sort twice).
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        window.table.viewport().repaint()

    from storage.collation import sort_key

    sort_key.cache_clear()
    sort_cold = timed(sort_titles)
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    sort_warm = timed(sort_titles)
    titles = [window.model.article_row(r).title for r in range(0, window.model.rowCount(), 1000)]
    in_order = titles == sorted(titles, key=sort_key)
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    selection = QItemSelection(window.model.index(0, 0), window.model.index(999, 0))
    window.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                         | QItemSelectionModel.SelectionFlag.Rows)
    window.bulk.add_tags.setText("quốc phòng")

    def bulk_tag() -> None:
        window.bulk.add_tags_now()
        app.processEvents()
        window.table.viewport().repaint()

    bulk = timed(bulk_tag)
    figures = {"sort_cold_s": sort_cold, "sort_warm_s": sort_warm, "sorted_ok": in_order, "bulk_s": bulk,
               **select_figures(app, window)}
    window.close()
    return figures


def select_figures(app, window) -> dict[str, float]:
    """Search, then time select -> text shown with the matches marked, over 20 hits."""
    window.search.set_query("quoc phong")
    app.processEvents()
    rows = window.model.rowCount()
    selects = []
    for row in range(1, 1 + 20 * 97, 97):
        start = time.perf_counter()
        window.select_row(row % rows)
        app.processEvents()
        window.article_pane.repaint()
        selects.append(time.perf_counter() - start)
    return {"select_ms_median": statistics.median(selects) * 1000, "select_ms_max": max(selects) * 1000,
            "marked": window.results.mark_text(), "hits": rows}


def main() -> int:
    """Print the figures against their targets."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--archive", type=Path)
    args = parser.parse_args()
    from benchmarks.gui import ensure_archive
    from storage.archive import Archive

    source = args.archive or Path(tempfile.gettempdir()) / f"tulieu-bench-{args.articles}.sqlite"
    ensure_archive(source, args.articles)
    workdir = Path(tempfile.mkdtemp(prefix="tulieu-desk-bench-"))
    copy = workdir / "copy.sqlite"
    shutil.copy(source, copy)  # the bulk edit writes: never into the shared benchmark archive
    with Archive.open(copy, read_only=True) as archive:
        titles = [r.title for r in archive.rows(archive.ids(order_by="id"))]
    c = collation_figures(titles)
    f = window_figures(copy, workdir)
    out = sys.stdout
    out.write(f"title sort of {len(titles):,} rows (GUI):  {f['sort_cold_s']:6.2f} s first, {f['sort_warm_s']:.2f} s "
              f"again (target < 1 s){'' if f['sorted_ok'] else '  NOT IN ORDER'}\n")
    out.write(f"bulk tag of 1,000 selected rows:   {f['bulk_s']:6.2f} s   (target < 2 s)\n")
    out.write(f"select -> text with highlights:    {f['select_ms_median']:6.1f} ms  median, "
              f"{f['select_ms_max']:.1f} ms max over {f['hits']:,} hits (target < 50 ms)\n")
    out.write(f"sort key, ours vs QCollator(vi):   {c['ours_s']:6.2f} s vs {c['qcollator_s']:.2f} s "
              f"(QCollator keys alone {c['qcollator_keys_s']:.2f} s); neighbours QCollator agrees with: "
              f"{c['agree'] * 100:.2f} %\n")
    out.flush()
    shutil.rmtree(workdir, ignore_errors=True)
    os._exit(0)  # skip interpreter teardown of Qt objects (not part of the figures)


if __name__ == "__main__":
    sys.exit(main())
