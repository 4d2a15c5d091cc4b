"""Tư Liệu's desktop GUI (PySide6); it calls `storage` and never writes SQL itself."""
