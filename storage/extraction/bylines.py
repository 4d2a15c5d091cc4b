"""Bylines, source lines and photo credits at the end (or head) of an article."""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .dates import is_date_line, text_before_date
from .linefeatures import INITIALS_RE, has_letters, is_name_like, is_title_case_name, words
from .noise import section_coverage
from .outlets import lookup
from ..resources import optional_table

log = logging.getLogger(__name__)

SOURCE_RE = re.compile(r"^\(?\s*(?:nguồn|source)\s*:?\s*(.*?)\)?\s*$", re.I)
THEO_RE = re.compile(r"^\(?\s*theo\s*:?\s+(.+?)\)?\s*\.?$", re.I)
AUTHOR_LABEL_RE = re.compile(
    r"^(?:(?:bài|tin|ảnh|nội\s+dung)(?:\s*(?:,|và|\+|&)\s*(?:ảnh|bài|video|clip))?|bài\s+viết|người\s+viết|"
    r"tác\s+giả|thực\s+hiện|"
    r"nhóm\s+thực\s+hiện|"
    r"phóng\s+viên|pv|(?:lược\s+|biên\s+)?dịch|tổng\s+hợp|ghi\s+chép|bút\s+ký|biên\s+soạn)\s*:\s*(.+)$"
    r"|^(?:ghi\s+chép|bút\s+ký|phóng\s+sự|tùy\s+bút|tản\s+văn)\s+của\s+(.+)$"
    r"|^(?:(?:viết|đăng)\s+)?(?:bởi|by)\s+(.+)$", re.I)  # "Bởi Minh Châu", "By Lan Anh"
# Ranks, degrees and callings written before a byline name: "Đại tá, TS NGUYỄN VĂN A", "PGS.TS Lê B".
RANK_PREFIX_RE = re.compile(
    r"^(?:(?:(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý)|(?:chuẩn\s+|phó\s+)?đô\s+đốc|"
    r"(?:pgs|gs|tskh|ts|ths|bs|bsck\s*i{1,2}|ks|kts|ls|ncs|cn)(?=[\s,.])|tiến\s+sĩ|thạc\s+sĩ|(?:phó\s+)?giáo\s+sư|"
    r"nhà\s+(?:báo|văn|thơ|nghiên\s+cứu)|luật\s+sư|bác\s+sĩ|kỹ\s+sư|đại\s+sứ|phóng\s+viên|pv|ptv|ctv|btv)[\s,.]+)+",
    re.I)
SECOND_CREDIT_RE = re.compile(r"\s*[-–|,;]\s*(?:ảnh|photo|video|clip|đồ\s+họa|thiết\s+kế|trình\s+bày)\s*:.*$", re.I)
PHOTO_RE = re.compile(r"^\(?\s*(?:(?:nguồn\s+)?(?:ảnh|photo|video|clip)|đồ\s+họa|thiết\s+kế|minh\s+họa)\s*:\s*(.{1,60})$",
                      re.I)  # "Nguồn video: Người dân cung cấp" credits the footage, as "Ảnh: X" the photo
# "Minh Châu/VOV-Washington", "Hà Anh (Theo Reuters)": the name before the outlet or source part.
AUTHOR_TAIL_RE = re.compile(r"\s*(?:/|\().*$", re.I)
INNER_SOURCE_RE = re.compile(r"\((?:theo|nguồn)\s*:?\s*([^()]{2,60})\)", re.I)
DOMAIN_LIKE_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)+/?$")
TRAILING_NOTE_RE = re.compile(r"\s*\([^()]*\)\s*$")
# "(TTXVN/Vietnam+)": the agencies credited for the whole article.
CREDIT_RE = re.compile(r"^\(([^()]{2,60})\)$")
PIPE_RE = re.compile(r"\s+[|•·]\s+")  # "Thanh Hà | 23/10/2023", "Thanh Hà • 23/10/2023"
# "Biên tập: Minh Khôi" beside the writer's credit: the editor, who did not write the article.
EDITOR_PART_RE = re.compile(r"^(?:biên\s+tập(?:\s+viên)?|btv|hiệu\s+đính|duyệt\s+bài)\s*:", re.I)
# "Thanh Hương 1.234 lượt xem": the page's reader counter printed after the name on the meta bar.
VIEWS_TAIL_RE = re.compile(r"\s+[\d.,]+\s*(?:lượt\s+(?:xem|đọc)|views?)\s*$", re.I)
VIEWS_TAIL_ENDS = frozenset("CMSWcmswſ")  # the last letter of "xem", "đọc", "view(s)" in any case re.I matches


def has_views_tail(text: str) -> bool:
    """"... 1.234 lượt xem": a reader count ends the text (searched only when the text ends as one can)."""
    return text.rstrip()[-1:] in VIEWS_TAIL_ENDS and VIEWS_TAIL_RE.search(text) is not None


def without_views_tail(text: str) -> str:
    """The text without the reader count at its end."""
    return VIEWS_TAIL_RE.sub("", text) if text.rstrip()[-1:] in VIEWS_TAIL_ENDS else text


# "Thanh Hương thanhhuong@x.vn", "Thanh Hươngthanhhuong@x.vn": the writer's mail address after the name.
MAIL_TAIL_RE = re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\s*$")
PEN_NAME_MAX = 12
INITIALS_MAX = 3
SECTION_SHARE = 0.5
# One-word lines that close an article without signing it.
CLOSING_WORDS = frozenset({"hết", "ảnh", "video", "clip", "nguồn", "tags", "tag", "xem", "theo", "top", "end", "tin",
                           "bài", "trang", "chia", "thích", "gửi", "in", "email"})
LIST_ITEM_WORDS = 3
SPLIT_NAMES_RE = re.compile(r"\s*(?:[-–,&]|\svà\s)\s*")
GROUP_AUTHORS = frozenset({"tổng hợp", "pv", "ptv", "btv", "nhóm pv", "nhóm phóng viên", "phóng viên", "ctv", "bta",
                           "nhóm ptv"})
# Staff credits kept as the author, as printed, when the page names nobody else ("PV", "Nhóm PV",
# "NHÓM PHÓNG VIÊN").
STAFF_CREDITS = frozenset({"pv", "nhóm pv", "nhóm phóng viên", "nhóm ptv"})
VIETNAMESE_SURNAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào trương lương mai "
    "trịnh đoàn lâm tô hà cao chu tạ thái kiều la vương quách triệu lưu khúc phùng nghiêm tống doãn châu "
    "hứa lại mạc từ thân giang bạch âu diệp kim hàn tăng lục vi tôn quan thạch lò lã nông hầu ninh "
    "khổng khương đàm đồng tiêu".split())


@dataclass(frozen=True)
class TailLine:
    """What a short line near the end of an article is: author, source or photo credit."""

    kind: str  # "byline", "source" or "photo-credit"
    value: str | None
    source: str | None = None  # "Thu Hà (Theo Reuters)": the source named inside a byline
    staff: str | None = None  # "PV", "Nhóm PV": a staff credit naming no person


def _clean_name(text: str) -> str:
    text = AUTHOR_TAIL_RE.sub("", strip_rank(text).strip()).strip(" ,;:-–—()")
    parts = [p for p in re.split(r"\s+[-–]\s+", text) if lookup(p) is None]  # "Minh Hà - VOV"
    if len(parts) >= 2 and _is_place(parts[-1]) and is_person_name(parts[0]):
        parts = parts[:-1]  # "Lê Văn Tám - Hà Nội": the writer, then where he writes from
    text = " - ".join(parts)
    if not INITIALS_RE.match(text):
        text = text.rstrip(".")
    return text.title() if text.isupper() and len(text) > 4 and "." not in text else text


def _inner_source(text: str) -> str | None:
    """"Thu Hà (Theo Reuters)" or "Hữu Chiến (TTXVN)": the source named in a byline's brackets."""
    match = INNER_SOURCE_RE.search(text)
    if match:
        return _source_value(match.group(1))
    note = TRAILING_NOTE_RE.search(text)
    credited = _credited_outlets(note.group(0).strip()) if note else []
    return credited[0] if credited else None


def is_person_name(text: str) -> bool:
    """A personal name: capitalised words starting with a Vietnamese surname, or initials."""
    tokens = text.split()
    if not tokens:
        return False
    if is_name_like(text, 2) and all("." in t for t in tokens):
        return True
    return is_title_case_name(text) and tokens[0].casefold() in VIETNAMESE_SURNAMES


def _source_value(label: str) -> str | None:
    label = label.strip(" .,:;()")
    if not label:
        return None
    outlet = lookup(label)
    return outlet.name if outlet else label


def _looks_like_label(label: str) -> bool:
    """A name of a person, outlet or body ('VTV', 'Bộ Ngoại giao', 'vov.vn'), not a clause ('ông, đây là...')."""
    label = label.strip()
    if not label or len(words(label)) > 8 or label.endswith(("?", "!", ":")):
        return False
    if "," in label:  # "Reuters, AFP": a list of sources, each a short capitalised name
        parts = [p.strip() for p in label.split(",")]
        return all(p and len(words(p)) <= LIST_ITEM_WORDS and "," not in p and _looks_like_label(p) for p in parts)
    return label[0].isupper() or label[0].isdigit() or bool(DOMAIN_LIKE_RE.match(label))


def _credited_outlets(text: str) -> list[str]:
    """Outlet names of a closing "(TTXVN/Vietnam+)" credit; empty when any part is not an outlet."""
    match = CREDIT_RE.match(text)
    if not match:
        return []
    outlets = [lookup(part) for part in re.split(r"\s*[/,-]\s*", match.group(1)) if part.strip()]
    return [o.name for o in outlets] if outlets and all(outlets) else []


def _split_tail(text: str) -> TailLine | None:
    """"Theo Hoàng Vũ | Tổ Quốc", "Thanh Hà | Thứ Hai, 23/10/2023": a byline with its source or its date."""
    parts = [p.strip() for p in PIPE_RE.split(text) if p.strip()]
    parts = [p for p in parts if has_letters(p) and not is_date_line(p)]  # drop the date and time parts
    parts = [p for p in parts if not EDITOR_PART_RE.match(p)]
    credits = [p for p in parts if PHOTO_RE.match(p)]
    parts = [p for p in parts if not PHOTO_RE.match(p)]  # "Nội dung: X | Ảnh: Y | Thiết kế: Z": the writer is X
    if not parts and credits:
        return TailLine("photo-credit", None)
    if len(parts) == 1:
        return classify_tail(parts[0])
    if len(parts) != 2:
        return None
    name = THEO_RE.sub(r"\1", parts[0]).strip()
    source = parts[1].strip()
    if not (_looks_like_label(source) and len(words(source)) <= LIST_ITEM_WORDS + 1):
        return None
    byline = _bare_byline(name)
    if byline is None or not byline.value:
        return None
    return TailLine("byline", byline.value, _source_value(source))


# "Lê Hoàng - Phóng viên", "Minh Anh (Cộng tác viên)": the writer's job after the name.
ROLE_TAIL_RE = re.compile(r"\s*(?:[-–,]\s*|\()(?:phóng\s+viên|cộng\s+tác\s+viên|biên\s+tập\s+viên|ctv|ptv|btv|pv)"
                          r"(?:\s+[^()]{1,40})?\)?\s*$", re.I)  # "- Phóng viên Ban Xã hội", "(CTV tại Huế)", "- PV"
DATED_TAIL_MAX = 90  # a signature with its date after it is a short line
DIGIT_RE = re.compile(r"\d")


def classify_tail(line: str) -> TailLine | None:
    """Read one short closing line: 'Theo VTV', 'Nguồn: ...', 'Hoàng Nam', 'T.H.', 'Ảnh: ...'."""
    text = without_views_tail(_without_mail(line.strip()))
    if len(text) <= 120 and PIPE_RE.search(text):
        return _split_tail(text)
    role = ROLE_TAIL_RE.search(text)
    if role and role.start() > 0:
        text = text[: role.start()]  # "Lê Hoàng - Phóng viên": the name, not the job
    head = text_before_date(text) if len(text) <= DATED_TAIL_MAX and DIGIT_RE.search(text) else None
    if head is not None and head != text:  # "Phạm Tuấn - 12/10/2015 08:20", "Hoàng Hà Thứ hai, 06/10/2025"
        return None if _is_place(head) else classify_tail(head)  # "Hà Nội, 12/10/2015": a dateline
    if len(words(text)) > 12 or len(text) > 100:
        return None
    match = SOURCE_RE.match(text)
    if match and (not match.group(1) or _looks_like_label(match.group(1))):
        return TailLine("source", _source_value(match.group(1)))
    match = THEO_RE.match(text)
    if match and _looks_like_label(match.group(1)):
        label = match.group(1).strip()
        credited = _name_with_source(label)
        if credited is not None:
            return credited
        if lookup(label) is None and (is_person_name(_clean_name(label)) or _pen_name(_clean_name(label))):
            return TailLine("byline", _clean_name(label))
        return TailLine("source", _source_value(label))
    match = PHOTO_RE.match(text)
    if match:
        return TailLine("photo-credit", None)
    match = AUTHOR_LABEL_RE.match(text)
    if match:
        return _labelled_byline(match.group(1) or match.group(2) or match.group(3))
    credited = _credited_outlets(text)
    if credited:
        return TailLine("source", credited[0])
    outlet = lookup(text) if len(words(text)) <= 5 else None
    if outlet is not None:
        return TailLine("source", outlet.name)  # a bare "TTXVN" or "VOV.VN" closing the article
    return _bare_byline(text)


def _without_mail(text: str) -> str:
    """The line without the mail address after a name. A browser glues "Thanh Hương" to "thanhhuong@x.vn" when
    the two stand in inline boxes: the address then starts where its local part spells a name word again
    without accents ("thanh…" after "Thanh Hương", "anh…" after "Minh Anh")."""
    match = MAIL_TAIL_RE.search(text) if "@" in text else None  # (no address without its "@": no search)
    if not match or match.start() == 0:
        return text
    head, local = text[: match.start()], match.group(0).split("@")[0]
    if not head[-1].isalpha() and not local[:1].isupper():
        return head.rstrip(" -–|,:") or text  # "Thanh Hương - thanhhuong@x.vn"
    glued = head.split()[-1] if head[-1].isalpha() else ""
    names = [_unaccented(w) for w in head.split()[: -1 if glued else None] if len(w) >= 2]
    for k in range(1, len(local) - 1):
        rest, word = local[k:].casefold(), _unaccented(glued + local[:k])
        if any(rest.startswith(n) for n in names) or (len(word) >= 2 and rest.startswith(word)):
            return head + local[:k]
    return text


def _unaccented(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


NAME_SOURCE_RE = re.compile(r"^([^/()]{3,40}?)\s*(?:/\s*([^()]{2,40})|\(([^()]{2,60})\))\s*$")


def _pen_name(name: str) -> bool:
    """"Hoài Thu", "Tâm Hằng": a writer's given names with no family name, written with Vietnamese accents
    (an outlet "Theo" credits is looked up first; a foreign one has no accents)."""
    tokens = name.split()
    return 2 <= len(tokens) <= 3 and is_title_case_name(name) and not name.isupper() and not is_country_name(name) \
        and any(not t.isascii() for t in tokens) and section_coverage(name) < SECTION_SHARE


def _name_with_source(label: str) -> TailLine | None:
    """"Sầm Hoa (Vietnamnet/Reuters)", "Minh Nguyễn/Vcamp.vn": a writer's name, then the outlets carried from."""
    if label.count("(") > label.count(")"):
        label += ")"  # THEO_RE leaves a closing bracket out
    match = NAME_SOURCE_RE.match(label)
    if not match:
        return None
    name, sources = match.group(1).strip(), (match.group(2) or match.group(3)).strip()
    parts = [p.strip() for p in re.split(r"\s*[/,]\s*", sources) if p.strip()]
    known = [p for p in parts if lookup(p) is not None or DOMAIN_LIKE_RE.match(p)]
    if not parts or len(known) != len(parts) or lookup(name) is not None or is_country_name(name):
        return None
    if not is_title_case_name(name) or len(name.split()) > 4:
        return None
    return TailLine("byline", name, _source_value(parts[0]))


def _labelled_byline(value: str) -> TailLine | None:
    """"Bài, ảnh: HOÀNG LINH"; a speaker's line ("PV: Xin cảm ơn ông!") names no author."""
    value = SECOND_CREDIT_RE.sub("", value)  # "Thanh Hà - Ảnh: Minh Anh": the photographer is no author
    carried = [p for p in re.split(r"\s*[,/]\s*", THEO_RE.sub(r"\1", value).strip()) if p.strip()]
    if carried and all(lookup(p) is not None for p in carried):
        return TailLine("source", _source_value(carried[0]))  # "Tổng hợp: Reuters, AFP", "Dịch: Theo BBC"
    name = _clean_name(value)
    if name.casefold() in GROUP_AUTHORS:
        return TailLine("byline", None)
    bare = TRAILING_NOTE_RE.sub("", INNER_SOURCE_RE.sub("", strip_rank(value))).strip()
    return TailLine("byline", name) if name and is_name_like(bare, 8) else None


def ranked_writer(text: str) -> str | None:
    """"TS. Nguyễn Hữu Lâm", "Luật sư Trần Thu Hà": a columnist's name with the rank or calling before it."""
    name = strip_rank(text).strip(" ,.")
    return name if name != text.strip(" ,.") and is_person_name(name) else None


def strip_rank(text: str) -> str:
    """A byline without the rank or degree written before the name ("Đại tá, TS NGUYỄN A" -> "NGUYỄN A")."""
    match = RANK_PREFIX_RE.match(text.strip())
    if not match or not is_name_like(text.strip()[match.end():], 8):
        return text
    return text.strip()[match.end():]


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Countries and world regions with their aliases, casefolded (read from the places table)."""
    table = optional_table("places.json")
    names: set[str] = set()
    for group in ("countries", "regions"):
        for canonical, aliases in table.get(group, {}).items():
            names.update([canonical, *aliases])
    return frozenset(n.casefold() for n in names)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Countries, regions and cities with their aliases, casefolded."""
    table = optional_table("places.json")
    names: set[str] = set(_country_names())
    for canonical, aliases in table.get("cities", {}).items():
        names.update(n.casefold() for n in [canonical, *aliases])
    return frozenset(names)


def _is_place(text: str) -> bool:
    return " ".join(text.split()).casefold().strip(" .") in _place_names()


def is_country_name(text: str) -> bool:
    """A country or region ("Nhật Bản", "Nga", "châu Âu"): a topic tag, never a byline."""
    return " ".join(text.split()).casefold().strip(" .") in _country_names()


def _bare_byline(text: str) -> TailLine | None:
    if is_country_name(text) or section_coverage(text.split("/")[0]) >= SECTION_SHARE:
        return None  # "Nhật Bản", "Sự kiện - Dư luận": a tag or a section, not a person
    text = strip_rank(text)
    bare_text = " ".join(text.split()).strip(" .")
    if bare_text.casefold() in GROUP_AUTHORS:  # "PV", "Nhóm PV": no person to name
        return TailLine("byline", None, staff=_staff_label(bare_text) if _is_staff(bare_text) else None)
    name = _clean_name(text)
    if name.casefold() in GROUP_AUTHORS:
        return TailLine("byline", None)  # "PV/VOV-Tây Bắc"
    bare = TRAILING_NOTE_RE.sub("", INNER_SOURCE_RE.sub("", text)).strip()  # "Vũ Hà/VOV.VN (tổng hợp)"
    head, slash, paper = bare.partition("/")
    carried = _source_value(paper) if slash and lookup(paper.strip()) is not None else None
    if carried:
        bare = head.strip()  # "Ngọc Mai/Báo Tin tức": the writer, then the paper carried from
    if not name or not is_name_like(bare, 8):
        return None
    if all(_is_author_name(part) for part in SPLIT_NAMES_RE.split(name) if part):
        return TailLine("byline", name, _inner_source(text) or carried)
    return None


def pen_name_tail(text: str) -> TailLine | None:
    """A one-word signature closing an article ("Trung", "Papai"): capitalised letters only, no known place,
    outlet or section; the caller checks that it is the article's last line."""
    word = text.strip()
    shaped = word.isalpha() and 2 <= len(word) <= PEN_NAME_MAX and word[0].isupper() and word[1:].islower()
    initials = word.isalpha() and 2 <= len(word) <= INITIALS_MAX and word.isupper()  # "TP", "KH": a writer's initials
    if not (shaped or initials) or word.casefold() in CLOSING_WORDS | GROUP_AUTHORS or is_country_name(word) \
            or lookup(word) is not None:
        return None
    return TailLine("byline", word)


def _is_staff(text: str) -> bool:
    return text.casefold() in STAFF_CREDITS


def _staff_label(text: str) -> str:
    """A staff credit as a label: "NHÓM PHÓNG VIÊN" → "Nhóm phóng viên"; abbreviations ("PV") stay."""
    if not text.isupper() or " " not in text:
        return text
    parts = [w if len(w) <= 3 else w.lower() for w in text.split()]
    return " ".join([parts[0].capitalize(), *parts[1:]])


def _is_author_name(name: str) -> bool:
    """A full name, or a short pen name ("Minh Anh", "T.H.") that is not shouted in capitals."""
    return is_person_name(name) or (len(name.split()) <= 3 and not name.isupper() and is_name_like(name, 3))
