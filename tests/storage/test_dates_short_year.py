"""Date bars with a two-digit year ("30/05/13 11:16 GMT+7"), as some outlets print them."""
from __future__ import annotations

from storage.extraction import extract
from storage.extraction.dates import find_date, is_date_line
from storage.records import RawDocument


def test_two_digit_year_with_a_time_is_a_date_bar():
    found = find_date("30/05/13 11:16 GMT+7")
    assert found is not None and found.iso == "2013-05-30T11:16:00+07:00"
    assert is_date_line("30/05/13 11:16 GMT+7")


def test_two_digit_year_without_a_time_is_not_a_date():
    # "1/2/13" alone may be a ratio or a reference number: no time of day, no date.
    assert find_date("Tỷ lệ 1/2/13 được giữ nguyên") is None


def test_short_year_date_line_is_neither_title_nor_body():
    text = ("Tỉnh Kon Tum mở thêm tuyến xe buýt liên huyện\n\n07/06/14 08:05 GMT+7\n\n"
            "Sáng 7-6, tỉnh Kon Tum đưa vào khai thác tuyến xe buýt nối thành phố với ba huyện phía bắc.\n\n"
            "Mỗi ngày tuyến có mười hai chuyến, giá vé từ mười nghìn đồng.\n")
    doc = RawDocument(path="kontum.txt", text=text, raw=text.encode("utf-8"), encoding="utf-8", kind="text")
    article = extract(doc)
    assert article.title == "Tỉnh Kon Tum mở thêm tuyến xe buýt liên huyện"
    assert (article.published or "").startswith("2014-06-07")
    assert all("GMT" not in paragraph for paragraph in article.body)
