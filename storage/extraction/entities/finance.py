"""Stock-market prose: stock codes and market terms that name no body, exchanges named by their city, and
securities firms named "Chứng khoán X"."""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import _read, load_gazetteer
from .mention import Mention
from .orgparts import paren_abbr
from .orgs import parse_org
from .spelling import token_key
from .state import ScanState

# Market prose: an article that names codes as stock codes says so somewhere with one of these words.
_MARKET_CUES = ("phiếu", "khoán", "Index", "INDEX")
_MARKET_WORDS = re.compile(r"[Cc]ổ phiếu|[Cc]hứng khoán|VN-?Index|VN-?INDEX")
_CODE = r"[A-Z][A-Z0-9]{2}"  # codes on the Vietnamese exchanges: three capitals or digits
_FUND = r"[A-Z][A-Z0-9]{2,8}"  # fund and product codes ("VDEF", "NTPPF", "E1VFVN30", "FUEVFVND")
_ALONE = r"(?<![\w\-./&])"
_END = r"(?![\w\-&]|\.\w)"
# Two or more codes in a row ("VPB, MSB, HDB, BID và VCB"): stock codes in market prose, where a list of
# bodies by initials is rare; what opens the list is checked (_FIRM_LIST) before it is taken so.
_CODE_LIST = re.compile(rf"{_ALONE}{_CODE}{_END}(?:(?:\s*,\s*|\s+(?:và|hay|hoặc|cùng)\s+){_CODE}{_END})+")
# "VJC của Vietjet Air", "VDEF của VinaCapital": a code of a named firm is its share or its fund.
_CODE_OF = re.compile(rf"{_ALONE}({_FUND}){_END}\s+của\s+(?=[A-ZĐ])")
# "quỹ DCDS", "hai quỹ BMFF và MBVF", "chứng chỉ quỹ E1VFVN30": a fund, not its manager.
_FUND_AFTER = re.compile(rf"\bquỹ\s+({_FUND}(?:(?:\s*,\s*|\s+(?:và|hay|hoặc)\s+){_FUND})*){_END}")
# A list opened by a noun for firms ("các công ty chứng khoán như MBS hay VCBS") names firms; one for shares
# ("cổ phiếu ngân hàng như VCB, BID") does not.
_FIRM_LIST = re.compile(r"(?<!cổ phiếu )(?<!mã )(?:công ty|doanh nghiệp|đơn vị|tổ chức|hãng)[^.;:]{0,30}"
                        r"\b(?:như|gồm|là)\s*$", re.IGNORECASE)
# A code that moves, trades or leads ("VIB là cổ phiếu tăng mạnh nhất", "SHB hôm nay có thêm 1,8%", "VSC tăng
# kịch trần", "FPT (9.306 tỷ đồng)", "ORS, cổ phiếu của ..."): a stock, not its firm. A firm leading in market
# share ("VPS dẫn đầu thị phần môi giới") is a firm.
_CODE_MOVES = re.compile(
    rf"{_ALONE}({_CODE})(?:\s+\(\s*(?:hơn\s+|gần\s+|khoảng\s+)?[\d+-]|,\s+(?:cổ phiếu|mã)\b|\s+(?:(?:hôm nay|cũng|tiếp tục|"
    rf"lại|đều|còn|vẫn|cùng|chỉ)\s+)*(?:tăng|giảm|tích lũy|mất|có thêm|lùi|hồi phục|đi ngang|đứng giá|giữ giá|chạm|"
    rf"dẫn đầu|đứng đầu|dẫn dắt|chịu áp lực|ngược dòng|là cổ phiếu|là mã|là đại diện|nằm trong danh sách|đóng góp|"
    rf"khớp lệnh|tím trần|kịch trần|trên sàn)\b)")
# "bán mạnh FPT", "gom mạnh SSI", "nắm giữ tỷ trọng lớn MBB", "trừ TVB": a share bought, sold or left out.
_CODE_TRADED = re.compile(rf"(?:\b(?:bán|mua|gom|xả)(?:\s+(?:ròng|mạnh|thêm|tiếp))*|nắm giữ tỷ trọng \w+|\b[Tt]rừ)"
                          rf"\s+({_CODE}){_END}")
_WORD = re.compile(r"[A-Z][A-Z0-9]+")


_HEADED = re.compile(r"(?:công ty|tổng công ty|tập đoàn|ngân hàng|chứng khoán|quỹ|sở|[uủ]ỷ? ban|tổ chức|cục|bộ|"
                     r"hiệp hội|trung tâm|viện|ctcp|sàn)\b", re.IGNORECASE)
_BRACKETED = re.compile(rf"\(({_CODE})\)")


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    data = _read("finance.json")
    terms = frozenset(t.casefold() for t in data["terms"])
    firms = frozenset(tuple(token_key(w) for w in f.replace("-", " - ").split()) for f in data["firms"])
    return terms, firms


def market_noise(paragraphs: list[str]) -> set[str] | None:
    """Words in capitals that name no organisation in this article: stock and fund codes and market
    terms; None unless the article is market prose."""
    text = "\n".join(paragraphs)
    if not any(w in text for w in _MARKET_CUES) or not _MARKET_WORDS.search(text):
        return None  # (a plain substring test first: most articles are no market prose)
    terms, _ = _table()
    out = {w for w in re.findall(r"[A-Z][\w\-]+", text) if w.casefold() in terms}
    for m in _CODE_LIST.finditer(text):
        if not _FIRM_LIST.search(text, max(0, m.start() - 60), m.start()):
            out.update(_WORD.findall(m.group()))
    for pattern in (_CODE_OF, _CODE_TRADED):
        out.update(m.group(1) for m in pattern.finditer(text))
    out.update(m.group(1) for m in _CODE_MOVES.finditer(text) if "thị phần" not in _sentence(text, m.start()))
    for m in _FUND_AFTER.finditer(text):
        out.update(_WORD.findall(m.group(1)))
    for para in paragraphs:  # "Masan (MSN)", "Eximbank (EIB)": a code in brackets after a one-word brand
        for m in _BRACKETED.finditer(para):
            words = para[:m.start()].split()[-2:]
            if words and words[-1][0].isupper() and (len(words) < 2 or not words[0][0].isupper()):
                out.add(m.group(1))
    return out


def _sentence(text: str, i: int) -> str:
    """The sentence around character i (a firm leading "in market share" is the firm, not its stock)."""
    start = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i)) + 1
    ends = [k for k in (text.find(". ", i), text.find("\n", i)) if k >= 0]
    return text[start:min(ends) if ends else len(text)]


def drop_market_noise(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """Organisation mentions that are stock codes, fund codes or market terms, dropped; a code the article
    introduces as a firm's initials ("Chứng khoán Vietcombank (VCBS)") stays that firm's."""
    noise = market_noise(paragraphs)
    if noise is None:
        return mentions
    # after a body's name with its head ("Chứng khoán Vietcombank (VCBS)", "Ủy ban Chứng khoán Nhà nước (SSC)"):
    # its initials, whatever else the article does with them
    noise -= {m.text for m in mentions if m.long_form and _HEADED.match(m.long_form)}
    terms, _ = _table()
    return [m for m in mentions if not (m.kind == "organization" and m.text in noise)
            and not (m.kind != "organization" and m.text.casefold() in terms)]  # "VN-Index" is no place


_EXCHANGE_BEFORE = (("sàn", "giao", "dịch", "chứng", "khoán"), ("sàn", "chứng", "khoán"), ("sàn", "giao", "dịch"), ("sàn",))
_EXCHANGE_LAST = frozenset(w[-1] for w in _EXCHANGE_BEFORE)


def exchange_city(sc: ScanState, i: int, n: int) -> int:
    """A place at i (n tokens) naming an exchange by its city: "sàn TP HCM", "sàn Hà Nội" give no place; "sàn giao
    dịch chứng khoán Thượng Hải", "sàn chứng khoán New York" name the exchange. Returns the end, or i."""
    if not i or sc.keys[i - 1] not in _EXCHANGE_LAST:
        return i
    before = next((w for w in _EXCHANGE_BEFORE if i >= len(w) and tuple(sc.keys[i - len(w):i]) == w), None)
    if before is None:
        return i
    end = i + n
    if before[-1] == "khoán" and not sc.credit:
        sc.add("organization", i - len(before), end)
        if paren_abbr(sc.toks, end):  # "(HoSE)": the exchange's initials
            sc.abbr_long[end + 1] = (sc.span(i - len(before), end), False)
    return end


SECURITIES = "chứng"  # key of the first word of "Chứng khoán X"


def securities_firm(sc: ScanState, i: int) -> int:
    """"Chứng khoán Vietcombank", "Chứng khoán Sài Gòn - Hà Nội": a securities firm named without "Công ty";
    returns the end of its name, or i. A market named by its country ("Chứng khoán Mỹ") is no firm."""
    toks, keys = sc.toks, sc.keys
    if i + 2 >= len(toks) or keys[i + 1] != "khoán" or not toks[i + 2].cap or sc.caps_para:
        return i
    j = i + 2
    while j < len(toks) and j - i < 8:
        if toks[j].is_word and (toks[j].cap or toks[j].allcaps):
            j += 1
        elif toks[j].dash and j + 1 < len(toks) and toks[j + 1].cap and toks[j - 1].cap:
            j += 1
        else:
            break
    _, firms = _table()
    name = tuple(keys[i + 2:j])
    end = next((i + 2 + len(f) for f in sorted(firms, key=len, reverse=True) if name[:len(f)] == f), 0)
    if not end:
        if sc.place_at(i + 2)[1] or (i >= 2 and keys[i - 2:i] == ["giao", "dịch"]):
            return i  # "Chứng khoán Mỹ": a country's market; "Sở giao dịch Chứng khoán Hà Nội": an exchange
        n, e = sc.entry(i + 2)
        if e is not None and e.kind in ("head", "needs_place", "title", "prefix", "honorific"):
            return i
        end = j
    sc.add("organization", i, end)
    if paren_abbr(sc.toks, end):  # "Chứng khoán Vietcombank (VCBS)": the initials name the firm too
        sc.abbr_long[end + 1] = (sc.span(i, end), False)
    return end


# A firm's head noun in lowercase before its capitalised name ("tập đoàn Gelex", "ngân hàng Việt Á", "tổng công ty
# Cảng hàng không Việt Nam"), as business prose writes it in mid-sentence.
_LOWER_FIRMS = (("tổng", "công", "ty"), ("ngân", "hàng"), ("tập", "đoàn"))
LOWER_FIRM_FIRST = frozenset(h[0] for h in _LOWER_FIRMS)
_LOWER_FIRM_SECOND = frozenset(h[1] for h in _LOWER_FIRMS)
_SHARE_WORDS = {"phiếu", "nhóm", "mã", "ngành", "các", "những", "nhiều"}  # "cổ phiếu ngân hàng VCB", "các ngân hàng Mỹ"


def lower_firm(sc: ScanState, i: int) -> int:
    """A firm named after its lowercase head noun: parsed as if the head were capitalised; returns its end, or i."""
    if i + 2 >= len(sc.keys) or sc.keys[i + 1] not in _LOWER_FIRM_SECOND:
        return i  # "tập trung", "tổng số": most of these words open no head
    head = next((h for h in _LOWER_FIRMS if tuple(sc.keys[i:i + len(h)]) == h), None)
    if head is None or sc.credit or (i and sc.keys[i - 1] in _SHARE_WORDS):
        return i
    n = len(head)
    name = sc.toks[i + n] if i + n < len(sc.toks) else None
    if name is None or not name.cap or name.allcaps or name.foreign:
        return i  # "tập đoàn Rolls-Royce", "ngân hàng HSBC": a foreign firm is named bare, after its kind
    places, place = sc.place_at(i + n)
    k = i + n + places
    if places and (place in sc.gaz.countries and places > 1 or k >= len(sc.toks) or not sc.toks[k].cap):
        return i  # "ngân hàng Mỹ", "ngân hàng Trung Đông", "tập đoàn Đài Loan Ting Hsin": a place's firms (not
        # "ngân hàng Việt Á")
    entry = next((e for e in sc.gaz.entries.get(head, []) if e.kind == "head"), None)
    if entry is None:
        return i
    sc.lower_head = True
    try:
        return parse_org(sc, i, n, entry)
    finally:
        sc.lower_head = False


_LOWER_HEAD_TEXT = re.compile(r"(?:tổng công ty|ngân hàng|tập đoàn) (?=[A-ZĐ])")


def firms_named_bare(mentions: list[Mention]) -> list[Mention]:
    """"tập đoàn Thuận An", then "cho Thuận An tham gia": the firm named again by its bare name, not a person
    or a place (a country excepted)."""
    bare = {m.text[k.end():] for m in mentions if m.kind == "organization" and (k := _LOWER_HEAD_TEXT.match(m.text))}
    if not bare:
        return mentions
    countries = load_gazetteer().countries
    return [Mention("organization", m.text, m.pos) if m.kind in ("person", "location") and m.text in bare
            and (m.canonical or m.text) not in countries else m for m in mentions]


def local_arm(sc: ScanState, j: int) -> int:
    """End of "Việt Nam" right after a foreign firm's name ending at j ("Mirae Asset Việt Nam", "Samsung Electronics
    Việt Nam": the firm's Vietnamese company), else j."""
    return j + 2 if sc.keys[j:j + 2] == ["việt", "nam"] and sc.toks[j].cap and sc.toks[j + 1].cap else j
