"""canonical_url / domain_of: one spelling per page so saved copies from different links match."""
from __future__ import annotations

import pytest

from storage.extraction.urls import canonical_url, domain_of


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("HTTP://WWW.Tin-Sang.example.VN/Xa-Hoi/bai-viet-1.html", "https://tin-sang.example.vn/Xa-Hoi/bai-viet-1.html"),
        ("https://m.example.vn/the-gioi/bai-2.html", "https://example.vn/the-gioi/bai-2.html"),
        ("https://amp.example.vn/the-gioi/bai-2.html", "https://example.vn/the-gioi/bai-2.html"),
        ("https://example.vn/the-gioi/bai-2.html/amp", "https://example.vn/the-gioi/bai-2.html"),
        ("https://example.vn/the-gioi/bai-2/amp/", "https://example.vn/the-gioi/bai-2"),
        ("https://example.vn/chuyen-muc/", "https://example.vn/chuyen-muc"),
        ("https://example.vn/", "https://example.vn"),
        ("https://example.vn/a.html#binh-luan", "https://example.vn/a.html"),
        ("https://example.vn:443/a.html", "https://example.vn/a.html"),
        ("//example.vn/a.html", "https://example.vn/a.html"),
        ("www.example.vn/a.html", "https://example.vn/a.html"),
        ("  https://example.vn/a.html \n", "https://example.vn/a.html"),
    ],
)
def test_canonical_url_normalises_scheme_host_and_path(given: str, expected: str) -> None:
    assert canonical_url(given) == expected


def test_tracking_parameters_are_dropped_and_the_rest_kept_sorted() -> None:
    url = ("https://example.vn/tin.html?utm_source=fb&utm_medium=social&fbclid=IwAR1&gclid=x1&zarsrc=30"
           "&gidzl=abc&ref=home&id=42&page=2")
    assert canonical_url(url) == "https://example.vn/tin.html?id=42&page=2"


def test_variants_of_one_page_share_one_canonical_url() -> None:
    variants = [
        "http://www.example.vn/xa-hoi/tin-1.html",
        "https://m.example.vn/xa-hoi/tin-1.html?utm_campaign=x",
        "https://amp.example.vn/xa-hoi/tin-1.html/amp#top",
        "https://example.vn/xa-hoi/tin-1.html/?fbclid=abc",
    ]
    assert len({canonical_url(v) for v in variants}) == 1


def test_meaningful_parts_are_not_lost() -> None:
    assert canonical_url("https://example.vn/a.html?id=7") != canonical_url("https://example.vn/a.html?id=8")
    assert canonical_url("https://example.vn:8080/a") == "https://example.vn:8080/a"
    # a host that is only "m." + a top-level domain keeps its name
    assert domain_of("https://m.vn/a") == "m.vn"


def test_empty_and_non_web_urls() -> None:
    assert canonical_url("") == ""
    assert canonical_url("/xa-hoi/bai.html") == ""
    assert canonical_url("mailto:toasoan@example.vn") == "mailto:toasoan@example.vn"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://www.Example.vn/a/b.html", "example.vn"),
        ("http://m.baomoi.example.com.vn:8080/x", "baomoi.example.com.vn"),
        ("amp.example.vn/a", "example.vn"),
        ("", ""),
    ],
)
def test_domain_of(given: str, expected: str) -> None:
    assert domain_of(given) == expected
