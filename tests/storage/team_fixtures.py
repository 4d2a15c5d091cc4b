"""Helpers for the shared-archive team tests: connection URLs as another database user."""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit


def as_user(url: str, user: str) -> str:
    """The same database, logged in as `user` (the throwaway server trusts local users)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{user}@{parts.hostname or ''}"))


def backend_pid(archive) -> int:
    """The server process serving an archive's connection."""
    return int(archive._conn.execute("SELECT pg_backend_pid()").fetchone()[0])


def wait_until_blocked(url: str, pid: int, timeout: float = 20.0) -> None:
    """Return once the server process `pid` waits on a lock (a second writer queued behind a first)."""
    import time

    import psycopg

    deadline = time.monotonic() + timeout
    with psycopg.connect(url, autocommit=True) as conn:
        while time.monotonic() < deadline:
            row = conn.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()
            if row and row[0] == "Lock":
                return
            time.sleep(0.02)
    raise AssertionError(f"server process {pid} never waited on a lock")


class Worker:
    """A function run on a thread, its result or exception kept for the test to check."""

    def __init__(self, function, *args) -> None:
        import threading

        self.result: object = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(function, *args), daemon=True)
        self._thread.start()

    def _run(self, function, *args) -> None:
        try:
            self.result = function(*args)
        except BaseException as error:  # noqa: BLE001 - handed to the test
            self.error = error

    def join(self, timeout: float = 30.0) -> object:
        self._thread.join(timeout)
        assert not self._thread.is_alive(), "worker still running"
        if self.error is not None:
            raise self.error
        return self.result


PROVINCES = ["Nghệ An", "Đắk Lắk", "Sóc Trăng", "Lào Cai", "Quảng Ngãi", "Bến Tre"]


def write_pages(folder, count: int, start: int = 0) -> list:
    """`count` distinct news page dumps (own words) the extractor reads as one article each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        province = PROVINCES[n % len(PROVINCES)]
        day, month = 1 + n % 28, 1 + n % 12
        text = "\n".join([
            "Trang chủ Kinh tế Nông nghiệp",
            f"Nông dân {province} thu hoạch lúa vụ mới, đợt số {n}",
            f"Thứ hai, {day}/{month}/2023, 09:15 (GMT+7)",
            f"(Ngày Nay) - Sáng {day}/{month}, hàng nghìn hộ nông dân tỉnh {province} bắt đầu thu hoạch "
            f"lúa của đợt số {n} với năng suất cao hơn năm trước.",
            f"Theo Sở Nông nghiệp tỉnh {province}, diện tích lúa đợt này đạt khoảng {100 + n} héc-ta, "
            f"giá bán tại ruộng dao động quanh mức {10 + n % 9} nghìn đồng mỗi ki-lô-gam.",
            f"Ông Trần Văn Bình, một nông dân ở huyện ven sông, cho biết gia đình ông đã thu được {n + 3} tấn.",
            "Minh Anh",
        ])
        path = folder / f"bai_{n:03d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths
