"""Line-level noise of page dumps: widgets, counters, follow lines, list headers, slugs, markup."""
from __future__ import annotations

import logging
import re
from functools import lru_cache

from .dates import find_date, is_date_line, is_time_line, residue
from .linefeatures import ends_sentence, has_letters, is_name_like, is_slug, norm_key, words

log = logging.getLogger(__name__)

VIEW_COUNTER_RE = re.compile(
    r"^[\d.,\s]+(?:lượt xem|lượt đọc|lượt thích|lượt chia sẻ|bình luận|người thích|người|views?|likes?|comments?)$",
    re.I)
COMMENT_COUNT_RE = re.compile(r"(?:bình luận|comments?)$", re.I)  # "0 bình luận": the comment box opens here
PLAYER_RE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
# "Theo dõi thoidai.com.vn trên", "Mời quý độc giả theo dõi VOV.VN trên", "... trên Google News".
FOLLOW_RE = re.compile(
    r"^(?:mời (?:quý |các )?(?:bạn đọc|độc giả|bạn) )?(?:theo dõi|follow|kết nối với|đăng ký kênh|like)\b.{0,80}?"
    r"(?:\btrên|\btại đây|google news|facebook|zalo|youtube|tiktok|twitter|telegram|fanpage|mạng xã hội)\s*[:.!]?$",
    re.I)
# "Mời quý độc giả theo dõi các chương trình …", "Mời bạn đọc đón đọc …": the page inviting its reader, never
# the article's own text, whatever it ends with.
INVITE_RE = re.compile(r"^mời\s+(?:quý\s+|các\s+)?(?:bạn\s+đọc|độc\s+giả|khán\s+giả|thính\s+giả|bạn)\s+(?:cùng\s+)?"
                       r"(?:theo\s+dõi|đón\s+(?:đọc|xem|nghe)|xem|nghe|tham\s+gia|gửi|tải)\b", re.I)
INVITE_MAX_WORDS = 40
LABELLED_WIDGET_WORDS = 15
# "Tải ứng dụng Báo X", "Đọc báo X trên ứng dụng": the paper's app banner (it names the paper, like a follow line).
APP_BANNER_RE = re.compile(r"^(?:tải|cài(?:\s+đặt)?|download)\s+(?:ngay\s+)?(?:ứng\s+dụng|app)\b[^.,;:!?]{0,50}[.!]?$|"
                           r"^(?:đọc|xem)\s+(?:báo\s+)?[^.,;:!?]{2,40}?\s+trên\s+(?:ứng\s+dụng|app)\b[^.,;:!?]{0,30}$",
                           re.I)
# "#xebuyt #giaothong": a hashtag list, the page's topic tags.
HASHTAGS_RE = re.compile(r"^(?:#[^\s#]+\s*){2,}$")
MARKUP_RE = re.compile(r"-->|<!--|</?[a-z]+[^>]*>|\{\{|\}\}|^\W*(?:function|var|window\.)\b", re.I)
FONT_WORDS = frozenset({"nhỏ", "bình", "thường", "lớn", "vừa", "cỡ", "chữ", "a", "a+", "a-", "+", "-", "aa",
                        "trung", "to", "rất", "mặc", "định", "size", "small", "medium", "large", "font"})
# Words only a text-size widget has ("Cỡ chữ A- A A+", "Nhỏ Trung bình Lớn"); "a" or "-" alone says nothing.
FONT_MARKERS = frozenset({"lớn", "cỡ", "a+", "a-", "aa", "large", "font"})
# "Bình luận (0)", "Lượt xem: 1.250": a counter with its label first.
LABELLED_COUNTER_RE = re.compile(
    r"^(?:bình luận|ý kiến bạn đọc|ý kiến|phản hồi|thảo luận|lượt xem|lượt đọc|lượt thích|số lần xem|comments?|"
    r"views?)\s*[:(]?\s*[\d.,]+\s*\)?$", re.I)
# "Published on 03-08-2011 01:00 AM   Số lần xem: 169": a date bar that also counts its readers.
COUNTER_TAIL_RE = re.compile(
    r"\s(?:số lần xem|lượt xem|lượt đọc|views?|bình luận|comments?)\s*[:(]?\s*[\d.,]+\s*\)?\s*$", re.I)
# What a page prints by its headline besides the date: the reading time ("3 phút đọc", "Thời gian đọc: 5 phút"),
# a share or like count ("12 chia sẻ", "Chia sẻ 15"), the audio player's settings ("Tốc độ đọc 1.0x", "Giọng nữ
# miền Nam"). One pattern: each line of every page is tried against it.
HEADER_WIDGET_RE = re.compile(
    r"^(?:(?:thời\s+gian|thời\s+lượng)\s+đọc\s*:?\s*(?:khoảng\s+)?\d+\s*phút|"
    r"(?:đọc\s+(?:trong\s+|mất\s+)?(?:khoảng\s+)?)?\d+\s*phút(?:\s+(?:để\s+)?đọc)|đọc\s+(?:trong\s+|mất\s+)?\d+\s*phút|"
    r"[\d.,]+\s*(?:chia\s+sẻ|shares?|thích)|(?:chia\s+sẻ|shares?|thích)\s*[:(]?\s*[\d.,]+\s*\)?|"
    r"tốc\s+độ(?:\s+đọc)?\s*:?\s*[\d.,]+\s*x|giọng\s+(?:đọc\s*:?\s*)?(?:nam|nữ)\b[^.!?\d]{0,25})\s*$", re.I)
# Fields of a comment form: what follows is the readers' space, not the article.
COMMENT_FORM_RE = re.compile(
    r"^(?:tên của bạn|họ và tên|họ tên|email của bạn|địa chỉ email|e-mail của bạn|nội dung bình luận|"
    r"viết bình luận|gửi ý kiến|gửi bình luận|ý kiến của bạn|your name|your email)\s*(?:\(\*\)|\*)?\s*:?$", re.I)
# "Chia sẻ bài viết của bạn về ... tại đây.", "Mời bạn đọc gửi ý kiến tại đây": a link inviting the reader.
CALL_TO_ACTION_RE = re.compile(
    r"^(?:mời (?:quý |các )?(?:bạn đọc|độc giả|bạn) |hãy |bạn hãy )?(?:chia sẻ|gửi|xem|đọc|đăng ký|bấm|nhấn|click|"
    r"tham gia|bình chọn|tải|mua|đặt mua)\b.{0,120}\b(?:tại đây|ở đây|vào đây)\s*[.!:]?$", re.I)
# "Thêm VnExpress trên Google", "Thêm Báo X là nguồn tin ưu tiên trên Google": a follow widget.
# "Ưu tiên X trên Google", "Đặt X làm nguồn ưu tiên trên Google", "Chọn X là nguồn tin ưu tiên trên Google".
ADD_SOURCE_RE = re.compile(r"^(?:thêm|ưu tiên|đặt|chọn|cài)\s.{2,80}?\s(?:trên|vào|tại)\s+google(?:\s+news)?\s*[.!]?$",
                           re.I)
# A newsletter or comment box: "Nhập email để nhận tin mới", "Vui lòng nhập tên của bạn", "Đăng ký nhận bản tin".
INPUT_BOX_RE = re.compile(r"^(?:(?:vui lòng |hãy |mời bạn )?nhập\s.{0,60}?\b(?:email|e-mail|bình luận|ý kiến|"
                          r"tên|họ tên|nội dung|số điện thoại)|đăng ký nhận (?:bản )?tin)\b.{0,80}$", re.I)
# "Tác giả: Thanh Hà | 23/10/2023", "Bởi Thanh Hà • 23/10/2023": the label a byline may carry before its name.
CREDIT_LABEL_RE = re.compile(r"^(?:tác\s+giả|thực\s+hiện|bài(?:\s+và\s+ảnh)?|bởi|by)\s*:?\s+", re.I)
MENU_SEPARATOR_RE = re.compile(r"\s+[|•·]\s+")
BREADCRUMB_SPLIT_RE = re.compile(r"\s+[/>]\s+|\s*[»›]\s*")
BREADCRUMB_PART_WORDS = 6
HOME_NAMES = frozenset({"trang chủ", "home", "trang nhất", "trang chính"})
MENU_ITEM_WORDS = 3
DATE_BAR_ITEM_WORDS = 5  # a section beside a date may be longer than a menu item ("Thị trường chứng khoán")
SOCIAL_WORDS = frozenset({
    "facebook", "zalo", "twitter", "youtube", "tiktok", "google", "news", "chia", "sẻ", "share",
    "email", "in", "bài", "bản", "copy", "link", "lưu", "bookmark", "gửi", "messenger", "linkedin", "print",
    "tweet", "like", "thích", "pinterest", "reddit",
})
# "ngoại tình,ly hôn,gia đình": a keyword list glued by commas (prose puts a space after its commas).
GLUED_TAGS_RE = re.compile(r"^[^,.!?]{2,60}(?:,[^\s,][^,.!?]{1,60}){2,}$")
# Short interface strings (generic across sites): loading, paging, comments, back-to-top.
WIDGET_PHRASES = (
    "xin chờ trong giây lát", "đang tải", "quay lại", "lên đầu trang", "về đầu trang", "trở lại đầu trang",
    "xem trên", "nghe bài", "nghe đọc bài", "nghe bài viết", "đăng nhập", "đăng ký", "quảng cáo",
    "advertisement", "tắt quảng cáo", "xem video", "phóng to", "thu nhỏ", "in bài", "lưu bài",
    "làm mới", "tải lại", "refresh", "sao chép liên kết", "sao chép link", "link bài gốc", "lấy link",
    "nghe audio", "in bài viết", "tải ứng dụng", "đọc tiếp", "quan tâm",
    # the audio player over the article: its button, its controls
    "nghe đọc", "đọc bài", "nghe nội dung", "nghe toàn bài", "nghe bài báo", "dừng nghe", "tạm dừng",
)
# Interface strings that close the article: what follows is comments or other articles.
END_WIDGET_PHRASES = (
    "tải thêm", "xem thêm", "load more", "xem tiếp", "bình luận", "gửi bình luận", "ý kiến của bạn",
    "ý kiến bạn đọc", "ý kiến", "bản quyền", "copyright", "chia sẻ bài viết", "từ khóa", "tags", "tag",
    "xem thêm bình luận", "tham gia thảo luận", "bạn đọc bình luận", "gửi bình luận của bạn", "viết bình luận",
    "báo cáo vi phạm", "bình luận của bạn", "đánh giá bài viết", "bình chọn", "góp ý", "gửi góp ý", "gửi phản hồi",
    "nhận xét", "bình luận facebook", "ý kiến độc giả", "độc giả bình luận", "hỏi đáp bạn đọc",
    "sắp xếp theo", "plugin bình luận trên facebook", "facebook comments plugin", "viết phản hồi",
    "về trang chủ", "trở về trang chủ", "quay về trang chủ", "trang sau", "trang trước", "trang tiếp",
)
# "Bạn thấy bài viết này thế nào?", "Đánh giá nội dung bài viết", "Bài viết có hữu ích với bạn không?": a rating box.
RATING_RE = re.compile(r"^(?:bạn (?:thấy|đánh giá)|đánh giá|chấm điểm)\b.{0,30}"
                       r"\b(?:bài viết|bài báo|nội dung|tin bài)\b.{0,30}$|^bài viết (?:này )?có hữu ích\b.{0,30}$", re.I)
# Headers after which the page lists other articles.
LIST_HEADERS = (
    "tin liên quan", "tin bài liên quan", "bài liên quan", "bài viết liên quan", "tin cùng chuyên mục",
    "cùng chuyên mục", "tin khác", "các tin khác", "tin mới", "tin mới nhất", "tin mới hơn", "tin cũ hơn",
    "đọc nhiều", "đọc nhiều nhất", "xem nhiều", "xem nhiều nhất", "tin đọc nhiều", "tin xem nhiều",
    "bài đọc nhiều", "xem tin theo ngày", "multimedia", "có thể bạn quan tâm", "bạn có thể quan tâm",
    "tin nổi bật", "tiêu điểm", "đọc thêm", "tin tức liên quan", "nội dung liên quan", "video liên quan",
    "tin ảnh", "ảnh đẹp", "emagazine", "infographics", "podcast", "tin tiêu điểm", "sự kiện", "chủ đề",
    "mới nhất", "tin nóng", "tin hot", "đừng bỏ lỡ", "bài cùng chuyên mục", "tin trong ngày",
    "tham khảo thêm", "theo dòng sự kiện", "dòng sự kiện", "tin tức gần đây", "tin gần đây", "các tin đã đưa",
    "tin đã đưa", "cùng chủ đề", "tin cùng chủ đề", "bài viết cùng chủ đề", "bạn nên đọc", "xem thêm tin",
    "tin khác cùng chuyên mục", "các bài viết khác", "bài viết khác", "các tin cũ hơn",
    # the next or previous article, and a video box under the article
    "tin tiếp theo", "bài tiếp theo", "bài viết tiếp theo", "tin trước", "bài trước", "bài viết trước", "tin sau",
    "bài sau", "video", "video nổi bật", "video đang được quan tâm", "video xem nhiều",
)
LIST_HEADER_KEYS = frozenset(LIST_HEADERS)
WIDGET_KEYS = frozenset(WIDGET_PHRASES)
END_WIDGET_KEYS = frozenset(END_WIDGET_PHRASES)
# "-" lines of a list with a stamp at the end: "- Title 11.04.2025 | 16:43 PM".
DATED_ITEM_RE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*(?:\|\s*)?\d{1,2}:\d{2}(?:\s*[AP]M)?\s*$", re.I)
BARE_DATE_END_RE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*\)?\s*$")
# "Xem thêm: <title>", ">> <title>": a link to another article inside the body.
RELATED_LINK_RE = re.compile(
    r"^(?:>>+|»|(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|xem tiếp|mời xem|mời đọc)\s*[:>»]+)\s*\S", re.I)
END_REASONS = frozenset({"related-header", "follow", "end-widget", "footer", "comment-stamp"})
# "2 giờ trước", "Vừa xong", "Hôm qua lúc 21:05": when a reader's comment was posted.
COMMENT_STAMP_RE = re.compile(r"^(?:khoảng\s+)?(?:\d+\s+(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+){1,2}trước$|"
                              r"^(?:vừa\s+xong|vừa\s+đăng|hôm\s+qua(?:\s+lúc\s+\d{1,2}[:h]\d{2})?)$", re.I)
# Section names of Vietnamese news sites' menus (generic vocabulary, one to three syllables each).
SECTION_NAMES = frozenset("""
thời sự|góc nhìn|thế giới|video|podcast|podcasts|kinh doanh|bất động sản|khoa học|giải trí|thể thao|pháp luật|
giáo dục|sức khỏe|sức khoẻ|đời sống|du lịch|số hóa|số hoá|xe|ý kiến|tâm sự|thư giãn|tất cả|chính trị|dân sinh|
lao động|việc làm|giao thông|kinh tế|giới trẻ|văn hóa|văn hoá|công nghệ|dân tộc|tôn giáo|ô tô|xe máy|bạn đọc|
xuất bản|tin tức|quân sự|quốc phòng|an ninh|xã hội|y tế|môi trường|tài chính|chứng khoán|nhà đất|truyền hình|
multimedia|ảnh|infographic|infographics|emagazine|longform|media|đối ngoại|nông nghiệp|doanh nghiệp|thị trường|
tiêu dùng|gia đình|tuyển sinh|du học|nhịp sống|âm nhạc|điện ảnh|thời trang|ẩm thực|mới nhất|tin nóng|trang chủ|
home|english|bạn cần biết|sống khỏe|tiêu điểm|xây dựng đảng|nội chính|pháp đình|quốc tế|địa phương|
khởi nghiệp|tài chính - ngân hàng|ngân hàng|đầu tư|năng lượng|công an|bóng đá|nghệ thuật|
nhân ái|tình nguyện|sự kiện|chuyên đề|phóng sự|điều tra|bình luận|xã luận|cộng đồng|người việt|kiều bào|
biển đảo|hội nhập|tư liệu|video clip|phát thanh|radio|magazine|cuộc sống|làng quê|chuyện lạ|pháp lý|
hỏi đáp|tư vấn|giới thiệu|liên hệ|tòa soạn|rss|mạng xã hội|xe điện|trắc nghiệm
""".replace("\n", "").split("|"))
MENU_PUNCT_RE = re.compile(r"[.,:;?!\"“”'‘’()\d%°/|]")
MENU_CONNECTORS = frozenset({"-", "–", "&", "và"})
_SECTION_FIRST_WORDS = frozenset(name.split(" ")[0] for name in SECTION_NAMES)
MENU_MIN_SECTIONS = 3
MENU_COVERAGE = 0.6
MENU_SHAPE_MIN_TOKENS = 24  # longer than any headline written without punctuation
MENU_SHAPE_CAPITALS = 0.4
MENU_SHAPE_LOWER_RUN = 3
# A footer's line: forms that open it (matched at its start) and marks found anywhere in it (searched).
# Two patterns, not one alternation searched: that tried every opening form at every position of the line.
FOOTER_START_RE = re.compile(
    r"^(?:bản quyền|copyright|cơ quan chủ quản|giấy phép|tổng biên tập|phó tổng biên tập|tòa soạn|toà soạn|"
    r"chịu trách nhiệm|địa chỉ\s*:|điện thoại\s*:|email\s*:|hotline|đường dây nóng[^.!?]{0,60}$|liên hệ quảng cáo|ghi rõ nguồn|"
    r"đơn vị chủ quản|"
    r"ban biên tập\s*:|trụ sở(?: chính)?\s*:|văn phòng đại diện[^:]{0,40}:|"
    r"(?:vận hành|phát triển|thiết kế) bởi(?:\s+[^\s.]+){0,5}\.?$|một sản phẩm của(?:\s+[^\s.]+){0,5}\.?$)"
    r"|^[^.,:]{2,40}(?:\s[-–—]|\.)\s*(?:cơ quan (?:chủ quản|của|ngôn luận)|chuyên trang (?:của|thuộc))", re.I)
FOOTER_ANY_RE = re.compile(
    r"©|\bcơ quan chủ quản\s*:|\d+\s*/\s*GP\s*-\s*(?:BTTTT|BVHTTDL|BTT&TT|CBC|TTĐT|STTTT)"  # a press licence number
    r"|\bgiữ bản quyền (?:nội dung|các bài|bài viết|thông tin|trên|của trang|website)", re.I)


def _key(line: str) -> str:
    return norm_key(line).rstrip(":").strip()


# Media labels a headline itself may carry ("Video: …", "Infographic: …"): not the name of a list.
MEDIA_LABELS = frozenset({"video", "ảnh", "podcast", "emagazine", "infographics", "multimedia", "tin ảnh", "ảnh đẹp",
                          "sự kiện", "chủ đề"})
LINK_MIN_WORDS = 3


def _labelled_link(line: str) -> bool:
    """"Tin nóng: <headline>", "Đọc nhiều: <headline>": a list's name, a colon and another article's headline."""
    label, colon, rest = line.partition(":")
    if not colon or len(words(rest)) < LINK_MIN_WORDS or ends_sentence(rest):
        return False
    key = _key(label)
    return key not in MEDIA_LABELS and (key in LIST_HEADER_KEYS or _list_header_shaped(key))


def is_list_header(line: str) -> bool:
    """A header such as 'Tin liên quan' or 'ĐỌC NHIỀU' that opens a list of other articles."""
    key = _key(line)
    return len(key) <= 40 and (key in LIST_HEADER_KEYS or _list_header_shaped(key))


# The words list headers are made of, whatever a site's wording: "Các tin cùng sự kiện", "Bài viết khác cùng
# chủ đề", "Xem thêm các tin", "Tin tức mới hơn". A header says which list it opens (LIST_MARKS).
LIST_SYLLABLES = frozenset("""tin bài viết tức liên quan cùng chuyên mục chủ đề sự kiện dòng theo khác thêm tham khảo
xem đọc mới nhiều nhất nổi bật hơn cũ các những nội dung gần đây tiêu điểm nóng hot trong ngày tuần bạn có thể nên
đừng bỏ lỡ đã đưa tiếp video ảnh""".split())
LIST_MARKS = ("liên quan", "chuyên mục", "chủ đề", "sự kiện", "khác", "thêm", "nhiều", "mới nhất", "mới hơn",
              "cũ hơn", "nổi bật", "tiêu điểm", "quan tâm", "đã đưa", "gần đây", "bỏ lỡ", "tiếp theo")
LIST_HEADER_MAX_WORDS = 6


def _list_header_shaped(key: str) -> bool:
    """Two to six words, all of list-header vocabulary, one of them saying which list ('khác', 'liên quan')."""
    tokens = key.split()
    return 2 <= len(tokens) <= LIST_HEADER_MAX_WORDS and all(t in LIST_SYLLABLES for t in tokens) \
        and any(f" {mark} " in f" {key} " for mark in LIST_MARKS)


def is_dated_item(line: str) -> bool:
    """A list item ending with its own date and time (another article's stamp)."""
    if len(words(line)) < 4:
        return False
    return bool(DATED_ITEM_RE.search(line)) or (line.startswith(("- ", "• ")) and bool(BARE_DATE_END_RE.search(line)))


def _only_words_from(line: str, vocabulary: frozenset[str]) -> bool:
    if len(line.split(None, 8)) > 8:  # more than 8 words (casefolding adds or removes no space): a paragraph
        return False
    tokens = line.casefold().split()
    return bool(tokens) and len(tokens) <= 8 and all(t.strip(".,|:") in vocabulary for t in tokens)


def _separated_line(line: str) -> str | None:
    """Lines cut by " | ": a menu of short items, a date bar with its section, or a byline with its date."""
    if len(line) > 200:  # (before the split: a paragraph is not cut up for nothing)
        return None
    parts = [p.strip() for p in MENU_SEPARATOR_RE.split(line) if p.strip()]
    if len(parts) < 2:
        return None
    dated = [is_date_line(p) or is_date_line(f"{p} {q}") for p, q in zip(parts, parts[1:] + [""])]
    if any(dated):
        rest = [p for p, d in zip(parts, dated) if not d and not is_date_line(p)]
        if all(len(words(p)) <= DATE_BAR_ITEM_WORDS and not ends_sentence(p) for p in rest):
            # "Thanh Hà | Thứ Hai, 23/10/2023 07:15": a name before the date is the byline;
            # "19-04-2024 - 16:05 | Quân sự": a section after it belongs to the date bar.
            return "byline" if not dated[0] and is_name_like(CREDIT_LABEL_RE.sub("", parts[0])) else "date"
        return None
    if len(parts) >= 3 and all(len(words(p)) <= MENU_ITEM_WORDS and not p.endswith((".", "?", "!")) for p in parts):
        return "navigation"
    return None


def is_breadcrumb(line: str) -> bool:
    """"Trang chủ / Xã hội / Dân sinh", "Thời sự > Chính trị": the page's path, short parts that start at the home
    page or are section names."""
    if len(line) > 150:  # (before the split: a paragraph is not cut up for nothing)
        return False
    parts = [p.strip() for p in BREADCRUMB_SPLIT_RE.split(line) if p.strip()]
    if len(parts) < 2 or any(len(words(p)) > BREADCRUMB_PART_WORDS or ends_sentence(p) for p in parts):
        return False
    if norm_key(parts[0]) in HOME_NAMES:
        return True
    return sum(section_coverage(p) >= 0.5 for p in parts) * 2 > len(parts)


def is_menu_line(line: str) -> bool:
    """A run of section names ("Thời sự Thế giới Kinh doanh ..."): capitalised, unpunctuated, mostly known."""
    if MENU_PUNCT_RE.search(line):
        return False
    tokens = line.split()
    real = [t for t in tokens if t.casefold() not in MENU_CONNECTORS]
    if len(real) < 2 * MENU_MIN_SECTIONS - 2:
        return False
    low = [t.casefold() for t in tokens]
    covered, sections, i = 0, 0, 0
    while i < len(tokens):
        size = next((n for n in (3, 2, 1) if tokens[i][:1].isupper() and " ".join(low[i:i + n]) in SECTION_NAMES), 0)
        if size:
            covered, sections, i = covered + size, sections + 1, i + size
        else:
            i += 1
    if sections >= MENU_MIN_SECTIONS and covered >= MENU_COVERAGE * len(real):
        return True
    return _menu_shaped(real)


@lru_cache(maxsize=8192)
def section_coverage(line: str) -> float:
    """Share of the line's words that are section names of news menus ("Quốc phòng - An ninh": 1.0)."""
    low = [t for t in norm_key(line).split() if t not in MENU_CONNECTORS]
    covered, i = 0, 0
    while i < len(low):
        size = next((n for n in (3, 2, 1) if i + n <= len(low) and " ".join(low[i:i + n]) in SECTION_NAMES), 0) \
            if low[i] in _SECTION_FIRST_WORDS else 0  # a prose line's words mostly open no section name
        covered, i = covered + size, i + (size or 1)
    return covered / len(low) if low else 0.0


def _menu_shaped(tokens: list[str]) -> bool:
    """A long unpunctuated run of short capitalised items, whatever the site calls its sections."""
    if len(tokens) < MENU_SHAPE_MIN_TOKENS:
        return False
    capitals = sum(1 for t in tokens if t[:1].isupper())
    longest, run = 0, 0
    for token in tokens:
        run = 0 if token[:1].isupper() else run + 1
        longest = max(longest, run)
    return capitals >= MENU_SHAPE_CAPITALS * len(tokens) and longest <= MENU_SHAPE_LOWER_RUN


TOOL_BAR_MAX_CHARS = 80
# Longest first, so that "nghe bài viết" is taken whole before "nghe bài".
TOOL_PHRASES = tuple(sorted(WIDGET_PHRASES, key=len, reverse=True))


def _tool_bar(stripped: str) -> bool:
    """"Nghe bài viết Cỡ chữ A- A+ In bài": the article's tool buttons printed on one line; two interface
    phrases or more, and nothing else but text-size and sharing words."""
    if len(stripped) > TOOL_BAR_MAX_CHARS:
        return False
    rest, found = f" {stripped.casefold()} ", 0
    for phrase in TOOL_PHRASES:
        if f" {phrase} " in rest:
            rest, found = rest.replace(f" {phrase} ", "  "), found + 1
    left = rest.split()
    return found >= 1 and found + len(left) >= 2 and all(t in FONT_WORDS or t in SOCIAL_WORDS for t in left) \
        and (found >= 2 or FONT_MARKERS & set(left) != set())


MARKUP_START_RE = re.compile(r"^\W*(?:function|var|window\.)\b", re.I)  # MARKUP_RE's one form with no mark


def _has_markup(stripped: str) -> bool:
    """MARKUP_RE found in the line, searched only where one of its marks is."""
    if "<" in stripped or "-->" in stripped or "{{" in stripped or "}}" in stripped:
        return MARKUP_RE.search(stripped) is not None
    return MARKUP_START_RE.match(stripped) is not None


def _counter_or_widget(stripped: str) -> str | None:
    """Players, markup, counters, text-size and comment widgets: the shortest interface strings."""
    if PLAYER_RE.match(stripped):
        return "player"
    if _has_markup(stripped) and len(words(stripped)) <= 6:
        return "markup"
    if COMMENT_STAMP_RE.match(stripped):
        return "comment-stamp"
    if VIEW_COUNTER_RE.match(stripped):
        return "end-widget" if COMMENT_COUNT_RE.search(stripped) else "view-counter"
    if _only_words_from(stripped, FONT_WORDS) and FONT_MARKERS & set(stripped.casefold().split()):
        return "font-size"
    if LABELLED_COUNTER_RE.match(stripped) or COMMENT_FORM_RE.match(stripped):
        return "end-widget"  # the comment box (or a counter) closes the article
    if _tool_bar(stripped):
        return "widget"
    if len(stripped) <= 60 and HEADER_WIDGET_RE.match(stripped):
        return "view-counter" if stripped[:1].isdigit() or stripped[-1:].isdigit() or stripped[-1:] == ")" \
            else "widget"
    if COUNTER_TAIL_RE.search(stripped) and is_date_line(COUNTER_TAIL_RE.sub("", stripped)):
        return "date"
    return None


def _phrase_reason(stripped: str) -> str | None:
    """Known interface phrases: widgets, tags, invitations to the reader, follow lines, footers."""
    key = _key(stripped)
    bare = key.rstrip(".…: ")
    if bare in WIDGET_KEYS:
        return "widget"
    if bare in END_WIDGET_KEYS or (bare.split(":")[0] in ("từ khóa", "tags", "tag") and len(key) < 200):
        return "end-widget"
    label, colon, rest = bare.partition(":")
    if colon and len(words(rest)) <= LABELLED_WIDGET_WORDS and not ends_sentence(rest):
        # "Chia sẻ bài viết: <headline>", "Bình luận: 3": a widget's label with what it carries
        if label.strip() in END_WIDGET_KEYS:
            return "end-widget"
        if label.strip() in WIDGET_KEYS:
            return "widget"
    if len(stripped) <= 160 and (CALL_TO_ACTION_RE.match(stripped) or INPUT_BOX_RE.match(stripped)
                                 or RATING_RE.match(stripped)):
        return "end-widget"
    if len(stripped) <= 120 and (FOLLOW_RE.match(stripped) or ADD_SOURCE_RE.match(stripped)):
        return "follow"
    if (INVITE_RE.match(stripped) and len(words(stripped)) <= INVITE_MAX_WORDS) or APP_BANNER_RE.match(stripped):
        return "follow"
    if HASHTAGS_RE.match(stripped):
        return "end-widget"  # the tag list closes the article
    if len(stripped) <= 300 and (FOOTER_START_RE.match(stripped) or FOOTER_ANY_RE.search(stripped)):
        return "footer"
    return None


# Words of a site's top bar beside today's date: "Thứ Hai, 09/03/2026 Đăng nhập Đăng ký".
# (The look-ahead at the words' first letters lets the search skip most positions before trying the words.)
SITE_BAR_WORDS_RE = re.compile(r"(?=[đebrtls])\b(?:đăng\s+nhập|đăng\s+ký|đăng\s+xuất|đặt\s+báo|e-?paper|báo\s+in|rss|"
                               r"tài\s+khoản|liên\s+hệ|tìm\s+kiếm|english|tiếng\s+anh|login|sign\s+in)\b", re.I)
# "Trang 1 2 3 Tiếp »", "Trang 1/2", "« Trước 1 2 Sau »": a pager between the pages of one article.
PAGER_RE = re.compile(r"^(?:trang\s*:?\s*)?(?:(?:«|‹|<|trước|trang\s+trước)\s*)?\d{1,2}(?:\s*/\s*\d{1,2}|(?:\s+\d{1,2})+)"
                      r"(?:\s*(?:tiếp|sau|trang\s+sau|next|»|›|>))*\s*$", re.I)
# "Phát 00:00 01:05", "00:00 / 03:12 Tắt tiếng": a video player's controls.
PLAYER_WORDS_RE = re.compile(r"\b(?:phát|tạm\s+dừng|dừng|tắt\s+tiếng|bật\s+tiếng|toàn\s+màn\s+hình|play|pause|"
                             r"mute|unmute|fullscreen|live)\b", re.I)
PLAYER_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
# Labels printed over an article to say its kind, never its text nor its writer.
KIND_LABELS = frozenset({
    "trực tiếp", "đang diễn ra", "tường thuật trực tiếp", "thông cáo báo chí", "longform", "long form", "e-magazine",
    "emagazine", "magazine", "infographic", "quan điểm", "góc nhìn", "phóng sự ảnh",
    "thông tin doanh nghiệp", "nội dung tài trợ", "tin tài trợ", "pr", "video", "ảnh", "podcast", "megastory",
})
KIND_LABEL_MAX = max(map(len, KIND_LABELS))
# "Bài viết thể hiện quan điểm riêng của tác giả.": the paper's disclaimer under a column, not its text.
DISCLAIMER_RE = re.compile(r"^\(?\s*(?:\*\s*)?(?:bài\s+viết|nội\s+dung(?:\s+bài\s+viết)?|đây\s+là\s+bài\s+viết)\s+"
                           r"(?:này\s+)?(?:thể\s+hiện|là|phản\s+ánh|chỉ\s+thể\s+hiện)\s+(?:quan\s+điểm|ý\s+kiến|góc\s+nhìn)"
                           r"\s+(?:riêng|cá\s+nhân)\b.{0,80}$", re.I)
# "Thông tin liên hệ báo chí:", "Liên hệ truyền thông:": the press office's contact block closing a release.
PRESS_CONTACT_RE = re.compile(r"^(?:thông\s+tin\s+liên\s+hệ|liên\s+hệ)(?:\s+(?:báo\s+chí|truyền\s+thông|"
                              r"cho\s+báo\s+chí))?\s*:?$", re.I)
# "Kỳ tới: Ai chịu trách nhiệm?", "Đón đọc kỳ sau: ...", "Bài tiếp theo: ...": the next part of a series.
NEXT_PART_RE = re.compile(r"^(?:đón\s+đọc\s+|mời\s+(?:bạn\s+)?đọc\s+)?(?:kỳ|bài|phần)\s+(?:tới|sau|tiếp(?:\s+theo)?|cuối)"
                          r"\s*:.{0,160}$|^đón\s+đọc\s+(?:kỳ|bài|phần)\s+\d+\b.{0,160}$", re.I)
# "(Còn nữa)", "(Còn tiếp)": a series part ends here; what follows announces the next part.
CONTINUED_RE = re.compile(r"^\(\s*(?:còn\s+nữa|còn\s+tiếp|còn|tiếp\s+theo|xem\s+tiếp\s+kỳ\s+sau)\s*\)\.?$|"
                          r"^(?:còn\s+nữa|còn\s+tiếp)\s*\.{0,3}$", re.I)
# "Ghi chú của tòa soạn: ...", "Đính chính: ...": the paper's note about the article, not the article.
EDITOR_NOTE_RE = re.compile(r"^\(?\s*(?:ghi\s+chú\s+của\s+tòa\s+soạn|đính\s+chính|cải\s+chính)\s*:.{0,400}$", re.I)


def kind_marker(stripped: str) -> str | None:
    """Lines that a kind of article prints around its text: a site bar with today's date, a pager, a
    player's controls, a kind label, a column's disclaimer, a release's contact block, the next part of a
    series, an editor's note."""
    bare = stripped.strip("()[]*:.… ")
    # (casefolding never shortens a text: a line longer than the longest label is none of them)
    if len(bare) <= KIND_LABEL_MAX and bare.casefold() in KIND_LABELS:
        return "kind-label"
    if len(stripped) <= 120:
        if SITE_BAR_WORDS_RE.search(stripped):
            bar = SITE_BAR_WORDS_RE.sub(" ", stripped)
            found = find_date(bar)
            if found is not None and not residue(bar, found):
                return "navigation"
        if PAGER_RE.match(stripped):
            return "navigation"
        if ":" in stripped and PLAYER_TIME_RE.search(stripped) and PLAYER_WORDS_RE.search(stripped) and not re.sub(
                r"[\W\d_]+", " ", PLAYER_WORDS_RE.sub(" ", stripped)).strip():
            return "player"
        if PRESS_CONTACT_RE.match(stripped):
            return "end-widget"
    if len(stripped) <= 200 and (DISCLAIMER_RE.match(stripped) or NEXT_PART_RE.match(stripped)):
        return "end-widget"
    if CONTINUED_RE.match(stripped):
        return "end-widget"
    if EDITOR_NOTE_RE.match(stripped):
        return "widget"
    return None


@lru_cache(maxsize=8192)
def classify(line: str) -> str | None:
    """The noise reason of a line taken alone, or None when it may be article text."""
    stripped = line.strip()
    if not has_letters(stripped):
        if PLAYER_RE.match(stripped):
            return "player"
        if not stripped:
            return "empty"
        return "date" if is_date_line(stripped) else "markup"
    found = _counter_or_widget(stripped) or _separated_line(stripped)
    if found:
        return found
    if _only_words_from(stripped, SOCIAL_WORDS):
        return "social"
    if len(stripped) <= 300 and GLUED_TAGS_RE.match(stripped):
        return "end-widget"  # the tag list closes the article
    if is_menu_line(stripped) or is_breadcrumb(stripped):
        return "navigation"
    if is_list_header(stripped):
        return "related-header"
    if len(stripped) <= 250 and (RELATED_LINK_RE.match(stripped) or _labelled_link(stripped)):
        return "related-link"
    found = _phrase_reason(stripped) or kind_marker(stripped)
    if found:
        return found
    if is_date_line(stripped) or is_time_line(stripped):
        return "date"
    return "slug" if is_slug(stripped) else None
