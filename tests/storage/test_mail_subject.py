"""An article sent by e-mail: the Subject, without its forward/reply marks, is the headline."""
from __future__ import annotations

import email.policy
from email.message import EmailMessage
from pathlib import Path

from storage.extraction import extract
from storage.extraction.mail_subject import subject_headline
from storage.readers import read_file

BODY = ("Sở Giao thông vận tải tỉnh cho biết từ tháng sau sẽ mở thêm một tuyến xe buýt điện chạy từ trung tâm ra ga.\n\n"
        "Theo kế hoạch, tuyến mới có 25 xe, mỗi chuyến cách nhau 15 phút, giá vé bằng các tuyến thường.\n\n"
        "Ông Lê Văn Bình, Phó giám đốc Sở, nói tỉnh muốn giảm khói bụi ở các trục đường lớn giờ cao điểm.\n")


def mail(tmp_path: Path, subject: str, body: str) -> Path:
    # An unfolded Subject: the stdlib's folding can drop the space between two encoded words.
    message = EmailMessage(policy=email.policy.default.clone(max_line_length=998))
    message["From"], message["To"], message["Subject"] = "Lan Phương <lan@example.vn>", "ban@example.vn", subject
    message.set_content(body)
    path = tmp_path / "bai.eml"
    path.write_bytes(bytes(message))
    return path


def test_a_forwarded_article_takes_its_subject_as_headline(tmp_path):
    article = extract(read_file(mail(tmp_path, "Fwd: TV: Tỉnh mở thêm tuyến xe buýt điện ra ga", BODY)))
    assert article.title == "Tỉnh mở thêm tuyến xe buýt điện ra ga"
    assert article.origins["title"] == "file"
    assert article.body[0].startswith("Sở Giao thông vận tải tỉnh")  # the first paragraph stays body


def test_the_headline_printed_in_the_mail_is_the_title_and_not_body(tmp_path):
    body = "Chị xem bài này nhé.\n\nTỉnh mở thêm tuyến xe buýt điện ra ga\n\n" + BODY
    article = extract(read_file(mail(tmp_path, "Re: [ban-tin] tỉnh mở thêm tuyến xe buýt điện ra ga", body)))
    assert article.title == "Tỉnh mở thêm tuyến xe buýt điện ra ga"  # as the body prints it
    assert "Tỉnh mở thêm tuyến xe buýt điện ra ga" not in article.body


def test_a_short_subject_names_the_mailing_not_the_article(tmp_path):
    article = extract(read_file(mail(tmp_path, "Bài hay", BODY)))
    assert article.title != "Bài hay"
    assert subject_headline("Fwd: Tin sáng", BODY) is None
