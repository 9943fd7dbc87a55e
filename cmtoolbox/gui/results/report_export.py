"""The client's report as a file: charts drawn with QtCharts, then HTML or PDF (the proof's pipeline).

Shared by the Report dialog and the headless `cmtoolbox report` command: both give the figures
(`ops.results.report_figures`) and the options, and get the bytes to write. Charts and the PDF's
layout need Qt's GUI classes, so this runs on the UI thread (a QApplication must exist; the CLI
makes one on the offscreen platform); the figures were read beforehand, off it.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Literal

from cmtoolbox.core.report import (
    ReportOptions,
    document_title,
    period_label,
    render_html,
    render_sections,
    words,
)
from cmtoolbox.core.results import ReportFigures
from cmtoolbox.gui.drafts.bat_pdf import pdf_bytes
from cmtoolbox.gui.results.charts import report_chart_pngs

Kind = Literal["pdf", "html"]


def kind_of(path: Path) -> Kind | None:
    """What a file name asks for: .pdf or .html/.htm; None for anything else."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix in (".html", ".htm"):
        return "html"
    return None


def with_charts(figures: ReportFigures, options: ReportOptions) -> ReportOptions:
    """The options with the report's charts drawn (in the report's language)."""
    return dataclasses.replace(options, charts=report_chart_pngs(figures, options.lang))


async def report_bytes(figures: ReportFigures, options: ReportOptions, kind: Kind) -> bytes:
    """The report file's content; `options.charts` are drawn first when empty."""
    if not options.charts:
        options = with_charts(figures, options)
    if kind == "html":
        return render_html(figures, options).encode("utf-8")
    client = options.client_name.strip() or figures.client_name
    footer = f"{client} · {period_label(figures.period, options.lang)}"
    if options.cm_name.strip():
        footer += f" · {options.cm_name.strip()}"
    return await pdf_bytes(
        render_sections(figures, options),
        title=document_title(figures, options),
        footer=footer,
        page_label=words(options.lang)["page"],
    )
