"""The report's charts, drawn with QtCharts: engagement over time, by network, by weekday and hour.

The same charts serve the "What worked" tab (in a QChartView) and the report (rendered to PNG at
twice the size they are printed, so they stay sharp in the PDF). A report is a document sent to a
client, so its charts use fixed light colours whatever the app's theme; the tab's charts follow
the theme. Words come from the report's language (`core.report.words`), not the window's.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMargins, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from cmtoolbox.core import kpi
from cmtoolbox.core.report import CHARTS, hour_label, network_name, weekday_names, words
from cmtoolbox.core.results import Group, ReportFigures, TimePoint

BAR_COLOUR = "#2f6fb0"
LINE_COLOUR = "#d9822b"
CHART_SIZE = (640, 270)  # layout pixels, as printed (the report's picture width)
RENDER_SCALE = 2


def _lang(lang: str) -> kpi.Lang:
    return "fr" if lang.lower().startswith("fr") else "en"


def _base_chart(lang: str, title: str = "") -> QChart:
    chart = QChart()
    # Axis numbers in the report's language: "12,5 %" in French.
    chart.setLocale(QLocale(QLocale.Language.French if _lang(lang) == "fr" else QLocale.Language.English))
    chart.setLocalizeNumbers(True)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.setBackgroundBrush(QColor("white"))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    if title:
        chart.setTitle(title)
    return chart


def _percent_axis(top: float, title: str, lang: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, _nice_top(top))
    # Localised labels (QChart.localizeNumbers) take "%" literally: no "%%" escape.
    axis.setLabelFormat("%.0f\u202f%" if _lang(lang) == "fr" else "%.0f%")
    axis.setTickCount(5)
    axis.setTitleText(title)
    return axis


def _nice_top(value: float) -> float:
    """A round upper bound a little above `value`, so the top bar does not touch the frame."""
    if value <= 0:
        return 1.0
    for step in (0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000, 10000):
        if value * 1.1 <= step * 4:
            return float(step * 4)
    return float(value * 1.2)


def rate_bars(categories: Sequence[str], rates: Sequence[float | None], axis_title: str, lang: str) -> QChart:
    """A bar per category, its height the engagement rate (0 where there was nothing to rate)."""
    chart = _base_chart(lang)
    bars = QBarSet(axis_title)
    bars.setColor(QColor(BAR_COLOUR))
    bars.setBorderColor(QColor(BAR_COLOUR))
    for rate in rates:
        bars.append(rate or 0.0)
    series = QBarSeries()
    series.append(bars)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(list(categories))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    y = _percent_axis(max((r or 0.0) for r in rates) if rates else 0.0, axis_title, lang)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y)
    return chart


def timeline_chart(points: Sequence[TimePoint], lang: str, *, weekly: bool = False) -> QChart:
    """Engagements per day (bars, left axis) and the day's engagement rate (line, right axis)."""
    w = words(lang)
    chart = _base_chart(lang)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    bars = QBarSet(w["engagements"])
    bars.setColor(QColor(BAR_COLOUR))
    bars.setBorderColor(QColor(BAR_COLOUR))
    line = QLineSeries()
    line.setName(w["rate"])
    pen = QPen(QColor(LINE_COLOUR))
    pen.setWidthF(2.5)
    line.setPen(pen)
    line.setPointsVisible(True)
    top_rate = 0.0
    for index, point in enumerate(points):
        bars.append(point.engagements)
        if point.rate is not None:
            line.append(index, point.rate)
            top_rate = max(top_rate, point.rate)
    series = QBarSeries()
    series.append(bars)
    series.setBarWidth(0.8)
    chart.addSeries(series)
    chart.addSeries(line)
    # A category axis cannot skip labels and cuts "10" to "..." on a month of days: a value axis
    # whose labels sit on chosen bars (the 1st, 5th, 10th...) reads better.
    x = QCategoryAxis()
    x.setRange(-0.5, len(points) - 0.5)
    x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    x.setGridLineVisible(False)
    for index, point in enumerate(points):
        label = _day_label(index, point, weekly, len(points))
        if label:
            x.append(label, index)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    line.attachAxis(x)
    left = QValueAxis()
    left.setRange(0, _nice_top(max((p.engagements for p in points), default=0)))
    left.setLabelFormat("%.0f")
    left.setTickCount(5)
    left.setTitleText(w["engagements"])
    chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(left)
    right = _percent_axis(top_rate, w["rate"], lang)
    right.setLinePenColor(QColor(LINE_COLOUR))
    chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
    line.attachAxis(right)
    return chart


def _day_label(index: int, point: TimePoint, weekly: bool, count: int) -> str:
    """The 1st, 5th, 10th... of a month of days; the weeks (their Monday) of a longer period, one
    in two or four when there are many, so that "12/10" is never cut to "12/..."."""
    if weekly:
        step = 1 if count <= 8 else 2 if count <= 16 else 4
        return f"{point.day.day}/{point.day.month}" if index % step == 0 else ""
    if count <= 16 or point.day.day == 1 or point.day.day % 5 == 0:
        return str(point.day.day)
    return ""


def network_chart(groups: Sequence[tuple[str, float | None]], lang: str) -> QChart:
    return rate_bars([network_name(n) for n, _ in groups], [r for _, r in groups], words(lang)["rate"], lang)


def weekday_chart(groups: Sequence[Group], lang: str) -> QChart:
    names = weekday_names(lang, short=True)
    labels = [names[int(g.key)] for g in groups]  # type: ignore[call-overload]
    return rate_bars(labels, [g.rate for g in groups], words(lang)["rate"], lang)


def hour_chart(groups: Sequence[Group], lang: str) -> QChart:
    """Hours from the first to the last that held a post (a bare night is not worth 8 empty bars)."""
    used = [g for g in groups if g.posts]
    if used:
        first, last = int(used[0].key), int(used[-1].key)  # type: ignore[call-overload]
        groups = [g for g in groups if first <= int(g.key) <= last]  # type: ignore[call-overload]
    labels = [hour_label(int(g.key), lang) for g in groups]  # type: ignore[call-overload]
    return rate_bars(labels, [g.rate for g in groups], words(lang)["rate"], lang)


def report_charts(figures: ReportFigures, lang: str) -> dict[str, QChart]:
    """The report's charts by `core.report.CHARTS` key; a chart without any data is left out."""
    lang = _lang(lang)
    charts: dict[str, QChart] = {}
    if not figures.posts:
        return charts
    charts["timeline"] = timeline_chart(figures.timeline, lang, weekly=figures.timeline_weekly)
    # A network without the basis figure has no rate: no empty slot for it on the chart.
    rated = [(n.network, n.totals.rate) for n in figures.networks if n.totals.rate is not None]
    if rated:
        charts["networks"] = network_chart(rated, lang)
    charts["weekdays"] = weekday_chart(figures.weekdays, lang)
    charts["hours"] = hour_chart(figures.hours, lang)
    return {key: charts[key] for key in CHARTS if key in charts}


def render_png(chart: QChart, size: tuple[int, int] = CHART_SIZE, scale: int = RENDER_SCALE) -> bytes:
    """The chart as a PNG on white, `scale` times `size` pixels. Needs a QApplication (the chart is
    a QGraphicsWidget); works on the offscreen platform."""
    width, height = size
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(QSizeF(width, height))
    image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, width * scale, height * scale), QRectF(0, 0, width, height))
    finally:
        painter.end()
    scene.removeItem(chart)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes, PySide a str
    buffer.close()
    return bytes(data.data())


def report_chart_pngs(figures: ReportFigures, lang: str) -> dict[str, bytes]:
    return {key: render_png(chart) for key, chart in report_charts(figures, lang).items()}
