# ruff: noqa: E501 - sample prose: Markdown lines are as long as the paragraphs they hold
"""The sample client's notebook: the shipped templates filled in for Boulangerie Martin.

A brief, an editorial charter, a moderation charter and a monthly report, as a CM would have
written them after a few weeks with a Lyon bakery, plus a KPI note computed with core.kpi and an
ideas note, linked together with [[wiki links]] so backlinks show from the first launch.

The editorial charter shows the logo and a model photo from the sample library inline. The media
builder runs first (storage/samples.py), so the links use the sha256 of the files it imported;
without them (no data folder, files not shipped) the charter simply has no pictures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cmtoolbox.core import kpi
from cmtoolbox.storage.media import MediaQuery

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store

BRIEF = "Brief — Boulangerie Martin"
EDITORIAL = "Charte éditoriale — Boulangerie Martin"
MODERATION = "Charte de modération — Boulangerie Martin"
REPORT = "Reporting octobre 2026 — Boulangerie Martin"
KPI_NOTE = "KPI — campagne « Fournée d’automne »"
IDEAS = "Idées de posts — novembre"

_BRIEF_BODY = f"""# Brief client — Boulangerie Martin

*Brief recueilli le 4 septembre 2026 · Interlocuteur : Claire Martin (gérante) · Version 2*

## 1. L’entreprise

- **Activité et offre :** boulangerie-pâtisserie artisanale, levain naturel, farines d’un moulin de l’Ain ; pains spéciaux, viennoiseries, pâtisseries de saison, snacking le midi.
- **Positionnement, promesse :** « le bon pain du quartier, fait ici depuis 1987 ».
- **Valeurs et personnalité de la marque :** chaleureuse, exigeante sur les produits, ancrée dans la Croix-Rousse.
- **Principaux concurrents :** Maison Pozzoli (rue d’Austerlitz), la chaîne Paul du boulevard, le marché du boulevard le dimanche.
- **Actualités à venir :** nouveau four à sole en novembre, galette des rois en janvier, recrutement d’un apprenti en juin.

## 2. Présence actuelle

| Réseau | Compte | Abonnés | Rythme actuel | Observations |
|---|---|---|---|---|
| Instagram | @boulangeriemartin | 2 140 | 2 posts / semaine | Belles photos, peu de Reels |
| Facebook | Boulangerie Martin Lyon | 1 380 | irrégulier | Public plus âgé, fidèle |
| LinkedIn (page) | Boulangerie Martin | 95 | aucun | Utile pour le recrutement |
| TikTok | — | — | — | Pas de compte |

- **Site web, newsletter, fiche Google :** fiche Google à jour (4,6/5, 312 avis), pas de newsletter.
- **Historique :** le jeu-concours de la Saint-Valentin 2026 a doublé la portée ; les posts « promo » purs marchent mal.
- **Accès existants :** Meta Business Suite (rôle administrateur donné le 8 septembre), pas d’outil de planification.

## 3. Objectifs

| Objectif | Indicateur (KPI) | Valeur de départ | Cible | Échéance |
|---|---|---|---|---|
| Notoriété | Abonnés Instagram | 2 140 | 3 000 | juin 2027 |
| Engagement | Taux d’engagement (portée) | 3,1 % | 5 % | mars 2027 |
| Trafic | Itinéraires demandés (fiche Google) | 410 / mois | 550 / mois | mars 2027 |
| Recrutement | Candidatures apprenti | 2 | 8 | juin 2027 |

## 4. Cibles

- **Cœur de cible :** habitants de la Croix-Rousse, 28-55 ans, actifs, sensibles au fait maison et aux circuits courts.
- **Cible secondaire :** entreprises du quartier (plateaux petit-déjeuner), touristes du week-end.
- **Persona principal :** Julie, 34 ans, deux enfants, passe tous les matins avant l’école, suit des comptes food lyonnais.
- **Ce que la cible doit penser de Boulangerie Martin après six mois :** « c’est ma boulangerie, je connais l’équipe ».

## 5. Messages et ton

- **Message clé :** des produits faits ici, par une équipe qu’on connaît.
- **Preuves et arguments :** levain de 12 ans, farines locales, avis Google, coulisses du fournil à 4 h du matin.
- **Tutoiement ou vouvoiement :** tutoiement sur Instagram, vouvoiement sur Facebook et LinkedIn (voir [[{EDITORIAL}]]).
- **Emojis, humour, écriture inclusive :** emojis sobres (🥖 🥐 ✨), humour léger, termes épicènes.
- **Sujets à éviter :** politique, comparaison directe avec les concurrents, prix barrés.

## 6. Moyens et contraintes

- **Budget mensuel :** gestion : 650 € HT · publicité : 150 € HT
- **Ressources fournies par le client :** photos du fournil tous les lundis, logo et polices.
- **Validation :** Claire valide le calendrier par e-mail sous 48 h.
- **Contraintes légales ou sectorielles :** jeux-concours (règlement), droit à l’image des salariés, mentions allergènes.
- **Temps forts et périodes creuses :** galette (janvier), Pâques, fête des mères ; creux en août (fermeture deux semaines).

## 7. Livrables attendus

- [x] Audit de l’existant
- [x] Stratégie et ligne éditoriale
- [x] Calendrier éditorial mensuel
- [ ] Création des visuels et vidéos
- [x] Publication et animation
- [x] Modération et réponse aux messages (voir [[{MODERATION}]])
- [x] Campagnes sponsorisées
- [x] Reporting mensuel (dernier : [[{REPORT}]])

## 8. Prochaines étapes

- [x] Envoyer la proposition le 10 septembre
- [x] Recevoir les accès le 8 septembre
- [ ] Tournage des Reels du nouveau four le 18 novembre
"""

CHARTER_PICTURES = {
    "logo": "logo-boulangerie-martin.png",
    "photo": "croissants-du-matin.jpg",
}
"""Sample library files the editorial charter shows (file names of storage.media.SAMPLE_MEDIA)."""


def _visual_identity(pictures: dict[str, str]) -> str:
    """Section 7 of the charter, with the library pictures when the sample library holds them."""
    lines = [
        "## 7. Identité visuelle",
        "",
        "- Couleurs : caramel #C47F3B, crème, noir ; police des titres : Fraunces.",
        "- Style photo : lumière naturelle, mains au travail, pas de fond blanc.",
    ]
    if "logo" in pictures:
        lines += ["", "**Logo officiel** (fond transparent, ne jamais le déformer) :", "", pictures["logo"]]
    if "photo" in pictures:
        lines += [
            "",
            "**Photo de référence** pour le feed (cadrage carré, lumière du matin) :",
            "",
            pictures["photo"],
        ]
    return "\n".join(lines)


_EDITORIAL_BODY = f"""# Charte éditoriale — Boulangerie Martin

*Version du 15 septembre 2026 · à relire tous les six mois · issue du [[{BRIEF}]]*

## 1. Pourquoi Boulangerie Martin prend la parole

- **Mission de la présence en ligne :** faire entrer le quartier dans le fournil.
- **Objectifs prioritaires :** engagement de la communauté locale, puis notoriété et recrutement.
- **Ce qui nous distingue :** un levain de 12 ans, des farines de l’Ain, une équipe de sept personnes qu’on reconnaît au comptoir.

## 2. À qui nous parlons

| Cible | Ce qu’elle attend | Réseaux privilégiés |
|---|---|---|
| Cœur de cible | Nouveautés, horaires, coulisses | Instagram, Facebook |
| Cible secondaire | Offres entreprises, commandes | Facebook, LinkedIn |
| Prescripteurs (presse, partenaires) | Histoire, savoir-faire | LinkedIn, Instagram |

## 3. Piliers de contenu

| Pilier | Exemples de sujets | Part du calendrier |
|---|---|---|
| Expertise (conseils, tutoriels) | Conserver son pain, reconnaître un vrai levain | 25 % |
| Coulisses et équipe | Le fournil à 4 h, portrait d’apprenti | 30 % |
| Produits et services | Pain du mois, galette, plateaux entreprises | 20 % |
| Communauté (avis, contenus partagés, questions) | Repartages de clients, réponses aux questions | 15 % |
| Actualité et temps forts | Fête des Lumières, marché de Noël | 10 % |

## 4. Ton et style

- **Personnalité en trois adjectifs :** chaleureuse, gourmande, authentique.
- **Tutoiement ou vouvoiement :** tutoiement sur Instagram ; vouvoiement sur Facebook et LinkedIn.
- **Emojis :** 🥖 🥐 ✨ ❤️, trois au maximum par publication.
- **Humour :** jeux de mots boulangers avec modération.
- **Écriture inclusive :** termes épicènes (« l’équipe », « les personnes »), pas de point médian.

| Nous disons | Nous évitons |
|---|---|
| fait maison, levain naturel | « industriel », « pas cher » |
| l’équipe, le fournil | « nos employés » |

## 5. Règles d’écriture

- Une idée par publication ; l’accroche tient dans les deux premières lignes.
- Typographie française : espace insécable avant « : ; ! ? », guillemets « ».
- Allergènes mentionnés pour chaque produit présenté.

## 6. Formats par réseau

| Réseau | Formats | Rythme | Créneaux | Hashtags |
|---|---|---|---|---|
| Instagram | Carrousels, Reels, stories | 3 posts + stories quotidiennes | 7 h 30, 12 h | #BoulangerieMartin #PainDeLyon #FaitMaison |
| Facebook | Photos, événements | 2 posts | 8 h | 0 à 2 |
| LinkedIn | Texte + visuel | 2 par mois | mardi 9 h | #Artisanat #Recrutement |

{{identity}}

## 8. Accessibilité

- Texte alternatif sur chaque image ; sous-titres sur chaque Reel.
- Hashtags en CamelCase.

## 9. Circuit de validation

1. Proposition du calendrier le 20 de chaque mois.
2. Retours de Claire sous deux jours ouvrés.
3. Contenus urgents (rupture, fermeture exceptionnelle) validés par SMS.

Voir aussi : [[{MODERATION}]] pour les réponses aux commentaires.
"""

_MODERATION_BODY = f"""# Charte de modération — Boulangerie Martin

*Version du 15 septembre 2026 · complète la [[{EDITORIAL}]]*

## Partie publique (épinglée sur Facebook)

Bienvenue sur les espaces de Boulangerie Martin ! Ils sont faits pour échanger, poser vos questions et partager vos gourmandises, dans le respect de chacun.

**Nous pouvons masquer ou supprimer, sans préavis, les contenus :**

- injurieux, diffamatoires, menaçants ou harcelants ;
- racistes, sexistes, homophobes ou appelant à la haine ;
- contenant des données personnelles (téléphone, adresse, numéro de commande…) ;
- publicitaires ou répétés (spam).

**Nos horaires :** nous lisons vos messages du mardi au samedi, de 8 h à 18 h, et répondons sous 4 heures ouvrées. Pour une commande, écrivez-nous en message privé ou à commandes@boulangerie-martin.fr.

## Partie interne : procédure

| Type de message | Exemple | Action | Délai | Qui |
|---|---|---|---|---|
| Question simple | « Vous faites du sans gluten ? » | Répondre publiquement | < 4 h ouvrées | CM |
| Réclamation client | Commande de galettes oubliée | Réponse courte + passage en privé | < 2 h ouvrées | CM puis Claire |
| Critique argumentée | Avis Google 2 étoiles sur l’attente | Remercier, reconnaître, proposer une solution | < 4 h ouvrées | CM, validation Claire |
| Troll, provocation | Commentaire hors sujet agressif | Ne pas répondre ; masquer si insultant | Immédiat | CM |

### Principes de réponse

- Signature : « Claire et l’équipe du fournil 🥖 » ; tutoiement sur Instagram, vouvoiement ailleurs.
- Ne jamais demander de données personnelles en public.
- Ne jamais supprimer une critique légitime : y répondre.

### Escalade et crise

- **Contact d’astreinte :** Claire Martin, 06 12 34 56 78.
- **Premières heures :** suspendre les publications programmées, message d’attente validé, pas de débat en commentaires.

### Suivi

| Mois | Messages traités | Temps de réponse moyen | Contenus masqués / supprimés | Incidents |
|---|---|---|---|---|
| Septembre | 64 | 2 h 40 | 3 | 0 |
| Octobre | 81 | 2 h 10 | 2 | 0 |
"""


def _kpi_body() -> str:
    cpc = kpi.format_for_note(kpi.evaluate("cpc", {"cost": 150, "clicks": 362}), "fr")
    ctr = kpi.format_for_note(kpi.evaluate("ctr", {"clicks": 362, "impressions": 24_800}), "fr")
    err = kpi.format_for_note(
        kpi.evaluate("engagement_rate_reach", {"engagements": 1_037, "reach": 18_950}), "fr"
    )
    return f"""# KPI — campagne « Fournée d’automne »

Campagne Instagram et Facebook du 7 au 27 octobre 2026 : carrousel « pain du mois » sponsorisé sur un rayon de 3 km autour de la boutique, budget 150 € HT.

{cpc}
{ctr}
{err}
**Lecture :** le CPC est bon pour un commerce de proximité (objectif : moins de 0,50 €) ; le taux d’engagement dépasse la cible de 5 % fixée dans le [[{BRIEF}]].

Repris dans le [[{REPORT}]].
"""


def _report_body() -> str:
    growth = kpi.evaluate("growth_rate", {"followers_start": 2_140, "followers_end": 2_312})
    growth_text = kpi.format_value(growth.value, growth.unit, "fr")
    return f"""# Reporting mensuel — Boulangerie Martin — octobre 2026

*Établi le 3 novembre 2026*

## En bref

- **Ce qui a le mieux marché :** le Reel « 4 h du matin au fournil » (11 200 vues).
- **Point d’attention :** Facebook recule en portée organique (−12 %).
- **Priorité du mois prochain :** préparer la galette des rois et le tournage du nouveau four.

## Chiffres clés par réseau

| Réseau | Abonnés | Évolution | Publications | Portée | Impressions | Interactions | Taux d’engagement |
|---|---|---|---|---|---|---|---|
| Instagram | 2 312 | +{growth_text} | 14 | 21 400 | 38 900 | 1 190 | 5,6 % |
| Facebook | 1 402 | +1,6 % | 9 | 6 850 | 9 700 | 212 | 3,1 % |
| LinkedIn | 118 | +24,2 % | 2 | 1 020 | 1 480 | 41 | 4 % |

## Publicité sponsorisée

Détail et calculs dans [[{KPI_NOTE}]] : CPC 0,41 €, CTR 1,46 %.

## Communauté et modération

- Messages et commentaires traités : 81 (procédure : [[{MODERATION}]])
- Temps de réponse moyen : 2 h 10
- Avis Google reçus : 14 (note moyenne 4,7)

## Recommandations pour le mois prochain

- [ ] Trois Reels sur le nouveau four à sole
- [ ] Jeu-concours galette des rois (règlement à rédiger)
- [ ] Post LinkedIn : recrutement d’un apprenti
"""


_IDEAS_BODY = f"""# Idées de posts — novembre

- [ ] Reel : le premier pain sorti du nouveau four (tournage le 18)
- [ ] Carrousel : « 5 façons de garder ton pain frais » (pilier expertise, voir [[{EDITORIAL}|la charte]])
- [ ] Story quiz : levain ou levure ?
- [x] Portrait de Léa, apprentie pâtissière
- [ ] Brouillon déjà commencé : [[draft:Reel fournée du matin]]

Ton : tutoiement sur Instagram, emojis 🥖 ✨ au maximum.
"""


def _charter_pictures(store: Store, client_id: int) -> dict[str, str]:
    """The Markdown links of the charter's pictures, from the sample library imported before."""
    by_name = {item.original_name: item for item in store.media.page(MediaQuery(client_id), 0, 200)}
    return {role: by_name[name].markdown() for role, name in CHARTER_PICTURES.items() if name in by_name}


def _editorial_body(pictures: dict[str, str]) -> str:
    return _EDITORIAL_BODY.replace("{identity}", _visual_identity(pictures))


def add_sample_notes(store: Store, client: Client) -> None:
    """Sample builder (storage/samples.py, after the media builder): the sample client's notebook."""
    notes = store.notes
    cid = client.id
    notes.create(cid, BRIEF, _BRIEF_BODY, notebook="Stratégie", tags=["brief"], pinned=True)
    editorial = _editorial_body(_charter_pictures(store, cid))
    notes.create(cid, EDITORIAL, editorial, notebook="Stratégie", tags=["charte", "ton"])
    notes.create(cid, MODERATION, _MODERATION_BODY, notebook="Stratégie", tags=["charte", "modération"])
    notes.create(cid, KPI_NOTE, _kpi_body(), notebook="Reporting", tags=["reporting", "publicité"])
    notes.create(cid, REPORT, _report_body(), notebook="Reporting", tags=["reporting"])
    notes.create(cid, IDEAS, _IDEAS_BODY, notebook="Idées", tags=["idées", "instagram"])
    store.kpi_formulas.save(
        cid,
        kpi.CustomFormula(
            "Panier moyen attribué",
            "revenue / conversions",
            [
                kpi.KpiInput("revenue", "currency", {"fr": "ventes attribuées", "en": "attributed sales"}),
                kpi.KpiInput("conversions", "count", {"fr": "commandes", "en": "orders"}),
            ],
            unit="currency",
        ),
    )
