"""Check an archive (and repair what can be rebuilt): integrity, foreign keys, search index, links, originals."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import TuLieuError
from ..plural import counted
from ..progress import NEVER, CancelToken, Progress, noop
from .backends import DatabaseError, dialect_of
from .codec import pack_blocks, unpack_blocks, unpack_raw

if TYPE_CHECKING:
    from .core import Archive

log = logging.getLogger(__name__)

JSON_COLUMNS = ("origins", "needs_review", "user_fields")
MAX_LISTED = 50


@dataclass
class Finding:
    """One problem found: what it is, in plain words, and whether --repair fixed it.

    `message` is the English the command line prints; `code`, `numbers`, `ids` and `detail` say the same
    as data, so the interface can say it in its own language (desktop/check_report.py):
      damaged-page (detail: SQLite's words), unreadable-step (detail: step: error), corrupt (detail: the
      core's message), orphans (numbers: rows; detail: table -> parent table), search-index (numbers:
      missing, extra, out of date; ids: missing), mentions (numbers: links), entity-counts (numbers: entities),
      originals (numbers: articles; ids), text (ids: the article; detail: what the repair did), salvaged
      (numbers: articles; detail: the copy's file name), lost / partial (ids: the article; detail: why).
    """

    kind: str  # integrity | foreign-key | search-index | links | original | text | lost
    message: str
    repaired: bool = False
    code: str = ""
    numbers: tuple[int, ...] = ()
    ids: tuple[int, ...] = ()
    detail: str = ""


@dataclass
class CheckReport:
    """Everything a check found; `ok` when nothing is left to fix."""

    path: str
    articles: int = 0
    findings: list[Finding] = field(default_factory=list)
    salvaged_to: str | None = None  # a repaired copy written next to a damaged original

    @property
    def ok(self) -> bool:
        """True when no problem remains (none found, or all repaired)."""
        return all(f.repaired for f in self.findings)

    def lines(self) -> list[str]:
        """The report in plain words, one line each."""
        if not self.findings:
            return [f"{self.path}: {counted(self.articles, 'article')} checked; no problems found"]
        out = [f"{self.path}: {counted(self.articles, 'article')} checked; {counted(len(self.findings), 'problem')}"]
        for f in self.findings:
            out.append(f"  [{f.kind}] {f.message}" + (" — repaired" if f.repaired else ""))
        if self.salvaged_to:
            out.append(f"  the readable articles were copied to {self.salvaged_to}; the original was kept as it is")
        return out


def check_archive(archive: "Archive", *, repair: bool = False, progress: Progress = noop,
                  cancel: CancelToken = NEVER) -> CheckReport:
    """Run every check; with repair=True rebuild what can be rebuilt (each repair one transaction)."""
    if repair and archive.read_only:
        raise TuLieuError(f"{archive.path}: open for writing to repair ({archive.read_only_reason or 'read-only'})")
    report = CheckReport(str(archive.path))
    conn = archive._conn
    with archive._lock:
        report.articles = int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    steps = (_integrity, _foreign_keys, _search_index, _links, _originals, _texts)
    if archive.shared:  # pages and foreign keys are the server's to keep (it enforces both)
        steps = steps[2:]
    for done, step in enumerate(steps):
        cancel.check()
        progress(done, len(steps), step.__name__.strip("_").replace("_", " "))
        try:
            with archive._lock:  # one step at a time: the GUI's reads go on between steps
                step(archive, report, repair)
        except DatabaseError as error:  # the file is damaged where this step reads
            report.findings.append(Finding("integrity", f"{step.__name__.strip('_')}: {error}", code="unreadable-step",
                                           detail=str(error)))
        if step is _integrity and report.findings:
            break  # never write into a damaged file: salvage() copies what is readable instead
    progress(len(steps), len(steps), "")
    return report


def _integrity(archive: "Archive", report: CheckReport, repair: bool) -> None:
    rows = [r[0] for r in archive._conn.execute("PRAGMA integrity_check(100)")]
    if rows != ["ok"]:
        for message in rows[:MAX_LISTED]:
            report.findings.append(Finding("integrity", f"damaged database page: {message}", code="damaged-page",
                                           detail=str(message)))


def _foreign_keys(archive: "Archive", report: CheckReport, repair: bool) -> None:
    rows = archive._conn.execute("PRAGMA foreign_key_check").fetchall()
    by_table: dict[tuple[str, str], list[int]] = {}
    for table, rowid, parent, _fk in rows:
        by_table.setdefault((table, parent), []).append(rowid)
    for (table, parent), rowids in by_table.items():
        finding = Finding("foreign-key", f"{counted(len(rowids), 'row')} of {table} point to a missing {parent} row "
                          "(orphans)", code="orphans", numbers=(len(rowids),), detail=f"{table} -> {parent}")
        if repair:
            with archive._write() as conn:
                conn.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(r,) for r in rowids])
            finding.repaired = True
        report.findings.append(finding)


def _search_index(archive: "Archive", report: CheckReport, repair: bool) -> None:
    dialect = dialect_of(archive._conn)
    missing, extra, disagrees = dialect.index_differences(archive._conn)
    if not missing and not extra and not disagrees:
        return
    finding = Finding("search-index", _index_message(missing, extra, disagrees), code="search-index",
                      numbers=(len(missing), len(extra), int(bool(disagrees))), ids=tuple(missing[:MAX_LISTED]))
    if repair:
        with archive._write() as conn:
            dialect.repair_index(conn, missing, extra)
        finding.repaired = True
    report.findings.append(finding)


def _index_message(missing: list[int], extra: list[int], disagrees: bool) -> str:
    parts = []
    if missing:
        parts.append(f"{counted(len(missing), 'article')} missing from the search index "
                     f"(#{', #'.join(map(str, missing[:MAX_LISTED]))})")
    if extra:
        parts.append(f"{counted(len(extra), 'search-index row')} for articles that do not exist")
    if disagrees and not missing and not extra:
        parts.append("the search index is out of date with the articles' text")
    return "; ".join(parts)


def _links(archive: "Archive", report: CheckReport, repair: bool) -> None:
    bad = archive._conn.execute("SELECT count(*) FROM article_entities WHERE mentions IS NULL OR mentions < 1"
                                ).fetchone()[0]
    if bad:
        finding = Finding("links", f"{counted(bad, 'entity link')} with no mention count", code="mentions",
                          numbers=(bad,))
        if repair:
            with archive._write() as conn:
                conn.execute("UPDATE article_entities SET mentions = 1 WHERE mentions IS NULL OR mentions < 1")
            finding.repaired = True
        report.findings.append(finding)


    _entity_counts(archive, report, repair)


def _entity_counts(archive: "Archive", report: CheckReport, repair: bool) -> None:
    """Stored article counts that differ from the links (the triggers keep them; a file edited with
    triggers off would not), and folded names another tool left empty."""
    wrong = archive._conn.execute(
        "SELECT count(*) FROM entities e WHERE article_count != "
        "(SELECT count(*) FROM article_entities l WHERE l.entity_id = e.id) OR folded IS NULL").fetchone()[0]
    if wrong:
        finding = Finding("links", f"{counted(wrong, 'entity')} with a wrong article count or no folded name",
                          code="entity-counts", numbers=(wrong,))
        if repair:
            with archive._write() as conn:
                conn.execute("UPDATE entities SET article_count = (SELECT count(*) FROM article_entities l "
                             "WHERE l.entity_id = entities.id)")
                conn.execute("UPDATE entities SET folded = tl_fold(name) WHERE folded IS NULL")
            finding.repaired = True
        report.findings.append(finding)


def _originals(archive: "Archive", report: CheckReport, repair: bool) -> None:
    missing = [r[0] for r in archive._conn.execute(
        "SELECT id FROM articles WHERE raw IS NULL OR length(raw) = 0 ORDER BY id")]
    if missing:
        report.findings.append(Finding(
            "original", f"{counted(len(missing), 'article')} without their original file's bytes (cannot be re-extracted): "
                        f"#{', #'.join(map(str, missing[:MAX_LISTED]))}",
            code="originals", numbers=(len(missing),), ids=tuple(missing[:MAX_LISTED])))


def _texts(archive: "Archive", report: CheckReport, repair: bool) -> None:
    """Articles whose stored text cannot be decoded are re-extracted from their original bytes."""
    broken = []
    for row in archive._conn.execute(f"SELECT id, blocks, raw, {', '.join(JSON_COLUMNS)} FROM articles"):
        if not _readable_body(row[1], row[2]) or not _decodes(row[3:]):
            broken.append(row[0])
    for article_id in broken:
        finding = Finding("text", f"article #{article_id}: stored text is empty or unreadable", code="text",
                          ids=(article_id,))
        if repair:
            finding.repaired, finding.detail = _reextract(archive, article_id)
            finding.message += f" ({finding.detail})"
        report.findings.append(finding)
    dialect = dialect_of(archive._conn)
    if repair and broken and any(differences := dialect.index_differences(archive._conn)):
        with archive._write() as conn:  # damaged blocks were indexed as no text: index the new text
            dialect.repair_index(conn, differences[0], differences[1])


def _readable_body(blocks: bytes | None, raw: bytes | None) -> bool:
    """True when the packed blocks unpack and keep some text."""
    try:
        return any(b.text.strip() for b in unpack_blocks(blocks, raw) if b.role != "removed")
    except ValueError:
        return False


def _decodes(values: tuple) -> bool:
    try:
        return all(isinstance(json.loads(v or "null"), (list, dict, type(None))) for v in values)
    except ValueError:
        return False


def _reextract(archive: "Archive", article_id: int) -> tuple[bool, str]:
    """Re-extract one article from its original bytes; (done, what happened)."""
    from ..extraction import extract
    from ..readers import read_bytes

    packed, name = archive._conn.execute("SELECT raw, file_name FROM articles WHERE id = ?", (article_id,)).fetchone()
    try:
        raw = unpack_raw(packed)
    except ValueError as error:
        return False, f"the original bytes are unreadable ({error})"
    if not raw:
        return False, "no original bytes to re-extract from"
    try:
        article = extract(read_bytes(name or "original.txt", bytes(raw)))
    except TuLieuError as error:
        return False, f"the original cannot be read again: {error}"
    if not any(t.strip() for t in article.body):
        return False, "the original holds no article text"
    with archive._write() as conn:
        if not _readable_body(*conn.execute("SELECT blocks, raw FROM articles WHERE id = ?", (article_id,)).fetchone()):
            conn.execute("UPDATE articles SET blocks = ? WHERE id = ?", (pack_blocks([], raw), article_id))
        for column in JSON_COLUMNS:  # unreadable edit state is reset so re-extraction can run
            default = "{}" if column == "origins" else "[]"
            value = conn.execute(f"SELECT {column} FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
            if not _decodes((value,)):
                conn.execute(f"UPDATE articles SET {column} = ? WHERE id = ?", (default, article_id))
        archive.update_from_extraction(article_id, article)
    return True, "re-extracted from the original file"
