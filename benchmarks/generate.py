"""Three years of a busy community manager's data, for the benchmarks of issue 16.

Run: `python benchmarks/generate.py --size small|full --data-dir DIR [--seed N]`

    size   clients  notes    drafts  feeds  feed items  library files
    full   30       100,000  20,000  300    200,000     10,000
    small  3        10,000   2,000   300    20,000      1,000      (about a minute)

Small keeps the 300 feeds (the refresh benchmark is about many feeds at once) with a tenth of
their items. Everything is deterministic from the seed (uids included), except the timestamps the
app's own migrations write.

The app's migrations run first (`Store.open`), so the schema is the app's. Rows are written in
bulk (executemany, one transaction per batch) rather than through the managers, which record a
revision and an event per row, but with the same derived data the managers write: folded
full-text rows (`core.textfold.fold_for_index`), title keys, wiki-link rows, tag links, media
usages, `draft_events`. Sync's triggers (m012) fire as for any write. What the bulk path leaves
out: revisions (history of each record) and media thumbnails (the library makes them on demand).

- Notes: French text drawn from the bundled frequency list with its Zipf weights (the index gets
  the long tail and the very common words), community-management phrases, accents, "œ",
  typographic elisions, hashtags, Markdown headings and lists, tags, some [[wiki links]]; 5 %
  shared by all clients.
- Drafts: a variant per network (1 to 4), most following the master, some with their own text;
  every status; planned and published dates over three years; some library media attached.
- Feeds: 300 subscriptions (a third shared by all clients). The newest 30 items of each feed
  come from an RSS file written under `DIR/bench/feeds/` and parsed by the app's parser, so the
  refresh benchmark can serve those files (plus 2 new items each: `feed_NNN.new.rss`) from a
  local HTTP server and the app finds what it stored; older items are stored the same way
  (`FeedManager.store_parsed`) from entries built directly.
- Library: real small JPEG, PNG and PDF files of a few sizes, each unique (a comment, text
  chunk or text differs), stored content-addressed where the library keeps them
  (`files/ab/cd/<sha256>.<ext>`), with their media rows, tags and search rows.
- Accounts (through the manager, without secrets), published posts' metrics and monthly
  follower counts (when migration m011 exists; skipped cleanly otherwise).

`DIR/bench/manifest.json` records the size, seed, counts and timings; `benchmarks/run.py` reads it.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import itertools
import json
import random
import sqlite3
import sys
import time
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from cmtoolbox.core.feeds import FeedEntry, ParsedFeed, parse_feed  # noqa: E402
from cmtoolbox.core.media import probe  # noqa: E402
from cmtoolbox.core.render import extract_wikilinks  # noqa: E402
from cmtoolbox.core.textfold import fold_for_index  # noqa: E402
from cmtoolbox.paths import resource_path  # noqa: E402
from cmtoolbox.storage.accounts import AccountFields  # noqa: E402
from cmtoolbox.storage.draft_model import title_key as draft_title_key  # noqa: E402
from cmtoolbox.storage.notes import index_text, title_key  # noqa: E402
from cmtoolbox.storage.store import Store  # noqa: E402

BASE_TIME = datetime(2026, 11, 21, tzinfo=UTC)
THREE_YEARS_MIN = 3 * 365 * 24 * 60
FEED_HOST = "http://feeds.bench.invalid"  # run.py points the feeds at its local server
SERVED_ITEMS = 30  # the newest items each feed file holds, as real feeds do
NEW_ITEMS = 2  # items the ".new" file adds: what a refresh finds


@dataclass(frozen=True)
class Size:
    clients: int
    notes: int
    drafts: int
    feeds: int
    feed_items: int
    media: int


SIZES = {
    "full": Size(clients=30, notes=100_000, drafts=20_000, feeds=300, feed_items=200_000, media=10_000),
    "small": Size(clients=3, notes=10_000, drafts=2_000, feeds=300, feed_items=20_000, media=1_000),
    # For the tests of this generator and of run.py (seconds).
    "tiny": Size(clients=2, notes=300, drafts=60, feeds=4, feed_items=160, media=12),
}

TRADES = ("Boulangerie", "Café", "Atelier Vélo", "Mairie", "Librairie", "Fromagerie", "Salon de coiffure",
          "Garage", "Fleuriste", "Pharmacie", "Brasserie", "Cave à vins", "Épicerie fine", "Yoga Studio",
          "Agence immobilière", "Chocolaterie", "Crèche", "Théâtre", "Camping", "Ébénisterie")  # fmt: skip
CITIES = ("Lyon", "Villeurbanne", "Croix-Rousse", "Annecy", "Grenoble", "Saint-Étienne", "Chambéry",
          "Valence", "Vienne", "Bourg-en-Bresse", "Mâcon", "Roanne")  # fmt: skip
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
POST_EXTRAS = ("🥐", "☕", "🎉", "❤️", "👉", "📍", "✨", "🚲", "📚", "👩‍🍳", "🇫🇷", "🙌🏽")  # fmt: skip
DRAFT_NETWORKS = ("instagram", "facebook", "linkedin", "x", "mastodon", "bluesky", "tiktok", "threads")
DRAFT_STATUSES = (("idea", 8), ("draft", 20), ("to_approve", 5), ("approved", 4), ("scheduled", 8),
                  ("published", 50), ("archived", 5))  # fmt: skip
PLANNED_TZ = "Europe/Paris"
ACCOUNT_NETWORKS = ("instagram", "facebook", "linkedin", "x", "tiktok")
VOWELS = set("aeiouyéèêàâîôûœh")
SKIP = {"merde", "putain", "con", "connard", "conne", "salope", "bordel", "foutre", "chier", "cul", "bite"}


# -- text ------------------------------------------------------------------------------------------
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

    def post(self, client: str) -> str:
        """A social post: a few sentences, emoji, hashtags, sometimes a link and a mention."""
        rng = self.rng
        parts = [self.sentence() for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.6:
            parts.append(" ".join(rng.sample(POST_EXTRAS, rng.randint(1, 3))))
        if rng.random() < 0.4:
            parts.append(
                f"https://www.example.fr/{rng.choice(('actu', 'blog', 'boutique'))}/{rng.randint(1, 999)}"
            )
        if rng.random() < 0.3:
            parts.append(f"@{client.split()[0].lower()}_{rng.choice(CITIES).split('-')[0].lower()}")
        tags = rng.sample(("#CommerceLocal", "#Lyon", "#FaitMaison", "#Artisan", "#Nouveauté", "#Promo"), 2)
        return "\n\n".join([" ".join(parts), " ".join(tags)])


def stamp(rng: random.Random, *, within_min: int = THREE_YEARS_MIN) -> datetime:
    return BASE_TIME - timedelta(minutes=rng.randint(0, within_min))


def db_time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def det_uid(rng: random.Random) -> str:
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


def has_table(db: Any, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name]).fetchone() is not None


def columns(db: Any, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall()}


def client_names(count: int) -> list[str]:
    names = list(CLIENTS[:count])
    for trade, city in itertools.product(TRADES, CITIES):
        if len(names) >= count:
            break
        name = f"{trade} {city}"
        if name not in names:
            names.append(name)
    return names


def progress(label: str, done: int, started: float) -> None:
    print(f"  {label:<12} {done:>7}  {time.perf_counter() - started:6.1f} s", flush=True)


# -- notes -----------------------------------------------------------------------------------------
def generate_notes(
    store: Store,
    count: int,
    rng: random.Random,
    maker: TextMaker,
    client_ids: Sequence[int],
    batch: int = 5000,
) -> int:
    db = store.db
    started = time.perf_counter()
    tag_ids = store.tags.ensure(TAGS)
    start_id = (db.execute("SELECT max(id) FROM notes").fetchone()[0] or 0) + 1
    names = [row[0] for row in db.execute("SELECT name FROM clients ORDER BY id")]
    titles: list[str] = []
    for first in range(0, count, batch):
        notes, fts, tags, links = [], [], [], []
        for offset in range(first, min(first + batch, count)):
            note_id = start_id + offset
            title = (
                f"{rng.choice(TITLE_WORDS)} {rng.choice(names or list(CLIENTS)).split()[0]} n°{offset + 1}"
            )
            body = maker.body(titles)
            client_id = None if rng.random() < 0.05 else rng.choice(client_ids)
            when = db_time(stamp(rng))
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
            db.conn.executemany("INSERT INTO notes_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)", fts)
            db.conn.executemany("INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)", tags)
            db.conn.executemany(
                "INSERT OR IGNORE INTO note_links (note_id, kind, target_key, target, position) "
                "VALUES (?, ?, ?, ?, ?)",
                links,
            )
        progress("notes", first + len(notes), started)
    with db.atomic():
        db.execute("INSERT INTO notes_fts (notes_fts) VALUES ('optimize')")
    return count


# -- library files ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class BaseFile:
    data: bytes
    kind: str
    mime: str
    ext: str
    width: int | None
    height: int | None
    stem: str


def _picture(rng: random.Random, width: int, height: int) -> Any:
    """A photo-like picture: soft gradients, shapes and grain (compresses like a real photo)."""
    from PIL import Image, ImageDraw, ImageFilter

    image = Image.new("RGB", (width, height), tuple(rng.randint(40, 220) for _ in range(3)))  # type: ignore[arg-type]
    draw = ImageDraw.Draw(image)
    for _ in range(24):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randint(width // 20, width // 3)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randint(0, 255) for _ in range(3)))  # type: ignore[arg-type]
    image = image.filter(ImageFilter.GaussianBlur(radius=max(2, width // 100)))
    # Grain from the seeded generator (Image.effect_noise has its own, unseeded one).
    noise = Image.frombytes("L", (width, height), rng.randbytes(width * height)).convert("RGB")
    return Image.blend(image, noise, 0.06)


def base_files(rng: random.Random, work: Path) -> list[tuple[BaseFile, int]]:
    """The few distinct files (with their weight in the mix) every library file is a variant of."""
    made: list[tuple[BaseFile, int]] = []
    specs = (
        ("jpeg", 640, 480, 50, "photo"),
        ("jpeg", 1280, 960, 25, "visuel"),
        ("jpeg", 2048, 1536, 5, "shooting"),
        ("png", 800, 800, 15, "carre"),
        ("pdf", 0, 0, 5, "flyer"),
    )
    work.mkdir(parents=True, exist_ok=True)
    for fmt, width, height, weight, stem in specs:
        if fmt == "pdf":
            data = pdf_document("Flyer")
            path = work / "base.pdf"
        else:
            buffer = io.BytesIO()
            picture = _picture(rng, width, height)
            if fmt == "jpeg":
                picture.save(buffer, "JPEG", quality=85)
            else:
                picture.quantize(64).save(buffer, "PNG", optimize=False)
            data = buffer.getvalue()
            path = work / f"base_{width}.{'jpg' if fmt == 'jpeg' else 'png'}"
        path.write_bytes(data)
        info = probe(path)
        made.append((BaseFile(data, info.kind, info.mime, info.ext, info.width, info.height, stem), weight))
    return made


def unique_variant(base: BaseFile, serial: int) -> bytes:
    """The base file made unique, still a valid file of its type."""
    text = f"CM Toolbox benchmark file {serial}".encode()
    if base.ext in ("jpg", "jpeg"):  # a COM segment right after SOI
        return base.data[:2] + b"\xff\xfe" + (len(text) + 2).to_bytes(2, "big") + text + base.data[2:]
    if base.ext == "png":  # a tEXt chunk right after IHDR (8-byte signature + 25-byte IHDR chunk)
        chunk = b"tEXt" + b"Comment\x00" + text
        packed = len(chunk[4:]).to_bytes(4, "big") + chunk + zlib.crc32(chunk).to_bytes(4, "big")
        return base.data[:33] + packed + base.data[33:]
    return pdf_document(f"Flyer {serial}")


def pdf_document(text: str) -> bytes:
    """A one-page PDF showing `text`, with a correct cross-reference table."""
    content = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def generate_media(
    store: Store, count: int, rng: random.Random, maker: TextMaker, client_ids: Sequence[int], work: Path
) -> dict[int, list[int]]:
    """Library files and records; returns each client's media ids (drafts attach some)."""
    db = store.db
    started = time.perf_counter()
    bases = base_files(rng, work)
    choices = [b for b, _ in bases]
    weights = [w for _, w in bases]
    tag_ids = store.tags.ensure(TAGS)
    start_id = (db.execute("SELECT max(id) FROM media").fetchone()[0] or 0) + 1
    files = store.media.files
    by_client: dict[int, list[int]] = {c: [] for c in client_ids}
    batch = 1000
    total_bytes = 0
    for first in range(0, count, batch):
        rows, fts, tags = [], [], []
        for offset in range(first, min(first + batch, count)):
            media_id = start_id + offset
            base = rng.choices(choices, weights=weights)[0]
            data = unique_variant(base, offset)
            sha = hashlib.sha256(data).hexdigest()
            path = files.content_path(sha, base.ext)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            path.chmod(0o440)
            total_bytes += len(data)
            client_id = rng.choice(client_ids)
            by_client[client_id].append(media_id)
            subject = rng.choice(("vitrine", "atelier", "equipe", "produit", "evenement"))
            original = f"{base.stem}-{subject}-{offset:05d}.{base.ext}"
            title = maker.sentence()[:60].rstrip(" .!?") if rng.random() < 0.6 else ""
            alt = maker.sentence()[:300] if base.kind == "image" and rng.random() < 0.5 else ""
            credit = rng.choice(("", "", "Photo : Léa Martin", "© Studio Lumière", "Canva"))
            licence = rng.choice(("", "", "CC BY 4.0", "Droits cédés 2 ans", "Usage réseaux sociaux"))
            expiry = (
                (BASE_TIME + timedelta(days=rng.randint(-200, 700))).date().isoformat() if licence else None
            )
            when = db_time(stamp(rng))
            rows.append(
                (
                    media_id,
                    client_id,
                    sha,
                    base.kind,
                    base.mime,
                    base.ext,
                    len(data),
                    base.width,
                    base.height,
                    original,
                    title,
                    alt,
                    credit,
                    licence,
                    expiry,
                    when,
                    when,
                )
            )
            media_tags = rng.sample(TAGS, rng.randint(0, 2))
            tags += [(media_id, tag_ids[TAGS.index(t)]) for t in media_tags]
            name_words = original.replace("-", " ").replace("_", " ").replace(".", " ")
            fts.append(
                (
                    media_id,
                    *(fold_for_index(v) for v in (title, "", alt, credit, " ".join(media_tags), name_words)),
                )
            )
        with db.atomic():
            db.conn.executemany(
                "INSERT INTO media (id, client_id, sha256, kind, mime, ext, size_bytes, width, height, "
                "original_name, title, alt_text, credit, licence, rights_expire_on, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            db.conn.executemany("INSERT INTO media_tags (media_id, tag_id) VALUES (?, ?)", tags)
            db.conn.executemany(
                "INSERT INTO media_fts (rowid, title, description, alt_text, credit, tags, original_name) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                fts,
            )
        progress("media", first + len(rows), started)
    print(f"  library files: {total_bytes / 1e6:.0f} MB", flush=True)
    return by_client


# -- drafts, published posts, metrics --------------------------------------------------------------
def generate_drafts(
    store: Store,
    count: int,
    rng: random.Random,
    maker: TextMaker,
    client_ids: Sequence[int],
    media_by_client: dict[int, list[int]],
) -> list[tuple[int, int, str, str]]:
    """Drafts with variants; returns the published posts (variant id, client id, network, time)."""
    db = store.db
    started = time.perf_counter()
    tag_ids = store.tags.ensure(TAGS)
    names = dict(db.execute("SELECT id, name FROM clients").fetchall())
    draft_id = (db.execute("SELECT max(id) FROM drafts").fetchone()[0] or 0) + 1
    variant_id = (db.execute("SELECT max(id) FROM draft_variants").fetchone()[0] or 0) + 1
    statuses = [s for s, _ in DRAFT_STATUSES]
    status_weights = [w for _, w in DRAFT_STATUSES]
    published: list[tuple[int, int, str, str]] = []
    batch = 2000
    for first in range(0, count, batch):
        drafts, variants, fts, tags, events, dmedia, usages = [], [], [], [], [], [], []
        for _ in range(first, min(first + batch, count)):
            client_id = rng.choice(client_ids)
            status = rng.choices(statuses, weights=status_weights)[0]
            created = stamp(rng)
            title = maker.sentence()[:70].rstrip(" .!?")
            body = maker.post(names[client_id])
            notes = maker.sentence() if rng.random() < 0.2 else ""
            planned_at = planned_tz = published_at = None
            if status in ("scheduled", "published", "approved") or rng.random() < 0.1:
                planned = created + timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 10))
                if status == "published":  # published: in the past; scheduled: still to come
                    planned = min(planned, BASE_TIME - timedelta(hours=rng.randint(1, 48)))
                elif status == "scheduled" and planned <= BASE_TIME:
                    planned = BASE_TIME + timedelta(days=rng.randint(1, 30), hours=rng.randint(0, 10))
                planned_at, planned_tz = db_time(planned), PLANNED_TZ
                if status == "published":
                    published_at = planned_at
            updated = db_time(created + timedelta(hours=rng.randint(0, 72)))
            published_url = f"https://www.instagram.com/p/{det_uid(rng)[:11]}/" if published_at else ""
            drafts.append(
                (
                    draft_id,
                    det_uid(rng),
                    client_id,
                    title,
                    draft_title_key(title),
                    body,
                    notes,
                    status,
                    planned_at,
                    planned_tz,
                    published_at,
                    published_url,
                    db_time(created),
                    updated,
                )
            )
            own: list[str] = []
            for position, network in enumerate(rng.sample(DRAFT_NETWORKS, rng.randint(1, 4))):
                follows = rng.random() < 0.7
                text = body if follows else maker.post(names[client_id])
                if not follows:
                    own.append(text)
                v_published = published_at
                variants.append(
                    (
                        variant_id,
                        draft_id,
                        network,
                        text,
                        int(follows),
                        position,
                        published_url if v_published else "",
                        v_published,
                        db_time(created),
                        updated,
                    )
                )
                if v_published:
                    published.append((variant_id, client_id, network, v_published))
                variant_id += 1
            draft_tags = rng.sample(TAGS, rng.randint(0, 3))
            tags += [(draft_id, tag_ids[TAGS.index(t)]) for t in draft_tags]
            fts.append(
                (
                    draft_id,
                    *(
                        fold_for_index(v)
                        for v in (title, body, "\n\n".join(own), notes, " ".join(draft_tags))
                    ),
                )
            )
            events.append((draft_id, db_time(created), "created", None, status, "", "", "", "{}"))
            if published_at:
                events.append(
                    (draft_id, published_at, "published", "scheduled", "published", "", "", "", "{}")
                )
            pool = media_by_client.get(client_id) or []
            if pool and rng.random() < 0.4:
                chosen = sorted(set(rng.sample(pool, min(len(pool), rng.randint(1, 3)))))
                dmedia += [(draft_id, m, "", pos) for pos, m in enumerate(chosen)]
                usages += [(m, "drafts", draft_id, db_time(created)) for m in chosen]
            draft_id += 1
        with db.atomic():
            db.conn.executemany(
                "INSERT INTO drafts (id, uid, client_id, title, title_key, body, notes, status, planned_at, "
                "planned_tz, published_at, published_url, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                drafts,
            )
            db.conn.executemany(
                "INSERT INTO draft_variants (id, draft_id, network, text, follows_master, position, "
                "published_url, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                variants,
            )
            db.conn.executemany(
                "INSERT INTO drafts_fts (rowid, title, body, variants, notes, tags) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                fts,
            )
            db.conn.executemany("INSERT INTO draft_tags (draft_id, tag_id) VALUES (?, ?)", tags)
            db.conn.executemany(
                "INSERT INTO draft_events (draft_id, at, kind, from_status, to_status, network, text, "
                "author, "
                "meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                events,
            )
            db.conn.executemany(
                "INSERT INTO draft_media (draft_id, media_id, network, position) VALUES (?, ?, ?, ?)", dmedia
            )
            db.conn.executemany(
                "INSERT OR IGNORE INTO media_usages (media_id, entity, entity_id, created_at) "
                "VALUES (?, ?, ?, ?)",
                usages,
            )
        progress("drafts", first + len(drafts), started)
    return published


def generate_metrics(
    store: Store, rng: random.Random, published: list[tuple[int, int, str, str]], client_ids: Sequence[int]
) -> tuple[int, int]:
    """Measurements of published posts (day 1, 7 and 30) and monthly follower counts (m011)."""
    db = store.db
    if not has_table(db, "post_metrics"):
        print("  metrics: no post_metrics table (migration m011 absent): skipped", flush=True)
        return 0, 0
    metric_cols = [
        c
        for c in ("impressions", "reach", "reactions", "comments", "shares", "saves", "clicks", "video_views")
        if c in columns(db, "post_metrics")
    ]
    rows = []
    now = db_time(BASE_TIME)
    for variant_id, client_id, network, when in published:
        at = datetime.fromisoformat(when)
        reach = rng.randint(100, 8000)
        for days in (1, 7, 30):
            day = at + timedelta(days=days)
            if day > BASE_TIME:
                break
            grow = {1: 0.6, 7: 0.9, 30: 1.0}[days]
            figures = {
                "impressions": int(reach * 1.4 * grow),
                "reach": int(reach * grow),
                "reactions": int(reach * rng.uniform(0.01, 0.08) * grow),
                "comments": int(reach * rng.uniform(0.0, 0.01) * grow),
                "shares": int(reach * rng.uniform(0.0, 0.01) * grow),
                "saves": int(reach * 0.005 * grow) if network == "instagram" else None,
                "clicks": int(reach * rng.uniform(0.0, 0.02) * grow),
                "video_views": int(reach * 0.5 * grow) if network == "tiktok" else None,
            }
            rows.append(
                (
                    det_uid(rng),
                    client_id,
                    variant_id,
                    day.date().isoformat(),
                    *(figures[c] for c in metric_cols),
                    "import",
                    now,
                    now,
                )
            )
    names = ", ".join(metric_cols)
    marks = ", ".join("?" * len(metric_cols))
    followers = []
    if has_table(db, "follower_counts"):
        for client_id in client_ids:
            for network in ACCOUNT_NETWORKS[:3]:
                count = rng.randint(300, 5000)
                for month in range(36):
                    day = (BASE_TIME - timedelta(days=30 * (35 - month))).strftime("%Y-%m")
                    count += rng.randint(-20, 120)
                    followers.append((det_uid(rng), client_id, network, day, max(0, count), now, now))
    with db.atomic():
        db.conn.executemany(
            f"INSERT OR IGNORE INTO post_metrics (uid, client_id, variant_id, measured_on, {names}, source, "
            f"created_at, updated_at) VALUES (?, ?, ?, ?, {marks}, ?, ?, ?)",
            rows,
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO follower_counts (uid, client_id, network, month, followers, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            followers,
        )
    print(f"  metrics      {len(rows):>7} measurements, {len(followers)} follower counts", flush=True)
    return len(rows), len(followers)


# -- feeds -----------------------------------------------------------------------------------------
def rss_document(title: str, link: str, items: Sequence[dict[str, Any]]) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>{escape(link)}</link>",
        f"<description>Veille {escape(title)}</description>",
    ]
    for item in items:
        parts.append(
            f"<item><title>{escape(item['title'])}</title><link>{escape(item['link'])}</link>"
            f'<guid isPermaLink="false">{escape(item["guid"])}</guid>'
            f"<pubDate>{format_datetime(item['published'])}</pubDate>"
            f"<author>{escape(item['author'])}</author>"
            f"<description>{escape(item['summary'])}</description></item>"
        )
    parts.append("</channel></rss>\n")
    return "".join(parts).encode()


def feed_file(feeds_dir: Path, number: int, *, new: bool = False) -> Path:
    return feeds_dir / f"feed_{number:03d}{'.new' if new else ''}.rss"


def generate_feeds(
    store: Store,
    count: int,
    items: int,
    rng: random.Random,
    maker: TextMaker,
    client_ids: Sequence[int],
    feeds_dir: Path,
) -> int:
    started = time.perf_counter()
    feeds_dir.mkdir(parents=True, exist_ok=True)
    per_feed = max(SERVED_ITEMS, items // count)
    stored = 0
    for number in range(1, count + 1):
        client_id = None if number % 3 == 0 else rng.choice(client_ids)
        kind = rng.choice(("Le Blog", "Actu", "La Lettre", "Magazine", "Veille"))
        title = f"{kind} {rng.choice(TRADES)} {number}"
        site = f"https://site{number:03d}.example.fr"
        url = f"{FEED_HOST}/feed_{number:03d}.rss"
        feed = store.feeds.subscribe(
            client_id, url, title=title, folder=rng.choice(("", "Presse", "Concurrents"))
        )
        entries: list[dict[str, Any]] = []
        for index in range(per_feed + NEW_ITEMS):  # newest first; the first NEW_ITEMS are the refresh's
            published = BASE_TIME - timedelta(hours=6 * index + rng.randint(0, 5)) + timedelta(hours=12)
            summary = " ".join(maker.sentence() for _ in range(rng.randint(2, 5)))
            entries.append(
                {
                    "title": maker.sentence()[:90].rstrip(" .!?"),
                    "link": f"{site}/articles/{index:05d}",
                    "guid": f"{site}/p/{number}-{index}",
                    "published": published,
                    "author": rng.choice(("Rédaction", "Marie Dubois", "Karim Benali", "Chloé Nguyen", "")),
                    "summary": f"<p>{escape(summary)}</p>",
                }
            )
        new, served = entries[:NEW_ITEMS], entries[NEW_ITEMS : NEW_ITEMS + SERVED_ITEMS]
        feed_file(feeds_dir, number).write_bytes(rss_document(title, site, served))
        feed_file(feeds_dir, number, new=True).write_bytes(rss_document(title, site, new + served))
        parsed = parse_feed(
            feed_file(feeds_dir, number).read_bytes(), url=url, content_type="application/rss+xml"
        )
        older = [
            FeedEntry(
                key=e["guid"],
                guid=e["guid"],
                title=e["title"],
                title_is_fallback=False,
                link=e["link"],
                published=e["published"],
                updated=None,
                author=e["author"],
                summary=e["summary"],
                content="",
            )
            for e in entries[NEW_ITEMS + SERVED_ITEMS :]
        ]
        whole = ParsedFeed(
            title=parsed.title,
            link=parsed.link,
            description=parsed.description,
            format=parsed.format,
            entries=(*parsed.entries, *older),
        )
        new_count, _ = store.feeds.store_parsed(feed.id, whole)
        stored += new_count
        if number % 50 == 0 or number == count:
            progress("feed items", stored, started)
    return stored


# -- the whole set -----------------------------------------------------------------------------------
def schema_fingerprint() -> str:
    """A hash of the app's migration files: a data set generated under other migrations is stale."""
    folder = REPO / "cmtoolbox" / "storage" / "migrations"
    digest = hashlib.sha256()
    for path in sorted(folder.glob("m*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def generate(data_dir: Path, size: str = "small", seed: int = 7) -> dict[str, Any]:
    spec = SIZES[size]
    data_dir.mkdir(parents=True, exist_ok=True)
    bench = data_dir / "bench"
    if (bench / "manifest.json").exists():
        raise SystemExit(f"{data_dir} already holds a generated data set; use an empty folder")
    timings: dict[str, float] = {}
    started = time.perf_counter()
    store, _ = Store.open(data_dir)
    rng = random.Random(seed)
    maker = TextMaker(rng)
    try:
        step = time.perf_counter()
        with store.db.atomic():
            client_ids = [store.clients.create(name).id for name in client_names(spec.clients)]
        for client_id in client_ids:
            for network in rng.sample(ACCOUNT_NETWORKS, rng.randint(2, 4)):
                handle = f"{network}_{client_id}_{rng.randint(100, 999)}"
                store.accounts.save(
                    client_id, AccountFields(network=network, handle=handle, login=f"{handle}@example.fr")
                )
        timings["clients_accounts"] = time.perf_counter() - step
        step = time.perf_counter()
        generate_notes(store, spec.notes, rng, maker, client_ids)
        timings["notes"] = time.perf_counter() - step
        step = time.perf_counter()
        media_by_client = generate_media(store, spec.media, rng, maker, client_ids, bench / "base_files")
        timings["media"] = time.perf_counter() - step
        step = time.perf_counter()
        published = generate_drafts(store, spec.drafts, rng, maker, client_ids, media_by_client)
        timings["drafts"] = time.perf_counter() - step
        step = time.perf_counter()
        measurements, follower_rows = generate_metrics(store, rng, published, client_ids)
        timings["metrics"] = time.perf_counter() - step
        step = time.perf_counter()
        items = generate_feeds(store, spec.feeds, spec.feed_items, rng, maker, client_ids, bench / "feeds")
        with store.db.atomic():  # a CM reads most of what is older than two weeks, stars a few
            old = db_time(BASE_TIME - timedelta(days=14))
            store.db.execute(
                "UPDATE feed_items SET read_at = sort_at WHERE sort_at < ? AND id % 10 != 0", [old]
            )
            store.db.execute("UPDATE feed_items SET starred_at = sort_at WHERE id % 97 = 0")
        timings["feeds"] = time.perf_counter() - step
        step = time.perf_counter()
        with store.db.atomic():
            for table in ("drafts_fts", "feed_items_fts", "media_fts"):
                store.db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
        store.db.execute("ANALYZE")
        timings["optimize"] = time.perf_counter() - step
    finally:
        store.close()
    db_path = data_dir / "cmtoolbox.sqlite3"
    with sqlite3.connect(db_path) as con:  # fold the WAL in: the size on disk is the real one
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    manifest = {
        "size": size,
        "seed": seed,
        "counts": {
            "clients": spec.clients,
            "notes": spec.notes,
            "drafts": spec.drafts,
            "published_posts": len(published),
            "post_metrics": measurements,
            "follower_counts": follower_rows,
            "feeds": spec.feeds,
            "feed_items": items,
            "media": spec.media,
        },
        "schema": schema_fingerprint(),
        "feed_host": FEED_HOST,
        "served_items": SERVED_ITEMS,
        "new_items": NEW_ITEMS,
        "database_mb": round(db_path.stat().st_size / 1e6, 1),
        "files_mb": round(
            sum(p.stat().st_size for p in (data_dir / "files").rglob("*") if p.is_file()) / 1e6, 1
        ),
        "timings_s": {k: round(v, 1) for k, v in timings.items()},
        "total_s": round(time.perf_counter() - started, 1),
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    (bench / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--data-dir", type=Path, required=True, help="an empty data folder to fill")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    manifest = generate(args.data_dir, args.size, args.seed)
    print(json.dumps(manifest, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
