"""The client's report end to end: figures from a real store, QtCharts pictures, the PDF and HTML
files, the Report and What-worked tabs, the drafts editor's best slots, and the headless CLI on a
real data folder."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from cmtoolbox.core.report import ReportOptions, note_title
from cmtoolbox.core.results import Period, Slot
from cmtoolbox.core.schedule import PlannedTime
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.drafts.editor_fields import PlanningField
from cmtoolbox.gui.results.charts import report_chart_pngs
from cmtoolbox.gui.results.page import ResultsPage
from cmtoolbox.gui.results.report_export import kind_of, report_bytes
from cmtoolbox.ops import call, execute
from cmtoolbox.ops import results as ops
from cmtoolbox.storage.notes import NoteQuery
from tests.conftest import IN_CI, REPO_ROOT
from tests.results_fixtures import build_atelier

NOVEMBER = Period.month(2026, 11)


def _flat(text: str) -> str:
    """Text as extracted from a PDF, spaces of every kind made plain and runs collapsed."""
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


def _pdftotext(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        assert not IN_CI, "pdftotext (poppler-utils) is installed by .ci/install --test"
        return None
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return _flat(out.stdout.decode("utf-8"))


@pytest.fixture
def atelier(store) -> int:  # noqa: ANN001
    return build_atelier(store)


def test_the_charts_are_drawn_with_qtcharts(store, atelier: int, qapp) -> None:  # noqa: ANN001
    figures = execute(store, call(ops.report_figures, atelier, NOVEMBER)).value
    pngs = report_chart_pngs(figures, "fr")
    assert list(pngs) == ["timeline", "networks", "weekdays", "hours"]
    for png in pngs.values():
        image = QImage.fromData(png, "PNG")
        assert image.width() == 1280 and image.height() == 540
        colours = {image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 540, 40)}
        assert len(colours) > 2  # something was drawn on the white


def test_pdf_and_html_reports_carry_the_hand_computed_figures(
    store, atelier: int, run, tmp_path: Path
) -> None:  # noqa: ANN001
    figures = execute(store, call(ops.report_figures, atelier, NOVEMBER)).value
    options = ReportOptions(
        lang="fr",
        commentary="Un **bon** mois pour l’atelier.",
        cm_name="Léa Dupont",
        made_on=date(2026, 12, 2),
    )
    pdf = run(report_bytes(figures, options, "pdf"))
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000
    assert _pdf_pages(pdf) >= 3  # figures, charts, posts: each part starts a page
    path = tmp_path / "rapport.pdf"
    path.write_bytes(pdf)
    text = _pdftotext(path)
    if text is not None:
        for expected in (
            "Rapport mensuel",
            "Atelier Test · novembre 2026",
            "Préparé par Léa Dupont le 2 décembre 2026",
            "Taux d’engagement = interactions / portée × 100",  # the KPI's formula, next to the figure
            "3,53 %",  # 67 / 1 900 × 100
            "1 900",  # reach
            "+10 %",  # Instagram followers, 1 000 -> 1 100
            "4 publications prévues sur la période, dont 3 publiées (75 %)",
            "Atelier: le texte du post.",  # the best post, with its text
            "page 1 sur",
        ):
            assert expected in text, expected

    english = ReportOptions(lang="en", cm_name="Léa Dupont", made_on=date(2026, 12, 2))
    page = run(report_bytes(figures, english, "html")).decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert "Engagement rate = engagements / reach × 100" in page
    assert "3.53%" in page and "Monthly report" in page and "November 2026" in page
    assert page.count('src="data:image/png;base64,') == 4
    assert "http://" not in page and "https://" not in page.split("<body>", 1)[1]  # needs nothing else


def test_an_empty_month_still_makes_a_report(store, atelier: int, run) -> None:  # noqa: ANN001
    figures = execute(store, call(ops.report_figures, atelier, Period.month(2026, 6))).value
    pdf = run(report_bytes(figures, ReportOptions(lang="en"), "pdf"))
    assert pdf.startswith(b"%PDF") and _pdf_pages(pdf) >= 1
    page = run(report_bytes(figures, ReportOptions(lang="en"), "html")).decode()
    assert "No measured post over the period." in page and "data:image/png" not in page


def test_kind_of_a_file_name() -> None:
    assert (
        kind_of(Path("a.PDF")) == "pdf"
        and kind_of(Path("a.htm")) == "html"
        and kind_of(Path("a.doc")) is None
    )


# -- the Results section's tabs -------------------------------------------------------------------
@pytest.fixture
def page(ctx, atelier: int, qtbot, run):  # noqa: ANN001, ANN201
    switcher = ClientSwitcher(ctx)
    widget = ResultsPage(ctx, switcher)
    qtbot.addWidget(switcher)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    run(switcher.reload())
    switcher.select(atelier)
    run(ctx.tasks.idle())
    return widget


def test_what_worked_tab_shows_the_rates(page, run, ctx) -> None:  # noqa: ANN001
    page.show_tab("what_worked")
    run(ctx.tasks.idle())
    tab = page.what_worked
    assert tab.stack.currentIndex() == 1
    networks = tab.groups["networks"].table
    rows = {networks.item(r, 0).text(): networks.item(r, 2).text() for r in range(networks.rowCount())}
    assert rows == {"Instagram": "7.3%", "Facebook": "3.0%", "LinkedIn": "0.5%"}  # (50+30)/(1000+100)
    assert "Engagement rate = engagements / reach × 100" in tab.formula.text()
    assert tab.top.item(0, 2).text() == "Octobre: le texte du post."
    assert "Best slots to publish" in tab.slots.text()
    tab.basis.setCurrentIndex(tab.basis.findData("impressions"))
    tab.basis.activated.emit(tab.basis.currentIndex())
    run(ctx.tasks.idle())
    assert tab.stack.currentIndex() == 0  # no impressions were measured: nothing to rate


def test_report_tab_saves_pdf_and_keeps_the_note(
    page, run, ctx, store, atelier, tmp_path, monkeypatch
) -> None:  # noqa: ANN001
    page.show_tab("report")
    tab = page.report
    tab.set_period(NOVEMBER)
    run(ctx.tasks.idle())
    assert tab.figures is not None and tab.figures.totals.posts == 3
    assert "Taux d’engagement = interactions / portée × 100" in tab.preview.toPlainText()
    tab.cm_name.setText("Léa Dupont")
    tab.commentary.setPlainText("Très bon mois.")
    target = tmp_path / "rapport.pdf"

    async def chosen(*_args: object) -> Path:
        return target

    monkeypatch.setattr("cmtoolbox.gui.results.report_tab.ask_save_path", chosen)
    written = run(tab.export("pdf"))
    assert written == target and target.read_bytes().startswith(b"%PDF")
    title = note_title(tab.figures, "fr")
    note = store.notes.resolve(title, client_id=atelier)
    assert note is not None and "Très bon mois." in note.body and "3,53" in note.body
    assert ops.cm_name(store) == "Léa Dupont"
    assert ctx.prefs.value(tab._commentary_key()) == "Très bon mois."  # survives a restart

    # Made again in English as a web page: a note of its own (another title).
    tab.language.setCurrentIndex(tab.language.findData("en"))
    target = tmp_path / "report.html"
    run(tab.export("html"))
    assert "Engagement rate" in target.read_text("utf-8")
    assert store.notes.resolve(note_title(tab.figures, "en"), client_id=atelier) is not None


# -- best slots in the drafts editor --------------------------------------------------------------
def test_best_slots_plan_the_draft(qtbot) -> None:  # noqa: ANN001
    field = PlanningField()
    qtbot.addWidget(field)
    field.show_planned(None, "Europe/Paris")
    assert not field.best_slots.isVisibleTo(field)
    field.set_best_slots([("instagram", Slot(1, 18, 5.5, 5.0, 3)), ("facebook", Slot(4, 12, 4.0, 4.0, 2))])
    assert field.best_slots.isVisibleTo(field)
    actions = field.best_slots.menu().actions()
    assert [a.text() for a in actions][0].startswith("Instagram: Tuesday")
    assert "Instagram: Tuesday" in field.best_slots.toolTip()
    planned: list[PlannedTime | None] = []
    field.planned.connect(planned.append)
    actions[0].trigger()
    assert len(planned) == 1 and planned[0] is not None
    wall = planned[0].wall
    assert (wall.weekday(), wall.time()) == (1, time(18, 0)) and planned[0].zone == "Europe/Paris"
    assert planned[0].utc > datetime.now(UTC)  # the next Tuesday, never in the past
    assert (planned[0].utc - datetime.now(UTC)).days < 7


# -- the CLI on a real data folder ---------------------------------------------------------------
def test_cli_report_end_to_end(tmp_path: Path) -> None:
    from cmtoolbox.storage.samples import create_sample_client
    from cmtoolbox.storage.store import Store

    root = tmp_path / "data"
    root.mkdir()
    store, _ = Store.open(root)
    client = create_sample_client(store)
    store.close()
    previous = (date.today().replace(day=1) - timedelta(days=1)).replace(day=1)
    month = f"{previous:%Y-%m}"  # the sample client's last whole month
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "cmtoolbox", "--data-dir", str(root), "report", *args],
            capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=120,
        )  # fmt: skip

    pdf = tmp_path / "rapport.pdf"
    done = cli("--client", client.name.upper(), "--month", month, "--out", str(pdf), "--cm", "Léa Dupont",
               "--commentary", "Un mois **solide**.")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and _pdf_pages(pdf.read_bytes()) >= 3
    assert "kept in the carnet" in done.stdout
    text = _pdftotext(pdf)
    if text is not None:
        assert "Boulangerie Martin" in text and "Taux d’engagement = interactions / portée × 100" in text
        assert "Un mois solide." in text

    html = tmp_path / "report.html"
    done = cli("--client", client.name, "--month", month, "--out", str(html), "--lang", "en", "--no-note")
    assert done.returncode == 0, done.stderr
    assert "Engagement rate = engagements / reach × 100" in html.read_text("utf-8")

    store, _ = Store.open(root)
    try:
        summaries = store.notes.page(NoteQuery(client_id=client.id), 0, 500)
        notes = [n for n in summaries if n.title.startswith("Rapport ")]
        assert len(notes) == 1
        assert "Un mois **solide**." in store.notes.get(notes[0].id).body
    finally:
        store.close()

    bad = cli("--client", "Personne", "--month", month, "--out", str(pdf))
    assert bad.returncode == 1 and "no client named 'Personne'" in bad.stderr
    bad = cli("--client", client.name, "--month", "2026-13", "--out", str(pdf))
    assert bad.returncode == 2 and "YYYY-MM" in bad.stderr and "Traceback" not in bad.stderr
    bad = cli("--client", client.name, "--month", month, "--out", str(tmp_path / "r.docx"))
    assert bad.returncode == 2 and ".pdf or .html" in bad.stderr


def test_report_tab_takes_any_period(page, run, ctx) -> None:  # noqa: ANN001
    page.show_tab("report")
    tab = page.report
    tab.set_period(Period(date(2026, 11, 4), date(2026, 11, 30)))
    run(ctx.tasks.idle())
    assert tab.period.currentData() == "other" and tab.first_day.isVisibleTo(tab)
    assert tab.figures is not None and tab.figures.period.first == date(2026, 11, 4)
    assert tab.figures.totals.posts == 1  # only LinkedIn on the 10th; the 3rd is left out
    assert "du 4 au 30 novembre 2026" in tab.preview.toPlainText()
    tab.set_period(NOVEMBER)
    run(ctx.tasks.idle())
    assert not tab.first_day.isVisibleTo(tab) and tab.figures.totals.posts == 3


def test_cli_period_arguments() -> None:
    from argparse import Namespace

    from cmtoolbox.cli import _report_period

    def period(month: str | None = None, first: str | None = None, last: str | None = None) -> Period:
        return _report_period(Namespace(month=month, first=first, last=last))

    assert period("2026-11") == NOVEMBER
    assert period(None, "2026-09-01", "2026-11-30") == Period(date(2026, 9, 1), date(2026, 11, 30))
    for bad in (
        ("2026-11", "2026-09-01", None),
        (None, "2026-09-01", None),
        (None, "2026-12-01", "2026-11-01"),
    ):
        with pytest.raises(ValueError):
            period(*bad)
