"""The cheap tests run before a line's regexes answer as the regexes alone would."""
from __future__ import annotations

import re
import sys

from storage.extraction import noise
from storage.extraction.bylines import VIEWS_TAIL_ENDS, VIEWS_TAIL_RE, has_views_tail, without_views_tail
from storage.extraction.cleaning import credit_line


def _case_variants(letters: str) -> set[str]:
    """Every character re.I lets match one of the letters (as the regex engine folds case)."""
    pattern = re.compile(f"[{letters}]", re.I)
    return {chr(c) for c in range(sys.maxunicode + 1) if pattern.fullmatch(chr(c))}


def test_views_tail_ends_are_every_case_of_the_last_letters():
    assert VIEWS_TAIL_ENDS == _case_variants("mcws")  # xem, đọc, view, views


def test_views_tail_found_and_cut_as_by_the_regex():
    samples = ["Minh Anh 1.234 lượt xem", "Minh Anh 1.234 LƯỢT XEM  ", "Thu Hà 56 lượt đọc", "Lan Chi 3,4 Views",
               "Lan Chi 12 view\n", "Lan Chi 12 viewſ", "Ngân Hà xem", "Ngân Hà 12 lượt xem rồi", "", "   "]
    for text in samples:
        assert has_views_tail(text) == (VIEWS_TAIL_RE.search(text) is not None), text
        assert without_views_tail(text) == VIEWS_TAIL_RE.sub("", text), text
    assert without_views_tail("Minh Anh 1.234 lượt xem") == "Minh Anh"


def test_credit_line_with_reader_count():
    assert credit_line("Bài: Trần Văn Bình 1.024 lượt xem") == "byline"
    assert credit_line("Ông Bình đi bộ ra chợ mua rau, mua cá rồi về nhà nấu cơm cho cả nhà cùng ăn tối.") is None


def test_site_bar_look_ahead_covers_every_first_letter():
    plain = re.compile(noise.SITE_BAR_WORDS_RE.pattern.replace("(?=[đebrtls])", "", 1), re.I)
    assert plain.pattern != noise.SITE_BAR_WORDS_RE.pattern
    words = ["đăng nhập", "đăng ký", "đăng xuất", "đặt báo", "e-paper", "epaper", "báo in", "rss", "tài khoản",
             "liên hệ", "tìm kiếm", "english", "tiếng anh", "login", "sign in"]
    for word in words:
        for text in (f"Thứ Hai, 09/03/2026 {word}", f"Thứ Hai, 09/03/2026 {word.upper()}", f"{word.title()} | RSS",
                     f"x{word}", f"{word}x"):
            assert bool(noise.SITE_BAR_WORDS_RE.search(text)) == bool(plain.search(text)), text
            assert noise.SITE_BAR_WORDS_RE.sub(" ", text) == plain.sub(" ", text), text
    assert noise.kind_marker("Thứ Hai, 09/03/2026 Đăng nhập Đăng ký") == "navigation"


def test_kind_label_length_bound():
    # casefolding maps a character to one or more: a text longer than every label never folds into one
    assert all(len(chr(c).casefold()) >= 1 for c in range(sys.maxunicode + 1))
    assert noise.kind_marker("TƯỜNG THUẬT TRỰC TIẾP") == "kind-label"
    assert noise.kind_marker("(Quan điểm)") == "kind-label"
    assert noise.kind_marker("Quan điểm của tôi về chuyện này") is None


def test_player_controls_need_a_colon():
    assert noise.kind_marker("Phát 00:00 01:05") == "player"
    assert noise.kind_marker("Phát 0000 0105") is None


def test_scan_skips_plain_words_as_step_does():
    from storage.extraction.entities import scan
    from storage.extraction.entities.numbered import GLUED_STARTS

    assert all(start[0].isupper() for start in GLUED_STARTS)  # a lowercase word never opens one

    class EveryStep(scan.Scanner):
        def run(self):  # the loop without the skip: step() for every token
            i, end = scan.skip_outlet_prefix(self.toks), len(self.toks)
            while i < end:
                j = self.step(i)
                last = self.last_person
                i = self.apposition(j) if last is not None and last[1] == j else j
            return self.out

    paragraphs = [
        "Sáng nay, ông Lê Văn Hải, Giám đốc Sở Y tế tỉnh Nghệ An, đã đến thăm trường THPT Phan Bội Châu ở thành phố Vinh.",
        "Ảnh: Minh Quân/TTXVN. Các tuyến đường như Lê Lợi, Trần Hưng Đạo bị ngập sau cơn mưa lớn chiều qua.",
        "Theo phòng Cảnh sát giao thông Công an tỉnh Quảng Ninh, xe tải chạy trên QL18 va chạm với xe khách.",
        "Bà Nguyễn Thị Mai cho biết chi cục Thuế huyện Đông Anh sẽ làm việc với các doanh nghiệp vào tuần sau.",
        "Đoàn đại biểu Quốc hội Việt Nam do Phó Chủ tịch Quốc hội dẫn đầu thăm Lào và Campuchia.",
        # each below differs without one of the keys step() acts on (credits, numbered places, street lists)
        "Người dân dọn dẹp sau bão tại thôn 3, xã Hòa Phú (ảnh: Nguyễn Văn Nam).",
        "Các tuyến phố như Hàng Bạc, Hàng Đào, Tạ Hiện đông khách dịp cuối tuần.",
        "Chiếc xe chạy trên đường 3/2 rồi rẽ vào ấp 5, xã Tân Hòa, sau đó ra hương lộ 2.",
        "Hai xe va chạm trên ql 1A đoạn qua huyện Phù Cát, tỉnh Bình Định (nguồn: Trần Văn Phúc).",
        "Bà Lan làm ở phòng Tài chính - Kế hoạch huyện Thanh Oai (video: Lê Minh Đức).",
        "Em Hoa học tại trường THCS Nguyễn Du, còn em Bình ở khóm 4, phường 2, thị xã Duyên Hải.",
    ]
    for text in paragraphs:
        fast = scan.Scanner(text, 0).run()
        slow = EveryStep(text, 0).run()  # (mentions compare field by field)
        assert fast == slow, text
        assert fast, text


def test_markup_looked_for_as_by_the_whole_regex():
    assert noise.MARKUP_RE.pattern.endswith("|" + noise.MARKUP_START_RE.pattern)  # the one form without a mark
    samples = ["<div class='x'>", "Tin mới --> xem", "{{ title }}", "function(){ return 1 }", "  var a = 2;",
               "window.dataLayer = []", "Variable names", "Hàm số function", "Bà Lan về quê ăn Tết.", "a < b và c > d"]
    for text in samples:
        assert noise._has_markup(text) == (noise.MARKUP_RE.search(text) is not None), text


def test_glued_link_cut_only_where_its_mark_is():
    from storage.extraction.cleaning import GLUED_LINK_RE, _without_glued_link

    samples = ["Giá xăng tăng mạnh. >> Giá vàng hôm nay lại giảm sâu", "Giá xăng tăng mạnh. » Xem thêm tin khác ở đây",
               "Giá xăng tăng mạnh.", "Tỷ số 2 > 1 sau hiệp một. Trận đấu kết thúc"]
    for text in samples:
        assert _without_glued_link(text) == GLUED_LINK_RE.sub("", text), text
    assert _without_glued_link(samples[0]) == "Giá xăng tăng mạnh."


def test_caption_credit_needs_a_bracket_or_a_colon():
    from storage.extraction.captions import is_caption

    assert is_caption("Người dân chờ xe buýt dưới mưa (Ảnh: Hoàng Hà)")
    assert is_caption("Người dân chờ xe buýt dưới mưa. Ảnh: Hoàng Hà")
    assert not is_caption("Người dân chờ xe buýt dưới mưa Ảnh Hoàng Hà")


def test_drop_cap_joined_and_pages_without_one_kept():
    from storage.extraction.cleaning import _join_drop_caps

    assert _join_drop_caps(["Tiêu đề bài", "T", "rong ba ngày, mưa lớn kéo dài.", "A", "B"]) == \
        ["Tiêu đề bài", "Trong ba ngày, mưa lớn kéo dài.", "A", "B"]
    lines = ["Tiêu đề bài", "Trong ba ngày, mưa lớn kéo dài."]
    assert _join_drop_caps(lines) == lines
    assert _join_drop_caps([]) == []


def test_copyright_owners_as_by_every_pattern():
    from storage.extraction import outlets

    for letter in "quyềnr":  # the letters the lowercased line is searched for: re.I matches only their two cases
        assert _case_variants(letter) == {letter, letter.upper()}
        assert letter.upper().lower() == letter

    def every_pattern(line: str) -> list[str]:
        owners = [m.group(1) for m in outlets.COPYRIGHT_RE.finditer(line)]
        owners += [m.group(1) or m.group(2) for m in outlets.VI_COPYRIGHT_RE.finditer(line)]
        return owners + [m.group(1) for m in outlets.OWNER_FIRST_RE.finditer(line)]

    samples = ["© 2024 Báo Phố Núi. Bản quyền thuộc về Báo Phố Núi", "COPYRIGHT BY TIN NHANH PLUS", "Copyright (C) Zing",
               "Tin Sáng © 2025", "Tin Sáng (c) 2023-2025.", "BẢN QUYỀN CỦA TẠP CHÍ ĐỒNG QUÊ",
               "Trang Nhà giữ bản quyền nội dung", "Người dân góp ý về quyền lợi (ảnh minh họa)",
               "Bà Hoa nói về quyền sử dụng đất.", "Lyra và cộng sự"]
    for line in samples:
        assert outlets._copyright_owners(line) == every_pattern(line), line
    assert outlets._copyright_owners("Bản quyền thuộc về Báo Phố Núi")


def test_line_ends_read_from_the_end_as_the_regexes_read_them():
    import random

    from storage.extraction import linefeatures as lf

    assert all(bool(re.fullmatch(r"\s", chr(c))) == chr(c).isspace() for c in range(sys.maxunicode + 1))
    rng = random.Random(7)
    alphabet = list(".!?…:;'\"”’»)]/ a\n\t\u00a0") + ["Xin chào", "..."]
    texts = ["", " ", "Ông nói: \"Xong rồi.\"", "Xem tiếp...", "Xem tiếp… ", "Tin cũ /.", "Hết", "(Còn nữa)"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 9))) for _ in range(5000)]
    for text in texts:
        assert lf.ends_sentence(text) == bool(lf.SENTENCE_END_RE.search(text.rstrip())), repr(text)
        assert lf.ends_with_ellipsis(text) == bool(lf.ELLIPSIS_END_RE.search(text)), repr(text)


def test_footer_start_and_marks_find_what_one_search_finds():
    whole = re.compile(noise.FOOTER_START_RE.pattern + "|" + noise.FOOTER_ANY_RE.pattern, re.I)
    samples = ["© 2025 Báo Phố Núi", "Bản quyền thuộc về Tin Sáng", "Tổng biên tập: Lê Văn Hùng",
               "Tin Sáng - Cơ quan chủ quản: Hội Nhà Báo", "Giấy phép số 12/GP-BTTTT cấp ngày 1/1/2020",
               "Trang Nhà giữ bản quyền nội dung", "Đường dây nóng: 0900 000 000", "Vận hành bởi Công ty Sao Mai",
               "Bà Lan là tổng biên tập của tạp chí.", "Ông Nam nói về bản quyền âm nhạc.",
               "Tin Sáng. Cơ quan của Hội Nông dân", "Phát triển bởi đội ngũ trẻ và nhiều người khác nữa."]
    for text in samples:
        found = bool(noise.FOOTER_START_RE.match(text) or noise.FOOTER_ANY_RE.search(text))
        assert found == bool(whole.search(text)), text
    assert noise.classify("© 2025 Báo Phố Núi") == "footer"
