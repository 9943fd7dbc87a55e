"""Reading the networks' analytics exports: CSV and XLSX files of post figures, Qt-free.

The networks change these files often (see ANALYTICS_EXPORTS.md), so nothing here depends on one
exact layout: a file is read into a plain table (`read_table`: encoding, `sep=` line, delimiter
sniffing, preamble rows above the header, the right sheet of a workbook), then its columns are
recognised by name in English and French (`recognise`), each field taking the first of its known
names the file has. What is not recognised goes through a mapping the user makes once and saves
(keyed by `header_signature`). `extract` turns rows into `ImportedRow` values; `match_rows` pairs
them with published posts, by address first, else by day and text.

Figures are lifetime totals: the caller stores them as one measurement per post and day.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from difflib import SequenceMatcher
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from cmtoolbox.core.urls import normalize_url

METRICS: tuple[str, ...] = (
    "impressions", "reach", "reactions", "comments", "shares", "saves", "clicks", "video_views",
)  # fmt: skip
"""The figures of a post, in display order (storage.metrics uses the same tuple)."""
ENGAGEMENT_PARTS: tuple[str, ...] = ("reactions", "comments", "shares", "saves", "clicks")
"""The figures summed into a post's engagements: the KPI input "engagements" (clicks included, as
LinkedIn counts them); the one definition storage, results and the report use."""
IDENTITY_FIELDS: tuple[str, ...] = ("url", "post_id", "published_at", "text", "text_alt")
FIELDS: tuple[str, ...] = (*IDENTITY_FIELDS, *METRICS)

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
_PREAMBLE_ROWS = 15  # how far down the header may be

# Known column names, folded (see `fold_header`), most specific first: a field takes the first
# one the file has. Matching is exact on the folded name, so "Reactions, comments and shares"
# never passes for "Reactions".
SYNONYMS: dict[str, tuple[str, ...]] = {
    "url": (
        "permalink", "tweet permalink", "post link", "post url", "lien permanent", "permalien",
        "lien de la publication", "lien du post", "url de la publication", "url", "lien", "link",
    ),
    "post_id": (
        "post id", "tweet id", "identifiant de la publication", "id de la publication", "id du tweet",
    ),
    "published_at": (
        "publish time", "heure de publication", "date de publication", "created date", "date de creation",
        "created at", "posted at", "publie le", "time", "date", "heure",
    ),
    "text": (
        "description", "tweet text", "post text", "post title", "texte du tweet", "texte de la publication",
        "titre de la publication", "message", "contenu", "texte", "text", "content",
    ),
    "text_alt": ("title", "titre"),
    "impressions": (
        "impressions", "impressions (total)", "impressions (totales)", "impressions totales", "views", "vues",
        "nombre de vues",
    ),
    "reach": (
        "reach", "couverture", "portee", "unique impressions", "unique impressions (organic)",
        "impressions uniques", "accounts reached", "comptes touches", "comptes atteints",
    ),
    "reactions": (
        "reactions", "reactions (total)", "likes", "mentions j'aime", "j'aime", "j’aime",
        "mentions j’aime",
    ),
    "comments": ("comments", "comments (total)", "commentaires", "replies", "reponses"),
    # Reposts first: X's newer exports also have "Shares" (sent by message or link), not reposts.
    "shares": (
        "reposts", "reposts (total)", "retweets", "republications", "repartages", "shares", "shares (total)",
        "partages",
    ),
    "saves": ("saves", "enregistrements", "bookmarks", "signets"),
    "clicks": (
        "total clicks", "clicks", "clicks (total)", "clics", "clics totaux", "link clicks", "url clicks",
        "clics sur le lien",
    ),
    "video_views": (
        "video views", "vues de la video", "vues de videos", "vues video", "media views", "lectures",
        "lectures de videos", "3-second video views", "plays",
    ),
}  # fmt: skip

_NETWORK_HOSTS = (
    ("instagram.com", "instagram"),
    ("facebook.com", "facebook"),
    ("fb.com", "facebook"),
    ("fb.watch", "facebook"),
    ("linkedin.com", "linkedin"),
    ("lnkd.in", "linkedin"),
    ("x.com", "x"),
    ("twitter.com", "x"),
    ("threads.net", "threads"),
    ("threads.com", "threads"),
    ("tiktok.com", "tiktok"),
    ("youtube.com", "youtube"),
    ("youtu.be", "youtube"),
    ("bsky.app", "bluesky"),
    ("pinterest.", "pinterest"),
)


class ImportFileError(ValueError):
    """A file that cannot be read as an export; `code` lets the GUI say why in the user's language:
    `missing`, `empty`, `too_large`, `old_excel`, `damaged`, `not_a_table`, `too_many_rows`."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class RawTable:
    """A file's header and rows as text cells, the preamble above the header dropped. `first_line`
    is the 1-based line (or row) number of the first data row, for messages."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    first_line: int = 2
    sheet: str = ""


@dataclass(frozen=True)
class Layout:
    """How a file's columns feed the fields: {field: header}. `network` when the file says it (the
    addresses do, a Tweet column does); `recognised` False for a mapping the user made."""

    mapping: Mapping[str, str]
    network: str | None = None
    recognised: bool = True


@dataclass(frozen=True)
class ImportedRow:
    line: int
    network: str | None
    url: str
    post_id: str
    published_at: datetime | None  # aware
    text: str
    values: Mapping[str, int | None]  # only the metrics the file has

    def has_figures(self) -> bool:
        return any(v is not None for v in self.values.values())


@dataclass(frozen=True)
class RowProblem:
    line: int
    code: str  # "no_figures", "bad_number", "bad_date"
    detail: str = ""


@dataclass(frozen=True)
class Candidate:
    """A published post the rows may be matched with."""

    variant_id: int
    network: str
    url: str
    published_at: datetime
    text: str


@dataclass(frozen=True)
class RowMatch:
    row: ImportedRow
    variant_id: int | None
    how: str  # "url", "date_text", "date", "" (unmatched)
    reason: str = ""  # unmatched: "no_post", "ambiguous", "duplicate", "no_figures"


@dataclass
class Extraction:
    rows: list[ImportedRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


# -- reading a file ----------------------------------------------------------------------------------
def fold_header(name: object) -> str:
    """A column name as compared: no accents, lower case, single spaces, no BOM or quotes around."""
    text = str(name or "").replace("\ufeff", "").strip().strip('"').strip()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().replace("’", "'").split())


def header_signature(headers: Iterable[str]) -> str:
    """The key a saved mapping is found again by: the folded, sorted, distinct column names."""
    return "|".join(sorted({fold_header(h) for h in headers if fold_header(h)}))


def read_table(path: Path) -> RawTable:
    """Read a CSV or XLSX export. Raises ImportFileError with a code for anything unusable."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportFileError("missing", str(error)) from error
    if size == 0:
        raise ImportFileError("empty")
    if size > MAX_FILE_BYTES:
        raise ImportFileError("too_large", f"{size} bytes")
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise ImportFileError("missing", str(error)) from error
    suffix = path.suffix.lower()
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: the old .xls format
        raise ImportFileError("old_excel")
    if head.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError("missing", str(error)) from error
    return _read_csv(data)


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        encoding = "utf-16"
    elif data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif len(data) > 1 and data[1:2] == b"\x00" and data[0:1] != b"\x00":
        encoding = "utf-16-le"  # UTF-16 without its mark
    elif len(data) > 1 and data[0:1] == b"\x00":
        encoding = "utf-16-be"
    else:
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise ImportFileError("damaged", f"not valid {encoding}") from None
    try:
        return data.decode("cp1252")  # an export re-saved by Excel on Windows
    except UnicodeDecodeError as error:
        raise ImportFileError("damaged", "unknown text encoding") from error


def _read_csv(data: bytes) -> RawTable:
    text = _decode(data)
    if "\x00" in text:
        raise ImportFileError("damaged", "binary content")
    lines = text.splitlines(keepends=True)
    skipped = 0
    delimiter: str | None = None
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) >= 5:
        delimiter = lines[0].strip()[4]
        lines = lines[1:]
        skipped = 1
    body = "".join(lines)
    if not body.strip():
        raise ImportFileError("empty")
    if delimiter is None:
        sample = "".join(lines[: _PREAMBLE_ROWS + 5])
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
        except csv.Error:
            counts = {d: sample.count(d) for d in (",", ";", "\t")}
            delimiter = max(counts, key=lambda d: counts[d])
    try:
        rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(body), delimiter=delimiter)]
    except csv.Error as error:
        raise ImportFileError("damaged", str(error)) from error
    return _table(rows, skipped)


def _read_xlsx(path: Path) -> RawTable:
    try:
        from openpyxl import load_workbook  # type: ignore[import-untyped]
    except ImportError as error:  # pragma: no cover - a dependency of the app
        raise ImportFileError("damaged", "xlsx support is missing") from error
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - zipfile, XML and openpyxl errors: all "damaged"
        raise ImportFileError("damaged", f"{type(error).__name__}: {error}") from error
    try:
        best: RawTable | None = None
        best_score = -1
        for sheet in book.worksheets:
            rows: list[list[str]] = []
            for values in sheet.iter_rows(values_only=True):
                rows.append([_cell_text(v) for v in values])
                if len(rows) > MAX_ROWS + _PREAMBLE_ROWS:
                    raise ImportFileError("too_many_rows")
            try:
                table = _table(rows, 0, sheet=sheet.title)
            except ImportFileError:
                continue
            score = _score(table.headers)
            if score > best_score:
                best, best_score = table, score
    finally:
        book.close()
    if best is None:
        raise ImportFileError("not_a_table")
    return best


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _score(headers: Sequence[str]) -> int:
    """How many known fields a header row names; post-level columns weigh more, so a workbook's
    per-post sheet wins over its daily one."""
    found = recognise_mapping(headers)
    score = len(found)
    if "url" in found or "text" in found or "post_id" in found:
        score += 5
    return score


def _table(rows: list[list[str]], skipped: int, *, sheet: str = "") -> RawTable:
    """Find the header among the first rows (exports put a title or a date range above it)."""
    rows = [r for r in rows]  # noqa: C416 - a copy we trim
    while rows and not any(rows[-1]):
        rows.pop()
    if not rows:
        raise ImportFileError("empty")
    candidates = rows[:_PREAMBLE_ROWS]
    best_index, best_score = -1, 0
    for index, row in enumerate(candidates):
        score = _score(row)
        if score > best_score:
            best_index, best_score = index, score
    if best_index < 0:
        # Nothing known: the first row as wide as the widest of the first rows.
        widest = max(sum(1 for c in r if c) for r in candidates)
        if widest < 2:
            raise ImportFileError("not_a_table")
        best_index = next(i for i, r in enumerate(candidates) if sum(1 for c in r if c) == widest)
    header = rows[best_index]
    width = len(header)
    while width and not header[width - 1]:
        width -= 1
    if width < 2:
        raise ImportFileError("not_a_table")
    headers = tuple(h.replace("\ufeff", "").strip() for h in header[:width])
    data = [tuple((r + [""] * width)[:width]) for r in rows[best_index + 1 :]]
    data = [r for r in data if any(r)]
    if len(data) > MAX_ROWS:
        raise ImportFileError("too_many_rows")
    return RawTable(headers, tuple(data), first_line=skipped + best_index + 2, sheet=sheet)


# -- recognising columns -------------------------------------------------------------------------------
def recognise_mapping(headers: Sequence[str]) -> dict[str, str]:
    """{field: header} for the fields whose known names the headers include."""
    by_folded: dict[str, str] = {}
    for header in headers:
        by_folded.setdefault(fold_header(header), header)
    found: dict[str, str] = {}
    used: set[str] = set()
    for name, synonyms in SYNONYMS.items():
        for synonym in synonyms:
            known = by_folded.get(synonym)
            if known is not None and known not in used:
                found[name] = known
                used.add(known)
                break
    return found


def recognise(table: RawTable) -> Layout | None:
    """The layout of a known kind of export, or None when the user must map the columns: the
    rows need something to find their post by (an address, a post id, a date) and a figure."""
    mapping = recognise_mapping(table.headers)
    has_identity = any(f in mapping for f in ("url", "post_id", "published_at"))
    has_metric = any(m in mapping for m in METRICS)
    if not (has_identity and has_metric):
        return None
    return Layout(mapping, guess_network(table, mapping), recognised=True)


def guess_network(table: RawTable, mapping: Mapping[str, str]) -> str | None:
    """The network every row is from, when the file says it: its addresses, or X's "Tweet"
    columns; None when mixed or unknown (each row then says it through its address)."""
    url_header = mapping.get("url")
    if url_header is not None:
        index = table.headers.index(url_header)
        seen = {network_of_url(r[index]) for r in table.rows[:200] if r[index].strip()}
        seen.discard(None)
        if len(seen) == 1:
            return seen.pop()
        if seen:
            return None
    folded = {fold_header(h) for h in table.headers}
    if any("tweet" in h for h in folded):
        return "x"
    return None


def network_of_url(url: str) -> str | None:
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    for suffix, network in _NETWORK_HOSTS:
        if suffix.endswith("."):
            if host.startswith(suffix) or f".{suffix}" in host:
                return network
        elif host == suffix or host.endswith("." + suffix):
            return network
    return None


# -- extracting rows ---------------------------------------------------------------------------------
_INT = re.compile(r"^[+]?\d+$")
_GROUPED = re.compile(r"^\d{1,3}([.,' ]\d{3})+$")
_DECIMAL = re.compile(r"^\d+[.,]\d+$")


def parse_count(text: str) -> int | None:
    """A figure as exports write it: "1234", "1 234", "1,234", "1.234", "12.0"; empty or "-" is
    None. Raises ValueError for anything else."""
    cleaned = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if cleaned in ("", "-", "–", "—", "n/a", "N/A", "--"):
        return None
    compact = cleaned.replace(" ", "") if re.fullmatch(r"\d{1,3}( \d{3})+", cleaned) else cleaned
    if _INT.match(compact):
        return int(compact)
    if _GROUPED.match(compact):
        return int(re.sub(r"[.,' ]", "", compact))
    if _DECIMAL.match(compact):
        value = float(compact.replace(",", "."))
        if value.is_integer():
            return int(value)
        raise ValueError(f"not a whole number: {text!r}")
    raise ValueError(f"not a number: {text!r}")


_DATE_FORMATS_DMY = ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y", "%d/%m/%y %H:%M", "%d/%m/%y")
_DATE_FORMATS_MDY = ("%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y", "%m/%d/%y %H:%M", "%m/%d/%y")
# X's newer exports ("Tue, Oct 01, 2024"), its API dumps, and spelled-out English dates.
_NAMED_FORMATS = (
    "%a, %b %d, %Y", "%a %b %d %H:%M:%S %z %Y", "%b %d, %Y %I:%M %p", "%b %d, %Y", "%B %d, %Y",
)  # fmt: skip
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2,4})")


def day_first(values: Iterable[str]) -> bool:
    """Whether a column's slashed dates are day/month (French) rather than month/day (Meta's
    English exports): decided by a value whose first or second part cannot be a month."""
    for value in values:
        found = _SLASHED.match(value.strip())
        if found:
            first, second = int(found.group(1)), int(found.group(2))
            if first > 12:
                return True
            if second > 12:
                return False
    return False


def parse_when(text: str, zone: ZoneInfo, *, dayfirst: bool = False) -> datetime | None:
    """A publication time as exports write it; a time without an offset is read in `zone`."""
    value = text.strip()
    if not value:
        return None
    value = re.sub(r"\s+", " ", value)
    if value.endswith(" +0000"):
        value = value[:-6] + "+00:00"
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        formats = _DATE_FORMATS_DMY + _DATE_FORMATS_MDY if dayfirst else _DATE_FORMATS_MDY + _DATE_FORMATS_DMY
        for fmt in (*formats, *_NAMED_FORMATS):
            try:
                parsed = datetime.strptime(value, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        raise ValueError(f"not a date: {text!r}")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    return parsed.astimezone(UTC)


def extract(table: RawTable, layout: Layout, *, zone: ZoneInfo) -> Extraction:
    """The rows as ImportedRow values, with the problems of those that cannot be used."""
    index = {
        name: table.headers.index(header)
        for name, header in layout.mapping.items()
        if header in table.headers
    }
    metrics = [m for m in METRICS if m in index]
    dayfirst = day_first(r[index["published_at"]] for r in table.rows) if "published_at" in index else False
    out = Extraction()
    for offset, row in enumerate(table.rows):
        line = table.first_line + offset

        def cell(name: str, row: tuple[str, ...] = row) -> str:
            return row[index[name]].strip() if name in index else ""

        values: dict[str, int | None] = {}
        bad = ""
        for metric in metrics:
            try:
                values[metric] = parse_count(cell(metric))
            except ValueError:
                bad = bad or f"{layout.mapping[metric]}: {cell(metric)}"
        if bad:
            out.problems.append(RowProblem(line, "bad_number", bad))
            continue
        try:
            when = parse_when(cell("published_at"), zone, dayfirst=dayfirst)
        except ValueError:
            out.problems.append(RowProblem(line, "bad_date", cell("published_at")))
            continue
        url = cell("url")
        text = cell("text") or cell("text_alt")
        network = network_of_url(url) if url else None
        imported = ImportedRow(line, network or layout.network, url, cell("post_id"), when, text, values)
        if not imported.has_figures():
            out.problems.append(RowProblem(line, "no_figures"))
            continue
        out.rows.append(imported)
    return out


# -- matching rows with posts --------------------------------------------------------------------------
def post_key(url: str, network: str | None = None) -> str:
    """What identifies a post across the forms of its address: Instagram's short code (/p/ or
    /reel/), a tweet's status id (x.com or twitter.com), LinkedIn's activity number, Facebook's
    post id; else the normalised address."""
    text = url.strip()
    if not text:
        return ""
    network = network_of_url(text) or network
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    path = parts.path
    if network == "instagram":
        found = re.search(r"/(?:p|reel|reels|tv)/([A-Za-z0-9_-]+)", path)
        if found:
            return f"instagram:{found.group(1)}"
    if network == "x":
        found = re.search(r"/status(?:es)?/(\d+)", path)
        if found:
            return f"x:{found.group(1)}"
    if network == "linkedin":
        found = re.search(r"urn:li:(?:activity|share|ugcPost):(\d+)", text) or re.search(
            r"activity-(\d+)", path
        )
        if found:
            return f"linkedin:{found.group(1)}"
    if network == "facebook":
        query = parse_qs(parts.query)
        for name in ("story_fbid", "fbid", "v"):
            if query.get(name):
                return f"facebook:{query[name][0]}"
        found = re.search(r"/(?:posts|videos|reel|permalink)/([A-Za-z0-9_.-]+)", path)
        if found:
            return f"facebook:{found.group(1)}"
    return normalize_url(text)


def _fold_text(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = re.sub(r"https?://\S+", " ", folded)
    return " ".join(re.findall(r"\w+", folded))


def text_similarity(a: str, b: str) -> float:
    """0..1: how alike two post texts are, on their folded words (exports cut long captions)."""
    return _folded_similarity(_fold_text(a), _fold_text(b))


def _folded_similarity(fa: str, fb: str) -> float:
    if not fa or not fb:
        return 0.0
    n = min(len(fa), len(fb), 300)
    if n >= 20 and (fa[:n] == fb[:n]):
        return 1.0
    # On words, not characters: as telling for captions, and a hundred times faster.
    matcher = SequenceMatcher(None, fa[:300].split(), fb[:300].split(), autojunk=False)
    if matcher.real_quick_ratio() < TEXT_THRESHOLD or matcher.quick_ratio() < TEXT_THRESHOLD:
        return 0.0  # cheap upper bounds: surely not the same post
    return matcher.ratio()


TEXT_THRESHOLD = 0.6


@dataclass(frozen=True)
class _Indexed:
    candidate: Candidate
    day: date
    folded: str


def match_rows(
    rows: Sequence[ImportedRow], candidates: Sequence[Candidate], *, zone: ZoneInfo
) -> list[RowMatch]:
    """Pair each row with a published post: the same post address (or X status id), else the same
    network (when the row knows it), published within a day of it, with a text alike enough
    (`TEXT_THRESHOLD`). A row without text matches by day alone only when one post of its network
    went out that day. Each post takes one row: a second row for it is a duplicate."""
    by_key: dict[str, Candidate] = {}
    by_day: dict[date, list[_Indexed]] = {}
    for c in candidates:
        key = post_key(c.url, c.network)
        if key:
            by_key.setdefault(key, c)
        day = c.published_at.astimezone(zone).date()
        by_day.setdefault(day, []).append(_Indexed(c, day, ""))
    folded: dict[int, str] = {}  # variant id -> folded text, computed when first needed
    taken: set[int] = set()
    out: list[RowMatch] = []
    for row in rows:
        found: Candidate | None = None
        how = ""
        key = post_key(row.url, row.network) if row.url else ""
        if not key and row.post_id and row.network == "x" and row.post_id.isdigit():
            key = f"x:{row.post_id}"
        if key and key in by_key:
            found, how = by_key[key], "url"
        elif row.published_at is not None:
            found, how = _by_day(row, by_day, folded, zone)
            if found is None and how:
                out.append(RowMatch(row, None, "", how))
                continue
        if found is None:
            out.append(RowMatch(row, None, "", "no_post"))
        elif found.variant_id in taken:
            out.append(RowMatch(row, None, "", "duplicate"))
        else:
            taken.add(found.variant_id)
            out.append(RowMatch(row, found.variant_id, how))
    return out


def _by_day(
    row: ImportedRow, by_day: Mapping[date, list[_Indexed]], folded: dict[int, str], zone: ZoneInfo
) -> tuple[Candidate | None, str]:
    assert row.published_at is not None
    day = row.published_at.astimezone(zone).date()
    near = [
        item
        for offset in (-1, 0, 1)
        for item in by_day.get(day + timedelta(days=offset), ())
        if row.network is None or item.candidate.network == row.network
    ]
    if not near:
        return None, ""
    if row.text:
        mine = _fold_text(row.text)
        scored = []
        for item in near:
            c = item.candidate
            if c.variant_id not in folded:
                folded[c.variant_id] = _fold_text(c.text)
            scored.append((_folded_similarity(mine, folded[c.variant_id]), c))
        scored.sort(key=lambda p: -p[0])
        best_score, best = scored[0]
        if best_score < TEXT_THRESHOLD:
            return None, ""
        if len(scored) > 1 and scored[1][0] >= best_score - 0.02:
            return None, "ambiguous"
        return best, "date_text"
    same_day = [item.candidate for item in near if item.day == day]
    if len(same_day) == 1 and row.network is not None:
        return same_day[0], "date"
    return None, "ambiguous" if same_day else ""
