"""Image captions: lines ending with a photo credit ("(Ảnh: Reuters)", "Ảnh: TTXVN", "Nguồn: ...")."""
from __future__ import annotations

import logging
import re
from functools import lru_cache

log = logging.getLogger(__name__)

CREDIT_WORDS = (r"(?:nguồn ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|ảnh chụp màn hình|ảnh|nguồn|photo|đồ họa|"
                r"video|clip)")
# "... (Ảnh: Reuters).", "... Ảnh: TTXVN", "... Nguồn: Bộ Quốc phòng", "(Ảnh minh họa)".
CREDIT_END_RE = re.compile(
    r"(?:\(\s*" + CREDIT_WORDS + r"\s*(?::[^()]{1,80})?\)|[.\s]" + CREDIT_WORDS + r"\s*:\s*[^.:]{1,80})\s*\.?\s*$",
    re.I)
CREDIT_START_RE = re.compile(r"^\(?\s*" + CREDIT_WORDS + r"\s*:\s*\S.{20,}$", re.I)


@lru_cache(maxsize=8192)
def is_caption(line: str) -> bool:
    """True when the line reads like an image caption with its credit."""
    text = line.strip()
    if len(text) < 15:
        return False
    match = CREDIT_END_RE.search(text) if "(" in text or ":" in text else None  # (either form has one)
    if match:
        credit = match.group(0).lstrip(" .")
        if not credit.startswith("(") and not credit[:1].isupper():
            return False  # "... bức ảnh: ..." inside a sentence is prose
        return len(text[: match.start()].split()) >= 2
    return bool(CREDIT_START_RE.match(text)) and len(text.split()) >= 6
