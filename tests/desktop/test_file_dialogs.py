"""Walk 2: Qt's own file dialog in Vietnamese shows its places whole ("Máy tính", not "Má…") and opens
big enough for the files' names."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFileDialog, QListView, QSplitter

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
