"""The proof ("BAT", bon à tirer) a client approves: selected drafts as one self-contained HTML file.

A CM sends the client what will go out, drawn as each network will show it, and the client answers
on paper or by mail: no server, no login. So the file must stand alone: styles inline, pictures
embedded as reduced JPEG data URIs, nothing fetched from anywhere (a proof opened in a mail client
must not call home, and must look the same offline in a year).

The same HTML feeds the PDF: the GUI lays it out with QTextDocument, which knows a subset of HTML 4
and CSS 2. Hence the layout is made of tables with `width` attributes, colours, borders and
`page-break-before`, which both a browser and QTextDocument understand; the extras only a browser
knows (rounded corners, a narrower phone-like card) are ignored by Qt without harm. `printable=True`
leaves out the few rules that Qt would misread and sizes pictures for an A4 page.

Fixed words come translated from the GUI (`BatLabels`, filled with `self.tr`): this module cannot use
Qt's translation. Dates are written here in French or English (the languages the app ships), from
the zone each post was planned in: the client reads "jeudi 4 décembre 2026, 09:00" for a post
planned at 09:00 Paris time, whatever the CM's machine says.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from cmtoolbox.core.counters import COUNTERS, count
from cmtoolbox.core.media import KIND_GIF, KIND_IMAGE, KIND_VIDEO, sniff_file
from cmtoolbox.core.networks import display_handle, network
from cmtoolbox.core.schedule import PlannedTime
from cmtoolbox.core.spell_tokens import TokenKind, tokenize

__all__ = [
    "BatLabels",
    "Proof",
    "ProofDraft",
    "ProofMedia",
    "ProofVariant",
    "format_day",
    "format_planned",
    "render_html",
    "render_sections",
    "thumbnail_uri",
]

THUMBNAIL_SIDE = 720
"""Longest side of an embedded picture, in pixels: sharp on an A4 page, light in a mail."""
THUMBNAIL_QUALITY = 80
MAX_DECODE_PIXELS = 250_000_000
"""A library file was checked when imported; this guards against a file swapped on disk since."""


# -- what the proof shows ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ProofMedia:
    """A library item attached to a post: its file (or the library's thumbnail for a video)."""

    kind: str  # core.media KINDS
    title: str
    alt_text: str = ""
    path: Path | None = None  # the content file
    thumbnail: Path | None = None  # the library's thumbnail (videos: their first frame)


@dataclass(frozen=True)
class ProofVariant:
    """One network's post: its text, cut into the posts of a thread where the network threads."""

    network: str
    text: str
    posts: tuple[str, ...] = ()  # as posted; empty: the text as one post
    media: tuple[ProofMedia, ...] = ()
    account_name: str = ""  # the account's display name, else the client's name
    account_handle: str = ""
    limit: int | None = None  # the account's own limit (X Premium, a Mastodon server)


@dataclass(frozen=True)
class ProofDraft:
    id: int
    title: str
    status: str
    planned: PlannedTime | None
    variants: tuple[ProofVariant, ...]
    body: str = ""  # the master text, shown when the draft targets no network yet
    client_name: str = ""


@dataclass(frozen=True)
class Proof:
    client_name: str
    drafts: tuple[ProofDraft, ...]
    made_on: date
    cm_name: str = ""
    zone: str | None = None  # the CM's zone: a post planned in another zone says which


@dataclass(frozen=True)
class BatLabels:
    """The fixed words of a proof, translated by the GUI. `%1`, `%2` are filled in here."""

    document_title: str = "Proof for approval"
    intro: str = (
        "Each post is shown as it will appear on its network. Please read them, tick your answer "
        "in the box under each post and add your comments."
    )
    prepared_by: str = "Prepared by %1"
    made_on: str = "Sent on %1"
    posts_heading: str = "Posts in this proof"
    column_post: str = "Post"
    column_when: str = "Planned"
    column_networks: str = "Networks"
    column_status: str = "Status"
    not_planned: str = "Not planned yet"
    planned: str = "Planned for %1"
    zone: str = "%1 (%2 time)"
    status: str = "Status: %1"
    networks: str = "Networks: %1"
    see_more: str = "… see more"
    after_fold: str = "Shown after “see more”:"
    thread: str = "Thread of %1 posts"
    no_text: str = "(no text)"
    master: str = "Text"
    video: str = "Video"
    gif: str = "GIF"
    pdf: str = "PDF document"
    document: str = "Document"
    missing_media: str = "Picture missing from the library"
    answer_heading: str = "Your answer"
    approved: str = "Approved"
    changes_requested: str = "Changes requested"
    comments: str = "Comments:"
    signature: str = "Name and date:"
    statuses: Mapping[str, str] = field(
        default_factory=lambda: {
            "idea": "Idea",
            "draft": "Draft",
            "to_approve": "To approve",
            "approved": "Approved",
            "scheduled": "Scheduled",
            "published": "Published",
            "archived": "Archived",
        }
    )


# -- dates --------------------------------------------------------------------------------------------
_DAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
}  # fmt: skip


def _language(language: str) -> str:
    return "fr" if language.lower().startswith("fr") else "en"


def format_day(day: date, language: str, *, weekday: bool = True) -> str:
    """The day in words: "jeudi 1er octobre 2026" / "Thursday 1 October 2026"."""
    lang = _language(language)
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    text = f"{number} {_MONTHS[lang][day.month - 1]} {day.year}"
    return f"{_DAYS[lang][day.weekday()]} {text}" if weekday else text


def format_planned(planned: PlannedTime, language: str) -> str:
    """The wall-clock time the post goes out, in the zone it was planned in."""
    local: datetime = planned.local
    return f"{format_day(local.date(), language)}, {local:%H:%M}"


# -- pictures -------------------------------------------------------------------------------------------
def thumbnail_uri(path: Path, side: int = THUMBNAIL_SIDE) -> str | None:
    """A reduced JPEG of the picture at `path` as a data URI (transparency on white), or None when
    the file is missing or unreadable: the proof then says so instead of failing."""
    try:
        file_type = sniff_file(path)
        if file_type is None or not file_type.pil_format:
            return None
        with Image.open(path, formats=[file_type.pil_format]) as image:
            if image.size[0] * image.size[1] > MAX_DECODE_PIXELS:
                return None
            if image.format == "JPEG":
                image.draft("RGB", (side, side))  # decode at 1/2..1/8 scale: much faster
            picture = ImageOps.exif_transpose(image) or image
            if picture.mode in ("P", "PA", "LA", "RGBA", "1", "L", "I;16", "I", "F"):
                picture = picture.convert("RGBA")
                flat = Image.new("RGB", picture.size, "white")
                flat.paste(picture, mask=picture.getchannel("A"))
                picture = flat
            elif picture.mode != "RGB":
                picture = picture.convert("RGB")
            picture.thumbnail((side, side), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            picture.save(out, "JPEG", quality=THUMBNAIL_QUALITY, optimize=True, progressive=True)
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    return "data:image/jpeg;base64," + base64.b64encode(out.getvalue()).decode("ascii")


# -- looks of the networks -----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Look:
    brand: str  # the network's colour: the band over the card, the avatar
    link: str  # hashtags, mentions and links
    media_first: bool = False  # Instagram shows the picture above the caption
    name_in_text: bool = False  # Instagram starts the caption with the account's name
    links: bool = True  # Instagram and TikTok show addresses in a caption as plain text


_LOOKS: dict[str, _Look] = {
    "instagram": _Look("#C13584", "#00376B", media_first=True, name_in_text=True, links=False),
    "facebook": _Look("#1877F2", "#385898"),
    "linkedin": _Look("#0A66C2", "#0A66C2"),
    "x": _Look("#0F1419", "#1D9BF0"),
    "threads": _Look("#101010", "#0095F6"),
    "bluesky": _Look("#1185FE", "#1185FE"),
    "mastodon": _Look("#6364FF", "#563ACC"),
    "tiktok": _Look("#EE1D52", "#2B5DB9", media_first=True, links=False),
    "youtube": _Look("#FF0000", "#065FD4", media_first=True),
    "pinterest": _Look("#E60023", "#111111", media_first=True),
}
_DEFAULT_LOOK = _Look("#5F6B7A", "#1F5FA8")

_STYLE = """
body { font-family: 'Segoe UI', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif; color: #1c1e21;
  font-size: 10.5pt; background-color: #ffffff; }
h1 { font-size: 22pt; margin-bottom: 4px; color: #1c1e21; }
h2 { font-size: 15pt; margin-top: 0px; margin-bottom: 2px; color: #1c1e21; }
.subtitle { font-size: 14pt; color: #444950; margin-top: 0px; }
.muted { color: #65676b; }
.small { font-size: 9pt; }
.meta { color: #444950; margin-top: 2px; margin-bottom: 12px; }
table.list { border-collapse: collapse; margin-top: 8px; }
table.list th { background-color: #f0f2f5; text-align: left; font-weight: bold; }
table.list td, table.list th { border: 1px solid #ccd0d5; padding: 5px; }
table.card { border: 1px solid #ccd0d5; border-collapse: collapse; margin-bottom: 12px; }
td.cell { padding-right: 6px; padding-left: 6px; }
td.band { color: #ffffff; font-weight: bold; font-size: 9pt; padding: 4px 10px; }
td.post { padding: 10px 12px; }
td.avatar { color: #ffffff; font-weight: bold; font-size: 13pt; text-align: center; }
.name { font-weight: bold; }
.handle { color: #65676b; font-size: 9pt; }
p.text { margin-top: 8px; margin-bottom: 8px; line-height: 135%; }
.fold { color: #65676b; font-weight: bold; }
.hidden { color: #8a8d91; }
.after { color: #8a8d91; font-size: 8.5pt; font-style: italic; margin-top: 6px; margin-bottom: 0px; }
td.media { padding: 2px; background-color: #f0f2f5; color: #444950; font-size: 9pt; text-align: center; }
td.sep { border-top: 1px solid #e4e6eb; }
table.answer { border: 1px solid #444950; border-collapse: collapse; margin-top: 6px; }
table.answer td { border: 1px solid #444950; padding: 8px; }
.box { font-size: 13pt; }
"""

_PRINT_STYLE = """
td.avatar { padding-top: 4px; padding-bottom: 4px; }
"""

_BROWSER_STYLE = """
body { max-width: 760px; margin: 24px auto; padding: 0 16px; }
table.card { border-collapse: separate; border-spacing: 0; border-radius: 10px; overflow: hidden; }
td.avatar { border-radius: 50%; }
td.media img { display: block; width: 100%; height: auto; }
div.draft { margin-top: 48px; padding-top: 24px; border-top: 2px solid #ccd0d5; }
@media print {
  body { margin: 0; max-width: none; }
  div.draft { break-before: page; border-top: none; margin-top: 0; }
  table.card, table.answer { break-inside: avoid; }
}
"""


# -- rendering --------------------------------------------------------------------------------------
def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _fill(text: str, *values: str) -> str:
    """Like the GUI's `fill`: values replace %1, %2 (highest first); values are HTML already."""
    out = _esc(text)
    for index in range(len(values), 0, -1):
        out = out.replace(f"%{index}", values[index - 1])
    return out


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\u2028", "\n").replace("\n", "<br>")


_STYLED = {TokenKind.URL: "link", TokenKind.MENTION: "mention", TokenKind.HASHTAG: "hashtag"}


def _styled_text(text: str, link_colour: str, *, links: bool = True) -> str:
    """Escaped text with hashtags, mentions and links coloured as the network shows them (spans,
    not live links: nothing in the proof is followed or fetched). `links`: whether the network
    turns addresses into links."""
    out: list[str] = []
    position = 0
    for token in tokenize(text):
        kind = _STYLED.get(token.kind)
        if kind is None or (kind == "link" and not links):
            continue
        out.append(_lines(_esc(text[position : token.start])))
        word = _esc(text[token.start : token.end])
        out.append(f'<span class="{kind}" style="color:{link_colour}">{word}</span>')
        position = token.end
    out.append(_lines(_esc(text[position:])))
    return "".join(out)


class _Renderer:
    def __init__(self, proof: Proof, labels: BatLabels, language: str, printable: bool) -> None:
        self.proof = proof
        self.labels = labels
        self.language = _language(language)
        self.printable = printable
        self._pictures: dict[Path, str | None] = {}

    # -- pieces -----------------------------------------------------------------------------------
    def picture(self, path: Path | None) -> str | None:
        if path is None:
            return None
        if path not in self._pictures:
            self._pictures[path] = thumbnail_uri(path)
        return self._pictures[path]

    def when(self, draft: ProofDraft) -> str:
        if draft.planned is None:
            return _esc(self.labels.not_planned)
        text = _esc(format_planned(draft.planned, self.language))
        if self.proof.zone and draft.planned.zone != self.proof.zone:
            city = draft.planned.zone.rsplit("/", 1)[-1].replace("_", " ")
            text = _fill(self.labels.zone, text, _esc(city))
        return text

    def status(self, status: str) -> str:
        return _esc(self.labels.statuses.get(status, status))

    def media_cell(self, item: ProofMedia, width: int) -> str:
        """A picture as posted (reduced), or a labelled box for what a proof cannot show (a video
        without a thumbnail, a document, a file gone from the library)."""
        kind = item.kind
        uri = self.picture(item.path if kind in (KIND_IMAGE, KIND_GIF) else item.thumbnail)
        captions = {
            KIND_VIDEO: "▶ " + self.labels.video,
            KIND_GIF: self.labels.gif,
            "pdf": self.labels.pdf,
            "document": self.labels.document,
        }
        caption = captions.get(kind, "")
        if uri is None and kind in (KIND_IMAGE, KIND_GIF):
            caption = self.labels.missing_media
        parts: list[str] = []
        if uri is not None:
            parts.append(f'<img src="{uri}" width="{width}" alt="{_esc(item.alt_text or item.title)}">')
        if caption:
            text = _esc(caption) + (f" · {_esc(item.title)}" if item.title else "")
            parts.append(f"<br>{text}" if uri is not None else f"<br>{text}<br>&nbsp;")
        return f'<td class="media" align="center" valign="middle">{"".join(parts)}</td>'

    def media_row(self, media: Sequence[ProofMedia]) -> str:
        if not media:
            return ""
        full = 232 if self.printable else 330
        per_row = 1 if len(media) == 1 else 2 if len(media) in (2, 4) else 3
        width = (full - 4 * per_row) // per_row
        rows = []
        for start in range(0, len(media), per_row):
            cells = "".join(self.media_cell(m, width) for m in media[start : start + per_row])
            rows.append(f"<tr>{cells}</tr>")
        return f'<table width="100%" cellspacing="2" cellpadding="0">{"".join(rows)}</table>'

    def who(self, look: _Look, name: str, handle: str) -> str:
        initial = next((c for c in name if c.isalnum()), "?").upper()
        handle_html = f'<br><span class="handle">{_esc(handle)}</span>' if handle else ""
        return (
            '<table cellspacing="0" cellpadding="0"><tr>'
            f'<td class="avatar" width="34" height="34" align="center" valign="middle" '
            f'style="background-color:{look.brand}">{_esc(initial)}</td>'
            f'<td width="8"></td><td valign="middle"><span class="name">{_esc(name)}</span>{handle_html}</td>'
            "</tr></table>"
        )

    def folded_text(self, variant: ProofVariant, text: str, look: _Look, lead: str = "") -> str:
        """The caption with the network's "see more" cut: the part the feed shows, the marker,
        then the rest, dimmed, since the client approves all of it."""
        if not text.strip():
            return f'<p class="text muted">{lead}{_esc(self.labels.no_text)}</p>'
        rule = COUNTERS.get(variant.network)
        cut = None
        if rule is not None and rule.fold_at is not None:
            cut = count(variant.network, text, limit=variant.limit).fold_at
        if cut is None:
            return f'<p class="text">{lead}{_styled_text(text, look.link, links=look.links)}</p>'
        visible, hidden = text[:cut].rstrip(), text[cut:].lstrip()
        return (
            f'<p class="text">{lead}{_styled_text(visible, look.link, links=look.links)}'
            f'<span class="fold">{_esc(self.labels.see_more)}</span></p>'
            f'<p class="after">{_esc(self.labels.after_fold)}</p>'
            f'<p class="text hidden">{_styled_text(hidden, "#8a8d91", links=look.links)}</p>'
        )

    def card(self, variant: ProofVariant, fallback_name: str) -> str:
        entry = network(variant.network)
        look = _LOOKS.get(variant.network, _DEFAULT_LOOK)
        name = variant.account_name or fallback_name
        handle = display_handle(variant.network, variant.account_handle) if variant.account_handle else ""
        posts = list(variant.posts) or [variant.text]
        band = _esc(entry.name)
        if len(posts) > 1:
            band += " · " + _fill(self.labels.thread, str(len(posts)))
        rows = [f'<tr><td class="band" style="background-color:{look.brand}">{band}</td></tr>']
        for index, post in enumerate(posts):
            media = self.media_row(variant.media) if index == 0 else ""
            lead = ""
            if look.name_in_text:
                lead = f'<span class="name">{_esc(handle.lstrip("@") or name)}</span> '
            text = self.folded_text(variant, post, look, lead)
            body = self.who(look, name, handle)
            body += f"{media}{text}" if look.media_first else f"{text}{media}"
            cell = "post sep" if index else "post"
            rows.append(f'<tr><td class="{cell}">{body}</td></tr>')
        return f'<table class="card" width="100%" cellspacing="0" cellpadding="0">{"".join(rows)}</table>'

    def master_card(self, body: str) -> str:
        """A draft that targets no network yet: its master text, on a neutral card."""
        look = _DEFAULT_LOOK
        text = self.folded_text(ProofVariant("other", body), body, look)
        return (
            '<table class="card" width="100%" cellspacing="0" cellpadding="0">'
            f'<tr><td class="band" style="background-color:{look.brand}">{_esc(self.labels.master)}</td></tr>'
            f'<tr><td class="post">{text}</td></tr></table>'
        )

    def grid(self, cards: Sequence[str]) -> str:
        """Cards two by two, as a proof on paper shows them: a post per network, side by side.
        One table per pair, so that the PDF can move a pair whole to the next page."""
        rows = []
        for start in range(0, len(cards), 2):
            pair = list(cards[start : start + 2]) + [""] * (2 - len(cards[start : start + 2]))
            cells = "".join(f'<td class="cell" width="50%" valign="top">{card}</td>' for card in pair)
            rows.append(
                f'<table class="grid" width="100%" cellspacing="0" cellpadding="0"><tr>{cells}</tr></table>'
            )
        return "".join(rows)

    def answer_box(self) -> str:
        labels = self.labels
        box = '<span class="box">☐</span>'
        return (
            '<table class="answer" width="100%" cellspacing="0" cellpadding="8">'
            f"<tr><td><b>{_esc(labels.answer_heading)}</b>&nbsp;&nbsp;&nbsp; {box} {_esc(labels.approved)}"
            f"&nbsp;&nbsp;&nbsp; {box} {_esc(labels.changes_requested)}</td></tr>"
            f'<tr><td height="110" valign="top">{_esc(labels.comments)}<br><br><br><br><br></td></tr>'
            f"<tr><td>{_esc(labels.signature)}</td></tr>"
            "</table>"
        )

    # -- sections ---------------------------------------------------------------------------------
    def cover(self) -> str:
        labels, proof = self.labels, self.proof
        parts = [
            f"<h1>{_esc(labels.document_title)}</h1>",
            f'<p class="subtitle">{_esc(proof.client_name)}</p>',
        ]
        meta = [_fill(labels.made_on, _esc(format_day(proof.made_on, self.language, weekday=False)))]
        if proof.cm_name.strip():
            meta.append(_fill(labels.prepared_by, _esc(proof.cm_name.strip())))
        parts.append(f'<p class="meta">{"<br>".join(meta)}</p>')
        parts.append(f"<p>{_esc(labels.intro)}</p>")
        parts.append(f"<h2>{_esc(labels.posts_heading)}</h2>")
        head = "".join(
            f"<th>{_esc(t)}</th>"
            for t in (
                "#",
                labels.column_post,
                labels.column_when,
                labels.column_networks,
                labels.column_status,
            )
        )
        rows = [f"<tr>{head}</tr>"]
        for number, draft in enumerate(proof.drafts, start=1):
            names = ", ".join(network(v.network).name for v in draft.variants)
            rows.append(
                f"<tr><td>{number}</td><td>{_esc(draft.title)}</td><td>{self.when(draft)}</td>"
                f"<td>{_esc(names)}</td><td>{self.status(draft.status)}</td></tr>"
            )
        parts.append(
            f'<table class="list" width="100%" cellspacing="0" cellpadding="5">{"".join(rows)}</table>'
        )
        return "".join(parts)

    def draft(self, number: int, draft: ProofDraft, *, new_page: bool = True) -> str:
        labels = self.labels
        names = ", ".join(network(v.network).name for v in draft.variants)
        meta = [_fill(labels.planned, self.when(draft)) if draft.planned else self.when(draft)]
        meta.append(_fill(labels.status, self.status(draft.status)))
        if names:
            meta.append(_fill(labels.networks, _esc(names)))
        parts = [
            f"<h2>{number}. {_esc(draft.title)}</h2>",
            f'<p class="meta">{" · ".join(meta)}</p>',
        ]
        fallback = draft.client_name or self.proof.client_name
        if draft.variants:
            parts.append(self.grid([self.card(v, fallback) for v in draft.variants]))
        else:
            parts.append(self.master_card(draft.body))
        parts.append(self.answer_box())
        breaks = ' style="page-break-before: always"' if new_page else ""
        return f'<div class="draft" id="draft-{draft.id}"{breaks}>{"".join(parts)}</div>'

    def wrap(self, body: str) -> str:
        style = _STYLE + (_PRINT_STYLE if self.printable else _BROWSER_STYLE)
        title = f"{self.labels.document_title} · {self.proof.client_name}"
        return (
            f'<!DOCTYPE html>\n<html lang="{self.language}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "img-src data:; style-src 'unsafe-inline'\">"
            f"<title>{_esc(title)}</title><style>{style}</style></head>"
            f"<body>{body}</body></html>\n"
        )

    def document(self) -> str:
        drafts = enumerate(self.proof.drafts, start=1)
        return self.wrap(self.cover() + "".join(self.draft(n, d) for n, d in drafts))

    def sections(self) -> list[str]:
        drafts = enumerate(self.proof.drafts, start=1)
        return [self.wrap(self.cover())] + [self.wrap(self.draft(n, d, new_page=False)) for n, d in drafts]


def render_html(
    proof: Proof, labels: BatLabels | None = None, *, language: str = "fr", printable: bool = False
) -> str:
    """The proof as one HTML document that needs nothing else (pictures embedded).

    `printable`: the variant QTextDocument lays out (A4-sized pictures, no browser-only rules).
    Decodes and shrinks pictures: run it off the UI thread.
    """
    return _Renderer(proof, labels or BatLabels(), language, printable).document()


def render_sections(proof: Proof, labels: BatLabels | None = None, *, language: str = "fr") -> list[str]:
    """The printable proof as separate documents, each starting a page: the cover, then one per
    draft. The PDF lays each out on its own, so moving a card to the next page re-lays out one
    draft, not the whole proof (a 60-post proof stays quick)."""
    return _Renderer(proof, labels or BatLabels(), language, printable=True).sections()
