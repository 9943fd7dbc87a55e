"""normalize_url (duplicate detection), validate_http_url (user input) and add_utm."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cmtoolbox.core.urls import InvalidUrl, add_utm, normalize_url, validate_http_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.COM/", "https://example.com"),
        ("https://example.com", "https://example.com"),
        ("  https://example.com/a/  ", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("http://example.com:443/a", "http://example.com:443/a"),
        ("https://example.com/a#section", "https://example.com/a"),
        (
            "https://example.com/a?utm_source=x&id=3&UTM_Medium=y&fbclid=abc&gclid=1",
            "https://example.com/a?id=3",
        ),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?b=2&a=1"),
        ("https://example.com/?utm_campaign=z", "https://example.com"),
        ("https://example.com?x=1", "https://example.com/?x=1"),
        ("https://bücher.example/é", "https://xn--bcher-kva.example/%C3%A9"),
        ("https://bücher.example/%c3%a9", "https://xn--bcher-kva.example/%C3%A9"),
        ("https://faß.de/", "https://xn--fa-hia.de"),
        ("https://example.com./a", "https://example.com/a"),
        ("https://example.com/%7euser/%2f%c3%a9", "https://example.com/~user/%2F%C3%A9"),
        ("https://example.com/a/./b/../c", "https://example.com/a/c"),
        ("https://User:Pw@Example.com/", "https://User:Pw@example.com"),
        ("https://[2001:DB8::1]:443/x", "https://[2001:db8::1]/x"),
        ("https://www.example.com/blog/", "https://example.com/blog"),
        ("https://WWW.www.example.com:443/blog//?utm_source=x", "https://example.com/blog"),
        ("https://www.com/", "https://www.com"),
        ("https://example.com/a b?x y=1", "https://example.com/a%20b?x%20y=1"),
        ("mailto:Someone@Example.com", "mailto:Someone@Example.com"),
        ("place:folder=TOOLBAR", "place:folder=TOOLBAR"),
        ("?lY47tw", "?lY47tw"),
    ],
)
def test_normalize_url(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


def test_normalize_keeps_meaningful_differences() -> None:
    assert normalize_url("http://example.com/a") != normalize_url("https://example.com/a")
    assert normalize_url("https://example.com/A") != normalize_url("https://example.com/a")
    assert normalize_url("https://example.com/?a=1&b=2") != normalize_url("https://example.com/?b=2&a=1")
    assert normalize_url("https://blog.example.com/") != normalize_url("https://example.com/")
    assert normalize_url("https://example.com:8080/") != normalize_url("https://example.com/")


@pytest.mark.parametrize(
    "variant",
    [
        "https://example.com/blog",
        "https://example.com/blog/",
        "https://www.example.com/blog",
        "https://WWW.Example.com:443/blog/",
        "https://example.com/blog/?utm_source=newsletter&utm_medium=email",
        "https://example.com/blog#comments",
        "https://example.com/./blog/",
    ],
)
def test_equivalent_forms_of_one_address_share_a_key(variant: str) -> None:
    """Issue 15: the same page with and without a trailing slash, default port, tracking
    parameters or "www." is one source."""
    assert normalize_url(variant) == "https://example.com/blog"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("example.com", "https://example.com"),
        ("  www.example.fr/blog?x=1  ", "https://www.example.fr/blog?x=1"),
        ("HTTP://Example.com/Path", "http://example.com/Path"),
        ("https://example.com/a b", "https://example.com/a%20b"),
        ("localhost:8080/feed", "https://localhost:8080/feed"),
        ("example.com:8080", "https://example.com:8080"),
        ("//cdn.example.com/f.xml", "https://cdn.example.com/f.xml"),
        ("https://bücher.example/", "https://bücher.example/"),
        ("http://127.0.0.1:5000/x", "http://127.0.0.1:5000/x"),
        ("https://[::1]/", "https://[::1]/"),
        ("https://my_site.blogspot.com/", "https://my_site.blogspot.com/"),
        ("example.com?utm_source=x", "https://example.com/?utm_source=x"),
    ],
)
def test_validate_http_url_accepts_and_completes(text: str, expected: str) -> None:
    assert validate_http_url(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("ftp://example.com/file", "unsupported_scheme"),
        ("javascript:alert(1)", "unsupported_scheme"),
        ("mailto:someone@example.com", "unsupported_scheme"),
        ("file:///etc/passwd", "unsupported_scheme"),
        ("http:example.com", "missing_host"),
        ("https://", "missing_host"),
        ("hello", "invalid_host"),
        ("bonjour tout le monde", "invalid_host"),
        ("https://exa mple.com/", "invalid_host"),
        ("https://-bad-.com/", "invalid_host"),
        ("https://1.2.3/", "invalid_host"),
        ("https://example.com:99999/", "invalid_port"),
        ("https://example.com:abc/", "invalid_port"),
        ("https://example.com/\x00", "invalid_characters"),
        ("https://example.com/" + "a" * 9000, "too_long"),
    ],
)
def test_validate_http_url_rejects_junk(text: str, code: str) -> None:
    with pytest.raises(InvalidUrl) as raised:
        validate_http_url(text)
    assert raised.value.code == code
    assert str(raised.value)[0].isupper() and str(raised.value).endswith(".")


def test_add_utm() -> None:
    assert (
        add_utm("https://example.com/post?id=3#top", "newsletter", "email", "printemps 2025")
        == "https://example.com/post?id=3&utm_source=newsletter&utm_medium=email&utm_campaign=printemps%202025#top"
    )
    retagged = add_utm("https://e.org/?utm_source=old&utm_medium=x&ref=1", "linkedin", "social", "launch")
    assert parse_qsl(urlsplit(retagged).query) == [
        ("ref", "1"),
        ("utm_source", "linkedin"),
        ("utm_medium", "social"),
        ("utm_campaign", "launch"),
    ]
    assert add_utm("https://e.org", "fb", "", "") == "https://e.org/?utm_source=fb"
    tagged = add_utm("https://e.org/a", "s", "m", "c", term="café crème", content="v&2")
    assert dict(parse_qsl(urlsplit(tagged).query)) == {
        "utm_source": "s",
        "utm_medium": "m",
        "utm_campaign": "c",
        "utm_term": "café crème",
        "utm_content": "v&2",
    }


_HOST = st.from_regex(r"[A-Za-z0-9]{1,8}(\.[A-Za-z0-9]{1,8}){0,2}\.[A-Za-z]{2,4}", fullmatch=True)
_PATH = st.from_regex(r"(/[A-Za-z0-9._~%!$'()*+,;=:@-]{0,8}){0,4}", fullmatch=True)
_QUERY = st.lists(
    st.tuples(
        st.sampled_from(["a", "id", "utm_source", "UTM_medium", "fbclid", "gclid", "q", "x y"]),
        st.from_regex(r"[A-Za-z0-9%+._-]{0,6}", fullmatch=True),
    ),
    max_size=4,
)


@st.composite
def web_urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "Https"]))
    port = draw(st.sampled_from(["", ":80", ":443", ":8080"]))
    query = "&".join(f"{key}={value}" for key, value in draw(_QUERY))
    fragment = draw(st.sampled_from(["", "#top", "#!/route"]))
    return f"{scheme}://{draw(_HOST)}{port}{draw(_PATH)}{'?' + query if query else ''}{fragment}"


@settings(max_examples=200, deadline=None)
@given(web_urls())
def test_normalize_is_idempotent(url: str) -> None:
    once = normalize_url(url)
    assert normalize_url(once) == once
    assert "utm_" not in once.lower() and "fbclid" not in once and "#" not in once


@settings(max_examples=200, deadline=None)
@given(web_urls(), st.text(min_size=1, max_size=10), st.text(min_size=1, max_size=10))
def test_tracking_parameters_never_make_a_new_url(url: str, source: str, campaign: str) -> None:
    assume(source.strip() and campaign.strip())
    assert normalize_url(add_utm(url, source, "social", campaign)) == normalize_url(url)


@settings(max_examples=200, deadline=None)
@given(web_urls())
def test_validate_accepts_what_it_returns(url: str) -> None:
    valid = validate_http_url(url)
    assert validate_http_url(valid) == valid
    assert urlsplit(valid).scheme in ("http", "https")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_validate_raises_only_invalid_url(text: str) -> None:
    try:
        result = validate_http_url(text)
    except InvalidUrl as error:
        assert error.code
    else:
        assert result.startswith(("http://", "https://"))
