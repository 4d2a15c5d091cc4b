"""Stock-market prose (issue #8, business pages): stock codes, fund codes and market terms name no body,
exchanges named by their city give no place, securities firms named "Chứng khoán X", firms after a lowercase
head. Sentences written for these tests (real underthesea, no mocks)."""
from __future__ import annotations

from storage.extraction.entities import extract_entities


def _names(paragraphs: list[str], kind: str) -> list[str]:
    return [e.name for e in extract_entities("", paragraphs) if e.kind == kind]


def _orgs(*paragraphs: str) -> list[str]:
    return _names(list(paragraphs), "organization")


def test_codes_listed_in_market_prose_are_stocks_not_firms() -> None:
    orgs = _orgs("Cổ phiếu ngân hàng như KLM, PQR và XYZ giảm sàn, trong khi VN-Index mất 12 điểm.",
                 "Riêng KLM của Ngân hàng Phương Nam hồi phục nhẹ.")
    assert orgs == ["Ngân hàng Phương Nam"]


def test_codes_listed_outside_market_prose_stay_bodies() -> None:
    assert _orgs("Đại diện WHO, FAO và UNICEF dự hội nghị tại Hà Nội.") == ["WHO", "FAO", "UNICEF"]


def test_a_code_that_moves_or_is_traded_is_a_stock_wherever_the_article_uses_it() -> None:
    orgs = _orgs("Thị trường chứng khoán hôm nay giằng co.", "KTV tăng 3,2% lên 41.000 đồng.",
                 "Khối ngoại bán ròng HMX, còn DQL (hơn 80 tỷ đồng) được gom mạnh.", "KTV và HMX đều thuộc rổ VN30.")
    assert orgs == []


def test_initials_a_firm_is_introduced_with_stay_that_firm() -> None:
    ents = extract_entities("", ["Chứng khoán Bến Thành (BTS) nhận định thị trường sẽ tích lũy.",
                                 "Nhóm cổ phiếu chứng khoán như BTS, KLM và XYZ đều tăng."])
    orgs = [(e.name, e.aliases) for e in ents if e.kind == "organization"]
    assert orgs == [("Chứng khoán Bến Thành", ["BTS"])]


def test_a_code_in_brackets_after_a_one_word_brand_is_its_stock() -> None:
    assert _orgs("Cổ phiếu tiêu dùng hồi phục, Vinamilk (VNM) tăng mạnh nhất.") == ["Vinamilk"]


def test_a_firm_leading_in_market_share_is_a_firm() -> None:
    orgs = _orgs("Về thị phần môi giới chứng khoán, KVS tiếp tục dẫn đầu, theo sau là Công ty Chứng khoán An Phú.")
    assert orgs[0] == "KVS"


def test_securities_firm_named_after_chung_khoan() -> None:
    assert _orgs("Theo Chứng khoán Vietcombank, dòng tiền sẽ quay lại.") == ["Chứng khoán Vietcombank"]
    assert _orgs("Trước đó, Chứng khoán Sài Gòn - Hà Nội khuyến nghị thận trọng.") == ["Chứng khoán Sài Gòn - Hà Nội"]
    assert _names(["Trước đó, Chứng khoán Sài Gòn - Hà Nội khuyến nghị thận trọng."], "location") == []
    assert _orgs("Ông Lâm, Giám đốc Phân tích của Chứng khoán Kim Long, cho rằng rủi ro thấp.") == \
        ["Chứng khoán Kim Long"]


def test_a_country_market_after_chung_khoan_is_no_firm() -> None:
    assert _orgs("Chứng khoán Mỹ giảm mạnh phiên đêm qua.") == []
    assert _names(["Chứng khoán Mỹ giảm mạnh phiên đêm qua."], "location") == ["Mỹ"]


def test_an_exchange_named_by_its_city_gives_no_place() -> None:
    text = "Trên sàn TP HCM, thanh khoản giảm; sàn Hà Nội đi ngang. Ông Minh sống ở Đà Nẵng."
    assert _names([text], "location") == ["Đà Nẵng"]


def test_an_exchange_named_in_full_by_its_city_is_a_body() -> None:
    text = "Đoàn thăm Sàn giao dịch chứng khoán Osaka, rồi sàn chứng khoán Chicago. Sàn Hà Nội hôm đó giảm."
    assert _orgs(text) == ["Sàn giao dịch chứng khoán Osaka", "sàn chứng khoán Chicago"]
    assert _names([text], "location") == []


def test_market_terms_are_neither_bodies_nor_places() -> None:
    text = "Lệnh ATO và ATC giúp nhà đầu tư cổ phiếu khớp giá; chỉ báo RSI và MACD cho tín hiệu, VN-Index tăng."
    assert _orgs(text) == []
    assert _names([text], "location") == []


def test_fund_codes_after_quy_are_funds_not_managers() -> None:
    assert _orgs("Cổ phiếu chiếm tỷ trọng lớn trong quỹ ABCF của Thành Công Capital.") == ["Thành Công Capital"]


def test_a_firm_after_a_lowercase_head_keeps_the_head_and_its_bare_name_later_is_the_firm() -> None:
    ents = extract_entities("", ["Công ty con của tập đoàn Phú Cường vừa niêm yết cổ phiếu.",
                                 "Chủ tịch Phú Cường cho biết kế hoạch năm nay."])
    assert [(e.name, e.kind) for e in ents] == [("tập đoàn Phú Cường", "organization"), ("Phú Cường", "organization")]
    assert _orgs("Ông từng làm việc cho ngân hàng Đông Phong (DPB) nhiều năm.")[0] == "ngân hàng Đông Phong"


def test_a_foreign_firm_after_a_lowercase_head_is_named_bare() -> None:
    assert _orgs("Hợp đồng được ký với tập đoàn Kessler-Brandt hôm qua.") == ["Kessler-Brandt"]
    assert _orgs("Các ngân hàng Mỹ đồng loạt tăng lãi suất.") == []


def test_english_firm_suffixes_and_a_local_arm_close_the_name() -> None:
    assert _orgs("Doanh thu của Bình Minh Consumer tăng, còn Kalto Retail lỗ.") == ["Bình Minh Consumer", "Kalto Retail"]
    assert _orgs("Nhóm phân tích của Hanwol Asset Việt Nam dự báo lạc quan.") == ["Hanwol Asset Việt Nam"]
