"""Walk 2: the interface's translation is read once, into memory: a .qm replaced on disk while the app runs
(an update, a reinstall) leaves the running interface as it was."""
from __future__ import annotations

import shutil

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop import app as app_module
from storage.resources import resource_path


def test_a_qm_overwritten_on_disk_leaves_the_interface_in_vietnamese(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    qm = folder / "tulieu_vi.qm"
    shutil.copyfile(resource_path("translations") / "tulieu_vi.qm", qm)
    monkeypatch.setattr(app_module, "resource_path", lambda name: tmp_path / name)
    app = QApplication.instance()
    assert app_module.install_translators(app, "vi")
    try:
        assert QCoreApplication.translate("dossier", "Scope:") == "Phạm vi:"
        size = qm.stat().st_size
        with open(qm, "r+b") as handle:  # rewritten in place, as an installer copying over it does
            handle.write(b"\0" * size)
        assert QCoreApplication.translate("dossier", "Scope:") == "Phạm vi:"
        assert QCoreApplication.translate("MainWindow", "All articles") == "Tất cả bài viết"
    finally:
        monkeypatch.undo()
        app_module.install_translators(app, "en")
