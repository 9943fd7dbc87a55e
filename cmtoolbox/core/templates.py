"""Note templates shipped with the app (client brief, editorial and moderation charters...).

Each template is a Markdown file under `resources/templates/<lang>/<id>.md`, opened by a small
header between `---` lines (`id`, `title`, `description`, `note_title`, `order`). Only this
flat `key: value` form is read: the header is ours, and a YAML parser would be one more runtime
dependency for five keys.

Placeholders are `{{client}}`, `{{date}}` (the long local date), `{{month}}` ("novembre 2026")
and `{{year}}`. Unknown placeholders stay as typed, so a user's own `{{...}}` is never lost.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cmtoolbox.paths import resource_path

TEMPLATE_LANGS = ("fr", "en")
DEFAULT_LANG = "en"
PLACEHOLDERS = ("client", "date", "month", "year")

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_HEADER_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)")
# Characters that would change the Markdown structure if a client's name held them (a `|` would
# split a table cell, a `[` could start a link). Underscores are safe: python-markdown ignores
# them inside words.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*\[\]|])")
_HTML_SPECIALS = str.maketrans({"<": "&lt;", ">": "&gt;"})  # Markdown has no backslash escape for <

_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}  # fmt: skip


class TemplateError(ValueError):
    """A template file whose header is missing or incomplete."""


@dataclass(frozen=True)
class Template:
    """One template in one language. `body` is the Markdown after the header, placeholders
    included."""

    id: str
    lang: str
    title: str
    description: str
    note_title: str
    order: int
    body: str
    path: Path | None = None


def templates_dir(lang: str, root: Path | None = None) -> Path:
    return (root or resource_path("templates")) / normalise_lang(lang)


def normalise_lang(lang: str) -> str:
    """ "fr_FR", "fr-CA" -> "fr"; any language without templates falls back to English."""
    short = lang.replace("-", "_").split("_", 1)[0].lower()
    return short if short in TEMPLATE_LANGS else DEFAULT_LANG


def list_templates(lang: str = "fr", *, root: Path | None = None) -> list[Template]:
    """The templates of a language, in the order the picker shows them."""
    folder = templates_dir(lang, root)
    templates = [
        parse_template(path.read_text(encoding="utf-8"), lang=folder.name, path=path)
        for path in sorted(folder.glob("*.md"))
    ]
    return sorted(templates, key=lambda t: (t.order, t.title.casefold()))


def get_template(template_id: str, lang: str = "fr", *, root: Path | None = None) -> Template:
    for template in list_templates(lang, root=root):
        if template.id == template_id:
            return template
    raise KeyError(template_id)


def parse_template(text: str, *, lang: str, path: Path | None = None) -> Template:
    """Split a template file into its header fields and Markdown body."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise TemplateError(f"{path or 'template'}: missing '---' header")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise TemplateError(f"{path or 'template'}: unterminated header") from None
    fields: dict[str, str] = {}
    for line in lines[1:end]:
        match = _HEADER_LINE.fullmatch(line.strip())
        if match:
            fields[match.group(1).lower()] = match.group(2).strip()
    for required in ("id", "title"):
        if not fields.get(required):
            raise TemplateError(f"{path or 'template'}: header lacks '{required}'")
    try:
        order = int(fields.get("order", "100"))
    except ValueError:
        raise TemplateError(f"{path or 'template'}: 'order' is not a number") from None
    return Template(
        id=fields["id"],
        lang=lang,
        title=fields["title"],
        description=fields.get("description", ""),
        note_title=fields.get("note_title") or f"{fields['title']} — {{{{client}}}}",
        order=order,
        body="\n".join(lines[end + 1 :]).lstrip("\n"),
        path=path,
    )


def placeholder_values(
    lang: str, *, client: str, date: dt.date | str, extra: Mapping[str, str] | None = None
) -> dict[str, str]:
    """What each placeholder becomes. A `date` given as text is used as is for {{date}} (and
    leaves {{month}}/{{year}} to today's date)."""
    lang = normalise_lang(lang)
    day = date if isinstance(date, dt.date) else dt.date.today()
    month_name = _MONTHS[lang][day.month - 1]
    if isinstance(date, dt.date):
        date_text = f"{day.day} {month_name} {day.year}"
        if lang == "fr" and day.day == 1:
            date_text = f"1er {month_name} {day.year}"
    else:
        date_text = date
    values = {
        "client": client,
        "date": date_text,
        "month": f"{month_name} {day.year}",
        "year": str(day.year),
    }
    values.update(extra or {})
    return values


def fill_placeholders(text: str, values: Mapping[str, str], *, escape: bool = True) -> str:
    """Replace `{{name}}` by its value; values are Markdown-escaped unless told otherwise."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            return match.group(0)
        value = values[name]
        if not escape:
            return value
        return _MARKDOWN_SPECIALS.sub(r"\\\1", value.translate(_HTML_SPECIALS))

    return _PLACEHOLDER.sub(replace, text)


def render_template(
    template: Template,
    *,
    client: str,
    date: dt.date | str,
    extra: Mapping[str, str] | None = None,
) -> str:
    """The Markdown body of a new note, placeholders filled."""
    values = placeholder_values(template.lang, client=client, date=date, extra=extra)
    return fill_placeholders(template.body, values)


def render_title(template: Template, *, client: str, date: dt.date | str) -> str:
    """The title for the new note (plain text, not Markdown)."""
    values = placeholder_values(template.lang, client=client, date=date)
    return fill_placeholders(template.note_title, values, escape=False).strip()
