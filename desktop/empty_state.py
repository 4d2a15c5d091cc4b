"""First start: an empty archive says what to do (drop files, File ▸ Import…, a watch folder), with buttons;
and the toolbar gets an Import button."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolBar, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class EmptyState(QWidget):
    """Covers the article table while the open archive holds no article at all."""

    def __init__(self, window: Any) -> None:
        super().__init__(window.table.viewport())
        self.window = window
        self.setObjectName("emptyState")
        self.setAutoFillBackground(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setText("<h2>" + self.tr("Your archive is empty") + "</h2><p>"
                             + self.tr("Drop article files or whole folders anywhere on this window: saved web "
                                       "pages (.html, .mhtml, .txt), Word and OpenDocument files, PDFs, e-mails "
                                       "(.eml), scans (.png, .jpg, .tif). Or use File ▸ Import Files… or Import "
                                       "Folder…, or choose a watch folder whose new files are imported by "
                                       "themselves.") + "</p>")
        self.import_button = QPushButton(self.tr("Import Files…"), self)
        self.import_button.setDefault(True)
        self.folder_button = QPushButton(self.tr("Import a Folder…"), self)
        self.watch_button = QPushButton(self.tr("Choose a Watch Folder…"), self)
        self.import_button.clicked.connect(lambda _c=False: window.actions_["import"].trigger())
        self.folder_button.clicked.connect(lambda _c=False: window.actions_["import_folder"].trigger())
        self.watch_button.clicked.connect(lambda _c=False: window.actions_["settings"].trigger())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.watch_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(2)
        window.table.viewport().installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Follow the table's size."""
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window.table.viewport().rect())
        return super().eventFilter(watched, event)

    def update_shown(self) -> None:
        """Show while an open, writable archive holds no article."""
        archive = self.window.archive
        empty = archive is not None and not archive.read_only and self.window.model.rowCount() == 0 \
            and archive.count() == 0
        self.setGeometry(self.window.table.viewport().rect())
        self.setVisible(empty)


def install(window: Any) -> EmptyState:
    """Add the empty state and the toolbar's Import button to the main window."""
    toolbar = window.findChild(QToolBar, "search-toolbar")
    if toolbar is not None:
        toolbar.addSeparator()
        toolbar.addAction(window.actions_["import"])
    state = EmptyState(window)
    window.model.modelReset.connect(state.update_shown)
    window.model.rowsInserted.connect(lambda *_a: state.update_shown())
    return state
