"""The archive learns each outlet's furniture as pages are imported: the next page of the outlet is cleaner."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from storage.archive import Archive
from storage.archive import furniture
from storage.ingest import ingest

MENU = "Nông thôn mới"
PROMO = "Đặt mua báo in hằng tuần để đọc thêm nhiều phóng sự hay về đời sống ở các làng quê trên cả nước."
# Long paragraphs (never furniture candidates), one per page, so that the promo line is a small part of each body.
REPORTS = [
    "Theo báo cáo của xã, trong năm qua bà con đã đóng góp hàng tỷ đồng cùng hàng nghìn ngày công để làm đường "
    "giao thông nông thôn, kênh mương nội đồng và nhà văn hóa thôn; nhiều hộ tự nguyện hiến đất, dời tường rào "
    "để mở rộng đường, giữ gìn cảnh quan xanh, sạch, đẹp ở từng xóm, từng ngõ.",
    "Phiên chợ không chỉ là nơi mua bán mà còn là dịp để thanh niên các dân tộc gặp gỡ, hẹn hò; các cụ già ngồi "
    "bên chén rượu ngô kể chuyện mùa màng, còn trẻ nhỏ theo cha mẹ đi chợ để được ăn bát thắng cố nóng hổi, "
    "ngắm những gian hàng thổ cẩm rực rỡ sắc màu giữa tiết trời se lạnh của vùng núi đá.",
    "Ban giám đốc hợp tác xã cho biết vốn đầu tư xưởng gồm tiền góp của thành viên và khoản vay ưu đãi từ quỹ "
    "hỗ trợ nông dân của huyện; máy sấy được đặt hàng từ một doanh nghiệp cơ khí trong tỉnh, công suất mỗi mẻ "
    "vài tấn nông sản tươi, chạy bằng trấu và củi tận dụng nên chi phí vận hành thấp hơn hẳn so với sấy bằng điện.",
    "Nghệ nhân cao tuổi nhất làng năm nay đã ngoài tám mươi nhưng ngày nào cũng ngồi chẻ nan, vót nan bên hiên "
    "nhà, truyền cho con cháu bí quyết chọn tre bánh tẻ, ngâm bùn cho khỏi mối mọt và cách đan những hoa văn "
    "mắt cáo, lòng mo mà khách thập phương vẫn tìm đến tận làng để đặt mua.",
]
STORIES = [
    ("Mùa gặt sớm ở cánh đồng ven đê", "Nông dân xã ven đê thu hoạch lúa sớm hơn mọi năm chừng một tuần lễ, "
     "năng suất ước đạt hơn sáu tấn mỗi héc-ta.", "Giá lúa tươi tại ruộng nhích lên so với vụ trước."),
    ("Chợ phiên vùng cao đông vui ngày cuối tuần", "Từ sáng sớm, bà con các bản đã gùi hàng xuống chợ phiên, "
     "mang theo rau rừng, mật ong và vải thổ cẩm.", "Chợ họp đến quá trưa mới vãn người."),
    ("Hợp tác xã mở xưởng sấy nông sản", "Xưởng sấy giúp nông dân giữ được giá khi vào vụ thu hoạch rộ, "
     "không còn phải bán tháo cho thương lái.", "Hợp tác xã dự kiến mở thêm một xưởng nữa vào năm sau."),
    ("Làng nghề đan lát giữ nghề qua bốn thế hệ", "Ở làng đan lát ven sông, hơn năm mươi hộ vẫn sống bằng nghề "
     "đan giỏ tre truyền thống của cha ông.", "Sản phẩm của làng nay đã theo các thương lái đi khắp các tỉnh."),
]


def write_page(folder: Path, n: int, story: tuple[str, str, str], name: str = "trang") -> Path:
    """A page dump of one outlet (its lead prefix names it) with the site's menu and promo line."""
    title, lead, more = story
    path = folder / f"{name}_{n}.txt"
    path.write_text("\n".join([MENU, f"Thứ ba, {n + 10}/5/2024, 08:15 (GMT+7)", title,
                               f"(Chinhphu.vn) - {lead}", REPORTS[n], more, PROMO]), encoding="utf-8")
    return path


def import_one(archive: Archive, path: Path) -> list[str]:
    report = ingest(archive, [path], workers=1)
    assert report.ok and len(report.imported) == 1
    return archive.get(report.imported[0][1]).body


def test_the_promo_line_leaves_the_body_once_two_earlier_pages_held_it(archive_location, tmp_path: Path) -> None:
    with Archive.open(archive_location) as archive:
        bodies = [import_one(archive, write_page(tmp_path, n, story)) for n, story in enumerate(STORIES)]
    assert PROMO in bodies[0] and PROMO in bodies[1]  # alone, a page cannot tell it from the article
    assert PROMO not in bodies[2] and PROMO not in bodies[3]
    assert bodies[3][-1] == STORIES[3][2] and bodies[3][-2] == REPORTS[3]


def test_a_version_of_an_archived_article_is_not_counted(archive_location, tmp_path: Path) -> None:
    with Archive.open(archive_location) as archive:
        import_one(archive, write_page(tmp_path, 0, STORIES[0]))
        title, lead, more = STORIES[0]
        import_one(archive, write_page(tmp_path, 0, (title, lead, more + " Vụ sau, xã sẽ gieo cấy sớm hơn."), "ban_moi"))
        pages = archive._conn.execute("SELECT pages FROM outlet_pages").fetchall()
    assert pages == [(1,)]


def test_counts_are_kept_per_outlet_and_halved(archive_location) -> None:
    with Archive.open(archive_location) as archive, archive._write() as conn:
        for _ in range(furniture.DECAY_EVERY - 1):
            furniture.record(conn, "Báo A", [1, 2])
        furniture.record(conn, "Báo A", [1])
        furniture.record(conn, "Báo B", [1])
        assert furniture.known(conn, "Báo A", [1, 2, 3]) == {1, 2}
        assert furniture.known(conn, "Báo B", [1]) == set()  # one page of an outlet teaches nothing
        assert conn.execute("SELECT pages FROM outlet_pages WHERE outlet = 'Báo A'").fetchone() == (100,)


def test_the_migration_counts_the_pages_an_archive_already_holds(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a.tulieu") as archive:
        for n, story in enumerate(STORIES[:3]):
            import_one(archive, write_page(tmp_path, n, story))
    conn = sqlite3.connect(tmp_path / "a.tulieu")
    with conn:
        conn.execute("DELETE FROM outlet_lines")
        conn.execute("DELETE FROM outlet_pages")
        conn.execute("PRAGMA user_version = 8")
    conn.close()
    with Archive.open(tmp_path / "a.tulieu") as archive:
        assert archive._conn.execute("SELECT pages FROM outlet_pages").fetchall() == [(3,)]
        assert PROMO not in import_one(archive, write_page(tmp_path, 3, STORIES[3]))


def test_the_shared_migration_counts_the_pages_a_shared_archive_already_holds(pg_server, tmp_path: Path) -> None:
    from storage.archive.migrations import m009_outlet_furniture

    with Archive.open(pg_server.emptied_database()) as archive:
        for n, story in enumerate(STORIES[:3]):
            import_one(archive, write_page(tmp_path, n, story))
        with archive._write() as conn:  # the step again on emptied tables, as on an archive made before it
            conn.execute("DELETE FROM outlet_lines")
            conn.execute("DELETE FROM outlet_pages")
            m009_outlet_furniture.postgres(conn)
        assert archive._conn.execute("SELECT pages FROM outlet_pages").fetchall() == [(3,)]
        assert PROMO not in import_one(archive, write_page(tmp_path, 3, STORIES[3]))
