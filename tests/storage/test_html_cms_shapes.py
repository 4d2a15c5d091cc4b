"""Saved pages in the shapes of several Vietnamese CMS families (issue #8), written in our own words.

Each page is read as a browser-saved HTML file; the structure (metadata, container classes, sapo and author
elements) is what the extractor may lean on, not the wording of one site.
"""
from __future__ import annotations

from storage.extraction import extract
from storage.readers.html import html_document

TITLE = "Thị xã ven biển khánh thành cây cầu nối hai bờ cửa sông sau ba năm thi công"
SAPO = ("Cây cầu dài gần một ki-lô-mét được thông xe sáng nay, rút ngắn quãng đường giữa hai phường ven biển "
        "từ hơn hai mươi cây số xuống còn chưa tới ba cây số.")
PARAS = [
    "Theo ban quản lý dự án, công trình có bốn làn xe cơ giới và hai làn dành cho người đi bộ, được thiết kế "
    "để chịu được gió bão cấp mười hai.",
    "Trước đây, người dân hai bờ phải đi đò hoặc vòng qua quốc lộ, nhất là học sinh thường mất gần một giờ "
    "mỗi buổi sáng để tới trường.",
    "Chính quyền địa phương cho biết sẽ trồng thêm cây xanh và lắp đèn chiếu sáng dọc hai đầu cầu trong "
    "những tháng cuối năm nay.",
]
WRITER = "Quỳnh Mai"
OTHERS = ["Mùa cá cơm về, ngư dân làng biển trúng đậm", "Tuyến đường ven biển mới được đưa vào sử dụng",
          "Chợ hải sản đêm thu hút du khách dịp cuối tuần"]
MENU = "<header><ul class='menu'><li><a>Trang chủ</a></li><li><a>Thời sự</a></li><li><a>Kinh tế</a></li></ul></header>"
FOOTER = "<footer><p>Giấy phép hoạt động báo điện tử số 01/GP-BTTTT.</p></footer>"


def _paras() -> str:
    return "".join(f"<p>{p}</p>" for p in PARAS)


def _others(cls: str, header: str) -> str:
    return f"<div class='{cls}'><h3>{header}</h3><ul>" + "".join(f"<li><a>{o}</a></li>" for o in OTHERS) + "</ul></div>"


def _read(head: str, body: str):
    html = (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>{head}"
            "<meta property='article:published_time' content='2026-03-02T08:00:00+07:00'></head>"
            f"<body>{MENU}{body}{FOOTER}</body></html>").encode()
    return extract(html_document("trang.html", html, raw=html))


def _head(site: str, og_title: str | None = TITLE, description: str = "") -> str:
    head = f"<title>{TITLE} - {site}</title><meta property='og:site_name' content='{site}'>"
    if og_title:
        head += f"<meta property='og:title' content='{og_title}'>"
    if description:
        head += f"<meta name='description' content='{description}'>"
    return head


def _own(article) -> list[str]:
    return [b.text for b in article.blocks if b.role == "body"]


def test_a_logo_h1_gives_way_to_the_headline_the_page_declares_and_prints() -> None:
    body = (f"<h1 class='logo'><a>Báo Duyên Hải điện tử</a></h1><div class='main-article'>"
            f"<h2 class='article-title'>{TITLE}</h2><p class='lead'>{SAPO}</p>"
            f"<div class='article-content'>{_paras()}<p style='text-align:right'><strong>{WRITER}</strong></p></div></div>")
    article = _read(_head("Báo Duyên Hải"), body)
    assert article.title == TITLE
    assert _own(article) == [SAPO, *PARAS]
    assert article.author == WRITER


def test_an_h1_in_another_articles_box_is_not_the_headline_and_the_sapo_under_the_real_one_opens_the_body() -> None:
    body = (f"<div class='wrap'><h2 class='title'>{TITLE}</h2><div class='sapo'>{SAPO}</div>"
            f"<div class='article-content'>{_paras()}<p><b>{WRITER}</b></p></div>"
            f"<div class='box-category'><h1><a>Giá vé tàu cao tốc ra đảo điều chỉnh từ tháng sau</a></h1></div></div>")
    article = _read(_head("Báo Duyên Hải"), body)
    assert article.title == TITLE
    assert _own(article) == [SAPO, *PARAS]


def test_an_h1_that_words_the_headline_differently_from_an_seo_title_is_kept() -> None:
    body = (f"<div class='wrap'><h1>{TITLE}</h1><div class='sapo'>{SAPO}</div>"
            f"<div class='article-content'>{_paras()}</div></div>")
    article = _read(_head("Báo Duyên Hải", og_title="Khánh thành cầu cửa sông nối hai phường"), body)
    assert article.title == TITLE


def test_a_sapo_marked_by_its_class_outside_the_article_element_is_the_first_paragraph() -> None:
    """No page description repeats it and it carries no outlet tag: only the markup says it is the sapo."""
    for sapo in (f"<h2 class='sapo'>{SAPO}</h2>", f"<div class='article-lead'><p>{SAPO}</p></div>",
                 f"<p class='description'>{SAPO}</p>"):
        body = f"<div class='wrap'><h1>{TITLE}</h1>{sapo}<div class='article-content'>{_paras()}</div></div>"
        article = _read(_head("Báo Duyên Hải", description="Cầu mới nối đôi bờ"), body)
        assert _own(article) == [SAPO, *PARAS], sapo


def test_teasers_of_other_articles_above_the_headline_are_not_its_sapo() -> None:
    teaser = ("Những chuyến xe khách giường nằm đầu tiên đã xuất bến sáng nay sau nhiều tháng chờ giấy phép "
              "mới của sở giao thông.")
    body = (f"<div class='hot-news'><h3><a>Xe khách giường nằm chạy lại</a></h3><p class='sapo'>{teaser}</p></div>"
            f"<div class='wrap'><h1>{TITLE}</h1><div class='article-content'>{_paras()}</div></div>")
    article = _read(_head("Báo Duyên Hải"), body)
    assert _own(article) == PARAS


def test_a_knc_content_container_keeps_its_caption_and_yields_its_closing_byline() -> None:
    caption = "Cây cầu nhìn từ phía bờ nam trong ngày thông xe. Ảnh: Hải Đăng"
    body = (f"<div class='kbwc-body'><h1 class='kbwc-title'>{TITLE}</h1><h2 class='knc-sapo'>{SAPO}</h2>"
            f"<div class='knc-content'>{_paras()}<div class='VCSortableInPreviewMode'><img src='a.jpg'>"
            f"<div class='PhotoCMS_Caption'>{caption}</div></div><p class='author'>{WRITER}</p></div>"
            f"{_others('knc-relate-wrapper', 'Tin cùng chuyên mục')}</div>")
    article = _read(_head("Kinh tế Mới"), body)
    assert _own(article) == [SAPO, *PARAS]
    assert caption in article.body
    assert article.author == WRITER


def test_the_author_element_of_the_markup_names_the_writer_when_the_text_does_not() -> None:
    shapes = [
        f"<div class='author-time'><span class='author'>{WRITER}</span><span class='time'>02/03/2026 08:00</span></div>",
        f"<div class='meta-line'>Tác giả: <a rel='author' href='/tac-gia/quynh-mai'>{WRITER}</a> | Biên tập: Hải Yến</div>",
        f"<div class='info-bar'><span class='author'>{WRITER}</span> <span class='views'>1.234 lượt xem</span></div>",
        f"<div class='article-byline'><span>Bài viết:</span> <strong>{WRITER}</strong></div>",
    ]
    for shape in shapes:
        body = f"<div class='wrap'><h1>{TITLE}</h1>{shape}<div class='article-content'>{_paras()}</div></div>"
        article = _read(_head("Báo Duyên Hải"), body)
        assert article.author == WRITER, shape
        assert _own(article) == PARAS, shape


def test_commenters_and_other_articles_writers_are_not_the_author() -> None:
    body = (f"<div class='wrap'><h1>{TITLE}</h1><div class='article-content'>{_paras()}</div>"
            f"<div class='box-related'><div class='item'><a>{OTHERS[0]}</a><span class='author'>Lê Văn Tâm</span></div></div>"
            f"<div class='comment-list'><div class='comment-item'><span class='author-name'>Trần Thị Hoa</span>"
            f"<p>Mong cầu sớm có thêm đèn chiếu sáng.</p></div></div></div>")
    article = _read(_head("Báo Duyên Hải"), body)
    assert article.author is None


def test_an_outlet_named_in_the_author_element_is_not_the_author() -> None:
    body = (f"<div class='wrap'><h1>{TITLE}</h1><div class='author'>Báo Duyên Hải</div>"
            f"<div class='article-content'>{_paras()}</div></div>")
    article = _read(_head("Báo Duyên Hải"), body)
    assert article.author is None


def test_a_signature_with_its_staff_role_closes_the_article() -> None:
    body = (f"<div class='wrap'><h1>{TITLE}</h1><div class='article-content'>{_paras()}"
            f"<p style='text-align:right'><strong>{WRITER} - PV</strong></p></div></div>")
    article = _read(_head("Báo Duyên Hải"), body)
    assert article.author == WRITER
    assert _own(article) == PARAS


def test_an_author_meta_holding_the_cms_role_gives_way_to_the_printed_signature() -> None:
    body = (f"<div class='wrap'><h1>{TITLE}</h1><div class='article-content'>{_paras()}"
            f"<p style='text-align:right'><strong>{WRITER}</strong></p></div></div>")
    for role in ("Biên tập viên", "Quản trị viên", "admin", "PV"):
        article = _read(_head("Báo Duyên Hải") + f"<meta name='author' content='{role}'>", body)
        assert article.author == WRITER, role


def test_an_author_meta_in_capitals_is_spelled_as_a_signature_is() -> None:
    body = f"<div class='wrap'><h1>{TITLE}</h1><div class='article-content'>{_paras()}</div></div>"
    article = _read(_head("Báo Duyên Hải") + f"<meta name='author' content='{WRITER.upper()}'>", body)
    assert article.author == WRITER


def test_a_section_name_in_the_title_element_does_not_displace_the_h1() -> None:
    body = (f"<div class='wrap'><ul class='cats'><li>Thời sự</li><li>Kinh tế</li></ul><h1>{TITLE}</h1>"
            f"<div class='article-content'>{_paras()}</div></div>")
    head = "<title>Thời sự - Báo Duyên Hải</title><meta property='og:site_name' content='Báo Duyên Hải'>"
    assert _read(head, body).title == TITLE


def test_another_articles_card_set_inside_the_body_is_not_its_last_paragraph() -> None:
    card = ("<table class='article'><tr><td><a href='/mua-ca-com-ve.html'><p class='cover'></p>"
            f"<h2 class='title'>{OTHERS[0]}</h2><p class='summary'>Những ngày này, ngư dân khắp các làng chài "
            "ven biển tất bật ra khơi đánh bắt cá cơm.</p></a></td></tr></table>")
    body = (f"<div class='wrap'><h1>{TITLE}</h1>"
            f"<div class='article-content'><p>{SAPO}</p>{_paras()}{card}<p><b>{WRITER}</b></p></div></div>")
    html = (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>{_head('Báo Duyên Hải')}</head>"
            f"<body>{MENU}{body}{FOOTER}</body></html>").encode()
    assert html_document("trang.html", html, raw=html).paragraphs == [SAPO, *PARAS, WRITER]


def test_a_link_inside_a_paragraph_keeps_its_words() -> None:
    linked = ("Người dân có thể xem lộ trình các tuyến xe buýt mới trên <a href='/xe-buyt.html'>trang của sở "
              "giao thông</a> trước khi cầu thông xe hoàn toàn vào tháng sau.")
    body = (f"<div class='wrap'><h1>{TITLE}</h1>"
            f"<div class='article-content'><p>{SAPO}</p>{_paras()}<p>{linked}</p></div></div>")
    article = _read(_head("Báo Duyên Hải"), body)
    assert _own(article)[-1].endswith("vào tháng sau.") and "trang của sở giao thông" in _own(article)[-1]
