"""Lowercase words inside organisation names: "Cục Cảnh sát điều tra tội phạm về ma túy",
"Nhóm tác chiến cơ động số 7 Hải quân Hàn Quốc". Vietnamese names capitalise only their first words."""
from __future__ import annotations

import logging
import re

from .gazetteer import SURNAMES
from .mention import Mention
from .orgparts import BLOCKERS
from .state import ScanState
from .tokens import pos_tags

log = logging.getLogger(__name__)

_NOUNS = ("N", "Nc", "Ny")
_INNER = ("N", "Nc", "Ny", "V", "A", "M")  # tags a lowercase word inside a name may carry
_ROLE_ENDS = {",", ";", ")", "("}  # a role ending its sentence ("..., Thứ trưởng Bộ X chủ trì lễ.") has a verb
_MAX_TAIL = 9


def place_word(sc: ScanState, j: int) -> int:
    """Length of an administrative place word at j ("tỉnh", "thành phố"), else 0."""
    if " ".join(sc.keys[j:j + 2]) in sc.gaz.place_words:
        return 2
    return 1 if sc.keys[j] in sc.gaz.place_words else 0


def name_goes_on(sc: ScanState, k: int) -> bool:
    """After a unit number, a place or another organisation part continues the name."""
    if k >= len(sc.toks) or not sc.toks[k].cap:
        return False
    if sc.place_at(k)[1]:
        return True
    _, e = sc.entry(k)
    return e is not None and e.kind in ("head", "needs_place", "organization")


def _run(sc: ScanState, j: int) -> int:
    """End of the lowercase words (and unit numbers) from j that may sit inside a name."""
    toks, k = sc.toks, j
    while k < len(toks) and k - j < _MAX_TAIL and toks[k].is_word and not toks[k].cap:
        if sc.keys[k] in BLOCKERS and not (sc.keys[k] == "về" and sc.in_title):
            break
        k += 1
    return k


def _lower_tags(sc: ScanState, i: int, j: int, end: int) -> list[tuple[str, str]]:
    """POS tags of the lowercase words from token j on, tagged in the context of span i..end-1."""
    text, base, at, out = sc.span(i, end), sc.toks[i].start, 0, []
    for word, tag in pos_tags(text):
        at = text.find(word, at)
        if at >= sc.toks[j].start - base and not word[0].isupper():
            out.append((word, tag))
        at += len(word)
    return out


def _tags_ok(sc: ScanState, i: int, j: int, k: int, first_verb: bool, last_verb: bool = False) -> bool:
    """The lowercase words j..k-1 read as a noun phrase: nouns, verbs of a compound, numbers."""
    lower = _lower_tags(sc, i, j, k)
    if not lower:
        return False
    ok = all(tag in _INNER or (tag == "E" and w == "về") for w, tag in lower)
    first = lower[0][1] in (*_NOUNS, "M") or (first_verb and lower[0][1] == "V")
    return ok and first and lower[-1][1] in (*_NOUNS, "M", *(("V",) if last_verb else ()))


_BRANCHES = (("cảnh", "sát"), ("an", "ninh"))  # a police or security force, named by the fields it covers
_FIELD_JOINS = {"-", "–", ",", "và"}


def _branch_fields(sc: ScanState, j: int) -> int:
    """End of the fields after a capitalised "Cảnh sát" or "An ninh" ending at j ("giao thông đường bộ, đường
    sắt", "chính trị nội bộ", "quản lý hành chính về trật tự xã hội"), words of the fields table only; else j."""
    if j < 2 or tuple(sc.keys[j - 2:j]) not in _BRANCHES or not sc.toks[j - 2].cap:
        return j
    flat: list[tuple[str, int]] = []  # words (a glued "bộ-đường" split in two) and joins, with their token
    for k in range(j, min(len(sc.toks), j + 16)):
        t = sc.toks[k]
        if t.cap or not (t.is_word or t.text in _FIELD_JOINS):
            break
        flat.extend((part, k) for part in (sc.keys[k].split("-") if t.is_word else [t.text]) if part)
    fields, pos, end = sc.gaz.branch_fields, 0, j
    while pos < len(flat):
        n = next((n for n in (3, 2, 1) if pos + n <= len(flat) and tuple(w for w, _ in flat[pos:pos + n]) in fields), 0)
        if n:
            pos += n
            if pos == len(flat) or flat[pos][1] != flat[pos - 1][1] or flat[pos][0] in _FIELD_JOINS:
                end = flat[pos - 1][1] + 1  # the field ends with its token
            continue
        if pos and flat[pos][0] in _FIELD_JOINS and any(tuple(w for w, _ in flat[pos + 1:pos + 1 + m]) in fields
                                                        for m in (3, 2, 1)):
            pos += 1  # "đường bộ, đường sắt": a second field
            continue
        break
    return end


def _anchor(sc: ScanState, k: int) -> bool:
    """A capitalised organisation part at k that the lowercase words lead into ("... Hải quân Hàn Quốc")."""
    if k >= len(sc.toks) or not sc.toks[k].cap:
        return False
    n, e = sc.entry(k)
    if e is None or e.kind not in ("head", "needs_place", "organization"):
        return False
    return e.kind == "organization" or (k + n < len(sc.toks) and sc.toks[k + n].cap)


_BOARDS = {"ban", "tiểu", "hội", "ủy"}  # "Ban ...", "Tiểu ban ...", "Hội đồng ...", "Ủy ban ..."


def _central_end(sc: ScanState, i: int, k: int) -> bool:
    """A board's lowercase task words end at k in a capitalised "Trung ương" closing its name."""
    return sc.keys[i] in _BOARDS and k + 1 < len(sc.toks) and sc.toks[k].cap \
        and sc.keys[k:k + 2] == ["trung", "ương"]


def lowercase_tail(sc: ScanState, i: int, j: int, anchored_only: bool = False) -> int:
    """End of lowercase words at j inside the name opened at i, else j: they must lead into another
    capitalised part of the name, or (in a role after a person's name) run to the punctuation ending it."""
    f = _branch_fields(sc, j) if not any(" ".join(sc.keys[i:i + m]) in sc.gaz.generic_heads for m in (1, 2)) else j
    if f > j and not (f < len(sc.toks) and sc.toks[f].cap):  # (not "Lực lượng Cảnh sát giao thông": a force)
        return f  # "Cục Cảnh sát giao thông đường bộ-đường sắt": a police or security branch's fields
    k = _run(sc, j)
    if k == j:
        return j
    verb_first = anchored_only or sc.appositive  # "Nhóm tác chiến ...", not "Bộ Quốc phòng hỗ trợ Hải quân Lào"
    if _anchor(sc, k):
        return k if _tags_ok(sc, i, j, k, verb_first) else j
    if _central_end(sc, i, k) and _tags_ok(sc, i, j, k, True):
        return k + 2  # "Ban Chỉ đạo cải cách tư pháp Trung ương": a central board named by its task
    after = sc.toks[k].text if k < len(sc.toks) else "."
    if sc.appositive and not anchored_only and after in _ROLE_ENDS and _tags_ok(sc, i, j, k, True):
        return k  # "Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy, ..."
    return j


_TRADE_HEADS = {("hiệp", "hội"), ("hội",), ("liên", "đoàn"), ("hãng",), ("hãng", "thông", "tấn"), ("tập", "đoàn"),
                ("tổng", "công", "ty"), ("công", "ty"), ("quỹ",), ("ngân", "hàng")}


def _trade_head(sc: ScanState, i: int, j: int) -> bool:
    """An association's or a firm's head, whose lowercase words name its trade before its country
    ("Hiệp hội xăng dầu Việt Nam", "Liên đoàn bóng đá Thái Lan")."""
    return tuple(sc.keys[i:j]) in _TRADE_HEADS


# Verbs of expecting and judging that open a clause after their subject: never a name's lowercase words
_CLAUSE_VERBS = {("kỳ", "vọng"), ("hy", "vọng"), ("khẳng", "định")}
_CLAUSE_VERB_FIRST = {v[0] for v in _CLAUSE_VERBS}


def lowercase_to_place(sc: ScanState, i: int, j: int, bare: bool = False) -> int:
    """Lowercase words inside a name up to its place: a noun first, then nouns, verbs or "và"
    ("Cơ quan Tìm kiếm tù binh và quân nhân mất tích Hoa Kỳ"), never a sentence's function words."""
    toks = sc.toks
    if j < len(toks) and sc.keys[j] in _CLAUSE_VERB_FIRST and tuple(sc.keys[j:j + 2]) in _CLAUSE_VERBS:
        return j  # "Ủy ban Chứng khoán kỳ vọng thị trường Việt Nam ...": the body's verb, its object a clause
    k = j
    while k < len(toks) and k - j < 9 and toks[k].is_word and not toks[k].cap and sc.keys[k] not in BLOCKERS:
        k += 1
    if k == j or k >= len(toks) or not toks[k].cap:
        return j
    pn, place = sc.place_at(k)
    if bare and not (place and (_bilateral_tail(sc, j, k, k + pn) or _trade_head(sc, i, j))) \
            and not (institution(sc, i) and _place_word_before(sc, j, k)) \
            and not (place and _board(sc, i, j)):
        return j  # right after the head only a bilateral body's words: "Hội hữu nghị và hợp tác Việt Nam - Lào",
        # an institution's kind before its province ("Bệnh viện đa khoa tỉnh Hòa Bình"), or what a board
        # manages or steers ("Ban quản lý dự án Bắc Giang")
    if not place:
        w = _place_word_before(sc, j, k)
        if not w:
            return j
        # "Trung tâm Phát triển quỹ đất thị xã Hương Trà": an administrative word before a name the
        # tables lack; the caller reads that place from the word on
        lower = [tag for _, tag in _lower_tags(sc, i, j, k)]
        ok = bool(lower) and lower[0] in _NOUNS and all(tag in _NOUNS or tag in ("C", "A") for tag in lower)
        return k - w if ok else j
    lower = [tag for _, tag in _lower_tags(sc, i, j, k + pn)]
    first = lower and (lower[0] in _NOUNS or (lower[0] in ("V", "A") and (_bilateral_tail(sc, j, k, k + pn)
                                                                        or _board(sc, i, j))))
    ok = first and all(tag in _NOUNS or tag in ("C", "V", "A") for tag in lower)
    return k if ok else j


def _place_word_before(sc: ScanState, j: int, k: int) -> int:
    """Length of an administrative place word ending right before k, after the lowercase words from j on
    ("tỉnh", "thị xã"), else 0."""
    return next((w for w in (2, 1) if k - w > j and place_word(sc, k - w) == w), 0)


_BOARD_WORDS = {("quản", "lý"), ("chỉ", "đạo")}


def _board(sc: ScanState, i: int, j: int) -> bool:
    """A board's head at i, then at j the verb of what it does ("Ban quản lý ...", "Ban chỉ đạo ...")."""
    return sc.keys[i] == "ban" and tuple(sc.keys[j:j + 2]) in _BOARD_WORDS


INSTITUTIONS = {("trường",), ("bệnh", "viện"), ("bv",), ("đại", "học"), ("học", "viện")}


def institution(sc: ScanState, i: int) -> bool:
    """A school's, university's or hospital's head at i."""
    return any(tuple(sc.keys[i:i + len(h)]) == h for h in INSTITUTIONS)


def _bilateral_tail(sc: ScanState, j: int, k: int, end: int) -> bool:
    """Lowercase words j..k-1 with a bilateral word lead to a pair of countries ("Ủy ban Chỉ đạo hợp tác
    song phương Việt Nam - Lào"): a verb may open them, as a sentence's verb would not."""
    words = sc.keys[j:k]
    pair = end + 1 < len(sc.toks) and sc.toks[end].dash and sc.place_at(end + 1)[1]
    return bool(pair) and any(tuple(words[n:n + len(b)]) == b for b in sc.gaz.bilateral for n in range(len(words)))


_UNITS = {"ban": "Ban", "phòng": "Phòng"}  # titles ending in these ("Trưởng ban") name the unit next


def unit_after_title(sc: ScanState, j: int) -> int:
    """After "Trưởng ban", a capitalised word then lowercase words name the unit ("Ban Chống ma túy",
    with the body it belongs to): record it and return its end, else j."""
    toks = sc.toks
    unit = _UNITS.get(sc.keys[j - 1]) if j and not toks[j - 1].cap else None
    if unit is None or j + 1 >= len(toks) or not toks[j + 1].is_word or toks[j + 1].cap:
        return j
    k = _run(sc, j + 1)
    if k == j + 1 or not _tags_ok(sc, j, j + 1, k, True, last_verb=True):  # "Ban Chống buôn lậu"
        return j
    end = sc.head_parse(k) if _anchor(sc, k) else k
    sc.out.append(Mention("organization", f"{unit} {sc.span(j, end)}", sc.base + j))
    return end


_DESIGNATOR = re.compile(r"^(\d+[A-Z]?|[IVX]+)$")
_RUN_TAGS = ("N", "Nc", "Ny", "V", "A", "M", "C", "CH")


def _designated(sc: ScanState, p: int) -> bool:
    """Token p is a unit number after "số" or "khu vực" ("số 6", "khu vực II")."""
    k = sc.keys
    return _DESIGNATOR.match(sc.toks[p].text) is not None and (
        (p >= 1 and k[p - 1] == "số") or (p >= 2 and k[p - 2:p] == ["khu", "vực"]))


def _long_run(sc: ScanState, j: int) -> int:
    """End of lowercase words, unit numbers and coordinating commas ("phòng, chống") from j."""
    toks, k, last = sc.toks, j, j
    while k < len(toks) and k - j < 14:
        t = toks[k]
        if t.text == "," and k > j and k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].cap \
                and toks[k - 1].is_word and sc.keys[k + 1] not in BLOCKERS:
            if last == j and k - j > 4:  # a coordinated item is short ("tìm kiếm, cứu nạn"); a clause is not
                break
            k, last = k + 1, k + 1
            continue
        if not t.is_word or sc.keys[k] in BLOCKERS or (t.cap and not _designated(sc, k)):
            break
        k += 1
    return k


def long_lowercase_name(sc: ScanState, i: int, j: int, parts: int) -> int:
    """End of a long lowercase stretch in the name opened at i, else j: it must end on a lowercase
    qualifier ("... an toàn không gian mạng quốc gia"), a unit number ("... cấp 2 số 6"), before a
    place, or (in a role) at the punctuation ending the role; a sentence's verb never opens it."""
    k = _long_run(sc, j)
    if k == j:
        return j
    comma = "," in sc.keys[j:k]
    for p in range(j + 1, k + 1):
        qual = any(tuple(sc.keys[p - len(q):p]) == q for q in sc.gaz.lower_qualifiers)
        unit = _designated(sc, p - 1) and (p >= len(sc.toks) or not sc.toks[p].cap)
        place = p == k and p < len(sc.toks) and bool(sc.place_at(p)[1])
        role = p == k and sc.appositive and (p >= len(sc.toks) or sc.toks[p].text in _ROLE_ENDS)
        if not (unit or (parts and (qual or (place and comma) or role))):
            continue
        if sc.keys[p - 1] in (",", "và") or not _run_tags_ok(sc, i, j, p, verb_first=role or comma):
            continue
        return p
    return j


def _run_tags_ok(sc: ScanState, i: int, j: int, p: int, verb_first: bool) -> bool:
    """The lowercase words j..p-1 read as part of a name: a noun or adjective first (a verb only
    in a coordinated or role stretch), then nouns, verbs, numbers, "và" and commas."""
    lower = _lower_tags(sc, i, j, p)
    if not lower or not all(tag in _RUN_TAGS for _, tag in lower):
        return False
    return lower[0][1] in (*_NOUNS, "A", "M") or (verb_first and lower[0][1] in ("V", "C"))


_UNIT_HEADS = {"cục", "phòng", "vụ", "ban", "viện"}  # departments: "Cục An toàn thông tin", "Phòng Cảnh sát kinh tế"
_UNIT_ENDS = {",", ".", ";", ")", "(", ":", "-", "–"}  # a dash before the body it belongs to


def unit_noun_tail(sc: ScanState, i: int, j: int, parts: int) -> int:
    """After a department head and one capitalised part, up to three lowercase nouns end its name
    when punctuation or another organisation follows them; a verb never continues it."""
    unit = sc.keys[i] in _UNIT_HEADS or (sc.keys[i] in ("tổng", "chi") and sc.keys[i + 1:i + 2] == ["cục"]) \
        or sc.keys[i:i + 2] == ["trung", "tâm"]  # "Viện Chiến lược công nghệ thông tin", "Trung tâm Kỹ thuật tổng hợp"
    if not unit or parts != 1:
        return j
    k = _run(sc, j)
    department = sc.keys[i] in ("cục", "phòng", "vụ", "ban", "tổng", "chi")
    if k - j > (3 if department else 5):  # an institute's or a centre's fields run longer
        return _paired_fields(sc, i, j)
    if k == j:
        return j
    lower = _lower_tags(sc, i, j, k)
    # the tagger reads compounds it does not know as numerals ("công nghệ thông tin", "rửa tiền"): nouns here
    lower = [(w, "N" if tag == "M" and " " in w else tag) for w, tag in lower]
    # "Cục Điều tra chống buôn lậu đã ...": what the department fights, up to the sentence's verb
    against = len(lower) > 1 and lower[0][0] == "chống" and all(tag in (*_NOUNS, "V", "A") for _, tag in lower[1:]) \
        or sc.keys[j - 1] == "chống" and all(tag in (*_NOUNS, "V", "A") for _, tag in lower)  # "Cục Phòng chống rửa tiền"
    ok = bool(lower) and all(tag in _NOUNS or tag == "A" for _, tag in lower) and lower[0][1] in _NOUNS
    # an institute's or a centre's compound nouns end its name before a sentence word too ("Viện Chiến lược công
    # nghệ thông tin cho thấy"; a department's are its work: "Tổng cục Hậu cần chủ trì hội nghị", "Ban Quản lý dự án đã")
    compound = ok and all(" " in w for w, _ in lower) and not department
    if k < len(sc.toks) and sc.toks[k].text not in _UNIT_ENDS and not ((against or compound) and sc.keys[k] in BLOCKERS):
        _, e = sc.entry(k)
        if not sc.toks[k].cap or e is None or e.kind not in ("head", "needs_place", "organization"):
            return j
    return k if ok or against else j


_FIELDS_RUN = 10


def _paired_fields(sc: ScanState, i: int, j: int) -> int:
    """A department's long lowercase fields joined by "và", closed by punctuation ("Cục Quản lý chất lượng nông
    lâm sản và thủy sản - Bộ ..."): their end, else j. Nouns only (a compound the tagger does not know counts)."""
    toks, keys, k = sc.toks, sc.keys, j
    while k < len(toks) and k - j < _FIELDS_RUN and toks[k].is_word and not toks[k].cap and keys[k] not in BLOCKERS:
        k += 1
    if k >= len(toks) or toks[k].text not in _UNIT_ENDS or "và" not in keys[j + 1:k - 1]:
        return j
    lower = [(w, "N" if tag == "M" and " " in w else tag) for w, tag in _lower_tags(sc, i, j, k)]
    ok = all(tag in _NOUNS or w == "và" for w, tag in lower) and lower[0][1] in _NOUNS and lower[-1][1] in _NOUNS
    return k if ok else j


_COMMITTEE_RUN = 7  # a place of up to three words and a name of up to four
# local Party committees and Youth Union branches
PLACE_COMMITTEES = {("tỉnh", "ủy"), ("thành", "ủy"), ("huyện", "ủy"), ("quận", "ủy"), ("thị", "ủy"),
                    ("tỉnh", "đoàn"), ("thành", "đoàn"), ("huyện", "đoàn"), ("quận", "đoàn")}


def committee_place(sc: ScanState, j: int) -> tuple[int, int, int | None, str | None]:
    """The place after a local Party committee's head: a known one, else a capitalised run without the
    person's name that may close it ("Huyện ủy Quỳnh Lưu Hồ Văn Nam": the secretary's name follows)."""
    pn, place = sc.place_at(j)
    if place:
        return j + pn, 1, j, place
    end = j
    while end < len(sc.toks) and end - j < _COMMITTEE_RUN and sc.toks[end].is_word and sc.toks[end].cap \
            and sc.entry(end)[1] is None:
        end += 1
    if sc.toks[j].text in SURNAMES and end - j >= 2:
        return j, 0, None, None  # "Bí thư Tỉnh ủy Vũ Đại Thắng": the paper's own province, then the secretary
    if end - j > 3:
        name = next((n for n in (3, 2, 4) if sc.toks[end - n].text in SURNAMES and end - n > j), 0)
        end -= name or end - j - 3
    return end, 1 if end > j else 0, None, None
