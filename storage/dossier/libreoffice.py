"""Convert a .docx or .odt to PDF with LibreOffice headless, with the dossier font visible to it."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import TuLieuError
from ..resources import resource_path

TIMEOUT = 600  # seconds; a 1,000-article dossier takes about a minute on two cores


def soffice() -> str | None:
    """The LibreOffice command, or None when LibreOffice is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(document: Path, out_dir: Path) -> Path:
    """Write out_dir/<name>.pdf; raises TuLieuError naming the file when LibreOffice is missing or fails."""
    command = soffice()
    if command is None:
        raise TuLieuError(f"{document}: LibreOffice (soffice) is not installed; cannot convert to PDF")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tulieu-lo-") as tmp:
        # A private profile (no clash with a running LibreOffice) and a font config that adds our fonts.
        conf = Path(tmp) / "fonts.conf"
        conf.write_text('<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf'
                        f'</include><dir>{resource_path("fonts")}</dir><cachedir>{tmp}/fc</cachedir></fontconfig>',
                        encoding="utf-8")
        env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": tmp}
        result = subprocess.run([command, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
                                 "--convert-to", "pdf", "--outdir", str(out_dir), str(document)],
                                capture_output=True, text=True, env=env, timeout=TIMEOUT)
    pdf = out_dir / (document.stem + ".pdf")
    if result.returncode != 0 or not pdf.exists():
        reason = (result.stderr or result.stdout).strip().splitlines()[-1:] or [f"exit code {result.returncode}"]
        raise TuLieuError(f"{document}: LibreOffice could not convert it to PDF ({reason[0]})")
    return pdf
