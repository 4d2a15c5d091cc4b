"""Every word the dossier prints, in Vietnamese and English, and date formatting per language."""
from __future__ import annotations

from datetime import date, datetime

LANGS = ("vi", "en")

_VI = {
    "default_title": "Hồ sơ tư liệu",
    "prepared_by": "Người lập",
    "prepared_on": "Ngày lập",
    "scope": "Phạm vi",
    "article_count": "Số bài",
    "date_range": "Khoảng thời gian",
    "mode_summaries": "Chỉ tóm tắt (sapo), không kèm toàn văn",
    "toc": "Mục lục",
    "overview": "Tổng quan",
    "timeline": "Dòng thời gian",
    "index": "Chỉ mục nhân vật, tổ chức, địa danh",
    "articles": "Các bài viết",
    "sources": "Nguồn",
    "person": "Nhân vật",
    "organization": "Tổ chức",
    "location": "Địa danh",
    "col_no": "#",
    "col_date": "Ngày",
    "col_outlet": "Cơ quan báo chí",
    "col_title": "Tiêu đề",
    "date": "Ngày đăng",
    "outlet": "Cơ quan báo chí",
    "outlet_kind": "Loại hình",
    "source": "Nguồn gốc",
    "author": "Tác giả",
    "url": "URL",
    "file": "Tệp gốc",
    "imported": "Ngày nhập",
    "hash": "Mã nội dung",
    "tags": "Thẻ",
    "story_also": "Cũng đăng trên",
    "story_title": "Tiêu đề khác",
    "story_added": "Đoạn thêm",
    "inferred": "suy luận",
    "unknown_date": "không rõ ngày",
    "legend_inferred": "~ ngày in nghiêng: ngày suy luận, chưa được xác nhận",
    "legend_exact": "ngày ghi trên bài",
    "legend_guess": "ngày suy luận",
    "legend_number": "số trong chấm: số thứ tự bài",
    "no_date_group": "Không rõ ngày",
    "page": "Trang {x} / {y}",
    "page_ref": "tr. {page}",
    "none": "—",
    "empty_index": "Không có thực thể nào được ghi nhận.",
    "axis_count": "{n} bài",
}

_EN = {
    "default_title": "Briefing dossier",
    "prepared_by": "Prepared by",
    "prepared_on": "Date",
    "scope": "Scope",
    "article_count": "Articles",
    "date_range": "Period",
    "mode_summaries": "Summaries only (leads), no full text",
    "toc": "Contents",
    "overview": "Overview",
    "timeline": "Timeline",
    "index": "Index of people, organisations and places",
    "articles": "Articles",
    "sources": "Sources",
    "person": "People",
    "organization": "Organisations",
    "location": "Places",
    "col_no": "#",
    "col_date": "Date",
    "col_outlet": "Outlet",
    "col_title": "Title",
    "date": "Published",
    "outlet": "Outlet",
    "outlet_kind": "Kind",
    "source": "Original source",
    "author": "Author",
    "url": "URL",
    "file": "Original file",
    "imported": "Imported",
    "hash": "Content hash",
    "tags": "Tags",
    "story_also": "Also published by",
    "story_title": "Other title",
    "story_added": "Added paragraph",
    "inferred": "inferred",
    "unknown_date": "date unknown",
    "legend_inferred": "~ dates in italics are inferred, not confirmed",
    "legend_exact": "date given by the article",
    "legend_guess": "inferred date",
    "legend_number": "number in a dot: article number",
    "no_date_group": "Date unknown",
    "page": "Page {x} of {y}",
    "page_ref": "p. {page}",
    "none": "—",
    "empty_index": "No entities recorded.",
    "axis_count": "{n} articles",
}

_TABLES = {"vi": _VI, "en": _EN}
# Outlet kinds of resources/data/outlets.json, in Vietnamese; unknown kinds are printed as they are.
_KINDS_VI = {
    "party organ": "cơ quan Đảng", "army": "quân đội", "commercial": "thương mại",
    "foreign agency": "hãng tin nước ngoài", "foreign-affairs": "đối ngoại", "government": "Chính phủ",
    "mass organisation": "đoàn thể", "ministry": "bộ, ngành", "police": "công an", "provincial": "địa phương",
    "state broadcaster": "đài quốc gia", "state wire": "thông tấn nhà nước",
}
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


class Labels:
    """Looks words up for one language: labels["toc"], labels.fmt("page", x=1, y=2)."""

    def __init__(self, lang: str) -> None:
        if lang not in _TABLES:
            raise ValueError(f"unknown dossier language {lang!r} (use one of {', '.join(LANGS)})")
        self.lang = lang
        self._table = _TABLES[lang]

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def fmt(self, key: str, **values: object) -> str:
        """The label with {placeholders} filled."""
        return self._table[key].format(**values)

    def outlet_kind(self, kind: str) -> str:
        """An outlet kind in this language ("foreign-affairs" -> "đối ngoại" / "foreign affairs")."""
        if self.lang == "vi":
            return _KINDS_VI.get(kind.casefold(), kind)
        return kind.replace("-", " ")

    def day(self, value: date) -> str:
        """A calendar date: 08/11/2019 (vi) or 8 Nov 2019 (en)."""
        if self.lang == "vi":
            return f"{value.day:02d}/{value.month:02d}/{value.year}"
        return f"{value.day} {_EN_MONTHS[value.month - 1][:3]} {value.year}"

    def moment(self, value: datetime, with_time: bool) -> str:
        """A date, with its time of day when the source gave one."""
        text = self.day(value.date())
        return f"{text}, {value:%H:%M}" if with_time else text

    def month(self, year: int, month: int) -> str:
        """A month heading: Tháng 11/2019 (vi) or November 2019 (en)."""
        if self.lang == "vi":
            return f"Tháng {month}/{year}"
        return f"{_EN_MONTHS[month - 1]} {year}"
