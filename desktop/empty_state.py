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
        self.import_button = QPushButton(self.tr("Import Files…"), self)
        self.import_button.setDefault(True)
        self.folder_button = QPushButton(self.tr("Import a Folder…"), self)
        self.watch_button = QPushButton(self.tr("Choose a Watch Folder…"), self)
        self.import_button.clicked.connect(lambda _c=False: window.actions_["import"].trigger())
        self.folder_button.clicked.connect(lambda _c=False: window.actions_["import_folder"].trigger())
        self.watch_button.clicked.connect(lambda _c=False: window.actions_["settings"].trigger())
        # No archive open (the one asked for could not be opened): open another or make a new one.
        self.open_button = QPushButton(self.tr("Open Archive…"), self)
        self.new_button = QPushButton(self.tr("New Archive…"), self)
        self.open_button.clicked.connect(lambda _c=False: window.actions_["open"].trigger())
        self.new_button.clicked.connect(lambda _c=False: window.actions_["new"].trigger())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.import_button, self.folder_button, self.watch_button, self.open_button, self.new_button):
            buttons.addWidget(button)
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
        """Show while an open, writable archive holds no article, or while no archive is open at all."""
        archive = self.window.archive
        empty = archive is not None and not archive.read_only and self.window.model.rowCount() == 0 \
            and archive.count() == 0
        self._say(none_open=archive is None)
        self.setGeometry(self.window.table.viewport().rect())
        self.setVisible(empty or archive is None)

    def _say(self, *, none_open: bool) -> None:
        if none_open:
            self.message.setText("<h2>" + self.tr("No archive is open") + "</h2><p>"
                                 + self.tr("Open an archive with File ▸ Open Archive…, or make a new one with "
                                           "File ▸ New Archive…") + "</p>")
        else:
            self.message.setText("<h2>" + self.tr("Your archive is empty") + "</h2><p>"
                                 + self.tr("Drop article files or whole folders anywhere on this window: saved web "
                                           "pages (.html, .mhtml, .txt), Word and OpenDocument files, PDFs, e-mails "
                                           "(.eml), scans (.png, .jpg, .tif). Or use File ▸ Import Files… or Import "
                                           "Folder…, or choose a watch folder whose new files are imported by "
                                           "themselves.") + "</p>")
        for button in (self.import_button, self.folder_button, self.watch_button):
            button.setVisible(not none_open)
        for button in (self.open_button, self.new_button):
            button.setVisible(none_open)
        (self.open_button if none_open else self.import_button).setDefault(True)


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
