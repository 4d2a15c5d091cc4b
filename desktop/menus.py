"""The main window's menus and actions, and their handlers that open dialogs."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QUndoView

from storage.readers import SUPPORTED_EXTENSIONS

from . import archive_care
from . import help_pages
from .dialogs import SettingsDialog, show_about
from . import file_dialogs
from .errors import show_error
from .failed_dialog import show_failed_imports
from .review_queue import ReviewController
from .undo import DeleteArticleCommand

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

ARCHIVE_FILTER = "Tư Liệu (*.sqlite *.tulieu *.db);;* (*)"


def _action(window: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys, and Ctrl+Y and Ctrl+Shift+Z always (X11 binds only Ctrl+Shift+Z)."""
    found = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    extra = [QKeySequence(k) for k in ("Ctrl+Y", "Ctrl+Shift+Z")]
    return found + [k for k in extra if k not in found]


def _actions(w: Any) -> dict[str, QAction]:
    keys = QKeySequence.StandardKey
    specs = [
        ("new", translate("MainWindow", "&New Archive…"), lambda: new_archive(w), "Ctrl+Shift+N"),
        ("open", translate("MainWindow", "&Open Archive…"), lambda: open_archive(w), "Ctrl+Shift+O"),
        ("open_shared", translate("MainWindow", "Open &Shared Archive…"), lambda: open_shared_archive(w), None),
        ("import", translate("MainWindow", "&Import Files…"), lambda: import_files(w), keys.Open),
        ("import_folder", translate("MainWindow", "Import &Folder…"), lambda: import_folder(w), None),
        ("export", translate("MainWindow", "&Export Dossier…"), lambda: export_dossier(w), "Ctrl+E"),
        ("print", translate("MainWindow", "&Print…"), lambda: print_dossier(w), keys.Print),
        ("settings", translate("MainWindow", "&Settings…"), lambda: open_settings(w), "Ctrl+,"),
        ("quit", translate("MainWindow", "&Quit"), w.close, keys.Quit),
        ("history", translate("MainWindow", "Undo &History"), lambda: show_undo_history(w), "Ctrl+Shift+H"),
        ("delete", translate("MainWindow", "&Delete Article…"), lambda: delete_articles(w), keys.Delete),
        ("find", translate("MainWindow", "&Find"), lambda: focus_search(w), keys.Find),
        ("about", translate("MainWindow", "&About Tư Liệu"), lambda: show_about(w), None),
        ("backup", translate("MainWindow", "&Back Up…"), lambda: archive_care.back_up(w), None),
        ("restore", translate("MainWindow", "&Restore from Backup…"), lambda: archive_care.restore(w), None),
        ("check", translate("MainWindow", "&Check Archive"), lambda: archive_care.check_open_archive(w), None),
        ("failed", translate("MainWindow", "&Failed Imports…"), lambda: show_failed_imports(w), None),
    ]
    a = {key: _action(w, text, slot, shortcut) for key, text, slot, shortcut in specs}
    a["import"].setStatusTip(translate("MainWindow", "Import article files (.txt, .html, .mhtml, .pdf, .docx, .odt, "
                                                     ".eml, scans)"))
    # Delete acts on the table only, so text fields keep their Delete key.
    a["delete"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    w.table.addAction(a["delete"])
    a["undo"] = w.undo_stack.createUndoAction(w, translate("MainWindow", "&Undo"))
    a["undo"].setShortcuts(keys.Undo)
    a["redo"] = w.undo_stack.createRedoAction(w, translate("MainWindow", "&Redo"))
    a["redo"].setShortcuts(redo_keys())
    return a


def build(w: Any) -> dict[str, QAction]:
    """Create the menu bar of window `w`; returns its actions by name."""
    a = _actions(w)
    bar = w.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    for key in ("new", "open", "open_shared"):
        file_menu.addAction(a[key])
    w.recent_menu = file_menu.addMenu(translate("MainWindow", "Recent &Archives"))
    w.recent_shared_menu = file_menu.addMenu(translate("MainWindow", "Recent S&hared Archives"))
    file_menu.addSeparator()
    for key in ("import", "import_folder", "export", "print", "backup", "restore"):
        file_menu.addAction(a[key])
    _export_menu(w, file_menu)
    file_menu.addSeparator()
    file_menu.addAction(a["settings"])
    file_menu.addAction(a["quit"])
    edit = bar.addMenu(translate("MainWindow", "&Edit"))
    for key in ("undo", "redo", "history"):
        edit.addAction(a[key])
    edit.addSeparator()
    edit.addAction(a["delete"])
    edit.addAction(a["find"])
    _view_menu(w, bar.addMenu(translate("MainWindow", "&View")))
    _review_menu(w, bar.addMenu(translate("MainWindow", "&Review")))
    tools = bar.addMenu(translate("MainWindow", "&Tools"))
    for key in ("check", "failed"):
        tools.addAction(a[key])
    w.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    w.help_menu.addAction(a["about"])
    a.update(help_pages.install(w, w.help_menu))
    return a


def _toggle(w: Any, menu: Any, text: str, shortcut: str, slot: Any, checked: bool) -> QAction:
    """A checkable action in `menu` calling slot(on) when toggled."""
    action = QAction(text, w)
    action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(True)
    action.setChecked(checked)
    action.toggled.connect(slot)
    menu.addAction(action)
    return action


def _view_menu(w: Any, view: Any) -> None:
    panes = ((lambda on: show_left_page(w, w.sidebar, on), translate("MainWindow", "&Filters"), "Ctrl+1"),
             (lambda on: show_left_page(w, w.entities_pane, on), translate("MainWindow", "&Entities"), "Ctrl+2"),
             (w.article_pane.setVisible, translate("MainWindow", "&Article Pane"), "Ctrl+3"))
    w.pane_actions = [_toggle(w, view, text, key, show, True) for show, text, key in panes]
    removed = w.article_pane.show_removed  # the pane's own checkbox, kept in step with the menu
    show_removed = _toggle(w, view, translate("MainWindow", "Show &Removed Text"), "Ctrl+Shift+R",
                           removed.setChecked, removed.isChecked())
    removed.toggled.connect(show_removed.setChecked)


def show_left_page(w: Any, page: Any, visible: bool) -> None:
    """Show or hide one tab of the window's left column (the column hides when it has none)."""
    tabs = w.left_tabs
    index = tabs.indexOf(page)
    tabs.setTabVisible(index, visible)
    if visible:
        tabs.setCurrentIndex(index)
    tabs.setVisible(any(tabs.isTabVisible(i) for i in range(tabs.count())))


def _review_menu(w: Any, menu: Any) -> None:
    w.review = ReviewController(w)
    for action in w.review.actions():
        menu.addAction(action)


def _export_menu(w: Any, file_menu: Any) -> None:
    from .export_controller import ExportController

    w.exports = ExportController(w)
    w.exports.fill_menu(file_menu.addMenu(translate("MainWindow", "Export &As")))


def update_recent(w: Any) -> None:
    """Rebuild File ▸ Recent Archives."""
    w.recent_menu.clear()
    for path in w.settings.recent_archives():
        action = w.recent_menu.addAction(str(path))
        action.triggered.connect(lambda _c=False, p=path: w.open_archive(p, create=False))
    w.recent_menu.setEnabled(bool(w.recent_menu.actions()))
    w.recent_shared_menu.clear()
    for url in w.settings.recent_shared():  # URLs without password: it is asked for, or in ~/.pgpass
        action = w.recent_shared_menu.addAction(url)
        action.triggered.connect(lambda _c=False, u=url: w.open_archive(u, create=False))
    w.recent_shared_menu.setEnabled(bool(w.recent_shared_menu.actions()))


def update_enabled(w: Any) -> None:
    """Enable actions that make sense for the open archive and selection."""
    a = w.actions_
    has = w.archive is not None
    writable = has and not w.archive.read_only
    local = has and not w.archive.shared  # backups and file checks are the server administrator's
    for key in ("import", "import_folder"):
        a[key].setEnabled(writable)
    a["restore"].setEnabled(writable and local)
    a["delete"].setEnabled(writable and bool(w.table.selectionModel().selectedRows()))
    for key in ("export", "print", "failed"):
        a[key].setEnabled(has)
    for key in ("backup", "check"):
        a[key].setEnabled(local)
    if hasattr(w, "exports"):
        w.exports.set_enabled(has)


# -- handlers ----------------------------------------------------------------------------------------
def new_archive(w: Any) -> None:
    """Ask for a file name and create an archive there."""
    start = str(Path(w.settings.last_folder("archive")) / "archive.tulieu.sqlite")
    with file_dialogs.sized():
        path, _ = QFileDialog.getSaveFileName(w, translate("MainWindow", "New Archive"), start, ARCHIVE_FILTER)
    if path:
        w.settings.set_last_folder("archive", Path(path).parent)
        w.open_archive(path, create=True)


def open_archive(w: Any) -> None:
    """Ask for an existing archive and open it."""
    title = translate("MainWindow", "Open Archive")
    with file_dialogs.sized():
        path, _ = QFileDialog.getOpenFileName(w, title, w.settings.last_folder("archive"),
                                              ARCHIVE_FILTER)
    if path:
        w.settings.set_last_folder("archive", Path(path).parent)
        w.open_archive(path, create=False)


def open_shared_archive(w: Any) -> None:
    """File ▸ Open Shared Archive: ask where it is (the last one offered), then open it."""
    from .shared_dialog import SharedArchiveDialog

    recent = w.settings.recent_shared()
    dialog = SharedArchiveDialog(w, recent[0] if recent else "")
    if dialog.exec():
        w.open_shared_archive(dialog.location())


def import_files(w: Any) -> None:
    """File ▸ Import: choose files and import them."""
    with file_dialogs.sized():
        paths, _ = QFileDialog.getOpenFileNames(
            w, translate("MainWindow", "Import Articles"), w.settings.last_folder("import"),
            translate("MainWindow", "Articles ({0});;All files (*)").format(
                " ".join(f"*{ext}" for ext in sorted(SUPPORTED_EXTENSIONS))))
    if paths:
        w.settings.set_last_folder("import", Path(paths[0]).parent)
        w.import_paths(paths)


def import_folder(w: Any) -> None:
    """File ▸ Import Folder: import every article file under a folder."""
    title = translate("MainWindow", "Import Folder")
    with file_dialogs.sized():
        folder = QFileDialog.getExistingDirectory(w, title, w.settings.last_folder("import"))
    if folder:
        w.settings.set_last_folder("import", folder)
        w.import_paths([folder])


def export_dossier(w: Any) -> None:
    """File ▸ Export Dossier: the rows picked, or everything the table shows (the dialog offers both)."""
    from .dossier_dialog import export_dossier as run  # loads QtPdf only when first used
    from .export_scope import scopes

    run(w, w.archive, scopes(w))


def print_dossier(w: Any) -> None:
    """File ▸ Print: the rows picked, or everything the table shows (the dialog offers both)."""
    from .export_scope import scopes
    from .printing import print_dossier as run  # loads QtPrintSupport only when first used

    run(w, w.archive, scopes(w))


def open_settings(w: Any) -> None:
    """File ▸ Settings: language and watch folder."""
    dialog = SettingsDialog(w.settings, w)
    if dialog.exec():
        if dialog.apply():
            QMessageBox.information(w, translate("MainWindow", "Language"),
                                    translate("MainWindow", "The new language applies after restarting Tư Liệu."))
        w._start_watch()


def show_undo_history(w: Any) -> None:
    """Edit ▸ Undo History: a QUndoView of the stack (non-modal)."""
    if getattr(w, "undo_view", None) is None:
        w.undo_view = QUndoView(w.undo_stack, w)
        w.undo_view.setWindowFlag(Qt.WindowType.Window)  # its own window, closed with the main one
        w.undo_view.setWindowTitle(translate("MainWindow", "Undo History"))
        w.undo_view.setEmptyLabel(translate("MainWindow", "<original state>"))
        w.undo_view.resize(360, 420)
    w.undo_view.show()
    w.undo_view.raise_()


def delete_articles(w: Any) -> None:
    """Edit ▸ Delete: confirm, then delete the selected articles (undoable)."""
    ids = w.selected_ids()
    if not ids or w.archive is None or w.archive.read_only:
        return
    title = (w.model.article_row(w.model.row_of(ids[0])).title if len(ids) == 1 else "") \
        or translate("MainWindow", "(untitled)")
    question = (translate("MainWindow", "Delete the article “{0}”?").format(title) if len(ids) == 1
                else translate("MainWindow", "Delete {0} articles?").format(len(ids)))
    question += "\n" + translate("MainWindow", "You can undo this (Ctrl+Z).")
    answer = QMessageBox.question(w, translate("MainWindow", "Delete"), question)
    if answer != QMessageBox.StandardButton.Yes:
        return
    delete_now(w, ids)


def delete_now(w: Any, ids: list[int]) -> None:
    """Delete articles through the undo stack, as one step."""
    stack: QUndoStack = w.undo_stack
    if len(ids) > 1:
        stack.beginMacro(translate("MainWindow", "Delete {0} articles").format(len(ids)))
    try:
        for article_id in ids:
            stack.push(DeleteArticleCommand(w.archive, article_id))
    except Exception as exc:  # disk full, locked...: shown, the stack keeps what succeeded
        show_error(w, exc)
    finally:
        if len(ids) > 1:
            stack.endMacro()
    w.reload_table()


def focus_search(w: Any) -> None:
    """Edit ▸ Find: focus the search field with its text selected."""
    w.search.setFocus()
    w.search.selectAll()
