"""The networks the app knows, in one table: counters, accounts, media checks and drafts all key on it.

Each network is one `Network` entry, so adding a network is one entry. It holds:

- its stable id, stored in the database (`accounts.network`; later the drafts' variants), and its
  brand name, shown as is (brand names are not translated);
- the account fields: sign-in page, profile address pattern, how handles are written;
- `texts`: how the text of a post is counted (`TextRule`). Most networks count one text; some count
  several fields (a YouTube video's title and description), each with its own limit. Every rule has
  a counter id, the key `core.counters.count`, the counter bar, the composer's stored choice and
  `cmtoolbox count --network` use: the network id for its only text, `<network>_<part>` otherwise
  (`youtube_title`);
- `media`: the placements a picture or video can be posted to (`MediaTarget`), checked by
  `core.media_rules`; their ids follow the same scheme (`x`, `instagram_story`).

The derived indexes `COUNTERS` (counter id -> `TextRule`) and `MEDIA_TARGETS` (target id ->
`MediaTarget`) are built once, here, from the table. This module does no counting and imports
nothing heavy: the counting methods a rule names live in `core.counters`, the media checks in
`core.media_rules`; `storage` imports this module for account validation.

Addresses are patterns: `{handle}` is the account's handle without the leading "@"; for
Mastodon, `{user}` and `{server}` come from a handle written `name@server`. Only https addresses
are produced, and `safe_web_url` is the gate every address passes before the GUI opens it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import TypeVar
from urllib.parse import quote, urlsplit

__all__ = [
    "COUNTERS",
    "COUNTING_METHODS",
    "MEDIA_TARGETS",
    "NETWORKS",
    "Limits",
    "MediaTarget",
    "Network",
    "TextRule",
    "clean_handle",
    "display_handle",
    "login_url",
    "network",
    "profile_url",
    "safe_web_url",
    "split_fediverse_handle",
]

COUNTING_METHODS = frozenset(
    {"twitter", "mastodon", "bluesky", "graphemes", "codepoints", "utf16", "utf8_bytes", "threads"}
)
"""The units `core.counters` knows (its docstring says what each counts)."""


@dataclass(frozen=True)
class TextRule:
    """How one text of a post is counted on a network. Counts are in the unit of `method`.

    `id`, `network` and `name` are filled in by the `Network` that holds the rule, so the table
    cannot give a rule another network's id.
    """

    limit: int
    method: str  # one of COUNTING_METHODS
    part: str = ""  # "" for the post's text; "title", "description" when the network counts several
    url_weight: int | None = None  # what a link costs, for the methods that replace links
    hashtag_cap: int | None = None
    link_cap: int | None = None
    byte_cap: int | None = None  # UTF-8 bytes of the text as posted
    fold_at: int | None = None  # grapheme clusters shown before "see more"
    forbidden: str = ""  # characters the network refuses
    threads: bool = False  # posts can be chained into a thread
    limit_configurable: bool = False  # the limit depends on the server or account
    id: str = ""  # counter id: the network id, or "<network>_<part>"
    network: str = ""  # id of the network that holds the rule
    name: str = ""  # brand, plus the part in brackets when the network has several: "YouTube (title)"


KB = 1000
MB = 1000 * 1000
GB = 1000 * MB
SECOND = 1000  # durations are in milliseconds
MINUTE = 60 * SECOND


@dataclass(frozen=True)
class Limits:
    """What one placement accepts for one kind of media. None means "no limit"."""

    formats: frozenset[str]  # canonical extensions (core.media FileType.ext)
    max_bytes: int | None = None
    min_bytes: int | None = None
    min_ratio: float | None = None  # width / height
    max_ratio: float | None = None
    min_width: int | None = None
    min_height: int | None = None
    min_duration_ms: int | None = None
    max_duration_ms: int | None = None
    split_after_ms: int | None = None  # longer is accepted but cut into parts (stories)
    recommended_ratio: tuple[int, int] | None = None  # e.g. (9, 16)
    recommended_width: int | None = None


@dataclass(frozen=True)
class MediaTarget:
    """A placement media can be posted to (Instagram's feed, story, reel), with its limits per kind.

    `id`, `network` and `name` are filled in by the `Network` that holds the target.
    """

    limits: Mapping[str, Limits]  # by media kind (core.media KINDS)
    placement: str = ""  # "" for the network's only placement; "feed", "story", "reel"
    id: str = ""  # the network id, or "<network>_<placement>"
    network: str = ""
    name: str = ""  # brand and placement, shown as is: "Instagram (feed)"


def _member_id(network_id: str, part: str) -> str:
    return f"{network_id}_{part}" if part else network_id


def _member_name(brand: str, part: str) -> str:
    return f"{brand} ({part})" if part else brand


@dataclass(frozen=True)
class Network:
    """One network: account fields, text rules and media placements (see the module docstring)."""

    id: str
    name: str  # brand name, shown as is (not translated)
    login_url: str = ""  # may contain {server}
    profile_url: str = ""  # pattern with {handle} (or {user}/{server}); "" when a handle gives none
    handle_prefix: str = "@"  # how the network writes handles ("" for page names)
    federated: bool = False  # the handle carries its server: name@server
    texts: tuple[TextRule, ...] = ()  # how posts are counted; empty when the app does not count them
    media: tuple[MediaTarget, ...] = ()  # where media can be posted; empty when the app does not check

    def __post_init__(self) -> None:
        # Frozen dataclass: object.__setattr__ is the documented way to finish derived fields.
        object.__setattr__(
            self,
            "texts",
            tuple(
                replace(
                    rule,
                    id=_member_id(self.id, rule.part),
                    network=self.id,
                    name=_member_name(self.name, rule.part),
                )
                for rule in self.texts
            ),
        )
        object.__setattr__(
            self,
            "media",
            tuple(
                replace(
                    target,
                    limits=MappingProxyType(dict(target.limits)),
                    id=_member_id(self.id, target.placement),
                    network=self.id,
                    name=_member_name(self.name, target.placement),
                )
                for target in self.media
            ),
        )

    @property
    def counter_ids(self) -> tuple[str, ...]:
        """The counters posts on this network follow (one per text field)."""
        return tuple(rule.id for rule in self.texts)

    @property
    def default_limit(self) -> int | None:
        """The character limit of a post, when the network has one rule for it."""
        return self.texts[0].limit if len(self.texts) == 1 else None

    @property
    def limit_configurable(self) -> bool:
        """Whether the limit depends on the account (X Premium, a Mastodon server's setting)."""
        return any(rule.limit_configurable for rule in self.texts)

    @property
    def threads(self) -> bool:
        """Whether posts can be chained into a thread."""
        return any(rule.threads for rule in self.texts)


def _formats(*exts: str) -> frozenset[str]:
    return frozenset(exts)


_IG_IMAGE = _formats("jpg", "png")
_IG_VIDEO = _formats("mp4", "mov", "m4v")

# Media figures are those the networks publish for posting from their apps, read when this table was
# written; where a help page gives none, the publishing API's specification is used. Networks change
# them without notice: re-read these pages.
# - Instagram Help Centre: "What image resolutions can I share on Instagram?" (feed photos 320 to
#   1080 px wide, aspect ratio between 1.91:1 and 4:5) and the Help Centre pages on sharing reels
#   and stories (vertical 9:16; stories longer than 60 s are cut into 60 s parts).
# - Meta for Developers, "Instagram Platform - Content Publishing", media specifications (reels:
#   MOV or MP4, 3 s to 15 min; images at least 320 px wide, 4:5 to 1.91:1).
# - X Help Center: "How to post images or GIFs" (photos up to 5 MB, GIFs up to 15 MB on the web)
#   and "How to share and watch videos on X" (up to 512 MB and 2 min 20 s; 1:2.39 to 2.39:1; at
#   least 32 x 32).
# - LinkedIn Help: the pages on sharing images, videos and documents in a post (video 75 KB to
#   5 GB, 3 s to 15 min, 256 x 144 to 4096 x 2304, 1:2.4 to 2.4:1; images up to 5 MB; documents
#   PDF, PPT(X), DOC(X) up to 100 MB).
# - Facebook Help Centre: the pages on uploading photos and videos (videos up to 10 GB and
#   240 minutes; 9:16 to 16:9 recommended).

# Table order is the order of menus and lists: networks that chain posts, long-form networks, networks
# with several text fields, then networks the app only keeps accounts for.
_TABLE = (
    Network(
        "x",
        "X",
        "https://x.com/i/flow/login",
        "https://x.com/{handle}",
        texts=(
            TextRule(
                280,
                "twitter",
                url_weight=23,
                forbidden="\ufffe\ufeff\uffff",
                threads=True,
                limit_configurable=True,  # X Premium accounts get 25,000
            ),
        ),
        media=(
            MediaTarget(
                {
                    "image": Limits(_formats("jpg", "png", "webp"), max_bytes=5 * MB),
                    "gif": Limits(_formats("gif"), max_bytes=15 * MB),
                    "video": Limits(
                        _formats("mp4", "mov", "m4v"),
                        max_bytes=512 * MB,
                        min_ratio=1 / 2.39,
                        max_ratio=2.39,
                        min_width=32,
                        min_height=32,
                        min_duration_ms=500,
                        max_duration_ms=140 * SECOND,
                    ),
                }
            ),
        ),
    ),
    Network(
        "mastodon",
        "Mastodon",
        "https://{server}/auth/sign_in",
        "https://{server}/@{user}",
        federated=True,
        texts=(TextRule(500, "mastodon", url_weight=23, threads=True, limit_configurable=True),),
    ),
    Network(
        "bluesky",
        "Bluesky",
        "https://bsky.app/",
        "https://bsky.app/profile/{handle}",
        texts=(TextRule(300, "bluesky", byte_cap=3000, threads=True),),
    ),
    Network(
        "threads",
        "Threads",
        "https://www.threads.com/login",
        "https://www.threads.com/@{handle}",
        texts=(TextRule(500, "threads", link_cap=5, threads=True),),
    ),
    Network(
        "linkedin",
        "LinkedIn",
        "https://www.linkedin.com/login",
        "https://www.linkedin.com/in/{handle}/",
        handle_prefix="",
        texts=(TextRule(3000, "utf16", fold_at=210),),
        media=(
            MediaTarget(
                {
                    "image": Limits(_formats("jpg", "png"), max_bytes=5 * MB),
                    "gif": Limits(_formats("gif"), max_bytes=5 * MB),
                    "video": Limits(
                        _formats("mp4", "mov", "m4v", "webm", "mkv"),
                        max_bytes=5 * GB,
                        min_bytes=75 * KB,
                        min_ratio=1 / 2.4,
                        max_ratio=2.4,
                        min_width=256,
                        min_height=144,
                        min_duration_ms=3 * SECOND,
                        max_duration_ms=15 * MINUTE,
                    ),
                    "pdf": Limits(_formats("pdf"), max_bytes=100 * MB),
                    "document": Limits(_formats("doc", "docx", "ppt", "pptx"), max_bytes=100 * MB),
                }
            ),
        ),
    ),
    Network(
        "instagram",
        "Instagram",
        "https://www.instagram.com/accounts/login/",
        "https://www.instagram.com/{handle}/",
        texts=(TextRule(2200, "utf16", hashtag_cap=5, fold_at=125),),
        media=(
            MediaTarget(
                {
                    "image": Limits(
                        _IG_IMAGE,
                        max_bytes=30 * MB,
                        min_ratio=4 / 5,
                        max_ratio=1.91,
                        min_width=320,
                        recommended_width=1080,
                    ),
                    "video": Limits(
                        _IG_VIDEO,
                        max_bytes=4 * GB,
                        min_ratio=4 / 5,
                        max_ratio=1.91,
                        min_duration_ms=3 * SECOND,
                        max_duration_ms=15 * MINUTE,
                    ),
                },
                "feed",
            ),
            MediaTarget(
                {
                    "image": Limits(
                        _IG_IMAGE,
                        max_bytes=30 * MB,
                        min_width=320,
                        recommended_ratio=(9, 16),
                        recommended_width=1080,
                    ),
                    "video": Limits(
                        _IG_VIDEO,
                        max_bytes=4 * GB,
                        min_duration_ms=1 * SECOND,
                        split_after_ms=60 * SECOND,
                        recommended_ratio=(9, 16),
                        recommended_width=1080,
                    ),
                },
                "story",
            ),
            MediaTarget(
                {
                    "video": Limits(
                        _IG_VIDEO,
                        max_bytes=4 * GB,
                        min_duration_ms=3 * SECOND,
                        max_duration_ms=15 * MINUTE,
                        recommended_ratio=(9, 16),
                        recommended_width=1080,
                    ),
                },
                "reel",
            ),
        ),
    ),
    Network(
        "facebook",
        "Facebook",
        "https://www.facebook.com/login/",
        "https://www.facebook.com/{handle}",
        handle_prefix="",
        texts=(TextRule(63206, "utf16"),),
        media=(
            MediaTarget(
                {
                    "image": Limits(_formats("jpg", "png", "webp", "bmp", "tif"), max_bytes=30 * MB),
                    "gif": Limits(_formats("gif"), max_bytes=30 * MB),
                    "video": Limits(
                        _formats("mp4", "mov", "m4v", "webm", "mkv"),
                        max_bytes=10 * GB,
                        min_duration_ms=1 * SECOND,
                        max_duration_ms=240 * MINUTE,
                        min_ratio=9 / 16,
                        max_ratio=16 / 9,
                    ),
                }
            ),
        ),
    ),
    Network(
        "tiktok",
        "TikTok",
        "https://www.tiktok.com/login",
        "https://www.tiktok.com/@{handle}",
        texts=(TextRule(2200, "utf16"),),
    ),
    Network(
        "youtube",
        "YouTube",
        "https://accounts.google.com/ServiceLogin?service=youtube",
        "https://www.youtube.com/@{handle}",
        texts=(
            TextRule(100, "codepoints", "title", forbidden="<>"),
            TextRule(5000, "utf8_bytes", "description", forbidden="<>"),
        ),
    ),
    Network(
        "pinterest",
        "Pinterest",
        "https://www.pinterest.com/login/",
        "https://www.pinterest.com/{handle}/",
        handle_prefix="",
        texts=(TextRule(100, "utf16", "title"), TextRule(500, "utf16", "description")),
    ),
    Network("google_business", "Google Business Profile", "https://business.google.com/", handle_prefix=""),
    Network("meta_business", "Meta Business Suite", "https://business.facebook.com/", handle_prefix=""),
    Network(
        "snapchat",
        "Snapchat",
        "https://accounts.snapchat.com/accounts/login",
        "https://www.snapchat.com/add/{handle}",
    ),
    Network(
        "twitch", "Twitch", "https://www.twitch.tv/login", "https://www.twitch.tv/{handle}", handle_prefix=""
    ),
    Network("other", "Other", handle_prefix=""),
)


_Entry = TypeVar("_Entry", Network, TextRule, MediaTarget)


def _index(entries: Iterable[_Entry]) -> Mapping[str, _Entry]:
    """Entries by id, in table order; a repeated id is a mistake in the table, caught at import."""
    index: dict[str, _Entry] = {}
    for entry in entries:
        if entry.id in index:
            raise ValueError(f"two entries of the networks table have the id {entry.id!r}")
        index[entry.id] = entry
    return MappingProxyType(index)


NETWORKS: Mapping[str, Network] = _index(_TABLE)
"""Every network by its stable id, in table order."""

COUNTERS: Mapping[str, TextRule] = _index(rule for entry in _TABLE for rule in entry.texts)
"""Every text rule by its counter id, in table order: what `core.counters.count` takes."""

MEDIA_TARGETS: Mapping[str, MediaTarget] = _index(target for entry in _TABLE for target in entry.media)
"""Every media placement by its id, in table order: what `core.media_rules.check` takes."""

_FEDIVERSE = re.compile(r"^@?(?P<user>[A-Za-z0-9_.-]+)@(?P<server>[A-Za-z0-9.-]+\.[A-Za-z]{2,})$")
_HOST = re.compile(r"^[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def network(network_id: str) -> Network:
    """The network entry, or the "other" entry for an id this version does not know."""
    return NETWORKS.get(network_id) or NETWORKS["other"]


def clean_handle(network_id: str, text: str) -> str:
    """The handle as stored: trimmed, without the leading "@" (kept inside `name@server`)."""
    value = text.strip()
    while value.startswith(("@", "＠")):
        value = value[1:]
    return value


def split_fediverse_handle(handle: str) -> tuple[str, str] | None:
    """(user, server) of a `name@server` handle, or None."""
    match = _FEDIVERSE.match(handle.strip())
    if not match:
        return None
    return match.group("user"), match.group("server").lower()


def display_handle(network_id: str, handle: str) -> str:
    handle = clean_handle(network_id, handle)
    if not handle:
        return ""
    return network(network_id).handle_prefix + handle


def _fill(pattern: str, network_id: str, handle: str) -> str | None:
    if not pattern:
        return None
    entry = network(network_id)
    values: dict[str, str] = {}
    if entry.federated:
        parts = split_fediverse_handle(handle)
        if parts is None:
            return None
        values["user"], values["server"] = quote(parts[0], safe=""), parts[1]
    if "{handle}" in pattern:
        handle = clean_handle(network_id, handle)
        if not handle:
            return None
        values["handle"] = quote(handle, safe="")
    try:
        return safe_web_url(pattern.format(**values))
    except KeyError:
        return None


def profile_url(network_id: str, handle: str) -> str | None:
    """The public profile address the handle implies, or None when it implies none."""
    return _fill(network(network_id).profile_url, network_id, handle)


def login_url(network_id: str, handle: str = "", profile: str = "") -> str | None:
    """The sign-in page. For Mastodon, the server comes from the handle, else from the profile URL."""
    entry = network(network_id)
    if not entry.login_url:
        return None
    if entry.federated and split_fediverse_handle(handle) is None:
        host = urlsplit(profile.strip()).hostname if profile.strip() else None
        if not host or not _HOST.match(host):
            return None
        return safe_web_url(entry.login_url.format(server=host.lower()))
    return _fill(entry.login_url, network_id, handle)


# Where a post is written on each network's own site: the end of "publishing by hand". A network
# missing here opens its sign-in page instead.
COMPOSE_URLS = {
    "x": "https://x.com/compose/post",
    "bluesky": "https://bsky.app/intent/compose",
    "threads": "https://www.threads.net/intent/post",
    "linkedin": "https://www.linkedin.com/feed/?shareActive=true",
    "mastodon": "https://{server}/share",
    "facebook": "https://www.facebook.com/",
    "instagram": "https://www.instagram.com/",
}


def compose_url(network_id: str, handle: str = "", profile: str = "") -> str | None:
    """The network's own page for writing a post (the server's, for Mastodon), else its sign-in page."""
    pattern = COMPOSE_URLS.get(network_id)
    if pattern is None:
        return login_url(network_id, handle, profile)
    if "{server}" not in pattern:
        return pattern
    parts = split_fediverse_handle(handle)
    host = parts[1] if parts else (urlsplit(profile.strip()).hostname if profile.strip() else None)
    if not host or not _HOST.match(host):
        return None
    return safe_web_url(pattern.format(server=host.lower()))


def safe_web_url(url: str) -> str | None:
    """`url` when it is an http(s) address with a host, else None: the only addresses the app opens."""
    text = url.strip()
    if not text or any(ord(c) < 32 or c.isspace() for c in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text
