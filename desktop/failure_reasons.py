"""Why a file was not imported, in the interface language (the core writes its reasons in English)."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

# The core's fixed reasons (storage/readers, storage/ingest.py), marked for lupdate, translated when shown.
_FIXED = {text: text for text in (
    QT_TRANSLATE_NOOP("reasons", "file is empty"),
    QT_TRANSLATE_NOOP("reasons", "file is empty (no visible text)"),
    QT_TRANSLATE_NOOP("reasons", "binary data, not text (control bytes such as NUL throughout)"),
    QT_TRANSLATE_NOOP("reasons", "binary data, not text (too many control characters)"),
    QT_TRANSLATE_NOOP("reasons", "no article text found"),
    QT_TRANSLATE_NOOP("reasons", "file not found"),
    QT_TRANSLATE_NOOP("reasons", "is a folder, not a file"),
    QT_TRANSLATE_NOOP("reasons", "permission denied"),
    QT_TRANSLATE_NOOP("reasons", "not a regular file"),
    QT_TRANSLATE_NOOP("reasons", "the PDF has no pages"),
    QT_TRANSLATE_NOOP("reasons", "the PDF has no text (and OCR found none)"),
    QT_TRANSLATE_NOOP("reasons", "not a readable PDF (damaged, or not a PDF at all)"),
    QT_TRANSLATE_NOOP("reasons", "not a readable image (damaged or not an image file)"),
    QT_TRANSLATE_NOOP("reasons", "OCR found no text in the image"),
    QT_TRANSLATE_NOOP("reasons", "the Word document has no text"),
    QT_TRANSLATE_NOOP("reasons", "the document has no text"),
    QT_TRANSLATE_NOOP("reasons", "the e-mail body is empty"),
    QT_TRANSLATE_NOOP("reasons", "the e-mail has no text or HTML body"),
    QT_TRANSLATE_NOOP("reasons", "not an e-mail file (no From or Subject header)"),
    QT_TRANSLATE_NOOP("reasons", "no HTML part found in this MHTML file"),
    QT_TRANSLATE_NOOP("reasons", "the HTML part of this MHTML file is empty"),
)}
# Reasons with a detail at the end: the detail (a file kind, an error) stays as the core wrote it.
_PATTERNS = (
    (re.compile(r"not a text or web page file: it is (.+)", re.S),
     QT_TRANSLATE_NOOP("reasons", "not a text or web page file: it is {0}")),
    (re.compile(r"not a regular file: it is (.+)", re.S),
     QT_TRANSLATE_NOOP("reasons", "not a regular file: it is {0}")),
    (re.compile(r"cannot decode the text \((.+)\)", re.S),
     QT_TRANSLATE_NOOP("reasons", "cannot decode the text ({0})")),
    (re.compile(r"extraction failed: (.+)", re.S), QT_TRANSLATE_NOOP("reasons", "extraction failed: {0}")),
    (re.compile(r"could not be stored: (.+)", re.S), QT_TRANSLATE_NOOP("reasons", "could not be stored: {0}")),
)


def reason_text(reason: str) -> str:
    """A failed import's reason in the interface language (unknown reasons as written)."""
    if reason in _FIXED:
        return translate("reasons", reason)
    for pattern, template in _PATTERNS:
        match = pattern.fullmatch(reason)
        if match:
            return translate("reasons", template).format(match.group(1))
    return reason
