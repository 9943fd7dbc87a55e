"""XML entity expansion is refused cheaply (issue 11, point 6): feeds, OPML and bookmark files.

Before the guard, an 872-byte billion-laughs feed cost 0.6 s of CPU here (expat's amplification
cap, then feedparser's loose parser) and 11 s on the tester's machine, and a 29 KB feed holding one
"safe" entity referenced 3,000 times came back with a 60 MB item. Each case must now be refused
(or, for HTML bookmark files, read without expansion) in well under 0.1 s of CPU: a regression to
the old behaviour costs ten times that."""

from __future__ import annotations

import codecs
import time
from collections.abc import Callable

import pytest

from cmtoolbox.core.bookmarks_html import read_bookmark_document
from cmtoolbox.core.feeds import FeedError, parse_feed
from cmtoolbox.core.opml import OpmlError, read_opml
from cmtoolbox.core.xmlguard import declares_entities

CPU_BUDGET_S = 0.1


def laughs(sep: bytes = b"\n") -> bytes:
    """The nested entities of "billion laughs": lol9 expands to 10**9 "lol"."""
    decls = [b'<!ENTITY lol "lol">']
    for level in range(1, 10):
        ref = b"&lol%s;" % (str(level - 1).encode() if level > 1 else b"")
        decls.append(b'<!ENTITY lol%d "%s">' % (level, ref * 10))
    return sep.join(decls)


def rss(decls: bytes, body: bytes = b"&lol9;", root: bytes = b"rss") -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ' + root + b" [\n" + decls + b"\n]>\n"
        b'<rss version="2.0"><channel><title>Veille</title><item><title>Item</title>'
        b"<description>" + body + b"</description></item></channel></rss>"
    )


QUADRATIC = rss(b'<!ENTITY a "' + b"x" * 20000 + b'">', b"&a;" * 3000)
HOSTILE_FEEDS = {
    "billion laughs, one per line": rss(laughs()),
    "billion laughs, one line (slips past feedparser's own filter)": rss(laughs(b"")),
    "quadratic blow-up with a 'safe' entity": QUADRATIC,
    "external entity": rss(b'<!ENTITY secret SYSTEM "file:///etc/passwd">', b"&secret;"),
    "parameter entity": rss(b'<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;', b"x"),
    "after a comment holding markup": rss(b"<!-- <b>bold</b> -->\n" + laughs()),
    "UTF-16 with a byte order mark": codecs.BOM_UTF16_LE + rss(laughs()).decode().encode("utf-16-le"),
    "UTF-8 with a byte order mark": codecs.BOM_UTF8 + rss(laughs()),
    "declared in a prolog expat cannot read": rss(laughs()).replace(b"<!DOCTYPE", b"<!DOCTYPE <", 1),
    "Atom": rss(laughs(), root=b"feed").replace(b"<rss", b"<feed").replace(b"</rss>", b"</feed>"),
}


def cpu(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.process_time()
    try:
        outcome: object = fn()
    except Exception as exc:  # noqa: BLE001 - the outcome is inspected by the test
        outcome = exc
    return time.process_time() - start, outcome


@pytest.mark.parametrize("name", list(HOSTILE_FEEDS))
def test_hostile_feeds_are_refused_before_any_expansion(name: str) -> None:
    spent, outcome = cpu(lambda: parse_feed(HOSTILE_FEEDS[name]))
    assert isinstance(outcome, FeedError) and outcome.code == "unsafe", outcome
    assert spent < CPU_BUDGET_S, f"{spent:.3f} s of CPU"


@pytest.mark.parametrize(
    "document",
    [
        # An article about XML security quoting a declaration: text, not a declaration.
        rss(b"", b"<![CDATA[ <p>Never accept <!ENTITY lol9 ...> from strangers</p> ]]>").replace(
            b"<!DOCTYPE rss [\n\n]>\n", b""
        ),
        # A declaration inside a comment of the prolog declares nothing.
        rss(b"<!-- <!ENTITY lol 'lol'> -->", b"plain"),
        # RSS 0.91 with Netscape's external DTD: never fetched, never refused.
        b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel>'
        b"<title>Veille</title><item><title>Item</title></item></channel></rss>",
    ],
)
def test_feeds_that_only_mention_entities_still_parse(document: bytes) -> None:
    feed = parse_feed(document)
    assert feed.title == "Veille" and len(feed.entries) == 1


def test_the_guard_itself_answers_in_both_directions() -> None:
    assert declares_entities(rss(laughs()))
    assert declares_entities(rss(laughs()).decode())
    assert declares_entities(codecs.BOM_UTF32_LE + rss(laughs()).decode().encode("utf-32-le"))
    assert not declares_entities(b"<rss><channel><title>&amp; &lt;</title></channel></rss>")
    assert not declares_entities("<opml><body/></opml>")


OPML_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE opml [\n' + laughs(b"") + b"\n]>\n"
    b'<opml version="2.0"><head><title>&lol9;</title></head><body>'
    b'<outline text="x" xmlUrl="https://example.com/feed"/></body></opml>'
)


def test_a_hostile_opml_file_is_refused_cheaply() -> None:
    spent, outcome = cpu(lambda: read_opml(OPML_LAUGHS))
    assert isinstance(outcome, OpmlError) and outcome.code == "unsafe", outcome
    assert spent < CPU_BUDGET_S


def test_a_bookmark_file_with_entities_is_read_without_expanding_them() -> None:
    """Bookmark files are HTML, read by html.parser, which never expands DTD entities."""
    page = (
        b"<!DOCTYPE NETSCAPE-Bookmark-file-1 [\n" + laughs() + b"\n]>\n"
        b'<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">\n<TITLE>Bookmarks</TITLE>\n'
        b'<H1>Bookmarks</H1>\n<DL><p>\n<DT><A HREF="https://example.com/">&lol9; &amp; co</A>\n</DL><p>\n'
    )
    spent, outcome = cpu(lambda: read_bookmark_document(page))
    assert spent < CPU_BUDGET_S
    assert not isinstance(outcome, Exception), outcome
    [bookmark] = outcome.bookmarks  # type: ignore[attr-defined]
    assert bookmark.url == "https://example.com/" and len(bookmark.title) < 40
