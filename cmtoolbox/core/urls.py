"""URL helpers for sources and bookmarks: duplicate detection, input validation, UTM tagging.

Duplicate detection (`normalize_url`) stands on `url-normalize`, a maintained implementation of
RFC 3986 normalisation (case, percent-escapes, dot segments, default ports, IDNA 2008 host names),
plus the equivalences a bookmark list wants on top of the RFC: tracking parameters, a leading
"www.", a trailing slash and the fragment do not make another source. Validation and UTM tagging
keep `urllib.parse.urlsplit` on purpose: they return the address the user will open, so they
change only what they mean to change (a query string is never decoded and re-encoded, an unknown
parameter keeps its spelling and its place). Host names go through the `idna` package (UTS 46 /
IDNA 2008, the same rules httpx uses to connect) because the standard library codec implements
the obsolete IDNA 2003 (it maps "faß.de" to "fass.de").
"""

from __future__ import annotations

import functools
import ipaddress
import re
from urllib.parse import quote, unquote_plus, urlencode, urlsplit, urlunsplit

import idna
from url_normalize import url_normalize

__all__ = [
    "InvalidUrl",
    "MAX_URL_LENGTH",
    "TRACKING_PARAMETERS",
    "add_utm",
    "normalize_url",
    "validate_http_url",
]

MAX_URL_LENGTH = 8192
"""Longer input is refused: no real page address gets close, pasted junk often does."""

DEFAULT_PORTS = {"http": 80, "https": 443}

TRACKING_PARAMETERS = frozenset(
    {
        # Ad-click identifiers added by the big platforms; they name the visit, not the page.
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
    }
)
"""Query parameters (besides every `utm_*`) that `normalize_url` drops."""

_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_LABEL_RE = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
_WHITESPACE_RE = re.compile(r"\s")


class InvalidUrl(ValueError):
    """Raised for text that is not a usable web address.

    `code` is stable so that the GUI can show a translated message; `str()` is English.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@functools.lru_cache(maxsize=8192)
def normalize_url(url: str) -> str:
    """Return the form of `url` used to spot duplicates (not to display or to fetch).

    Two addresses a CM would call "the same page" get the same key: RFC 3986 normalisation by
    `url-normalize` (scheme and host in lower case, host in IDNA form without a trailing dot,
    default port dropped, percent-escapes uppercased, unreserved characters unescaped and other
    characters escaped, so "/é" and "/%C3%A9" agree, dot segments removed), then the fragment,
    tracking parameters (`utm_*`, `fbclid`, `gclid`...), a leading "www." and trailing slashes
    are dropped. The scheme stays (an http address moving to https is news for the link check),
    and the remaining query parameters keep their order and spelling: sorting them would merge
    URLs that some servers treat differently. Non-web URLs only lose surrounding whitespace.

    Cached: an import asks for the key of each address several times (its own duplicate check,
    the insert, the repeats inside the file), and the RFC work costs about 0.1 ms an address.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:  # unbalanced IPv6 brackets, bad port
        return text
    if parts.scheme.lower() not in DEFAULT_PORTS or not parts.netloc:
        return text
    try:
        normal = url_normalize(urlunsplit(parts._replace(fragment="")))
        parts = urlsplit(normal or "")
        port = parts.port
    except (ValueError, UnicodeError):  # a host IDNA cannot encode
        return text
    host = _without_www(parts.hostname or "")
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc = f"{netloc}:{port}"
    userinfo, at, _ = parts.netloc.rpartition("@")
    if at:
        netloc = f"{userinfo}@{netloc}"
    query = _strip_tracking(parts.query)
    path = parts.path.rstrip("/") or ("/" if query else "")
    return urlunsplit((parts.scheme, netloc, path, query, ""))


def validate_http_url(text: str) -> str:
    """Check a web address typed or pasted by the user and return it ready to store.

    A missing scheme gets "https://" (people type "example.com"); spaces in the path or query are
    percent-encoded as browsers do; the host must look like a real host name (at least one dot,
    or localhost, or an IP address). The result keeps the user's spelling otherwise: it is the
    address to fetch, not the duplicate key (see `normalize_url`).
    """
    value = text.strip()
    if not value:
        raise InvalidUrl("empty", "The address is empty.")
    if len(value) > MAX_URL_LENGTH:
        raise InvalidUrl("too_long", f"The address is longer than {MAX_URL_LENGTH} characters.")
    if _CONTROL_RE.search(value):
        raise InvalidUrl("invalid_characters", "The address contains control characters.")
    scheme_match = _SCHEME_RE.match(value)
    rest = value[scheme_match.end() :] if scheme_match else ""
    if scheme_match and (rest.startswith("//") or not rest[:1].isdigit()):
        scheme = scheme_match.group(1).lower()
        if scheme not in DEFAULT_PORTS:
            raise InvalidUrl(
                "unsupported_scheme",
                f"Only http and https addresses are supported, not {scheme!r}.",
            )
        if not rest.startswith("//"):
            raise InvalidUrl("missing_host", "The address has no host name after the scheme.")
    elif value.startswith("//"):
        value = "https:" + value
    else:
        # "example.com", "localhost:8080/feed": host first, the scheme was left out.
        value = "https://" + value
    try:
        parts = urlsplit(value)
    except ValueError:
        raise InvalidUrl("invalid_host", "The host name is not valid (unbalanced brackets).") from None
    if _WHITESPACE_RE.search(parts.netloc):
        raise InvalidUrl("invalid_host", "The host name contains spaces.")
    hostname = parts.hostname or ""
    if not hostname:
        raise InvalidUrl("missing_host", "The address has no host name.")
    try:
        port = parts.port
    except ValueError:
        raise InvalidUrl("invalid_port", "The port number is not valid.") from None
    if port == 0:
        raise InvalidUrl("invalid_port", "The port number is not valid.")
    _check_host(hostname)
    userinfo, at, hostport = parts.netloc.rpartition("@")
    host_part, colon, port_part = hostport.rpartition(":") if port is not None else (hostport, "", "")
    netloc = f"{userinfo}{at}{host_part.lower()}{colon}{port_part}"
    return urlunsplit(
        (
            parts.scheme.lower(),
            netloc,
            _quote_whitespace(parts.path) or ("/" if parts.query else ""),
            _quote_whitespace(parts.query),
            _quote_whitespace(parts.fragment),
        )
    )


def add_utm(
    url: str,
    source: str,
    medium: str,
    campaign: str,
    *,
    term: str | None = None,
    content: str | None = None,
) -> str:
    """Return `url` tagged with Google Analytics campaign parameters.

    Existing `utm_*` parameters of the same names are replaced (re-tagging a link must not stack
    two `utm_source`); other parameters and the fragment stay as they were. Empty values are left
    out rather than written as `utm_x=`, which analytics tools report as a "(not set)" campaign.
    """
    parts = urlsplit(url.strip())
    values = {
        "utm_source": source,
        "utm_medium": medium,
        "utm_campaign": campaign,
        "utm_term": term,
        "utm_content": content,
    }
    new = [(key, value.strip()) for key, value in values.items() if value and value.strip()]
    replaced = {key for key, value in values.items() if value is not None}
    kept = [segment for segment in parts.query.split("&") if segment and _query_key(segment) not in replaced]
    added = urlencode(new, quote_via=quote, safe="")
    query = "&".join([*kept, added] if added else kept)
    path = parts.path or ("/" if query and parts.netloc else "")
    return urlunsplit((parts.scheme, parts.netloc, path, query, parts.fragment))


def _check_host(hostname: str) -> None:
    host = hostname.rstrip(".")
    if host == "localhost":
        return
    try:
        ipaddress.ip_address(host)
        return
    except ValueError:
        pass
    try:
        ascii_host = idna.encode(host, uts46=True).decode("ascii") if not host.isascii() else host
    except idna.IDNAError:
        raise InvalidUrl("invalid_host", f"The host name {hostname!r} is not valid.") from None
    labels = ascii_host.lower().split(".")
    if len(labels) < 2 or not all(_LABEL_RE.match(label) for label in labels):
        raise InvalidUrl("invalid_host", f"The host name {hostname!r} is not valid.")
    if labels[-1].isdigit():
        raise InvalidUrl("invalid_host", f"The host name {hostname!r} is not valid.")


def _without_www(host: str) -> str:
    """ "www.example.com" and "example.com" are one site for a bookmark; "www.com" stays."""
    while host.startswith("www.") and "." in host[4:]:
        host = host[4:]
    return host


def _query_key(segment: str) -> str:
    return unquote_plus(segment.split("=", 1)[0]).strip().lower()


def _strip_tracking(query: str) -> str:
    if not query:
        return query
    kept = []
    for segment in query.split("&"):
        key = _query_key(segment)
        if key.startswith("utm_") or key in TRACKING_PARAMETERS:
            continue
        kept.append(segment)
    return "&".join(kept)


def _quote_whitespace(text: str) -> str:
    return _WHITESPACE_RE.sub(lambda match: quote(match.group(0), safe=""), text)
