"""The one table of networks: stable ids shared by counters, accounts and media checks; https addresses only;
handles that cannot inject."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from cmtoolbox.core import networks

# The ids stored in the database (accounts.network; the composer's chosen counters in settings): renaming
# one orphans the user's rows, so a change here must come with a migration.
STORED_NETWORK_IDS = {
    "x", "mastodon", "bluesky", "threads", "linkedin", "instagram", "facebook", "tiktok", "youtube",
    "pinterest", "google_business", "meta_business", "snapchat", "twitch", "other",
}  # fmt: skip
STORED_COUNTER_IDS = {
    "x", "mastodon", "bluesky", "threads", "linkedin", "instagram", "facebook", "tiktok",
    "youtube_title", "youtube_description", "pinterest_title", "pinterest_description",
}  # fmt: skip


def test_stored_ids_do_not_change() -> None:
    assert set(networks.NETWORKS) == STORED_NETWORK_IDS
    assert set(networks.COUNTERS) == STORED_COUNTER_IDS
    for network_id in networks.NETWORKS:
        assert re.fullmatch(r"[a-z][a-z0-9_]{0,39}", network_id), "accounts.network CHECK: 1 to 40 chars"


def test_counters_accounts_and_media_rules_share_one_id_set() -> None:
    """Every counter, account network and media placement belongs to one entry of the one table."""
    from cmtoolbox.core import counters, media_rules, threads

    assert counters.COUNTERS is networks.COUNTERS and counters.NETWORKS is networks.COUNTERS
    assert media_rules.TARGETS is networks.MEDIA_TARGETS
    members = [(rule.id, rule.network, rule.part) for rule in networks.COUNTERS.values()]
    members += [(t.id, t.network, t.placement) for t in networks.MEDIA_TARGETS.values()]
    for member_id, network_id, part in members:
        assert network_id in networks.NETWORKS, member_id
        assert member_id == (f"{network_id}_{part}" if part else network_id)
    for entry in networks.NETWORKS.values():
        assert entry.counter_ids == tuple(
            c for c, rule in networks.COUNTERS.items() if rule.network == entry.id
        )
        assert [t.id for t in entry.media] == [
            t for t, target in networks.MEDIA_TARGETS.items() if target.network == entry.id
        ]
        assert sum(1 for rule in entry.texts if not rule.part) <= 1, "one main text at most"
        assert len({rule.part for rule in entry.texts}) == len(entry.texts)
        if entry.media:
            assert entry.texts, f"{entry.id}: media can be checked but the post cannot be counted"
        for rule in entry.texts:
            assert rule.method in networks.COUNTING_METHODS and rule.method in counters._METHODS
            assert rule.limit > 0 and rule.name.startswith(entry.name)
            counters.count(rule.id, "Bonjour https://exemple.fr #lyon @martin")  # every rule counts
            if rule.threads:
                assert threads.split_thread(rule.id, "mot " * 400)
        for target in entry.media:
            assert target.limits and target.name.startswith(entry.name)
    assert networks.COUNTING_METHODS == set(counters._METHODS)


def test_network_entries_know_their_rules() -> None:
    youtube = networks.network("youtube")
    assert youtube.counter_ids == ("youtube_title", "youtube_description")
    assert [(r.part, r.limit, r.name) for r in youtube.texts] == [
        ("title", 100, "YouTube (title)"),
        ("description", 5000, "YouTube (description)"),
    ]
    assert youtube.default_limit is None, "two fields, two limits"
    assert [t.id for t in networks.network("instagram").media] == [
        "instagram_feed", "instagram_story", "instagram_reel",
    ]  # fmt: skip
    mastodon = networks.network("mastodon")
    assert mastodon.limit_configurable and mastodon.default_limit == 500 and mastodon.threads
    assert mastodon.counter_ids == ("mastodon",)
    assert not networks.network("instagram").limit_configurable
    assert not networks.network("snapchat").texts and networks.network("snapchat").default_limit is None
    assert networks.network("unknown-network").id == "other"
    with pytest.raises(TypeError):
        networks.NETWORKS["new"] = youtube  # type: ignore[index]
    with pytest.raises(TypeError):
        networks.MEDIA_TARGETS["x"].limits["image"] = None  # type: ignore[index]


def test_networks_module_is_cheap_to_import() -> None:
    """storage imports it to validate accounts: it must not pull in the counting engine."""
    code = (
        "import sys; import cmtoolbox.core.networks; "
        "heavy = {'regex', 'cmtoolbox.core.counters', 'cmtoolbox.core.twitter_text'} & set(sys.modules); "
        "print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_address_is_https() -> None:
    for entry in networks.NETWORKS.values():
        for pattern in (entry.login_url, entry.profile_url):
            assert pattern == "" or pattern.startswith("https://"), entry.id


def test_profile_and_login_addresses() -> None:
    assert (
        networks.profile_url("instagram", "@boulangeriemartin")
        == "https://www.instagram.com/boulangeriemartin/"
    )
    assert networks.profile_url("tiktok", "boulangerie") == "https://www.tiktok.com/@boulangerie"
    assert networks.profile_url("x", "") is None
    assert networks.profile_url("google_business", "whatever") is None
    # Handles cannot inject a path or another host.
    assert networks.profile_url("x", "a/../../evil.example") == "https://x.com/a%2F..%2F..%2Fevil.example"
    assert networks.profile_url("mastodon", "@martin@Piaille.fr") == "https://piaille.fr/@martin"
    assert networks.login_url("mastodon", "martin@piaille.fr") == "https://piaille.fr/auth/sign_in"
    assert networks.login_url("mastodon", "martin") is None
    assert networks.login_url("mastodon", "martin", "https://mastodon.social/@martin") == (
        "https://mastodon.social/auth/sign_in"
    )
    assert networks.login_url("instagram") == "https://www.instagram.com/accounts/login/"
    assert networks.login_url("other") is None
    assert networks.display_handle("instagram", "boulangerie") == "@boulangerie"
    assert networks.display_handle("facebook", "@boulangerie.lyon") == "boulangerie.lyon"


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "https://", "http://a b.fr", ""]
)
def test_only_web_addresses_are_safe(url: str) -> None:
    assert networks.safe_web_url(url) is None


def test_web_addresses_are_safe() -> None:
    assert networks.safe_web_url(" https://piaille.fr/@martin ") == "https://piaille.fr/@martin"
    assert networks.safe_web_url("HTTP://exemple.fr") == "HTTP://exemple.fr"


def test_compose_pages_for_publishing_by_hand() -> None:
    from cmtoolbox.core.networks import compose_url

    assert compose_url("x") == "https://x.com/compose/post"
    assert compose_url("bluesky") == "https://bsky.app/intent/compose"
    assert compose_url("mastodon", "@anne@piaille.fr") == "https://piaille.fr/share"
    assert compose_url("mastodon", "", "https://mastodon.social/@bakery") == "https://mastodon.social/share"
    assert compose_url("mastodon") is None  # no server known: nothing to open
    assert compose_url("tiktok") == networks.login_url("tiktok")  # no compose page known: sign-in
