#!/bin/sh
# Register Tư Liệu with the desktop (menu entry, icon, "Open with" for .txt/.html/.mhtml).
# Usage: resources/install-desktop-entry.sh [path/to/TuLieu]   (default: the bundle next to this script)
# From an unpacked bundle:  dist/TuLieu/_internal/resources/install-desktop-entry.sh
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
if [ $# -ge 1 ]; then
  EXE=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
elif [ -x "$HERE/../../TuLieu" ]; then
  EXE=$(cd "$HERE/../.." && pwd)/TuLieu                    # dist/TuLieu/_internal/resources
elif [ -x "$HERE/../dist/TuLieu/TuLieu" ]; then
  EXE=$(cd "$HERE/../dist/TuLieu" && pwd)/TuLieu             # source tree after a build
else
  echo "install-desktop-entry: TuLieu executable not found; pass its path" >&2; exit 1
fi
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$DATA/applications"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
  cp "$HERE/icons/tulieu-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/tulieu.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp "$HERE/icons/tulieu.svg" "$DATA/icons/hicolor/scalable/apps/tulieu.svg"
# Exec/TryExec take the absolute, quoted path so the entry works without TuLieu on PATH.
sed -e "s|^Exec=TuLieu|Exec=\"$EXE\"|" -e "s|^TryExec=TuLieu|TryExec=$EXE|" \
  "$HERE/tulieu.desktop" > "$DATA/applications/tulieu.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "Installed $DATA/applications/tulieu.desktop -> $EXE"
