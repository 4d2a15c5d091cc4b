"""Property-based fault and fuzz tests (Hypothesis): readers, the query language and edits never raise
anything but the core's typed errors, and a failing edit changes nothing."""
from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from storage.archive import Archive
from storage.archive.records import Filters
from storage.errors import ArchiveError, NotFound, ReadError, TuLieuError
from storage.extraction import extract
from storage.readers import read_file

from tests.pg_server import BACKENDS, module_location
from . import vn_articles as fx
from .test_ingest import page_text

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VIETNAMESE = st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệ"
                                                    "ìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ .,;:!?\"'()-\n")),
                     max_size=400)
_DIR = Path(tempfile.mkdtemp(prefix="tulieu-fuzz-"))


def _write(name: str, data: bytes) -> Path:
    path = _DIR / name
    path.write_bytes(data)
    return path


def _read_and_extract(path: Path) -> None:
    """Reading then extracting either works (NFC text) or raises ReadError; nothing else."""
    try:
        doc = read_file(path)
    except ReadError as error:
        assert str(path) in str(error) and error.reason
        return
    assert unicodedata.is_normalized("NFC", doc.text)
    article = extract(doc)
    assert all(unicodedata.is_normalized("NFC", p) for p in article.body)


@FUZZ
@given(data=st.binary(max_size=4096), ext=st.sampled_from([".txt", ".html", ".mhtml"]))
def test_readers_over_random_bytes(data, ext):
    _read_and_extract(_write(f"ngau_nhien{ext}", data))


@FUZZ
@given(text=VIETNAMESE, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258", "latin-1"]),
       ext=st.sampled_from([".txt", ".html"]))
def test_readers_over_text_in_many_encodings(text, encoding, ext):
    data = text.encode(encoding, errors="replace")
    if ext == ".html":
        data = b"<html><body><p>" + data + b"</p></body></html>"
    _read_and_extract(_write(f"ma_hoa{ext}", data))


@FUZZ
@given(cut=st.integers(min_value=0, max_value=2000), n=st.integers(min_value=0, max_value=50),
       ext=st.sampled_from([".txt", ".html", ".mhtml"]))
def test_readers_over_truncated_pages(cut, n, ext):
    page = page_text(n).encode("utf-8")
    if ext == ".html":
        page = b"<html><head><title>T</title></head><body><p>" + page.replace(b"\n", b"</p><p>") + b"</p></body></html>"
    elif ext == ".mhtml":
        page = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                b"Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>" + page + b"</p></body></html>\r\n--b--\r\n")
    _read_and_extract(_write(f"cut{ext}", page[:cut]))


@settings(max_examples=8, deadline=None)
@given(length=st.integers(min_value=10_000, max_value=400_000), spaces=st.booleans())
def test_readers_over_huge_lines(length, spaces):
    unit = "quốc phòng " if spaces else "đ"
    line = (unit * (length // len(unit) + 1))[:length]
    _read_and_extract(_write("dong_dai.txt", (page_text(1) + line + "\n").encode("utf-8")))


@pytest.fixture(scope="module", params=BACKENDS)
def archive(request, tmp_path_factory):
    with Archive.open(module_location(request, tmp_path_factory, "fuzz")) as opened:
        for make in fx.ALL:
            opened.add_article(make(), raw=b"x", file_name=make.__name__)
        yield opened


QUERY = st.text(alphabet=st.sampled_from(list("quocphongđườngNOTORAND()\"-*:^ ăâêôơư+")), max_size=40) | st.text(max_size=30)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERY, prefix=st.booleans())
def test_any_query_is_valid(archive, query, prefix):
    hits = archive.search(query, limit=5, prefix_last=prefix)
    filters = Filters(query=query, prefix_last=prefix)
    ids = archive.ids(filters, order_by="relevance")
    assert archive.count(filters) == len(ids)
    assert {h.id for h in hits} <= set(ids) or not ids
    archive.facets(filters)


FIELDS = st.sampled_from(["title", "published", "date_precision", "outlet", "source", "author", "url", "lead",
                          "tags", "needs_review"])
VALUES = st.none() | st.text(max_size=60) | st.sampled_from(
    ["2019-02-30", "2020-02-29", "2019", "2019-13", "  ", "\x1b[31m", "exact", "published, title", "bất kỳ",
     "\udcff\udcfe", "2021-06-01T25:61"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=FIELDS, value=VALUES)
def test_an_edit_either_applies_cleanly_or_changes_nothing(archive, field, value):
    article_id = archive.ids()[0]
    before = archive.get(article_id)
    history = len(archive.history(article_id))
    try:
        archive.set_field(article_id, field, value)
    except (ArchiveError, NotFound):
        after = archive.get(article_id)
        assert after == before and len(archive.history(article_id)) == history
        return
    after = archive.get(article_id)
    stored = getattr(after, field)
    texts = stored if isinstance(stored, list) else [stored or ""]
    for text in texts:
        assert unicodedata.is_normalized("NFC", text)
        assert not any(unicodedata.category(ch) == "Cc" for ch in text)
    assert after.title.strip()
    rows = archive.history(article_id)  # a date edit also clears the review flag: one more row
    assert field in [row.field for row in rows[: len(rows) - history]]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article_id=st.integers(min_value=-(2**70), max_value=2**70))
def test_any_id_is_found_or_not_found(archive, article_id):
    try:
        archive.get(article_id)
    except NotFound:
        pass
    with pytest.raises(TuLieuError):
        archive.set_field(article_id if article_id not in archive.ids() else -1, "title", "x")
