"""Walk 2: Qt's own file dialog in Vietnamese shows its places whole ("Máy tính", not "Má…") and opens
big enough for the files' names."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QListView, QMessageBox, QSplitter, QTreeView

from desktop import file_dialogs
from desktop.app import install_translators


def test_the_sidebar_fits_its_places_and_the_dialog_opens_wide(qtbot, tmp_path):
    app = QApplication.instance()
    style = app.style().name()
    app.setStyle("Fusion")  # the app's style (desktop.app.configure): its sidebar opened 70 pixels wide
    assert install_translators(app, "vi")
    try:
        dialog = QFileDialog(None, "Nhập bài", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        with file_dialogs.sized():  # as the app opens each of its file dialogs
            dialog.show()
            qtbot.waitExposed(dialog)
        sidebar = dialog.findChild(QListView, "sidebar")
        places = [sidebar.model().index(i, 0).data() for i in range(sidebar.model().rowCount())]
        assert "Máy tính" in places
        needed = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth()
        assert dialog.findChild(QSplitter, "splitter").sizes()[0] >= needed
        assert sidebar.viewport().width() >= sidebar.sizeHintForColumn(0)
        assert dialog.width() >= 800 and dialog.height() >= 500
    finally:
        install_translators(app, "en")
        app.setStyle(style)


def _vietnamese_dialog(qtbot, folder, mode: QFileDialog.FileMode | None = None, save: bool = False) -> QFileDialog:
    dialog = QFileDialog(None, "Xuất", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode is not None:
        dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_walk3_a_folder_dialog_says_thu_muc_for_its_filter_and_its_folders(qtbot, tmp_path):
    (tmp_path / "bài báo").mkdir()
    app = QApplication.instance()
    assert install_translators(app, "vi")
    try:
        dialog = _vietnamese_dialog(qtbot, tmp_path, QFileDialog.FileMode.Directory)
        assert dialog.findChild(QComboBox, "fileTypeCombo").currentText() == "Thư mục"  # was 'Directories'
        view = dialog.findChild(QTreeView, "treeView")
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 1)
        kind = view.model().index(0, 2, view.rootIndex()).data()
        assert kind == "Thư mục"  # was 'Folder'
    finally:
        install_translators(app, "en")


def test_walk3_saving_over_a_file_asks_in_vietnamese(qtbot, tmp_path):
    (tmp_path / "hoso.pdf").write_bytes(b"%PDF-1.4\n")
    app = QApplication.instance()
    assert install_translators(app, "vi")
    asked: list[str] = []

    def answer_no() -> None:
        box = next(w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    try:
        dialog = _vietnamese_dialog(qtbot, tmp_path, save=True)
        dialog.selectFile(str(tmp_path / "hoso.pdf"))
        QTimer.singleShot(200, answer_no)
        dialog.accept()
        assert asked == ["Đã có tệp hoso.pdf.\nBạn có muốn thay thế tệp đó không?"]
        assert dialog.isVisible()  # 'No': the dialog stays for another name
    finally:
        install_translators(app, "en")
