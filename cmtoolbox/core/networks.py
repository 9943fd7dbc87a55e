"""The networks a client can have an account on: names, login pages, profile addresses.

One table, like the length rules of `core.counters`: adding a network is one entry. Ids reuse the
counters' ids where the network is the same (`x`, `mastodon`, `instagram`...), so an account's
network finds its length rule directly; networks whose posts have several counted fields
(YouTube, Pinterest) list them in `counter_ids`.

Addresses are patterns: `{handle}` is the account's handle without the leading "@"; for
Mastodon, `{user}` and `{server}` come from a handle written `name@server`. Only https addresses
are produced, and `safe_web_url` is the gate every address passes before the GUI opens it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from urllib.parse import quote, urlsplit

from cmtoolbox.core.counters import NETWORKS as COUNTER_RULES

__all__ = [
    "NETWORKS",
    "Network",
    "clean_handle",
    "display_handle",
    "login_url",
    "network",
    "profile_url",
    "safe_web_url",
    "split_fediverse_handle",
]


@dataclass(frozen=True)
class Network:
    id: str
    name: str  # brand name, shown as is (not translated)
    login_url: str  # may contain {server}
    profile_url: str = ""  # pattern with {handle} (or {user}/{server}); "" when a handle gives none
    handle_prefix: str = "@"  # how the network writes handles ("" for page names)
    counter_ids: tuple[str, ...] = ()  # rules in core.counters that posts on this network follow
    federated: bool = False  # the handle carries its server: name@server

    @property
    def default_limit(self) -> int | None:
        """The character limit of a post, when the network has one rule for it."""
        if len(self.counter_ids) != 1:
            return None
        return COUNTER_RULES[self.counter_ids[0]].limit

    @property
    def limit_configurable(self) -> bool:
        """Whether the limit depends on the account (X Premium, a Mastodon server's setting)."""
        return any(COUNTER_RULES[c].limit_configurable for c in self.counter_ids)


NETWORKS: Mapping[str, Network] = MappingProxyType(
    {
        n.id: n
        for n in (
            Network("instagram", "Instagram", "https://www.instagram.com/accounts/login/",
                    "https://www.instagram.com/{handle}/", counter_ids=("instagram",)),
            Network("facebook", "Facebook", "https://www.facebook.com/login/",
                    "https://www.facebook.com/{handle}", handle_prefix="", counter_ids=("facebook",)),
            Network("linkedin", "LinkedIn", "https://www.linkedin.com/login",
                    "https://www.linkedin.com/in/{handle}/", handle_prefix="", counter_ids=("linkedin",)),
            Network("x", "X", "https://x.com/i/flow/login", "https://x.com/{handle}", counter_ids=("x",)),
            Network("mastodon", "Mastodon", "https://{server}/auth/sign_in", "https://{server}/@{user}",
                    counter_ids=("mastodon",), federated=True),
            Network("bluesky", "Bluesky", "https://bsky.app/", "https://bsky.app/profile/{handle}",
                    counter_ids=("bluesky",)),
            Network("threads", "Threads", "https://www.threads.com/login", "https://www.threads.com/@{handle}",
                    counter_ids=("threads",)),
            Network("tiktok", "TikTok", "https://www.tiktok.com/login", "https://www.tiktok.com/@{handle}",
                    counter_ids=("tiktok",)),
            Network("youtube", "YouTube", "https://accounts.google.com/ServiceLogin?service=youtube",
                    "https://www.youtube.com/@{handle}",
                    counter_ids=("youtube_title", "youtube_description")),
            Network("pinterest", "Pinterest", "https://www.pinterest.com/login/",
                    "https://www.pinterest.com/{handle}/", handle_prefix="",
                    counter_ids=("pinterest_title", "pinterest_description")),
            Network("google_business", "Google Business Profile", "https://business.google.com/",
                    handle_prefix=""),
            Network("meta_business", "Meta Business Suite", "https://business.facebook.com/",
                    handle_prefix=""),
            Network("snapchat", "Snapchat", "https://accounts.snapchat.com/accounts/login",
                    "https://www.snapchat.com/add/{handle}"),
            Network("twitch", "Twitch", "https://www.twitch.tv/login", "https://www.twitch.tv/{handle}",
                    handle_prefix=""),
            Network("other", "Other", "", handle_prefix=""),
        )
    }
)

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
