"""The export formats (no heavy imports: the CLI's parser and the GUI's menu read this table)."""
from __future__ import annotations

# format -> (file suffix, what it is); the order is the order of the menus.
FORMATS: dict[str, tuple[str, str]] = {
    "docx": (".docx", "Word dossier"),
    "odt": (".odt", "OpenDocument dossier"),
    "csv": (".csv", "CSV spreadsheet (UTF-8)"),
    "xlsx": (".xlsx", "Excel workbook"),
    "jsonl": (".jsonl", "JSON Lines, every field"),
    "csljson": (".json", "CSL-JSON (Zotero, pandoc)"),
    "ris": (".ris", "RIS (EndNote, Zotero)"),
    "md": (".md", "Markdown text"),
    "txt": (".txt", "Plain text"),
}
DOSSIER_FORMATS = ("docx", "odt")
TEXT_FORMATS = ("md", "txt")
