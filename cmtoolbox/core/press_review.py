"""The weekly "revue de presse": a list of links with a comment each, exported three ways.

* Markdown, for a blog or a note;
* HTML, ready to paste into a newsletter editor (copied as rich text) or to save as a file,
  always passed through `core.sanitize` since comments and titles come from feeds and users;
* a post text for the composer (plain text, one link per entry, optional hashtags).

Every link can carry UTM campaign parameters (`core.urls.add_utm`) so the client's analytics
see the traffic the review sends. The labels ("Source", dates) exist in French and English: the
review is written for the client's audience, whose language need not be the UI's.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

import markdown

from cmtoolbox.core.feeds import fallback_title
from cmtoolbox.core.sanitize import sanitize_html
from cmtoolbox.core.urls import add_utm

__all__ = [
    "LABELS",
    "Labels",
    "Review",
    "ReviewLink",
    "UtmTag",
    "default_title",
    "format_date",
    "html_document",
    "period_text",
    "plain_text",
    "tag_link",
    "to_html",
    "to_markdown",
    "to_post_text",
    "week_bounds",
]

_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_WHITESPACE = re.compile(r"[ \t\r\n\f\v]+")  # not \s: no-break spaces are typography, kept
NBSP = "\u00a0"


@dataclass(frozen=True)
class Labels:
    """The words of an export in one language."""

    language: str
    title: str  # "Revue de presse — semaine du %s"
    source: str  # "Source"
    colon: str  # " :" with a no-break space in French, ":" in English
    period_same_month: str  # "Du %1 au %2" where %1 is the day only
    period: str
    months: tuple[str, ...]
    read_more: str


LABELS: dict[str, Labels] = {
    "fr": Labels(
        language="fr",
        title="Revue de presse — semaine du %s",
        source="Source",
        colon=f"{NBSP}:",
        period_same_month="Du %1 au %2",
        period="Du %1 au %2",
        months=_MONTHS_FR,
        read_more="Lire l’article",
    ),
    "en": Labels(
        language="en",
        title="Press review — week of %s",
        source="Source",
        colon=":",
        period_same_month="From %1 to %2",
        period="From %1 to %2",
        months=_MONTHS_EN,
        read_more="Read the article",
    ),
}


@dataclass(frozen=True)
class UtmTag:
    """Campaign parameters added to every http(s) link of an export (empty values left out)."""

    source: str
    medium: str
    campaign: str
    content: str | None = None


@dataclass(frozen=True)
class ReviewLink:
    """One entry: the article (title, link, where it comes from) and the CM's comment.

    `comment` is Markdown (bold, lists, links), written by the CM; `excerpt` is plain text.
    """

    title: str
    url: str
    source: str = ""
    published: date | None = None
    comment: str = ""
    excerpt: str = ""


@dataclass(frozen=True)
class Review:
    title: str
    entries: tuple[ReviewLink, ...] = field(default_factory=tuple)
    intro: str = ""
    period_start: date | None = None
    period_end: date | None = None


def _labels(language: str) -> Labels:
    return LABELS.get(language, LABELS["fr"])


def week_bounds(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week holding `day` (weeks start on Monday in France)."""
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def format_date(day: date | datetime, language: str = "fr") -> str:
    """ "17 novembre 2026" / "17 November 2026"; "1er" for the first day in French."""
    labels = _labels(language)
    number = "1er" if day.day == 1 and labels.language == "fr" else str(day.day)
    return f"{number} {labels.months[day.month - 1]} {day.year}"


def default_title(day: date, language: str = "fr") -> str:
    start, _ = week_bounds(day)
    return _labels(language).title % format_date(start, language)


def period_text(start: date | None, end: date | None, language: str = "fr") -> str:
    """ "Du 17 au 23 novembre 2026" (a shared month and year are written once)."""
    if start is None or end is None:
        return ""
    labels = _labels(language)
    if (start.year, start.month) == (end.year, end.month):
        first = "1er" if start.day == 1 and labels.language == "fr" else str(start.day)
        template = labels.period_same_month
    else:
        first = format_date(start, language) if start.year != end.year else _day_month(start, labels)
        template = labels.period
    return template.replace("%1", first).replace("%2", format_date(end, language))


def _day_month(day: date, labels: Labels) -> str:
    number = "1er" if day.day == 1 and labels.language == "fr" else str(day.day)
    return f"{number} {labels.months[day.month - 1]}"


def tag_link(url: str, utm: UtmTag | None) -> str:
    """`url` with the campaign parameters when it is a web address; other links unchanged."""
    if utm is None or not _is_web(url):
        return url
    return add_utm(url, utm.source, utm.medium, utm.campaign, content=utm.content)


def _is_web(url: str) -> bool:
    try:
        return urlsplit(url).scheme.lower() in ("http", "https")
    except ValueError:
        return False


def _byline(entry: ReviewLink, labels: Labels, language: str) -> str:
    parts = []
    if entry.source:
        parts.append(f"{labels.source}{labels.colon} {entry.source}")
    if entry.published:
        parts.append(format_date(entry.published, language))
    return ", ".join(parts)


# -- Markdown -------------------------------------------------------------------------------------
def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", _WHITESPACE.sub(" ", text).strip())


def _md_url(url: str) -> str:
    """A link destination that Markdown reads back whole (spaces and parentheses encoded)."""
    return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")


def to_markdown(review: Review, *, language: str = "fr", utm: UtmTag | None = None) -> str:
    labels = _labels(language)
    lines = [f"# {_md_escape(review.title)}", ""]
    period = period_text(review.period_start, review.period_end, language)
    if period:
        lines += [f"*{period}*", ""]
    if review.intro.strip():
        lines += [review.intro.strip(), ""]
    for number, entry in enumerate(review.entries, 1):
        title = _md_escape(entry.title) or _md_escape(entry.url)
        if entry.url:
            lines.append(f"## {number}. [{title}]({_md_url(tag_link(entry.url, utm))})")
        else:
            lines.append(f"## {number}. {title}")
        lines.append("")
        byline = _byline(entry, labels, language)
        if byline:
            lines += [f"*{_md_escape(byline)}*", ""]
        # The article's own words, then why it matters: a comment never hides the excerpt.
        if entry.excerpt.strip():
            lines += [f"> {_md_escape(entry.excerpt)}", ""]
        if entry.comment.strip():
            lines += [entry.comment.strip(), ""]
    return "\n".join(lines).rstrip() + "\n"


# -- HTML -------------------------------------------------------------------------------------------
def _markdown_html(text: str) -> str:
    return markdown.markdown(text, extensions=["sane_lists"], output_format="html")


def to_html(review: Review, *, language: str = "fr", utm: UtmTag | None = None) -> str:
    """A sanitised HTML fragment (no <html>/<body>): what a newsletter editor accepts on paste."""
    labels = _labels(language)
    parts = [f"<h2>{html.escape(review.title)}</h2>"]
    period = period_text(review.period_start, review.period_end, language)
    if period:
        parts.append(f"<p><em>{html.escape(period)}</em></p>")
    if review.intro.strip():
        parts.append(_markdown_html(review.intro.strip()))
    for entry in review.entries:
        title = html.escape(entry.title or entry.url)
        if entry.url:
            link = html.escape(tag_link(entry.url, utm), quote=True)
            parts.append(f'<h3><a href="{link}">{title}</a></h3>')
        else:
            parts.append(f"<h3>{title}</h3>")
        byline = _byline(entry, labels, language)
        if byline:
            parts.append(f"<p><em>{html.escape(byline)}</em></p>")
        if entry.excerpt.strip():
            parts.append(f"<blockquote><p>{html.escape(entry.excerpt.strip())}</p></blockquote>")
        if entry.comment.strip():
            parts.append(_markdown_html(entry.comment.strip()))
    return sanitize_html("\n".join(parts))


def html_document(review: Review, *, language: str = "fr", utm: UtmTag | None = None) -> str:
    """A standalone HTML file (UTF-8) around `to_html`, for "Save as HTML"."""
    body = to_html(review, language=language, utm=utm)
    title = html.escape(review.title)
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


# -- post text --------------------------------------------------------------------------------------
def plain_text(markdown_text: str) -> str:
    """Markdown as one line of plain text (formatting dropped), for a social post."""
    if not markdown_text.strip():
        return ""
    return fallback_title(_markdown_html(markdown_text), max_chars=10_000)


def to_post_text(
    review: Review,
    *,
    language: str = "fr",
    utm: UtmTag | None = None,
    hashtags: tuple[str, ...] = (),
) -> str:
    """Plain text for the post composer: title, intro, numbered entries with comment and link
    (sources sit in parentheses, so the post needs no labels)."""
    lines = [f"📰 {review.title}", ""]
    intro = plain_text(review.intro)
    if intro:
        lines += [intro, ""]
    for number, entry in enumerate(review.entries, 1):
        heading = f"{number}. {' '.join(entry.title.split()) or entry.url}"
        if entry.source:
            heading += f" ({entry.source})"
        lines.append(heading)
        comment = plain_text(entry.comment)
        if comment:
            lines.append(comment)
        if entry.url:
            lines.append(f"👉 {tag_link(entry.url, utm).replace(' ', '%20')}")  # a space would cut the link
        lines.append("")
    tags = " ".join(tag if tag.startswith("#") else f"#{tag}" for tag in hashtags if tag.strip())
    if tags:
        lines.append(tags)
    return "\n".join(lines).rstrip() + "\n"
