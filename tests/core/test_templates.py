"""Shipped note templates: both languages, same ids, placeholders filled, valid Markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cmtoolbox.core.render import render_markdown
from cmtoolbox.core.templates import (
    TemplateError,
    get_template,
    list_templates,
    normalise_lang,
    parse_template,
    render_template,
    render_title,
)

EXPECTED_IDS = {
    "client-brief", "editorial-charter", "moderation-charter", "communication-plan",
    "meeting-minutes", "monthly-report", "competitive-watch",
}  # fmt: skip
DAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_all_templates_load(lang: str) -> None:
    templates = list_templates(lang)
    assert {t.id for t in templates} == EXPECTED_IDS
    assert [t.order for t in templates] == sorted(t.order for t in templates)
    for template in templates:
        assert template.lang == lang
        assert template.title and template.description and template.note_title
        assert template.path is not None and template.path.name == f"{template.id}.md"
        assert template.body.startswith("# ")
        assert len(template.body.splitlines()) > 25, f"{template.id} is too thin to be useful"


def test_same_ids_and_structure_in_both_languages() -> None:
    fr = {t.id: t for t in list_templates("fr")}
    en = {t.id: t for t in list_templates("en")}
    assert fr.keys() == en.keys()
    for template_id in fr:
        assert fr[template_id].order == en[template_id].order
        # Translations keep the same skeleton: same number of sections and of table rows.
        for marker in ("\n## ", "\n|", "- [ ]"):
            assert fr[template_id].body.count(marker) == en[template_id].body.count(marker), (
                template_id,
                marker,
            )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_placeholders_filled(lang: str) -> None:
    for template in list_templates(lang):
        body = render_template(template, client="Boulangerie Dupont", date=DAY)
        assert "{{" not in body and "}}" not in body, template.id
        assert "Boulangerie Dupont" in body
        title = render_title(template, client="Boulangerie Dupont", date=DAY)
        assert "{{" not in title and "Boulangerie Dupont" in title


def test_date_formats() -> None:
    minutes_fr = get_template("meeting-minutes", "fr")
    assert "**Date :** 21 novembre 2026" in render_template(minutes_fr, client="X", date=DAY)
    assert "1er mai 2026" in render_template(minutes_fr, client="X", date=dt.date(2026, 5, 1))
    report_en = get_template("monthly-report", "en")
    body = render_template(report_en, client="X", date=DAY)
    assert "# Monthly report — X — November 2026" in body
    assert "*Drawn up on 21 November 2026*" in body
    assert render_title(get_template("monthly-report", "fr"), client="X", date=DAY) == (
        "Reporting novembre 2026 — X"
    )
    assert "**Date :** lundi 3" in render_template(minutes_fr, client="X", date="lundi 3")


def test_client_name_cannot_break_markdown() -> None:
    template = get_template("competitive-watch", "fr")
    body = render_template(template, client="A|B [promo] <b>", date=DAY)
    html = render_markdown(body)
    # The name stays inside its table cell and never becomes markup.
    assert "<td>A|B [promo] &lt;b&gt;</td>" in html
    assert "<b>" not in html
    # The title is plain text: no escaping there.
    assert render_title(template, client="A|B", date=DAY) == "Veille concurrentielle novembre 2026 — A|B"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_templates_render_to_html(lang: str) -> None:
    for template in list_templates(lang):
        html = render_markdown(render_template(template, client="Client", date=DAY))
        assert html.startswith("<h1")
        assert "<table>" in html or "<ul>" in html


def test_language_fallback() -> None:
    assert normalise_lang("fr_FR") == "fr"
    assert normalise_lang("fr-CA") == "fr"
    assert normalise_lang("de_DE") == "en"
    assert {t.lang for t in list_templates("de")} == {"en"}
    with pytest.raises(KeyError):
        get_template("nope", "fr")


def test_unknown_placeholders_are_kept() -> None:
    template = parse_template("---\nid: t\ntitle: T\n---\n{{client}} {{autre}} {{ date }}", lang="fr")
    assert render_template(template, client="C", date=DAY) == "C {{autre}} 21 novembre 2026"
    assert render_template(template, client="C", date=DAY, extra={"autre": "x"}) == ("C x 21 novembre 2026")


@pytest.mark.parametrize(
    "text",
    ["no header", "---\nid: x\n", "---\ntitle: T\n---\nbody", "---\nid: x\ntitle: T\norder: z\n---\n"],
)
def test_bad_headers(text: str) -> None:
    with pytest.raises(TemplateError):
        parse_template(text, lang="fr")


def test_custom_root(tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "a.md").write_text(
        "\ufeff---\r\nid: a\r\ntitle: A\r\norder: 2\r\n---\r\n# A {{client}}\r\n", encoding="utf-8"
    )
    (tmp_path / "fr" / "b.md").write_text("---\nid: b\ntitle: B\norder: 1\n---\n# B\n", encoding="utf-8")
    templates = list_templates("fr", root=tmp_path)
    assert [t.id for t in templates] == ["b", "a"]
    assert render_template(templates[1], client="Z", date=DAY) == "# A Z\n"
    assert render_title(templates[1], client="Z", date=DAY) == "A — Z"
