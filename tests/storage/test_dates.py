"""Date bars, glued dates, lead dates and year inference on small Vietnamese texts written for the tests."""
from __future__ import annotations

from datetime import date

import pytest

from storage.extraction import extract
from storage.extraction.dates import find_date, find_lead_date, is_date_line, parse_iso, split_glued_date
from storage.extraction.year_inference import infer_year
from storage.records import RawDocument


@pytest.mark.parametrize(("line", "iso"), [
    ("15:08 | 08/11/2019 GMT+7", "2019-11-08T15:08:00+07:00"),
    ("Thứ 4, 21/09/2011 | 14:00:39", "2011-09-21T14:00:39+07:00"),
    ("Thứ hai, 3/4/2023, 09:15 (GMT+7)", "2023-04-03T09:15:00+07:00"),
    ("THỨ BẢY, 12/3/2022 - 20:15", "2022-03-12T20:15:00+07:00"),
    ("14-02-2022 - 08:30 AM", "2022-02-14T08:30:00+07:00"),
    ("05-01-2021 - 02:10 PM", "2021-01-05T14:10:00+07:00"),
    ("Ngày đăng : 10:20, 17/06/2018", "2018-06-17T10:20:00+07:00"),
    ("Cập nhật lúc 08:00 ngày 12/08/2024", "2024-08-12T08:00:00+07:00"),
    ("ngày 12 tháng 8 năm 2024", "2024-08-12"),
    ("Chủ nhật, 7/1/2024", "2024-01-07"),
])
def test_date_bar_forms(line: str, iso: str) -> None:
    assert is_date_line(line)
    assert find_date(line).iso == iso


def test_day_comes_before_month() -> None:
    assert find_date("03/04/2023 10:00").iso.startswith("2023-04-03")
    assert find_date("31/12/2020").iso == "2020-12-31"
    assert find_date("12/31/2020") is None  # no month 31


def test_prose_with_a_date_is_not_a_date_bar() -> None:
    assert not is_date_line("Ngày 12/8/2024, hội nghị tổng kết công tác năm được tổ chức tại Hà Nội.")


def test_pm_after_24h_time_is_kept() -> None:
    assert find_date("11.04.2025 | 16:43 PM").iso == "2025-04-11T16:43:00+07:00"


@pytest.mark.parametrize(("line", "title", "iso"), [
    ("Xuất khẩu gạo tăng mạnh trong quý đầu năm15:30 | 05/02/2024", "Xuất khẩu gạo tăng mạnh trong quý đầu năm",
     "2024-02-05T15:30:00+07:00"),
    ("Thứ hai, 3/4/2023, 09:15 (GMT+7)Khởi công cây cầu mới bắc qua sông lớn", "Khởi công cây cầu mới bắc qua sông lớn",
     "2023-04-03T09:15:00+07:00"),
])
def test_date_glued_to_title_is_split(line: str, title: str, iso: str) -> None:
    rest, found = split_glued_date(line)
    assert rest == title
    assert found.iso == iso


def test_title_without_date_is_left_alone() -> None:
    line = "Hai nước ký kết thỏa thuận hợp tác mới"
    assert split_glued_date(line) == (line, None)


def test_iso_meta_keeps_offset_and_date_only() -> None:
    assert parse_iso("2024-08-12T10:00:00+07:00").iso == "2024-08-12T10:00:00+07:00"
    assert parse_iso("2024-08-12").iso == "2024-08-12"
    assert parse_iso("2024-08-12T03:00:00Z").iso == "2024-08-12T03:00:00+00:00"


@pytest.mark.parametrize(("paragraphs", "day", "month"), [
    (["TGVN. Ngày 23/9, đoàn đại biểu đã tới thăm nhà máy."], 23, 9),
    (["(VOV) - Chiều 28/5, hội nghị khai mạc tại thủ đô."], 28, 5),
    (["Sáng nay (8/5), lãnh đạo hai bên hội đàm."], 8, 5),
    (["QĐND - Ngày 15-5, đoàn công tác đã đến thăm đơn vị."], 15, 5),
    (["Hai bên nhất trí tăng cường hợp tác.", "Tối 14/2, buổi hòa nhạc diễn ra tại nhà hát lớn."], 14, 2),
])
def test_lead_date_forms(paragraphs: list[str], day: int, month: int) -> None:
    found = find_lead_date(paragraphs)
    assert (found.day, found.month, found.year) == (day, month, None)


def test_lead_date_with_year() -> None:
    assert find_lead_date(["Ngày 2/9/2015, lễ kỷ niệm được tổ chức trọng thể."]).year == 2015


def test_no_lead_date() -> None:
    assert find_lead_date(["Hai bên nhất trí tăng cường hợp tác trên nhiều lĩnh vực."]) is None
    assert find_lead_date(["Trong hai ngày 1-2/5, hội nghị diễn ra tại thủ đô."]) is None


TODAY = date(2026, 6, 1)


def test_year_from_explicit_current_year_beats_older_mentions() -> None:
    text = ["Hai bên điểm lại các hoạt động đã diễn ra trong năm 2016.",
            "Biên bản ghi nhớ được ký năm 2012 vẫn là nền tảng hợp tác."]
    assert infer_year(text, 10, 6, TODAY).year == 2016


def test_since_year_is_only_a_lower_bound() -> None:
    text = ["Cơ chế này được thiết lập từ năm 2009.", "Đây là lần thứ tư đối thoại diễn ra trong năm 2015."]
    assert infer_year(text, 1, 3, TODAY).year == 2015
    assert infer_year(["Cơ chế này được thiết lập từ năm 2009."], 1, 3, TODAY).year == 2009


def test_equal_mentions_prefer_the_later_year() -> None:
    text = ["Nhà máy được xây dựng năm 2015.", "Sản lượng năm 2018 đạt mức kỷ lục."]
    assert infer_year(text, 3, 3, TODAY).year == 2018


def test_future_targets_weigh_little() -> None:
    text = ["Mục tiêu đến năm 2030 là tăng gấp đôi kim ngạch.", "Hai bên đánh giá kết quả trong năm 2022."]
    assert infer_year(text, 5, 7, TODAY).year == 2022


def test_anniversary_of_diplomatic_relations() -> None:
    text = ["Quan hệ Việt Nam - Nhật Bản phát triển mạnh trong năm hai nước kỷ niệm 50 năm thiết lập "
            "quan hệ ngoại giao."]
    assert infer_year(text, 21, 9, TODAY).year == 2023


def test_anniversary_with_range_in_brackets() -> None:
    text = ["Nhân kỷ niệm 30 năm ngày thiết lập quan hệ ngoại giao (1992-2022), hai bên tổ chức nhiều sự kiện."]
    assert infer_year(text, 10, 12, TODAY).year == 2022


def test_officeholder_second_term_and_recent_takeover() -> None:
    text = ["Đây là cuộc gặp đầu tiên kể từ khi Tổng thống Mỹ Donald Trump nhậm chức nhiệm kỳ hai hồi tháng 1 vừa qua."]
    assert infer_year(text, 20, 4, TODAY).year == 2025


def test_officeholder_term_limits_the_year() -> None:
    text = ["Bộ trưởng Quốc phòng Mỹ Chuck Hagel đã có cuộc gặp với người đồng cấp."]
    assert infer_year(text, 1, 6, TODAY).year in (2013, 2014)
    # The term ran from 27 February 2013 to 17 February 2015: only 2014 holds a 20 February.
    assert infer_year(text, 20, 2, TODAY).year == 2014


def test_former_officeholder_is_no_evidence() -> None:
    assert infer_year(["Cựu Tổng thống Barack Obama phát biểu tại hội thảo."], 1, 6, TODAY).year is None


def test_no_evidence_gives_no_year() -> None:
    assert infer_year(["Hai bên trao đổi về hợp tác kinh tế và văn hóa."], 1, 6, TODAY).year is None


def _doc(text: str) -> RawDocument:
    return RawDocument(path="bai.txt", text=text, raw=text.encode(), encoding="utf-8", kind="text")


def test_pipeline_infers_year_and_flags_review_but_ignores_related_lists() -> None:
    text = "\n".join([
        "Hai bộ trưởng hội đàm về hợp tác thương mại song phương",
        "Ngày 14/3, hai bộ trưởng đã hội đàm tại Hà Nội về các biện pháp thúc đẩy thương mại song phương.",
        "Hai bên đánh giá cao kết quả hợp tác đạt được trong năm 2017 và cam kết duy trì đà tăng trưởng.",
        "Tin liên quan",
        "Hội chợ thương mại quốc tế khai mạc năm 2024",
        "Hội chợ thương mại quốc tế khai mạc năm 2024",
        "Trong năm 2024, hội chợ thu hút hàng nghìn doanh nghiệp trong năm 2024...",
    ])
    article = extract(_doc(text))
    assert article.published == "2017-03-14"
    assert article.date_precision == "inferred"
    assert article.origins["published"] == "inferred"
    assert "published" in article.needs_review


def test_pipeline_exact_date_from_header_not_from_lists() -> None:
    text = "\n".join([
        "Trang chủ",
        "Thứ 6, 15/03/2019 | 09:40:12",
        "Tỉnh tổ chức hội nghị xúc tiến đầu tư vào khu kinh tế ven biển",
        "Sáng nay, hội nghị xúc tiến đầu tư thu hút hơn ba trăm doanh nghiệp trong và ngoài nước tham dự.",
        "Nhiều dự án lớn đã được trao giấy chứng nhận đầu tư ngay tại hội nghị, tổng vốn hàng nghìn tỷ đồng.",
        "Tin cùng chuyên mục",
        "- Khánh thành nhà máy nước sạch mới 20.01.2025 | 19:16 PM",
    ])
    article = extract(_doc(text))
    assert article.published == "2019-03-15T09:40:12+07:00"
    assert article.date_precision == "exact"
    assert "published" not in article.needs_review


def test_pipeline_prefers_the_date_next_to_the_title_over_the_site_today_bar() -> None:
    text = "\n".join([
        "Thứ Hai, 23/11/2026",
        "Trang chủ",
        "Kinh tế",
        "Ngân hàng giảm lãi suất cho vay hỗ trợ doanh nghiệp nhỏ",
        "08:15 | 14/02/2022",
        "Nhiều ngân hàng thương mại vừa công bố giảm lãi suất cho vay đối với doanh nghiệp nhỏ và vừa.",
        "Mức giảm phổ biến từ nửa điểm đến một điểm phần trăm, áp dụng cho các khoản vay mới trong năm.",
    ])
    assert extract(_doc(text)).published == "2022-02-14T08:15:00+07:00"


def test_pipeline_unknown_date() -> None:
    text = ("Người dân vùng cao đón mùa lúa chín vàng trên ruộng bậc thang\n"
            "Những thửa ruộng bậc thang đã chuyển sang màu vàng óng, thu hút đông đảo du khách tới chụp ảnh.\n")
    article = extract(_doc(text))
    assert article.published is None
    assert article.date_precision == "unknown"
    assert "published" in article.needs_review


def test_full_dates_and_month_years_in_the_body_are_past_events() -> None:
    text = ["Ông nhậm chức ngày 18/6/2019 và từng giữ cương vị này từ tháng 11/2017.",
            "Kế hoạch đặt mục tiêu đến năm 2030."]
    guess = infer_year(text, 8, 11, TODAY)
    assert guess.year == 2019
    assert "full-date:2019" in guess.reasons


def test_numbers_with_slashes_are_not_years() -> None:
    assert infer_year(["Trung đoàn 8/Sư đoàn 395/2019 tham gia diễn tập."], 1, 6, TODAY).year is None


def test_event_earlier_in_the_year_than_a_dated_start_falls_in_the_next_year() -> None:
    text = ["Đây là lần đầu bà Lan tới thăm tỉnh, kể từ khi nhận nhiệm vụ mới vào tháng 10/2021."]
    assert infer_year(text, 15, 3, today=date(2026, 1, 1)).year == 2022
    assert infer_year(text, 20, 11, today=date(2026, 1, 1)).year == 2021


def test_a_planned_month_is_no_start() -> None:
    text = ["Công trình dự kiến hoàn thành vào tháng 12/2021 theo kế hoạch của thành phố."]
    assert infer_year(text, 15, 3, today=date(2026, 1, 1)).year == 2021


def test_labelled_footer_date_beats_the_lead_day_and_month() -> None:
    text = "\n".join([
        "Trang chủ",
        "Hai tỉnh biên giới ký kết kế hoạch tuần tra chung năm mới",
        "Chiều 4/2, lực lượng chức năng hai tỉnh đã ký kế hoạch tuần tra chung trên tuyến biên giới đất liền.",
        "Theo kế hoạch, mỗi quý hai bên sẽ tổ chức ít nhất một đợt tuần tra và trao đổi thông tin thường xuyên.",
        "Đỗ Khánh Linh",
        "Ngày đăng: 08:05 05/02/2021",
        "Tin khác",
        "Khai trương chợ biên giới mới (Ngày đăng: 01/01/2021)",
    ])
    article = extract(_doc(text))
    assert article.published == "2021-02-05T08:05:00+07:00"
    assert article.date_precision == "exact" and "published" not in article.needs_review


def test_labelled_date_inside_a_related_list_is_not_the_article_date() -> None:
    text = "\n".join([
        "Hai tỉnh biên giới ký kết kế hoạch tuần tra chung năm mới",
        "Chiều 4/2/2021, lực lượng chức năng hai tỉnh đã ký kế hoạch tuần tra chung trên tuyến biên giới.",
        "Theo kế hoạch, mỗi quý hai bên sẽ tổ chức ít nhất một đợt tuần tra và trao đổi thông tin thường xuyên.",
        "Tin liên quan",
        "Cập nhật: 09:00 10/10/2019",
    ])
    assert extract(_doc(text)).published == "2021-02-04"


def test_this_year_range_gives_its_end_year() -> None:
    text = ["Sáng 6/9, hội đồng hương tổ chức gặp mặt các thành viên.",
            "Năm nay hội tròn 15 tuổi, chặng đường phát triển (2009-2024) với nhiều dấu ấn đáng nhớ."]
    guess = infer_year(text, 6, 9, today=date(2025, 6, 1))
    assert guess.year == 2024
    assert "current:2024" in guess.reasons and "range-start:2009" not in guess.reasons


def test_range_in_another_sentence_than_this_year_is_a_plain_range() -> None:
    text = ["Năm nay đơn vị đón nhiều tân binh. Giai đoạn (2009-2024) ghi nhận nhiều đổi mới."]
    guess = infer_year(text, 6, 9, today=date(2025, 6, 1))
    assert "current:2024" not in guess.reasons and "range-start:2009" in guess.reasons


def test_anniversary_country_named_in_an_earlier_sentence() -> None:
    text = ["Sáng 4/9, hai đoàn công tác của Việt Nam và Campuchia gặp nhau tại cửa khẩu để trao đổi kế hoạch.",
            "Các đại biểu nhấn mạnh hội nghị diễn ra khi hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao."]
    assert infer_year(text, 4, 9, TODAY).year == 2017


def test_anniversary_alone_gives_a_flagged_inferred_date() -> None:
    page = "\n".join([
        "Hai tỉnh biên giới ký kết biên bản hợp tác phát triển thương mại",
        "Ngày 12/5, lãnh đạo hai tỉnh giáp biên của Việt Nam và Lào đã ký biên bản hợp tác về thương mại, du lịch.",
        "Theo biên bản, các bên sẽ mở thêm điểm chợ biên giới và tạo thuận lợi cho hàng hóa qua lại cửa khẩu.",
        "Sự kiện diễn ra trong năm hai nước kỷ niệm 55 năm thiết lập quan hệ ngoại giao, mang ý nghĩa đặc biệt.",
    ])
    article = extract(_doc(page))
    assert article.published is not None and article.published.startswith("2017-05-12")
    assert article.date_precision == "inferred"
    assert "published" in article.needs_review
