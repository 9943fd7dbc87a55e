"""Exports of the revue de presse: Markdown, sanitised HTML, post text, dates and UTM tags."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import markdown

from cmtoolbox.core.press_review import (
    Review,
    ReviewLink,
    UtmTag,
    default_title,
    format_date,
    html_document,
    period_text,
    plain_text,
    tag_link,
    to_html,
    to_markdown,
    to_post_text,
    week_bounds,
)

REVIEW = Review(
    title="Revue de presse — semaine du 16 novembre 2026",
    intro="Notre sélection *gourmande* de la semaine.",
    period_start=date(2026, 11, 16),
    period_end=date(2026, 11, 22),
    entries=(
        ReviewLink(
            title="Galette des rois : la [pistache] s’impose",
            url="https://actu.example/galette?id=1",
            source="Actu Boulangerie",
            published=date(2026, 11, 20),
            comment="À relayer en **story**.",
        ),
        ReviewLink(
            title="Un titre <script>alert(1)</script> piégé",
            url="https://evil.example/a (b)",
            source="Le Fournil",
            comment='<img src="https://track.example/p.gif" width="1" height="1">'
            '<a href="javascript:x">clic</a>',
        ),
        ReviewLink(title="Sans commentaire", url="https://c.example/", excerpt="Un extrait du texte."),
    ),
)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs += [value or "" for name, value in attrs if name == "href"]


def test_dates_and_titles_in_french_and_english() -> None:
    assert format_date(date(2026, 12, 1)) == "1er décembre 2026"
    assert format_date(date(2026, 12, 1), "en") == "1 December 2026"
    assert week_bounds(date(2026, 11, 21)) == (date(2026, 11, 16), date(2026, 11, 22))
    assert default_title(date(2026, 11, 21)) == "Revue de presse — semaine du 16 novembre 2026"
    assert default_title(date(2026, 11, 21), "en") == "Press review — week of 16 November 2026"
    assert period_text(date(2026, 11, 16), date(2026, 11, 22)) == "Du 16 au 22 novembre 2026"
    assert period_text(date(2026, 11, 30), date(2026, 12, 6)) == "Du 30 novembre au 6 décembre 2026"
    assert period_text(date(2026, 12, 28), date(2027, 1, 3)) == "Du 28 décembre 2026 au 3 janvier 2027"
    assert period_text(None, None) == ""


def test_markdown_keeps_order_links_sources_and_comments() -> None:
    text = to_markdown(REVIEW)
    assert text.startswith("# Revue de presse — semaine du 16 novembre 2026\n")
    assert "*Du 16 au 22 novembre 2026*" in text
    first = text.index(
        "## 1. [Galette des rois : la \\[pistache\\] s’impose](https://actu.example/galette?id=1)"
    )
    second = text.index("## 2. ")
    third = text.index("## 3. [Sans commentaire](https://c.example/)")
    assert first < second < third
    assert "*Source\u00a0: Actu Boulangerie, 20 novembre 2026*" in text
    assert "À relayer en **story**." in text
    assert "> Un extrait du texte." in text
    # The Markdown reads back to the same links (escaped title, encoded spaces and parentheses).
    parser = _Links()
    parser.feed(markdown.markdown(text))
    assert parser.hrefs[:2] == ["https://actu.example/galette?id=1", "https://evil.example/a%20%28b%29"]


def test_html_is_sanitised_and_keeps_the_source_and_link() -> None:
    out = to_html(REVIEW)
    assert "<h2>Revue de presse — semaine du 16 novembre 2026</h2>" in out
    assert '<a href="https://actu.example/galette?id=1" rel="noopener noreferrer">' in out
    assert "Source&nbsp;: Actu Boulangerie, 20 novembre 2026" in out
    assert "<strong>story</strong>" in out and "<em>gourmande</em>" in out
    assert "<script>" not in out and "javascript:" not in out and "track.example" not in out
    assert "&lt;script&gt;" in out  # a title is text, shown as written
    parser = _Links()
    parser.feed(out)
    assert parser.tags <= {"h2", "h3", "p", "em", "strong", "a", "blockquote"}
    document = html_document(REVIEW)
    assert document.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in document and out in document


def test_utm_tags_every_web_link_of_every_format() -> None:
    utm = UtmTag("newsletter", "email", "revue-2026-47")
    tagged = tag_link("https://actu.example/galette?id=1#x", utm)
    assert (
        tagged
        == "https://actu.example/galette?id=1&utm_source=newsletter&utm_medium=email&utm_campaign=revue-2026-47#x"
    )
    assert tag_link("mailto:a@b.example", utm) == "mailto:a@b.example"
    for text in (to_markdown(REVIEW, utm=utm), to_html(REVIEW, utm=utm), to_post_text(REVIEW, utm=utm)):
        assert text.count("utm_campaign=revue-2026-47") == 3


def test_post_text_is_plain_and_numbered() -> None:
    post = to_post_text(REVIEW, hashtags=("BoulangerieMartin", "#Lyon"))
    lines = post.splitlines()
    assert lines[0] == "📰 Revue de presse — semaine du 16 novembre 2026"
    assert "Notre sélection gourmande de la semaine." in lines
    assert "1. Galette des rois : la [pistache] s’impose (Actu Boulangerie)" in lines
    assert "À relayer en story." in lines
    assert "👉 https://actu.example/galette?id=1" in lines
    assert lines[-1] == "#BoulangerieMartin #Lyon"
    assert "**" not in post and "clic" in post  # Markdown and HTML of comments become plain text
    assert "👉 https://evil.example/a%20(b)" in lines
    assert plain_text("") == ""
