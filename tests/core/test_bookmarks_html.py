"""Netscape bookmark HTML import/export against real browser and service exports."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmtoolbox.core.bookmarks_html import (
    Bookmark,
    BookmarkDocument,
    BookmarksError,
    parse_timestamp,
    read_bookmark_document,
    read_bookmarks,
    write_bookmarks,
)
from tests.conftest import SHARED_FIXTURES
from tests.fixture_server import load_expected

EXPECTED = load_expected(SHARED_FIXTURES)
BOOKMARK_KEYS = sorted(key for key in EXPECTED if key.startswith("bookmarks/")) or ["bookmarks/<missing>"]


def bookmark_facts(
    document: BookmarkDocument, facts: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(actual, expected) over every fact of expected.json for a bookmark file."""
    bookmarks = document.bookmarks
    actual = {
        "bookmarks": len(bookmarks),
        "folders": len(document.folders),
        "separators": document.separators,
        "empty_folders": sum(folder.items == 0 for folder in document.folders),
        "max_folder_depth": max((len(b.folder.split("/")) for b in bookmarks if b.folder), default=0),
        "bookmarks_with_tags": sum(bool(b.tags) for b in bookmarks),
        "private_bookmarks": sum(b.private for b in bookmarks),
        "livemarks_feedurl": sum(bool(b.feed_url) for b in bookmarks),
        "keyword_shortcuturl": sum(bool(b.keyword) for b in bookmarks),
        "first_bookmark_title": bookmarks[0].title if bookmarks else None,
        "first_folder_title": document.folders[0].name if document.folders else None,
        "decoded_as": document.encoding,
    }
    wanted = {key: facts[key] for key in actual}
    wanted["first_bookmark_title"] = (wanted["first_bookmark_title"] or "").strip() or None
    return actual, wanted


@pytest.mark.parametrize("key", BOOKMARK_KEYS)
def test_fixture_bookmarks_match_expected_facts(fixtures_dir: Path, key: str) -> None:
    facts = EXPECTED[key]
    document = read_bookmark_document((fixtures_dir / key).read_bytes())
    actual, wanted = bookmark_facts(document, facts)
    assert actual == wanted
    # An <a> inside a <DD> description is never a bookmark of its own.
    if facts["anchors_not_bookmarks"]:
        assert all("localhost.localdomain" not in b.url for b in document.bookmarks)


def test_add_date_units_seconds_millis_micros(fixtures_dir: Path) -> None:
    bookmarks = read_bookmarks(
        (fixtures_dir / "bookmarks/linkding_simple_valid_import_file.html").read_bytes()
    )
    moment = datetime(2021, 3, 21, 14, 39, 19, tzinfo=UTC)
    assert [b.added_at for b in bookmarks] == [moment, moment, moment]
    assert [b.description for b in bookmarks] == [f"test description {n}" for n in (1, 2, 3)]
    google = read_bookmarks((fixtures_dir / "bookmarks/nbp_google_bookmarks_nested.htm").read_bytes())
    assert google[0].added_at == datetime(2018, 1, 9, 16, 34, 57, 780642, tzinfo=UTC)
    assert google[0].folder == "Unlabeled"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1616337559", datetime(2021, 3, 21, 14, 39, 19, tzinfo=UTC)),
        ("1616337559123", datetime(2021, 3, 21, 14, 39, 19, 123000, tzinfo=UTC)),
        ("1616337559123456", datetime(2021, 3, 21, 14, 39, 19, 123456, tzinfo=UTC)),
        ("1616337559123456789", datetime(2021, 3, 21, 14, 39, 19, 123456, tzinfo=UTC)),
        ("10/Oct/2000:13:55:36 +0300", datetime(2000, 10, 10, 10, 55, 36, tzinfo=UTC)),
        ("2021-03-21T16:39:19+02:00", datetime(2021, 3, 21, 14, 39, 19, tzinfo=UTC)),
        ("Sun, 21 Mar 2021 14:39:19 GMT", datetime(2021, 3, 21, 14, 39, 19, tzinfo=UTC)),
        ("0", None),
        ("", None),
        (None, None),
        ("-5", None),
        ("soon", None),
        ("9" * 40, None),
    ],
)
def test_parse_timestamp(value: str | None, expected: datetime | None) -> None:
    assert parse_timestamp(value) == expected


def test_descriptions_tags_and_flags(fixtures_dir: Path) -> None:
    shaarli = read_bookmarks((fixtures_dir / "bookmarks/nbp_shaarli.htm").read_bytes())
    first = shaarli[0]
    assert first.url == "?lY47tw"  # a Shaarli note: relative href kept as is
    assert first.description.startswith('"Is there anything more fabulous')
    assert "\n\n- http://www.davidlebovitz.com" in first.description
    assert first.tags[:3] == ("breton", "recipe", "kouign")
    assert [b.private for b in shaarli].count(True) == 2

    scuttle = read_bookmarks((fixtures_dir / "bookmarks/nbp_scuttle_new_line.htm").read_bytes())
    assert scuttle[0].description.startswith("The best in funk, soul, jazz")
    assert scuttle[0].tags == ("funk", "musik", "blog")

    nested = read_bookmarks((fixtures_dir / "bookmarks/nbp_netscape_nested.htm").read_bytes())
    assert nested[0].tags == ("tag1", "tag2", "multi word")

    chrome = read_bookmarks((fixtures_dir / "bookmarks/fwf_chrome_ptbr.html").read_bytes())
    assert [b.keyword for b in chrome if b.keyword] == ["reddit"]
    assert any("&" in b.url for b in chrome)

    delicious = read_bookmarks((fixtures_dir / "bookmarks/nbp_delicious.htm").read_bytes())
    assert any(tag.startswith("@") for b in delicious for tag in b.tags)


def test_safari_folders_without_outer_list(fixtures_dir: Path) -> None:
    document = read_bookmark_document((fixtures_dir / "bookmarks/nbp_safari_folded.htm").read_bytes())
    assert [f.path for f in document.folders] == [
        "Favoris",
        "Menu Signets",
        "Github - Shaarli",
        "Autre Divers",
        "Autre Divers/doc",
    ]
    assert [b.folder for b in document.bookmarks] == ["Favoris", "Github - Shaarli", "Autre Divers/doc"]
    assert document.title == "Signets"


def test_firefox_missing_end_tag_and_glued_separator(fixtures_dir: Path) -> None:
    bookmarks = read_bookmarks((fixtures_dir / "bookmarks/nbp_firefox_nested.htm").read_bytes())
    assert bookmarks[0].title == "Recently saved"  # its </A> is missing
    assert bookmarks[0].url.startswith("place:")
    assert bookmarks[1].title == "Recent tags"


@pytest.mark.parametrize(
    ("data", "title", "encoding"),
    [
        (
            b'<!DOCTYPE NETSCAPE-Bookmark-file-1><META HTTP-EQUIV="Content-Type" '
            b'CONTENT="text/html; charset=x-mac-roman"><DL><p><DT><A HREF="http://a.fr/">Caf\x8e</A></DL>',
            "Caf\u00e9",
            "mac-roman",
        ),
        (
            b'<!DOCTYPE NETSCAPE-Bookmark-file-1><meta charset="X-MAC-SYSTEM"><DL><DT><A HREF="http://a.fr/">'
            b"\xd2quote\xd3</A></DL>",
            "\u201cquote\u201d",
            "mac-roman",
        ),
        (
            b'<!DOCTYPE NETSCAPE-Bookmark-file-1><DL><DT><A HREF="http://a.fr/">Caf\xe9 cr\xe8me</A></DL>',
            "Caf\u00e9 cr\u00e8me",
            "cp1252",
        ),
        (
            b'<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1"><DL><DT>'
            b'<A HREF="http://a.fr/">\x93Caf\xe9\x94</A></DL>',
            "\u201cCaf\u00e9\u201d",
            "cp1252",
        ),
        (
            "\ufeff<DL><DT><A HREF='http://a.fr/'>Caf\u00e9</A></DL>".encode("utf-16-le"),
            "Caf\u00e9",
            "utf-16",
        ),
        (
            b'<dl><dt><a href="http://a.fr/" add_date="1600000000" private="1">Caf\xc3\xa9</A></dl>',
            "Caf\u00e9",
            "utf-8",
        ),
    ],
    ids=["x-mac-roman", "x-mac-system", "no-charset-cp1252", "latin1-label", "utf16-bom", "lowercase-tags"],
)
def test_encodings_and_case(data: bytes, title: str, encoding: str) -> None:
    document = read_bookmark_document(data)
    assert document.bookmarks[0].title == title
    assert document.bookmarks[0].url == "http://a.fr/"
    assert document.encoding == encoding


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html><html><head><title>Blog</title></head><body><a href='/x'>x</a></body></html>",
        b'{"roots": {"bookmark_bar": {"children": []}}}',
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"just text",
        b"<?xml version='1.0'?><opml><body/></opml>",
    ],
    ids=["web-page", "chrome-json", "binary", "text", "opml"],
)
def test_non_bookmark_input_raises(data: bytes) -> None:
    with pytest.raises(BookmarksError) as raised:
        read_bookmarks(data)
    assert raised.value.code == "not_bookmarks"
    assert str(raised.value)[0].isupper()


def test_empty_inputs_give_no_bookmarks() -> None:
    assert read_bookmarks(b"") == []
    assert read_bookmarks(b"\xef\xbb\xbf \n") == []
    assert read_bookmarks(b"<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE><H1>B</H1>") == []
    assert read_bookmarks(b"<DL><p></DL><p>") == []


def _seconds(bookmark: Bookmark) -> Bookmark:
    """Exports write whole seconds (the unit every importer reads)."""
    return replace(
        bookmark,
        added_at=bookmark.added_at.replace(microsecond=0) if bookmark.added_at else None,
        modified_at=bookmark.modified_at.replace(microsecond=0) if bookmark.modified_at else None,
    )


@pytest.mark.parametrize("key", BOOKMARK_KEYS)
def test_write_then_read_round_trips_the_fixtures(fixtures_dir: Path, key: str) -> None:
    original = read_bookmarks((fixtures_dir / key).read_bytes())
    again = read_bookmarks(write_bookmarks(original))
    assert sorted(again, key=repr) == sorted((_seconds(b) for b in original), key=repr)


def test_written_file_looks_like_a_browser_export() -> None:
    data = write_bookmarks(
        [
            Bookmark(
                "https://e.org/?a=1&b=2",
                'Title <with> "quotes" & more',
                folder="Veille/Clients",
                tags=("cm", "social media"),
                added_at=datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
                description="Line one\nLine <two>",
                private=True,
            )
        ],
        title="Export",
    )
    text = data.decode()
    assert text.startswith("<!DOCTYPE NETSCAPE-Bookmark-file-1>")
    assert 'HREF="https://e.org/?a=1&amp;b=2"' in text
    assert 'ADD_DATE="1704164645"' in text and 'PRIVATE="1"' in text and 'TAGS="cm,social media"' in text
    assert "<DT><H3>Veille</H3>" in text and "<DD>Line one\nLine &lt;two&gt;" in text


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff\ufeff"),
    max_size=30,
).map(lambda text: " ".join(text.split()))
_NAME = _TEXT.filter(lambda text: text and "/" not in text)
_TAG = _TEXT.filter(lambda text: text and "," not in text)
_DATE = st.datetimes(
    min_value=datetime(1995, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)
).map(lambda moment: moment.replace(microsecond=0))
_BOOKMARK = st.builds(
    Bookmark,
    url=st.from_regex(r"https?://[a-z]{1,10}\.example/[a-z0-9/?=&%._~-]{0,20}", fullmatch=True),
    title=_TEXT,
    folder=st.lists(_NAME, max_size=3).map("/".join),
    tags=st.lists(_TAG, max_size=3).map(tuple),
    added_at=st.one_of(st.none(), _DATE),
    description=st.lists(_TEXT, max_size=3).map(lambda lines: "\n".join(lines).strip()),
    private=st.booleans(),
    modified_at=st.one_of(st.none(), _DATE),
    to_read=st.booleans(),
    keyword=st.one_of(st.just(""), st.from_regex(r"[a-z]{1,5}", fullmatch=True)),
    feed_url=st.just(""),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_BOOKMARK, max_size=6))
def test_round_trip_property(bookmarks: list[Bookmark]) -> None:
    again = read_bookmarks(write_bookmarks(bookmarks))
    assert sorted(again, key=repr) == sorted(bookmarks, key=repr)
