"""The client's report as HTML (sent as is, or laid out as a PDF) and as Markdown (kept in the carnet).

The report is written in the language chosen for the client (French or English), not in the
language of the app's window: a CM working in English may report to a French client, and the CLI
makes reports without any translator loaded. So its words live here, in both languages, as the
KPI formulas' labels do in `core.kpi`; figures are written by `kpi.format_value` (French
typography in French) and every rate is printed next to its formula (`results.formula_text`).

Charts are pictures drawn by the GUI (QtCharts), handed in as PNG bytes and embedded as data: URIs,
so the HTML file needs nothing beside it.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from cmtoolbox.core import kpi
from cmtoolbox.core.bat import _DAYS, _MONTHS, format_day  # one table of day and month names
from cmtoolbox.core.networks import NETWORKS
from cmtoolbox.core.render import render_markdown
from cmtoolbox.core.results import (
    ENGAGEMENT_PARTS,
    SUMMED,
    Basis,
    Group,
    NetworkFigures,
    Period,
    RankedPost,
    ReportFigures,
    formula_text,
)

Lang = kpi.Lang
CHARTS = ("timeline", "networks", "weekdays", "hours")
"""The charts a report shows, in order (keys of `ReportOptions.charts`)."""
EXCERPT_CHARS = 280

_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "document": "Rapport mensuel",
        "document_period": "Rapport d’activité",
        "prepared_by": "Préparé par {name}",
        "made_on": "le {date}",
        "made_on_alone": "Établi le {date}",
        "commentary": "Le mot de votre community manager",
        "key_figures": "Chiffres clés",
        "posts": "Publications",
        "reach": "Portée",
        "impressions": "Impressions",
        "engagements": "Interactions",
        "rate": "Taux d’engagement",
        "followers": "Abonnés",
        "reactions": "Réactions",
        "comments": "Commentaires",
        "shares": "Partages",
        "saves": "Enregistrements",
        "clicks": "Clics",
        "video_views": "Vues de vidéo",
        "engagements_are": "Interactions = {parts}.",
        "plan": "Planifié et publié",
        "plan_text": "{planned} publications prévues sur la période, dont {done} publiées ({share}) ; "
        "{published} publications au total.",
        "plan_none": "Aucune publication n’était planifiée sur la période ; "
        "{published} publications au total.",
        "by_network": "Par réseau",
        "network": "Réseau",
        "planned": "Prévues",
        "published": "Publiées",
        "growth": "Croissance",
        "charts": "En images",
        "chart_timeline": "Interactions et taux d’engagement au fil des jours",
        "chart_timeline_weekly": "Interactions et taux d’engagement semaine par semaine",
        "chart_networks": "Taux d’engagement par réseau",
        "chart_weekdays": "Taux d’engagement par jour de publication",
        "chart_hours": "Taux d’engagement par heure de publication",
        "totals": "Totaux et moyennes",
        "metric": "Indicateur",
        "total": "Total",
        "average": "Moyenne par publication",
        "audience": "Communauté",
        "start": "Début",
        "end": "Fin",
        "gained": "Gagnés",
        "followers_note": "Abonnés à la fin du mois précédant la période et à la fin de son dernier mois.",
        "best": "Les publications qui ont le mieux marché",
        "worst": "Les publications qui ont le moins marché",
        "no_posts": "Aucune publication mesurée sur la période.",
        "not_measured": "non mesuré",
        "method": "Méthode",
        "method_text": "Chaque taux est calculé sur les totaux du groupe (et non en moyenne des taux), "
        "avec les derniers chiffres relevés de chaque publication. Les publications sans {base} "
        "mesurée ne comptent pas dans les taux.",
        "weekday_hour": "Jour et heure : ceux du fuseau où la publication a été planifiée ({zone}).",
        "hour": "{h} h",
        "of": "de",
        "period_month": "{month} {year}",
        "period_days": "du {first} au {last}",
        "note_title": "Rapport {period} · {client}",
        "engagements_short": "interactions",
        "page": "page %1 sur %2",
    },
    "en": {
        "document": "Monthly report",
        "document_period": "Activity report",
        "prepared_by": "Prepared by {name}",
        "made_on": "on {date}",
        "made_on_alone": "Made on {date}",
        "commentary": "A word from your community manager",
        "key_figures": "Key figures",
        "posts": "Posts",
        "reach": "Reach",
        "impressions": "Impressions",
        "engagements": "Engagements",
        "rate": "Engagement rate",
        "followers": "Followers",
        "reactions": "Reactions",
        "comments": "Comments",
        "shares": "Shares",
        "saves": "Saves",
        "clicks": "Clicks",
        "video_views": "Video views",
        "engagements_are": "Engagements = {parts}.",
        "plan": "Planned and published",
        "plan_text": "{planned} posts planned over the period, {done} of them published ({share}); "
        "{published} posts published in all.",
        "plan_none": "No post was planned over the period; {published} posts published in all.",
        "by_network": "By network",
        "network": "Network",
        "planned": "Planned",
        "published": "Published",
        "growth": "Growth",
        "charts": "Charts",
        "chart_timeline": "Engagements and engagement rate day by day",
        "chart_timeline_weekly": "Engagements and engagement rate week by week",
        "chart_networks": "Engagement rate by network",
        "chart_weekdays": "Engagement rate by day of publication",
        "chart_hours": "Engagement rate by hour of publication",
        "totals": "Totals and averages",
        "metric": "Metric",
        "total": "Total",
        "average": "Average per post",
        "audience": "Audience",
        "start": "Start",
        "end": "End",
        "gained": "Gained",
        "followers_note": "Followers at the end of the month before the period and at the end of its "
        "last month.",
        "best": "The posts that worked best",
        "worst": "The posts that worked least",
        "no_posts": "No measured post over the period.",
        "not_measured": "not measured",
        "method": "Method",
        "method_text": "Each rate is computed on the group's totals (not as an average of rates), from "
        "the latest figures read for each post. Posts without a measured {base} do not count in "
        "the rates.",
        "weekday_hour": "Day and hour: those of the zone the post was planned in ({zone}).",
        "hour": "{h}:00",
        "of": "of",
        "period_month": "{month} {year}",
        "period_days": "{first} to {last}",
        "note_title": "Report {period} · {client}",
        "engagements_short": "engagements",
        "page": "page %1 of %2",
    },
}


def _lang(lang: str) -> Lang:
    return "fr" if lang.lower().startswith("fr") else "en"


def words(lang: str) -> Mapping[str, str]:
    """The report's fixed words in `lang` (the GUI's chart titles come from here too)."""
    return _WORDS[_lang(lang)]


def weekday_names(lang: str, *, short: bool = False) -> tuple[str, ...]:
    names = _DAYS[_lang(lang)]
    return tuple(n[:3] + ("." if _lang(lang) == "fr" else "") for n in names) if short else names


def hour_label(hour: int, lang: str) -> str:
    return words(lang)["hour"].format(h=hour)


def network_name(network_id: str) -> str:
    entry = NETWORKS.get(network_id)
    return entry.name if entry is not None else network_id


def period_label(period: Period, lang: str) -> str:
    """ "novembre 2026" for a whole month, else "du 2 au 30 novembre 2026"."""
    lang = _lang(lang)
    w = _WORDS[lang]
    if period.is_month:
        return w["period_month"].format(month=_MONTHS[lang][period.first.month - 1], year=period.first.year)
    first_day, last_day = period.first, period.last
    first = format_day(first_day, lang, weekday=False)
    last = format_day(last_day, lang, weekday=False)
    # Say the month and the year once when both days share them: "du 4 au 30 novembre 2026".
    if first_day.year == last_day.year:
        first = first.removesuffix(f" {first_day.year}")
        if first_day.month == last_day.month:
            first = first.removesuffix(f" {_MONTHS[lang][first_day.month - 1]}")
    return w["period_days"].format(first=first, last=last)


def note_title(figures: ReportFigures, lang: str, client_name: str = "") -> str:
    """The carnet note's title: one per client and period, so making the report again updates it."""
    return words(lang)["note_title"].format(
        period=period_label(figures.period, lang), client=client_name or figures.client_name
    )


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "fr"
    commentary: str = ""  # the CM's words, Markdown
    cm_name: str = ""
    client_name: str = ""  # as the client wants to be named; "" = the client's name in the app
    made_on: date | None = None
    charts: Mapping[str, bytes] = field(default_factory=dict)  # CHARTS key -> PNG
    zone: str = "Europe/Paris"


# -- figures ------------------------------------------------------------------------------------------
def _count(value: float | None, lang: Lang) -> str:
    return "—" if value is None else kpi.format_value(value, "count", lang)


def _average(value: float | None, lang: Lang) -> str:
    return "—" if value is None else kpi.format_value(round(value, 1), "count", lang)


def _percent(value: float | None, lang: Lang, *, signed: bool = False) -> str:
    if value is None:
        return "—"
    text = kpi.format_value(value, "percent", lang)
    return f"+{text}" if signed and value > 0 else text


def _signed(value: int | None, lang: Lang) -> str:
    if value is None:
        return "—"
    text = kpi.format_value(value, "count", lang)
    return f"+{text}" if value > 0 else text


def engagements_definition(lang: str) -> str:
    w = words(lang)
    return w["engagements_are"].format(parts=" + ".join(w[p].lower() for p in ENGAGEMENT_PARTS))


def formula_lines(basis: Basis, lang: str) -> list[str]:
    """The formulas a report's figures come from, as the KPI calculator writes them."""
    return [
        formula_text(basis, _lang(lang)),
        engagements_definition(lang),
        kpi.FORMULAS["growth_rate"].display[_lang(lang)],
    ]


def _excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


# -- HTML ----------------------------------------------------------------------------------------------
_STYLE = """
body { font-family: 'Segoe UI', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif; color: #1c1e21;
  font-size: 10.5pt; background-color: #ffffff; }
h1 { font-size: 22pt; margin-bottom: 2px; color: #1c1e21; }
h2 { font-size: 14pt; margin-top: 18px; margin-bottom: 6px; color: #1f4e79; }
h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 4px; }
.subtitle { font-size: 14pt; color: #444950; margin-top: 0px; margin-bottom: 2px; }
.meta { color: #555a61; margin-top: 2px; margin-bottom: 10px; }
.muted { color: #555a61; }
.small { font-size: 8.5pt; }
.formula { color: #555a61; font-size: 9pt; margin-top: 4px; margin-bottom: 2px; }
table.tiles { border-collapse: collapse; margin-top: 4px; }
table.tiles td { border: 1px solid #d5dae0; padding: 8px; background-color: #f5f7fa; }
.tile-label { color: #555a61; font-size: 9pt; }
.tile-value { font-size: 17pt; font-weight: bold; color: #1c1e21; }
.tile-extra { color: #555a61; font-size: 9pt; }
table.list { border-collapse: collapse; margin-top: 4px; }
table.list th { background-color: #eef1f5; text-align: left; font-weight: bold; }
table.list td, table.list th { border: 1px solid #d5dae0; padding: 4px 6px; }
td.num, th.num { text-align: right; }
table.post { border: 1px solid #d5dae0; border-collapse: collapse; margin-bottom: 8px; }
table.post td { padding: 6px 8px; }
td.post-head { background-color: #eef1f5; font-weight: bold; }
td.post-figures { color: #444950; font-size: 9pt; }
.commentary { margin-top: 4px; margin-bottom: 4px; }
"""

_BROWSER_STYLE = """
body { max-width: 820px; margin: 24px auto; padding: 0 16px; }
img.chart { max-width: 100%; height: auto; }
@media print { body { margin: 0; max-width: none; } table, img { break-inside: avoid; } }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


class _Html:
    def __init__(
        self, figures: ReportFigures, options: ReportOptions, printable: bool, image_width: int = 640
    ) -> None:
        self.image_width = image_width
        self.f = figures
        self.o = options
        self.lang = _lang(options.lang)
        self.w = _WORDS[self.lang]
        self.printable = printable
        self.client = options.client_name.strip() or figures.client_name

    def title(self) -> str:
        return self.w["document"] if self.f.period.is_month else self.w["document_period"]

    def header(self) -> str:
        period = period_label(self.f.period, self.lang)
        meta = []
        made = self.o.made_on
        if self.o.cm_name.strip():
            meta.append(self.w["prepared_by"].format(name=self.o.cm_name.strip()))
        if made is not None:
            key = "made_on" if meta else "made_on_alone"
            meta.append(self.w[key].format(date=format_day(made, self.lang, weekday=False)))
        return (
            f"<h1>{_esc(self.title())}</h1>"
            f'<p class="subtitle"><b>{_esc(self.client)}</b> · {_esc(period)}</p>'
            + (f'<p class="meta">{_esc(" ".join(meta))}</p>' if meta else "")
        )

    def commentary(self) -> str:
        text = self.o.commentary.strip()
        if not text:
            return ""
        return f'<h2>{_esc(self.w["commentary"])}</h2><div class="commentary">{render_markdown(text)}</div>'

    def tiles(self) -> str:
        t, lang, w = self.f.totals, self.lang, self.w
        followers = _count(self.f.followers_end, lang)
        growth = ""
        if self.f.growth is not None:
            growth = f"{_signed(self.f.new_followers, lang)} ({_percent(self.f.growth, lang, signed=True)})"
        cells = [
            (w["posts"], _count(t.posts, lang), ""),
            (w["reach"], _count(t.reach, lang), ""),
            (w["impressions"], _count(t.impressions, lang), ""),
            (w["engagements"], _count(t.engagements, lang), ""),
            (w["rate"], _percent(t.rate, lang), ""),
            (w["followers"], followers, growth),
        ]
        rows = []
        for start in (0, 3):
            tds = "".join(
                f'<td width="33%"><span class="tile-label">{_esc(label)}</span><br>'
                f'<span class="tile-value">{_esc(value)}</span>'
                + (f'<br><span class="tile-extra">{_esc(extra)}</span>' if extra else "<br>&nbsp;")
                + "</td>"
                for label, value, extra in cells[start : start + 3]
            )
            rows.append(f"<tr>{tds}</tr>")
        formulas = "<br>".join(_esc(line) for line in formula_lines(self.f.basis, lang)[:2])
        return (
            f"<h2>{_esc(w['key_figures'])}</h2>"
            f'<table class="tiles" width="100%" cellspacing="0" cellpadding="8">{"".join(rows)}</table>'
            f'<p class="formula">{formulas}</p>'
        )

    def plan_text(self) -> str:
        f, lang = self.f, self.lang
        if f.planned:
            share = _percent(f.published_planned / f.planned * 100, lang)
            text = self.w["plan_text"].format(
                planned=_count(f.planned, lang),
                done=_count(f.published_planned, lang),
                share=share,
                published=_count(f.published, lang),
            )
        else:
            text = self.w["plan_none"].format(published=_count(f.published, lang))
        return text

    def plan(self) -> str:
        return f"<h2>{_esc(self.w['plan'])}</h2><p>{_esc(self.plan_text())}</p>"

    def table(self, head: Sequence[str], rows: Sequence[Sequence[str]], numeric_from: int = 1) -> str:
        def cell(tag: str, index: int, text: str) -> str:
            cls = ' class="num"' if index >= numeric_from else ""
            return f"<{tag}{cls}>{_esc(text)}</{tag}>"

        head_html = "".join(cell("th", i, h) for i, h in enumerate(head))
        body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>" for r in rows)
        return (
            f'<table class="list" width="100%" cellspacing="0" cellpadding="4">'
            f"<tr>{head_html}</tr>{body}</table>"
        )

    def networks(self) -> str:
        w, lang = self.w, self.lang
        head = [w["network"], w["planned"], w["published"], w["reach"], w["engagements"], w["rate"]]
        rows = [
            [
                network_name(n.network),
                _count(n.planned, lang),
                _count(n.totals.posts, lang),
                _count(n.totals.reach, lang),
                _count(n.totals.engagements, lang),
                _percent(n.totals.rate, lang),
            ]
            for n in self.f.networks
            if n.totals.posts or n.planned
        ]
        if not rows:
            return ""
        missing = any("—" in row for row in rows)
        note = f'<p class="formula">— : {_esc(w["not_measured"])}</p>' if missing else ""
        return f"<h2>{_esc(w['by_network'])}</h2>" + self.table(head, rows) + note

    def chart(self, key: str) -> str:
        png = self.o.charts.get(key)
        if not png:
            return ""
        title_key = (
            "chart_timeline_weekly" if key == "timeline" and self.f.timeline_weekly else f"chart_{key}"
        )
        uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        # QTextDocument sizes a picture by its width attribute (layout pixels: 640 fits A4); a
        # browser too, and shrinks it on a narrow screen (max-width); the PNG has twice the pixels.
        width = f' width="{self.image_width}"'
        # One table per chart: the PDF moves a chart whole, with its title, to the next page.
        return (
            '<table class="chart" width="100%" cellspacing="0" cellpadding="0"><tr><td>'
            f"<h3>{_esc(self.w[title_key])}</h3>"
            f'<img class="chart" src="{uri}"{width} alt="{_esc(self.w[title_key])}">'
            "</td></tr></table>"
        )

    def charts(self) -> str:
        parts = [self.chart(key) for key in CHARTS]
        if not any(parts):
            return ""
        note = f'<p class="formula">{_esc(self.w["weekday_hour"].format(zone=self.o.zone))}</p>'
        return f"<h2>{_esc(self.w['charts'])}</h2>" + "".join(parts) + note

    def totals(self) -> str:
        t, w, lang = self.f.totals, self.w, self.lang
        rows = [
            [w[name], _count(getattr(t, name), lang), _average(t.average(name), lang)]
            for name in (*SUMMED, "engagements")
            if getattr(t, name) is not None
        ]
        if not rows:
            return ""
        return f"<h2>{_esc(w['totals'])}</h2>" + self.table([w["metric"], w["total"], w["average"]], rows)

    def audience(self) -> str:
        w, lang = self.w, self.lang
        nets: list[NetworkFigures] = [
            n for n in self.f.networks if n.followers_start is not None or n.followers_end is not None
        ]
        if not nets:
            return ""
        rows = [
            [
                network_name(n.network),
                _count(n.followers_start, lang),
                _count(n.followers_end, lang),
                _signed(n.new_followers, lang),
                _percent(n.growth, lang, signed=True),
            ]
            for n in nets
        ]
        head = [w["network"], w["start"], w["end"], w["gained"], w["growth"]]
        formula = kpi.FORMULAS["growth_rate"].display[lang]
        return (
            f"<h2>{_esc(w['audience'])}</h2>"
            + self.table(head, rows)
            + f'<p class="formula">{_esc(w["followers_note"])}<br>{_esc(formula)}</p>'
        )

    def post(self, ranked: RankedPost) -> str:
        w, lang, post = self.w, self.lang, ranked.post
        when = format_day(post.local.date(), lang)
        head = f"{network_name(post.network)} · {when}, {post.local:%H:%M}"
        figures = " · ".join(
            [
                f"{w['rate']} {_percent(ranked.rate, lang)}",
                f"{w[self.f.basis]} {_count(post.base(self.f.basis), lang)}",
                f"{w['engagements']} {_count(ranked.engagements, lang)}",
            ]
        )
        return (
            '<table class="post" width="100%" cellspacing="0" cellpadding="6">'
            f'<tr><td class="post-head">{_esc(head)}</td></tr>'
            f"<tr><td>{_esc(_excerpt(post.text))}</td></tr>"
            f'<tr><td class="post-figures">{_esc(figures)}</td></tr></table>'
        )

    def posts(self) -> str:
        if not self.f.top:
            return f"<p>{_esc(self.w['no_posts'])}</p>"
        parts = self.ranked(self.w["best"], self.f.top)
        if self.f.flop:
            parts += self.ranked(self.w["worst"], self.f.flop)
        return "".join(parts)

    def ranked(self, heading: str, posts: Sequence[RankedPost]) -> list[str]:
        """The heading shares a table with the first post, so a page never ends on the heading."""
        first = (
            '<table width="100%" cellspacing="0" cellpadding="0"><tr><td>'
            f"<h2>{_esc(heading)}</h2>{self.post(posts[0])}</td></tr></table>"
        )
        return [first, *(self.post(r) for r in posts[1:])]

    def method(self) -> str:
        w, lang = self.w, self.lang
        lines = [w["method_text"].format(base=w[self.f.basis].lower()), *formula_lines(self.f.basis, lang)]
        return f"<h2>{_esc(w['method'])}</h2>" + "".join(f'<p class="formula">{_esc(x)}</p>' for x in lines)

    def sections(self) -> list[str]:
        """Each starts on a page of its own in the PDF."""
        first = self.header() + self.commentary() + self.tiles() + self.plan() + self.networks()
        return [first, self.charts(), self.totals() + self.audience() + self.posts() + self.method()]

    def wrap(self, body: str) -> str:
        style = _STYLE + ("" if self.printable else _BROWSER_STYLE)
        title = f"{self.title()} · {self.client} · {period_label(self.f.period, self.lang)}"
        return (
            f'<!DOCTYPE html>\n<html lang="{self.lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "img-src data:; style-src 'unsafe-inline'\">"
            f"<title>{_esc(title)}</title><style>{style}</style></head>"
            f"<body>{body}</body></html>\n"
        )


def document_title(figures: ReportFigures, options: ReportOptions) -> str:
    """The PDF's title and the window's: "Rapport mensuel · Boulangerie Martin · novembre 2026"."""
    renderer = _Html(figures, options, printable=True)
    return f"{renderer.title()} · {renderer.client} · {period_label(figures.period, renderer.lang)}"


def render_html(
    figures: ReportFigures, options: ReportOptions, *, image_width: int = 640, printable: bool = False
) -> str:
    """The report as one HTML file to send (charts embedded, nothing else needed). A preview in a
    QTextBrowser asks for the `printable` variant (no browser-only rules) and narrower charts."""
    renderer = _Html(figures, options, printable=printable, image_width=image_width)
    return renderer.wrap("".join(renderer.sections()))


def render_sections(figures: ReportFigures, options: ReportOptions) -> list[str]:
    """The printable report for QTextDocument, one document per group of pages (see bat_pdf)."""
    renderer = _Html(figures, options, printable=True)
    return [renderer.wrap(body) for body in renderer.sections() if body]


# -- Markdown (the carnet's note) --------------------------------------------------------------------
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    return _MARKDOWN_SPECIALS.sub(r"\\\1", text)


def _md_table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(_md(h) for h in head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _group_rows(groups: Sequence[Group], label: Mapping[object, str], lang: Lang) -> list[list[str]]:
    return [
        [label.get(g.key, str(g.key)), _count(g.posts, lang), _percent(g.rate, lang)]
        for g in groups
        if g.posts
    ]


def render_markdown_note(figures: ReportFigures, options: ReportOptions) -> str:
    """The report as a note of the carnet: the same figures, formulas and commentary, as Markdown."""
    r = _Html(figures, options, printable=True)
    w, lang, t = r.w, r.lang, figures.totals
    out = [f"# {_md(r.title())} · {_md(r.client)} · {_md(period_label(figures.period, lang))}", ""]
    meta = []
    if options.cm_name.strip():
        meta.append(w["prepared_by"].format(name=options.cm_name.strip()))
    if options.made_on is not None:
        key = "made_on" if meta else "made_on_alone"
        meta.append(w[key].format(date=format_day(options.made_on, lang, weekday=False)))
    if meta:
        out += [_md(" ".join(meta)), ""]
    if options.commentary.strip():
        out += [f"## {_md(w['commentary'])}", "", options.commentary.strip(), ""]
    out += [f"## {_md(w['key_figures'])}", ""]
    key_rows = [
        [w["posts"], _count(t.posts, lang)],
        [w["reach"], _count(t.reach, lang)],
        [w["impressions"], _count(t.impressions, lang)],
        [w["engagements"], _count(t.engagements, lang)],
        [w["rate"], _percent(t.rate, lang)],
        [w["followers"], _count(figures.followers_end, lang)],
        [w["growth"], _percent(figures.growth, lang, signed=True)],
    ]
    out += [_md_table([w["metric"], w["total"]], key_rows)]
    out += [f"- {_md(line)}" for line in formula_lines(figures.basis, lang)] + [""]
    out += [f"## {_md(w['plan'])}", "", _md(r.plan_text()), ""]
    net_rows = [
        [
            network_name(n.network),
            _count(n.planned, lang),
            _count(n.totals.posts, lang),
            _count(n.totals.reach, lang),
            _count(n.totals.engagements, lang),
            _percent(n.totals.rate, lang),
            _percent(n.growth, lang, signed=True),
        ]
        for n in figures.networks
    ]
    if net_rows:
        head = [
            w["network"],
            w["planned"],
            w["published"],
            w["reach"],
            w["engagements"],
            w["rate"],
            w["growth"],
        ]
        out += [f"## {_md(w['by_network'])}", "", _md_table(head, net_rows)]
    days = dict(enumerate(weekday_names(lang)))
    weekday_rows = _group_rows(figures.weekdays, days, lang)  # type: ignore[arg-type]
    if weekday_rows:
        out += [f"## {_md(w['chart_weekdays'])}", "", _md_table(["", w["posts"], w["rate"]], weekday_rows)]
    for heading, ranked in ((w["best"], figures.top), (w["worst"], figures.flop)):
        if not ranked:
            continue
        out += [f"## {_md(heading)}", ""]
        for item in ranked:
            post = item.post
            when = format_day(post.local.date(), lang)
            link = f" ([lien]({post.url}))" if lang == "fr" and post.url else ""
            link = link or (f" ([link]({post.url}))" if post.url else "")
            out.append(
                f"- **{_md(network_name(post.network))} · {_md(when)}** · {w['rate']} "
                f"{_md(_percent(item.rate, lang))} · {_md(w['engagements'])} "
                f"{_md(_count(item.engagements, lang))}"
                f"{link}  \n  {_md(_excerpt(post.text, 200))}"
            )
        out.append("")
    return "\n".join(out).rstrip() + "\n"
