"""Per-network counters: hand-checked figures for each rule, and properties that must hold for any text."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cmtoolbox.core.counters import (
    COUNTERS,
    NETWORKS,
    CountResult,
    TextRule,
    _grapheme_count,
    _nth_grapheme_start,
    count,
)
from cmtoolbox.core.twitter_text import parse_tweet

CORPUS = Path(__file__).resolve().parent / "data" / "counters_twitter_corpus.json"
PROBLEM_CODES = {
    "over_limit",
    "too_many_bytes",
    "too_many_hashtags",
    "too_many_links",
    "forbidden_characters",
}


def length(network: str, text: str, **kwargs: int) -> int:
    return count(network, text, **kwargs).length


# --- the table ---------------------------------------------------------------------------------------------


def test_table_has_one_entry_per_counter() -> None:
    assert NETWORKS is COUNTERS, "the name cli.py imports stays the counters' table"
    assert set(COUNTERS) == {
        "x", "mastodon", "bluesky", "threads", "linkedin", "instagram", "facebook", "tiktok",
        "youtube_title", "youtube_description", "pinterest_title", "pinterest_description",
    }  # fmt: skip
    for counter_id, rule in COUNTERS.items():
        assert isinstance(rule, TextRule) and rule.id == counter_id and rule.name and rule.limit > 0


def test_table_limits() -> None:
    limits = {counter_id: rule.limit for counter_id, rule in COUNTERS.items()}
    assert limits == {
        "x": 280, "mastodon": 500, "bluesky": 300, "threads": 500, "linkedin": 3000, "instagram": 2200,
        "facebook": 63206, "tiktok": 2200, "youtube_title": 100, "youtube_description": 5000,
        "pinterest_title": 100, "pinterest_description": 500,
    }  # fmt: skip
    assert COUNTERS["instagram"].hashtag_cap == 5
    assert COUNTERS["threads"].link_cap == 5
    assert COUNTERS["bluesky"].byte_cap == 3000
    assert COUNTERS["linkedin"].fold_at == 210
    assert {n for n, rule in COUNTERS.items() if rule.threads} == {"x", "mastodon", "bluesky", "threads"}


def test_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        COUNTERS["new"] = COUNTERS["x"]  # type: ignore[index]


def test_unknown_network_is_an_error() -> None:
    with pytest.raises(ValueError):
        count("myspace", "hello")


# --- X -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("Bonjour", 7),
        ("a\r\nb", 4),  # CR and LF are two characters
        ("©", 1),  # without VS16, © is a Latin-1 character, not an emoji
        ("©\ufe0f", 2),  # with VS16, one emoji
        ("® x", 3),
        ("日本", 4),
        ("é", 1),
        ("e\u0301", 1),  # NFC makes it one character
        ("👨‍👩‍👧‍👦", 2),
        ("🇫🇷", 2),
        ("👍🏽", 2),
        ("1\ufe0f\u20e3", 2),
        ("https://www.exemple.fr/un/chemin/vraiment/tres/long?utm_source=x", 23),
        ("Voir exemple.fr", 28),
        ("Voir exemple.fr, merci.", 36),  # the comma and the dot are not part of the link
        ("https://t.co/abc123 suite", 29),
        ("日本語example.com", 29),  # scheme-less link right after CJK letters
        ("\u2002", 1),  # en space is in the light ranges
    ],
)
def test_x_lengths(text: str, expected: int) -> None:
    assert length("x", text) == expected


def test_x_over_limit() -> None:
    result = count("x", "x" * 281)
    assert result.length == 281 and result.remaining == -1 and not result.valid
    assert result.over_ranges == ((280, 281),)
    assert [p.code for p in result.problems] == ["over_limit"]
    assert (result.problems[0].value, result.problems[0].limit) == (281, 280)


def test_x_over_range_starts_at_the_emoji_or_link_that_crosses_the_limit() -> None:
    assert count("x", "a" * 279 + "😀").over_ranges == ((279, 280),)
    text = "a" * 270 + " https://exemple.fr/fin"
    assert count("x", text).over_ranges == ((271, len(text)),)


def test_x_over_range_in_original_indices_for_decomposed_text() -> None:
    text = "e\u0301" * 281  # 562 code points, 281 characters once normalised
    result = count("x", text)
    assert result.length == 281
    assert result.over_ranges == ((560, 562),)


def test_x_limit_override() -> None:
    assert count("x", "x" * 5000, limit=25000).valid
    assert count("x", "x" * 30, limit=25).over_ranges == ((25, 30),)


def test_x_forbidden_characters() -> None:
    result = count("x", "a\ufeffb")
    assert not result.valid
    assert [(p.code, p.value, p.ranges) for p in result.problems] == [("forbidden_characters", 1, ((1, 2),))]


def test_x_entities() -> None:
    result = count("x", "Merci @agence_dupont ! #CM #Réseaux https://exemple.fr et exemple.com")
    assert (result.hashtags, result.mentions, result.links) == (2, 1, 2)


def test_x_matches_the_official_library_on_the_corpus() -> None:
    """Answers recorded from twitter-text 3.1.0 (npm) on our corpus; node re-checks them live elsewhere."""
    for entry in json.loads(CORPUS.read_text("utf-8")):
        text = entry["text"]
        parsed = parse_tweet(text)
        assert parsed.weighted_length == entry["weightedLength"], text
        assert parsed.valid == entry["valid"], text
        assert (parsed.permillage, parsed.valid_range_end) == (entry["permillage"], entry["validRangeEnd"]), (
            text
        )
        result = count("x", text)
        assert result.length == entry["weightedLength"]
        assert bool(result.over_ranges) == (entry["weightedLength"] > 280)
        forbidden = any(ch in text for ch in "\ufffe\ufeff\uffff")
        if result.over_ranges and not forbidden and unicodedata.is_normalized("NFC", text):
            # The official validRangeEnd is the last UTF-16 unit that fits: the over range starts right after.
            start = result.over_ranges[0][0]
            assert len(text[:start].encode("utf-16-le")) // 2 == entry["validRangeEnd"] + 1, text


# --- Mastodon ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@alice@mastodon.social", 6),  # counts as @alice
        ("Salut @alice@mastodon.social !", 14),
        ("https://exemple.fr/" + "a" * 100, 23),
        ("http://exemple.fr", 23),
        ("exemple.fr/abc", 14),  # no scheme: counted as typed
        ("ftp://exemple.org", 17),
        ("e\u0301", 1),
        ("👨‍👩‍👧‍👦", 1),
        ("🇫🇷🇧🇪", 2),
        ("a\r\nb", 3),
    ],
)
def test_mastodon_lengths(text: str, expected: int) -> None:
    assert length("mastodon", text) == expected


# Every case of Mastodon's own spec/validators/status_length_validator_spec.rb (limit 500). Its remote-status,
# reblog and content-warning cases have no counterpart here: the app writes local posts without a CW field.
@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("a" * 520, False),  # text over the limit
        ("a" * 476 + " http://" + "b" * 30 + ".com/example", True),  # an auto-linkable URL costs 23
        ("a" * 476 + "http://" + "b" * 30 + ".com/example", False),  # not auto-linkable: counted in full
        ("http://example.com/valid?" + "#foo?" * 1000, False),  # over the extractor's 4,096: in full
        ("a" * 475 + " @alice@" + "b" * 30 + ".com", True),  # only "@alice" counts
        ("@alice@" + "b" * 500 + ".com", False),  # a domain over 253 characters: counted in full
        ("✨" * 500, True),  # a multi-byte emoji is one character
        ("\U0001f3f3\ufe0f\u200d\u26a7\ufe0f" * 500, True),  # a ZWJ sequence is one character
    ],
)
def test_mastodon_validator_spec(text: str, valid: bool) -> None:
    assert count("mastodon", text).valid is valid


def test_mastodon_url_and_mention_limits_at_the_boundary() -> None:
    url = "https://exemple.fr/" + "a" * (4096 - len("https://exemple.fr/"))
    assert length("mastodon", url) == 23
    assert length("mastodon", url + "a") == 4097
    # The limit applies to the punycode form of the host ("xn--caf-dma.fr" is 7 longer than "café.fr").
    idn = "https://café.fr/" + "a" * (4096 - len("https://café.fr/") - 7)
    assert length("mastodon", idn) == 23
    assert length("mastodon", idn + "a") == len(idn) + 1
    domain = "b" * 249 + ".com"  # 253 characters
    assert length("mastodon", f"@alice@{domain}") == 6
    assert length("mastodon", f"@alice@b{domain}") == len(f"@alice@b{domain}")
    # The over-limit range still starts where the text goes over, inside the long link.
    text = "http://example.com/valid?" + "#foo?" * 1000
    assert count("mastodon", text).over_ranges == ((500, len(text)),)


@pytest.mark.parametrize("network", sorted(COUNTERS))
def test_no_break_spaces_count_as_characters(network: str) -> None:
    # French typography puts them before ; : ! ? » and after «: each one is a character like a space,
    # except where the unit says otherwise (UTF-8 bytes: 2 and 3; X weighs U+202F, outside its light
    # ranges, as 2).
    rule = COUNTERS[network]
    plain = length(network, "Super !")
    if rule.method == "utf8_bytes":
        assert (length(network, "Super\u00a0!"), length(network, "Super\u202f!")) == (plain + 1, plain + 2)
    elif rule.method == "twitter":
        assert (length(network, "Super\u00a0!"), length(network, "Super\u202f!")) == (plain, plain + 1)
    else:
        assert length(network, "Super\u00a0!") == length(network, "Super\u202f!") == plain
    assert length(network, "«\u00a0Bonjour\u00a0»") == length(network, "« Bonjour »") + (
        2 if rule.method == "utf8_bytes" else 0
    )


def test_mastodon_limit_is_configurable() -> None:
    assert not count("mastodon", "x" * 600).valid
    assert count("mastodon", "x" * 600, limit=1000).valid


def test_mastodon_over_range_inside_a_link_starts_at_the_link() -> None:
    text = "a" * 490 + " https://exemple.fr/x"
    result = count("mastodon", text)
    assert result.length == 514
    assert result.over_ranges == ((491, len(text)),)


# --- Bluesky -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "https://www.example.com/2024/01/un-article-tres-long.html?utm=1",
            31,
        ),  # www.example.com/2024/01/un-a...
        ("https://example.com/", 11),
        ("https://example.com/abc", 15),
        ("https://Example.COM:443/a?b#c", 17),
        ("https://example.com:8080/x", 18),
        ("https://café.fr/x", 16),  # xn--caf-dma.fr/x
        ("https://example.com/é", 18),  # example.com/%C3%A9
        ("https://example.com/a/../b", 13),  # example.com/b
        ("Voir https://example.com/page.", 22),  # the final dot is not part of the link
        ("(https://example.com/page)", 18),
        ("example.com/" + "a" * 30, 42),  # links without a scheme are not shortened
        ("HTTPS://EXAMPLE.COM/" + "a" * 30, 50),  # the client only shortens lower-case schemes
        ("e\u0301 👨‍👩‍👧‍👦", 3),
    ],
)
def test_bluesky_lengths(text: str, expected: int) -> None:
    assert length("bluesky", text) == expected


def test_bluesky_byte_cap() -> None:
    result = count("bluesky", "👨‍👩‍👧‍👦" * 300)
    assert result.length == 300
    assert [(p.code, p.value, p.limit) for p in result.problems] == [("too_many_bytes", 7500, 3000)]
    assert {p.code for p in count("bluesky", "é" * 1600).problems} == {"over_limit", "too_many_bytes"}


def test_bluesky_entities() -> None:
    result = count("bluesky", "Lire https://exemple.fr/a et exemple.org/b. @bob.bsky.social #Veille")
    assert (result.links, result.mentions, result.hashtags) == (2, 1, 1)


def test_bluesky_over_range_maps_back_through_shortened_links() -> None:
    text = "https://www.example.com/" + "a" * 200 + " " + "b" * 280
    result = count("bluesky", text)
    assert result.length == 31 + 1 + 280
    cut = len(text) - (result.length - 300)
    assert result.over_ranges == ((cut, len(text)),)


# --- the other networks ------------------------------------------------------------------------------------


def test_threads_counts_emoji_as_their_utf8_bytes() -> None:
    assert length("threads", "Salut 😀 !") == 12
    assert length("threads", "👨‍👩‍👧‍👦") == 25
    assert length("threads", "🇫🇷") == 8
    assert length("threads", "é e\u0301") == 3


def test_threads_link_cap() -> None:
    five = " ".join(f"https://exemple.fr/{i}" for i in range(5))
    assert count("threads", five).valid
    result = count("threads", five + " exemple.com")
    assert [(p.code, p.value, p.limit) for p in result.problems] == [("too_many_links", 6, 5)]


def test_utf16_networks() -> None:
    for network in (
        "tiktok",
        "linkedin",
        "instagram",
        "facebook",
        "pinterest_title",
        "pinterest_description",
    ):
        assert length(network, "😀é") == 3
    assert count("tiktok", "😀" * 1101).over_ranges == ((1100, 1101),)


def test_youtube() -> None:
    title = count("youtube_title", "Mon <titre> 😀")
    assert title.length == 13
    assert [(p.code, p.ranges) for p in title.problems] == [("forbidden_characters", ((4, 5), (10, 11)))]
    assert count("youtube_title", "😀" * 100).valid
    description = count("youtube_description", "é" * 2501)
    assert description.length == 5002 and description.over_ranges == ((2500, 2501),)


def test_instagram_hashtag_cap() -> None:
    assert count("instagram", "#un #deux #trois #quatre #cinq").valid
    result = count("instagram", "#un #deux #trois #quatre #cinq #six")
    assert result.hashtags == 6
    assert [(p.code, p.value, p.limit) for p in result.problems] == [("too_many_hashtags", 6, 5)]


def test_hashtags_need_a_letter_and_a_boundary() -> None:
    assert count("instagram", "#1 C# &#39; #été #CM2024 a#b").hashtags == 2


def test_fold() -> None:
    assert count("linkedin", "a" * 300).fold_at == 210
    assert count("linkedin", "a" * 210).fold_at is None
    assert count("linkedin", "👨‍👩‍👧‍👦" * 211).fold_at == 210 * 7
    assert count("instagram", "b" * 200).fold_at == 125
    assert count("x", "c" * 300).fold_at is None


# --- properties --------------------------------------------------------------------------------------------

NETWORK_IDS = sorted(COUNTERS)


def _check_invariants(result: CountResult, text: str) -> None:
    assert result.remaining == result.limit - result.length
    assert result.valid == (not result.problems)
    assert bool(result.over_ranges) == (result.length > result.limit)
    for start, end in result.over_ranges:
        assert 0 <= start < end <= len(text)
    for problem in result.problems:
        assert problem.code in PROBLEM_CODES
        for start, end in problem.ranges:
            assert 0 <= start < end <= len(text)
    assert result.fold_at is None or 0 < result.fold_at < len(text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400), network=st.sampled_from(NETWORK_IDS), limit=st.integers(0, 60) | st.none())
def test_any_text_counts_without_crashing(text: str, network: str, limit: int | None) -> None:
    _check_invariants(count(network, text, limit=limit), text)


_SOCIAL_TEXT = st.lists(
    st.sampled_from(
        ["Bonjour", " ", "\n", "https://exemple.fr/a", "exemple.com", "@alice@mastodon.social", "#CM", "😀",
         "👨‍👩‍👧‍👦", "🇫🇷", "e\u0301", "\u00a0!", "«\u00a0", "日本", "\r\n", "©\ufe0f", "."]
    )
    | st.text(max_size=4),
    max_size=40,
).map("".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(text=_SOCIAL_TEXT, network=st.sampled_from(NETWORK_IDS), limit=st.integers(1, 80))
def test_social_text_invariants(text: str, network: str, limit: int) -> None:
    _check_invariants(count(network, text, limit=limit), text)


@settings(max_examples=100, deadline=None)
@given(text=_SOCIAL_TEXT, network=st.sampled_from(NETWORK_IDS))
def test_count_does_not_depend_on_how_the_text_was_built(text: str, network: str) -> None:
    whole = count(network, text)
    typed = ""
    for character in text:  # as typed keystroke by keystroke, each intermediate text counted on the way
        typed += character
        count(network, typed)
    assert count(network, typed) == whole
    assert count(network, "".join(list(text))) == whole
    middle = len(text) // 2
    assert count(network, text[:middle] + text[middle:]) == whole


@settings(max_examples=100, deadline=None)
@given(text=_SOCIAL_TEXT)
def test_x_count_is_the_weighted_length(text: str) -> None:
    assert count("x", text).length == parse_tweet(text).weighted_length


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300) | _SOCIAL_TEXT)
def test_grapheme_shortcut_matches_a_full_scan(text: str) -> None:
    assert _grapheme_count(text) == len(regex.findall(r"\X", text))
    clusters = [m.start() for m in regex.finditer(r"\X", text)]
    for n in (0, 1, 5, len(clusters) - 1, len(clusters)):
        expected = clusters[n] if 0 <= n < len(clusters) else None
        if n >= 0:
            assert _nth_grapheme_start(text, n) == expected
