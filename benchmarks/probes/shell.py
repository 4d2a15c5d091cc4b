"""Page furniture for the probe pages: head metadata, menus, breadcrumbs, share bars, related lists, footers.

All wording is our own. Three shells (desktop, desktop with a left column, mobile) so a rule cannot lean on one
page frame."""
from __future__ import annotations

import html as _html
import json

STYLE = ("<style>.menu li,.share a,.crumb a,.tags a,.appbar a{display:inline-block;margin-right:6px}"
         ".menu{list-style:none}.meta span{display:inline}</style>")


def head(title: str, site: str, published: str, *, author: str | None = None, description: str | None = None,
         ld_author: str | None = None, suffix: str | None = None, amp: bool = False) -> str:
    """<head> content: <title> with the site suffix, og tags, the publication time, optional JSON-LD."""
    e = lambda s: _html.escape(s, quote=True)  # noqa: E731
    h = f"<meta charset='utf-8'><title>{e(title)}{e(suffix if suffix is not None else ' - ' + site)}</title>"
    h += f"<meta property='og:site_name' content='{e(site)}'><meta property='og:title' content='{e(title)}'>"
    if description:
        h += f"<meta name='description' content='{e(description)}'>"
    if author:
        h += f"<meta name='author' content='{e(author)}'>"
    h += f"<meta property='article:published_time' content='{published}'>"
    if ld_author is not None:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": published,
              "author": {"@type": "Person", "name": ld_author}}
        h += f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
    if amp:
        h += "<link rel='canonical' href='https://example.vn/bai-viet.html'><style amp-boilerplate>body{}</style>"
    return h + STYLE


RELATED = ["Nông dân vùng ven biển chuyển sang nuôi tôm công nghệ cao",
           "Nhiều trường đại học công bố phương án tuyển sinh mới",
           "Giá cà phê xuất khẩu lập đỉnh trong tuần qua",
           "Thành phố chi hơn nghìn tỷ đồng chỉnh trang vỉa hè"]


def related(header: str = "Tin liên quan") -> str:
    return (f"<div class='related'><h3>{header}</h3><ul>" + "".join(f"<li><a>{r}</a></li>" for r in RELATED)
            + "</ul></div>")


def share() -> str:
    return "<div class='share'><a>Chia sẻ</a><a>Facebook</a><a>Zalo</a><a>Sao chép liên kết</a></div>"


def footer(site: str) -> str:
    return (f"<footer><div class='f-logo'>{site}</div><ul class='menu'><li>Giới thiệu</li><li>Liên hệ</li>"
            "<li>Quảng cáo</li></ul><p>Cơ quan chủ quản: Hội Nhà báo tỉnh. Tổng biên tập: Lê Văn Quang</p>"
            "<p>Giấy phép hoạt động báo điện tử số 88/GP-BTTTT cấp ngày 05/04/2023.</p>"
            "<p>Tòa soạn: 25 đường Nguyễn Huệ. Điện thoại: 0236 382 1111. Email: toasoan@baomau.vn</p>"
            f"<p>© Bản quyền thuộc về {site}. Không được sao chép khi chưa có sự đồng ý bằng văn bản.</p></footer>")


def shell(variant: int, site: str, section: str, article: str) -> str:
    """The article inside one of three page frames."""
    top = (f"<div class='topbar'><span>Thứ Hai, 09/03/2026</span> <a>Đăng nhập</a> <a>Đăng ký</a></div>"
           f"<div class='logo'><a>{site}</a></div><ul class='menu'><li>Thời sự</li><li>Kinh tế</li><li>Xã hội</li>"
           f"<li>Văn hóa</li><li>Thể thao</li><li>Video</li><li>E-magazine</li></ul>")
    crumb = f"<div class='crumb'><a>Trang chủ</a> <a>{section}</a></div>"
    if variant == 0:
        return top + crumb + f"<main>{article}</main>" + share() + related() + footer(site)
    if variant == 1:
        left = ("<div class='col-left'><h3>Tin mới nhất</h3><ul><li><a>Khai trương chợ đêm phục vụ khách du lịch</a></li>"
                "<li><a>Mưa lớn gây ngập nhiều tuyến phố trung tâm</a></li></ul></div>")
        after = ("<div class='comments'><h3>Bình luận (0)</h3><p>Ý kiến của bạn</p><p>Gửi bình luận</p></div>"
                 "<div class='most'><h3>Đọc nhiều</h3><ol><li><a>Lịch thi đấu vòng loại mới nhất</a></li>"
                 "<li><a>Giá xăng dầu giảm nhẹ từ chiều nay</a></li></ol></div>")
        return top + crumb + left + f"<main>{article}</main>" + share() + after + related("Cùng chuyên mục") + footer(site)
    mobile_top = (f"<div class='m-head'><a>☰</a> <a>{site}</a> <a>Tìm kiếm</a></div>"
                  f"<div class='crumb'><a>{section}</a></div>")
    appbar = "<div class='appbar'><a>Trang chủ</a> <a>Mới nhất</a> <a>Video</a> <a>Tiện ích</a></div>"
    return mobile_top + f"<main>{article}</main>" + share() + related("Xem thêm") + appbar + \
        f"<footer><p>© {site}</p><p>Lên đầu trang</p></footer>"


def page(head_html: str, body_html: str, *, amp: bool = False) -> str:
    tag = "<html amp lang='vi'>" if amp else "<html lang='vi'>"
    return f"<!DOCTYPE html>{tag}<head>{head_html}</head><body>{body_html}</body></html>"
