"""Screenshots of the Results section's import dialogs (`python -m cmtoolbox.devtools.screenshots
--only results,results-import`): the column mapping of an unknown layout (tests/data/metrics'
agency sheet) and the preview of a Meta-like export written from the sample client's own
Facebook posts, with one post the app does not know."""

from __future__ import annotations

import asyncio
import csv
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from cmtoolbox.core.metrics_import import extract, read_table, recognise
from cmtoolbox.core.schedule import zone
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.results.importer import MappingDialog, PreviewDialog
from cmtoolbox.ops import metrics as ops

Saver = Callable[[QWidget, str], None]
PARIS = zone("Europe/Paris")
HEADER = (
    "Post ID", "Title", "Description", "Publish time", "Permalink", "Views", "Reach", "Reactions", "Comments",
    "Shares", "Total clicks",
)  # fmt: skip
UNKNOWN_ROW = (
    "999", "", "Story publiée directement depuis le téléphone", "11/02/2026 19:00",
    "https://www.facebook.com/boulangeriemartinlyon/posts/pfbid02xInconnu", 300, 250, 12, 1, 0, 3,
)  # fmt: skip
AGENCY_SHEET = Path(__file__).resolve().parents[2] / "tests" / "data" / "metrics" / "agency_sheet_utf16.csv"


def _meta_export(posts: list[ops.PublishedPost], folder: Path) -> Path:
    path = folder / "Facebook_posts_export.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        out = csv.writer(stream)
        out.writerow(HEADER)
        for n, post in enumerate(posts):
            latest = post.latest
            figures = latest.values() if latest else {}
            grown = [
                int((figures.get(m) or 0) * 1.1) for m in ("impressions", "reach", "reactions", "comments")
            ]
            url = post.published_url if n % 3 else ""  # some addresses missing: matched by day and text
            when = post.published_at.astimezone(PARIS).strftime("%m/%d/%Y %H:%M")
            rest = [figures.get("shares") or 0, figures.get("clicks") or 0]
            out.writerow([f"10{n}", "", post.text, when, url, *grown, *rest])
        out.writerow(UNKNOWN_ROW)
    return path


async def results_import_shots(window: MainWindow, ctx: AppContext, save: Saver) -> None:
    client = window.clients.current
    if client is None:
        return
    mapping = MappingDialog(read_table(AGENCY_SHEET), window)
    mapping.show()
    await asyncio.sleep(0.3)
    save(mapping, "results-mapping")
    mapping.close()

    posts = [p for p in await ctx.runner.read(ops.published_posts, client.id) if p.network == "facebook"][-8:]
    folder = Path(tempfile.mkdtemp(prefix="cmt-results-"))
    table = read_table(_meta_export(posts, folder))
    layout = recognise(table)
    assert layout is not None
    extraction = extract(table, layout, zone=PARIS)
    preview = await ctx.runner.read(ops.preview_import, client.id, extraction.rows, "Europe/Paris")
    dialog = PreviewDialog("Facebook_posts_export.csv", preview, extraction, window)
    dialog.show()
    await asyncio.sleep(0.3)
    save(dialog, "results-preview")
    dialog.close()
