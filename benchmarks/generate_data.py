"""Generate a large notebook for benchmarks: N notes (100,000 by default) of realistic French text.

Run: `python benchmarks/generate_data.py --notes 100000 --out /tmp/cmt-bench-100k`

Words are drawn from the bundled French frequency list with their real (Zipf) frequencies, so the
index has the long tail and the very common words ("de", "la"...) of real notes; sentences mix in
community-management vocabulary, accents, "œ", elisions with a typographic apostrophe, hashtags,
Markdown headings and lists, tags and some [[wiki links]]. Notes are spread over a few clients,
with 5 % shared by all of them.

Rows are written in bulk with executemany (not through NotesManager, which records a revision and
parses links per note), but with the same derived data the manager writes: the folded full-text
row, the title key and the link rows. About a minute for 100,000 notes on a laptop.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cmtoolbox.core.render import extract_wikilinks  # noqa: E402
from cmtoolbox.core.textfold import fold_for_index  # noqa: E402
from cmtoolbox.paths import resource_path  # noqa: E402
from cmtoolbox.storage.notes import index_text, title_key  # noqa: E402
from cmtoolbox.storage.store import Store  # noqa: E402

CLIENTS = ("Boulangerie Martin", "Café Lumière", "Atelier Vélo Croix-Rousse", "Mairie de Villeurbanne",
           "Librairie Les Mots Passants")  # fmt: skip
TAGS = ("brief", "charte", "modération", "reporting", "idées", "concurrence", "événement", "pub",
        "instagram", "linkedin", "tiktok", "facebook", "newsletter", "influence", "avis clients",
        "recrutement", "saisonnier", "e-réputation")  # fmt: skip
TITLE_WORDS = ("Brief", "Charte éditoriale", "Charte de modération", "Reporting", "Idées de posts",
               "Compte rendu", "Veille concurrentielle", "Plan de communication", "Calendrier",
               "Campagne", "Bilan", "Atelier", "Notes de réunion", "Stratégie", "Partenariat")  # fmt: skip
CM_PHRASES = (
    "les réseaux sociaux", "l’e-réputation de la marque", "le taux d’engagement", "une stratégie de contenu",
    "la ligne éditoriale", "les stories Instagram", "un carrousel LinkedIn", "la communauté locale",
    "l’œuvre collective", "les avis Google", "le calendrier éditorial", "une campagne sponsorisée",
    "le coût par clic", "les abonnés fidèles", "l’association des commerçants", "un jeu-concours",
    "la modération des commentaires", "le ton chaleureux", "les créateurs de contenu", "une vidéo courte",
    "le cœur de cible", "la portée organique", "les hashtags de marque", "un partenariat local",
    "l’événement de quartier", "la newsletter mensuelle", "le budget publicitaire", "les visuels de saison",
)  # fmt: skip
OPENERS = ("Il faut", "Nous proposons", "Le client souhaite", "À prévoir :", "Idée :", "Attention :",
           "Pour le mois prochain,", "Retour du client :", "On garde", "Objectif :",
           "À tester :")  # fmt: skip
VOWELS = set("aeiouyéèêàâîôûœh")
SKIP = {"merde", "putain", "con", "connard", "conne", "salope", "bordel", "foutre", "chier", "cul", "bite"}


def load_vocabulary(limit: int = 30000) -> tuple[list[str], list[float]]:
    words: list[str] = []
    weights: list[float] = []
    path = resource_path("dictionaries", "freq_fr.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, _, zipf = line.partition("\t")
        if word in SKIP:
            continue
        words.append(word)
        weights.append(10 ** (int(zipf) / 10))
        if len(words) >= limit:
            break
    return words, list(itertools.accumulate(weights))


class TextMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words, self.cum = load_vocabulary()

    def sentence(self) -> str:
        rng = self.rng
        raw = rng.choices(self.words, cum_weights=self.cum, k=rng.randint(6, 18))
        out: list[str] = []
        for word in raw:
            # French elision, with the typographic apostrophe most keyboards' autocorrect produce.
            if out and out[-1] in ("le", "la", "de", "que") and word[:1] in VOWELS and len(word) > 3:
                out[-1] = out[-1][0] + "’" + word
                continue
            out.append(word)
        if rng.random() < 0.7:
            out.insert(rng.randrange(len(out) + 1), rng.choice(CM_PHRASES))
        if rng.random() < 0.08:
            out.append(f"#{rng.choice(('BoulangerieMartin', 'Lyon', 'FaitMaison', 'CommerceLocal'))}")
        text = " ".join(out)
        opener = rng.choice(OPENERS) + " " if rng.random() < 0.3 else ""
        text = opener + text
        return text[0].upper() + text[1:] + rng.choice((".", ".", ".", " !", " ?"))

    def body(self, titles: list[str]) -> str:
        rng = self.rng
        parts: list[str] = []
        for _ in range(rng.randint(1, 4)):
            if rng.random() < 0.5:
                parts.append(f"## {self.sentence().rstrip('.!? ')[:60]}")
            if rng.random() < 0.4:
                parts.append("\n".join(f"- {self.sentence()}" for _ in range(rng.randint(2, 5))))
            else:
                parts.append(" ".join(self.sentence() for _ in range(rng.randint(2, 6))))
        if titles and rng.random() < 0.15:
            parts.append(f"Voir aussi [[{rng.choice(titles)}]].")
        return "\n\n".join(parts)


def generate(root: Path, count: int, *, seed: int = 7, batch: int = 5000) -> float:
    started = time.perf_counter()
    root.mkdir(parents=True, exist_ok=True)
    store, _ = Store.open(root)
    db = store.db
    rng = random.Random(seed)
    maker = TextMaker(rng)
    try:
        with db.atomic():
            client_ids = []
            for name in CLIENTS:
                existing = db.execute("SELECT id FROM clients WHERE name = ?", [name]).fetchone()
                client_ids.append(existing[0] if existing else store.clients.create(name).id)
            tag_ids = store.tags.ensure(TAGS)
        start_id = (db.execute("SELECT max(id) FROM notes").fetchone()[0] or 0) + 1
        base = datetime(2026, 11, 21, tzinfo=UTC)
        titles: list[str] = []
        for first in range(0, count, batch):
            notes, fts, tags, links = [], [], [], []
            for offset in range(first, min(first + batch, count)):
                note_id = start_id + offset
                title = f"{rng.choice(TITLE_WORDS)} {rng.choice(CLIENTS).split()[0]} n°{offset + 1}"
                body = maker.body(titles)
                client_id = None if rng.random() < 0.05 else rng.choice(client_ids)
                when = (base - timedelta(minutes=rng.randint(0, 3 * 365 * 24 * 60))).isoformat(
                    timespec="microseconds"
                )
                note_tags = rng.sample(TAGS, rng.randint(0, 3))
                notes.append(
                    (note_id, client_id, title, title_key(title), body, int(rng.random() < 0.002), when, when)
                )
                fts.append(
                    (
                        note_id,
                        fold_for_index(title),
                        fold_for_index(index_text(body)),
                        fold_for_index(" ".join(note_tags)),
                    )
                )
                tags += [(note_id, tag_ids[TAGS.index(t)]) for t in note_tags]
                if "[[" in body:
                    links += [
                        (note_id, link.kind, link.key[1], link.target, pos)
                        for pos, link in enumerate(extract_wikilinks(body))
                    ]
                if len(titles) < 2000:
                    titles.append(title)
            with db.atomic():
                db.conn.executemany(
                    "INSERT INTO notes (id, client_id, title, title_key, body, pinned, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    notes,
                )
                db.conn.executemany(
                    "INSERT INTO notes_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)", fts
                )
                db.conn.executemany("INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)", tags)
                db.conn.executemany(
                    "INSERT OR IGNORE INTO note_links (note_id, kind, target_key, target, position) "
                    "VALUES (?, ?, ?, ?, ?)",
                    links,
                )
            print(f"  {first + len(notes):>7} notes  {time.perf_counter() - started:6.1f} s", flush=True)
        with db.atomic():
            db.execute("INSERT INTO notes_fts (notes_fts) VALUES ('optimize')")
        db.execute("ANALYZE")
    finally:
        store.close()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--out", type=Path, required=True, help="data folder to create (or extend)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    elapsed = generate(args.out, args.notes, seed=args.seed)
    size = sum(p.stat().st_size for p in args.out.glob("cmtoolbox.sqlite3*")) / 1e6
    print(f"{args.notes} notes in {elapsed:.1f} s; database {size:.0f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
