"""Qt's own (non-native) file dialog, as opened by QFileDialog's static functions: a sidebar wide enough
for its places ("Máy tính" was cut to "Má…") and a first size that shows the files' names and dates."""
from __future__ import annotations

import logging
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication, QFileDialog, QListView, QSplitter

log = logging.getLogger(__name__)

INITIAL_SIZE = QSize(880, 540)  # the dialog opens at least this big (never beyond the screen)
SIDEBAR_SLACK = 24  # pixels beside the widest place's text and icon: the frame and a scroll bar's room
SIZED = "tulieuSized"  # dynamic property: this dialog has been sized once


class FileDialogSizer(QObject):
    """An application event filter that sizes each widget-based QFileDialog when it is first shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog) and not watched.property(SIZED):
            watched.setProperty(SIZED, True)
            size_file_dialog(watched)
        return False


def size_file_dialog(dialog: QFileDialog) -> None:
    """Widen the sidebar to its widest place and give the dialog a sensible first size (widget dialog only)."""
    splitter = dialog.findChild(QSplitter, "splitter")
    sidebar = dialog.findChild(QListView, "sidebar")
    if splitter is None or sidebar is None:  # a native dialog: the platform sizes it
        return
    screen = dialog.screen().availableGeometry().size() if dialog.screen() is not None else INITIAL_SIZE
    dialog.resize(max(dialog.width(), min(INITIAL_SIZE.width(), screen.width())),
                  max(dialog.height(), min(INITIAL_SIZE.height(), screen.height())))
    needed = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + SIDEBAR_SLACK
    sizes = splitter.sizes()
    if len(sizes) == 2 and sizes[0] < needed:  # wider only: a width the user dragged to is kept
        total = sum(sizes)
        splitter.setSizes([needed, max(total - needed, 0)])


@contextmanager
def sized():
    """Size the file dialog opened inside this block. The filter is installed only for the dialog's life: an
    application-wide Python event filter would otherwise run for every event the app ever handles."""
    app = QApplication.instance()
    sizer = FileDialogSizer(app)
    app.installEventFilter(sizer)
    try:
        yield
    finally:
        app.removeEventFilter(sizer)
        sizer.deleteLater()
