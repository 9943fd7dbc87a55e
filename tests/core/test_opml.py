"""OPML import/export against the shared real-world exports and hostile or sloppy input."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmtoolbox.core.opml import (
    OpmlDocument,
    OpmlError,
    Subscription,
    read_opml,
    read_opml_document,
    write_opml,
)
from tests.conftest import SHARED_FIXTURES
from tests.fixture_server import load_expected

EXPECTED = load_expected(SHARED_FIXTURES)
OPML_KEYS = sorted(key for key in EXPECTED if key.startswith("opml/")) or ["opml/<missing>"]


def opml_facts(document: OpmlDocument, facts: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(actual, expected) over the counting facts of expected.json."""
    subscriptions = document.subscriptions
    actual = {
        "outlines_with_xmlUrl": len(subscriptions),
        "unique_xmlUrls": len({subscription.xml_url for subscription in subscriptions}),
        "folders": sum(not folder.is_empty for folder in document.folders),
        "empty_outlines_without_xmlUrl": sum(folder.is_empty for folder in document.folders),
        "max_folder_depth": document.max_folder_depth,
        "head_title": document.title,
    }
    return actual, {key: facts[key] for key in actual}


@pytest.mark.parametrize("key", OPML_KEYS)
def test_fixture_opml_matches_expected_facts(fixtures_dir: Path, key: str) -> None:
    facts = EXPECTED[key]
    data = (fixtures_dir / key).read_bytes()
    if facts.get("valid_opml") is False:
        with pytest.raises(OpmlError) as raised:
            read_opml(data)
        assert raised.value.code == "not_opml"
        assert f"<{facts['root_element']}>" in str(raised.value)
        return
    actual, wanted = opml_facts(read_opml_document(data), facts)
    assert actual == wanted


def test_text_attribute_wins_and_folders_nest(fixtures_dir: Path) -> None:
    document = read_opml_document((fixtures_dir / "opml/newsboat_example.opml").read_bytes())
    assert [folder.path for folder in document.folders] == ["Blogs", "Blogs/friends", "eloquent"]
    by_url = {subscription.xml_url: subscription for subscription in document.subscriptions}
    assert by_url["https://blogs.example.com/~mike/.rss"].folder == "Blogs/friends"
    assert by_url["https://example.com/feed.xml"].folder == ""


def test_names_come_from_text_when_there_is_no_title(fixtures_dir: Path) -> None:
    with_titles = read_opml((fixtures_dir / "opml/nnw_Subs.opml").read_bytes())
    text_only = read_opml((fixtures_dir / "opml/nnw_SubsNoTitleAttributes.opml").read_bytes())
    assert [s.title for s in text_only] == [s.title for s in with_titles]
    assert [s.xml_url for s in text_only] == [s.xml_url for s in with_titles]
    assert all(s.title for s in text_only)


def test_flym_folders_named_by_title_only(fixtures_dir: Path) -> None:
    document = read_opml_document((fixtures_dir / "opml/feeder_Flym_auto_backup.opml").read_bytes())
    assert all(folder.name for folder in document.folders)
    assert document.subscriptions[0].folder == "black humor"


def test_repeated_top_level_folder_merges_by_path(fixtures_dir: Path) -> None:
    subscriptions = read_opml((fixtures_dir / "opml/newsboat_test-urls-plus.opml").read_bytes())
    assert {s.folder for s in subscriptions} >= {"tag1/tag2", "tag1/tag3"}


def test_unnamed_folder_adds_no_level(fixtures_dir: Path) -> None:
    document = read_opml_document((fixtures_dir / "opml/readrops_lite_subscriptions.opml").read_bytes())
    assert [s.folder for s in document.subscriptions] == ["", ""]
    assert document.folders[0].name == "" and document.folders[0].feeds == 1


def test_category_attribute_is_split_on_commas(fixtures_dir: Path) -> None:
    (subscription,) = read_opml((fixtures_dir / "opml/newsboat_category.opml").read_bytes())
    assert subscription.categories == ("tag one", "tag_two", "tag/three")
    assert subscription.title == subscription.xml_url  # empty title falls back to the URL


def test_entities_in_feedly_export_are_decoded(fixtures_dir: Path) -> None:
    subscriptions = read_opml((fixtures_dir / "opml/baleen_feedly.opml").read_bytes())
    assert not any("&amp;" in s.xml_url or "&amp;" in s.html_url or "&amp;" in s.title for s in subscriptions)
    assert any("&" in s.html_url for s in subscriptions)


def test_document_without_body_is_empty(fixtures_dir: Path) -> None:
    document = read_opml_document((fixtures_dir / "opml/newsboat_body-element-missing.opml").read_bytes())
    assert document.subscriptions == [] and document.title == "The body element is missing"


def _doc(declaration: str, title: str = "Caf\u00e9", url: str = "https://e.org/feed?a=1&amp;b=2") -> str:
    return f'{declaration}<opml><body><outline text="{title}" xmlUrl="{url}"/></body></opml>'


@pytest.mark.parametrize(
    ("data", "title"),
    [
        (b"\xef\xbb\xbf" + _doc('<?xml version="1.0" encoding="UTF-8"?>').encode(), "Caf\u00e9"),
        (_doc('\n\n<?xml version="1.0" encoding="utf-8"?>').encode(), "Caf\u00e9"),
        (
            _doc('<?xml version="1.0" encoding="Shift_JIS"?>', "\u65e5\u672c").encode("shift_jis"),
            "\u65e5\u672c",
        ),
        (_doc('<?xml version="1.0" encoding="GB18030"?>', "\u5efa\u56fd").encode("gb18030"), "\u5efa\u56fd"),
        (_doc('<?xml version="1.0" encoding="windows-1252"?>').encode("cp1252"), "Caf\u00e9"),
        (_doc('<?xml version="1.0" encoding="utf-8"?>').encode("cp1252"), "Caf\u00e9"),
        (_doc('<?xml version="1.0" encoding="utf-16"?>').encode("utf-16"), "Caf\u00e9"),
        (_doc('<?xml version="1.0"?>', url="https://e.org/feed?a=1&b=2").encode(), "Caf\u00e9"),
        (_doc('<?xml version="1.0" encoding="x-mac-roman"?>').encode("mac_roman"), "Caf\u00e9"),
    ],
    ids=[
        "bom",
        "blank-line-first",
        "shift-jis",
        "gb18030",
        "cp1252",
        "mislabelled",
        "utf16",
        "raw-amp",
        "mac",
    ],
)
def test_sloppy_real_world_encodings_are_tolerated(data: bytes, title: str) -> None:
    (subscription,) = read_opml(data)
    assert subscription.title == title
    assert subscription.xml_url == "https://e.org/feed?a=1&b=2"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"  \n", "empty"),
        (b"<!DOCTYPE html><html><body><p>Hello<br></body></html>", "not_xml"),
        (b'{"feeds": []}', "not_xml"),
        (b"\x00\x01\x02binary\xff", "not_xml"),
        (b"<rss version='2.0'><channel/></rss>", "not_opml"),
        (b"<opml><body><outline", "not_xml"),
    ],
)
def test_non_opml_input_raises_opml_error(data: bytes, code: str) -> None:
    with pytest.raises(OpmlError) as raised:
        read_opml(data)
    assert raised.value.code == code
    assert str(raised.value)[0].isupper()


def test_billion_laughs_is_refused_quickly() -> None:
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    data = (
        f'<?xml version="1.0"?><!DOCTYPE opml [{"".join(levels)}]>'
        '<opml><body><outline text="&lol9;" xmlUrl="https://e.org/f"/></body></opml>'
    ).encode()
    started = time.monotonic()
    with pytest.raises(OpmlError) as raised:
        read_opml(data)
    assert raised.value.code == "unsafe"
    assert time.monotonic() - started < 5


def test_external_entity_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("TOP-SECRET")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<opml><body><outline text="&x;" xmlUrl="https://e.org/f"/></body></opml>'
    ).encode()
    with pytest.raises(OpmlError) as raised:
        read_opml(data)
    assert raised.value.code == "unsafe"


def test_write_then_read_round_trips_the_fixtures(fixtures_dir: Path) -> None:
    for key in OPML_KEYS:
        if EXPECTED[key].get("valid_opml") is False:
            continue
        original = read_opml((fixtures_dir / key).read_bytes())
        written = write_opml(original, title="Export")
        again = read_opml_document(written)
        assert again.title == "Export"
        assert sorted(again.subscriptions, key=repr) == sorted(original, key=repr), key


def test_written_opml_is_plain_opml_2() -> None:
    data = write_opml(
        [
            Subscription("https://a.example/feed", "A & B", "https://a.example/", "Veille/Clients"),
            Subscription("https://b.example/rss", "B\x01", categories=("x", "y")),
        ],
        title="Mes sources",
    )
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    text = data.decode()
    assert '<opml version="2.0">' in text and "<title>Mes sources</title>" in text
    assert 'xmlUrl="https://a.example/feed"' in text and "A &amp; B" in text
    assert "\x01" not in text and 'category="x,y"' in text
    assert [s.folder for s in read_opml(data)] == ["Veille/Clients", ""]


_NAME = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/\ufffe\uffff"),
        min_size=1,
        max_size=20,
    )
    .map(lambda text: " ".join(text.split()))
    .filter(bool)
)
_URL = st.from_regex(r"https://[a-z]{1,10}\.example/[a-z0-9/?=&%._-]{0,20}", fullmatch=True)
_SUBSCRIPTION = st.builds(
    Subscription,
    xml_url=_URL,
    title=_NAME,
    html_url=st.one_of(st.just(""), _URL),
    folder=st.lists(_NAME, max_size=3).map("/".join),
    categories=st.lists(_NAME.filter(lambda name: "," not in name), max_size=2).map(tuple),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_SUBSCRIPTION, max_size=8), _NAME)
def test_round_trip_property(subscriptions: list[Subscription], title: str) -> None:
    document = read_opml_document(write_opml(subscriptions, title))
    assert document.title == title
    assert sorted(document.subscriptions, key=repr) == sorted(subscriptions, key=repr)
