"""Our own Vietnamese text material for the republishing corpus: people, places and short phrase
lists that the generator combines into news paragraphs. Names are invented; phrases are written for
this benchmark, short on purpose so that unrelated articles share few five-word runs, as in real news."""
from __future__ import annotations

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
          "Lý", "Trịnh", "Đinh", "Mai", "Tạ", "Lương", "Quách"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Quốc", "Hữu", "Ngọc", "Xuân", "Thu", "Hồng", "Bảo", "Kim",
          "Tiến", "Công", "Gia"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hùng", "Khải", "Lan", "Long", "Mai", "Nam", "Phong",
         "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến", "Khang", "Lộc", "Nhung", "Oanh",
         "Phúc", "Quyết", "Thắng", "Uyên", "Việt"]
TITLES = ["Bộ trưởng Bộ Quốc phòng", "Thứ trưởng Bộ Quốc phòng", "Thứ trưởng Bộ Ngoại giao",
          "Phó Thủ tướng", "Chủ tịch UBND tỉnh", "Tư lệnh Vùng Cảnh sát biển", "Chính ủy Quân khu",
          "Đại sứ Việt Nam", "Vụ trưởng Vụ Hợp tác quốc tế", "Cục trưởng Cục Đối ngoại",
          "Tham mưu trưởng Bộ đội Biên phòng", "Phó Chủ tịch Quốc hội", "Bí thư Tỉnh ủy",
          "Giám đốc Sở Ngoại vụ", "Người phát ngôn Bộ Ngoại giao"]
RANKS = ["Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "ông", "bà"]
PARTNERS = ["Nhật Bản", "Ấn Độ", "Australia", "Lào", "Campuchia", "Hàn Quốc", "Pháp", "Indonesia",
            "Philippines", "Singapore", "Thái Lan", "Malaysia", "Đức", "Anh", "Canada", "New Zealand",
            "Brazil", "Nam Phi", "Ai Cập", "Mông Cổ", "Ba Lan", "Italy", "Tây Ban Nha", "Chile"]
PLACES = ["Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Nha Trang", "Vinh", "Quy Nhơn", "Hạ Long",
          "Cam Ranh", "Phú Quốc", "Điện Biên", "Lạng Sơn", "Cà Mau", "Buôn Ma Thuột", "Pleiku", "Đồng Hới",
          "Thanh Hóa", "Nam Định", "Vũng Tàu", "Rạch Giá", "Lào Cai", "Sơn La", "Kon Tum"]
EVENTS = ["đối thoại chính sách quốc phòng", "chuyến thăm chính thức", "hội nghị sĩ quan liên lạc",
          "diễn tập tìm kiếm cứu nạn", "tuần tra chung trên biển", "hội thảo an ninh hàng hải",
          "phiên họp ủy ban hỗn hợp", "lễ ký kết bản ghi nhớ", "khóa huấn luyện gìn giữ hòa bình",
          "chương trình giao lưu hữu nghị biên giới", "cuộc tham vấn chính trị", "triển lãm quốc phòng",
          "diễn tập ứng phó thảm họa", "hội nghị cấp cao", "đợt khám chữa bệnh nhân đạo"]
FIELDS = ["an ninh biển", "tìm kiếm cứu nạn", "rà phá bom mìn", "đào tạo sĩ quan", "y học quân sự",
          "công nghiệp quốc phòng", "khắc phục hậu quả chiến tranh", "gìn giữ hòa bình", "ứng phó biến đổi khí hậu",
          "an ninh mạng", "hậu cần kỹ thuật", "thông tin liên lạc", "quản lý biên giới", "cứu trợ nhân đạo",
          "chống khủng bố", "phòng chống dịch bệnh", "nghiên cứu chiến lược", "giáo dục quốc phòng"]

TIME_OPENERS = ["Sáng {d}", "Chiều {d}", "Tối {d}", "Ngày {d}", "Trưa {d}", "Trong hai ngày {d} và {d2}",
                "Cuối tuần qua", "Đầu tháng này", "Mới đây", "Hôm qua"]
AT_PLACE = ["tại {place}", "ở {place}", "tại trụ sở ở {place}", "bên lề sự kiện ở {place}",
            "trên địa bàn {place}", "tại thành phố {place}"]
VERBS = ["chủ trì", "tham dự", "đồng chủ trì", "phát biểu khai mạc", "dẫn đầu đoàn", "tiếp xúc",
         "hội đàm với", "làm việc với", "gặp gỡ", "chứng kiến", "thăm và làm việc với", "điện đàm với"]
ADVERBS = ["một cách cởi mở", "trong không khí thân tình", "với tinh thần thẳng thắn", "theo đúng kế hoạch",
           "rất hiệu quả", "kéo dài hơn hai giờ", "theo lời mời của phía bạn", "trực tuyến", "lần đầu tiên",
           "sau nhiều năm gián đoạn", "đúng dịp kỷ niệm", "theo nghi thức trang trọng"]
OUTCOMES = ["hai bên nhất trí", "các đại biểu thống nhất", "phía bạn cam kết", "đoàn công tác đề xuất",
            "hai bộ trưởng khẳng định", "lãnh đạo hai nước đánh giá", "các bên ghi nhận",
            "hội nghị kết luận", "phía Việt Nam đề nghị", "hai đoàn cùng bày tỏ"]
GOALS = ["đẩy mạnh hợp tác về {field}", "mở rộng trao đổi đoàn các cấp", "tăng cường tin cậy chiến lược",
         "xây dựng kế hoạch hành động chung", "sớm hoàn tất văn kiện về {field}", "duy trì cơ chế đối thoại",
         "chia sẻ kinh nghiệm trong {field}", "nâng cao năng lực cho lực lượng {field}",
         "phối hợp tại các diễn đàn đa phương", "thúc đẩy các dự án về {field}",
         "tổ chức khóa đào tạo về {field}", "hỗ trợ lẫn nhau trong {field}"]
TAILS = ["trong thời gian tới", "từ nay đến cuối năm", "trong giai đoạn {y}-{y2}", "theo lộ trình đã định",
         "phù hợp với luật pháp quốc tế", "vì hòa bình và ổn định khu vực", "trên cơ sở bình đẳng",
         "bằng nguồn lực của mỗi bên", "ngay trong quý tới", "với sự tham gia của các địa phương"]
NUMBERS = ["hơn {n} cán bộ", "{n} chiến sĩ", "gần {n} đại biểu", "khoảng {n} học viên", "{n} tàu và xuồng",
           "{n} đoàn công tác", "hơn {n} lượt người dân", "{n} dự án", "{n} tỷ đồng", "{n} tấn hàng cứu trợ"]
ACTIVITIES = ["đã được huy động", "tham gia buổi tập", "được tặng quà", "được khám bệnh miễn phí",
              "hoàn thành nhiệm vụ", "có mặt từ sớm", "được cấp chứng nhận", "được đưa vào sử dụng",
              "đã được giải ngân", "được vận chuyển tới vùng khó khăn"]
CONTEXTS = ["Theo báo cáo tại buổi làm việc", "Thông tin từ ban tổ chức cho biết",
            "Phát biểu tại buổi lễ", "Trao đổi với phóng viên", "Trong năm qua", "Nhìn lại chặng đường vừa qua",
            "Cũng trong chương trình", "Theo kế hoạch", "Bên cạnh đó", "Đánh giá về kết quả đạt được"]
QUOTE_OPEN = ["cho biết", "nhấn mạnh", "khẳng định", "chia sẻ", "phát biểu", "nói"]
QUOTE_BITS = ["chúng tôi luôn coi trọng", "quan hệ giữa hai nước", "đang phát triển tốt đẹp",
              "mỗi bên cần chủ động", "hợp tác thực chất", "vì lợi ích chung", "không ngừng củng cố",
              "niềm tin giữa hai quân đội", "những kết quả hôm nay", "là nền tảng quan trọng",
              "chúng ta sẽ tiếp tục", "cùng nhau vượt qua", "mọi khó khăn thách thức", "trong bối cảnh mới",
              "người dân hai bên biên giới", "được hưởng lợi trực tiếp", "tôi tin tưởng rằng",
              "sự ủng hộ quý báu", "các thế hệ sau", "sẽ kế thừa và phát huy", "an ninh và phát triển",
              "không thể tách rời", "đối thoại là con đường", "giải quyết bất đồng"]
CAPTIONS = ["Quang cảnh buổi hội đàm. Ảnh: {credit}", "Các đại biểu chụp ảnh lưu niệm. Ảnh: {credit}",
            "{person} phát biểu tại sự kiện. Ảnh: {credit}", "Lễ đón chính thức tại {place}. Ảnh: {credit}",
            "Hai trưởng đoàn ký văn kiện hợp tác. Ảnh: {credit}", "Lực lượng tham gia buổi diễn tập. Ảnh: {credit}"]
TITLE_PATTERNS = ["{partner} và Việt Nam {goal}", "{event} giữa Việt Nam và {partner}",
                  "{person_short} {verb} {event}", "Việt Nam - {partner}: {goal}",
                  "{event} tại {place}", "Thúc đẩy {field} với {partner}"]
NEW_TITLE_PATTERNS = ["Việt Nam và {partner} bàn về {field}", "Tăng cường quan hệ với {partner}",
                      "{place}: diễn ra {event}", "Hợp tác {field}: bước tiến mới với {partner}",
                      "{partner} đánh giá cao vai trò của Việt Nam", "Mở rộng hợp tác Việt Nam - {partner}"]
ADDED_PARAGRAPHS = ["Được biết, đây là hoạt động nằm trong chuỗi sự kiện kỷ niệm ngày thiết lập quan hệ "
                    "ngoại giao giữa hai nước, do phía {partner} đề xuất từ năm ngoái.",
                    "Trước đó, ngày {d}, đoàn đã đến thăm một số đơn vị đóng quân tại {place} và dâng hoa "
                    "tưởng niệm các anh hùng liệt sĩ.",
                    "Theo thông tin mà phóng viên ghi nhận, nhiều người dân {place} đã đến theo dõi buổi lễ "
                    "và bày tỏ niềm vui trước những kết quả vừa đạt được.",
                    "Như tin đã đưa, cuối tháng trước hai bên đã tổ chức vòng tham vấn cấp chuyên viên "
                    "để chuẩn bị cho các nội dung được ký kết lần này."]
BOILERPLATE = {"nav": ["Trang chủ Thời sự Quốc tế Quân sự Xã hội Kinh tế", "Trang chủ | Chính trị | Quốc phòng",
                       "TRANG CHỦ THẾ GIỚI TRONG NƯỚC", "Mới nhất Thời sự Quốc phòng An ninh Đối ngoại"],
               "widgets": ["Nhỏ Bình thường Lớn", "0:00 / 0:00", "Chia sẻ Facebook Zalo", "In bài viết"],
               "related_head": ["Tin liên quan", "Tin cùng chuyên mục", "Đọc nhiều", "Tin bài liên quan"]}
