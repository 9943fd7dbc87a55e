# ruff: noqa: E501 - sample prose: posts are as long as their paragraphs
"""The sample client's results: three months of published posts with their figures, and followers.

The drafts sample (storage/sample_drafts.py) publishes the last four weeks; this one adds the two
months before (about two posts a week on Instagram, Facebook, LinkedIn and X), then measures every
published post of the client: a first reading a few days after publication and, for posts older
than a fortnight, a later one (the latest counts). Followers are given per network for the last
four months. Everything is relative to today and deterministic (each figure comes from a random
generator seeded with the post's title and network), so the dashboard and the report are alive on
first start and tests can rely on the same numbers.

Some kinds of posts do better, as in real life, so "what worked" has something to say: videos and
behind-the-scenes posts, viennoiseries on Instagram, recruitment on LinkedIn.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from cmtoolbox.core.schedule import DEFAULT_ZONE, PlannedTime, local_day

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store

IG = "https://www.instagram.com/p/{}/"
FB = "https://www.facebook.com/boulangeriemartinlyon/posts/{}"
LI = "https://www.linkedin.com/feed/update/urn:li:activity:{}/"
X = "https://x.com/boulangmartin/status/{}"


@dataclass(frozen=True)
class _Post:
    title: str
    body: str
    day: int  # days from today (negative)
    at: str
    networks: tuple[str, ...]
    tags: tuple[str, ...] = ()
    boost: float = 1.0  # how much better than usual it did
    video: bool = False


OLDER_POSTS: tuple[_Post, ...] = (
    _Post("Rentrée : les horaires changent", "C’est la rentrée ! À partir de lundi, la boutique ouvre à 6 h 45 du mardi au samedi, et à 7 h le dimanche.", -91, "08:00", ("facebook", "instagram"), ("infos pratiques",), 0.8),
    _Post("La brioche de Saint-Genix", "Notre brioche aux pralines roses, tressée à la main chaque vendredi. Elle part vite : pensez à la réserver !", -88, "10:30", ("instagram", "facebook"), ("pâtisserie",), 1.3),
    _Post("Nos producteurs : la ferme des Monts d’Or", "Le lait et la crème de nos viennoiseries viennent de la ferme des Monts d’Or, à 15 km de la boutique. Rencontre avec Élodie et Marc.", -84, "11:00", ("facebook", "linkedin"), ("producteurs",), 1.1),
    _Post("Vidéo : le façonnage d’une baguette", "Trente secondes pour façonner une baguette tradition : Julien vous montre le geste.", -81, "18:00", ("instagram", "facebook"), ("coulisses",), 2.2, True),
    _Post("Journées du patrimoine au fournil", "Samedi, le fournil de 1890 ouvre ses portes pour les Journées du patrimoine : visites à 10 h, 11 h et 15 h.", -77, "09:00", ("facebook", "x"), ("événement",), 1.0),
    _Post("Croissant aux amandes", "Le croissant de la veille, sirop léger, crème d’amande et amandes effilées : le meilleur de l’anti-gaspi.", -74, "07:30", ("instagram", "facebook"), ("viennoiseries", "anti-gaspi"), 1.6),
    _Post("Recrutement : vendeur(se) en boutique", "Nous recherchons un(e) vendeur(se) à temps partiel, week-ends compris. Envie de rejoindre l’équipe ? Passez nous voir avec votre CV.", -70, "12:00", ("linkedin", "facebook"), ("recrutement",), 1.8),
    _Post("Le pain aux noix et au bleu", "Pain de seigle, noix du Dauphiné et bleu de Bresse : le pain de la semaine accompagne votre plateau de fromages.", -67, "09:00", ("instagram", "facebook"), ("pain de la semaine",), 1.0),
    _Post("Coulisses : la livraison de farine", "Une tonne de farine du Moulin de la Croix livrée ce matin : tout se porte à l’épaule !", -63, "17:30", ("instagram", "x"), ("coulisses",), 1.5, True),
    _Post("Semaine du goût", "Pour la Semaine du goût, les écoles du quartier viennent goûter trois pains au levain différents. Merci aux enseignants !", -60, "11:30", ("facebook", "linkedin"), ("événement",), 0.9),
    _Post("Le flan pâtissier", "Pâte feuilletée, lait entier, vanille de Madagascar : notre flan cuit deux fois pour une surface bien caramélisée.", -56, "15:00", ("instagram", "facebook"), ("pâtisserie",), 1.2),
    _Post("Halloween : la brioche citrouille", "Pour Halloween, une brioche à la citrouille et aux épices, en forme de potiron. Du 28 au 31 octobre.", -52, "10:00", ("instagram", "facebook", "x"), ("saison",), 1.4),
    _Post("Nos engagements : zéro invendu jeté", "Depuis un an, nos invendus partent chaque soir à l’association du quartier ou deviennent chapelure et pain perdu. Zéro pain jeté.", -49, "12:30", ("linkedin", "facebook"), ("anti-gaspi",), 1.6),
    _Post("Pain de mie maison", "Notre pain de mie au beurre, tranché à la demande. Parfait pour les tartines du goûter.", -45, "16:00", ("instagram",), ("pain de la semaine",), 0.8),
    _Post("Vidéo : le feuilletage en accéléré", "Trois tours doubles, beurre AOP, une nuit de repos : le feuilletage de nos croissants en 20 secondes.", -42, "18:30", ("instagram", "facebook"), ("coulisses", "viennoiseries"), 2.4, True),
    _Post("Fermeture exceptionnelle", "La boutique sera fermée lundi 11 novembre. Réouverture mardi à 6 h 45.", -38, "19:00", ("facebook", "x"), ("infos pratiques",), 0.6),
    _Post("Le pain d’épices arrive", "Miel de châtaignier, seigle et cinq épices : le pain d’épices maison est de retour jusqu’à fin décembre.", -35, "09:30", ("instagram", "facebook"), ("saison",), 1.1),
    _Post("Portrait : Amandine, pâtissière", "Amandine a rejoint l’équipe il y a deux ans. Ses tartes aux fruits de saison, c’est elle !", -31, "11:00", ("instagram", "linkedin"), ("équipe",), 1.3),
)  # fmt: skip

# Audience size per network, as a fraction of the followers a post usually reaches, etc.
_FOLLOWERS_NOW = {"instagram": 2480, "facebook": 1835, "linkedin": 412, "x": 356}
_MONTHLY_GROWTH = {"instagram": 68, "facebook": 21, "linkedin": 17, "x": 4}


def _url(network: str, index: int, rng: random.Random) -> str:
    if network == "instagram":
        code = "".join(
            rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(11)
        )
        return IG.format(code)
    if network == "facebook":
        return FB.format(f"pfbid02xSample{index:02d}")
    if network == "linkedin":
        return LI.format(7240000000000000000 + index * 7919)
    return X.format(1840000000000000000 + index * 104729)


def figures(
    network: str, seed: str, *, boost: float = 1.0, video: bool = False, age_days: int = 30
) -> dict[str, int | None]:
    """Plausible lifetime figures of a post of the sample bakery, `age_days` after it went out
    (most of them come in the first days)."""
    rng = random.Random(seed)
    ripeness = min(1.0, 0.55 + 0.45 * min(age_days, 14) / 14)
    scale = boost * ripeness * rng.uniform(0.8, 1.25)
    if network == "instagram":
        reach = int(950 * scale)
        return {
            "impressions": int(reach * rng.uniform(1.2, 1.5)),
            "reach": reach,
            "reactions": int(reach * rng.uniform(0.06, 0.09)),
            "comments": int(reach * rng.uniform(0.004, 0.012)),
            "shares": int(reach * rng.uniform(0.003, 0.01)),
            "saves": int(reach * rng.uniform(0.01, 0.025)),
            "clicks": int(reach * rng.uniform(0.005, 0.015)),
            "video_views": int(reach * rng.uniform(1.1, 1.6)) if video else None,
        }
    if network == "facebook":
        reach = int(620 * scale)
        return {
            "impressions": int(reach * rng.uniform(1.1, 1.3)),
            "reach": reach,
            "reactions": int(reach * rng.uniform(0.035, 0.06)),
            "comments": int(reach * rng.uniform(0.004, 0.015)),
            "shares": int(reach * rng.uniform(0.003, 0.012)),
            "saves": None,
            "clicks": int(reach * rng.uniform(0.02, 0.05)),
            "video_views": int(reach * rng.uniform(0.5, 0.8)) if video else None,
        }
    if network == "linkedin":
        impressions = int(540 * scale)
        return {
            "impressions": impressions,
            "reach": int(impressions * rng.uniform(0.6, 0.75)),
            "reactions": int(impressions * rng.uniform(0.03, 0.05)),
            "comments": int(impressions * rng.uniform(0.003, 0.01)),
            "shares": int(impressions * rng.uniform(0.002, 0.008)),
            "saves": None,
            "clicks": int(impressions * rng.uniform(0.02, 0.045)),
            "video_views": None,
        }
    impressions = int(420 * scale)
    return {
        "impressions": impressions,
        "reach": None,
        "reactions": int(impressions * rng.uniform(0.015, 0.03)),
        "comments": int(impressions * rng.uniform(0.0, 0.006)),
        "shares": int(impressions * rng.uniform(0.002, 0.008)),
        "saves": int(impressions * rng.uniform(0.0, 0.004)),
        "clicks": int(impressions * rng.uniform(0.005, 0.02)),
        "video_views": int(impressions * rng.uniform(0.4, 0.7)) if video else None,
    }


def _boost(title: str, tags: tuple[str, ...], network: str) -> tuple[float, bool]:
    """How the sample drafts' own posts did (they are written in sample_drafts.py)."""
    for post in OLDER_POSTS:
        if post.title == title:
            return post.boost, post.video
    boost = 1.0
    if "coulisses" in tags:
        boost = 1.8
    if "viennoiseries" in tags and network == "instagram":
        boost = 1.7
    if "recrutement" in tags and network == "linkedin":
        boost = 1.9
    return boost, False


def add_sample_metrics(store: Store, client: Client) -> None:
    today = date.today()
    for index, post in enumerate(OLDER_POSTS):
        _publish(store, client, post, index, today)
    for published in store.metrics.published_posts(client.id):
        day = local_day(published.published_at, DEFAULT_ZONE)
        boost, video = _boost(published.title, published.tags, published.network)
        seed = f"{published.title}|{published.network}"
        first = min(today, day + timedelta(days=3))
        store.metrics.record(
            published.variant_id,
            first,
            figures(published.network, seed, boost=boost, video=video, age_days=(first - day).days),
            source="sample",
        )
        later = min(today, day + timedelta(days=21))
        if (later - first).days >= 7:
            store.metrics.record(
                published.variant_id,
                later,
                figures(published.network, seed, boost=boost, video=video, age_days=(later - day).days),
                source="sample",
            )
    _followers(store, client, today)


def _publish(store: Store, client: Client, post: _Post, index: int, today: date) -> None:
    hours, minutes = (int(p) for p in post.at.split(":"))
    planned = PlannedTime.on(today + timedelta(days=post.day), time(hours, minutes), DEFAULT_ZONE)
    drafts = store.drafts
    draft = drafts.create(
        client.id,
        title=post.title,
        body=post.body,
        networks=list(post.networks),
        tags=post.tags,
        planned=planned,
        created_at=planned.utc - timedelta(days=8),
    )
    drafts.mark_sent(draft.id, now=planned.utc - timedelta(days=4))
    drafts.record_answer(
        draft.id, approved=True, words="Validé.", author="Claire Martin", now=planned.utc - timedelta(days=3)
    )
    drafts.set_status(draft.id, "scheduled", now=planned.utc - timedelta(days=2))
    rng = random.Random(f"url|{post.title}")
    for offset, network in enumerate(post.networks):
        drafts.mark_published(
            draft.id,
            url=_url(network, index * 4 + offset, rng),
            at=planned.utc + timedelta(minutes=2 + 3 * offset),
            network=network,
        )


def _followers(store: Store, client: Client, today: date) -> None:
    """End-of-month followers for the last four months (the current month: as of today)."""
    for network, now in _FOLLOWERS_NOW.items():
        rng = random.Random(f"followers|{network}")
        count = now
        year, month = today.year, today.month
        for _ in range(4):
            store.metrics.set_followers(client.id, network, f"{year:04d}-{month:02d}", count)
            count -= int(_MONTHLY_GROWTH[network] * rng.uniform(0.7, 1.3))
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
