"""A mention of an entity in a paragraph, and the nouns that introduce a named thing rather than a person."""
from __future__ import annotations

from dataclasses import dataclass, field

# Common nouns that introduce a named thing, not a person: "cầu Bắc Luân II", "tàu Hải Cảnh 5901"
THING_NOUNS = {"cầu", "tàu", "dự án", "chương trình", "chiến dịch", "giải", "khách sạn", "nhà máy",
               "tuyến", "cuộc tập trận", "lễ", "trụ sở", "tòa nhà", "khu", "tên lửa", "máy bay", "trực thăng",
               "tiêm kích", "xe tăng", "cuộc thi", "hội chợ", "phim", "bộ phim", "ca khúc", "album", "giải đấu",
               "tượng đài", "khán đài"}


@dataclass
class Mention:
    """One mention of an entity in the article."""

    kind: str  # person | organization | location (| document | term: names that are no organisation; ethnic: no person)
    text: str  # surface form as written
    pos: int  # global order of the mention in the article
    canonical: str | None = None  # from a gazetteer
    role: str | None = None
    titled: bool = False  # a person named right after a title or honorific
    flags: set[str] = field(default_factory=set)  # plural, event-abbr, weak, unsure, fuzzy, bare (canonical name)
    long_form: str | None = None  # for abbreviations: the spelled-out name before "(ABBR)"
