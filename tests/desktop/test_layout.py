"""Main window layout: the text beside the metadata editor, the table above, left tabs, saved states."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QSplitter, QWidget

from desktop.main_window import MainWindow
from desktop.settings import Settings


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


@pytest.mark.seeds
def test_text_and_metadata_side_by_side_at_1440x900(qtbot, filled):
    filled.resize(1440, 900)
    filled.select_row(0)
    qtbot.wait(50)
    pane = filled.article_pane
    text, meta = pane.view, pane.tabs
    assert text.isVisible() and meta.isVisible() and pane.metadata.isVisible()
    assert pane.tabs.currentWidget() is pane.scroll  # the metadata editor, not the history, by default
    left, right = global_rect(text), global_rect(meta)
    assert left.right() < right.left()  # side by side, text on the left
    assert left.top() < right.bottom() and right.top() < left.bottom()  # on the same band
    assert left.width() >= 450 and right.width() >= 380
    assert left.height() >= 350 and right.height() >= 350
    assert pane.metadata.edits["title"].visibleRegion().boundingRect().width() > 150
    rows = filled.table.viewport().height() / filled.table.verticalHeader().defaultSectionSize()
    assert rows >= 8
    assert global_rect(filled.table).bottom() < left.top()  # the table above the article


def test_filters_and_entities_are_tabs_the_view_menu_toggles(qtbot, settings_path):
    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    win.show()
    tabs = win.left_tabs
    assert tabs.indexOf(win.sidebar) == 0 and tabs.indexOf(win.entities_pane) == 1
    filters, entities, article = win.pane_actions
    entities.toggle()
    assert not tabs.isTabVisible(1) and tabs.isVisible()
    filters.toggle()
    assert not tabs.isVisible()  # no page left: the column goes
    entities.toggle()
    assert tabs.isVisible() and tabs.currentWidget() is win.entities_pane
    article.toggle()
    assert not win.article_pane.isVisible()


@pytest.mark.seeds
def test_selecting_an_entity_in_its_tab_filters_the_table(qtbot, filled):
    filled.left_tabs.setCurrentWidget(filled.entities_pane)
    pane = filled.entities_pane
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0, timeout=3000)
    pane.list.setCurrentIndex(pane.model.index(0, 0))
    entity_id = pane.model.entity_at(0).id
    assert filled.sidebar.filters.entity_id == entity_id
    assert 0 < filled.model.rowCount() < 7


def test_a_state_saved_by_the_old_layout_is_ignored(qtbot, settings_path):
    old = QSplitter(Qt.Orientation.Horizontal)
    for _ in range(3):
        old.addWidget(QWidget())
    old.setSizes([400, 20, 20])
    raw = QSettings(str(settings_path), QSettings.Format.IniFormat)
    raw.setValue("splitters/main", old.saveState())
    raw.sync()
    win = MainWindow(Settings(settings_path))
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    assert win.splitter.count() == 2 and win.splitter.sizes()[0] < win.splitter.sizes()[1]
    win.close()
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("splitters/main") is None
