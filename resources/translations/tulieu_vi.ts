<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../desktop/article_pane.py" line="37"/>
        <source>Show removed text</source>
        <translation>Hiện phần văn bản đã loại</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="38"/>
        <source>Show, greyed in place, what cleaning removed from the page</source>
        <translation>Hiện (màu xám, đúng vị trí) những gì bước làm sạch đã loại khỏi trang</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="39"/>
        <source>Select an article to read and edit it.</source>
        <translation>Chọn một bài để đọc và chỉnh sửa.</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="63"/>
        <source>person</source>
        <translation>người</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="63"/>
        <source>organisation</source>
        <translation>tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="64"/>
        <source>place</source>
        <translation>địa danh</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="76"/>
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
        <location filename="../../desktop/article_pane.py" line="77"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="121"/>
        <source>Show removed text (%1)</source>
        <translation>Hiện văn bản đã loại (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="128"/>
        <source>Paragraph %1</source>
        <translation>Đoạn %1</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="130"/>
        <source>Entities</source>
        <translation>Thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/article_pane.py" line="139"/>
        <source>Change %1 paragraphs</source>
        <translation>Đổi %1 đoạn</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop/article_model.py" line="125"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="125"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="125"/>
        <source>Outlet</source>
        <translation>Báo</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="125"/>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="143"/>
        <source>(untitled)</source>
        <translation>(không tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="145"/>
        <source>Needs review</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>Title — best matches first ▾</source>
        <translation>Tiêu đề — khớp nhất trước ▾</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Ngày nhập</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Số từ</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../desktop/article_view.py" line="203"/>
        <source>(untitled)</source>
        <translation>(không tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="242"/>
        <source>removed: %1</source>
        <translation>đã loại: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="242"/>
        <source>removed</source>
        <translation>đã loại</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="249"/>
        <location filename="../../desktop/article_view.py" line="297"/>
        <source>Restore to body</source>
        <translation>Đưa lại vào thân bài</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="297"/>
        <source>Mark as body</source>
        <translation>Đánh dấu là thân bài</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="299"/>
        <source>Remove paragraphs from body</source>
        <translation>Loại các đoạn khỏi thân bài</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="299"/>
        <source>Remove from body</source>
        <translation>Loại khỏi thân bài</translation>
    </message>
    <message>
        <location filename="../../desktop/article_view.py" line="301"/>
        <source>Mark as caption</source>
        <translation>Đánh dấu là chú thích ảnh</translation>
    </message>
</context>
<context>
    <name>EntitiesPane</name>
    <message>
        <location filename="../../desktop/entities_pane.py" line="37"/>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="37"/>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="37"/>
        <source>Places</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="40"/>
        <source>Filter names…</source>
        <translation>Lọc tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="43"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="43"/>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="58"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="59"/>
        <source>Merge into…</source>
        <translation>Gộp vào…</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="60"/>
        <source>Change kind</source>
        <translation>Đổi loại</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="83"/>
        <source>&lt;b&gt;Articles per month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Số bài theo tháng&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="85"/>
        <source>&lt;b&gt;Most often named with&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hay được nhắc cùng&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="163"/>
        <source>Select a name to see where and when it appears.</source>
        <translation>Chọn một tên để xem nó xuất hiện ở đâu và khi nào.</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="169"/>
        <source>%1 articles, from %2 to %3</source>
        <translation>%1 bài, từ %2 đến %3</translation>
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
        <location filename="../../desktop/entities_pane.py" line="237"/>
        <source>Rename entity</source>
        <translation>Đổi tên thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="237"/>
        <source>New name (everywhere):</source>
        <translation>Tên mới (ở mọi nơi):</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="247"/>
        <source>Merge into</source>
        <translation>Gộp vào</translation>
    </message>
    <message>
        <location filename="../../desktop/entities_pane.py" line="248"/>
        <source>Keep this entity (the other name becomes its alias):</source>
        <translation>Giữ thực thể này (tên kia trở thành tên gọi khác):</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <location filename="../../desktop/entity_editor.py" line="31"/>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="31"/>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="32"/>
        <source>Places</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="64"/>
        <source>Add a name…</source>
        <translation>Thêm tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="68"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="93"/>
        <source>%1 mentions</source>
        <translation>%1 lần nhắc</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="149"/>
        <source>Merge, keeping “%1”</source>
        <translation>Gộp, giữ “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="157"/>
        <source>Show in entities pane</source>
        <translation>Xem trong khung thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="158"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="159"/>
        <source>Change kind</source>
        <translation>Đổi loại</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="163"/>
        <source>Merge into…</source>
        <translation>Gộp vào…</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="165"/>
        <source>Remove from this article</source>
        <translation>Bỏ khỏi bài này</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="172"/>
        <source>Rename entity</source>
        <translation>Đổi tên thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="172"/>
        <source>New name (everywhere):</source>
        <translation>Tên mới (ở mọi nơi):</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="181"/>
        <source>Merge into</source>
        <translation>Gộp vào</translation>
    </message>
    <message>
        <location filename="../../desktop/entity_editor.py" line="182"/>
        <source>Keep this entity (the other name becomes its alias):</source>
        <translation>Giữ thực thể này (tên kia trở thành tên gọi khác):</translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="42"/>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="48"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="61"/>
        <source>Needs review</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="61"/>
        <source>Outlet</source>
        <translation>Báo</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="61"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="62"/>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="62"/>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="63"/>
        <source>Places</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="63"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="111"/>
        <source>Flagged</source>
        <translation>Đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="191"/>
        <source>needs review</source>
        <translation>cần xem lại</translation>
    </message>
    <message>
        <location filename="../../desktop/filter_sidebar.py" line="192"/>
        <source>All articles</source>
        <translation>Tất cả bài viết</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Độ chắc của ngày</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>chính xác</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>suy luận</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop/import_controller.py" line="129"/>
        <source>Cancelling…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../desktop/import_controller.py" line="51"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/import_controller.py" line="52"/>
        <source>Stop the import after the current file</source>
        <translation>Dừng nhập sau tệp đang xử lý</translation>
    </message>
    <message>
        <location filename="../../desktop/import_controller.py" line="64"/>
        <source>Importing {0} of {1}: {2}</source>
        <translation>Đang nhập {0}/{1}: {2}</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="91"/>
        <source>Import cancelled. {0} articles were saved whole before it stopped.</source>
        <translation>Đã hủy nhập. {0} bài đã được lưu trọn vẹn trước khi dừng.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="94"/>
        <source>Import stopped: {0}</source>
        <translation>Nhập bị dừng: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="95"/>
        <source>{0} articles were saved before it stopped.</source>
        <translation>{0} bài đã được lưu trước khi dừng.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="97"/>
        <source>Imported: {0}   Duplicates: {1}   Failed: {2}</source>
        <translation>Đã nhập: {0}   Trùng: {1}   Lỗi: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="100"/>
        <source>  {0} — same as article #{1}</source>
        <translation>  {0} — trùng với bài số {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="101"/>
        <source>Duplicates (already in the archive):</source>
        <translation>Bài trùng (đã có trong kho):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="104"/>
        <source>Not imported:</source>
        <translation>Không nhập được:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="114"/>
        <source>Import summary</source>
        <translation>Kết quả nhập</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Export &amp;As</source>
        <translation>Xuất &amp;dạng</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="34"/>
        <source>An archive of Vietnamese news articles: clean text, editable metadata, search and PDF dossiers.</source>
        <translation>Kho lưu trữ bài báo tiếng Việt: văn bản sạch, siêu dữ liệu chỉnh sửa được, tìm kiếm và hồ sơ PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="37"/>
        <source>About Tư Liệu</source>
        <translation>Giới thiệu Tư Liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/article_model.py" line="178"/>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="70"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="180"/>
        <source>search “{0}”</source>
        <translation>tìm “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="183"/>
        <source>All articles</source>
        <translation>Tất cả bài viết</translation>
    </message>
    <message>
        <location filename="../../desktop/window_import.py" line="24"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/window_import.py" line="25"/>
        <source>Open an archive you can write to before importing.</source>
        <translation>Hãy mở một kho có quyền ghi trước khi nhập.</translation>
    </message>
    <message>
        <location filename="../../desktop/window_import.py" line="41"/>
        <source>{0} articles imported</source>
        <translation>Đã nhập {0} bài</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="80"/>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="81"/>
        <source>Entities</source>
        <translation>Thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="258"/>
        <source>no archive</source>
        <translation>chưa mở kho</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="259"/>
        <source> (read-only)</source>
        <translation> (chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="265"/>
        <source>{0} articles</source>
        <translation>{0} bài</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="266"/>
        <source>{0} of {1} articles</source>
        <translation>{0} trên {1} bài</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="32"/>
        <source>&amp;New Archive…</source>
        <translation>&amp;Tạo kho mới…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="33"/>
        <source>&amp;Open Archive…</source>
        <translation>&amp;Mở kho…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="34"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="35"/>
        <source>Import &amp;Folder…</source>
        <translation>Nhập cả &amp;thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="36"/>
        <source>&amp;Export Dossier…</source>
        <translation>&amp;Xuất hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="37"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="38"/>
        <source>&amp;Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="39"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="40"/>
        <source>Undo &amp;History</source>
        <translation>&amp;Lịch sử hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="41"/>
        <source>&amp;Delete Article…</source>
        <translation>Xó&amp;a bài…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="42"/>
        <source>&amp;Find</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="43"/>
        <source>&amp;About Tư Liệu</source>
        <translation>&amp;Giới thiệu Tư Liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="46"/>
        <source>Import article files (.txt, .html, .mhtml)</source>
        <translation>Nhập tệp bài báo (.txt, .html, .mhtml)</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="50"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="52"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="61"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="64"/>
        <source>Recent &amp;Archives</source>
        <translation>Kho &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="71"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="77"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="78"/>
        <source>&amp;Review</source>
        <translation>Xem &amp;lại</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="79"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="84"/>
        <source>&amp;Filters</source>
        <translation>&amp;Bộ lọc</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="85"/>
        <source>&amp;Entities</source>
        <translation>&amp;Thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="86"/>
        <source>&amp;Article Pane</source>
        <translation>&amp;Khung bài viết</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="98"/>
        <source>Show &amp;Removed Text</source>
        <translation>Hiện văn bản đã &amp;loại</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="143"/>
        <source>New Archive</source>
        <translation>Tạo kho mới</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="151"/>
        <source>Open Archive</source>
        <translation>Mở kho</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="162"/>
        <source>Import Articles</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="163"/>
        <source>Articles (*.txt *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation>Bài viết (*.txt *.html *.htm *.mhtml *.mht);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="171"/>
        <source>Import Folder</source>
        <translation>Nhập thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="196"/>
        <source>Dossier export is not available in this build ({0}).</source>
        <translation>Bản cài này chưa có chức năng xuất hồ sơ ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="207"/>
        <source>Printing is not available in this build ({0}).</source>
        <translation>Bản cài này chưa có chức năng in ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="218"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="219"/>
        <source>The new language applies after restarting Tư Liệu.</source>
        <translation>Ngôn ngữ mới có hiệu lực sau khi khởi động lại Tư Liệu.</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="227"/>
        <source>Undo History</source>
        <translation>Lịch sử hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="228"/>
        <source>&lt;original state&gt;</source>
        <translation>&lt;trạng thái ban đầu&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="240"/>
        <source>Delete the article “{0}”?</source>
        <translation>Xóa bài “{0}”?</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="241"/>
        <source>Delete {0} articles?</source>
        <translation>Xóa {0} bài?</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="242"/>
        <source>You can undo this (Ctrl+Z).</source>
        <translation>Có thể hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="243"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="255"/>
        <source>Delete {0} articles</source>
        <translation>Xóa {0} bài</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 bài viết</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(không tiêu đề)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="121"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="121"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="122"/>
        <source>Date precision</source>
        <translation>Độ chắc của ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="122"/>
        <source>Outlet</source>
        <translation>Báo</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="123"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="123"/>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="123"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="124"/>
        <source>Lead</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="124"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="124"/>
        <source>Review</source>
        <translation>Xem lại</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="127"/>
        <source>dd/mm/yyyy [hh:mm]</source>
        <translation>dd/mm/yyyy [hh:mm]</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="129"/>
        <source>exact</source>
        <translation>chính xác</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="129"/>
        <source>inferred</source>
        <translation>suy luận</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="130"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="132"/>
        <source>Confirm date</source>
        <translation>Xác nhận ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="137"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="138"/>
        <source>Open the address in the web browser</source>
        <translation>Mở địa chỉ trong trình duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="224"/>
        <source>Needs review: %1</source>
        <translation>Cần xem lại: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="272"/>
        <source>Not a date: use dd/mm/yyyy or dd/mm/yyyy hh:mm</source>
        <translation>Không phải ngày: hãy dùng dd/mm/yyyy hoặc dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <location filename="../../desktop/metadata_editor.py" line="293"/>
        <source>History of %1</source>
        <translation>Lịch sử của %1</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
        <translation>dd/mm/yyyy, mm/yyyy hoặc yyyy</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
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
        <location filename="../../desktop/review_queue.py" line="83"/>
        <source>Review</source>
        <translation>Xem lại</translation>
    </message>
    <message>
        <location filename="../../desktop/review_queue.py" line="84"/>
        <source>Confirm review</source>
        <translation>Xác nhận đã xem</translation>
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
        <location filename="../../desktop/dialogs.py" line="46"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="48"/>
        <source>System language</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="52"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="53"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="59"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="60"/>
        <source>&amp;Watch folder:</source>
        <translation>Thư mục &amp;theo dõi:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="61"/>
        <source>Files saved into the watch folder are imported automatically. A new language applies after restarting Tư Liệu.</source>
        <translation>Tệp lưu vào thư mục theo dõi sẽ được nhập tự động. Ngôn ngữ mới có hiệu lực sau khi khởi động lại Tư Liệu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="73"/>
        <source>Watch folder</source>
        <translation>Thư mục theo dõi</translation>
    </message>
</context>
<context>
    <name>dossier</name>
    <message>
        <source>OpenDocument (.odt), editable</source>
        <translation>OpenDocument (.odt), sửa được</translation>
    </message>
    <message>
        <source>OpenDocument dossier, {0} articles</source>
        <translation>Hồ sơ OpenDocument, {0} bài</translation>
    </message>
    <message>
        <source>OpenDocument files (*.odt)</source>
        <translation>Tệp OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Word (.docx), editable</source>
        <translation>Word (.docx), sửa được</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>Word dossier, {0} articles</source>
        <translation>Hồ sơ Word, {0} bài</translation>
    </message>
    <message>
        <source>Word files (*.docx)</source>
        <translation>Tệp Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="61"/>
        <source>Print dossier</source>
        <translation>In hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="62"/>
        <location filename="../../desktop/dossier_dialog.py" line="248"/>
        <source>Export dossier</source>
        <translation>Xuất hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="74"/>
        <source>Scope:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="82"/>
        <source>Summaries only (leads, no full text)</source>
        <translation>Chỉ tóm tắt (sapo, không toàn văn)</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="83"/>
        <source>By date</source>
        <translation>Theo ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="83"/>
        <source>By outlet</source>
        <translation>Theo báo</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="86"/>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="87"/>
        <source>Subtitle:</source>
        <translation>Phụ đề:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="88"/>
        <source>Prepared by:</source>
        <translation>Người lập:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="89"/>
        <source>Marking:</source>
        <translation>Độ mật:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="91"/>
        <source>Order:</source>
        <translation>Thứ tự:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="92"/>
        <source>Labels:</source>
        <translation>Ngôn ngữ nhãn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="93"/>
        <source>Paper:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="122"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="127"/>
        <source>Print preview…</source>
        <translation>Xem trước khi in…</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="129"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="133"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="135"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="137"/>
        <source>Show in folder</source>
        <translation>Mở thư mục chứa</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="140"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="163"/>
        <source>Building…</source>
        <translation>Đang tạo…</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="189"/>
        <source>{0} pages, {1} articles</source>
        <translation>{0} trang, {1} bài</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="197"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="200"/>
        <source>Failed.</source>
        <translation>Thất bại.</translation>
    </message>
    <message>
        <location filename="../../desktop/dossier_dialog.py" line="249"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>File details (name, import time, content hash)</source>
        <translation>Chi tiết tệp (tên, lúc nhập, mã băm nội dung)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="31"/>
        <source>Archive in use</source>
        <translation>Kho đang được dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="32"/>
        <source>The archive is open in another Tư Liệu window or program.

{0}</source>
        <translation>Kho đang mở trong một cửa sổ Tư Liệu hoặc chương trình khác.

{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="35"/>
        <source>Archive from a newer version</source>
        <translation>Kho của phiên bản mới hơn</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="36"/>
        <source>This archive was made by a newer version of Tư Liệu. Update the app to open it.

{0}</source>
        <translation>Kho này được tạo bởi phiên bản Tư Liệu mới hơn. Hãy cập nhật ứng dụng để mở.

{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="39"/>
        <source>Damaged archive</source>
        <translation>Kho bị hỏng</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="40"/>
        <source>The file is not a readable Tư Liệu archive; it may be damaged or of another kind.

{0}</source>
        <translation>Tệp này không phải kho Tư Liệu đọc được; có thể tệp bị hỏng hoặc thuộc loại khác.

{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="43"/>
        <source>Disk full</source>
        <translation>Đầy ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="44"/>
        <source>There is no space left on the disk. Free some space and try again; articles already saved are intact.</source>
        <translation>Ổ đĩa đã hết chỗ trống. Hãy giải phóng dung lượng rồi thử lại; các bài đã lưu vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="51"/>
        <source>File not found</source>
        <translation>Không tìm thấy tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="52"/>
        <source>The file disappeared before it could be read:
{0}</source>
        <translation>Tệp đã biến mất trước khi kịp đọc:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="55"/>
        <source>Cannot read file</source>
        <translation>Không đọc được tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="57"/>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="58"/>
        <source>The article or entity no longer exists.

{0}</source>
        <translation>Bài viết hoặc thực thể không còn tồn tại.

{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="60"/>
        <source>Permission denied</source>
        <translation>Không có quyền truy cập</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="61"/>
        <source>Tư Liệu may not access:
{0}</source>
        <translation>Tư Liệu không được phép truy cập:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="63"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="64"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="65"/>
        <source>Something went wrong: {0}

Details were written to the log.</source>
        <translation>Đã xảy ra lỗi: {0}

Chi tiết đã được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="81"/>
        <source>You can open it read-only: search and read, but not change.</source>
        <translation>Có thể mở ở chế độ chỉ đọc: tìm và đọc, nhưng không sửa.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="82"/>
        <source>Open read-only</source>
        <translation>Mở chỉ đọc</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/printing.py" line="92"/>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <location filename="../../desktop/provenance.py" line="17"/>
        <source>meta</source>
        <translation>siêu dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="18"/>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="19"/>
        <source>inferred</source>
        <translation>suy luận</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="20"/>
        <source>edited</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="21"/>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="30"/>
        <source>From the page&apos;s metadata</source>
        <translation>Lấy từ siêu dữ liệu của trang</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="31"/>
        <source>Found in the page text</source>
        <translation>Tìm thấy trong nội dung trang</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="32"/>
        <source>Inferred (check it)</source>
        <translation>Suy luận (cần kiểm tra)</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="33"/>
        <source>Edited by you</source>
        <translation>Do bạn sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="34"/>
        <source>From the file</source>
        <translation>Lấy từ tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="36"/>
        <source>Origin unknown</source>
        <translation>Không rõ nguồn gốc</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="76"/>
        <source>Click for this field&apos;s history</source>
        <translation>Bấm để xem lịch sử của trường này</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="93"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="93"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="94"/>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="94"/>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="95"/>
        <source>By</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/provenance.py" line="124"/>
        <source>No edits yet: the value is as extracted.</source>
        <translation>Chưa sửa: giá trị như khi trích xuất.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../desktop/undo.py" line="83"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="89"/>
        <source>Restore paragraph to body</source>
        <translation>Đưa đoạn lại vào bài</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="90"/>
        <source>Remove paragraph from body</source>
        <translation>Bỏ đoạn khỏi bài</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="91"/>
        <source>Mark paragraph as caption</source>
        <translation>Đánh dấu đoạn là chú thích ảnh</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="97"/>
        <source>Rename entity to %1</source>
        <translation>Đổi tên thực thể thành %1</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="103"/>
        <source>Change entity kind</source>
        <translation>Đổi loại thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="109"/>
        <source>Merge entities</source>
        <translation>Gộp thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="114"/>
        <source>Add entity %1</source>
        <translation>Thêm thực thể %1</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="120"/>
        <source>Remove entity</source>
        <translation>Bỏ thực thể</translation>
    </message>
    <message>
        <location filename="../../desktop/undo.py" line="127"/>
        <source>Delete article</source>
        <translation>Xóa bài</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>&amp;OpenDocument Dossier (.odt)…</source>
        <translation>Hồ sơ &amp;OpenDocument (.odt)…</translation>
    </message>
    <message>
        <source>&amp;Word Dossier (.docx)…</source>
        <translation>Hồ sơ &amp;Word (.docx)…</translation>
    </message>
    <message>
        <source>&amp;CSV Spreadsheet (.csv)…</source>
        <translation>Bảng tính &amp;CSV (.csv)…</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook (.xlsx)…</source>
        <translation>Sổ tính &amp;Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>&amp;JSON Lines, Every Field (.jsonl)…</source>
        <translation>&amp;JSON Lines, mọi trường (.jsonl)…</translation>
    </message>
    <message>
        <source>CS&amp;L-JSON for Zotero (.json)…</source>
        <translation>CS&amp;L-JSON cho Zotero (.json)…</translation>
    </message>
    <message>
        <source>&amp;RIS for EndNote/Zotero (.ris)…</source>
        <translation>&amp;RIS cho EndNote/Zotero (.ris)…</translation>
    </message>
    <message>
        <source>&amp;Markdown Text (.md)…</source>
        <translation>Văn bản &amp;Markdown (.md)…</translation>
    </message>
    <message>
        <source>&amp;Plain Text (.txt)…</source>
        <translation>Văn bản &amp;thuần (.txt)…</translation>
    </message>
    <message>
        <source>Markdown, &amp;One File per Article…</source>
        <translation>Markdown, &amp;mỗi bài một tệp…</translation>
    </message>
    <message>
        <source>Export &amp;Again as {0}…</source>
        <translation>&amp;Xuất lại dạng {0}…</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>bai-viet</translation>
    </message>
    <message>
        <source>Exporting {0} articles…</source>
        <translation>Đang xuất {0} bài…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>{0} articles exported to {1}</source>
        <translation>Đã xuất {0} bài vào {1}</translation>
    </message>
    <message>
        <source>{0} files</source>
        <translation>{0} tệp</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Xuất xong</translation>
    </message>
    <message>
        <source>Export cancelled; no file written.</source>
        <translation>Đã hủy xuất; không tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into</source>
        <translation>Gộp vào</translation>
    </message>
    <message>
        <source>Type or choose a name…</source>
        <translation>Gõ hoặc chọn một tên…</translation>
    </message>
    <message>
        <source>Merge “%1” into (its name becomes an alias of the one you keep):</source>
        <translation>Gộp “%1” vào (tên này thành tên khác của mục được giữ):</translation>
    </message>
</context>
<context>
    <name>BulkEditor</name>
    <message>
        <source>tags to add, comma separated</source>
        <translation>các nhãn cần thêm, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>tags to remove</source>
        <translation>các nhãn cần bỏ</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>chính xác</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>suy luận</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Thêm nhãn</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Bỏ nhãn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Báo</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Đặt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Độ chắc của ngày</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Gắn cờ cần xem lại</translation>
    </message>
    <message>
        <source>Clear review flags</source>
        <translation>Bỏ cờ cần xem lại</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xoá…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 selected&lt;/b&gt; — changes apply to all of them, as one undo step</source>
        <translation>&lt;b&gt;Đã chọn %1 bài&lt;/b&gt; — thay đổi áp dụng cho tất cả, hoàn tác một lần</translation>
    </message>
    <message>
        <source>Edit %1 of %2 articles</source>
        <translation>Sửa %1 của %2 bài</translation>
    </message>
    <message>
        <source>Delete %1 articles?</source>
        <translation>Xoá %1 bài?</translation>
    </message>
    <message>
        <source>You can undo this (Ctrl+Z).</source>
        <translation>Có thể hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your archive is empty</source>
        <translation>Kho tư liệu còn trống</translation>
    </message>
    <message>
        <source>Drop article files (.txt, .html, .mhtml) anywhere on this window, use File ▸ Import Files…, or choose a watch folder whose new files are imported by themselves.</source>
        <translation>Kéo thả tệp bài báo (.txt, .html, .mhtml) vào cửa sổ này, dùng Tệp ▸ Nhập tệp…, hoặc chọn một thư mục theo dõi để các tệp mới tự được nhập.</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <source>Choose a Watch Folder…</source>
        <translation>Chọn thư mục theo dõi…</translation>
    </message>
</context>
<context>
    <name>RowMenus</name>
    <message>
        <source>Open &amp;Original File</source>
        <translation>Mở tệp &amp;gốc</translation>
    </message>
    <message>
        <source>Show Original in &amp;Folder</source>
        <translation>Mở &amp;thư mục chứa tệp gốc</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>Saved searches</source>
        <translation>Tìm kiếm đã lưu</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <source>Save the current search and filters</source>
        <translation>Lưu từ khoá và bộ lọc đang dùng</translation>
    </message>
    <message>
        <source>(no search words)</source>
        <translation>(không có từ khoá)</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Lưu tìm kiếm</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Đổi tên tìm kiếm đã lưu</translation>
    </message>
</context>
</TS>
