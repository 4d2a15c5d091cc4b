"""Spreadsheets of article metadata: CSV (UTF-8 with BOM, for Excel) and XLSX (openpyxl)."""
from __future__ import annotations

import csv
import logging
from pathlib import Path
from typing import Any, Iterable

from .records import COLUMNS, flat_row

log = logging.getLogger(__name__)

XLSX_CELL_LIMIT = 32_767  # characters Excel holds in one cell


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


def write_xlsx(path: Path, articles: Iterable[Any]) -> int:
    """The same columns as the CSV on one sheet, header frozen; text stays text (never a formula)."""
    from openpyxl import Workbook  # lazy: only spreadsheet exports need it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("articles")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in COLUMNS:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for article in articles:
        sheet.append([_cell(sheet, value, article.id, column) for column, value in flat_row(article).items()])
        count += 1
    book.save(path)
    return count


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
