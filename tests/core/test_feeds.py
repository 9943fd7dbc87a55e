"""parse_feed and discover_feeds against the shared real-world feeds and hand-made edge cases."""

from __future__ import annotations

import html
import time
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cmtoolbox.core.feeds import (
    DiscoveredFeed,
    FeedError,
    ParsedFeed,
    discover_feeds,
    fallback_title,
    parse_feed,
)
from tests.conftest import SHARED_FIXTURES
from tests.fixture_server import load_expected

EXPECTED = load_expected(SHARED_FIXTURES)
FEED_KEYS = sorted(key for key in EXPECTED if key.startswith("feeds/")) or ["feeds/<missing>"]
BENIGN_BOZO_PREFIXES = ("NonXMLContentType",)


def _trim(value: object) -> object:
    return " ".join(value.split()) if isinstance(value, str) else value


def feed_facts(
    feed: ParsedFeed, facts: dict[str, Any], *, resolved: bool, served_url: str | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(actual, expected) dicts over every fact of expected.json that applies to `feed`.

    `resolved`: the feed was parsed with its URL, so the `*_resolved` facts apply instead of the
    link "as written". `served_url`: the feed came from the local server, so links resolve
    against that URL rather than against `base_url`.
    """
    actual: dict[str, Any] = {}
    wanted: dict[str, Any] = {}
    entries = feed.entries
    first = entries[0] if entries else None

    def check(key: str, value: Any) -> None:
        actual[key] = value
        wanted[key] = _trim(facts[key])

    check("title", feed.title if feed.title else None)
    check("entries", len(entries))
    check("first_entry_title", None if first is None or first.title_is_fallback else first.title)
    if "entries_with_title" in facts:
        check("entries_with_title", sum(not entry.title_is_fallback for entry in entries))
    lenient = "lenient_decoding" in facts
    if facts.get("verified_with", "").startswith("feedparser") and not lenient:
        check("format", feed.format)
        check("feedparser_bozo", feed.recovered_from is not None)
    if "feedparser_encoding" in facts:
        check("feedparser_encoding", feed.encoding)
    if "version" in facts:  # JSON Feed: "format" is the label "JSON Feed", the version says which
        actual["version"] = feed.format
        wanted["version"] = "json" + facts["version"].rsplit("/", 1)[-1]
    elif facts.get("format", "").startswith("RSS-in-JSON"):
        actual["format"] = feed.format
        wanted["format"] = "rss-in-json"
    if "first_entry_url" in facts:
        check("first_entry_url", first.link if first else None)
    if "first_entry_link" in facts and not resolved:
        check("first_entry_link", first.link if first else None)
    if resolved and "first_entry_link_resolved" in facts:
        if served_url is None:
            check("feed_link_resolved", feed.link)
            check("first_entry_link_resolved", first.link if first else None)
        else:
            origin = served_url.split("/", 3)[:3]
            actual["first_entry_link_resolved"] = first.link if first else None
            wanted["first_entry_link_resolved"] = "/".join(origin) + facts["first_entry_link"]
    elif resolved and "first_entry_link" in facts and facts["first_entry_link"].startswith("http"):
        check("first_entry_link", first.link if first else None)
    if facts.get("is_json_feed") is False:
        actual["is_json_feed"] = feed.format.startswith("json")
        wanted["is_json_feed"] = False
    return actual, wanted


def header_facts(feed: ParsedFeed, with_headers: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Facts of the `with_headers` block (the feed parsed with its HTTP Content-Type).

    A bozo flag that only says "served as text/plain" is not a parse problem and is not
    surfaced as one (`recovered_from` stays None), so that fact is left out.
    """
    actual: dict[str, Any] = {"entries": len(feed.entries), "feedparser_encoding": feed.encoding}
    wanted: dict[str, Any] = {key: with_headers[key] for key in actual}
    exception = with_headers.get("feedparser_bozo_exception", "")
    if not exception.startswith(BENIGN_BOZO_PREFIXES):
        actual["feedparser_bozo"] = feed.recovered_from is not None
        wanted["feedparser_bozo"] = with_headers["feedparser_bozo"]
    if "first_entry_description" in with_headers:
        actual["first_entry_description"] = feed.entries[0].summary
        wanted["first_entry_description"] = with_headers["first_entry_description"]
    return actual, wanted


@pytest.mark.parametrize("key", FEED_KEYS)
def test_fixture_feed_matches_expected_facts(fixtures_dir: Path, key: str) -> None:
    facts = EXPECTED[key]
    data = (fixtures_dir / key).read_bytes()
    if facts.get("valid") is False:
        with pytest.raises(FeedError) as raised:
            parse_feed(data)
        assert raised.value.code == "malformed"
        assert "JSON" in str(raised.value)
        return
    feed = parse_feed(data)
    actual, wanted = feed_facts(feed, facts, resolved=False)
    assert actual == wanted
    if "base_url" in facts:
        resolved = parse_feed(data, url=facts["base_url"])
        actual, wanted = feed_facts(resolved, facts, resolved=True)
        assert actual == wanted
    if "with_headers" in facts:
        content_type = facts["http_headers"]["content-type"]
        actual, wanted = header_facts(parse_feed(data, content_type=content_type), facts["with_headers"])
        assert actual == wanted


def test_title_less_items_get_their_first_words(fixtures_dir: Path) -> None:
    feed = parse_feed((fixtures_dir / "feeds/nnw_scriptingNews.rss").read_bytes())
    first = feed.entries[0]
    assert first.title_is_fallback
    assert first.title == "Good morning students and teachers! 🍏"
    assert all(entry.title for entry in feed.entries)
    assert all(len(entry.title) <= 81 for entry in feed.entries if entry.title_is_fallback)


def test_entries_carry_dates_authors_enclosures_and_content(fixtures_dir: Path) -> None:
    feed = parse_feed((fixtures_dir / "feeds/nnw_atp.rss").read_bytes())
    first = feed.entries[0]
    assert first.published is not None and first.published.tzinfo is UTC
    assert first.published.isoformat() == "2019-01-31T16:58:12+00:00"
    assert first.author == "ATP"
    assert first.enclosures[0].url == "http://traffic.libsyn.com/atpfm/atp311.mp3"
    assert first.enclosures[0].type == "audio/mpeg"
    assert first.enclosures[0].length == 54919661
    assert (
        first.key
        == first.guid
        == "513abd71e4b0fe58c655c105:513abd71e4b0fe58c655c111:5c5273baf950b7d24bfdcb28"
    )
    assert "<li>" in first.summary  # raw HTML, sanitised at display time

    atom = parse_feed((fixtures_dir / "feeds/nnw_DaringFireball.rss").read_bytes())
    assert atom.format == "atom10"  # detected from content, not from the .rss name
    assert atom.entries[0].content.startswith("<p>Kara Swisher")
    assert atom.entries[0].updated is not None


def test_content_is_raw_html_not_sanitised() -> None:
    data = b"""<rss version="2.0"><channel><title>t</title><item><title>i</title>
    <description>&lt;p onclick="x()"&gt;hi&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</description>
    </item></channel></rss>"""
    entry = parse_feed(data).entries[0]
    assert "<script>" in entry.summary and "onclick" in entry.summary


def test_youtube_thumbnail_becomes_the_entry_image(fixtures_dir: Path) -> None:
    feed = parse_feed((fixtures_dir / "feeds/feeder_atom_youtube.xml").read_bytes())
    assert feed.entries[0].image is not None
    assert feed.entries[0].image.startswith("https://i")


def test_relative_links_resolve_against_the_feed_url(fixtures_dir: Path) -> None:
    data = (fixtures_dir / "feeds/nnw_qemu.atom").read_bytes()
    feed = parse_feed(data, url="https://www.qemu.org/feed.xml")
    assert feed.link == "https://www.qemu.org/"
    assert all(entry.link and entry.link.startswith("https://www.qemu.org/") for entry in feed.entries)
    assert feed.recovered_from is None


def test_json_feed_details(fixtures_dir: Path) -> None:
    authors = parse_feed((fixtures_dir / "feeds/nnw_authors.json").read_bytes())
    by_key = {entry.key: entry for entry in authors.entries}
    assert by_key["Item without authors"].author == "Root Author 1, Root Author 2"
    assert by_key["Item with legacy author"].author == "Legacy Item Author"
    assert by_key["Item with both"].author == "Item Author 1, Item Author 2"
    elastic = parse_feed((fixtures_dir / "feeds/feedrs_jsonfeed_elastic_1.1.json").read_bytes())
    assert elastic.title == "Blog &#8211; InfluxData"  # plain text: not unescaped
    daring = parse_feed((fixtures_dir / "feeds/nnw_DaringFireball.json").read_bytes())
    assert daring.entries[0].published is not None and daring.entries[0].published.tzinfo is UTC


def test_json_feed_relative_urls_and_text_content() -> None:
    data = (
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": ['
        b'{"id": 7, "url": "/post/1", "content_text": "a < b\\nsecond line",'
        b' "date_published": "2024-03-01T10:00:00+02:00",'
        b' "attachments": [{"url": "/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 12}]}]}'
    )
    entry = parse_feed(data, url="https://example.org/feed.json").entries[0]
    assert entry.key == "7"
    assert entry.link == "https://example.org/post/1"
    assert entry.content == "a &lt; b<br>\nsecond line"
    assert entry.title == "a < b second line" and entry.title_is_fallback
    assert entry.published is not None and entry.published.isoformat() == "2024-03-01T08:00:00+00:00"
    assert entry.enclosures[0].url == "https://example.org/a.mp3" and entry.enclosures[0].length == 12


def test_entry_key_falls_back_to_link_then_to_a_stable_hash() -> None:
    template = (
        "<rss version='2.0'><channel><title>t</title>"
        "<item><title>With link</title><link>http://e.org/1</link></item>"
        "<item><title>{title}</title><pubDate>Mon, 26 Jun 2017 12:20:05 GMT</pubDate></item>"
        "</channel></rss>"
    )
    first = parse_feed(template.format(title="Bare").encode())
    again = parse_feed(template.format(title="Bare").encode())
    other = parse_feed(template.format(title="Other").encode())
    assert first.entries[0].key == "http://e.org/1" and first.entries[0].guid is None
    assert first.entries[1].key.startswith("sha1:")
    assert first.entries[1].key == again.entries[1].key != other.entries[1].key


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b" \r\n\t ", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"<!DOCTYPE html><html><head><title>Shop</title></head><body>hi</body></html>", "not_a_feed"),
        (b"<html><body><p>no doctype</p></body></html>", "not_a_feed"),
        (bytes(range(256)) * 8, "not_a_feed"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not_a_feed"),
        (b'{"name": "not a feed"}', "not_a_feed"),
        (b"[1, 2, 3]", "not_a_feed"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "malformed"),
        (b"<?xml version='1.0'?><rss version='2.0'><chan", "malformed"),
        (b"<?xml version='1.0'?><catalog><book>1</book></catalog>", "not_a_feed"),
        (b"just some text", "not_a_feed"),
    ],
)
def test_unreadable_input_raises_feed_error_with_code(data: bytes, code: str) -> None:
    with pytest.raises(FeedError) as raised:
        parse_feed(data)
    assert raised.value.code == code
    assert str(raised.value)[0].isupper() and str(raised.value).endswith(".")


def test_size_cap() -> None:
    with pytest.raises(FeedError) as raised:
        parse_feed(b"<rss>" + b" " * 2048 + b"</rss>", max_bytes=1024)
    assert raised.value.code == "too_large"


def test_bytes_that_name_a_local_file_are_not_opened(tmp_path: Path) -> None:
    # feedparser.parse(b"/path") reads that file; parse_feed must only ever parse the bytes.
    secret = tmp_path / "feed.xml"
    secret.write_text("<rss version='2.0'><channel><title>LOCAL FILE</title></channel></rss>")
    with pytest.raises(FeedError) as raised:
        parse_feed(str(secret).encode())
    assert raised.value.code == "not_a_feed"


def test_billion_laughs_feed_terminates_without_expanding() -> None:
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    data = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(levels)}]>'
        '<rss version="2.0"><channel><title>&lol9;</title><item><title>x</title></item></channel></rss>'
    ).encode()
    started = time.monotonic()
    try:
        feed = parse_feed(data)
    except FeedError:
        pass
    else:
        assert len(feed.title) < 1000
    assert time.monotonic() - started < 10  # generous: the point is "terminates", not speed


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>a&x;b</title></channel></rss>'
    ).encode()
    with pytest.raises(FeedError) as raised:  # refused before any parser could read the file
        parse_feed(data)
    assert raised.value.code == "unsafe" and "TOP-SECRET" not in str(raised.value)


def test_fallback_title_helper() -> None:
    assert fallback_title("", "<p>Hello <b>world</b></p><script>evil()</script>") == "Hello world"
    long_text = "<p>" + " ".join(["word"] * 60) + "</p>"
    title = fallback_title(long_text)
    assert title.endswith("…") and len(title) <= 81 and "  " not in title
    assert fallback_title("", "   ") == ""
    assert fallback_title("x" * 200).endswith("…")


def test_discover_feeds_from_link_alternate() -> None:
    page = b"""<!doctype html><html><head>
    <base href="https://example.com/blog/">
    <link rel="alternate" type="application/rss+xml" title="RSS  feed" href="feed.xml">
    <LINK REL="Alternate Feed" TYPE="application/atom+xml; charset=utf-8" HREF="/atom">
    <link rel=alternate type=application/feed+json href=//cdn.example.com/f.json>
    <link rel="alternate" type="application/rss+xml" href="feed.xml">
    <link rel="stylesheet" type="application/rss+xml" href="not-a-feed">
    <link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/2">
    <link rel="alternate" hreflang="fr" href="/fr/">
    </head><body><a rel="alternate" type="application/rss+xml" href="/comments.rss">c</a></body></html>"""
    assert discover_feeds(page, "https://example.com/") == [
        DiscoveredFeed("https://example.com/blog/feed.xml", "RSS feed", "application/rss+xml"),
        DiscoveredFeed("https://example.com/atom", "", "application/atom+xml"),
        DiscoveredFeed("https://cdn.example.com/f.json", "", "application/feed+json"),
        DiscoveredFeed("https://example.com/comments.rss", "", "application/rss+xml"),
    ]


def test_discover_feeds_on_pages_without_feeds_or_with_odd_bytes() -> None:
    assert discover_feeds(b"", "https://e.org/") == []
    assert discover_feeds(b"<html><head><title>caf\xe9</title></head></html>", "https://e.org/") == []
    unclosed = b'<head><link rel="alternate" type="application/rss+xml" href="/r"'
    assert discover_feeds(unclosed, "https://e.org/") in (
        [],
        [DiscoveredFeed("https://e.org/r", "", "application/rss+xml")],
    )


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_either_parse_or_raise_feed_error(data: bytes) -> None:
    try:
        parse_feed(data)
    except FeedError as error:
        assert error.code in {"empty", "not_a_feed", "malformed"}


def _looks_double_encoded(text: str) -> bool:
    try:
        return text.encode("latin-1").decode("utf-8") != text
    except UnicodeError:
        return False


_XML_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=80,
)


@settings(max_examples=200, deadline=None)
@given(title=_XML_TEXT, item_title=_XML_TEXT)
def test_titles_survive_parsing_as_plain_text(title: str, item_title: str) -> None:
    # feedparser deliberately repairs UTF-8 that was decoded as Latin-1 and re-encoded ("Ã©" ->
    # "é"), so genuine text of that shape (a title "Â¡") comes back repaired: left out here.
    assume(not _looks_double_encoded(title) and not _looks_double_encoded(item_title))
    data = (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{html.escape(title)}</title><item><title>{html.escape(item_title)}</title>"
        "<guid>g1</guid></item></channel></rss>"
    ).encode()
    feed = parse_feed(data)
    assert feed.title == " ".join(title.split())
    entry = feed.entries[0]
    if item_title.strip():
        assert entry.title == " ".join(item_title.split())
        assert not entry.title_is_fallback
    else:
        assert entry.title_is_fallback
