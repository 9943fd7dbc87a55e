"""The networks table: ids shared with the counters, https addresses only, handles that cannot inject."""

from __future__ import annotations

import pytest

from cmtoolbox.core import networks


def test_network_ids_match_the_counters_where_they_exist() -> None:
    from cmtoolbox.core.counters import NETWORKS as RULES

    for entry in networks.NETWORKS.values():
        for counter_id in entry.counter_ids:
            assert counter_id in RULES
        if entry.id in RULES:
            assert entry.counter_ids == (entry.id,)
    mastodon = networks.network("mastodon")
    assert mastodon.limit_configurable and mastodon.default_limit == 500
    assert not networks.network("instagram").limit_configurable
    assert networks.network("unknown-network").id == "other"


def test_every_address_is_https() -> None:
    for entry in networks.NETWORKS.values():
        for pattern in (entry.login_url, entry.profile_url):
            assert pattern == "" or pattern.startswith("https://"), entry.id


def test_profile_and_login_addresses() -> None:
    assert networks.profile_url("instagram", "@boulangeriemartin") == "https://www.instagram.com/boulangeriemartin/"
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
