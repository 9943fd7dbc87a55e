"""The proof ("BAT") as HTML: everything escaped, the "see more" fold where the network cuts, threads
split as posted, pictures embedded as data URIs, every variant drawn, French words, and nothing that
a browser would fetch from elsewhere."""

from __future__ import annotations

import base64
import io
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image

from cmtoolbox.core.bat import (
    BatLabels,
    Proof,
    ProofDraft,
    ProofMedia,
    ProofVariant,
    format_day,
    format_planned,
    render_html,
    render_sections,
    thumbnail_uri,
)
from cmtoolbox.core.counters import count
from cmtoolbox.core.schedule import PlannedTime
from cmtoolbox.core.threads import split_thread

PARIS = "Europe/Paris"

FRENCH = BatLabels(
    document_title="Bon à tirer (BAT)",
    intro="Chaque publication est présentée telle qu’elle apparaîtra sur son réseau.",
    prepared_by="Préparé par %1",
    made_on="Envoyé le %1",
    posts_heading="Publications de ce BAT",
    column_post="Publication",
    column_when="Date prévue",
    column_networks="Réseaux",
    column_status="Statut",
    not_planned="Pas encore planifiée",
    planned="Prévue le %1",
    zone="%1 (heure de %2)",
    status="Statut : %1",
    networks="Réseaux : %1",
    see_more="… voir plus",
    after_fold="Affiché après « voir plus » :",
    thread="Fil de %1 publications",
    no_text="(pas de texte)",
    master="Texte",
    video="Vidéo",
    gif="GIF",
    pdf="Document PDF",
    document="Document",
    missing_media="Image absente de la médiathèque",
    answer_heading="Votre réponse",
    approved="Validé",
    changes_requested="Modifications demandées",
    comments="Commentaires :",
    signature="Nom et date :",
    statuses={"to_approve": "À valider", "approved": "Validé", "draft": "Brouillon"},
)

LONG_LINKEDIN = (
    "Investir dans l’outil de travail, c’est investir dans le goût : notre nouveau four à sole arrive "
    "au fournil cette semaine. Cuisson sur pierre, croûte plus croustillante, mie plus souple, et un "
    "goût de noisette que vous allez adorer. "
    "HIDDEN-PART Merci à @MoulinDeLaCroix pour les farines. Plus d’infos sur www.boulangerie-martin.fr "
    "#artisanat #boulangerie"
)
LONG_X = " ".join(f"Phrase numéro {i} sur le levain et la croûte qui chante." for i in range(1, 13))


def _picture(path: Path, size: tuple[int, int], mode: str = "RGB", colour: object = (200, 120, 40)) -> Path:
    Image.new(mode, size, colour).save(path)  # type: ignore[arg-type]
    return path


@pytest.fixture
def media(tmp_path: Path) -> dict[str, ProofMedia]:
    photo = _picture(tmp_path / "croissants.jpg", (1600, 1200))
    logo = _picture(tmp_path / "logo.png", (400, 400), "RGBA", (0, 0, 0, 0))  # fully transparent
    frame = _picture(tmp_path / "frame.webp", (320, 180))
    return {
        "photo": ProofMedia("image", "Croissants", "Trois croissants dorés", photo),
        "logo": ProofMedia("image", "Logo", "", logo),
        "video": ProofMedia("video", "Coulisses", "", tmp_path / "clip.mp4", frame),
        "gone": ProofMedia("image", "Disparue", "", tmp_path / "missing.jpg"),
        "pdf": ProofMedia("pdf", "Règlement", "", tmp_path / "rules.pdf"),
    }


def _proof(media: dict[str, ProofMedia]) -> Proof:
    planned = PlannedTime.on(date(2026, 12, 3), datetime.min.time().replace(hour=9), PARIS)
    return Proof(
        client_name="Boulangerie <Martin> & fils",
        cm_name="Léa Dubois",
        made_on=date(2026, 12, 1),
        zone=PARIS,
        drafts=(
            ProofDraft(
                id=1,
                title='Le four <script>alert("x")</script>',
                status="to_approve",
                planned=planned,
                variants=(
                    ProofVariant(
                        "linkedin", LONG_LINKEDIN, (LONG_LINKEDIN,), (media["photo"],), "Boulangerie Martin"
                    ),
                    ProofVariant(
                        "instagram",
                        "Nouveau four 🔥 <b>gras</b> #four, voir www.four.fr",
                        media=(media["logo"], media["video"], media["gone"]),
                        account_name="Boulangerie Martin 🥖",
                        account_handle="boulangeriemartin",
                    ),
                    ProofVariant("x", LONG_X, tuple(split_thread("x", LONG_X))),
                ),
            ),
            ProofDraft(
                id=2,
                title="Jeu-concours",
                status="draft",
                planned=None,
                variants=(ProofVariant("facebook", "Gagnez une galette !", media=(media["pdf"],)),),
            ),
            ProofDraft(
                id=3, title="Idée", status="draft", planned=None, variants=(), body="Portrait du meunier"
            ),
        ),
    )


@pytest.fixture
def page(media: dict[str, ProofMedia]) -> str:
    return render_html(_proof(media), FRENCH, language="fr")


def test_dates_read_in_french_and_english_in_the_zone_planned() -> None:
    assert format_day(date(2026, 10, 1), "fr") == "jeudi 1er octobre 2026"
    assert format_day(date(2026, 10, 1), "en") == "Thursday 1 October 2026"
    assert format_day(date(2026, 12, 2), "fr", weekday=False) == "2 décembre 2026"
    # 09:00 Paris stays 09:00 on both sides of the clock change (UTC 07:00 in summer, 08:00 in winter).
    summer = PlannedTime.on(date(2026, 3, 27), datetime.min.time().replace(hour=9), PARIS)
    winter = PlannedTime.on(date(2026, 3, 30), datetime.min.time().replace(hour=9), PARIS)
    assert format_planned(summer, "fr") == "vendredi 27 mars 2026, 09:00"
    assert format_planned(winter, "en") == "Monday 30 March 2026, 09:00"
    assert summer.utc.hour != winter.utc.hour


def test_everything_is_escaped(page: str) -> None:
    assert "<script" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Boulangerie &lt;Martin&gt; &amp; fils" in page
    assert "&lt;b&gt;gras&lt;/b&gt;" in page and "<b>gras</b>" not in page


def test_the_proof_is_self_contained(page: str) -> None:
    sources = re.findall(r'src="([^"]*)"', page)
    assert sources and all(s.startswith("data:image/jpeg;base64,") for s in sources)
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", page, re.IGNORECASE)
    assert "url(" not in page and "<link" not in page and "<script" not in page and "@import" not in page
    assert "default-src 'none'" in page  # a browser refuses to fetch anything, even by mistake


def test_pictures_are_reduced_jpegs(page: str, media: dict[str, ProofMedia]) -> None:
    uris = re.findall(r'src="data:image/jpeg;base64,([^"]+)"', page)
    # The LinkedIn photo, the Instagram logo and the video's frame; the missing picture is named.
    assert len(uris) == 3
    photo = Image.open(io.BytesIO(base64.b64decode(uris[0])))
    assert photo.format == "JPEG" and max(photo.size) == 720
    assert "Image absente de la médiathèque · Disparue" in page
    assert "▶ Vidéo · Coulisses" in page and "Document PDF · Règlement" in page
    assert 'alt="Trois croissants dorés"' in page
    # A transparent PNG lands on white, as on the networks' light themes.
    logo = thumbnail_uri(media["logo"].path)  # type: ignore[arg-type]
    assert logo is not None
    flat = Image.open(io.BytesIO(base64.b64decode(logo.split(",", 1)[1]))).convert("RGB")
    assert all(channel > 245 for channel in flat.getpixel((10, 10)))
    assert thumbnail_uri(media["gone"].path) is None  # type: ignore[arg-type]


def test_every_variant_is_drawn_with_its_account(page: str) -> None:
    for name in ("LinkedIn", "Instagram", "X", "Facebook"):
        assert f">{name}" in page
    assert "Boulangerie Martin 🥖" in page and "@boulangeriemartin" in page
    assert "Portrait du meunier" in page and ">Texte<" in page  # a draft without a network yet
    assert page.count('class="answer"') == 3  # one answer box per draft


def test_the_fold_cuts_where_the_network_does(page: str) -> None:
    cut = count("linkedin", LONG_LINKEDIN).fold_at
    assert cut is not None and cut < LONG_LINKEDIN.index("HIDDEN-PART")
    visible = LONG_LINKEDIN[:cut].rstrip()
    assert f'{visible}<span class="fold">… voir plus</span>' in page
    after = page.split('<span class="fold">… voir plus</span>', 1)[1]
    hidden = after.split("Affiché après « voir plus » :", 1)[1]
    assert hidden.index("HIDDEN-PART") < hidden.index("Instagram")
    # Facebook does not fold.
    facebook = page[page.index('#1877F2">Facebook') :]
    assert "voir plus" not in facebook[: facebook.index('class="answer"')]


def test_hashtags_mentions_and_links_are_styled(page: str) -> None:
    assert '<span class="hashtag" style="color:#00376B">#four</span>' in page  # Instagram, shown
    assert '<span class="hashtag" style="color:#8a8d91">#artisanat</span>' in page
    assert '<span class="mention" style="color:#8a8d91">@MoulinDeLaCroix</span>' in page  # after the fold
    assert '<span class="link" style="color:#8a8d91">www.boulangerie-martin.fr</span>' in page
    assert "voir www.four.fr" in page  # Instagram shows an address in a caption as plain text


def test_threads_are_split_as_posted(page: str) -> None:
    posts = split_thread("x", LONG_X)
    assert len(posts) >= 2
    assert f"Fil de {len(posts)} publications" in page
    positions = [page.index(post[:20]) for post in posts]
    assert positions == sorted(positions)
    for index in range(1, len(posts) + 1):
        assert f" {index}/{len(posts)}" in page


def test_french_labels_dates_and_zone(page: str, media: dict[str, ProofMedia]) -> None:
    expected = (
        "Bon à tirer (BAT)",
        "Préparé par Léa Dubois",
        "Envoyé le 1er décembre 2026",
        "Votre réponse",
        "Modifications demandées",
        "Commentaires :",
        "Statut : À valider",
        "Pas encore planifiée",
        "Prévue le jeudi 3 décembre 2026, 09:00",
    )
    for words in expected:
        assert words in page
    assert '<html lang="fr">' in page
    montreal = replace(
        _proof(media).drafts[0], planned=PlannedTime.at(datetime(2026, 12, 3, 9, 0), "America/Montreal")
    )
    other = render_html(replace(_proof(media), drafts=(montreal,)), FRENCH, language="fr")
    assert "jeudi 3 décembre 2026, 09:00 (heure de Montreal)" in other


def test_english_by_default_and_printable_variant(media: dict[str, ProofMedia]) -> None:
    page = render_html(_proof(media), language="en")
    assert "Proof for approval" in page and "Thursday 3 December 2026, 09:00" in page
    assert "… see more" in page and '<html lang="en">' in page
    printable = render_html(_proof(media), language="en", printable=True)
    assert "border-radius" not in printable and "@media" not in printable  # rules Qt would misread
    assert printable.count("page-break-before: always") == 3  # each draft on a new page


def test_sections_for_the_pdf(media: dict[str, ProofMedia]) -> None:
    sections = render_sections(_proof(media), FRENCH, language="fr")
    assert len(sections) == 4  # the cover, then one per draft
    assert all(s.startswith("<!DOCTYPE html>") and s.rstrip().endswith("</html>") for s in sections)
    assert "Publications de ce BAT" in sections[0] and "Votre réponse" not in sections[0]
    assert all("page-break-before" not in s for s in sections)  # each section starts its own page
    assert "Jeu-concours" in sections[2] and sections[2].count('class="answer"') == 1
