"""Our own small story for the stories tests: one wire article, versions of it, and a hard negative."""
from __future__ import annotations

import unicodedata
from pathlib import Path

TITLE = "Việt Nam và Indonesia mở rộng hợp tác tìm kiếm cứu nạn trên biển"
LEAD = ("Sáng 14/3, tại Hải Phòng, Thứ trưởng Bộ Quốc phòng Lê Minh Khang và Phó Tư lệnh Hải quân "
        "Indonesia đồng chủ trì phiên họp thường niên về tìm kiếm cứu nạn trên biển.")
PARAGRAPHS = [
    "Phiên họp năm nay diễn ra sau ba năm gián đoạn vì dịch bệnh, với sự tham gia của đại diện Cục "
    "Cứu hộ cứu nạn, Vùng 1 Hải quân và Trung tâm phối hợp tìm kiếm cứu nạn hàng hải khu vực phía Bắc.",
    "Hai bên đã rà soát việc thực hiện bản thỏa thuận ký năm 2019, trong đó có kênh liên lạc trực tiếp "
    "giữa hai trung tâm điều phối, quy trình thông báo khi tàu cá gặp nạn và việc trao trả ngư dân.",
    "Thứ trưởng Lê Minh Khang nói: “Mỗi ngư dân được cứu sống là thước đo rõ nhất cho hiệu quả của sự "
    "hợp tác này, và chúng tôi muốn thời gian phản hồi được rút ngắn xuống dưới hai giờ”.",
    "Phía Indonesia đề xuất tổ chức một cuộc diễn tập chung vào mùa thu tại vùng biển giáp ranh, có tàu "
    "cảnh sát biển, máy bay tuần thám và đội y tế của cả hai nước cùng tham gia.",
    "Theo số liệu được nêu tại phiên họp, trong năm qua lực lượng hai nước đã phối hợp xử lý mười bảy vụ "
    "việc, đưa hơn hai trăm thuyền viên về nơi an toàn và hỗ trợ kéo lai chín tàu hỏng máy.",
    "Kết thúc phiên họp, hai trưởng đoàn ký biên bản ghi nhớ bổ sung, giao các cơ quan chuyên môn xây dựng "
    "kế hoạch diễn tập và trao đổi sĩ quan trực ban trong nửa cuối năm.",
]
NEGATIVE = [
    "Chiều 15/3, tại Hà Nội, Thứ trưởng Bộ Quốc phòng Lê Minh Khang tiếp đoàn doanh nghiệp đóng tàu "
    "Indonesia đang tìm hiểu cơ hội đầu tư tại các khu công nghiệp ven biển miền Bắc.",
    "Thứ trưởng Lê Minh Khang nói: “Mỗi ngư dân được cứu sống là thước đo rõ nhất cho hiệu quả của sự "
    "hợp tác này, và chúng tôi muốn thời gian phản hồi được rút ngắn xuống dưới hai giờ”.",
    "Đoàn doanh nghiệp quan tâm tới các dự án sửa chữa tàu vỏ thép, đào tạo thợ hàn và sản xuất thiết bị "
    "cứu sinh, đồng thời mong muốn được tham quan một số nhà máy của Tổng công ty công nghiệp tàu thủy.",
    "Hai bên thống nhất giao đầu mối liên lạc để chuẩn bị chương trình khảo sát vào tháng tới, trước khi "
    "ký kết bất kỳ văn bản hợp tác nào giữa các doanh nghiệp.",
    "Cũng trong chiều cùng ngày, đoàn đã làm việc với lãnh đạo thành phố về quy hoạch cảng biển và nhu cầu "
    "lao động kỹ thuật cao cho ngành đóng tàu trong mười năm tới.",
]


def page(title: str, date: str, paragraphs: list[str], tail: list[str], domain: str) -> str:
    """A page dump: navigation, title, date bar, text, tail lines, a follow line."""
    return "\n".join(["Trang chủ Thời sự Quốc phòng", title, date, *paragraphs, *tail,
                      "Tin liên quan", f"Theo dõi {domain} trên Google News"]) + "\n"


def strip_marks(text: str) -> str:
    """The text with every diacritic removed."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c))


def write_story(folder: Path) -> dict[str, Path]:
    """The wire original, four versions and a hard negative as page dumps; name -> path."""
    body = [LEAD, *PARAGRAPHS]
    pages = {
        "wire": page(TITLE, "14/03/2024 09:12", [f"(TTXVN) - {LEAD}", *PARAGRAPHS], ["Hoàng Nam"], "vnanet.vn"),
        "retitled": page("Hợp tác cứu nạn với Indonesia: bước tiến mới", "14/03/2024 15:40",
                         [f"(VOV.VN) - {LEAD}", *PARAGRAPHS[:4], PARAGRAPHS[5]], ["Theo TTXVN"], "vov.vn"),
        "plain": page(strip_marks(TITLE), "15/03/2024 07:05", [strip_marks(p) for p in body],
                      ["Nguồn: TTXVN"], "baomoi.com"),
        "excerpt": page("Hải Phòng: họp về cứu nạn trên biển", "14/03/2024 18:20", body[:3],
                        ["Theo TTXVN"], "baohaiphong.com.vn"),
        "negative": page("Doanh nghiệp đóng tàu Indonesia tìm cơ hội đầu tư", "15/03/2024 16:00",
                         [f"(TTXVN) - {NEGATIVE[0]}", *NEGATIVE[1:]], ["Minh Thu"], "vnanet.vn"),
    }
    paths = {}
    for name, text in pages.items():
        paths[name] = folder / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return paths
