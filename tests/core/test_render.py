"""Markdown rendering, wiki links and media images."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmtoolbox.core.render import (
    TASK_DONE,
    TASK_OPEN,
    WikiLink,
    extract_wikilinks,
    parse_internal_url,
    parse_wikilink,
    render_markdown,
    wikilink_href,
)
from cmtoolbox.core.sanitize import REMOTE_IMAGE_CLASS, classify_link

SHA = "0f" * 32


def test_basic_markdown() -> None:
    html = render_markdown("# Titre\n\nDu **gras** et de l’*italique*.")
    assert '<h1 id="titre">Titre</h1>' in html
    assert "<strong>gras</strong>" in html and "<em>italique</em>" in html


def test_extra_features() -> None:
    text = (
        "| Réseau | Abonnés |\n|:--|--:|\n| LinkedIn | 1 200 |\n\n"
        "```python\nprint('x')\n```\n\n"
        "Texte[^1] sur le CM.\n\n*[CM]: Community manager\n\n[^1]: Une note.\n\n"
        "Terme\n: Définition\n"
    )
    html = render_markdown(text)
    assert '<th align="left">Réseau</th>' in html and '<td align="right">1 200</td>' in html
    assert '<code class="language-python">' in html
    assert 'class="footnote-ref"' in html and 'href="#fn:1"' in html
    assert '<abbr title="Community manager">CM</abbr>' in html
    assert "<dl>" in html and "<dd>Définition</dd>" in html


def test_line_breaks_are_kept() -> None:
    assert render_markdown("ligne 1\nligne 2") == "<p>ligne 1<br>\nligne 2</p>"


def test_raw_html_is_sanitised() -> None:
    html = render_markdown('<script>alert(1)</script>\n\nTexte <span onclick="x()">ok</span>')
    assert "script" not in html and "onclick" not in html and "ok" in html
    html = render_markdown("[clic](javascript:alert(1)) [ok](https://example.com)")
    assert "javascript" not in html and 'href="https://example.com"' in html


def test_attr_list_cannot_add_handlers() -> None:
    html = render_markdown('Paragraphe\n{: onclick="alert(1)" style="color:red" }')
    assert "onclick" not in html and "style" not in html


def test_wikilinks_render() -> None:
    html = render_markdown("Voir [[Brief client]] et [[Brief client|le brief]].")
    assert html == (
        '<p>Voir <a class="wikilink" href="cmtoolbox:note/Brief%20client" rel="noopener noreferrer">'
        'Brief client</a> et <a class="wikilink" href="cmtoolbox:note/Brief%20client"'
        ' rel="noopener noreferrer">le brief</a>.</p>'
    )


@pytest.mark.parametrize(
    ("source", "href", "text"),
    [
        ("[[draft:Post de lancement]]", "cmtoolbox:draft/Post%20de%20lancement", "Post de lancement"),
        ("[[source: Étude Ifop 2026]]", "cmtoolbox:source/%C3%89tude%20Ifop%202026", "Étude Ifop 2026"),
        ("[[Draft:A/B test|variante]]", "cmtoolbox:draft/A%2FB%20test", "variante"),
        ("[[note:Réunion : client]]", "cmtoolbox:note/R%C3%A9union%20%3A%20client", "Réunion : client"),
        ("[[Réunion : client]]", "cmtoolbox:note/R%C3%A9union%20%3A%20client", "Réunion : client"),
        ("[[C'est & <là>]]", "cmtoolbox:note/C%27est%20%26%20%3Cl%C3%A0%3E", "C'est &amp; &lt;là&gt;"),
    ],
)
def test_wikilink_variants(source: str, href: str, text: str) -> None:
    html = render_markdown(source)
    assert f'href="{href}"' in html
    assert f">{text}</a>" in html


def test_missing_targets_are_marked() -> None:
    asked: list[WikiLink] = []

    def resolve(link: WikiLink) -> bool:
        asked.append(link)
        return link.target == "Existe"

    html = render_markdown("[[Existe]] [[Absente]] [[absente]] [[Absente|encore]]", resolve=resolve)
    assert html.count('class="wikilink missing"') == 3
    assert html.count('class="wikilink"') == 1
    # Asked once per distinct target, not per occurrence.
    assert [link.target for link in asked] == ["Existe", "Absente"]


def test_wikilink_inside_table_cell_with_escaped_pipe() -> None:
    html = render_markdown("| Lien | x |\n|---|---|\n| [[Brief\\|le brief]] | 1 |")
    assert '<a class="wikilink" href="cmtoolbox:note/Brief" rel="noopener noreferrer">le brief</a>' in html


def test_not_links() -> None:
    html = render_markdown("`[[code]]` \\[[échappé]] [[ ]] [[|label]]\n\n    [[indenté]]")
    assert "wikilink" not in html
    assert "[[échappé]]" in html


def test_media_images() -> None:
    html = render_markdown(f"![Logo du client](media:{SHA.upper()})")
    assert f'<img alt="Logo du client" src="cmtoolbox-media:{SHA}">' in html
    # A malformed hash is not an image of the library.
    html = render_markdown("![x](media:1234)")
    assert "<img" not in html


def test_remote_images() -> None:
    text = "![Photo](https://cdn.example/photo.jpg)"
    assert f'class="{REMOTE_IMAGE_CLASS}"' in render_markdown(text)
    assert '<img alt="Photo" src="https://cdn.example/photo.jpg">' in render_markdown(
        text, allow_remote_images=True
    )


def test_checklists() -> None:
    html = render_markdown("- [ ] à faire\n- [x] fait\n- [X] fait aussi\n- [] pas une case")
    assert f"<li>{TASK_OPEN} à faire</li>" in html
    assert f"<li>{TASK_DONE} fait</li>" in html and f"<li>{TASK_DONE} fait aussi</li>" in html
    assert "<li>[] pas une case</li>" in html
    loose = render_markdown("- [ ] un\n\n- [x] deux")
    assert f"<p>{TASK_OPEN} un</p>" in loose and f"<p>{TASK_DONE} deux</p>" in loose


def test_toc_marker() -> None:
    html = render_markdown("[TOC]\n\n# Objectifs\n\n## Cibles")
    assert '<div class="toc">' in html and 'href="#objectifs"' in html and 'id="cibles"' in html


def test_extract_wikilinks_ignores_code_and_dedupes() -> None:
    text = (
        "Intro [[Brief client]] puis [[draft:Post|le post]].\n\n"
        "```\n[[Dans un bloc]]\n```\n\n"
        "~~~\n[[Autre bloc]]\n~~~\n\n"
        "    [[Bloc indenté]]\n\n"
        "Encore `[[code]]`, [[brief  CLIENT]] et [[source:Étude]] et [[Post]].\n"
    )
    assert extract_wikilinks(text) == [
        WikiLink("note", "Brief client"),
        WikiLink("draft", "Post", "le post"),
        WikiLink("source", "Étude"),
        WikiLink("note", "Post"),
    ]


def test_extract_does_not_leak_between_calls() -> None:
    assert extract_wikilinks("[[A]]") == [WikiLink("note", "A")]
    assert extract_wikilinks("rien") == []


def test_wikilink_helpers() -> None:
    link = parse_wikilink(" draft :  Mon   post | Libellé ")
    assert link == WikiLink("draft", "Mon post", "Libellé")
    assert link.display == "Libellé"
    assert link.key == ("draft", "mon post")
    assert parse_wikilink("  ") is None
    assert parse_wikilink("draft:") is None
    assert parse_wikilink("Brief|") == WikiLink("note", "Brief")
    href = wikilink_href("note", "A/B ? #1 & é")
    assert classify_link(href) == "internal"
    assert parse_internal_url(href) == ("note", "A/B ? #1 & é")
    assert parse_internal_url("cmtoolbox:media/x") is None
    assert parse_internal_url("https://example.com") is None


@settings(max_examples=200)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_any_title_round_trips_through_href(title: str) -> None:
    assert parse_internal_url(wikilink_href("note", title)) == ("note", title) or not title


MARKDOWN_SOUP = st.sampled_from(
    ["[[", "]]", "|", "\\", "`", "draft:", "a", " ", "\n", "*", "é", "<", ">", "&", "#", "-", "[", "]",
     "(", ")", "!"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(MARKDOWN_SOUP, max_size=30).map("".join))
def test_render_and_extract_never_fail(text: str) -> None:
    html = render_markdown(text, resolve=lambda link: False)
    links = extract_wikilinks(text)
    assert html.count('class="wikilink missing"') >= len(links)


def test_threads_have_their_own_renderer() -> None:
    results: dict[int, str] = {}

    def work(i: int) -> None:
        for _ in range(20):
            results[i] = render_markdown(f"[[Note {i}]]")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i, html in results.items():
        assert f"cmtoolbox:note/Note%20{i}" in html
