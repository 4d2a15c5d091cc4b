"""Scan one paragraph's tokens into entity mentions (titles + names, organisations, places)."""
from __future__ import annotations

import logging
import re

from .abbr import capitals
from .finance import LOWER_FIRM_FIRST, SECURITIES, exchange_city, local_arm, lower_firm, securities_firm
from .foreign_names import firm_context, known_name_start, listed_with_person, person_context
from .gazetteer import SURNAMES, GazEntry
from .lexicon import lexicon, syllables
from .mention import Mention
from .names import aged_name_end, is_vietnamese_name, name_run, names_a_thing, person_cue, person_ok, speaks_after
from .numbered import FIRST_KEYS as NUMBERED_FIRST
from .numbered import GLUED_STARTS, numbered_place
from .orgparts import BLOCKERS, document_length, in_document_name
from .orgs import PARLIAMENT, head_parse, of_parliament, parse_org, skip_outlet_prefix
from .people import title_chain
from .places import admin_place, capitalised_feature, direction_place, fuzzy_place, listed_place, location, \
    title_before_place
from .state import TITLE_KINDS, ScanState
from .streets import OPENERS as STREET_LIST_OPENERS
from .schools import SCHOOL_HEAD, add_school, school_end
from .streets import street_list
from .spelling import is_vietnamese_syllable, token_key
from .tokens import Token, pos_tags, word_len

log = logging.getLogger(__name__)

_CREDIT = {"ảnh", "nguồn", "video", "clip", "đồ", "họa"}
_JOINS = {"and", "&", "of"}  # inside a foreign organisation's name
_ADDRESS_WORDS = {"street", "district", "avenue", "boulevard", "road", "province", "county", "springs", "falls",
                  "heights", "hills", "village", "harbor", "harbour", "creek", "canyon", "beach", "island", "islands"}
_ADDRESS_NOUNS = {"hẻm", "ngõ", "ngách", "kiệt"}  # not "số": "số 7 Nguyễn Văn A" may be a player
# where someone lives or something stands, right before a house number ("trú 36 Lê Lợi", "tại 705A Trần Phú")
_RESIDENCE = {"trú", "ngụ", "ở", "tại", "chỉ"}
_HOUSE_NUMBER_RE = re.compile(r"^\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*$")
_LIST_JOINS = {",", "và", "&", "hay", "hoặc"}  # between the items of a list ("Goertek, Foxconn và Amkor")
_MAX_FOREIGN_NAME = 7
_COMPANY_NOUNS = {"ty", "đoàn", "hãng", "quỹ"}  # last word of "công ty", "tập đoàn", "hãng", "quỹ"
_LIST_OPENERS = {"như", "gồm"}
_FIRM_NOUNS = {"doanh nghiệp", "công ty", "tập đoàn", "hãng", "nhà sản xuất", "ngân hàng", "nhà mạng",
               "quỹ đầu tư", "nhà đầu tư", "đối tác", "khách hàng", "nhà cung cấp"}
_MAX_TRADE_WORDS = 3
_LIST_REACH = 10  # words between a class noun and "như"/"gồm" ("các công ty chuyển tiền quốc tế có uy tín bao gồm")
_LOWER_INSTITUTIONS = (("trường", "đại", "học"), ("đại", "học"), ("học", "viện"))  # longest first
_MAX_KIND_WORDS = 4  # syllables of an institution's kind ("phẫu thuật thẩm mỹ")
_FUNCTION_TAGS = {"E", "C", "CC", "R", "P", "T", "L"}
# before the words of its kind and a foreign name, a hospital's head too (not "bệnh viện Bạch Mai")
_KIND_HEADS = _LOWER_INSTITUTIONS + (("bệnh", "viện"),)
# right before a name, even a person's or a place's: "bệnh viện Bạch Mai", "trường Lê Quý Đôn"
_NAMED_HEADS = (("bệnh", "viện"),)
_SCHOOL = "trường"
_LOWER_ORG_HEADS = {"phòng", "sở", "cục", "chi"}  # "phòng Cảnh sát ...", "sở Y tế ...", "chi cục Thuế ..."
_MEDIA_OPENERS = {"báo", "tờ"}
_PARTY = "đảng"
# The keys step() acts on before it skips a lowercase word that opens no table entry (GLUED_STARTS are capitalised).
_STEP_KEYS = frozenset(STREET_LIST_OPENERS | _CREDIT | NUMBERED_FIRST | _LOWER_ORG_HEADS | {SCHOOL_HEAD}
                       | LOWER_FIRM_FIRST)
_INITIAL_NAME = re.compile(r"^[A-ZĐ]\.[A-ZĐÀ-Ỹ]\w")  # "A.Méc-ken", "G.Ke-ri": initial glued to a family name  # capitalised at a sentence's start before a paper's foreign name
_PAPER_SUFFIXES = {("báo",), ("nhật", "báo"), ("thời", "báo")}
# "TP.Đà Nẵng", "Q.Bình Tân": an administrative prefix glued to a place's name.
ADMIN_GLUED_RE = re.compile(r"^(?:TP|Tp|TX|Q|P|H|TT)\.(?=\w)")


def _milestone(toks: list[Token], i: int, j: int) -> bool:
    """One short word before a number ("Km 1757+900", "Km 12"): a measure along a road, not a place."""
    return j == i + 1 and len(toks[i].text) <= 2 and j < len(toks) and toks[j].text[:1].isdigit()


class Scanner(ScanState):
    """Walks the tokens of one paragraph and collects mentions."""

    # -- main loop ------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        """Scan the whole paragraph."""
        i, end = skip_outlet_prefix(self.toks), len(self.toks)
        toks, first, lower_first = self.toks, self.gaz.first, self.gaz.lower_first
        while i < end:
            t = toks[i]
            if t.is_word and not t.cap and not t.allcaps and t.key not in _STEP_KEYS and (t.key not in first or (
                    t.key not in lower_first and (len(t.text) < 3 or not t.foreign))):
                # most words: lowercase, opening no rule nor table entry a lowercase word can open, nor a
                # foreign brand (_sponsor_and_province): what step() comes to for them
                j = i + 1
            elif not t.is_word and t.text != ")" and t.key not in STREET_LIST_OPENERS:
                j = i + 1  # punctuation other than a credit's closing bracket (what step() comes to for it)
            else:
                j = self.step(i)
            last = self.last_person
            i = self.apposition(j) if last is not None and last[1] == j else j  # (apposition's own first test)
        return self.out

    def apposition(self, j: int) -> int:
        """A role after a name ("ông Đỗ Hùng Việt, Thứ trưởng Bộ Ngoại giao, ..."): keep it as the role."""
        if self.last_person is None or self.last_person[1] != j or j + 1 >= len(self.toks) \
                or self.toks[j].text != ",":
            return j
        person = self.last_person[0]
        _, e = self.entry(j + 1)
        if e is None or e.kind not in ("title", "prefix"):
            return j
        mark = len(self.out)
        self.appositive = True
        k = self.title_chain(j + 1)
        self.appositive = False
        if k > j + 1 and not any(m.kind == "person" for m in self.out[mark:]):
            role = self.span(j + 1, k).strip(" ,-–")  # "Trung tướng" before the name + the office after it
            person.role = f"{person.role}, {role}" if person.role else role
        return max(k, j)

    def step(self, i: int) -> int:
        """Handle the token at i; return the next index."""
        t = self.toks[i]
        if t.key in STREET_LIST_OPENERS and not self.credit:
            j = street_list(self, i)  # "các tuyến đường như Lê Lợi, Hàm Nghi": streets, not people
            if j > i:
                return j
        if not t.is_word:
            if t.text == ")" and self.credit:
                self.credit = False
            return i + 1
        if t.key in _CREDIT and i + 1 < len(self.toks) and self.toks[i + 1].text == ":":
            self.credit = self._credit_follows(i)  # "Ảnh: Reuters" credits; "Trong ảnh: Chủ tịch ..." captions
            return i + 2
        if t.key in _CREDIT and t.cap and i + 2 < len(self.toks) and self.toks[i + 1].allcaps \
                and "/" in self.toks[i + 1].text + self.toks[i + 2].text:
            self.credit = True  # "Ảnh VGP/Quỳnh Hoa": a site's initials and the photographer, no colon
            return i + 1
        if not self.credit and (t.key in NUMBERED_FIRST or t.text[:2] in GLUED_STARTS):
            j = numbered_place(self, i)
            if j > i:
                return j
        if not t.cap and t.key in _LOWER_ORG_HEADS and (j := self._lower_head_org(i)) > i:
            return j  # "phòng Cảnh sát hình sự Công an tỉnh X", "sở Y tế tỉnh Nghệ An": a department in lowercase
        if not t.cap and t.key in LOWER_FIRM_FIRST:
            j = lower_firm(self, i)  # "tập đoàn Gelex", "ngân hàng Việt Á": a firm's head in lowercase
            if j > i or t.key not in self.gaz.lower_first:
                return max(j, i + 1)  # (else the run loop's skip: "tập trung", "tổng số")
        if not t.cap and t.key == SCHOOL_HEAD and (school := school_end(self, i)) > i:
            add_school(self, i, school)  # "trường THPT Lê Lợi": a lowercase head before a level names a school
            return school
        if not t.cap and not t.allcaps and t.key not in self.gaz.first:
            return i + 1  # most words: lower-case, opening no table entry (what the rules below come to)
        if t.key in _MEDIA_OPENERS and t.sent_start and i + 1 < len(self.toks) and self.toks[i + 1].cap \
                and self.toks[i + 1].foreign:
            return i + 1  # "Báo Times of India đăng ...": the paper's noun opens the sentence; its name follows
        if t.key == SECURITIES and t.cap and (j := securities_firm(self, i)) > i:
            return j  # "Chứng khoán Vietcombank (VCBS)": a securities firm without "Công ty"
        n, e = self.entry(i)
        if self.caps_para:  # a headline in capitals: only names from the tables are reliable
            if e is not None and e.kind in ("location", "organization"):
                self.add(e.kind, i, i + n, canonical=e.canonical, flags=set(e.flags))
                return i + n
            return i + 1
        if e is not None and e.kind in TITLE_KINDS and not self.credit:
            j = self.title_chain(i)
            if j > i:
                return j
        d = document_length(self, i)
        if d and e is not None and e.kind in ("head", "needs_place"):
            return i + d  # "Bộ Quy tắc ứng xử", "Hiến chương": the organisations after it are part of its name
        if e is not None and e.kind in ("head", "needs_place", "event"):
            j = parse_org(self, i, n, e)
            if j > i:
                return j
            n, e = self.entry(i, ("organization", "location"))  # a head that is a name itself: "Quốc hội"
        if (e is None or e.kind in ("location", "organization")) and not self.credit and t.cap \
                and (t.allcaps or t.foreign):
            # "Amazon Web Services", "Mangalore Refinery and Petrochemicals": a firm, whatever its first word
            # names, unless the table knows the whole name ("Vietnam Airlines"); such a name opens with a
            # foreign word or an abbreviation (suffixed_name)
            j = self.suffixed_name(i)
            if j > i + (n if e is not None and e.kind == "organization" else 0):
                k = local_arm(self, j)  # "Mirae Asset Việt Nam": the firm's Vietnamese arm
                self.add("organization", i, k, long_form=self.abbr_long.get(i, (None, False))[0])
                if k > j:
                    self.add("location", j, k, canonical="Việt Nam", flags={"in_org"})
                return k
        if e is not None and e.kind == "location":
            j = exchange_city(self, i, n)  # "sàn TP HCM": the exchange, no place
            return j if j > i else location(self, i, n, e)
        club = self._sponsor_and_province(i) if e is None or e.kind == "organization" and n == 1 else i
        if club > i and not self.credit:  # "Becamex Bình Dương": a sponsor's brand and a province name a club
            self.add("organization", i, club)
            return club
        if e is not None and e.kind == "organization":
            return self.organization(i, n, e)
        if e is not None and e.kind == "person" and not self.credit:
            self.add("person", i, i + n, canonical=e.canonical)
            return i + n
        return self.other(i)

    def organization(self, i: int, n: int, e: GazEntry) -> int:
        """A gazetteer organisation, with an optional place after a head-noun name ("Chính phủ Mỹ")."""
        if "context" in e.flags and self.credit:
            return i + n  # "(Ảnh: Reuters)" credits the photo
        if in_document_name(self, i):
            return i + n  # "Công ước Liên hợp quốc về Luật Biển": the treaty is named, not the organisation
        if i + n + 1 < len(self.toks) and self.toks[i + n].dash and self.toks[i + n + 1].text.isdigit() \
                and self.toks[i].allcaps:
            self.add("organization", i, i + n + 2)  # "ADMM-17": the numbered meeting
            return i + n + 2
        long_form, event = self.abbr_long.get(i, (None, False))
        if long_form and not event and not self.head_named(e.pattern):  # "Tổ chức Hợp tác Thượng Hải (SCO)": one
            # organisation; "Cục ... (Bộ Thông tin và Truyền thông)" names the parent body, not an alias
            self.add("organization", i, i + n, long_form=long_form)
            return i + n
        if of_parliament(self, i, i + n):  # "Ủy ban Tài chính - Ngân sách của Quốc hội"
            self.add("organization", i, i + n + len(PARLIAMENT))
            return i + n + len(PARLIAMENT)
        pn, place = self.place_at(i + n)
        if place and self.head_named(e.pattern):
            self.add("organization", i, i + n + pn)
            if not self.credit:
                self.add("location", i + n, i + n + pn, canonical=place)
            return i + n + pn
        # "Trung ương Đảng Nhân dân Cách mạng Lào": another party's central committee
        party = self._party_named(i + n) if self.keys[i + n - 1] == _PARTY else 0
        end = party or i + n
        self.add("organization", i, end, canonical=None if party else e.canonical)
        for k in range(i + 1, end):  # "Bộ Ngoại giao Mỹ" from the table still names the country
            pn, place = self.place_at(k)
            if place and k + pn == end and place not in self.gaz.regions and not self.credit:
                self.add("location", k, k + pn, canonical=place, flags={"in_org"})
                break
        return end

    def _party_named(self, j: int) -> int:
        """End of a party's name right after "Đảng" (its capitalised words up to a country), else 0."""
        k = j
        while k < len(self.toks) and k - j < 6 and self.toks[k].is_word and self.toks[k].cap:
            pn, place = self.place_at(k)
            if place and k > j:
                return k + pn
            k += max(1, self.toks[k].tail)  # "Nhân dân", "Cộng sản": a common word's syllables go together
        return 0

    def other(self, i: int) -> int:
        """Abbreviations, short country forms in compounds, misspelt places and names."""
        t = self.toks[i]
        if t.allcaps:
            return capitals(self, i)
        if not t.cap or self.credit:
            return i + 1
        short = self.gaz.short_places.get(t.text)
        if short and self.compound(i, 1):
            self.add("location", i, i + 1, canonical=short)
            return i + 1
        fuzzy = fuzzy_place(self, t)
        if fuzzy:
            self.add("location", i, i + 1, canonical=fuzzy, flags={"fuzzy"})
            return i + 1
        return self.untitled_name(i)

    def untitled_name(self, i: int) -> int:
        """A capitalised run with no title before it: a person, a place after "tại", or nothing."""
        t = self.toks[i]
        aged = aged_name_end(self, i)
        if aged > i and not self.credit:  # "Ka Văn Dề, SN 1988": an age or a birth year follows only a person
            self.add("person", i, aged)
            return aged
        if t.sent_start and t.key in syllables() and t.text not in SURNAMES and not t.foreign \
                and not self.admin_context(i):  # "ở TP. Vinh": the dot is the abbreviation's
            return i + 1  # sentence-initial common word ("Tới", "Rời")
        j = capitalised_feature(self, i)
        if j > i:
            return j
        if "-" in t.text and self._hyphened_places(i):
            return i + 1  # "xung đột Israel-Palestine": two places written as one word
        short = self.gaz.short_places.get(t.text) or (t.text if self.place_at(i)[0] == 1 else None)
        if short and i + 1 < len(self.toks) and self.toks[i + 1].cap and self.toks[i + 1].foreign \
                and not self.toks[i + 1].allcaps:
            self.add("location", i, i + 1, canonical=short)  # "người đồng cấp ... Nhật Itsunori Onodera": the
            if _INITIAL_NAME.match(self.toks[i + 1].text):  # country, then its minister's foreign name (never a
                j, _ = name_run(self, i + 1)  # syllable of that name); "Đức A.Méc-ken": an initial and a
                self.add("person", i + 1, max(j, i + 2))  # transliterated family name is a person's
                return max(j, i + 2)
            return i + 1
        if i and self.keys[i - 1] == _PARTY and not self.toks[i - 1].cap:
            return self._party(i)
        if self.thing_before(i):
            j, _ = name_run(self, i)
            return max(j, i + 1)  # "cầu Bắc Luân II", "tàu Hải Cảnh": a named thing, not a person
        if i >= 2 and self.keys[i - 2:i] == ["dân", "tộc"]:
            j, _ = name_run(self, i)  # "dân tộc Hà Nhì": a people, nowhere in the article a person
            self.add("ethnic", i, max(j, i + 1))
            return max(j, i + 1)
        wl = word_len(self.toks, i)
        if wl and (head := self._head_before(i, _LOWER_INSTITUTIONS)):
            return self._lower_institution(i, head)  # "học viện Ngoại giao": a common word names the school
        if wl:
            return i + wl
        if self.admin_context(i):  # "thành phố Thủ Đức", "tỉnh Quảng Nam", "sông Ka Long"
            return admin_place(self, i)
        if self.direction(i):  # "phía Bắc Luzon": the north of a place
            return direction_place(self, i)
        j, parts = name_run(self, i)
        j, parts = self._before_head(i, j, parts)
        if j == i:
            return i + 1
        if ADMIN_GLUED_RE.match(parts[0]):
            bare = ADMIN_GLUED_RE.sub("", self.span(i, j).strip())  # "TP.Đà Nẵng" is Đà Nẵng, named bare
            numbered = bare[:1].isdigit()  # "Q.9": a numbered district keeps its prefix
            self.add("location", i, j, canonical=None if numbered else bare[:1].upper() + bare[1:],
                     flags=set() if numbered else {"bare"})
        elif t.foreign and (squashed := self.squashed_place(i))[0] == j - i:  # "Arập Xêút": another spelling
            self.add("location", i, j, canonical=squashed[1])  # of a known place, kept as written
        elif len(parts) > 1 and parts[-1].casefold() in _ADDRESS_WORDS:
            self.add("location", i, j)  # "Al-Nuzha District", "Nguyen Hue Street": an address's street or district
        elif head := self.institution_before(i):  # "đại học Dongkuk": the lowercase head is part of the name
            name = self.span(i - head, j).strip()
            self.add("organization", i - head, j, canonical=name[:1].upper() + name[1:])
        elif self.media_context(i) or (self.company_context(i) and (t.foreign or t.allcaps)):
            k = i + _trailing_person(parts)  # "tập đoàn Thuận Phát Nguyễn Văn A": the firm, then its head
            if k == j and t.foreign:
                j = k = self._joined_name_end(j)  # "báo Times of India"
            if k == j and self.media_context(i) and (n := self._paper_suffix(j)):
                j = k = j + n  # "tờ Vượng báo", "Hoàn Cầu thời báo": a Chinese paper's name ends in "báo"
            self.add("organization", i, k)  # "báo Thanh Niên", "hãng Boeing", "công ty hóa dầu Yeochun NCC"
            if k < j:
                self.add("person", k, j)
        elif self.place_context(i) and parts[0] not in SURNAMES and (len(parts) > 1 or t.foreign) \
                and not names_a_thing(parts) and not _milestone(self.toks, i, j):
            # "ở Champions League": an event, not a place; "tại Km 1757+900": a road's milestone
            self.add("location", i, j)
        elif i >= 2 and self.toks[i - 1].dash and self._place_ending_at(i - 2) and parts[0] not in SURNAMES \
                and not title_before_place(self, i - 2):
            self.add("location", i, j)  # "tuyến đường Viêng Chăn - Vũng Áng": the other end of a route
        elif len(parts) == 1 and i in self.abbr_long and not self.abbr_long[i][1]:
            self.add("organization", i, j)  # "... (KoCham)": the body's short name, named apart as written
        elif listed_place(self, i, j, parts):
            self.add("location", i, j)  # "xã Tà Tổng, Mù Cả…", "(22 tuổi, Krông Buk, Đắk Lắk)"
        elif self.address_before(i):
            self.add("location", i, j)  # "hẻm 123 Nguyễn Trãi", "kiệt 4 Lê Lợi": a street named after a person
            j = self._address_ward(j)
        elif t.foreign and not names_a_thing(parts) and (len(parts) == 1 and self.listed_with_org(i, j)
                                                          or self.firms_listed(i)):
            j = self._joined_name_end(j)
            self.add("organization", i, j)  # "Goertek, Foxconn và Amkor": a firm listed with firms
        elif parts[-1] in self.gaz.org_suffixes and len(parts) > 1:
            self.add("organization", i, j, long_form=self.abbr_long.get(i, (None, False))[0])
        elif person_ok(parts) and (not names_a_thing(parts) or person_cue(self, i, j)):
            # "Kindle Fire", "Standard Oil", "Miss Universe": a thing, unless a person's context
            self._foreign_person(i, j, parts)
        elif len(parts) == 1:
            strong = t.foreign and speaks_after(self, j)  # "Như Bezos nói": a person though named no fuller
            self.add("person", i, j, flags=set() if strong else {"weak"})
        return j

    def _party(self, i: int) -> int:
        """A party named after a lowercase "đảng" ("đảng Cộng hòa", "đảng Tự do Dân chủ Nhật Bản"): its
        capitalised words (with the lowercase rest of a common word: "Cộng hòa") up to a person's name."""
        toks, j = self.toks, i
        while j < len(toks) and j - i < _MAX_KIND_WORDS + 2 and toks[j].is_word and toks[j].cap \
                and (j == i or not known_name_start([toks[j].text])):
            j += max(1, word_len(toks, j))
        self.add("organization", i - 1, j)
        return j

    def _paper_suffix(self, j: int) -> int:
        """Length of a lowercase "báo", "nhật báo", "thời báo" right after a paper's name ending at j, else 0."""
        for n in (2, 1):
            if tuple(self.keys[j:j + n]) in _PAPER_SUFFIXES and not self.toks[j].cap:
                return n
        return 0

    def _hyphened_places(self, i: int) -> bool:
        """Token i joins two known places with a hyphen ("Israel-Palestine"): both added; False otherwise."""
        t = self.toks[i]
        sides = t.text.split("-")
        if len(sides) != 2:
            return False
        found = []
        for side in sides:
            e = next((e for e in self.gaz.entries.get((token_key(side),), []) if e.kind == "location"), None)
            if e is None or not side[:1].isupper():
                return False
            found.append((side, e.canonical))
        for side, canonical in found:
            m = self.add("location", i, i + 1, canonical=canonical)
            m.text = side
        return True

    def _foreign_person(self, i: int, j: int, parts: list[str]) -> None:
        """A full name with no title: a person when it is Vietnamese, opens with a known given name or has a
        person's cue; else a firm after a firm's word or listed with firms ("chuỗi Burger King", "KFC và
        Pizza Hut"); else a person only if the article names it so elsewhere ("unsure": "ông Pomeroy")."""
        if is_vietnamese_name(parts) or known_name_start(parts) or person_context(self, i, j) \
                or listed_with_person(self, i, j):
            self.add("person", i, j)
        elif firm_context(self, i) or self.listed_with_org(i, j):
            self.add("organization", i, j)
        else:
            self.add("person", i, j, flags={"unsure"})

    def _credit_follows(self, i: int) -> bool:
        """"Ảnh:" at i opens a credit, unless after "Trong" or before a title or honorific: then the caption
        itself follows ("Trong ảnh: Chủ tịch nước ...", "Ảnh: Ông A phát biểu ...")."""
        if i and self.keys[i - 1] == "trong":
            return False
        if i + 2 < len(self.toks):
            _, e = self.entry(i + 2)
            return e is None or e.kind not in TITLE_KINDS
        return True

    def address_before(self, i: int) -> bool:
        """An alley or house number before token i, after its noun ("ngõ 5", "hẻm 12/3") or after where
        someone lives ("trú 36 Lê Lợi", "ở 49/18 Hồ Biểu Chánh"): the name is a street's."""
        k = i - 1  # "153/8" may come as three tokens
        while k >= 2 and self.toks[k - 1].text == "/" and _HOUSE_NUMBER_RE.match(self.toks[k - 2].text):
            k -= 2
        return k >= 1 and bool(_HOUSE_NUMBER_RE.match(self.toks[k].text)) \
            and (self.keys[k - 1] in _ADDRESS_NOUNS or self.keys[k - 1] in _RESIDENCE and not self.toks[k - 1].cap)

    def _lower_head_org(self, i: int) -> int:
        """An organisation whose head noun is written in lowercase before its capitalised name ("phòng Cảnh
        sát hình sự", "sở Y tế tỉnh X", "cục Thuế"): parsed as if the head were capitalised; returns its end."""
        toks = self.toks
        n = 2 if self.keys[i:i + 2] == ["chi", "cục"] else 1
        heads = [e for e in self.gaz.entries.get(tuple(self.keys[i:i + n]), []) if e.kind == "head"]
        if not heads or i + n >= len(toks) or not toks[i + n].cap or self.place_at(i + n)[1] or self.credit:
            return i
        if i and f"{self.keys[i - 1]} {self.keys[i]}" in lexicon():
            return i  # "cơ sở", "quốc phòng", "kết cục": the word ends a common word, no head
        e = heads[0]
        self.lower_head = True
        try:
            return parse_org(self, i, n, e)
        finally:
            self.lower_head = False

    def _sponsor_and_province(self, i: int) -> int:
        """End of an unknown foreign brand at i right followed by a Vietnamese province or city that ends the
        name ("Becamex Bình Dương", "Vissai Ninh Bình"; not a country: "Samsung Việt Nam"), else i."""
        toks = self.toks
        if not toks[i].foreign or toks[i].allcaps or len(toks[i].text) < 3:
            return i
        pn, place = self.place_at(i + 1)
        end = i + 1 + pn
        if not place or place in self.gaz.countries or place in self.gaz.regions or self.entry(i + 1)[0] != pn \
                or any(t.foreign for t in toks[i + 1:end]):  # a Vietnamese province or city ("Yonhap Seoul": no)
            return i
        return end if end >= len(toks) or not toks[end].cap else i

    def _address_ward(self, j: int) -> int:
        """", Phước Long (Nha Trang)" after an address's street: the ward, before its town in brackets."""
        toks, k = self.toks, j + 1
        if j >= len(toks) or toks[j].text != ",":
            return j
        while k < len(toks) and k - j <= 3 and toks[k].is_word and toks[k].cap and not toks[k].allcaps \
                and is_vietnamese_syllable(toks[k].text) and self.entry(k)[1] is None:
            k += 1
        if k > j + 1 and k < len(toks) and toks[k].text == "(":
            self.add("location", j + 1, k)
            return k
        return j

    def listed_with_org(self, i: int, j: int) -> bool:
        """Token run i..j-1 stands in a list ("A, B và C") next to an organisation."""
        toks = self.toks
        if i >= 1 and toks[i - 1].text in _LIST_JOINS and self.last_org_end == i - 1:
            # after a comma the list must go on or close ("Samsung, LG, Foxconn"), not a clause begin
            # ("Theo Bloomberg, Bezos đã ...")
            return toks[i - 1].text != "," or j >= len(toks) or toks[j].text in _LIST_JOINS | {")", ".", ";"}
        if j + 1 < len(toks) and toks[j].text in _LIST_JOINS and toks[j + 1].cap:
            _, e = self.entry(j + 1)
            return e is not None and e.kind == "organization"
        return False

    def _joined_name_end(self, j: int) -> int:
        """A foreign firm's name going on past "and", "&", "of" ("Barnes and Noble"): its end, else j."""
        toks = self.toks
        while j + 1 < len(toks) and self.keys[j] in _JOINS and toks[j + 1].cap and toks[j + 1].foreign:
            j += 2
            while j < len(toks) and toks[j].is_word and toks[j].cap and toks[j].foreign:
                j += 1
        return j

    def firms_listed(self, i: int) -> bool:
        """Token i opens a list of firms after their class noun ("các hãng như Kyocera, Nidec", "doanh nghiệp
        gồm ..."): the first item; the next ones follow it in the list (listed_with_org)."""
        k = i - 1
        if k >= 1 and self.keys[k] in _LIST_OPENERS:
            k -= 1
        elif not (k >= 1 and self.keys[k] in _COMPANY_NOUNS and self.keys[k - 1] in ("các", "những", "hãng")):
            return False  # (right after the class noun: "các hãng Kyocera, Brother")
        for start in range(k, max(-1, k - _LIST_REACH), -1):
            if self.toks[start].cap or not self.toks[start].is_word:
                return False
            if " ".join(self.keys[start:start + 2]) in _FIRM_NOUNS or self.keys[start] in _FIRM_NOUNS:
                return True
        return False

    def suffixed_name(self, i: int) -> int:
        """End of a foreign organisation's name at i: capitalised words (joined by "and", "&", "of") whose
        last is an organisation suffix ("... Services", "... Petrochemicals"); else i."""
        toks, k, end, words = self.toks, i, i, 0
        while k < len(toks) and k - i < _MAX_FOREIGN_NAME:
            t = toks[k]
            if t.is_word and t.cap and (t.foreign or t.allcaps or words):
                words += 1
                k += 1
                if words >= 2 and t.text in self.gaz.org_suffixes:
                    end = k
            elif words and t.key in _JOINS and k + 1 < len(toks) and toks[k + 1].cap:
                k += 1
            elif words and t.text == "!" and t.start == toks[k - 1].end:
                k += 1  # "Yum! Brands", "Yahoo! Japan": the mark is part of the brand
            else:
                break
        return end

    def institution_before(self, i: int) -> int:
        """Length of a lowercase university head right before token i ("đại học", "trường đại học"), else 0;
        before a foreign name, with a few lowercase nouns of its kind ("bệnh viện phẫu thuật thẩm mỹ Mingyi")."""
        n = self._head_before(i, _LOWER_INSTITUTIONS) or self._head_before(i, _NAMED_HEADS)
        if not n and i >= 2 and self.keys[i - 1] == _SCHOOL and not self.toks[i - 1].cap and not self.toks[i].foreign \
                and f"{self.keys[i - 2]} {_SCHOOL}" not in lexicon():  # not "thị trường Mỹ", "quảng trường"
            n = 1  # "trường Lê Quý Đôn" (a foreign name after it is often a short form: "trường Macalester")
        if n or not self.toks[i].foreign:
            return n
        for gap in range(1, _MAX_KIND_WORDS + 1):  # the kind's words between the head and the name
            k = i - gap
            if k < 0 or self.toks[k].cap or not self.toks[k].is_word or self.keys[k] in BLOCKERS:
                return 0
            n = self._head_before(k, _KIND_HEADS)
            if n:
                return n + gap if self._kind_words(k, i) else 0
        return 0

    def _lower_institution(self, i: int, head: int) -> int:
        """A school named by capitalised common words after its lowercase head ("học viện Ngoại giao",
        "đại học Bách khoa Hà Nội"): the organisation, named with a capital; returns its end."""
        toks, j = self.toks, i
        while j < len(toks) and j - i < _MAX_KIND_WORDS + 2 and toks[j].is_word and toks[j].cap:
            j += max(1, word_len(toks, j))
        name = self.span(i - head, j).strip()
        self.add("organization", i - head, j, canonical=name[:1].upper() + name[1:])
        return j

    def _head_before(self, k: int, heads: tuple[tuple[str, ...], ...]) -> int:
        """Length of one of the lowercase heads right before token k, else 0."""
        for head in heads:
            n = len(head)
            if k >= n and tuple(self.keys[k - n:k]) == head and not self.toks[k - n].cap:
                return n
        return 0

    def _kind_words(self, k: int, i: int) -> bool:
        """Tokens k..i-1 are content words naming a kind ("phẫu thuật thẩm mỹ"), no preposition, conjunction,
        adverb or pronoun of a sentence going on ("bệnh viện cũng cho ...")."""
        return all(tag not in _FUNCTION_TAGS for _, tag in pos_tags(self.span(k, i)))

    def company_context(self, i: int) -> bool:
        """A company noun and a few lowercase words of its trade before token i ("công ty hóa dầu",
        "hãng hàng không giá rẻ"): the foreign name after them is the firm's."""
        for k in range(i - 1, max(0, i - 1 - _MAX_TRADE_WORDS), -1):  # k: the first trade word
            t = self.toks[k]
            if not t.is_word or t.cap or self.keys[k] in BLOCKERS:
                return False
            if self.keys[k - 1] in _COMPANY_NOUNS and self.media_context(k):
                trade = pos_tags(self.span(k, i))  # nouns of a trade, not "công ty khác như ..."
                return bool(trade) and trade[0][1] == "N" and all(tag in ("N", "A") for _, tag in trade)
        return False

    def _before_head(self, i: int, j: int, parts: list[str]) -> tuple[int, list[str]]:
        """Cut a capitalised run where an organisation's head opens ("Đoàn Bộ Quốc phòng": a delegation)."""
        for k in range(i + 1, j):
            n, e = self.entry(k)
            if e is not None and e.kind in ("head", "organization") and k + 1 < len(self.toks):
                if k + n == j and n == 1 and len(parts) >= 3 and is_vietnamese_name(parts):
                    break  # "Nguyễn Đức Trường": a head syllable ending a full name is the given name
                return k, parts[:k - i]
        return j, parts

    def title_chain(self, i: int) -> int:
        """Title words, qualifiers, organisations and places, then the name they introduce."""
        return title_chain(self, i)

    def head_parse(self, j: int) -> int:
        """End of an organisation parsed from the longest head noun at j; j when none."""
        return head_parse(self, j)


def _trailing_person(parts: list[str]) -> int:
    """Where a Vietnamese full name of three or more syllables ends a firm's name run, else its length."""
    for k in range(1, len(parts) - 2):
        if is_vietnamese_name(parts[k:]):
            return k
    return len(parts)


def scan_paragraph(text: str, base: int) -> list[Mention]:
    """Mentions in one paragraph; `base` offsets their positions."""
    return Scanner(text, base).run()
