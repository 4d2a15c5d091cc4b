"""Spreadsheets of article metadata: CSV (UTF-8 with BOM, for Excel) and XLSX (openpyxl)."""
from __future__ import annotations

import csv
import logging
from itertools import chain, islice
from pathlib import Path
from typing import Any, Iterable

from .records import COLUMNS, flat_row

log = logging.getLogger(__name__)

XLSX_CELL_LIMIT = 32_767  # characters Excel holds in one cell
WIDTH_SAMPLE = 200  # rows measured for the column widths (the rest stream straight to the file)
MIN_WIDTH, MAX_WIDTH = 8, 60  # column widths, in characters
FILTER_BUTTON = 4  # characters the autofilter's button covers at the header's right end


def write_csv(path: Path, articles: Iterable[Any]) -> int:
    """One header row and one row per article; the BOM makes Excel read the file as UTF-8."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=COLUMNS)
        writer.writeheader()
        for article in articles:
            writer.writerow(flat_row(article))
            count += 1
    return count


def write_xlsx(path: Path, articles: Iterable[Any], headers: dict[str, str] | None = None) -> int:
    """The same columns as the CSV on one sheet, titled by `headers` (key -> title, e.g. in the GUI's language;
    the CSV keys otherwise), sized to their content, header frozen, with an autofilter; text stays text."""
    from openpyxl import Workbook  # lazy: only spreadsheet exports need it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("articles")
    sheet.freeze_panes = "A2"
    titles = [(headers or {}).get(name) or name for name in COLUMNS]
    stream = iter(articles)
    first = [flat_row(article) for article in islice(stream, WIDTH_SAMPLE)]  # widths must precede the rows
    for number, (name, title) in enumerate(zip(COLUMNS, titles), start=1):
        sheet.column_dimensions[get_column_letter(number)].width = column_width(title, (r[name] for r in first))
    bold = Font(bold=True)
    header = []
    for title in titles:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in chain(first, (flat_row(article) for article in stream)):
        sheet.append([_cell(sheet, value, row["id"], column) for column, value in row.items()])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"  # written when the book closes
    book.save(path)
    return count


def column_width(title: str, values: Iterable[str | int]) -> float:
    """Characters wide: the longest line of the title or a value, within [MIN_WIDTH, MAX_WIDTH] (a body
    column stays readable, the filter button beside the title has room)."""
    longest = max((len(line) for value in values for line in str(value).splitlines()), default=0)
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2, len(title) + FILTER_BUTTON)))


def _cell(sheet: Any, value: str | int, article_id: int, column: str) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, int):
        return WriteOnlyCell(sheet, value=value)
    if len(value) > XLSX_CELL_LIMIT:
        # Excel refuses longer cells; the CSV and JSON Lines exports keep the whole text.
        log.warning("article %s: %s cut to %d characters for Excel", article_id, column, XLSX_CELL_LIMIT)
        value = value[:XLSX_CELL_LIMIT - 1] + "…"
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # "=SUM(…)" or "+84…" stays the text it is
    return cell
