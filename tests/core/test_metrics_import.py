"""Reading analytics exports (core.metrics_import): real-shaped files from tests/data/metrics."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cmtoolbox.core.metrics_import import (
    Candidate,
    ImportedRow,
    ImportFileError,
    Layout,
    extract,
    header_signature,
    match_rows,
    parse_count,
    parse_when,
    post_key,
    read_table,
    recognise,
    text_similarity,
)
from tests.metrics_fixtures import DATA

PARIS = ZoneInfo("Europe/Paris")


def test_meta_facebook_csv_with_bom_is_recognised() -> None:
    table = read_table(DATA / "meta_facebook_posts.csv")
    assert table.headers[0] == "Post ID"  # the BOM is gone
    assert len(table.headers) == 34 and len(table.rows) == 3
    layout = recognise(table)
    assert layout is not None and layout.network == "facebook"
    assert layout.mapping["url"] == "Permalink"
    assert layout.mapping["published_at"] == "Publish time"  # not the "Date" column (lifetime)
    assert layout.mapping["impressions"] == "Views"
    assert layout.mapping["reactions"] == "Reactions"  # not "Reactions, Comments and Shares"
    assert layout.mapping["clicks"] == "Total clicks"
    assert layout.mapping["text"] == "Description" and layout.mapping["text_alt"] == "Title"
    rows = extract(table, layout, zone=PARIS).rows
    first = rows[0]
    assert first.values == {
        "impressions": 1254,
        "reach": 1034,
        "reactions": 48,
        "comments": 9,
        "shares": 4,
        "clicks": 57,
    }
    assert first.published_at == datetime(2026, 3, 3, 8, 2, tzinfo=UTC)  # 09:02 in Paris
    assert first.text.startswith("Bouquet de la semaine")


def test_x_tweet_activity_csv() -> None:
    table = read_table(DATA / "x_tweet_activity.csv")
    layout = recognise(table)
    assert layout is not None and layout.network == "x"
    assert layout.mapping["shares"] == "retweets" and layout.mapping["comments"] == "replies"
    assert layout.mapping["clicks"] == "url clicks" and layout.mapping["video_views"] == "media views"
    rows = extract(table, layout, zone=PARIS).rows
    assert rows[0].values["impressions"] == 612 and rows[0].values["reactions"] == 19
    assert rows[0].published_at == datetime(2026, 3, 5, 11, 0, tzinfo=UTC)


def test_unknown_layout_in_utf16_with_sep_line_needs_a_mapping() -> None:
    table = read_table(DATA / "agency_sheet_utf16.csv")
    assert table.headers == (
        "Jour",
        "Lien vers le post",
        "Affichages",
        "Personnes atteintes",
        "Coeurs",
        "Réponses",
    )
    assert table.first_line == 4  # sep= line, title row, header
    assert recognise(table) is None
    layout = Layout(
        {
            "published_at": "Jour",
            "url": "Lien vers le post",
            "impressions": "Affichages",
            "reactions": "Coeurs",
        },
        network="instagram",
        recognised=False,
    )
    extraction = extract(table, layout, zone=PARIS)
    assert [r.values["impressions"] for r in extraction.rows] == [2310, 950]
    # "15/03/2026" tells the column is day-first, so "03/03/2026" is the 3rd of March
    assert extraction.rows[1].published_at is not None
    assert extraction.rows[1].published_at.astimezone(PARIS).day == 15
    assert extraction.rows[0].network == "instagram"


def test_linkedin_xlsx_with_preamble_rows(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    daily = book.active
    daily.title = "Indicateurs"
    daily.append(["Aggregated metrics for Fleurs de Sophie"])
    daily.append(["Date", "Impressions (organic)", "Clicks (organic)"])
    daily.append([datetime(2026, 3, 3), 120, 4])
    posts = book.create_sheet("All posts")
    posts.append(["Post analytics for Fleurs de Sophie, 03/01/2026 - 03/31/2026"])
    posts.append([])
    posts.append(
        [
            "Post title",
            "Post link",
            "Post type",
            "Created date",
            "Impressions",
            "Clicks",
            "Likes",
            "Comments",
            "Reposts",
        ]
    )
    posts.append(
        [
            "Atelier couronnes…",
            "https://www.linkedin.com/feed/update/urn:li:activity:7170000000000000001",
            "Organic",
            datetime(2026, 3, 7, 10, 0),
            845.0,
            31,
            27,
            3,
            2,
        ]
    )
    path = tmp_path / "fleurs_content.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.sheet == "All posts"  # the per-post sheet wins over the daily one
    layout = recognise(table)
    assert layout is not None and layout.network == "linkedin"
    row = extract(table, layout, zone=PARIS).rows[0]
    assert row.values == {"impressions": 845, "reactions": 27, "comments": 3, "shares": 2, "clicks": 31}
    assert post_key(row.url) == "linkedin:7170000000000000001"


@pytest.mark.parametrize(
    ("name", "code"),
    [("broken.xlsx", "damaged"), ("not_a_table.csv", "not_a_table"), ("nothing.csv", "missing")],
)
def test_bad_files_raise_a_coded_error(name: str, code: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_table(DATA / name)
    assert caught.value.code == code


def test_empty_and_old_excel_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    for path, code in ((empty, "empty"), (old, "old_excel")):
        with pytest.raises(ImportFileError) as caught:
            read_table(path)
        assert caught.value.code == code


def test_rows_with_bad_numbers_are_reported_not_imported(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(
        "Permalink;Publish time;Reach;Reactions\n"
        "https://x.com/a/status/1;2026-03-01 10:00;12 k;3\n"
        "https://x.com/a/status/2;hier;10;3\n"
        "https://x.com/a/status/3;2026-03-01 10:00;;\n"
        "https://x.com/a/status/4;2026-03-01 10:00;1 200;4\n",
        encoding="utf-8",
    )
    table = read_table(path)
    layout = recognise(table)
    assert layout is not None
    extraction = extract(table, layout, zone=PARIS)
    assert [p.code for p in extraction.problems] == ["bad_number", "bad_date", "no_figures"]
    assert [p.line for p in extraction.problems] == [2, 3, 4]
    assert [r.values["reach"] for r in extraction.rows] == [1200]


def test_numbers_and_dates() -> None:
    assert [parse_count(t) for t in ("1234", "1 234", "1\u202f234", "1,234", "1.234", "12.0", "", "-")] == [
        1234, 1234, 1234, 1234, 1234, 12, None, None,
    ]  # fmt: skip
    for bad in ("12.5", "abc", "1,2,3"):
        with pytest.raises(ValueError):
            parse_count(bad)
    assert parse_when("2026-03-05 11:00 +0000", PARIS) == datetime(2026, 3, 5, 11, 0, tzinfo=UTC)
    assert parse_when("05/03/2026 12:00", PARIS, dayfirst=True) == datetime(2026, 3, 5, 11, 0, tzinfo=UTC)
    assert parse_when("03/05/2026 12:00", PARIS) == datetime(2026, 3, 5, 11, 0, tzinfo=UTC)


def test_post_keys_see_through_address_forms() -> None:
    assert post_key("https://www.instagram.com/reel/CxBouquet01/?igsh=abc") == post_key(
        "https://instagram.com/p/CxBouquet01/"
    )
    assert (
        post_key("https://twitter.com/a/status/123") == post_key("https://x.com/b/status/123?s=20") == "x:123"
    )
    assert post_key("https://www.facebook.com/page/posts/pfbid0Ab/?ref=share") == "facebook:pfbid0Ab"
    assert post_key("https://www.facebook.com/permalink.php?story_fbid=42&id=7") == "facebook:42"


def test_matching_by_address_then_day_and_text() -> None:
    posts = [
        Candidate(
            1,
            "facebook",
            "https://www.facebook.com/p/posts/pfbidA",
            datetime(2026, 3, 3, 8, tzinfo=UTC),
            "Bouquet de la semaine : pivoines",
        ),
        Candidate(
            2,
            "facebook",
            "",
            datetime(2026, 3, 7, 9, tzinfo=UTC),
            "Atelier couronnes de fleurs samedi matin : 8 places",
        ),
        Candidate(
            3, "facebook", "", datetime(2026, 3, 7, 15, tzinfo=UTC), "Nouveaux vases en grès, faits à Lyon"
        ),
    ]
    table = read_table(DATA / "meta_facebook_posts.csv")
    layout = recognise(table)
    assert layout is not None
    rows = extract(table, layout, zone=PARIS).rows
    matches = match_rows(rows, posts, zone=PARIS)
    # the first row's address differs from ours (pfbid0Bouquet1 vs pfbidA): matched by day and text
    assert [(m.variant_id, m.how) for m in matches] == [(1, "date_text"), (2, "date_text"), (None, "")]
    assert matches[2].reason == "no_post"
    # the same row twice: the second is a duplicate, never a second import
    again = match_rows([rows[1], rows[1]], posts, zone=PARIS)
    assert [m.reason for m in again] == ["", "duplicate"]


def test_text_similarity() -> None:
    assert text_similarity("Les tulipes sont arrivées ! 🌷", "les TULIPES sont arrivees") == 1.0
    assert text_similarity("Fermé lundi pour inventaire", "Atelier couronnes samedi") < 0.6


def test_signature_ignores_order_case_and_accents() -> None:
    assert header_signature(["Jour", "Réponses", "Coeurs"]) == header_signature(
        ["coeurs", "REPONSES", "jour"]
    )


def test_two_posts_alike_on_the_same_day_are_ambiguous() -> None:
    at = datetime(2026, 3, 7, 9, tzinfo=UTC)
    text = "Atelier couronnes de fleurs samedi matin : 8 places, matériel fourni"
    posts = [Candidate(1, "facebook", "", at, text), Candidate(2, "instagram", "", at, text)]
    row = ImportedRow(2, None, "", "", at, text, {"reach": 10})
    assert [(m.variant_id, m.reason) for m in match_rows([row], posts, zone=PARIS)] == [(None, "ambiguous")]
    known = ImportedRow(2, "instagram", "", "", at, text, {"reach": 10})
    assert [(m.variant_id, m.how) for m in match_rows([known], posts, zone=PARIS)] == [(2, "date_text")]


def test_newer_x_export_and_instagram_export(tmp_path: Path) -> None:
    x_new = tmp_path / "account_analytics_content_2026-03-01_2026-03-31.csv"
    x_new.write_text(
        "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,"
        "Replies,Reposts,Profile visits\n"
        '1765000000000000001,"Thu, Mar 05, 2026",Les tulipes sont arrivées !,'
        "https://x.com/fleursdesophie/status/1765000000000000001,612,19,34,1,0,0,2,3,4\n",
        encoding="utf-8",
    )
    table = read_table(x_new)
    layout = recognise(table)
    assert layout is not None and layout.network == "x"
    row = extract(table, layout, zone=PARIS).rows[0]
    assert row.values == {"impressions": 612, "reactions": 19, "comments": 2, "shares": 3, "saves": 1}
    assert (
        row.published_at is not None and row.published_at.astimezone(PARIS).date().isoformat() == "2026-03-05"
    )

    instagram = tmp_path / "instagram.csv"
    instagram.write_bytes(
        "\ufeffPost ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,"
        "Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n"
        "180001,1784,fleursdesophie,Fleurs de Sophie,Bouquet de la semaine 🌸,0,03/03/2026 09:05,"
        "https://www.instagram.com/p/CxBouquet01/,IG image,,Lifetime,2310,1780,142,6,3,11,25\n".encode()
    )
    table = read_table(instagram)
    layout = recognise(table)
    assert layout is not None and layout.network == "instagram"
    row = extract(table, layout, zone=PARIS).rows[0]
    assert row.values == {
        "impressions": 2310, "reach": 1780, "reactions": 142, "comments": 11, "shares": 6, "saves": 25,
    }  # fmt: skip
    assert post_key(row.url) == "instagram:CxBouquet01"
