"""An e-mailed article's headline from the mail's Subject: the forward/reply marks removed."""
from __future__ import annotations

import re

from .linefeatures import norm_key

# "Fwd:", "FW:", "Re:", Outlook's Vietnamese "TV:" (trả lời/chuyển tiếp) and "[list-name]" tags, repeated.
REPLY_MARKS_RE = re.compile(r"^(?:\s*(?:(?:re|fwd?|tv|tl|aw|wg|trả lời|chuyển tiếp)\s*(?:\[\d+\])?\s*:|\[[^\]]{1,40}\]))+\s*",
                            re.IGNORECASE)
MIN_WORDS = 4  # a shorter subject ("Bài hay", "Tin sáng nay") names the mailing, not an article


def subject_headline(subject: str, text: str) -> str | None:
    """The subject without its marks when it reads as a headline: the line as the body prints it, if it does;
    else the subject itself (an article sent without its headline)."""
    subject = REPLY_MARKS_RE.sub("", subject).strip()
    if len(subject.split()) < MIN_WORDS:
        return None
    key = norm_key(subject)
    for line in text.splitlines():
        if norm_key(line) == key:
            return line.strip()
    return subject
