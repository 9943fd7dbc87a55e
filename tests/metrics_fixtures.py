"""A florist's published posts at fixed dates, matching the export files in tests/data/metrics/."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from pathlib import Path

from cmtoolbox.core.schedule import PlannedTime
from cmtoolbox.storage.store import Store

DATA = Path(__file__).resolve().parent / "data" / "metrics"
ZONE = "Europe/Paris"


@dataclass(frozen=True)
class Florist:
    client_id: int
    bouquet_fb: int  # variant ids
    bouquet_ig: int
    atelier_fb: int
    tulipes_x: int
    ferme_x: int


def _publish(
    store: Store, client_id: int, title: str, body: str, day: str, at: str, urls: dict[str, str]
) -> dict[str, int]:
    from datetime import date

    hours, minutes = (int(p) for p in at.split(":"))
    planned = PlannedTime.on(date.fromisoformat(day), time(hours, minutes), ZONE)
    draft = store.drafts.create(client_id, title=title, body=body, networks=list(urls), planned=planned)
    for network, url in urls.items():
        store.drafts.mark_published(draft.id, url=url, at=planned.utc, network=network)
    return {v.network: v.id for v in store.drafts.get(draft.id).variants}


def florist(store: Store) -> Florist:
    with store.transaction():
        client = store.clients.create("Fleurs de Sophie")
        bouquet = _publish(
            store,
            client.id,
            "Bouquet de la semaine",
            "Bouquet de la semaine : pivoines et renoncules, à retirer en boutique dès vendredi. "
            "Réservez le vôtre au 04 78 00 00 00 !",
            "2026-03-03",
            "09:00",
            {
                "facebook": "https://www.facebook.com/fleursdesophie/posts/pfbid0Bouquet1",
                "instagram": "https://www.instagram.com/p/CxBouquet01/",
            },
        )
        atelier = _publish(
            store,
            client.id,
            "Atelier couronnes",
            "Atelier couronnes de fleurs samedi matin : 8 places, matériel fourni, café offert. "
            "Inscriptions en boutique.",
            "2026-03-07",
            "10:00",
            {"facebook": ""},  # published by hand, address not noted
        )
        tulipes = _publish(
            store,
            client.id,
            "Tulipes",
            "Les tulipes sont arrivées ! Jaunes, blanches, perroquet : venez choisir les vôtres 🌷",
            "2026-03-05",
            "12:00",
            {"x": "https://x.com/fleursdesophie/status/1765000000000000001"},
        )
        ferme = _publish(
            store,
            client.id,
            "Fermeture inventaire",
            "Fermé lundi 9 mars pour inventaire. Réouverture mardi à 9 h. Merci de votre compréhension !",
            "2026-03-08",
            "18:45",
            {"x": ""},
        )
    return Florist(
        client.id, bouquet["facebook"], bouquet["instagram"], atelier["facebook"], tulipes["x"], ferme["x"]
    )
