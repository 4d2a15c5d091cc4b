"""Saved searches in the sidebar, stored in the archive, through the real MainWindow and the CLI."""
from __future__ import annotations

import json

from storage.archive import Archive
from storage.cli import main as cli_main
from storage.saved_searches import saved_searches


def test_save_apply_rename_delete_with_counts(qtbot, desk):
    desk.search.set_query("bo")
    desk.sidebar.toggle("outlet", "Báo Thời Đại")
    shown = desk.model.rowCount()
    panel = desk.saved_searches
    new_id = panel.save("Bộ, Thời Đại")
    assert panel.list.count() == 1 and panel.list.item(0).text() == f"Bộ, Thời Đại  ({shown})"
    desk.search.set_query("")
    desk.sidebar.clear()
    assert desk.model.rowCount() == 5
    panel.list.itemClicked.emit(panel.list.item(0))
    assert desk.query == "bo" and desk.sidebar.filters.outlet == "Báo Thời Đại"
    assert desk.model.rowCount() == shown
    panel.rename(new_id, "Thời Đại: bộ")
    assert panel.list.item(0).text().startswith("Thời Đại: bộ")
    path = desk.archive.path
    assert [s.name for s in saved_searches(desk.archive)] == ["Thời Đại: bộ"]
    desk.close()
    with Archive.open(path) as archive:  # kept in the archive file itself
        assert saved_searches(archive)[0].query == "bo"


def test_counts_follow_edits(qtbot, desk):
    desk.sidebar.toggle("outlet", "Báo Thời Đại")
    panel = desk.saved_searches
    panel.save("Thời Đại")
    assert panel.list.item(0).text().endswith("(2)")
    desk.sidebar.clear()
    desk.select_row(desk.model.row_of(next(i for i in desk.model.ids()
                                            if desk.archive.get(i).outlet != "Báo Thời Đại")))
    desk.article_pane.metadata.commit("outlet", "Báo Thời Đại")  # a third article joins
    assert panel.list.item(0).text().endswith("(3)")
    panel.delete(saved_searches(desk.archive)[0].id)
    assert panel.list.count() == 0


def test_cli_saved_searches(tmp_path, capsys):
    from .desk_data import make_archive

    path = str(make_archive(tmp_path / "a.sqlite"))
    assert cli_main(["saved", "add", "Biển", "--query", "bien", "--archive", path]) == 0
    assert cli_main(["saved", "add", "Đoán", "--precision", "inferred", "--archive", path]) == 0
    capsys.readouterr()
    assert cli_main(["saved", "list", "--json", "--archive", path]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(s["name"], s["count"]) for s in listed] == [("Biển", 1), ("Đoán", 1)]
    assert cli_main(["saved", "rename", str(listed[0]["id"]), "Biển đảo", "--archive", path]) == 0
    assert cli_main(["saved", "delete", "99", "--archive", path]) == 1
