# ruff: noqa: E501 - sample prose: posts are as long as their paragraphs
"""The sample client's drafts: a month of Boulangerie Martin's posts around today.

Every status shows (ideas, drafts, posts waiting for the client, approved, scheduled, published,
archived); the fortnight around today is planned (several posts a week on different networks, at
09:00-ish Paris time), the weeks before are published with their addresses and times, and the
variants differ per network as the brief asks: "tu" and hashtags on Instagram, "vous" on Facebook
and LinkedIn, short on X. Dates are relative to today, so the calendar looks alive whenever the
sample client is created. The composer's sample post (storage/composer.py) is a draft too.

Runs after the media builder (registry order), so posts attach the sample pictures when the data
folder has them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from cmtoolbox.core.schedule import DEFAULT_ZONE, PlannedTime
from cmtoolbox.storage.composer import COMPOSER_NETWORKS_KEY, COMPOSER_TEXT_KEY, composer_text
from cmtoolbox.storage.drafts import composer_networks
from cmtoolbox.storage.settings import client_scope

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store

APPROVER = "Claire Martin"
IG = "https://www.instagram.com/p/{}/"
FB = "https://www.facebook.com/boulangeriemartinlyon/posts/{}"
LI = "https://www.linkedin.com/feed/update/urn:li:activity:{}/"


@dataclass(frozen=True)
class _Sample:
    title: str
    body: str
    status: str
    day: int | None = None  # days from today; None: not planned
    at: str = "09:00"
    variants: dict[str, str | None] = field(default_factory=dict)  # None: follows the master
    tags: tuple[str, ...] = ()
    media: tuple[str, ...] = ()  # sample media titles (storage/media.py)
    urls: dict[str, str] = field(default_factory=dict)  # published variants: network -> address
    notes: str = ""
    answer: str = ""  # the client's words when approving
    changes: str = ""  # the client's words asking for changes


_CROISSANT = "Croissants du matin"
_PAIN = "Pain de campagne au levain"
_GALETTE = "Galette des rois, story"
_VITRINE = "Vitrine fête des mères"

SAMPLES: tuple[_Sample, ...] = (
    # -- published, over the last weeks --------------------------------------------------------
    _Sample(
        title="Le levain, notre fierté",
        body="Notre levain a 37 ans. Nourri chaque matin à 5 h, il donne au pain de campagne sa mie alvéolée et sa croûte qui chante.\n\nPassez le goûter, il sort du four à 16 h.",
        status="published",
        day=-26,
        at="08:30",
        variants={
            "instagram": "Notre levain a 37 ans 🫶 Nourri chaque matin à 5 h, il donne à ton pain de campagne sa mie alvéolée et sa croûte qui chante.\n\nIl sort du four à 16 h, viens le chercher tout chaud !\n\n#levain #painmaison #croixrousse #boulangerie #lyon",
            "facebook": None,
        },
        tags=("savoir-faire",),
        media=(_PAIN,),
        urls={"instagram": IG.format("DBm4rT2sQk1"), "facebook": FB.format("pfbid02xLevain37ans")},
        answer="Super, on valide !",
    ),
    _Sample(
        title="Recrutement : apprenti boulanger",
        body="La Boulangerie Martin recrute un(e) apprenti(e) boulanger(ère) pour la rentrée.\n\nVous aimez le travail de la pâte, vous êtes matinal(e) et curieux(se) ? Rejoignez une équipe de six passionnés à la Croix-Rousse. Formation CAP en alternance avec l’école de boulangerie de Lyon.\n\nCandidatures : contact@boulangerie-martin.fr",
        status="published",
        day=-19,
        at="11:00",
        variants={"linkedin": None, "facebook": None},
        tags=("recrutement",),
        urls={"linkedin": LI.format("7250931148826011648"), "facebook": FB.format("pfbid02xApprenti2026")},
        answer="Ok pour moi, merci de mettre l’adresse mail en avant.",
    ),
    _Sample(
        title="Croissants du dimanche",
        body="Le dimanche, on lance la première fournée à 6 h 30 : des croissants au beurre AOP Charentes-Poitou, feuilletés à la main.\n\nOn vous en garde ?",
        status="published",
        day=-12,
        at="07:45",
        variants={
            "instagram": "Dimanche, 6 h 30 : première fournée 🥐\nBeurre AOP Charentes-Poitou, feuilletage à la main, et ce bruit quand tu croques…\n\nOn t’en garde un ?\n\n#croissant #viennoiserie #lyonfood #boulangeriemartin",
            "facebook": None,
        },
        tags=("viennoiseries",),
        media=(_CROISSANT,),
        urls={"instagram": IG.format("DCa9kPq3LmZ"), "facebook": FB.format("pfbid02xCroissantsDim")},
    ),
    _Sample(
        title="Merci pour les 300 avis",
        body="Vous êtes plus de 300 à nous avoir laissé un avis sur Google, avec une moyenne de 4,6/5. Merci ! Chaque mot est lu par toute l’équipe, même ceux qui nous font progresser.",
        status="published",
        day=-5,
        at="12:15",
        variants={
            "facebook": None,
            "x": "Plus de 300 avis Google, 4,6/5 de moyenne : merci à vous ! Chaque avis est lu par toute l’équipe 🥖",
        },
        tags=("communauté",),
        urls={
            "facebook": FB.format("pfbid02xMerci300avis"),
            "x": "https://x.com/boulangmartin/status/1861122334455667788",
        },
    ),
    # -- the fortnight around today ---------------------------------------------------------------
    _Sample(
        title="Pain de la semaine : le petit épeautre",
        body="Cette semaine, le pain du moment est au petit épeautre de Haute-Provence : une mie dense, un goût de noisette, parfait avec un fromage de chèvre.\n\nDisponible du mardi au samedi, en boutique uniquement.",
        status="published",
        day=-2,
        at="09:00",
        variants={
            "instagram": "Le pain de la semaine 🌾 Petit épeautre de Haute-Provence, mie dense et goût de noisette. Essaie-le avec un chèvre frais, tu nous diras !\n\nDu mardi au samedi, en boutique.\n\n#petitepeautre #painaulevain #lyon #croixrousse",
            "facebook": None,
        },
        tags=("pain de la semaine",),
        media=(_PAIN,),
        urls={"instagram": IG.format("DCx2Wn8tRpE"), "facebook": FB.format("pfbid02xPetitEpeautre")},
        answer="Parfait.",
    ),
    _Sample(
        title="Coulisses : 4 h du matin au fournil",
        body="4 h du matin, rue d’Austerlitz. Pendant que le quartier dort, Julien façonne les baguettes de la journée. Une vidéo des coulisses arrive demain !",
        status="scheduled",
        day=0,
        at="18:00",
        variants={
            "instagram": "4 h du matin au fournil 🌙 Pendant que la Croix-Rousse dort, Julien façonne tes baguettes du jour. La vidéo des coulisses arrive demain, reste connecté !\n\n#coulisses #boulanger #lyon #baguette",
            "facebook": None,
            "tiktok": "POV : il est 4 h et tu façonnes 300 baguettes 🥖 #boulanger #coulisses #lyon",
        },
        tags=("coulisses",),
        answer="Top, hâte de voir la vidéo !",
    ),
    _Sample(
        title="Atelier pain au levain pour les enfants",
        body="Samedi matin, on ouvre le fournil aux enfants de 7 à 12 ans : une heure pour pétrir, façonner et repartir avec son petit pain.\n\nGratuit, sur inscription en boutique (8 places).",
        status="scheduled",
        day=2,
        at="10:00",
        variants={
            "facebook": None,
            "instagram": "Samedi matin, le fournil est à vous, les petits boulangers 👩‍🍳 Une heure pour pétrir, façonner et repartir avec son pain !\n\n7-12 ans · gratuit · 8 places, inscription en boutique.\n\n#atelierenfants #lyonkids #boulangerie",
        },
        tags=("événement",),
        media=(_PAIN,),
        answer="Validé, on a déjà 3 inscrits !",
    ),
    _Sample(
        title="La tarte aux pralines revient",
        body="Elle est de retour : la tarte aux pralines roses, pâte sablée maison et pralines de Saint-Genix. En part individuelle ou entière pour 6 personnes.",
        status="approved",
        day=3,
        at="12:00",
        variants={
            "instagram": "Elle est de retour 💗 La tarte aux pralines roses, pâte sablée maison et pralines de Saint-Genix. Part solo ou tarte entière pour 6, à toi de voir !\n\n#tarteauxpralines #lyon #patisserie #praline",
            "facebook": None,
            "x": "La tarte aux pralines roses est de retour à la Croix-Rousse ! En part ou entière pour 6 🥧",
        },
        tags=("pâtisserie",),
        answer="On valide, mais pas avant jeudi : les pralines arrivent mercredi.",
    ),
    _Sample(
        title="Anniversaire : 14 ans à la Croix-Rousse",
        body="Il y a 14 ans, on ouvrait la boutique de la rue d’Austerlitz. Pour fêter ça, une viennoiserie offerte pour tout pain acheté ce samedi.\n\nMerci d’être là, depuis le premier jour ou depuis hier.",
        status="to_approve",
        day=9,
        at="09:00",
        variants={
            "facebook": None,
            "instagram": "14 ans déjà 🎂 Pour fêter ça, ce samedi : une viennoiserie offerte pour tout pain acheté !\n\nMerci d’être là, depuis le premier jour ou depuis hier 🫶\n\n#anniversaire #boulangeriemartin #croixrousse",
            "linkedin": "14 ans d’artisanat à la Croix-Rousse. Merci à nos clients, à notre équipe de six passionnés et à nos producteurs partenaires, avec qui nous faisons le bon pain du quartier depuis 2012.",
        },
        tags=("événement",),
        media=(_VITRINE,),
        notes="Vérifier avec Claire le nombre de viennoiseries prévues.",
    ),
    _Sample(
        title="Nouveau four à sole",
        body="Notre nouveau four à sole est arrivé ! Une cuisson sur pierre, plus douce, pour des croûtes encore plus croustillantes. On vous montre ça bientôt.",
        status="to_approve",
        day=5,
        at="08:30",
        variants={
            "instagram": None,
            "facebook": None,
            "linkedin": "Investir dans l’outil de travail, c’est investir dans le goût : notre nouveau four à sole, cuisson sur pierre, arrive au fournil cette semaine.",
        },
        tags=("coulisses",),
    ),
    _Sample(
        title="Jeu-concours : la galette des rois",
        body="Jeu-concours ! Gagnez une galette des rois pour 8 personnes : abonnez-vous, aimez ce post et identifiez la personne avec qui vous la partageriez.\n\nTirage au sort dimanche soir.",
        status="draft",
        day=6,
        at="17:30",
        variants={"instagram": None, "facebook": None},
        tags=("jeu-concours", "galette"),
        media=(_GALETTE,),
        changes="Il faut ajouter le règlement et préciser que la galette est à retirer en boutique.",
    ),
    # -- not planned ---------------------------------------------------------------------------------
    _Sample(
        title="Idée : portrait de notre meunier",
        body="Portrait du Moulin de la Croix : trois générations de meuniers dans l’Ain, nos farines viennent de chez eux.",
        status="idea",
        tags=("producteurs",),
        notes="Demander des photos au moulin, voir si une visite est possible en mars.",
    ),
    _Sample(
        title="Idée : la recette du pain perdu",
        body="",
        status="idea",
        tags=("recettes", "anti-gaspi"),
        notes="Format carrousel Instagram, 5 étapes.",
    ),
    _Sample(
        title="Soldes d’été (2025)",
        body="Les soldes, c’est aussi à la boulangerie : -20 % sur les pâtisseries après 18 h tout le mois de juillet.",
        status="archived",
        variants={"facebook": None},
        tags=("promotion",),
    ),
)


def _media_ids(store: Store, client_id: int) -> dict[str, int]:
    rows = store.db.execute(
        "SELECT title, id FROM media WHERE client_id = ? AND deleted_at IS NULL", [client_id]
    ).fetchall()
    return dict(rows)


def add_sample_drafts(store: Store, client: Client) -> None:
    today = date.today()
    media = _media_ids(store, client.id)
    # The quick composer's sample post becomes a draft (moved, as the upgrade moves a CM's text):
    # left in the composer, the Drafts page would adopt it as a second copy.
    text = composer_text(store, client.id)
    if text.strip():
        networks = composer_networks(
            store.settings.get(COMPOSER_NETWORKS_KEY, [], scope=client_scope(client.id))
        )
        composer = store.drafts.create(
            client.id,
            title="La canutine arrive",
            body=text,
            networks=networks,
            tags=["nouveauté", "viennoiseries"],
            origin={"from": "composer"},
        )
        store.settings.delete(COMPOSER_TEXT_KEY, scope=client_scope(client.id))
        if _CROISSANT in media:
            store.drafts.set_media(composer.id, [media[_CROISSANT]])
    for sample in SAMPLES:
        _add(store, client, sample, today, media)


def _add(store: Store, client: Client, sample: _Sample, today: date, media: dict[str, int]) -> None:
    drafts = store.drafts
    planned = None
    if sample.day is not None:
        hours, minutes = (int(p) for p in sample.at.split(":"))
        planned = PlannedTime.on(today + timedelta(days=sample.day), time(hours, minutes), DEFAULT_ZONE)
    now = datetime.now(UTC)
    # Events happen before the planned time, but never in the future: a post planned next week was
    # sent and answered in the days before today (the dashboard lists them as past events).
    before = min(planned.utc, now) if planned is not None else now
    draft = drafts.create(
        client.id,
        title=sample.title,
        body=sample.body,
        notes=sample.notes,
        status="idea" if sample.status == "idea" else "draft",
        networks=list(sample.variants),
        tags=sample.tags,
        planned=planned,
        created_at=before - timedelta(days=7),
    )
    own = {n: t for n, t in sample.variants.items() if t is not None}
    if own:
        drafts.save(draft.id, title=draft.title, body=draft.body, variants=own)
    attached = [media[t] for t in sample.media if t in media]
    if attached:
        drafts.set_media(draft.id, attached)
    if sample.changes:
        drafts.mark_sent(draft.id, now=before - timedelta(days=4))
        drafts.record_answer(
            draft.id, approved=False, words=sample.changes, author=APPROVER, now=before - timedelta(days=3)
        )
    if sample.status in ("to_approve", "approved", "scheduled", "published"):
        drafts.mark_sent(draft.id, now=before - timedelta(days=3))
    if sample.status in ("approved", "scheduled", "published"):
        drafts.record_answer(
            draft.id, approved=True, words=sample.answer, author=APPROVER, now=before - timedelta(days=2)
        )
    if sample.status in ("scheduled", "published"):
        drafts.set_status(draft.id, "scheduled", now=before - timedelta(days=1))
    if sample.status == "published":
        assert planned is not None
        for offset, (network, url) in enumerate(sample.urls.items()):
            drafts.mark_published(
                draft.id, url=url, at=planned.utc + timedelta(minutes=2 + 3 * offset), network=network
            )
    if sample.status == "archived":
        drafts.set_status(draft.id, "archived")
