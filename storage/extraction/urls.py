"""URL canonicalisation: one spelling per article page, so duplicates saved from different links match."""
from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

log = logging.getLogger(__name__)

# Host prefixes of mobile / AMP / www mirrors of the same page.
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")
# Query parameters that only track where a click came from.
_TRACKING = frozenset(
    "fbclid gclid dclid gbraid wbraid msclkid yclid igshid zarsrc gidzl ref ref_src ref_url referrer "
    "_ga _gl mc_cid mc_eid cmpid spm mkt_tok __twitter_impression amp outputtype".split()
)
_TRACKING_PREFIXES = ("utm_", "fb_", "ga_", "pk_", "mtm_", "hsa_", "oly_")
_AMP_SUFFIX = re.compile(r"(/amp|\.amp)/?$", re.I)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:(?!\d)", re.I)


def canonical_url(url: str) -> str:
    """https, lower-case host without www./m./amp., no tracking parameters, fragment, trailing slash or /amp.

    Returns '' for an empty URL or one with no host; non-web schemes (mailto:) come back unchanged.
    """
    url = (url or "").strip()
    if not url:
        return ""
    try:
        parts = urlsplit(_with_scheme(url))
        port = parts.port
    except ValueError:  # "http://[x", a port beyond 65535: no page can be named by it
        return ""
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return url
    host = _host(parts.hostname or "")
    if not host:
        return ""  # a bare path names no page on its own
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = _AMP_SUFFIX.sub("", parts.path).rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    return urlunsplit(("https", host, path, urlencode(sorted(query)), ""))


def domain_of(url: str) -> str:
    """The site's host name, lower-case, without www./m./amp. and port ('' when there is none)."""
    url = (url or "").strip()
    if not url:
        return ""
    try:
        return _host(urlsplit(_with_scheme(url)).hostname or "")
    except ValueError:  # an unparseable URL has no host
        return ""


def _with_scheme(url: str) -> str:
    if url.startswith("//"):
        return "https:" + url
    if not _SCHEME.match(url):
        return "https://" + url
    return url


def _host(host: str) -> str:
    host = host.lower().rstrip(".")
    stripped = True
    while stripped:
        stripped = False
        for prefix in _HOST_PREFIXES:
            if host.startswith(prefix) and "." in host[len(prefix):]:
                host = host[len(prefix):]
                stripped = True
    return host


def _is_tracking(key: str) -> bool:
    key = key.lower()
    return key in _TRACKING or key.startswith(_TRACKING_PREFIXES)
