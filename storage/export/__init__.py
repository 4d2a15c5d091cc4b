"""Exports out of Tư Liệu: Word and OpenDocument dossiers, spreadsheets, JSON Lines, CSL-JSON, RIS, text."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..errors import TuLieuError
from ..progress import NEVER, CancelToken, Progress, noop
from .formats import DOSSIER_FORMATS, FORMATS, TEXT_FORMATS
from .output import iter_articles, partial_file

if TYPE_CHECKING:
    from ..dossier import DossierOptions

log = logging.getLogger(__name__)

__all__ = ["FORMATS", "DOSSIER_FORMATS", "TEXT_FORMATS", "ExportOptions", "ExportResult", "export", "select_ids",
           "suffix"]


@dataclass
class ExportOptions:
    """Dossier options for docx and odt; for text, whether each article gets its own file (out is a folder);
    for XLSX, the column titles by CSV key (the GUI's language; None: the keys, as the CSV keeps them)."""

    dossier: DossierOptions = field(default_factory=lambda: _dossier_options())
    one_file_each: bool = False
    headers: dict[str, str] | None = None


@dataclass
class ExportResult:
    """What was written: the file (or folder), the format, how many articles, and every file made."""

    path: Path
    format: str
    articles: int
    files: list[Path]


def _dossier_options() -> DossierOptions:
    from ..dossier import DossierOptions  # lazy: reportlab loads only when a dossier or export runs

    return DossierOptions()


def select_ids(archive: Any, query: str | None = None, ids: list[int] | None = None, all: bool = False,
               filters: Any = None) -> list[int]:
    """The article ids of an export: the same selection rules as a dossier (see storage.dossier.select_ids)."""
    from ..dossier import select_ids as dossier_select_ids

    return dossier_select_ids(archive, query=query, ids=ids, all=all, filters=filters)


def suffix(fmt: str) -> str:
    """The file suffix of a format (".docx", ".json" for CSL-JSON…)."""
    return _check(fmt)[0]


def _check(fmt: str) -> tuple[str, str]:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    return FORMATS[fmt]


def export(archive: Any, ids: list[int], out_path: str | Path, fmt: str, options: ExportOptions | None = None, *,
           progress: Progress = noop, cancel: CancelToken = NEVER) -> ExportResult:
    """Write the articles in one format; raises TuLieuError naming the file, Cancelled leaving nothing."""
    _check(fmt)
    out_path, options = Path(out_path), options or ExportOptions()
    if not ids:
        raise TuLieuError(f"{out_path}: no articles to export")
    if fmt in DOSSIER_FORMATS:
        return _dossier(archive, ids, out_path, fmt, options.dossier, progress, cancel)
    from ..dossier.labels import Labels

    label = Labels(options.dossier.lang)["articles"]  # also refuses an unknown language before any work
    articles = iter_articles(archive, ids, progress, cancel, label)
    if fmt in TEXT_FORMATS and options.one_file_each:
        return _one_file_each(articles, out_path, fmt, options.dossier.lang)
    with partial_file(out_path) as partial:
        count = _writer(fmt, options)(partial, articles)
    log.info("export %s: %d articles as %s", out_path, count, fmt)
    return ExportResult(out_path, fmt, count, [out_path])


def _writer(fmt: str, options: ExportOptions) -> Callable[[Path, Iterable[Any]], int]:
    from . import csl, jsonl, ris, tables, text

    if fmt in TEXT_FORMATS:
        return lambda path, articles: text.write_combined(path, articles, fmt, options.dossier.lang)
    if fmt == "xlsx":
        return lambda path, articles: tables.write_xlsx(path, articles, options.headers)
    return {"csv": tables.write_csv, "jsonl": jsonl.write_jsonl,
            "csljson": csl.write_csljson, "ris": ris.write_ris}[fmt]


def _one_file_each(articles: Iterable[Any], folder: Path, fmt: str, lang: str) -> ExportResult:
    from ..dossier.labels import Labels
    from .text import article_text, file_name

    if folder.exists() and not folder.is_dir():
        raise TuLieuError(f"{folder}: not a folder (one file per article needs a folder)")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise TuLieuError(f"{folder}: cannot create the folder ({error.strerror or error})") from error
    labels, written = Labels(lang), []
    try:
        for number, article in enumerate(articles, start=1):
            path = folder / file_name(article, number, fmt)
            with partial_file(path) as partial:
                partial.write_text(article_text(article, fmt, labels), encoding="utf-8")
            written.append(path)
    except BaseException:
        for path in written:  # cancelled or failed: no half export left behind
            path.unlink(missing_ok=True)
        raise
    return ExportResult(folder, fmt, len(written), written)


def _dossier(archive: Any, ids: list[int], out_path: Path, fmt: str, options: DossierOptions,
             progress: Progress, cancel: CancelToken) -> ExportResult:
    if fmt == "docx":
        from ..dossier.docx_writer import build_word_dossier as build
    else:
        from ..dossier.odt_writer import build_odt_dossier as build
    result = build(archive, ids, out_path, options, progress=progress, cancel=cancel)
    return ExportResult(result.path, fmt, result.articles, [result.path])
