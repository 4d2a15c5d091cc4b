<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../desktop/article_pane.py" line="41"/>
        <source>Show removed text</source>
        <translation>Hiện phần văn bản đã loại</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="42"/>
        <source>Show, greyed in place, what cleaning removed from the page</source>
        <translation>Hiện (màu xám, đúng vị trí) những gì bước làm sạch đã loại khỏi trang</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="43"/>
        <source>Select an article to read and edit it.</source>
        <translation>Chọn một bài để đọc và chỉnh sửa.</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="67"/>
        <source>person</source>
        <translation>người</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="67"/>
        <source>organisation</source>
        <translation>tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="68"/>
        <source>place</source>
        <translation>địa danh</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="81"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="vanished">Văn bản</translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="vanished">Thông tin</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="82"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="83"/>
        <location filename="../../desktop/article_pane.py" line="137"/>
        <source>Versions</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="131"/>
        <source>Show removed text (%1)</source>
        <translation>Hiện văn bản đã loại (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="137"/>
        <source>Versions (%1)</source>
        <translation>Phiên bản (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="144"/>
        <source>Paragraph %1</source>
        <translation>Đoạn %1</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="146"/>
        <source>Entities</source>
        <translation>Thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="148"/>
        <source>Story</source>
        <translation>Nhóm bài</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="157"/>
        <source>Change %1 paragraphs</source>
        <translation>Đổi %1 đoạn</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop/article_model.py" line="221"/>
        <source>Title — latest imported matches first (ranking…)</source>
        <translation>Tiêu đề — khớp nhập gần nhất trước (đang xếp hạng…)</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="228"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="228"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="228"/>
        <source>Outlet</source>
        <translation>Báo</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="228"/>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="248"/>
        <source>(untitled)</source>
        <translation>(không tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="250"/>
        <source>Needs review</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="223"/>
        <source>Title — best matches first ▾</source>
        <translation>Tiêu đề — khớp nhất trước ▾</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="229"/>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="229"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="229"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="229"/>
        <source>Places</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="230"/>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="230"/>
        <source>Imported</source>
        <translation>Ngày nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="230"/>
        <source>Words</source>
        <translation>Số từ</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../desktop/article_view.py" line="255"/>
        <source>(untitled)</source>
        <translation>(không tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="300"/>
        <source>removed: %1</source>
        <translation>đã loại: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="300"/>
        <source>removed</source>
        <translation>đã loại</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="307"/>
        <location filename="../../desktop/article_view.py" line="360"/>
        <source>Restore to body</source>
        <translation>Đưa lại vào thân bài</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="311"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="311"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="311"/>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="360"/>
        <source>Mark as body</source>
        <translation>Đánh dấu là thân bài</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="362"/>
        <source>Remove paragraphs from body</source>
        <translation>Loại các đoạn khỏi thân bài</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="362"/>
        <source>Remove from body</source>
        <translation>Loại khỏi thân bài</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="364"/>
        <source>Mark as caption</source>
        <translation>Đánh dấu là chú thích ảnh</translation>
    </message>
</context>
<context>
    <name>BulkEditor</name>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="40"/>
        <source>tags to add, comma separated</source>
        <translation>các nhãn cần thêm, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="41"/>
        <source>tags to remove</source>
        <translation>các nhãn cần bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="44"/>
        <source>exact</source>
        <translation>chính xác</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="44"/>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="44"/>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="45"/>
        <source>inferred</source>
        <translation>suy luận</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="45"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="58"/>
        <source>Add tags</source>
        <translation>Thêm nhãn</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="58"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="59"/>
        <source>Remove tags</source>
        <translation>Bỏ nhãn</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="60"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="61"/>
        <source>Outlet</source>
        <translation>Báo</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="61"/>
        <location filename="../../desktop/bulk_editor.py" line="62"/>
        <location filename="../../desktop/bulk_editor.py" line="64"/>
        <source>Set</source>
        <translation>Đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="62"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="63"/>
        <source>Date precision</source>
        <translation>Độ chắc của ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="71"/>
        <source>Flag for review</source>
        <translation>Gắn cờ cần xem lại</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="72"/>
        <source>Clear review flags</source>
        <translation>Bỏ cờ cần xem lại</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="74"/>
        <source>Delete…</source>
        <translation>Xoá…</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="86"/>
        <source>&lt;b&gt;%1 selected&lt;/b&gt; — changes apply to all of them, as one undo step</source>
        <translation>&lt;b&gt;Đã chọn %1 bài&lt;/b&gt; — thay đổi áp dụng cho tất cả, hoàn tác một lần</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="96"/>
        <source>Edit %1 of %2 articles</source>
        <translation>Sửa %1 của %2 bài</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="128"/>
        <source>Delete %1 articles?</source>
        <translation>Xoá %1 bài?</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="129"/>
        <source>You can undo this (Ctrl+Z).</source>
        <translation>Có thể hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../desktop/bulk_editor.py" line="130"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../desktop/empty_state.py" line="71"/>
        <source>Your archive is empty</source>
        <translation>Kho tư liệu còn trống</translation>
    </message>
    <message>
        <source>Drop article files (.txt, .html, .mhtml) anywhere on this window, use File ▸ Import Files…, or choose a watch folder whose new files are imported by themselves.</source>
        <translation type="vanished">Kéo thả tệp bài báo (.txt, .html, .mhtml) vào cửa sổ này, dùng Tệp ▸ Nhập tệp…, hoặc chọn một thư mục theo dõi để các tệp mới tự được nhập.</translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="72"/>
        <source>Drop article files or whole folders anywhere on this window: saved web pages (.html, .mhtml, .txt), Word and OpenDocument files, PDFs, e-mails (.eml), scans (.png, .jpg, .tif). Or use File ▸ Import Files… or Import Folder…, or choose a watch folder whose new files are imported by themselves.</source>
        <translation>Kéo thả tệp bài báo hoặc cả thư mục vào cửa sổ này: trang web đã lưu (.html, .mhtml, .txt), tệp Word và OpenDocument, PDF, thư điện tử (.eml), bản quét (.png, .jpg, .tif). Hoặc dùng Tệp ▸ Nhập tệp… hay Nhập cả thư mục…, hoặc chọn một thư mục theo dõi để các tệp mới tự được nhập.</translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="25"/>
        <source>Import Files…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="27"/>
        <source>Import a Folder…</source>
        <translation>Nhập cả thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="28"/>
        <source>Choose a Watch Folder…</source>
        <translation>Chọn thư mục theo dõi…</translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="33"/>
        <source>Open Archive…</source>
        <translation>Mở kho…</translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="34"/>
        <source>New Archive…</source>
        <translation>Tạo kho mới…</translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="67"/>
        <source>No archive is open</source>
        <translation>Chưa mở kho nào</translation>
    </message>
    <message>
        <location filename="../../desktop/empty_state.py" line="68"/>
        <source>Open an archive with File ▸ Open Archive…, or make a new one with File ▸ New Archive…</source>
        <translation>Mở một kho bằng Tệp ▸ Mở kho…, hoặc tạo kho mới bằng Tệp ▸ Tạo kho mới…</translation>
    </message>
</context>
<context>
    <name>EntitiesPane</name>
    <message>
        <location filename="../../desktop/entities_pane.py" line="38"/>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="38"/>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="38"/>
        <source>Places</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="41"/>
        <source>Filter names…</source>
        <translation>Lọc tên…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Tên</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="vanished">Bài viết</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="63"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="64"/>
        <source>Merge into…</source>
        <translation>Gộp vào…</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="65"/>
        <source>Change kind</source>
        <translation>Đổi loại</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="88"/>
        <source>&lt;b&gt;Articles per month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Số bài theo tháng&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="90"/>
        <source>&lt;b&gt;Most often named with&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hay được nhắc cùng&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="164"/>
        <source>Select a name to see where and when it appears.</source>
        <translation>Chọn một tên để xem nó xuất hiện ở đâu và khi nào.</translation>
    </message>
    <message>
        <source>%1 articles, from %2 to %3</source>
        <translation type="vanished">%1 bài, từ %2 đến %3</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="171"/>
        <source>Also written</source>
        <translation>Cách viết khác</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="179"/>
        <source>Outlets</source>
        <translation>Báo</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="229"/>
        <source>Merge, keeping “%1”</source>
        <translation>Gộp, giữ “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="236"/>
        <source>Rename entity</source>
        <translation>Đổi tên thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="236"/>
        <source>New name (everywhere):</source>
        <translation>Tên mới (ở mọi nơi):</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation type="vanished">Gộp vào</translation>
    </message>
    <message>
        <source>Keep this entity (the other name becomes its alias):</source>
        <translation type="vanished">Giữ thực thể này (tên kia trở thành tên gọi khác):</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <location filename="../../desktop/entity_editor.py" line="33"/>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="33"/>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="34"/>
        <source>Places</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="73"/>
        <source>Add a name…</source>
        <translation>Thêm tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="79"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="102"/>
        <source>Aliases</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="102"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>%1 mentions</source>
        <translation type="vanished">%1 lần nhắc</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="161"/>
        <source>Merge, keeping “%1”</source>
        <translation>Gộp, giữ “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="169"/>
        <source>Show in entities pane</source>
        <translation>Xem trong khung thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="170"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="171"/>
        <source>Change kind</source>
        <translation>Đổi loại</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="175"/>
        <source>Merge into…</source>
        <translation>Gộp vào…</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="177"/>
        <source>Remove from this article</source>
        <translation>Bỏ khỏi bài này</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="184"/>
        <source>Rename entity</source>
        <translation>Đổi tên thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="184"/>
        <source>New name (everywhere):</source>
        <translation>Tên mới (ở mọi nơi):</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation type="vanished">Gộp vào</translation>
    </message>
    <message>
        <source>Keep this entity (the other name becomes its alias):</source>
        <translation type="vanished">Giữ thực thể này (tên kia trở thành tên gọi khác):</translation>
    </message>
</context>
<context>
    <name>EntityListModel</name>
    <message>
        <location filename="../../desktop/entity_list_model.py" line="101"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_list_model.py" line="101"/>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="53"/>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="59"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="61"/>
        <source>One per story</source>
        <translation>Mỗi nhóm một bài</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="62"/>
        <source>Show each story once (its original), not every outlet&apos;s version</source>
        <translation>Hiện mỗi nhóm bài một lần (bài gốc), không hiện bản đăng của từng báo</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="76"/>
        <source>Needs review</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="76"/>
        <source>Outlet</source>
        <translation>Báo</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="76"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="77"/>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="77"/>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="78"/>
        <source>Places</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="78"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="79"/>
        <source>Republished by</source>
        <translation>Báo đăng lại</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="149"/>
        <source>Flagged</source>
        <translation>Đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="260"/>
        <source>republished by %1</source>
        <translation>được %1 đăng lại</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="264"/>
        <source>needs review</source>
        <translation>cần xem lại</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="265"/>
        <source>All articles</source>
        <translation>Tất cả bài viết</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="78"/>
        <source>Date precision</source>
        <translation>Độ chắc của ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="83"/>
        <source>exact</source>
        <translation>chính xác</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="83"/>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="83"/>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="84"/>
        <source>inferred</source>
        <translation>suy luận</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="84"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop/import_controller.py" line="130"/>
        <source>Cancelling…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../desktop/import_controller.py" line="52"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/import_controller.py" line="53"/>
        <source>Stop the import after the current file</source>
        <translation>Dừng nhập sau tệp đang xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/import_controller.py" line="65"/>
        <source>Importing {0} of {1}: {2}</source>
        <translation>Đang nhập {0}/{1}: {2}</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import cancelled. {0} articles were saved whole before it stopped.</source>
        <translation type="vanished">Đã hủy nhập. {0} bài đã được lưu trọn vẹn trước khi dừng.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="116"/>
        <source>Import stopped: {0}</source>
        <translation>Nhập bị dừng: {0}</translation>
    </message>
    <message>
        <source>{0} articles were saved before it stopped.</source>
        <translation type="vanished">{0} bài đã được lưu trước khi dừng.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="119"/>
        <source>Imported: {0}   Duplicates: {1}   Failed: {2}</source>
        <translation>Đã nhập: {0}   Trùng: {1}   Lỗi: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="122"/>
        <source>  {0} — same as article #{1}</source>
        <translation>  {0} — trùng với bài số {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="123"/>
        <source>Duplicates (already in the archive):</source>
        <translation>Bài trùng (đã có trong kho):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="126"/>
        <source>Not imported:</source>
        <translation>Không nhập được:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="136"/>
        <source>Import summary</source>
        <translation>Kết quả nhập</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="390"/>
        <source>first {0} shown, counting…</source>
        <translation>đang hiện {0} bài đầu, đang đếm…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="153"/>
        <source>Export &amp;As</source>
        <translation>Xuất &amp;dạng</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="36"/>
        <source>An archive of Vietnamese news articles: clean text, editable metadata, search and PDF dossiers.</source>
        <translation>Kho lưu trữ bài báo tiếng Việt: văn bản sạch, siêu dữ liệu chỉnh sửa được, tìm kiếm và hồ sơ PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="39"/>
        <source>About Tư Liệu</source>
        <translation>Giới thiệu Tư Liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="305"/>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="92"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../desktop/export_scope.py" line="61"/>
        <source>search “{0}”</source>
        <translation>tìm “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/export_scope.py" line="61"/>
        <source>All articles</source>
        <translation>Tất cả bài viết</translation>
    </message>
    <message>
        <location filename="../../desktop/window_import.py" line="25"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/window_import.py" line="26"/>
        <source>Open an archive you can write to before importing.</source>
        <translation>Hãy mở một kho có quyền ghi trước khi nhập.</translation>
    </message>
    <message>
        <source>{0} articles imported</source>
        <translation type="vanished">Đã nhập {0} bài</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="102"/>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="103"/>
        <source>Entities</source>
        <translation>Thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="383"/>
        <source>no archive</source>
        <translation>chưa mở kho</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="384"/>
        <source> (read-only)</source>
        <translation> (chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="395"/>
        <source>{0} articles</source>
        <translation>{0} bài</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="397"/>
        <source>{0} of {1} articles</source>
        <translation>{0} trên {1} bài</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="47"/>
        <source>&amp;New Archive…</source>
        <translation>&amp;Tạo kho mới…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="48"/>
        <source>&amp;Open Archive…</source>
        <translation>&amp;Mở kho…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="49"/>
        <source>Open &amp;Shared Archive…</source>
        <translation>Mở kho dùng &amp;chung…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="50"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="51"/>
        <source>Import &amp;Folder…</source>
        <translation>Nhập cả &amp;thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="52"/>
        <source>&amp;Export Dossier…</source>
        <translation>&amp;Xuất hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="53"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="54"/>
        <source>&amp;Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="55"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="56"/>
        <source>Undo &amp;History</source>
        <translation>&amp;Lịch sử hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="57"/>
        <source>&amp;Delete Article…</source>
        <translation>Xó&amp;a bài…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="58"/>
        <source>&amp;Find</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="59"/>
        <source>&amp;About Tư Liệu</source>
        <translation>&amp;Giới thiệu Tư Liệu</translation>
    </message>
    <message>
        <source>Import article files (.txt, .html, .mhtml)</source>
        <translation type="vanished">Nhập tệp bài báo (.txt, .html, .mhtml)</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="60"/>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="61"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="62"/>
        <source>&amp;Check Archive</source>
        <translation>&amp;Kiểm tra kho</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="63"/>
        <source>&amp;Failed Imports…</source>
        <translation>Tệp nhập &amp;lỗi…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="66"/>
        <source>Import article files (.txt, .html, .mhtml, .pdf, .docx, .odt, .eml, scans)</source>
        <translation>Nhập tệp bài báo (.txt, .html, .mhtml, .pdf, .docx, .odt, .eml, bản quét)</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="71"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="73"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="82"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="85"/>
        <source>Recent &amp;Archives</source>
        <translation>Kho &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="86"/>
        <source>Recent S&amp;hared Archives</source>
        <translation>Kh&amp;o dùng chung gần đây</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="94"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="100"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="101"/>
        <source>&amp;Review</source>
        <translation>Xem &amp;lại</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="102"/>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="105"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="123"/>
        <source>&amp;Filters</source>
        <translation>&amp;Bộ lọc</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="124"/>
        <source>&amp;Entities</source>
        <translation>&amp;Thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="125"/>
        <source>&amp;Article Pane</source>
        <translation>&amp;Khung bài viết</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="128"/>
        <source>Show &amp;Removed Text</source>
        <translation>Hiện văn bản đã &amp;loại</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="193"/>
        <source>New Archive</source>
        <translation>Tạo kho mới</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="201"/>
        <source>Open Archive</source>
        <translation>Mở kho</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="224"/>
        <source>Import Articles</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="225"/>
        <source>Articles ({0});;All files (*)</source>
        <translation>Bài viết ({0});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>{0} articles selected from: {1}</source>
        <translation type="vanished">{0} bài được chọn trong: {1}</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation type="vanished">Bài viết (*.txt *.html *.htm *.mhtml *.mht);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="234"/>
        <source>Import Folder</source>
        <translation>Nhập thư mục</translation>
    </message>
    <message>
        <source>Dossier export is not available in this build ({0}).</source>
        <translation type="vanished">Bản cài này chưa có chức năng xuất hồ sơ ({0}).</translation>
    </message>
    <message>
        <source>Printing is not available in this build ({0}).</source>
        <translation type="vanished">Bản cài này chưa có chức năng in ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="263"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="264"/>
        <source>The new language applies after restarting Tư Liệu.</source>
        <translation>Ngôn ngữ mới có hiệu lực sau khi khởi động lại Tư Liệu.</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="273"/>
        <source>Undo History</source>
        <translation>Lịch sử hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="274"/>
        <source>&lt;original state&gt;</source>
        <translation>&lt;trạng thái ban đầu&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="287"/>
        <source>Delete the article “{0}”?</source>
        <translation>Xóa bài “{0}”?</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="288"/>
        <source>Delete {0} articles?</source>
        <translation>Xóa {0} bài?</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="289"/>
        <source>You can undo this (Ctrl+Z).</source>
        <translation>Có thể hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="290"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="300"/>
        <source>Delete {0} articles</source>
        <translation>Xóa {0} bài</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="395"/>
        <source>1 article</source>
        <translation>1 bài viết</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="286"/>
        <source>(untitled)</source>
        <translation>(không tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../desktop/help_pages.py" line="75"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../desktop/help_pages.py" line="77"/>
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../desktop/help_pages.py" line="78"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/help_pages.py" line="81"/>
        <source>User Guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/live_refresh.py" line="75"/>
        <source>Updated by %1</source>
        <translation>%1 vừa cập nhật</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="34"/>
        <source>Merge into</source>
        <translation>Gộp vào</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="41"/>
        <source>Type or choose a name…</source>
        <translation>Gõ hoặc chọn một tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_dialog.py" line="47"/>
        <source>Merge “%1” into (its name becomes an alias of the one you keep):</source>
        <translation>Gộp “%1” vào (tên này thành tên khác của mục được giữ):</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="125"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="125"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="126"/>
        <source>Date precision</source>
        <translation>Độ chắc của ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="126"/>
        <source>Outlet</source>
        <translation>Báo</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="127"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="127"/>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="127"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="128"/>
        <source>Lead</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="128"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="128"/>
        <source>Review</source>
        <translation>Xem lại</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="129"/>
        <source>Body</source>
        <translation>Thân bài</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="301"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>dd/mm/yyyy [hh:mm]</source>
        <translation type="vanished">dd/mm/yyyy [hh:mm]</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="138"/>
        <source>exact</source>
        <translation>chính xác</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="139"/>
        <source>inferred</source>
        <translation>suy luận</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="139"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="141"/>
        <location filename="../../desktop/metadata_editor.py" line="284"/>
        <source>Confirm date</source>
        <translation>Xác nhận ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="146"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="147"/>
        <source>Open the address in the web browser</source>
        <translation>Mở địa chỉ trong trình duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="241"/>
        <source>Needs review: %1</source>
        <translation>Cần xem lại: %1</translation>
    </message>
    <message>
        <source>Not a date: use dd/mm/yyyy or dd/mm/yyyy hh:mm</source>
        <translation type="vanished">Không phải ngày: hãy dùng dd/mm/yyyy hoặc dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="331"/>
        <source>History of %1</source>
        <translation>Lịch sử của %1</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="132"/>
        <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
        <translation>dd/mm/yyyy, mm/yyyy hoặc yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="138"/>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="138"/>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="295"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="191"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="244"/>
        <source>%1, imported %2 (UTC)</source>
        <translation>%1, nhập lúc %2 (UTC)</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../desktop/month_chart.py" line="54"/>
        <source>No dated articles</source>
        <translation>Không có bài nào có ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/month_chart.py" line="65"/>
        <source>max %1</source>
        <translation>tối đa %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="96"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="97"/>
        <source>your user</source>
        <translation>người dùng của bạn</translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="98"/>
        <source>Password of {0} for the archive {1} on {2}:</source>
        <translation>Mật khẩu của {0} cho kho {1} trên {2}:</translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="103"/>
        <source>&amp;Remember it in {0} (readable only by you)</source>
        <translation>&amp;Ghi nhớ trong {0} (chỉ mình bạn đọc được)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop/app.py" line="51"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="51"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="52"/>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="52"/>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/app.py" line="40"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="40"/>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="41"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="41"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="42"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="42"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="43"/>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="43"/>
        <source>Back</source>
        <translation>Lùi</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="44"/>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="44"/>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="45"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="45"/>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="46"/>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="46"/>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="47"/>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="47"/>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="48"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="48"/>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="49"/>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="49"/>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="50"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Đã có tệp %1.
Bạn có muốn thay thế tệp đó không?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../desktop/app.py" line="53"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="53"/>
        <source>Size</source>
        <translation>Cỡ</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="54"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="54"/>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="55"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../desktop/app.py" line="34"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="34"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="35"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="35"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="36"/>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/app.py" line="25"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="25"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="26"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="26"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="27"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="27"/>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="28"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="28"/>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="29"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="29"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="30"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="30"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="31"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="31"/>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="32"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="32"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="33"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="33"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../desktop/app.py" line="62"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="63"/>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="63"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="64"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="64"/>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="65"/>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="65"/>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="66"/>
        <source>All Pages</source>
        <translation>Mọi trang</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="66"/>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="67"/>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="68"/>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>Đã có tệp %1.
Bạn có muốn ghi đè lên tệp đó không?</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../../desktop/app.py" line="84"/>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="85"/>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="86"/>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="87"/>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="87"/>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="88"/>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="88"/>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="89"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="89"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="90"/>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="90"/>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="91"/>
        <source>Show single page</source>
        <translation>Hiện từng trang</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="92"/>
        <source>Show facing pages</source>
        <translation>Hiện hai trang đối nhau</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="93"/>
        <source>Show overview of all pages</source>
        <translation>Hiện toàn bộ các trang</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="94"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="94"/>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="95"/>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../desktop/app.py" line="68"/>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="69"/>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="69"/>
        <source>Collate</source>
        <translation>Xếp theo bộ</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="70"/>
        <source>Reverse</source>
        <translation>In ngược</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="70"/>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="71"/>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="71"/>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="72"/>
        <source>Grayscale</source>
        <translation>Thang xám</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="73"/>
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="74"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="75"/>
        <source>Long side binding</source>
        <translation>Đóng gáy cạnh dài</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="76"/>
        <source>Short side binding</source>
        <translation>Đóng gáy cạnh ngắn</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="77"/>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="78"/>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="78"/>
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="79"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="79"/>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="80"/>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="81"/>
        <source>Selection</source>
        <translation>Phần đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="82"/>
        <source>Output Settings</source>
        <translation>Thiết lập đầu ra</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="83"/>
        <source>Page &amp;Set:</source>
        <translation>&amp;Nhóm trang:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../desktop/app.py" line="59"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="60"/>
        <source>P&amp;roperties</source>
        <translation>Th&amp;uộc tính</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="60"/>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="61"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="61"/>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="62"/>
        <source>Output &amp;file:</source>
        <translation>&amp;Tệp ra:</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../desktop/review_queue.py" line="29"/>
        <source>Next Article to Review</source>
        <translation>Bài cần xem lại tiếp theo</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="32"/>
        <source>Confirm and Go to Next</source>
        <translation>Xác nhận và sang bài tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="71"/>
        <source>No article needs review.</source>
        <translation>Không còn bài nào cần xem lại.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="vanished">Xem lại</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="81"/>
        <source>Confirm review</source>
        <translation>Xác nhận đã xem</translation>
    </message>
</context>
<context>
    <name>RowMenus</name>
    <message>
        <location filename="../../desktop/row_menu.py" line="29"/>
        <source>Open &amp;Original File</source>
        <translation>Mở tệp &amp;gốc</translation>
    </message>
    <message>
        <location filename="../../desktop/row_menu.py" line="31"/>
        <source>Show Original in &amp;Folder</source>
        <translation>Mở &amp;thư mục chứa tệp gốc</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../desktop/saved_searches.py" line="32"/>
        <source>Saved searches</source>
        <translation>Tìm kiếm đã lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="33"/>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="34"/>
        <source>Save the current search and filters</source>
        <translation>Lưu từ khoá và bộ lọc đang dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="65"/>
        <source>(no search words)</source>
        <translation>(không có từ khoá)</translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="100"/>
        <source>Save search</source>
        <translation>Lưu tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="100"/>
        <location filename="../../desktop/saved_searches.py" line="140"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="134"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="135"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../desktop/saved_searches.py" line="140"/>
        <source>Rename saved search</source>
        <translation>Đổi tên tìm kiếm đã lưu</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/search_bar.py" line="27"/>
        <source>Search articles (Ctrl+F): words with or without accents</source>
        <translation>Tìm bài (Ctrl+F): gõ có dấu hoặc không dấu</translation>
    </message>
    <message>
        <location filename="../../desktop/search_bar.py" line="28"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="48"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="50"/>
        <source>System language</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="57"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="58"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="66"/>
        <source>&amp;Watch folder:</source>
        <translation>Thư mục &amp;theo dõi:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="69"/>
        <source>Files saved into the watch folder are imported automatically. A new language applies after restarting Tư Liệu.</source>
        <translation>Tệp lưu vào thư mục theo dõi sẽ được nhập tự động. Ngôn ngữ mới có hiệu lực sau khi khởi động lại Tư Liệu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="82"/>
        <source>Watch folder</source>
        <translation>Thư mục theo dõi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="92"/>
        <source>This run shows %1 (--lang %2); the choice above applies when Tư Liệu starts without --lang.</source>
        <translation>Lần chạy này hiển thị %1 (--lang %2); lựa chọn ở trên có hiệu lực khi Tư Liệu khởi động không kèm --lang.</translation>
    </message>
</context>
<context>
    <name>SharedArchiveDialog</name>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="26"/>
        <source>Open Shared Archive</source>
        <translation>Mở kho dùng chung</translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="35"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="35"/>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="36"/>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="36"/>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="37"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <location filename="../../desktop/shared_dialog.py" line="39"/>
        <source>The password is asked for when the server needs it.</source>
        <translation>Mật khẩu sẽ được hỏi khi máy chủ cần đến.</translation>
    </message>
</context>
<context>
    <name>SourceLabel</name>
    <message>
        <location filename="../../desktop/source_label.py" line="31"/>
        <source>OCR was unsure of this word: compare with the page</source>
        <translation>OCR không chắc chữ này: hãy đối chiếu với trang gốc</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="58"/>
        <source>Merge with next</source>
        <translation>Gộp với bài sau</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="59"/>
        <source>Join this article with the next article of the same document</source>
        <translation>Nối bài này với bài tiếp theo của cùng tài liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="60"/>
        <source>Show page</source>
        <translation>Xem trang</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="61"/>
        <source>The page this text was read from, beside the text</source>
        <translation>Trang gốc mà văn bản này được đọc ra, mở bên cạnh văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="63"/>
        <source>Split here</source>
        <translation>Tách tại đây</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="64"/>
        <source>Start a new article at the selected paragraph</source>
        <translation>Bắt đầu một bài mới từ đoạn đang chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="104"/>
        <source>Article %1 of %2 from %3</source>
        <translation>Bài %1/%2 trong tệp %3</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="107"/>
        <source>From %1</source>
        <translation>Từ tệp %1</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="111"/>
        <source>pages %1</source>
        <translation>trang %1</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="113"/>
        <source>OCR confidence %1%</source>
        <translation>độ tin cậy OCR %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="121"/>
        <source>The document&apos;s own metadata (not applied):</source>
        <translation>Siêu dữ liệu riêng của tài liệu (chưa áp dụng):</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="141"/>
        <source>Merge with next article</source>
        <translation>Gộp với bài tiếp theo</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="147"/>
        <source>Select the paragraph that starts the new article first.</source>
        <translation>Hãy chọn trước đoạn mở đầu bài mới.</translation>
    </message>
    <message>
        <location filename="../../desktop/source_label.py" line="150"/>
        <source>Split article</source>
        <translation>Tách bài</translation>
    </message>
</context>
<context>
    <name>VersionsPane</name>
    <message>
        <location filename="../../desktop/versions_pane.py" line="64"/>
        <source>Outlet</source>
        <translation>Báo</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="64"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="64"/>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="64"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="66"/>
        <source>Split from story</source>
        <translation>Tách khỏi nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="67"/>
        <source>This article is not a version of the story: take it out</source>
        <translation>Bài này không phải một bản của nhóm bài: đưa nó ra khỏi nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="68"/>
        <source>Join story…</source>
        <translation>Ghép vào nhóm…</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="69"/>
        <source>Put this article into the story of another article (by id)</source>
        <translation>Đưa bài này vào nhóm của một bài khác (theo số bài)</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="105"/>
        <source>Original: %1</source>
        <translation>Bài gốc: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="106"/>
        <source>No other outlet&apos;s version of this article is archived.</source>
        <translation>Kho chưa có bản đăng nào của báo khác cho bài này.</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="118"/>
        <source>original</source>
        <translation>bản gốc</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="118"/>
        <source>identical</source>
        <translation>giống hệt</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="119"/>
        <source>edited</source>
        <translation>có sửa đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="119"/>
        <source>excerpt</source>
        <translation>trích đoạn</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="129"/>
        <source>This is the original.</source>
        <translation>Đây là bản gốc.</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="147"/>
        <source>Join story</source>
        <translation>Ghép vào nhóm</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="148"/>
        <source>Article id whose story this article belongs to:</source>
        <translation>Bài này thuộc nhóm của bài số:</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <location filename="../../desktop/archive_reasons.py" line="13"/>
        <source>the archive is damaged ({0})</source>
        <translation>kho bị hỏng ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_reasons.py" line="15"/>
        <source>the archive could not be read ({0})</source>
        <translation>không đọc được kho ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_reasons.py" line="18"/>
        <source>the archive is open for writing in another program (lock {0}); close it there or open it read-only{1}</source>
        <translation>kho đang được một chương trình khác mở để ghi (khóa {0}); hãy đóng kho ở đó hoặc mở chỉ đọc{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_reasons.py" line="21"/>
        <source>not a Tư Liệu archive (the file is not an SQLite database){0}</source>
        <translation>không phải kho Tư Liệu (tệp không phải cơ sở dữ liệu SQLite){0}</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_reasons.py" line="23"/>
        <source>not a Tư Liệu archive (an SQLite file of another program){0}</source>
        <translation>không phải kho Tư Liệu (tệp SQLite của một chương trình khác){0}</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_reasons.py" line="25"/>
        <source>not a usable Tư Liệu archive ({0})</source>
        <translation>kho Tư Liệu không dùng được ({0})</translation>
    </message>
</context>
<context>
    <name>care</name>
    <message>
        <location filename="../../desktop/archive_care.py" line="52"/>
        <source>Damaged archive</source>
        <translation>Kho bị hỏng</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="53"/>
        <source>Part of the archive could not be read:
{0}

{1}</source>
        <translation>Không đọc được một phần của kho:
{0}

{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="55"/>
        <source>Check and repair copies every readable article into a new archive; the damaged file is kept as it is.</source>
        <translation>“Kiểm tra và sửa chữa” chép mọi bài còn đọc được sang một kho mới; tệp bị hỏng được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="57"/>
        <source>Check and Repair…</source>
        <translation>Kiểm tra và sửa chữa…</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="101"/>
        <source>Back Up Archive</source>
        <translation>Sao lưu kho</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="111"/>
        <source>Backup written to {0}</source>
        <translation>Đã sao lưu vào {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="124"/>
        <location filename="../../desktop/archive_care.py" line="146"/>
        <source>Restore from Backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="132"/>
        <source>Restored from {0}.</source>
        <translation>Đã khôi phục từ {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="134"/>
        <source>The previous content is kept in {0}.</source>
        <translation>Nội dung trước đó được giữ trong {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="146"/>
        <source>Replace the content of {0} with the backup {1}?

The current content is backed up first.</source>
        <translation>Thay nội dung của {0} bằng bản sao lưu {1}?

Nội dung hiện tại sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="154"/>
        <location filename="../../desktop/archive_care.py" line="158"/>
        <source>Check Archive</source>
        <translation>Kiểm tra kho</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="159"/>
        <source>Repair</source>
        <translation>Sửa chữa</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="166"/>
        <source>Repaired copy</source>
        <translation>Bản đã sửa chữa</translation>
    </message>
    <message>
        <location filename="../../desktop/archive_care.py" line="167"/>
        <source>Open the repaired copy {0}?</source>
        <translation>Mở bản đã sửa chữa {0}?</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <location filename="../../desktop/check_report.py" line="18"/>
        <source>re-extracted from the original file{0}</source>
        <translation>đã trích xuất lại từ tệp gốc{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="20"/>
        <source>the original bytes are unreadable ({0})</source>
        <translation>không đọc được dữ liệu của tệp gốc ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="21"/>
        <source>no original bytes to re-extract from{0}</source>
        <translation>không còn dữ liệu tệp gốc để trích xuất lại{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="23"/>
        <source>the original cannot be read again: {0}</source>
        <translation>không đọc lại được tệp gốc: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="24"/>
        <source>the original holds no article text{0}</source>
        <translation>tệp gốc không có nội dung bài{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="25"/>
        <source>unreadable ({0})</source>
        <translation>không đọc được ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="26"/>
        <source>stored fields unreadable ({0})</source>
        <translation>không đọc được các trường đã lưu ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="28"/>
        <source>entity links and tags unreadable ({0})</source>
        <translation>liên kết thực thể và thẻ (không đọc được: {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="53"/>
        <source>the search index is out of date with the articles&apos; text</source>
        <translation>chỉ mục tìm kiếm chưa khớp với nội dung các bài</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="61"/>
        <source>damaged database page: {0}</source>
        <translation>trang cơ sở dữ liệu bị hỏng: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="62"/>
        <source>a part of the archive could not be read: {0}</source>
        <translation>không đọc được một phần của kho: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="70"/>
        <source>article #{0}: stored text is empty or unreadable</source>
        <translation>bài #{0}: nội dung đã lưu trống hoặc không đọc được</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="73"/>
        <source>article #{0} could not be read: {1}</source>
        <translation>không đọc được bài #{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="74"/>
        <source>article #{0} copied without its {1}</source>
        <translation>bài #{0} được chép nhưng thiếu {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="78"/>
        <source> — repaired</source>
        <translation> — đã sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="85"/>
        <source>{0}: {1}; no problems found</source>
        <translation>{0}: {1}; không thấy vấn đề nào</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="86"/>
        <source>{0}: {1}; {2}</source>
        <translation>{0}: {1}; {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_report.py" line="90"/>
        <source>The readable articles were copied to {0}; the original was kept as it is.</source>
        <translation>Các bài còn đọc được đã được chép sang {0}; tệp gốc được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>dossier</name>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="121"/>
        <source>OpenDocument (.odt), editable</source>
        <translation>OpenDocument (.odt), sửa được</translation>
    </message>
    <message>
        <source>OpenDocument dossier, {0} articles</source>
        <translation type="vanished">Hồ sơ OpenDocument, {0} bài</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="331"/>
        <source>OpenDocument files (*.odt)</source>
        <translation>Tệp OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="120"/>
        <source>Word (.docx), editable</source>
        <translation>Word (.docx), sửa được</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="123"/>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>Word dossier, {0} articles</source>
        <translation type="vanished">Hồ sơ Word, {0} bài</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="330"/>
        <source>Word files (*.docx)</source>
        <translation>Tệp Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="78"/>
        <source>Print dossier</source>
        <translation>In hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="79"/>
        <location filename="../../desktop/dossier_dialog.py" line="336"/>
        <source>Export dossier</source>
        <translation>Xuất hồ sơ</translation>
    </message>
    <message>
        <source>%n article(s)</source>
        <translation type="vanished">%n bài</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="104"/>
        <source>Scope:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="112"/>
        <source>Summaries only (leads, no full text)</source>
        <translation>Chỉ tóm tắt (sapo, không toàn văn)</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="114"/>
        <source>One per story (each original once)</source>
        <translation>Mỗi nhóm một bài (mỗi bài gốc một lần)</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="115"/>
        <source>By date</source>
        <translation>Theo ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="115"/>
        <source>By outlet</source>
        <translation>Theo báo</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="124"/>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="125"/>
        <source>Subtitle:</source>
        <translation>Phụ đề:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="126"/>
        <source>Prepared by:</source>
        <translation>Người lập:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="127"/>
        <source>Marking:</source>
        <translation>Độ mật:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="131"/>
        <source>Order:</source>
        <translation>Thứ tự:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="132"/>
        <source>Labels:</source>
        <translation>Ngôn ngữ nhãn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="133"/>
        <source>Paper:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="172"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="182"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="187"/>
        <source>Print preview…</source>
        <translation>Xem trước khi in…</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="189"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="193"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="195"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="197"/>
        <source>Show in folder</source>
        <translation>Mở thư mục chứa</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="200"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="231"/>
        <source>Building…</source>
        <translation>Đang tạo…</translation>
    </message>
    <message>
        <source>{0} pages, {1} articles</source>
        <translation type="vanished">{0} trang, {1} bài</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="275"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="278"/>
        <source>Failed.</source>
        <translation>Thất bại.</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="332"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed {0} pages.</source>
        <translation type="vanished">Đã in {0} trang.</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="113"/>
        <source>File details (name, import time, content hash)</source>
        <translation>Chi tiết tệp (tên, lúc nhập, mã băm nội dung)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="32"/>
        <source>Archive in use</source>
        <translation>Kho đang được dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="33"/>
        <source>The archive is open in another Tư Liệu window or program.

{0}</source>
        <translation>Kho đang mở trong một cửa sổ Tư Liệu hoặc chương trình khác.

{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="36"/>
        <source>Archive from a newer version</source>
        <translation>Kho của phiên bản mới hơn</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="37"/>
        <source>This archive was made by a newer version of Tư Liệu. Update the app to open it.

{0}</source>
        <translation>Kho này được tạo bởi phiên bản Tư Liệu mới hơn. Hãy cập nhật ứng dụng để mở.

{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="40"/>
        <source>Damaged archive</source>
        <translation>Kho bị hỏng</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="41"/>
        <source>The file is not a readable Tư Liệu archive; it may be damaged or of another kind.

{0}</source>
        <translation>Tệp này không phải kho Tư Liệu đọc được; có thể tệp bị hỏng hoặc thuộc loại khác.

{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="44"/>
        <source>Server unreachable</source>
        <translation>Không kết nối được máy chủ</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="45"/>
        <source>The shared archive&apos;s server does not answer. Check the address, the network, or ask its administrator.

{0}</source>
        <translation>Máy chủ của kho dùng chung không trả lời. Hãy kiểm tra địa chỉ, mạng, hoặc hỏi người quản trị máy chủ.

{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="48"/>
        <source>Login refused</source>
        <translation>Đăng nhập bị từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="49"/>
        <source>The server refused the login.

{0}</source>
        <translation>Máy chủ đã từ chối đăng nhập.

{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="51"/>
        <source>Disk full</source>
        <translation>Đầy ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="52"/>
        <source>There is no space left on the disk. Free some space and try again; articles already saved are intact.</source>
        <translation>Ổ đĩa đã hết chỗ trống. Hãy giải phóng dung lượng rồi thử lại; các bài đã lưu vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="59"/>
        <source>File not found</source>
        <translation>Không tìm thấy tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="60"/>
        <source>The file disappeared before it could be read:
{0}</source>
        <translation>Tệp đã biến mất trước khi kịp đọc:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="63"/>
        <source>Cannot read file</source>
        <translation>Không đọc được tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="65"/>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="66"/>
        <source>The article or entity no longer exists.

{0}</source>
        <translation>Bài viết hoặc thực thể không còn tồn tại.

{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="68"/>
        <source>Permission denied</source>
        <translation>Không có quyền truy cập</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="69"/>
        <source>Tư Liệu may not access:
{0}</source>
        <translation>Tư Liệu không được phép truy cập:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="71"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="72"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="73"/>
        <source>Something went wrong: {0}

Details were written to the log.</source>
        <translation>Đã xảy ra lỗi: {0}

Chi tiết đã được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="89"/>
        <source>You can open it read-only: search and read, but not change.</source>
        <translation>Có thể mở ở chế độ chỉ đọc: tìm và đọc, nhưng không sửa.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="90"/>
        <source>Open read-only</source>
        <translation>Mở chỉ đọc</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../desktop/export_controller.py" line="30"/>
        <source>&amp;OpenDocument Dossier (.odt)…</source>
        <translation>Hồ sơ &amp;OpenDocument (.odt)…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="29"/>
        <source>&amp;Word Dossier (.docx)…</source>
        <translation>Hồ sơ &amp;Word (.docx)…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="31"/>
        <source>&amp;CSV Spreadsheet (.csv)…</source>
        <translation>Bảng tính &amp;CSV (.csv)…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="32"/>
        <source>&amp;Excel Workbook (.xlsx)…</source>
        <translation>Sổ tính &amp;Excel (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="33"/>
        <source>&amp;JSON Lines, Every Field (.jsonl)…</source>
        <translation>&amp;JSON Lines, mọi trường (.jsonl)…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="34"/>
        <source>CS&amp;L-JSON for Zotero (.json)…</source>
        <translation>CS&amp;L-JSON cho Zotero (.json)…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="35"/>
        <source>&amp;RIS for EndNote/Zotero (.ris)…</source>
        <translation>&amp;RIS cho EndNote/Zotero (.ris)…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="36"/>
        <source>&amp;Markdown Text (.md)…</source>
        <translation>Văn bản &amp;Markdown (.md)…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="37"/>
        <source>&amp;Plain Text (.txt)…</source>
        <translation>Văn bản &amp;thuần (.txt)…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="38"/>
        <source>Markdown, &amp;One File per Article…</source>
        <translation>Markdown, &amp;mỗi bài một tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="44"/>
        <source>ID</source>
        <translation>Mã bài</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="44"/>
        <source>Date precision</source>
        <translation>Độ chắc của ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="45"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="45"/>
        <source>Lead</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="46"/>
        <source>Body</source>
        <translation>Thân bài</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="46"/>
        <source>Needs review</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="47"/>
        <source>Where each field came from</source>
        <translation>Nguồn của từng trường</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="48"/>
        <source>Edited by hand</source>
        <translation>Trường đã sửa tay</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="48"/>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="49"/>
        <source>Content hash</source>
        <translation>Mã băm nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="91"/>
        <source>Export &amp;Again as {0}…</source>
        <translation>&amp;Xuất lại dạng {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="130"/>
        <source>articles</source>
        <translation>bai-viet</translation>
    </message>
    <message>
        <source>Exporting {0} articles…</source>
        <translation type="vanished">Đang xuất {0} bài…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="154"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>{0} articles exported to {1}</source>
        <translation type="vanished">Đã xuất {0} bài vào {1}</translation>
    </message>
    <message>
        <source>{0} files</source>
        <translation type="vanished">{0} tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="179"/>
        <source>Export finished</source>
        <translation>Xuất xong</translation>
    </message>
    <message>
        <location filename="../../desktop/export_controller.py" line="188"/>
        <source>Export cancelled; no file written.</source>
        <translation>Đã hủy xuất; không tệp nào được ghi.</translation>
    </message>
    <message>
        <source>All %n article(s)</source>
        <translation type="vanished">Tất cả %n bài</translation>
    </message>
    <message>
        <source>All %n article(s) shown: {0}</source>
        <translation type="vanished">Tất cả %n bài đang hiện: {0}</translation>
    </message>
    <message>
        <source>%n selected article(s)</source>
        <translation type="vanished">%n bài được chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/export_scope.py" line="96"/>
        <source>This article only: {0}</source>
        <translation>Chỉ bài này: {0}</translation>
    </message>
</context>
<context>
    <name>failed</name>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="25"/>
        <source>Failed Imports</source>
        <translation>Tệp nhập lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="28"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="28"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="29"/>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="29"/>
        <source>Tries</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="35"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../desktop/failed_dialog.py" line="36"/>
        <source>Forget</source>
        <translation>Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>{0} file(s) could not be imported.</source>
        <translation type="vanished">Không nhập được {0} tệp.</translation>
    </message>
</context>
<context>
    <name>plural</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs.py" line="110"/>
        <source>Import cancelled. %n article(s) saved whole before it stopped.</source>
        <translation>
            <numerusform>Đã hủy nhập. %n bài đã được lưu trọn vẹn trước khi dừng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs.py" line="112"/>
        <source>%n file(s) not imported yet: import the same files or folder again to finish (what is already in the archive is skipped as a duplicate).</source>
        <translation>
            <numerusform>%n tệp chưa được nhập: hãy nhập lại đúng các tệp hoặc thư mục ấy để nhập nốt (bài đã có trong kho sẽ được bỏ qua như bài trùng).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs.py" line="117"/>
        <source>%n article(s) saved before it stopped.</source>
        <translation>
            <numerusform>%n bài đã được lưu trước khi dừng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dossier_dialog.py" line="154"/>
        <location filename="../../desktop/dossier_dialog.py" line="264"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dossier_dialog.py" line="259"/>
        <source>Word dossier, %n article(s)</source>
        <translation>
            <numerusform>Hồ sơ Word, %n bài</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dossier_dialog.py" line="261"/>
        <source>OpenDocument dossier, %n article(s)</source>
        <translation>
            <numerusform>Hồ sơ OpenDocument, %n bài</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dossier_dialog.py" line="263"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dossier_dialog.py" line="359"/>
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>Đã in %n trang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_controller.py" line="153"/>
        <source>Exporting %n article(s)…</source>
        <translation>
            <numerusform>Đang xuất %n bài…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_controller.py" line="175"/>
        <source>%n article(s) exported to {0}</source>
        <translation>
            <numerusform>Đã xuất %n bài vào {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_controller.py" line="177"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n tệp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_scope.py" line="55"/>
        <source>%n article(s) selected from: {0}</source>
        <translation>
            <numerusform>%n bài được chọn trong: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_scope.py" line="86"/>
        <source>All %n article(s)</source>
        <translation>
            <numerusform>Tất cả %n bài</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_scope.py" line="87"/>
        <source>All %n article(s) shown: {0}</source>
        <translation>
            <numerusform>Tất cả %n bài đang hiện: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/export_scope.py" line="92"/>
        <source>%n selected article(s)</source>
        <translation>
            <numerusform>%n bài được chọn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/failed_dialog.py" line="54"/>
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>Không nhập được %n tệp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window_import.py" line="42"/>
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>Đã nhập %n bài</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="49"/>
        <source>%n article(s) missing from the search index</source>
        <translation>
            <numerusform>%n bài thiếu trong chỉ mục tìm kiếm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="51"/>
        <source>%n search-index row(s) for articles that do not exist</source>
        <translation>
            <numerusform>%n dòng chỉ mục tìm kiếm của những bài không còn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="64"/>
        <source>%n row(s) point to a missing row (orphans): {0}</source>
        <translation>
            <numerusform>%n dòng trỏ tới một dòng không còn (mồ côi): {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="66"/>
        <source>%n entity link(s) with no mention count</source>
        <translation>
            <numerusform>%n liên kết thực thể không có số lần nhắc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="67"/>
        <source>%n entity record(s) with a wrong article count or no folded name</source>
        <translation>
            <numerusform>%n thực thể sai số bài hoặc thiếu tên không dấu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="68"/>
        <source>%n article(s) without their original file&apos;s bytes (cannot be re-extracted): {0}</source>
        <translation>
            <numerusform>%n bài không còn dữ liệu tệp gốc (không trích xuất lại được): {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="72"/>
        <source>%n article(s) copied whole to {0}</source>
        <translation>
            <numerusform>%n bài được chép trọn vẹn sang {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="83"/>
        <source>%n article(s) checked</source>
        <translation>
            <numerusform>đã kiểm tra %n bài</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/check_report.py" line="87"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n vấn đề</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/entities_pane.py" line="170"/>
        <source>%n article(s), from {0} to {1}</source>
        <translation>
            <numerusform>%n bài, từ {0} đến {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/entity_editor.py" line="105"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n lần nhắc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review_queue.py" line="71"/>
        <source>%n article(s) left to review</source>
        <translation>
            <numerusform>Còn %n bài cần xem lại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/story_grouping.py" line="33"/>
        <source>Stories found: {0} (%n article(s))</source>
        <translation>
            <numerusform>Đã tìm thấy {0} nhóm bài (%n bài)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/story_reasons.py" line="25"/>
        <source>named as the source by %n version(s) (“Theo {0}”)</source>
        <translation>
            <numerusform>được %n bản khác ghi là nguồn (“Theo {0}”)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/printing.py" line="119"/>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <location filename="../../desktop/provenance.py" line="18"/>
        <source>meta</source>
        <translation>siêu dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="19"/>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="20"/>
        <source>inferred</source>
        <translation>suy luận</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="21"/>
        <source>edited</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="22"/>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="31"/>
        <source>From the page&apos;s metadata</source>
        <translation>Lấy từ siêu dữ liệu của trang</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="32"/>
        <source>Found in the page text</source>
        <translation>Tìm thấy trong nội dung trang</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="33"/>
        <source>Inferred (check it)</source>
        <translation>Suy luận (cần kiểm tra)</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="34"/>
        <source>Edited by you</source>
        <translation>Do bạn sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="35"/>
        <source>From the file</source>
        <translation>Lấy từ tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="37"/>
        <source>Origin unknown</source>
        <translation>Không rõ nguồn gốc</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="79"/>
        <source>Click for this field&apos;s history</source>
        <translation>Bấm để xem lịch sử của trường này</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="94"/>
        <source>you</source>
        <translation>người dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="94"/>
        <source>extractor</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="119"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="119"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="120"/>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="120"/>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="121"/>
        <source>By</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="171"/>
        <source>No edits yet: the value is as extracted.</source>
        <translation>Chưa sửa: giá trị như khi trích xuất.</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="12"/>
        <source>file is empty</source>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="13"/>
        <source>file is empty (no visible text)</source>
        <translation>tệp rỗng (không có chữ nào hiện ra)</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="14"/>
        <source>binary data, not text (control bytes such as NUL throughout)</source>
        <translation>dữ liệu nhị phân, không phải văn bản (đầy byte điều khiển như NUL)</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="15"/>
        <source>binary data, not text (too many control characters)</source>
        <translation>dữ liệu nhị phân, không phải văn bản (quá nhiều ký tự điều khiển)</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="16"/>
        <source>no article text found</source>
        <translation>không tìm thấy nội dung bài</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="17"/>
        <source>file not found</source>
        <translation>không tìm thấy tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="18"/>
        <source>is a folder, not a file</source>
        <translation>là thư mục, không phải tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="19"/>
        <source>permission denied</source>
        <translation>không có quyền đọc</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="20"/>
        <source>not a regular file</source>
        <translation>không phải tệp thông thường</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="21"/>
        <source>the PDF has no pages</source>
        <translation>tệp PDF không có trang nào</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="22"/>
        <source>the PDF has no text (and OCR found none)</source>
        <translation>tệp PDF không có chữ (OCR cũng không tìm thấy chữ)</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="23"/>
        <source>not a readable PDF (damaged, or not a PDF at all)</source>
        <translation>không đọc được PDF (tệp hỏng, hoặc không phải PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="24"/>
        <source>not a readable image (damaged or not an image file)</source>
        <translation>không đọc được ảnh (tệp hỏng hoặc không phải ảnh)</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="25"/>
        <source>OCR found no text in the image</source>
        <translation>OCR không tìm thấy chữ trong ảnh</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="26"/>
        <source>the Word document has no text</source>
        <translation>tài liệu Word không có chữ</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="27"/>
        <source>the document has no text</source>
        <translation>tài liệu không có chữ</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="28"/>
        <source>the e-mail body is empty</source>
        <translation>thư điện tử không có nội dung</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="29"/>
        <source>the e-mail has no text or HTML body</source>
        <translation>thư điện tử không có phần văn bản hay HTML</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="30"/>
        <source>not an e-mail file (no From or Subject header)</source>
        <translation>không phải tệp thư điện tử (không có dòng From hay Subject)</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="31"/>
        <source>no HTML part found in this MHTML file</source>
        <translation>tệp MHTML này không có phần HTML</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="32"/>
        <source>the HTML part of this MHTML file is empty</source>
        <translation>phần HTML của tệp MHTML này rỗng</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="37"/>
        <source>not a text or web page file: it is {0}</source>
        <translation>không phải tệp văn bản hay trang web: đây là {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="39"/>
        <source>not a regular file: it is {0}</source>
        <translation>không phải tệp thông thường: đây là {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="41"/>
        <source>cannot decode the text ({0})</source>
        <translation>không giải mã được văn bản ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="42"/>
        <source>extraction failed: {0}</source>
        <translation>trích xuất thất bại: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/failure_reasons.py" line="43"/>
        <source>could not be stored: {0}</source>
        <translation>không lưu được: {0}</translation>
    </message>
</context>
<context>
    <name>stories</name>
    <message>
        <location filename="../../desktop/story_grouping.py" line="29"/>
        <source>Finding versions of stories: %1 of %2</source>
        <translation>Đang tìm nhóm bài: %1/%2</translation>
    </message>
    <message>
        <source>Stories found: %1 (%2 articles)</source>
        <translation type="vanished">Đã tìm thấy %1 nhóm bài (%2 bài)</translation>
    </message>
    <message>
        <location filename="../../desktop/story_grouping.py" line="37"/>
        <source>Finding stories failed: %1</source>
        <translation>Không tìm được nhóm bài: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/story_reasons.py" line="27"/>
        <source>{0} is a state news agency</source>
        <translation>{0} là hãng thông tấn nhà nước</translation>
    </message>
    <message>
        <location filename="../../desktop/story_reasons.py" line="29"/>
        <source>{0} is a state broadcaster</source>
        <translation>{0} là đài phát thanh, truyền hình nhà nước</translation>
    </message>
    <message>
        <location filename="../../desktop/story_reasons.py" line="31"/>
        <source>published first ({0})</source>
        <translation>đăng sớm nhất ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/story_reasons.py" line="33"/>
        <source>imported first (no date or source to go by)</source>
        <translation>nhập vào sớm nhất (không có ngày đăng hay nguồn để dựa vào)</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../desktop/undo.py" line="82"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="88"/>
        <source>Restore paragraph to body</source>
        <translation>Đưa đoạn lại vào bài</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="89"/>
        <source>Remove paragraph from body</source>
        <translation>Bỏ đoạn khỏi bài</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="90"/>
        <source>Mark paragraph as caption</source>
        <translation>Đánh dấu đoạn là chú thích ảnh</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="103"/>
        <source>Rename entity to %1</source>
        <translation>Đổi tên thực thể thành %1</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="109"/>
        <source>Change entity kind</source>
        <translation>Đổi loại thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="115"/>
        <source>Merge entities</source>
        <translation>Gộp thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="120"/>
        <source>Add entity %1</source>
        <translation>Thêm thực thể %1</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="126"/>
        <source>Remove entity</source>
        <translation>Bỏ thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="133"/>
        <source>Delete article</source>
        <translation>Xóa bài</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="28"/>
        <source>Split from story</source>
        <translation>Tách khỏi nhóm bài</translation>
    </message>
    <message>
        <location filename="../../desktop/versions_pane.py" line="33"/>
        <source>Join story of #%1</source>
        <translation>Ghép vào nhóm của bài số %1</translation>
    </message>
</context>
</TS>
