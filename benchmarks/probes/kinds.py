"""Probe pages by KIND of article (longform, photo story, video, interview, live, opinion, republished,
press release, multi-page, AMP/mobile, tables and boxes, corrections), in our own Vietnamese wording.

Each probe gives the page HTML and what a reader takes from it: title, author (None when the page names no
writer: a source, a photographer or a staff credit is not the author), date, the first and the last paragraph of
the article (the sapo counts as body; captions, credits and boxes after the text do not)."""
from __future__ import annotations

from dataclasses import dataclass

from benchmarks.probes.shell import head, page, shell


@dataclass(frozen=True)
class Probe:
    name: str
    kind: str
    html: str
    title: str
    author: str | None
    date: str
    start: str
    end: str


PROBES: list[Probe] = []
p = lambda t: f"<p>{t}</p>"  # noqa: E731
ps = lambda ts: "".join(p(t) for t in ts)  # noqa: E731
fig = lambda cap: f"<figure><img src='a.jpg' alt=''><figcaption>{cap}</figcaption></figure>"  # noqa: E731


def add(name, kind, *, site, section, variant, title, date, author, article, start, end, time="08:30",
        head_kw=None, amp=False):
    kw = dict(head_kw or {})
    published = f"{date}T{time}:00+07:00"
    h = head(title, site, published, amp=amp, **kw)
    PROBES.append(Probe(name, kind, page(h, shell(variant, site, section, article), amp=amp), title, author,
                        date, start, end))


def vn_date(date: str, time: str = "08:30") -> str:
    y, m, d = date.split("-")
    return f"{d}/{m}/{y} {time}"


# --------------------------------------------------------------------------- e-magazine / longform
T = "Những người giữ rừng trên đỉnh Ngọc Linh"
S = "Hơn hai mươi năm qua, những tổ bảo vệ rừng ở vùng núi cao nhất Tây Nguyên vẫn lặng lẽ đi tuần, giữ từng gốc sâm và từng cánh rừng nguyên sinh."
A = ["Sáu giờ sáng, sương còn phủ kín thung lũng khi anh Hồ Văn Dũng buộc lại dây giày, khoác chiếc ba lô bạc màu và bắt đầu chuyến tuần tra thứ ba trong tuần.",
     "Con đường lên đỉnh chỉ rộng chừng một bàn chân, trơn trượt sau đêm mưa, hai bên là vực sâu phủ dương xỉ.",
     "Theo ban quản lý khu bảo tồn, mỗi năm lực lượng giữ rừng phát hiện hàng chục vụ xâm nhập trái phép, phần lớn là người đi tìm sâm và lan rừng.",
     "Những năm gần đây, nhờ tiền chi trả dịch vụ môi trường rừng, thu nhập của các tổ tuần tra đã khá hơn, nhiều người trẻ bắt đầu tham gia.",
     "Chiều xuống, cả tổ dừng chân bên con suối nhỏ. Anh Dũng nói chừng nào còn sức, anh còn lên núi, vì rừng còn thì bản làng còn."]
add("emag-chapters", "emagazine", site="Báo Miền Núi", section="E-magazine", variant=0, title=T, date="2026-02-14",
    author="Lê Minh Hà", head_kw={"description": S},
    article=f"<div class='emag-cover'><h1>{T}</h1>{fig('Đỉnh Ngọc Linh nhìn từ làng Tu Răng lúc bình minh')}</div>"
            f"<div class='emag-sapo'><p><b>{S}</b></p></div><div class='emag-body'>"
            f"<h2>Chương 1: Con đường mòn trong sương</h2>{ps(A[:2])}{fig('Tổ tuần tra vượt dốc đá sau cơn mưa đêm')}"
            f"<h2>Chương 2: Những mùa sâm</h2>{p(A[2])}<h2>Chương 3: Người trẻ trở về</h2>{ps(A[3:])}"
            f"<div class='credits'><p>Nội dung: Lê Minh Hà</p><p>Ảnh: Trần Quốc Việt</p><p>Thiết kế: Phạm Thảo Vy</p></div>"
            f"<p>Ngày xuất bản: 14/02/2026</p></div>",
    start=S, end=A[-1])

T = "Làng gốm bên sông và cuộc hồi sinh lặng lẽ"
S = "Từng có lúc chỉ còn vài lò nung đỏ lửa, làng gốm ven sông Đuống nay đón hàng nghìn khách mỗi tháng nhờ những người thợ trẻ dám thay đổi."
A = ["Bà Nguyễn Thị Lụa năm nay ngoài bảy mươi tuổi, vẫn ngày ngày ngồi bên bàn xoay, đôi tay nhuộm màu đất sét.",
     "Hồi đầu những năm 2000, hàng gốm làng làm ra không bán được, thanh niên bỏ đi làm công nhân, nhiều lò phải tắt lửa.",
     "Bước ngoặt đến khi một nhóm thợ trẻ mở xưởng trải nghiệm, cho khách tự tay nặn và vẽ sản phẩm của mình.",
     "Xã đang lập hồ sơ đề nghị công nhận nghề gốm là di sản văn hóa phi vật thể cấp quốc gia, dự kiến hoàn thành cuối năm."]
add("emag-credits-line", "emagazine", site="Báo Kinh Bắc", section="Văn hóa", variant=1, title=T, date="2026-02-20",
    author="Ngọc Ánh",
    article=f"<section class='cover'><h1 class='emag-title'>{T}</h1><p class='credit'>Bài: Ngọc Ánh - Ảnh: Hữu Tài - Đồ họa: Minh Trí</p>"
            f"<p class='date'>{vn_date('2026-02-20')}</p></section>{fig('Một góc làng gốm nhìn từ triền đê')}"
            f"<div class='content'><p class='sapo'>{S}</p><h3>I. KÝ ỨC NHỮNG LÒ NUNG</h3>{ps(A[:2])}"
            f"<blockquote><p>“Đất ở đây có hồn, bỏ nghề là có lỗi với ông bà.”</p></blockquote>"
            f"<h3>II. THẾ HỆ MỚI</h3>{ps(A[2:])}{fig('Du khách trải nghiệm vẽ gốm tại xưởng')}</div>",
    start=S, end=A[-1])

T = "Hành trình đưa nước sạch về vùng khô hạn"
S = "Suốt mùa khô, hàng chục nghìn hộ dân ven biển miền Trung phải mua từng can nước ngọt. Một dự án liên tỉnh đang thay đổi điều đó."
A = ["Căn nhà của ông Phan Văn Hòa nằm cuối xóm, nơi đường ống nước máy chưa từng kéo tới.",
     "Mỗi tháng gia đình ông chi gần một triệu đồng chỉ để mua nước ngọt cho sinh hoạt và chăn nuôi.",
     "Dự án có tổng vốn hơn 1.200 tỷ đồng, gồm nhà máy xử lý và gần 300 km đường ống dẫn về các xã.",
     "Theo kế hoạch, đến cuối năm sau, chín trên mười hộ dân trong vùng dự án sẽ được dùng nước sạch."]
add("emag-numbers", "emagazine", site="Báo Duyên Hải", section="Longform", variant=2, title=T, date="2026-01-30",
    author="Thanh Tùng",
    article=f"<div class='lf-head'><div class='lf-label'>LONGFORM</div><h1>{T}</h1></div>{fig('Người dân chờ lấy nước ở trạm cấp nước tạm')}"
            f"<div class='lf-body'><p><strong>{S}</strong></p><h2>NỖI LO MÙA KHÔ</h2>{ps(A[:2])}"
            f"<div class='big-number'><p>1.200</p><p>tỷ đồng là tổng vốn của dự án</p></div>"
            f"<h2>ĐƯỜNG ỐNG VỀ LÀNG</h2>{ps(A[2:])}"
            f"<p>Nội dung: Thanh Tùng | Ảnh: Quốc Dũng | Thiết kế: Hải Yến</p><p>{vn_date('2026-01-30')}</p></div>",
    start=S, end=A[-1])

T = "Mùa hoa ban trắng núi rừng Tây Bắc"
A = ["Tháng ba, khi những cơn mưa xuân đầu tiên vừa tạnh, hoa ban bắt đầu nở trắng các sườn đồi quanh thành phố.",
     "Với người Thái, hoa ban gắn với câu chuyện tình yêu thủy chung và là loài hoa không thể thiếu trong lễ hội mùa xuân.",
     "Năm nay, tỉnh tổ chức lễ hội hoa ban với nhiều hoạt động như thi nấu món ăn từ hoa ban và chợ phiên vùng cao.",
     "Ban tổ chức dự kiến đón khoảng năm mươi nghìn lượt khách trong mười ngày diễn ra lễ hội."]
add("emag-nosapo-dropcap", "emagazine", site="Báo Tây Bắc", section="Du lịch", variant=0, title=T, date="2026-03-03",
    author="Lò Thị Hương",
    article=f"<h1 class='title'>{T}</h1><div class='meta'><span>Lò Thị Hương</span> <span>{vn_date('2026-03-03')}</span></div>"
            f"{fig('Hoa ban nở trắng đồi chè')}<div class='body'><h2>Tháng ba về bản</h2>"
            f"<p><span class='dropcap' style='float:left;font-size:3em'>T</span>{A[0][1:]}</p>{ps(A[1:])}</div>",
    start=A[0], end=A[-1])

# --------------------------------------------------------------------------- photo stories
T = "Phố cổ rực rỡ đèn lồng đêm rằm tháng Giêng"
S = "Tối qua, hàng nghìn người dân và du khách đổ về phố cổ ngắm đèn lồng, thả hoa đăng trên sông trong đêm rằm đầu năm."
C = ["Những dãy đèn lồng nhiều màu sắc được treo kín các con phố chính từ chiều tối.",
     "Du khách nước ngoài thích thú chụp ảnh bên những chiếc đèn lồng làm bằng lụa thủ công.",
     "Trên sông, hàng trăm ngọn hoa đăng được thả trôi, mang theo lời cầu chúc bình an.",
     "Lực lượng chức năng bố trí nhiều điểm giữ xe và phân luồng để tránh ùn tắc."]
L = "Lễ hội sẽ kéo dài đến hết ngày mai với nhiều chương trình nghệ thuật đường phố."
add("photo-captions", "photo", site="Báo Phố Hội", section="Ảnh", variant=0, title=T, date="2026-03-04",
    author=None,
    article=f"<h1>{T}</h1><p class='date'>{vn_date('2026-03-04', '21:10')}</p><p class='sapo'>{S}</p>"
            + "".join(fig(c) for c in C) + f"<p>{L}</p><p class='author'>Ảnh: Nguyễn Hữu Phước</p>",
    start=S, end=L, time="21:10")

T = "Ngắm bình minh trên cánh đồng muối Hòn Khói"
S = "Mỗi sáng sớm, cánh đồng muối rộng hàng trăm héc-ta trở nên nhộn nhịp với những người diêm dân gánh muối dưới nắng đầu ngày."
B = ["Diêm dân thường ra đồng từ bốn giờ sáng để tránh cái nắng gay gắt buổi trưa.",
     "Mỗi gánh muối nặng chừng năm mươi ký, được gánh từ ô ruộng lên bờ chất thành đống."]
C = ["Ánh nắng đầu ngày phủ vàng những ô ruộng muối. Ảnh: Lê Hoài",
     "Người phụ nữ gánh muối trên bờ ruộng. Ảnh: Lê Hoài",
     "Những đống muối trắng chờ thương lái tới thu mua. Ảnh: Lê Hoài"]
add("photo-bai-anh", "photo", site="Báo Khánh Hòa Mới", section="Phóng sự ảnh", variant=1, title=T, date="2026-02-11",
    author="Lê Hoài",
    article=f"<h1>{T}</h1><div class='meta'>{vn_date('2026-02-11', '06:45')}</div><h2 class='sapo'>{S}</h2>"
            f"{fig(C[0])}{p(B[0])}{fig(C[1])}{p(B[1])}{fig(C[2])}<p><b>Bài và ảnh: Lê Hoài</b></p>",
    start=S, end=B[-1], time="06:45")

T = "Toàn cảnh cây cầu dây văng dài nhất miền Tây trước ngày thông xe"
S = "Sau gần bốn năm thi công, cây cầu nối hai tỉnh ven sông Hậu đã hoàn thành phần chính, sẵn sàng thông xe vào cuối tháng."
C = ["1. Cầu dài gần 2,8 km, phần dây văng có nhịp chính 450 m.",
     "2. Hai trụ tháp cao hơn 120 m nhìn từ bờ sông.",
     "3. Công nhân hoàn thiện lớp thảm nhựa mặt cầu.",
     "4. Người dân hai bên bờ mong chờ ngày không còn phải đi phà."]
L = "Theo chủ đầu tư, khi thông xe, thời gian đi lại giữa hai tỉnh giảm từ hơn một giờ xuống còn mười lăm phút."
add("photo-numbered", "photo", site="Báo Sông Hậu", section="Ảnh", variant=2, title=T, date="2026-02-26",
    author="Hoàng Nam",
    article=f"<h1>{T}</h1><p class='meta'>Hoàng Nam - {vn_date('2026-02-26', '15:00')}</p><p><strong>{S}</strong></p>"
            + "".join(fig(c) for c in C[:2]) + p(L) + "".join(fig(c) for c in C[2:]),
    start=S, end=L, time="15:00")

# --------------------------------------------------------------------------- video pages
T = "Cận cảnh quy trình làm bánh tét lá cẩm ở Cần Thơ"
D = ["Những ngày cận Tết, các lò bánh tét ở quận Ninh Kiều hoạt động hết công suất để kịp giao hàng cho khách khắp nơi.",
     "Lá cẩm được nấu lấy nước để nhuộm nếp, tạo màu tím đặc trưng cho từng đòn bánh."]
# "Video: Minh Thư" credits the footage as "Ảnh: X" credits a photo: no writer is named (the labels' convention).
add("video-desc", "video", site="Truyền hình Cửu Long", section="Video", variant=0, title=T, date="2026-02-10",
    author=None,
    article=f"<div class='video-player'><div>Video đang phát</div><div>00:00 / 03:12</div><div>Tắt tiếng</div><div>Toàn màn hình</div></div>"
            f"<h1>{T}</h1><div class='meta'>{vn_date('2026-02-10', '10:00')}</div><div class='desc'>{ps(D)}</div>"
            f"<p class='author'>Video: Minh Thư</p><div class='more-video'><h3>Video khác</h3><ul><li><a>Chợ nổi Cái Răng những ngày cuối năm</a> 02:45</li>"
            f"<li><a>Làng hoa Sa Đéc vào mùa</a> 04:10</li></ul></div>",
    start=D[0], end=D[-1], time="10:00")

T = "Xe khách bốc cháy trên cao tốc, hành khách thoát nạn"
D = ["Trưa nay, một xe khách giường nằm bất ngờ bốc cháy khi đang chạy trên cao tốc, toàn bộ hai mươi hành khách đã kịp thoát ra ngoài an toàn."]
add("video-one-line", "video", site="Báo Giao Thông Mới", section="Video", variant=1, title=T, date="2026-03-05",
    author=None,
    article=f"<h1>{T}</h1><div class='meta'><span>{vn_date('2026-03-05', '13:20')}</span></div>"
            f"<div class='player'><span>Phát</span> <span>00:00</span> <span>01:05</span></div>"
            f"<div class='sapo'>{D[0]}</div><p>Nguồn video: Người dân cung cấp</p>"
            f"<div class='tags'><a>cháy xe</a><a>cao tốc</a></div>",
    start=D[0], end=D[0], time="13:20")

T = "Bản tin thời sự tối: Giá điện dự kiến điều chỉnh từ tháng tư"
D = ["Bộ Công Thương đang lấy ý kiến về phương án điều chỉnh giá bán lẻ điện bình quân, dự kiến áp dụng từ đầu quý hai.",
     "Cũng trong bản tin: mưa lớn ở các tỉnh miền núi phía Bắc, tiến độ giải ngân vốn đầu tư công và kết quả vòng loại bóng đá."]
add("video-bulletin", "video", site="Đài Phát thanh Mẫu", section="Bản tin", variant=2, title=T, date="2026-03-06",
    author=None,
    article=f"<div class='vplayer'><p>Đang tải video...</p></div><h1>{T}</h1><p class='time'>{vn_date('2026-03-06', '19:45')}</p>"
            f"{ps(D)}<p>Thực hiện: Ban Thời sự</p>",
    start=D[0], end=D[-1], time="19:45")

# --------------------------------------------------------------------------- interviews
T = "Giám đốc sở: Mỗi trường học cần một phòng tư vấn tâm lý"
S = "Trước tình trạng học sinh chịu áp lực thi cử ngày càng lớn, ông Nguyễn Văn An, Giám đốc Sở Giáo dục và Đào tạo, chia sẻ kế hoạch đưa tư vấn tâm lý vào mọi trường học."
Q = ["PV: Thưa ông, vì sao sở đặt mục tiêu mỗi trường có một phòng tư vấn tâm lý?",
     "Ông Nguyễn Văn An: Qua khảo sát năm ngoái, gần một phần ba học sinh trung học cho biết thường xuyên lo âu vì điểm số. Các em cần một nơi an toàn để chia sẻ.",
     "PV: Nguồn nhân lực cho các phòng này lấy từ đâu, thưa ông?",
     "Ông Nguyễn Văn An: Chúng tôi sẽ phối hợp với các trường đại học đào tạo giáo viên kiêm nhiệm, đồng thời ký hợp đồng với chuyên gia tâm lý.",
     "PV: Xin cảm ơn ông!"]
add("interview-pv", "interview", site="Báo Giáo Dục Mới", section="Giáo dục", variant=0, title=T, date="2026-02-24",
    author="Thu Trang",
    article=f"<h1>{T}</h1><div class='meta'><span>{vn_date('2026-02-24', '07:00')}</span></div><h2 class='sapo'>{S}</h2>"
            f"{fig('Ông Nguyễn Văn An trao đổi với phóng viên')}{ps(Q)}<p style='text-align:right'><b>Thu Trang (thực hiện)</b></p>",
    start=S, end=Q[-1], time="07:00")

T = "Nhà văn Trần Thu Hà: Viết cho thiếu nhi khó hơn viết cho người lớn"
S = "Sau mười năm, nhà văn Trần Thu Hà trở lại với cuốn truyện dài dành cho thiếu nhi. Chị trò chuyện về nghề viết và những độc giả nhỏ tuổi."
Q = ["Vì sao chị chọn viết cho thiếu nhi sau thời gian dài im lặng?",
     "Tôi có con nhỏ, mỗi tối đọc truyện cho con nghe, tôi nhận ra sách hay cho các em còn ít quá. Thế là tôi ngồi viết lại.",
     "Theo chị, điều gì khó nhất khi viết cho trẻ em?",
     "Trẻ em rất tinh, các em nhận ra ngay khi người lớn lên giọng dạy dỗ. Mình phải kể bằng con mắt của các em, không được giả."]
add("interview-bold-q", "interview", site="Báo Văn Nghệ Trẻ", section="Văn hóa", variant=1, title=T, date="2026-02-18",
    author="Mai Phương",
    article=f"<h1>{T}</h1><div class='meta'><span class='author'>Mai Phương</span> <span>{vn_date('2026-02-18', '16:30')}</span></div>"
            f"<p class='sapo'><b>{S}</b></p>" + "".join(f"<p><strong>{q}</strong></p>" if i % 2 == 0 else p(q) for i, q in enumerate(Q)),
    start=S, end=Q[-1], time="16:30")

T = "Chuyên gia: Thị trường bất động sản sẽ phục hồi từ nửa cuối năm"
S = "Lãi suất giảm và hàng loạt dự án được tháo gỡ pháp lý đang tạo điều kiện để thị trường nhà đất ấm lên, theo TS Lê Quốc Bảo."
Q = ["- Phóng viên: Ông đánh giá thế nào về thị trường bất động sản quý đầu năm?",
     "- TS Lê Quốc Bảo: Giao dịch đã nhích lên ở phân khúc căn hộ giá vừa phải, nhưng nhà đầu tư vẫn thận trọng.",
     "- Phóng viên: Khi nào thị trường thực sự phục hồi?",
     "- TS Lê Quốc Bảo: Tôi cho rằng từ nửa cuối năm, khi các dự án lớn được cấp phép trở lại, nguồn cung mới sẽ kéo theo sức mua."]
add("interview-dash", "interview", site="Báo Đầu Tư Mẫu", section="Bất động sản", variant=2, title=T, date="2026-03-01",
    author="Hải Đăng",
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-03-01', '09:00')}</p><p><strong>{S}</strong></p>{ps(Q)}"
            f"<p><b>Hải Đăng</b></p><div class='tags'><a>bất động sản</a><a>lãi suất</a></div>",
    start=S, end=Q[-1], time="09:00")

# --------------------------------------------------------------------------- live coverage
T = "Trực tiếp: Kỳ họp bất thường Hội đồng nhân dân thành phố"
S = "Sáng nay, Hội đồng nhân dân thành phố khai mạc kỳ họp bất thường để xem xét nhiều nghị quyết về đầu tư công và nhân sự."
U = [("10:40", "Các đại biểu biểu quyết thông qua nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn với tỷ lệ tán thành cao."),
     ("09:15", "Phó chủ tịch UBND thành phố trình bày tờ trình về việc bổ sung vốn cho ba dự án giao thông trọng điểm."),
     ("08:30", "Kỳ họp khai mạc với sự tham dự của chín mươi đại biểu, chủ tọa phát biểu nêu rõ nội dung làm việc trong ngày.")]
add("live-newest-first", "live", site="Báo Thủ Đô Mẫu", section="Thời sự", variant=0, title=T, date="2026-03-06",
    author="Hoàng Long - Thu Hà",
    article=f"<div class='live-badge'>Trực tiếp</div><h1>{T}</h1><p class='meta'>Cập nhật: {vn_date('2026-03-06', '10:45')}</p>"
            f"<p class='sapo'>{S}</p>" + "".join(f"<div class='update'><p class='time'><b>{t}</b></p>{p(x)}</div>" for t, x in U)
            + "<p><b>Hoàng Long - Thu Hà</b></p>",
    start=S, end=U[-1][1], time="08:00")

T = "Trực tiếp trận chung kết: Đội tuyển nữ Việt Nam gặp Thái Lan"
U = [("19:00", "Hai đội ra sân khởi động, khán đài sân vận động đã kín chỗ với hơn hai mươi nghìn cổ động viên."),
     ("19:32", "Vào! Tiền đạo số 9 đánh đầu mở tỷ số cho đội tuyển nữ Việt Nam sau pha phạt góc bên cánh trái."),
     ("20:51", "Trận đấu kết thúc với tỷ số 1-0, đội tuyển nữ Việt Nam lên ngôi vô địch khu vực lần thứ tư.")]
add("live-oldest-first", "live", site="Thể Thao Mẫu", section="Bóng đá", variant=1, title=T, date="2026-03-07",
    author=None,
    article=f"<h1>{T}</h1><div class='live'>TRỰC TIẾP</div><p class='meta'>{vn_date('2026-03-07', '18:50')}</p>"
            + "".join(f"<div class='post'><span class='t'>{t}</span><p>{x}</p></div>" for t, x in U)
            + "<div class='scoreboard'><p>Việt Nam 1 - 0 Thái Lan</p></div>",
    start=U[0][1], end=U[-1][1], time="18:50")

T = "Bão số 2 đổ bộ: Cập nhật liên tục tình hình các tỉnh ven biển"
S = "Bão số 2 với sức gió cấp 10 đang tiến sát đất liền, các tỉnh từ Thanh Hóa đến Hà Tĩnh khẩn trương sơ tán người dân khỏi vùng nguy hiểm."
U = ["15:20 - Tại thị xã ven biển, gió bắt đầu giật mạnh, nhiều cây xanh bị quật đổ trên tuyến đường chính.",
     "14:05 - Ban chỉ huy phòng chống thiên tai tỉnh cho biết đã di dời hơn ba nghìn hộ dân đến nơi an toàn.",
     "12:30 - Tàu thuyền của ngư dân đã vào nơi tránh trú, lực lượng biên phòng kiểm đếm từng chiếc."]
add("live-inline-times", "live", site="Báo Bắc Trung Bộ", section="Thời sự", variant=2, title=T, date="2026-03-08",
    author=None,
    article=f"<p class='label'>TRỰC TIẾP</p><h1>{T}</h1><p>{vn_date('2026-03-08', '15:25')}</p><p><strong>{S}</strong></p>{ps(U)}",
    start=S, end=U[-1], time="12:00")

# --------------------------------------------------------------------------- opinion columns
T = "Đừng để người nộp thuế chờ đợi"
A = ["Mỗi lần thủ tục hoàn thuế kéo dài thêm một tuần là một tuần doanh nghiệp phải đi vay vốn với lãi suất không nhỏ.",
     "Số hóa quy trình là cần thiết, nhưng nếu mỗi bước vẫn đòi chữ ký tay thì máy tính chỉ làm chậm thêm mọi việc.",
     "Cơ quan thuế nên công khai thời gian xử lý từng hồ sơ, để người nộp thuế biết hồ sơ của mình đang nằm ở đâu.",
     "Cải cách chỉ thực chất khi người dân và doanh nghiệp cảm nhận được, chứ không phải khi bản báo cáo ghi đã hoàn thành."]
add("opinion-role-above", "opinion", site="Báo Kinh Tế Mẫu", section="Góc nhìn", variant=0, title=T, date="2026-02-27",
    author="Nguyễn Hữu Lâm",
    article=f"<div class='banner'>Góc nhìn</div><div class='col-author'><p class='name'>TS. Nguyễn Hữu Lâm</p>"
            f"<p class='role'>Viện Nghiên cứu Chính sách Kinh tế</p></div><h1>{T}</h1><p class='date'>{vn_date('2026-02-27', '06:00')}</p>"
            f"{ps(A)}<p class='note'><i>Bài viết thể hiện quan điểm riêng của tác giả.</i></p>",
    start=A[0], end=A[-1], time="06:00")

T = "Sân chơi cho trẻ em không thể là chuyện để sau"
S = "Đô thị càng đông đúc, khoảng trống cho trẻ em càng bị thu hẹp. Quy hoạch nào cũng phải dành chỗ cho các em."
A = ["Ở nhiều khu chung cư mới, sân chơi trong hồ sơ thiết kế đã biến thành bãi đỗ xe chỉ sau vài năm.",
     "Trẻ em không có nơi chạy nhảy sẽ tìm đến màn hình điện thoại, và cái giá phải trả là sức khỏe của cả một thế hệ.",
     "Chính quyền cần coi diện tích sân chơi là chỉ tiêu bắt buộc, được kiểm tra khi nghiệm thu dự án."]
add("opinion-quan-diem", "opinion", site="Báo Người Thành Phố", section="Quan điểm", variant=1, title=T, date="2026-02-15",
    author="Trần Thu Hà",
    article=f"<p class='kicker'>QUAN ĐIỂM</p><h1>{T}</h1><div class='author-box'><p>Luật sư Trần Thu Hà</p><p>Đoàn Luật sư thành phố</p></div>"
            f"<p class='time'>{vn_date('2026-02-15', '05:30')}</p><p class='sapo'>{S}</p>{ps(A)}",
    start=S, end=A[-1], time="05:30")

T = "Tiếng ồn đô thị và sự im lặng của quy định"
A = ["Đêm nào tiếng loa kẹo kéo cũng vang tới khuya, và người dân chỉ biết đóng chặt cửa sổ.",
     "Quy định về tiếng ồn đã có, mức phạt cũng đã có, nhưng hiếm khi thấy một biên bản được lập.",
     "Một thành phố đáng sống không chỉ cần cây xanh và đường sá, mà còn cần những đêm yên tĩnh."]
add("opinion-upper-end", "opinion", site="Báo Phương Nam", section="Bình luận", variant=2, title=T, date="2026-03-02",
    author="Phan Đăng",
    article=f"<div class='cat'>Bình luận</div><h1>{T}</h1><p>{vn_date('2026-03-02', '11:00')}</p>{ps(A)}"
            f"<p style='text-align:right'><strong>PHAN ĐĂNG</strong></p>",
    start=A[0], end=A[-1], time="11:00")

# --------------------------------------------------------------------------- republished / translated
T = "Giá dầu thế giới tăng mạnh sau quyết định cắt giảm sản lượng"
A = ["Giá dầu Brent tăng hơn 4% trong phiên giao dịch hôm qua, lên mức cao nhất trong ba tháng.",
     "Các nước sản xuất dầu lớn cho biết sẽ giảm sản lượng thêm một triệu thùng mỗi ngày từ tháng tới.",
     "Giới phân tích dự báo giá có thể tiếp tục đi lên nếu nhu cầu tại châu Á phục hồi như kỳ vọng."]
add("repub-theo-reuters", "republished", site="Báo Thị Trường Mẫu", section="Thế giới", variant=0, title=T, date="2026-03-03",
    author=None,
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-03-03', '07:40')}</p>{ps(A)}<p style='text-align:right'><b>Theo Reuters</b></p>",
    start=A[0], end=A[-1], time="07:40")

T = "Trung Quốc phóng thành công tàu vũ trụ chở hàng mới"
A = ["Tàu vũ trụ chở hàng được phóng từ trung tâm vũ trụ trên đảo Hải Nam vào tối qua theo giờ địa phương.",
     "Con tàu mang theo nhiên liệu, thực phẩm và thiết bị thí nghiệm cho các phi hành gia trên trạm không gian.",
     "Đây là lần phóng thứ ba của chương trình trong năm nay."]
add("repub-paren-agency", "republished", site="Báo Khoa Học Mẫu", section="Khoa học", variant=1, title=T, date="2026-02-22",
    author="Hà Linh",
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-02-22', '09:10')}</p>{ps(A)}<p style='text-align:right'><b>Hà Linh (Theo Tân Hoa Xã)</b></p>",
    start=A[0], end=A[-1], time="09:10")

T = "Nhật Bản thử nghiệm tàu cao tốc không người lái"
A = ["Công ty đường sắt Nhật Bản vừa bắt đầu chạy thử tàu cao tốc không người lái trên tuyến nối hai thành phố lớn.",
     "Theo kế hoạch, người lái vẫn có mặt trên tàu để giám sát trong giai đoạn thử nghiệm kéo dài hai năm.",
     "Nếu thành công, công nghệ này có thể giúp giảm tình trạng thiếu nhân lực ngành đường sắt."]
add("repub-luoc-dich", "republished", site="Báo Công Nghệ Mẫu", section="Công nghệ", variant=2, title=T, date="2026-02-19",
    author="Minh Anh",
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-02-19', '14:00')}</p>{ps(A)}<p><em>Lược dịch: Minh Anh</em></p><p><em>Nguồn: NHK</em></p>",
    start=A[0], end=A[-1], time="14:00")

T = "Chính phủ ban hành nghị định mới về quản lý giá"
S = "Nghị định có hiệu lực từ ngày 15/4, quy định chi tiết việc kê khai và niêm yết giá đối với nhiều mặt hàng thiết yếu."
A = ["Theo nghị định, các doanh nghiệp kinh doanh xăng dầu, sữa cho trẻ em và thức ăn chăn nuôi phải kê khai giá trước khi điều chỉnh.",
     "Cơ quan quản lý có quyền yêu cầu giải trình nếu mức tăng giá vượt quá biên độ cho phép."]
add("repub-nguon-end", "republished", site="Cổng Tin Tỉnh Mẫu", section="Chính sách", variant=0, title=T, date="2026-03-01",
    author=None,
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-03-01', '16:00')}</p><p class='sapo'><b>{S}</b></p>{ps(A)}<p>Nguồn: Báo Chính phủ</p>",
    start=S, end=A[-1], time="16:00")

T = "Lũ lụt nghiêm trọng tại miền nam Brazil"
A = ["Mưa lớn kéo dài suốt một tuần đã gây lũ lụt trên diện rộng tại bang Rio Grande do Sul, hàng chục nghìn người phải sơ tán.",
     "Nhà chức trách địa phương cho biết nhiều tuyến đường bị chia cắt, việc cứu trợ gặp nhiều khó khăn.",
     "Chính phủ Brazil đã công bố tình trạng khẩn cấp và điều động quân đội hỗ trợ người dân."]
add("repub-ttxvn-tail", "republished", site="Báo Tin Tức Mẫu", section="Thế giới", variant=1, title=T, date="2026-02-16",
    author=None,
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-02-16', '20:15')}</p>{ps(A)}<p style='text-align:right'>(TTXVN/AFP)</p>",
    start=A[0], end=A[-1], time="20:15")

# --------------------------------------------------------------------------- press releases
T = "Ngân hàng Mẫu Việt ra mắt gói vay ưu đãi cho doanh nghiệp nhỏ"
A = ["Hà Nội, ngày 3 tháng 3 năm 2026 – Ngân hàng Mẫu Việt chính thức triển khai gói tín dụng trị giá 5.000 tỷ đồng dành cho doanh nghiệp nhỏ và vừa.",
     "Lãi suất của gói vay thấp hơn mặt bằng chung từ 1,5 đến 2 điểm phần trăm, thời hạn ưu đãi tối đa mười hai tháng.",
     "Doanh nghiệp có thể đăng ký trực tuyến và nhận kết quả thẩm định trong vòng ba ngày làm việc."]
add("press-release", "press", site="Báo Doanh Nghiệp Mẫu", section="Thông cáo báo chí", variant=0, title=T, date="2026-03-03",
    author=None,
    article=f"<p class='label'>THÔNG CÁO BÁO CHÍ</p><h1>{T}</h1><p class='meta'>{vn_date('2026-03-03', '10:00')}</p>{ps(A)}"
            f"<p><b>Thông tin liên hệ báo chí:</b></p><p>Phòng Truyền thông Ngân hàng Mẫu Việt</p><p>Email: truyenthong@mauviet.vn - Điện thoại: 024 3999 8888</p>",
    start=A[0], end=A[-1], time="10:00")

T = "Công ty Điện tử Sao Mai khánh thành nhà máy thứ hai tại Bắc Ninh"
S = "Nhà máy có tổng vốn đầu tư 120 triệu USD, dự kiến tạo việc làm cho khoảng ba nghìn lao động địa phương."
A = ["Nhà máy sẽ sản xuất linh kiện điện tử cho thị trường trong nước và xuất khẩu sang Nhật Bản, Hàn Quốc.",
     "Đại diện công ty cho biết toàn bộ dây chuyền sử dụng năng lượng mặt trời áp mái cho khoảng một phần ba nhu cầu điện."]
add("press-doanh-nghiep", "press", site="Báo Công Thương Mẫu", section="Doanh nghiệp", variant=2, title=T, date="2026-02-25",
    author=None,
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-02-25', '15:30')}</p><p><i>(Thông cáo báo chí)</i></p><p><b>{S}</b></p>{ps(A)}"
            f"<p>Nguồn: Công ty Điện tử Sao Mai</p>",
    start=S, end=A[-1], time="15:30")

# --------------------------------------------------------------------------- multi-page and series
T = "Hành trình mười năm của một hợp tác xã rau sạch"
S = "Từ vài hộ trồng rau nhỏ lẻ, hợp tác xã nay có hơn trăm thành viên và cung cấp rau cho nhiều chuỗi siêu thị."
A = ["Năm 2016, ông Đỗ Văn Khải vận động tám hộ trong xóm cùng chuyển sang trồng rau theo tiêu chuẩn an toàn.",
     "Những vụ đầu tiên, rau làm ra không ai mua vì giá cao hơn rau chợ, nhiều hộ nản lòng muốn bỏ cuộc."]
add("multipage-pager", "multipage", site="Báo Nông Thôn Mẫu", section="Nông nghiệp", variant=0, title=T, date="2026-02-12",
    author="Đỗ Hằng",
    article=f"<h1>{T}</h1><p class='meta'>Đỗ Hằng - {vn_date('2026-02-12', '08:00')}</p><p class='sapo'>{S}</p>{ps(A)}"
            f"<div class='pager'><span>Trang</span> <a>1</a> <a>2</a> <a>3</a> <a>Tiếp »</a></div>",
    start=S, end=A[-1], time="08:00")

T = "Bài 1: Những công trình chậm tiến độ nhiều năm"
A = ["Khu tái định cư được khởi công từ năm 2018, đến nay vẫn còn dang dở với nhiều hạng mục bỏ hoang.",
     "Người dân nhận đất tái định cư phải sống tạm trong những căn nhà thuê chật chội suốt nhiều năm.",
     "Trả lời báo chí, đại diện ban quản lý dự án cho biết nguyên nhân chính là vướng mắc về vốn và mặt bằng."]
add("series-con-nua", "multipage", site="Báo Điều Tra Mẫu", section="Điều tra", variant=1, title=T, date="2026-02-09",
    author="Đức Minh",
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-02-09', '05:00')}</p>{ps(A)}<p style='text-align:center'><i>(Còn nữa)</i></p>"
            f"<p><b>Kỳ tới: Ai chịu trách nhiệm?</b></p><p style='text-align:right'><b>Đức Minh</b></p>",
    start=A[0], end=A[-1], time="05:00")

T = "Bí quyết giữ thói quen đọc sách khi bận rộn"
S = "Không cần dành hàng giờ mỗi ngày, chỉ mười lăm phút đọc sách đều đặn cũng đủ tạo nên khác biệt sau một năm."
A = ["Hãy luôn mang theo một cuốn sách mỏng hoặc dùng ứng dụng đọc trên điện thoại để tận dụng thời gian chờ.",
     "Đặt mục tiêu nhỏ như mỗi tháng một cuốn thay vì những con số quá sức khiến bạn dễ bỏ cuộc."]
add("multipage-doc-tiep", "multipage", site="Báo Gia Đình Mẫu", section="Đời sống", variant=2, title=T, date="2026-03-04",
    author="Bảo Ngọc",
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-03-04', '20:00')}</p><p><b>{S}</b></p>{ps(A)}"
            f"<p><b>Bảo Ngọc</b></p><p><a>Đọc tiếp: Năm cuốn sách nên đọc trong năm nay</a></p><p>Trang 1/2</p>",
    start=S, end=A[-1], time="20:00")

# --------------------------------------------------------------------------- AMP / mobile
T = "Sân bay quốc tế mở thêm nhà ga hành khách mới"
S = "Nhà ga mới có công suất mười lăm triệu khách mỗi năm, giúp giảm tải cho nhà ga hiện hữu vốn đã quá tải nhiều năm."
A = ["Nhà ga được thiết kế bốn tầng, với sáu mươi quầy làm thủ tục và hệ thống băng chuyền hành lý tự động.",
     "Các hãng hàng không trong nước sẽ chuyển dần hoạt động sang nhà ga mới từ đầu tháng sau."]
add("amp-basic", "amp", site="Báo Hàng Không Mẫu", section="Giao thông", variant=2, title=T, date="2026-03-05",
    author="Quang Huy", amp=True,
    article=f"<amp-sidebar id='menu'><ul><li>Thời sự</li><li>Kinh tế</li></ul></amp-sidebar>"
            f"<h1 class='amp-title'>{T}</h1><div class='amp-meta'><span>Quang Huy</span> <span>{vn_date('2026-03-05', '11:30')}</span></div>"
            f"<p class='amp-sapo'>{S}</p><amp-img src='a.jpg' width='600' height='400'></amp-img><p class='amp-caption'>Phối cảnh nhà ga mới</p>"
            f"{ps(A)}<amp-social-share type='facebook'></amp-social-share><p><a>Xem bản đầy đủ</a></p>",
    start=S, end=A[-1], time="11:30")

T = "Học sinh được nghỉ học do rét đậm dưới 10 độ C"
A = ["Sở Giáo dục và Đào tạo yêu cầu các trường mầm non và tiểu học cho học sinh nghỉ khi nhiệt độ ngoài trời xuống dưới 10 độ C.",
     "Với học sinh trung học cơ sở, ngưỡng nhiệt độ được nghỉ học là 7 độ C theo hướng dẫn hiện hành.",
     "Phụ huynh được khuyến cáo theo dõi dự báo thời tiết lúc sáu giờ sáng mỗi ngày để chủ động."]
add("mobile-meta-after", "amp", site="Báo Vùng Cao Mẫu", section="Giáo dục", variant=2, title=T, date="2026-01-20",
    author="Ngọc Giang",
    article=f"<h1>{T}</h1>{ps(A)}<div class='m-meta'><p>Ngọc Giang</p><p>{vn_date('2026-01-20', '06:10')}</p></div>",
    start=A[0], end=A[-1], time="06:10")

# --------------------------------------------------------------------------- tables, boxes, lists, quotes, polls
T = "Giá lúa gạo tuần này tiếp tục tăng"
S = "Giá lúa tại nhiều tỉnh đồng bằng sông Cửu Long tăng thêm 100 đến 200 đồng mỗi ký so với tuần trước."
A = ["Theo các thương lái, nhu cầu thu mua cho hợp đồng xuất khẩu đầu năm đang ở mức cao.",
     "Giới kinh doanh dự báo giá sẽ ổn định trong vài tuần tới khi vụ đông xuân bắt đầu thu hoạch rộ."]
TBL = ("<table><tr><th>Loại</th><th>Giá (đồng/kg)</th><th>Thay đổi</th></tr><tr><td>Lúa IR 504</td><td>7.200</td><td>+100</td></tr>"
       "<tr><td>Lúa OM 18</td><td>7.600</td><td>+200</td></tr><tr><td>Gạo thành phẩm</td><td>12.500</td><td>0</td></tr></table>")
add("table-middle", "boxes", site="Báo Nông Sản Mẫu", section="Thị trường", variant=0, title=T, date="2026-02-23",
    author="Kim Hoa",
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-02-23', '17:00')}</p><p class='sapo'>{S}</p>{p(A[0])}{TBL}"
            f"<p><i>Bảng giá lúa gạo tham khảo ngày 23/2</i></p>{p(A[1])}<p style='text-align:right'><b>Kim Hoa</b></p>",
    start=S, end=A[-1], time="17:00")

T = "Tỉnh khởi công tuyến đường ven biển dài 80 km"
S = "Tuyến đường được kỳ vọng mở ra không gian phát triển du lịch và kinh tế biển cho các huyện phía nam tỉnh."
A = ["Lễ khởi công diễn ra sáng nay với sự tham dự của lãnh đạo tỉnh và đại diện các nhà thầu.",
     "Đơn vị thi công cam kết bảo đảm an toàn giao thông và hạn chế bụi ảnh hưởng tới người dân hai bên tuyến."]
BOX = ("<div class='factbox'><p><b>Thông tin thêm</b></p><p>Tổng mức đầu tư: 3.500 tỷ đồng</p>"
       "<p>Chiều dài: 80 km, mặt đường rộng 12 m</p><p>Thời gian hoàn thành dự kiến: quý IV/2028</p></div>")
add("factbox-middle", "boxes", site="Báo Miền Trung Mẫu", section="Kinh tế", variant=1, title=T, date="2026-02-28",
    author="Văn Tâm",
    article=f"<h1>{T}</h1><p class='meta'>Văn Tâm - {vn_date('2026-02-28', '10:20')}</p><p><b>{S}</b></p>{p(A[0])}{BOX}{p(A[1])}",
    start=S, end=A[-1], time="10:20")

T = "Năm lưu ý khi đưa trẻ đi tiêm vắc xin"
S = "Để buổi tiêm chủng an toàn, phụ huynh cần chuẩn bị kỹ trước, trong và sau khi đưa trẻ đến điểm tiêm."
LI = ["Mang theo sổ tiêm chủng và thông báo cho bác sĩ nếu trẻ đang sốt hoặc mới ốm dậy.",
      "Cho trẻ ăn no, mặc quần áo rộng rãi để việc tiêm thuận tiện.",
      "Ở lại điểm tiêm ít nhất ba mươi phút sau khi tiêm để được theo dõi phản ứng.",
      "Về nhà, tiếp tục theo dõi trẻ trong hai ngày và đưa đến cơ sở y tế ngay khi có dấu hiệu bất thường."]
add("list-at-end", "boxes", site="Báo Sức Khỏe Mẫu", section="Sức khỏe", variant=0, title=T, date="2026-02-21",
    author="Lan Chi",
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-02-21', '18:00')}</p><p class='sapo'>{S}</p>"
            f"<p>Các bác sĩ khuyến cáo phụ huynh nhớ những điều sau:</p><ul>" + "".join(f"<li>{x}</li>" for x in LI)
            + "</ul><p style='text-align:right'><b>Bác sĩ Lan Chi</b></p>",
    start=S, end=LI[-1], time="18:00")

T = "Thành phố thu hút hơn hai tỷ USD vốn FDI trong hai tháng"
S = "Vốn đầu tư nước ngoài đăng ký mới tăng gần gấp đôi cùng kỳ năm trước, tập trung vào công nghiệp chế biến và bán dẫn."
A = ["Theo Sở Kế hoạch và Đầu tư, thành phố đã cấp mới giấy chứng nhận cho 85 dự án có vốn nước ngoài.",
     "“Chúng tôi ưu tiên các dự án công nghệ cao, sử dụng ít đất và ít lao động phổ thông”, ông Võ Minh Tuấn, Giám đốc sở, cho biết.",
     "Thành phố đặt mục tiêu thu hút tám tỷ USD vốn FDI trong cả năm."]
QB = ("<div class='quote-box'><p>“Chúng tôi ưu tiên các dự án công nghệ cao”</p><p>Ông Võ Minh Tuấn</p></div>")
add("quote-box", "boxes", site="Báo Đầu Tư Phía Nam", section="Đầu tư", variant=2, title=T, date="2026-03-02",
    author="Tú Uyên",
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-03-02', '12:00')}</p><p><b>{S}</b></p>{p(A[0])}{QB}{ps(A[1:])}"
            f"<p><b>Tú Uyên</b></p>",
    start=S, end=A[-1], time="12:00")

T = "Đề xuất cấm xe máy vào trung tâm từ năm 2030"
S = "Sở Giao thông vận tải vừa trình thành phố đề án hạn chế xe máy trong các quận trung tâm, bắt đầu từ năm 2030."
A = ["Theo đề án, việc hạn chế sẽ được thực hiện từng bước, bắt đầu từ các tuyến phố đã có xe buýt và tàu điện thay thế.",
     "Sở cho biết sẽ tổ chức lấy ý kiến người dân trong ba tháng trước khi trình hội đồng nhân dân thành phố."]
POLL = ("<div class='poll'><p><b>Bạn có ủng hộ đề xuất cấm xe máy vào trung tâm?</b></p><p>Có, nên làm sớm</p>"
        "<p>Không, chưa đủ phương tiện thay thế</p><p>Ý kiến khác</p><p>Biểu quyết</p><p>Xem kết quả</p></div>")
add("poll-after", "boxes", site="Báo Đô Thị Mẫu", section="Giao thông", variant=1, title=T, date="2026-02-17",
    author="Minh Quân",
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-02-17', '09:45')}</p><p class='sapo'>{S}</p>{ps(A)}"
            f"<p style='text-align:right'><b>Minh Quân</b></p>{POLL}",
    start=S, end=A[-1], time="09:45")

T = "Tăng cường kiểm tra an toàn thực phẩm dịp lễ hội"
S = "Đoàn liên ngành sẽ kiểm tra các cơ sở kinh doanh ăn uống quanh khu vực lễ hội từ nay đến hết tháng."
A = ["Trọng tâm kiểm tra là nguồn gốc nguyên liệu, điều kiện bảo quản và giấy chứng nhận sức khỏe của người chế biến.",
     "Cơ sở vi phạm sẽ bị xử phạt và công khai tên trên trang thông tin điện tử của tỉnh."]
add("list-middle-dash", "boxes", site="Báo Đồng Bằng Mẫu", section="Xã hội", variant=2, title=T, date="2026-02-08",
    author="Thái Sơn",
    article=f"<h1>{T}</h1><p>Thái Sơn</p><p>{vn_date('2026-02-08', '14:40')}</p><p><b>{S}</b></p>{p(A[0])}"
            "<p>- Nhà hàng, quán ăn trong bán kính hai km quanh khu lễ hội;</p><p>- Các điểm bán hàng rong;</p>"
            f"<p>- Bếp ăn tập thể phục vụ đoàn khách.</p>{p(A[1])}",
    start=S, end=A[-1], time="14:40")

# --------------------------------------------------------------------------- corrections and notes
T = "Tỉnh điều chỉnh lịch nghỉ Tết cho học sinh"
S = "Học sinh toàn tỉnh sẽ được nghỉ Tết Nguyên đán mười ngày, sớm hơn hai ngày so với kế hoạch ban đầu."
A = ["Sở Giáo dục cho biết việc điều chỉnh nhằm tạo điều kiện cho học sinh vùng sâu về quê đón Tết an toàn.",
     "Các trường phải bố trí dạy bù để bảo đảm chương trình học kỳ hai."]
add("correction-end", "correction", site="Báo Trung Du Mẫu", section="Giáo dục", variant=0, title=T, date="2026-01-15",
    author="Thanh Bình",
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-01-15', '10:00')}</p><p class='sapo'>{S}</p>{ps(A)}"
            f"<p style='text-align:right'><b>Thanh Bình</b></p><p><i>Đính chính: Trong bản tin đăng sáng nay, chúng tôi ghi nhầm số ngày nghỉ là mười hai ngày. "
            f"Thông tin đúng là mười ngày. Xin lỗi bạn đọc.</i></p>",
    start=S, end=A[-1], time="10:00")

T = "Khai mạc triển lãm tranh sơn mài đương đại"
S = "Triển lãm giới thiệu hơn sáu mươi tác phẩm của hai mươi họa sĩ trẻ, mở cửa miễn phí đến hết tháng."
A = ["Nhiều tác phẩm kết hợp sơn mài truyền thống với chất liệu mới như kim loại và nhựa tái chế.",
     "Ban tổ chức cho biết sẽ bán đấu giá một số tác phẩm để gây quỹ học bổng cho sinh viên mỹ thuật."]
add("correction-top", "correction", site="Báo Thủ Đô Văn Hóa", section="Văn hóa", variant=1, title=T, date="2026-02-13",
    author="Hồng Nhung",
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-02-13', '19:00')}</p>"
            f"<p class='note'><i>Ghi chú của tòa soạn: Bài viết đã được cập nhật lúc 21:00 để sửa tên địa điểm triển lãm.</i></p>"
            f"<p><b>{S}</b></p>{ps(A)}<p><b>Hồng Nhung</b></p>",
    start=S, end=A[-1], time="19:00")

# --------------------------------------------------------------------------- more mixed kinds
T = "Ảnh: Những cánh đồng hoa cải vàng ven sông Hồng"
S = "Dịp cuối tuần, bãi bồi ven sông Hồng rực rỡ sắc vàng hoa cải, thu hút đông đảo người dân tới chụp ảnh."
C = ["Cánh đồng hoa cải rộng hàng chục héc-ta dưới chân cầu.",
     "Nhiều gia đình đưa trẻ nhỏ đến vui chơi, chụp ảnh.",
     "Nông dân thu hoạch hạt cải sau khi mùa hoa kết thúc."]
add("photo-title-prefix", "photo", site="Báo Thủ Đô Văn Hóa", section="Ảnh", variant=2, title=T, date="2026-01-25",
    author=None,
    article=f"<h1>{T}</h1><p>{vn_date('2026-01-25', '07:30')}</p><p><b>{S}</b></p>" + "".join(fig(c) for c in C)
            + "<p style='text-align:right'><b>Ảnh: Vũ Hoàng Long</b></p>",
    start=S, end=S, time="07:30")

T = "Hỏi đáp: Những trường hợp nào được miễn học phí từ năm học mới?"
A = ["Hỏi: Con tôi học lớp 10 trường công lập, năm học tới có được miễn học phí không?",
     "Trả lời: Theo nghị quyết mới, học sinh từ mầm non đến hết trung học phổ thông công lập được miễn học phí từ năm học tới.",
     "Học sinh trường tư thục được hỗ trợ một phần học phí bằng mức thu của trường công lập cùng địa bàn."]
add("qa-hoi-dap", "interview", site="Báo Pháp Luật Mẫu", section="Hỏi đáp", variant=0, title=T, date="2026-02-05",
    author=None,
    article=f"<h1>{T}</h1><p class='meta'>{vn_date('2026-02-05', '13:00')}</p>{ps(A)}<p><i>Ban Bạn đọc</i></p>",
    start=A[0], end=A[-1], time="13:00")

T = "Kỳ 2: Đi tìm lời giải cho bài toán nhà ở xã hội"
S = "Tiếp nối kỳ trước, chúng tôi tìm hiểu vì sao nhiều dự án nhà ở xã hội dù đã có quỹ đất vẫn chưa thể khởi công."
A = ["Theo các doanh nghiệp, lợi nhuận định mức mười phần trăm khiến dự án khó hấp dẫn nhà đầu tư.",
     "Các chuyên gia đề xuất cho phép dành một phần diện tích dự án để kinh doanh thương mại bù đắp chi phí."]
add("series-ky2", "multipage", site="Báo Nhà Đất Mẫu", section="Bất động sản", variant=2, title=T, date="2026-02-07",
    author="Quốc Anh",
    article=f"<p><a>« Kỳ 1: Hàng nghìn căn hộ vẫn nằm trên giấy</a></p><h1>{T}</h1><p>Quốc Anh</p><p>{vn_date('2026-02-07', '06:30')}</p>"
            f"<p><b>{S}</b></p>{ps(A)}<p>Kỳ cuối: Kinh nghiệm từ các nước trong khu vực</p>",
    start=S, end=A[-1], time="06:30")
