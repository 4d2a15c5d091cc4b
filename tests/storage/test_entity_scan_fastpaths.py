"""The scan's fast paths (tokenizer passes, the run loop's punctuation skip, the capitals-headline count) give
what the plain walks they replace give: the plain walks are kept here as the reference."""
from storage.extraction.entities import tokens as tk
from storage.extraction.entities.gazetteer import load_gazetteer
from storage.extraction.entities.lexicon import lexicon
from storage.extraction.entities.scan import Scanner, skip_outlet_prefix
from storage.extraction.entities.state import ScanState

TEXTS = [
    "Ông Mark T. Esper gặp đại diện HĐBA/LHQ và KH&CN tại Hà Nội; Moon Jae-in, Ban Ki-moon cũng đến.",
    "(Ảnh: Reuters) Bộ Quốc phòng Mỹ, Trung tâm Ngoại giao - Văn hóa thông báo: ... Ngày 3/4, A-B-C.",
    "THỦ TƯỚNG THĂM TỈNH NGHỆ AN VÀ HÀ TĨNH",
    "Một câu THƯỜNG có vài chữ VIẾT HOA như ASEAN, G20, ADMM+ và Yoon Byung-Se.",
    "tp. Vinh - Q. 1, TP.HCM / Sở Y tế & Công an tỉnh. Kết thúc.",
    "a-b", "", "-", "A.", "T. Esper", "châu Á.",
    "Trường THPT Lê Lợi (Quảng Trị) - Quốc phòng, An ninh; Ngoại giao Việt Nam.",
    "Ảnh VGP/Quỳnh Hoa. Các tuyến đường như Lê Lợi, Hàm Nghi (quận 1) ngập.",
    "Đội bóng becamex Bình Dương thắng; ông Nam, bà Lan và thứ trưởng bộ Quốc phòng",
    "các quốc gia nhật bản, hợp tác quốc tế và an ninh tại tỉnh Bình Dương, Bộ Quốc phòng",
]


def _merge_reference(tokens: list[tk.Token], text: str) -> list[tk.Token]:
    out: list[tk.Token] = []
    i, count = 0, len(tokens)
    while i < count:
        t = tokens[i]
        if i + 2 >= count or tokens[i + 1].text not in tk._JOINERS:
            out.append(t)
            i += 1
            continue
        nxt, nn = tokens[i + 1], tokens[i + 2]
        if nxt.text == "." and nxt.start == t.end and len(t.text) == 1 and t.text in tk._INITIALS \
                and out and out[-1].cap and nn.cap:
            out.append(tk._tok(text, t.start, nxt.end))
            i += 2
            continue
        if nxt.start == t.end and nn.start == nxt.end and t.is_word and nn.is_word:
            glue = (nxt.text == "/" and t.allcaps and nn.allcaps) or (
                nxt.text == "&" and t.text.isupper() and nn.text.isupper() and t.text.isalpha()) or (
                nxt.text == "-" and t.text[0].isalpha() and nn.text[0].isalpha()
                and (nn.text[0].islower() or (tk._foreign(t.text) and (tk._foreign(nn.text)
                                                                        or tk._short_part(nn.text)))))
            if glue:
                tokens[i + 2] = tk._tok(text, t.start, nn.end)
                i += 2
                continue
        out.append(t)
        i += 1
    return out


def _tokenize_reference(text: str) -> list[tk.Token]:
    tokens = _merge_reference([tk._tok(text, *m.span()) for m in tk._TOKEN.finditer(text)], text)
    start = True
    for t in tokens:
        if t.is_word:
            t.sent_start, start = start, False
        elif t.text in tk._SENT_END:
            start = True
        elif t.text not in tk._OPENERS and not t.dash:
            start = False
    words = lexicon()
    for i, t in enumerate(tokens[:-1]):
        if not t.cap or not tokens[i + 1].is_word or tokens[i + 1].cap:
            continue
        keys = [t.key]
        for p in tokens[i + 1:i + 4]:
            if not (p.is_word and p.text[0].islower()):
                break
            keys.append(p.key)
        for n in range(len(keys), 1, -1):
            if " ".join(keys[:n]) in words:
                t.tail = n
                break
    return tokens


def _fields(toks: list[tk.Token]) -> list[tuple]:
    return [(t.text, t.start, t.end, t.key, t.is_word, t.cap, t.allcaps, t.sent_start, t.tail) for t in toks]


class _PlainScanner(Scanner):
    def run(self):  # every token through step(): the loop before its fast paths
        i, end = skip_outlet_prefix(self.toks), len(self.toks)
        while i < end:
            j = self.step(i)
            i = self.apposition(j)
        return self.out


def test_tokenize_matches_the_plain_passes():
    for text in TEXTS:
        assert _fields(tk.tokenize(text)) == _fields(_tokenize_reference(text)), text


def test_merge_joins_initials_and_abbreviations():
    texts = [t.text for t in tk.tokenize("Mark T. Esper, HĐBA/LHQ, KH&CN, Moon Jae-in")]
    assert "T." in texts and "HĐBA/LHQ" in texts and "KH&CN" in texts and "Jae-in" in texts


def test_lowercase_openers_are_titles_or_lowercase_names():
    gaz = load_gazetteer()
    assert {"ông", "bà"} <= gaz.lower_first  # titles match in any case
    assert "hà" in gaz.first and "hà" not in gaz.lower_first  # "Hà Nội" needs its capital


def test_capitals_headline_count():
    for text in TEXTS:
        toks = ScanState(text, 0).toks
        expected = sum(t.allcaps for t in toks) > 0.5 * max(1, sum(t.is_word for t in toks))
        assert ScanState(text, 0).caps_para == expected, text
    assert ScanState(TEXTS[2], 0).caps_para and not ScanState(TEXTS[0], 0).caps_para


def test_run_fast_paths_find_what_step_finds():
    for text in TEXTS:
        assert Scanner(text, 0).run() == _PlainScanner(text, 0).run(), text
    assert any(m.kind == "person" for m in Scanner(TEXTS[0], 0).run())


def test_tokens_found_part_by_part_are_the_patterns_matches_in_the_whole_text():
    """_split_tokens matches each space-separated part alone: the same tokens as the pattern over the text,
    whatever the spacing, the apostrophes, the underscores, the joined initials or the other blanks."""
    import random

    def reference(text):
        return [tk._tok(text, *m.span()) for m in tk._TOKEN.finditer(text)]

    pieces = ["Hà", "Nội", "H’ra", "R'Lấp", "O'Brien", "Trump's", "A.", "T.", "Y.Yun", "ADMM+", "G20", "x_y", "_",
              "a.b.c", "(", ")", "“", "”", ",", ".", "…", "’", "'", "-", "–", "/", "&", "KH&CN", "Jae-in", "1.234",
              "\u00a0", "\t", "\n", "", "đ", "Đ", "ǅ", "½", "١٢"]
    rng = random.Random(5)
    texts = TEXTS + ["  Hà  Nội ", " ", "H’ ra", "H’", "’Lấp", "A’B", "x\u00a0H’ra\tB"]
    texts += ["".join(rng.choice(pieces) + rng.choice(["", " ", " ", "  ", "\u00a0"]) for _ in range(rng.randint(0, 9)))
              for _ in range(3000)]
    for text in texts:
        tokens, joiners = tk._split_tokens(text)
        assert tokens == reference(text), repr(text)
        assert joiners == [j for j, t in enumerate(tokens) if t.text in tk._JOINERS], repr(text)
        assert _fields(tk.tokenize(text)) == _fields(_tokenize_reference(text)), repr(text)
