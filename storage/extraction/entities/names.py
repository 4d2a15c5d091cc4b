"""Name shapes: runs of name tokens, Vietnamese full names, names that stand for a person alone."""
from __future__ import annotations

import logging
import re
from functools import lru_cache

from ...resources import optional_table
from .gazetteer import SURNAMES, GazEntry
from .spelling import is_vietnamese_syllable
from .state import ScanState
from .tokens import Token

log = logging.getLogger(__name__)

_ROMAN = re.compile(r"[IVX]+")
MAX_NAME = 6  # tokens in one name, particles included
_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")  # "C.I", "J.R": two or more initials (one letter may end a sentence)

def is_vietnamese_name(parts: list[str]) -> bool:
    """Family name first, 2-4 Vietnamese syllables ("Nguyễn Chí Vịnh")."""
    return 2 <= len(parts) <= 4 and parts[0] in SURNAMES and all(is_vietnamese_syllable(p) for p in parts)


def person_ok(parts: list[str]) -> bool:
    """A name standing alone (no title) is a person: a Vietnamese full name or a foreign full name."""
    if is_vietnamese_name(parts):
        return True
    if parts[0] in NOT_NAME_OPENERS:
        return False  # "The Voice Kids", "The Economist": a show's or a paper's name, never a person's
    if any("+" in p for p in parts) or all(len(p.rstrip(".")) < 2 for p in parts):
        return False  # "A A+": a text-size widget, not a name
    if len(parts) == 2 and _ROMAN.fullmatch(parts[-1]) and len(parts[-1]) > 1:
        return False  # "Globemaster III", "Typhoon II": a model; a king keeps his title ("Vua Charles III")
    words = [p for p in parts if not (len(p) == 2 and p.endswith("."))]
    foreign = any(not is_vietnamese_syllable(w) for piece in words for w in piece.split(".") if len(w) > 1)
    return len(words) >= 2 and foreign


# Words before a name that say it is a person's ("ông Bezos", "tỷ phú Jeff Bezos", "CEO Tim Cook").
PERSON_BEFORE = frozenset(w.strip() for w in """ông, bà, anh, chị, cô, chú, bác, ngài, em, cậu, cháu, con, vợ,
chồng, bố, mẹ, cha, ceo, tỷ phú, nhà sáng lập, đồng sáng lập, giám đốc, chủ tịch, người, nhà văn, ca sĩ, diễn viên,
cầu thủ, huấn luyện viên, hlv, vận động viên, danh thủ, nghệ sĩ, tác giả, nhà báo, phóng viên, giáo sư, tiến sĩ,
bác sĩ, luật sư""".split(","))
# What only a person does right after the name ("Roosevelt nói", "Bezos kể"); a company also "cho biết",
# "thông báo" or "tuyên bố", so those say nothing here.
PERSON_AFTER = (("nói",), ("kể",), ("viết",), ("tâm", "sự"), ("bày", "tỏ"), ("trả", "lời"), ("hỏi",),
                ("qua", "đời"), ("sinh", "năm"), ("sinh", "ra"), ("năm", "nay"))
# "Như Bezos nói": a one-word foreign name is a person's only before what a person says
SPEAKS = (("nói",), ("kể",), ("tâm", "sự"), ("bày", "tỏ"), ("trả", "lời"))
AGE_WORDS = frozenset({"tuổi"})


def person_cue(sc: ScanState, i: int, j: int) -> bool:
    """Something around the untitled name tokens[i:j] that only a person has: a person word before it,
    a verb only a person does after it, or an age in brackets ("Kim Sa-myeong (27 tuổi)")."""
    toks = sc.toks
    if any(i >= n and " ".join(sc.keys[i - n:i]) in PERSON_BEFORE for n in (1, 2, 3)):
        return True
    after = [t.key for t in toks[j:j + 4]]
    if any(tuple(after[:len(verb)]) == verb for verb in PERSON_AFTER):
        return True
    return len(after) >= 3 and after[0] == "(" and after[1].isdigit() and after[2] in AGE_WORDS


def born_after(sc: ScanState, j: int) -> bool:
    """An age or a birth year right after token j-1: "(45 tuổi", ", 45 tuổi", "(SN 1990", ", SN 1988"."""
    a = [t.key for t in sc.toks[j:j + 3]]
    if len(a) < 3 or a[0] not in ("(", ","):
        return False
    return (a[1].isdigit() and a[2] in AGE_WORDS) or (a[1] == "sn" and a[2].isdigit()) or a[1:] == ["sinh", "năm"]


def aged_name_end(sc: ScanState, i: int) -> int:
    """End of two to four capitalised Vietnamese syllables from i followed by an age or a birth year ("Ka Văn
    Dề, SN 1988", "Trường Văn Hùng (27 tuổi)"): a person's name whatever its first syllable; else i."""
    toks, k = sc.toks, i
    _, e = sc.entry(i)
    if sc.keys[i] in PERSON_BEFORE or e is not None and e.kind in ("title", "honorific", "prefix"):
        return i  # "Em Lê Văn Trường (9 tuổi)": the word opening a sentence before the name is no part of it
    while k < len(toks) and k - i < 4 and toks[k].is_word and toks[k].cap and not toks[k].allcaps \
            and is_vietnamese_syllable(toks[k].text):
        k += 1
    # two syllables only with a family name first: "(Quỳ Châu, 45 tuổi)" is where someone lives
    enough = k - i >= 3 or (k - i == 2 and toks[i].text in SURNAMES)
    return k if enough and born_after(sc, k) else i


@lru_cache(maxsize=1)
def thing_words() -> frozenset[str]:
    """Words of foreign product, company, event and team names that no personal name holds ("Fire", "Oil")."""
    return frozenset(w.casefold() for w in optional_table("name_shapes.json").get("thing_words", []))


def names_a_thing(parts: list[str]) -> bool:
    """A foreign capitalised run naming a product, company, event or team: it holds a thing word."""
    if is_vietnamese_name(parts):
        return False
    return any(p.casefold().strip(".") in thing_words() for p in parts)


def _name_token(t: Token) -> bool:
    if not t.is_word:
        return False
    if t.initial:
        return True
    return t.cap and not (t.allcaps and "." not in t.text and len(t.text) > 3)


def name_run(sc: ScanState, i: int) -> tuple[int, list[str]]:
    """The run of name tokens starting at i: (end index, token texts)."""
    toks = sc.toks
    surname = toks[i].text in SURNAMES
    j, parts = i, []
    while j < len(toks) and len(parts) < MAX_NAME:
        if parts and GLUED_ARTICLE.match(toks[j].text):  # "Bashar al-Assad"
            parts.append(toks[j].text)
            j += 1
            continue
        if _particle(sc, j, parts):  # "Mohammed bin Salman", "Ursula von der Leyen"
            parts.append(toks[j].text)
            j += 1
            continue
        if not _name_token(toks[j]):
            break
        if parts:
            if toks[j].tail and not (surname and len(parts) == 2 and is_vietnamese_syllable(toks[j].text)
                                     and sc.entry(j)[1] is None):
                break  # lexicon only: the segmenter glues names to the next verb (not a full name's given
                # name after a family and a middle name: "Huỳnh Ngọc Toàn bị khiển trách")
            n, e = sc.entry(j)
            if e is not None and e.kind != "person":
                if surname and e.kind == "location" and len(parts) == 1 and n <= 3:
                    parts.extend(x.text for x in toks[j:j + n])  # "Nguyễn Thái Bình", "Trần Đức Lương"
                    j += n
                    continue
                if surname and e.kind == "location" and n == 1 and 2 <= len(parts) <= 3 \
                        and (parts[1] in MIDDLE_NAMES or len(parts) == 3) and _name_ends(toks, j + 1):
                    parts.append(toks[j].text)  # "Hoàng Thị Tuyết Nga", "Nguyễn Hữu Tuấn Anh": a given name that is
                    # also a country's (after a middle name, or closing a four-syllable name)
                    j += 1
                    break
                inside = surname and n == 1 and len(parts) <= 3 and (
                    (e.kind == "location" and toks[j].text in sc.gaz.needs_context and len(parts) < 3)
                    # "Bùi Văn Quyền giữ chức", "Nguyễn Sinh Nhật Tân đã": a prefix ending a full name
                    or (e.kind in ("prefix", "title") and len(parts) >= 2 and _name_ends(toks, j + 1))
                    or (e.kind in ("head", "needs_place") and len(parts) < 3
                        and is_vietnamese_syllable(toks[j].text)
                        and (j + 1 >= len(toks) or not toks[j + 1].is_word  # "Nguyễn Văn Viện, Cục trưởng"
                             or (toks[j + 1].cap and is_vietnamese_syllable(toks[j + 1].text)))))  # "Nguyễn Trường Thắng"
                if not inside and _local_name_end(sc, j, n, e, parts):
                    parts.append(toks[j].text)  # "Thủ Đức": a local name ending in a country's syllable
                    j += 1
                    break
                if not inside:
                    break
        parts.append(toks[j].text)
        j += 1
        if _INITIALS.match(parts[-1]) and j + 1 < len(toks) and toks[j].text == "." \
                and toks[j].start == toks[j - 1].end and toks[j + 1].is_word and toks[j + 1].cap:
            parts[-1] += "."  # "C.I. Alarima": the initials' last dot, not a sentence's end
            j += 1
    return j, parts


NOT_NAME_OPENERS = frozenset({"The"})
_PARTICLES = {"bin", "bint", "ibn", "al", "el", "von", "van", "der", "den", "de", "dos", "del", "da", "di", "du"}
MIDDLE_NAMES = frozenset({"Thị", "Văn"})  # middle names that only a person's name holds
# "al-Assad", "el-Sisi": an Arabic article glued to a family name (the name itself is what follows the hyphen)
GLUED_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az)-(?=[A-Z])")


def _local_name_end(sc: ScanState, j: int, n: int, e: GazEntry, parts: list[str]) -> bool:
    """A one-syllable country that needs context at j ends a two-syllable Vietnamese name whose first
    syllable is no family name ("Thủ Đức", not "Hà Đức" nor "Việt - Đức")."""
    return n == 1 and e.kind == "location" and len(parts) == 1 and parts[0] not in SURNAMES \
        and sc.toks[j].text in sc.gaz.needs_context and is_vietnamese_syllable(parts[0]) \
        and is_vietnamese_syllable(sc.toks[j].text) and _name_ends(sc.toks, j + 1)


def _name_ends(toks: list[Token], k: int) -> bool:
    """No name, title or office goes on at k: a lowercase word or punctuation (a prefix such as "Quyền"
    before a capitalised title is "acting"; before "giữ chức" it is the name's last syllable)."""
    return k >= len(toks) or not toks[k].is_word or not toks[k].cap


def _particle(sc: ScanState, j: int, parts: list[str]) -> bool:
    """A lowercase particle inside a foreign name: a foreign name before it, a capitalised word after."""
    toks = sc.toks
    k = j
    while k < len(toks) and toks[k].text in _PARTICLES:  # "von der"
        k += 1
    return bool(parts) and k > j and k < len(toks) and toks[k].cap \
        and any(not is_vietnamese_syllable(p) for p in parts)


def speaks_after(sc: ScanState, j: int) -> bool:
    """A verb of speech right after token j-1 ("Bezos nói", "Matula kể")."""
    after = tuple(sc.keys[j:j + 2])
    return any(after[:len(verb)] == verb for verb in SPEAKS)
