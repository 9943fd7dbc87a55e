"""The formulas community managers report on, as functions and as data.

Each built-in KPI exists twice, on purpose: a small documented function (`cpc`, `ctr`...) for code,
and an entry of `FORMULAS` (inputs, units, labels and a display formula in French and English,
sources) from which the GUI builds its calculator panel without knowing any formula. Both agree
because every entry's `expression` is checked against its function by the tests.

User-defined formulas (`CustomFormula`) are parsed with `ast` and evaluated by walking an
allow-listed tree: numbers, + - * /, parentheses, input names, min/max/round. Nothing is ever
passed to `eval`.

Percentages are returned in percent (`ctr(32, 1000) == 3.2`), money in the currency of the inputs.
`format_for_note` spells a result out as Markdown for a report, with French typography (narrow
no-break space between thousands, no-break space before € and %).
"""

from __future__ import annotations

import ast
import functools
import inspect
import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Context, Decimal
from types import MappingProxyType
from typing import Any, Literal

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")
Unit = Literal["currency", "percent", "ratio", "count"]
"""`currency`: an amount (€ unless told otherwise); `percent`: already multiplied by 100;
`ratio`: a plain number such as a ROAS of 4.2; `count`: clicks, impressions, followers..."""

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: French thousands separator and space before %

# --------------------------------------------------------------------------------------------
# Errors


class KpiError(ValueError):
    """A formula that cannot be computed, with a machine-readable `code` for the GUI.

    Codes: unknown_formula, missing_input, invalid_value, negative_value, zero_division,
    inconsistent_inputs, syntax_error, forbidden, unknown_name, invalid_name, invalid_result.
    `input_id` names the input at fault when there is one, so the calculator can highlight it.
    """

    def __init__(self, code: str, detail: str = "", *, input_id: str | None = None) -> None:
        self.code = code
        self.detail = detail
        self.input_id = input_id
        super().__init__(f"{code}: {detail}" if detail else code)

    def message(self, lang: Lang = "fr") -> str:
        """A sentence for the user, in `lang`, naming the input by its label."""
        label = _INPUT_LABELS.get(self.input_id or "", {}).get(lang, self.input_id or "")
        template = _ERROR_MESSAGES.get(self.code, _ERROR_MESSAGES["invalid_value"])[_lang(lang)]
        return template.format(input=label, detail=self.detail)


_ERROR_MESSAGES: dict[str, dict[str, str]] = {
    "unknown_formula": {"fr": "Formule inconnue : {detail}", "en": "Unknown formula: {detail}"},
    "missing_input": {"fr": "Valeur manquante : {input}", "en": "Missing value: {input}"},
    "invalid_value": {"fr": "Valeur invalide : {input}", "en": "Invalid value: {input}"},
    "negative_value": {
        "fr": "La valeur « {input} » ne peut pas être négative",
        "en": "“{input}” cannot be negative",
    },
    "zero_division": {
        "fr": "Division par zéro : « {input} » vaut 0",
        "en": "Division by zero: “{input}” is 0",
    },
    "inconsistent_inputs": {"fr": "Valeurs incohérentes : {detail}", "en": "Inconsistent values: {detail}"},
    "syntax_error": {"fr": "Formule mal écrite : {detail}", "en": "Malformed formula: {detail}"},
    "forbidden": {
        "fr": "Élément non autorisé dans une formule : {detail}",
        "en": "Not allowed in a formula: {detail}",
    },
    "unknown_name": {
        "fr": "Nom inconnu dans la formule : {detail}",
        "en": "Unknown name in formula: {detail}",
    },
    "invalid_name": {"fr": "Nom de donnée invalide : {detail}", "en": "Invalid input name: {detail}"},
    "invalid_result": {
        "fr": "Le résultat n’est pas un nombre fini",
        "en": "The result is not a finite number",
    },
}


def _lang(lang: str) -> Lang:
    return "fr" if lang.lower().startswith("fr") else "en"


# --------------------------------------------------------------------------------------------
# Validation shared by the functions


def _number(value: object, input_id: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise KpiError("invalid_value", f"{input_id} is not a number", input_id=input_id)
    number = float(value)
    if not math.isfinite(number):
        raise KpiError("invalid_value", f"{input_id} is not finite", input_id=input_id)
    return number


def _non_negative(value: object, input_id: str) -> float:
    number = _number(value, input_id)
    if number < 0:
        raise KpiError("negative_value", f"{input_id} < 0", input_id=input_id)
    return number


def _divide(numerator: float, denominator: float, input_id: str) -> float:
    if denominator == 0:
        raise KpiError("zero_division", f"{input_id} is 0", input_id=input_id)
    return numerator / denominator


# --------------------------------------------------------------------------------------------
# The formulas as functions


def cpc(cost: float, clicks: float) -> float:
    """Cost per click: what one click cost.

    CPC = total cost / clicks. Sources: IAB, Glossary of Interactive Advertising Terms ("cost per
    click"); Meta Business Help Centre, "CPC (cost per link click)"; Google Ads Help, "Cost-per-click
    (CPC)". Meta counts link clicks only; say which clicks a report uses.
    """
    return _divide(_non_negative(cost, "cost"), _non_negative(clicks, "clicks"), "clicks")


def cpm(cost: float, impressions: float) -> float:
    """Cost per thousand impressions (mille), the price of visibility.

    CPM = total cost / impressions × 1000. Sources: IAB Glossary ("CPM, cost per thousand");
    Meta Business Help Centre, "CPM (cost per 1,000 impressions)".
    """
    cost = _non_negative(cost, "cost")
    return _divide(cost, _non_negative(impressions, "impressions"), "impressions") * 1000


def cpa(cost: float, conversions: float) -> float:
    """Cost per acquisition (or action): what one conversion cost (sale, sign-up, download...).

    CPA = total cost / conversions. Sources: IAB Glossary ("CPA, cost per action/acquisition");
    Meta Business Help Centre, "Cost per result".
    """
    cost = _non_negative(cost, "cost")
    return _divide(cost, _non_negative(conversions, "conversions"), "conversions")


def ctr(clicks: float, impressions: float) -> float:
    """Click-through rate, in percent: the share of impressions that led to a click.

    CTR = clicks / impressions × 100. Sources: IAB Glossary ("click-through rate"); Meta Business
    Help Centre, "CTR (link click-through rate)"; LinkedIn Marketing Solutions Help, campaign
    metrics ("click-through rate").
    """
    clicks = _non_negative(clicks, "clicks")
    return _divide(clicks, _non_negative(impressions, "impressions"), "impressions") * 100


def cpf(cost: float, new_followers: float) -> float:
    """Cost per follower: what each follower gained by a paid campaign cost.

    CPF = total cost / new followers. Sources: X Ads Help Center, "X Ads pricing" (billable
    actions: the Followers objective was billed per follow until X retired it in 2023); Meta Ads
    Manager's "Cost per Page like" is the same ratio for Facebook Pages.
    """
    cost = _non_negative(cost, "cost")
    return _divide(cost, _non_negative(new_followers, "new_followers"), "new_followers")


def cpe(cost: float, engagements: float) -> float:
    """Cost per engagement: what one interaction (reaction, comment, share, click...) cost.

    CPE = total cost / engagements. Sources: Hootsuite blog, "How to calculate engagement rate"
    (cost per engagement); Meta Business Help Centre, "Cost per post engagement".
    """
    cost = _non_negative(cost, "cost")
    return _divide(cost, _non_negative(engagements, "engagements"), "engagements")


def engagement_rate_reach(engagements: float, reach: float) -> float:
    """Engagement rate by reach (ERR), in percent: the share of people who saw a post and
    interacted with it. The usual rate for organic posts, as reach counts people, not displays.

    ER = engagements / reach × 100. Sources: Hootsuite blog, "How to calculate engagement rate"
    (engagement rate by reach); Sprout Social, engagement rate glossary.
    """
    engagements = _non_negative(engagements, "engagements")
    return _divide(engagements, _non_negative(reach, "reach"), "reach") * 100


def engagement_rate_impressions(engagements: float, impressions: float) -> float:
    """Engagement rate by impressions, in percent: interactions per display. The rate LinkedIn
    page analytics shows, and the fair one to compare organic and paid posts.

    ER = engagements / impressions × 100. Sources: LinkedIn Help, page analytics metrics
    ("engagement rate": clicks, reactions, comments, reposts and follows over impressions);
    Hootsuite blog, "How to calculate engagement rate" (engagement rate by impressions).
    """
    engagements = _non_negative(engagements, "engagements")
    return _divide(engagements, _non_negative(impressions, "impressions"), "impressions") * 100


def engagement_rate_followers(engagements: float, followers: float) -> float:
    """Engagement rate by followers, in percent: interactions relative to audience size. The rate
    benchmark reports and influencer media kits quote, as followers are public.

    ER = engagements / followers × 100. Sources: Hootsuite blog, "How to calculate engagement
    rate" (engagement rate by post, based on followers); Rival IQ, social media benchmark reports.
    """
    engagements = _non_negative(engagements, "engagements")
    return _divide(engagements, _non_negative(followers, "followers"), "followers") * 100


def growth_rate(followers_start: float, followers_end: float) -> float:
    """Audience growth rate over a period, in percent; negative when the audience shrinks.

    Growth = (followers at end − followers at start) / followers at start × 100. Sources:
    Hootsuite and Sprout Social glossaries ("audience growth rate": net new followers over the
    audience). The audience at the start of the period is the base, so that months compare.
    """
    start = _non_negative(followers_start, "followers_start")
    end = _non_negative(followers_end, "followers_end")
    return _divide(end - start, start, "followers_start") * 100


def share_of_voice(brand_mentions: float, total_mentions: float) -> float:
    """Share of voice (SOV), in percent: the brand's part of the conversation in its market.

    SOV = brand mentions / total mentions (brand + competitors) × 100. Sources: Sprout Social,
    "Share of voice: what it is and how to measure it"; Hootsuite, "social share of voice".
    """
    brand = _non_negative(brand_mentions, "brand_mentions")
    total = _non_negative(total_mentions, "total_mentions")
    if brand > total:
        raise KpiError(
            "inconsistent_inputs", "brand mentions exceed total mentions", input_id="total_mentions"
        )
    return _divide(brand, total, "total_mentions") * 100


def roi(revenue: float, cost: float) -> float:
    """Return on investment, in percent: profit made per euro spent; negative for a loss.

    ROI = (revenue − total cost) / total cost × 100. Sources: Hootsuite blog, social media ROI
    ("(return − investment) / investment × 100"); the general finance definition of ROI.
    """
    revenue = _non_negative(revenue, "revenue")
    cost = _non_negative(cost, "cost")
    return _divide(revenue - cost, cost, "cost") * 100


# --------------------------------------------------------------------------------------------
# The formulas as data


@dataclass(frozen=True)
class KpiInput:
    """One field of the calculator: id, unit, label and help text in each language."""

    id: str
    unit: Unit
    label: Mapping[str, str]
    hint: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class KpiFormula:
    """One KPI as data. `display` is the formula spelled with labels ("CPC = coût total /
    clics"); `expression` is the same formula over input ids, in the custom-formula language."""

    id: str
    short: Mapping[str, str]
    name: Mapping[str, str]
    unit: Unit
    inputs: tuple[KpiInput, ...]
    expression: str
    display: Mapping[str, str]
    definition: Mapping[str, str]
    sources: tuple[str, ...]
    function: Callable[..., float] = field(repr=False, compare=False)

    def input_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.inputs)


def _input(id_: str, unit: Unit, fr: str, en: str, hint_fr: str = "", hint_en: str = "") -> KpiInput:
    hint = {"fr": hint_fr, "en": hint_en} if hint_fr else {}
    return KpiInput(id_, unit, MappingProxyType({"fr": fr, "en": en}), MappingProxyType(hint))


_INPUTS: dict[str, KpiInput] = {
    i.id: i
    for i in (
        _input("cost", "currency", "coût total", "total cost",
               "Budget dépensé sur la période (hors taxes, frais de plateforme compris).",
               "Amount spent over the period (before tax, platform fees included)."),
        _input("clicks", "count", "clics", "clicks",
               "Clics sur le lien, ou tous les clics : préciser lequel dans le rapport.",
               "Link clicks, or all clicks: say which in the report."),
        _input("impressions", "count", "impressions", "impressions",
               "Nombre d’affichages, y compris répétés auprès d’une même personne.",
               "Number of displays, repeats to the same person included."),
        _input("conversions", "count", "conversions", "conversions",
               "Actions visées : achats, inscriptions, téléchargements...",
               "Target actions: purchases, sign-ups, downloads..."),
        _input("new_followers", "count", "nouveaux abonnés", "new followers",
               "Abonnés gagnés grâce à la campagne.", "Followers gained through the campaign."),
        _input("engagements", "count", "interactions", "engagements",
               "Réactions, commentaires, partages, enregistrements, clics...",
               "Reactions, comments, shares, saves, clicks..."),
        _input("reach", "count", "portée", "reach",
               "Nombre de personnes uniques ayant vu la publication.",
               "Number of unique people who saw the post."),
        _input("followers", "count", "abonnés", "followers",
               "Nombre d’abonnés du compte au moment de la mesure.",
               "Followers of the account when measured."),
        _input("followers_start", "count", "abonnés en début de période", "followers at start"),
        _input("followers_end", "count", "abonnés en fin de période", "followers at end"),
        _input("brand_mentions", "count", "mentions de la marque", "brand mentions"),
        _input("total_mentions", "count", "mentions totales", "total mentions",
               "Mentions de la marque et de ses concurrents suivis, sur la même période.",
               "Mentions of the brand and of the tracked competitors, same period."),
        _input("revenue", "currency", "revenus générés", "revenue",
               "Chiffre d’affaires ou valeur attribuée aux actions sociales.",
               "Sales or value attributed to the social activity."),
    )
}  # fmt: skip

_INPUT_LABELS: dict[str, Mapping[str, str]] = {i.id: i.label for i in _INPUTS.values()}

_HOOTSUITE_ER = (
    "Hootsuite blog, “How to calculate engagement rate” (blog.hootsuite.com/calculate-engagement-rate/)"
)
_IAB = "IAB, Glossary of Interactive Advertising Terms"
_SPROUT = "Sprout Social, glossary and Insights articles"


def _formula(
    id_: str,
    *,
    short: tuple[str, str],
    name: tuple[str, str],
    unit: Unit,
    expression: str,
    definition: tuple[str, str],
    sources: tuple[str, ...],
    function: Callable[..., float],
) -> KpiFormula:
    # The function's parameters give the order of the calculator fields; the expression must use
    # exactly those names, or the display would lie about the computation.
    parameters = tuple(inspect.signature(function).parameters)
    if set(parameters) != set(_names_in(expression)):
        raise AssertionError(f"{id_}: expression and function disagree on inputs")
    inputs = tuple(_INPUTS[n] for n in parameters)
    shorts = MappingProxyType({"fr": short[0], "en": short[1]})
    display: dict[str, str] = {}
    for lang in LANGS:
        labels = {n: _INPUTS[n].label[lang] for n in parameters}
        display[lang] = f"{shorts[lang]} = " + _spell(_parse(expression), labels.__getitem__, lang)
    return KpiFormula(
        id=id_,
        short=shorts,
        name=MappingProxyType({"fr": name[0], "en": name[1]}),
        unit=unit,
        inputs=inputs,
        expression=expression,
        display=MappingProxyType(display),
        definition=MappingProxyType({"fr": definition[0], "en": definition[1]}),
        sources=sources,
        function=function,
    )


def _build_formulas() -> dict[str, KpiFormula]:
    table = [
        _formula(
            "cpc", short=("CPC", "CPC"), name=("Coût par clic", "Cost per click"), unit="currency",
            expression="cost / clicks", function=cpc,
            definition=("Ce que coûte en moyenne un clic sur une publicité.",
                        "What one click on an ad costs on average."),
            sources=(_IAB, "Meta Business Help Centre, “CPC (cost per link click)”",
                     "Google Ads Help, “Cost-per-click (CPC)”"),
        ),
        _formula(
            "cpm", short=("CPM", "CPM"),
            name=("Coût pour mille impressions", "Cost per thousand impressions"), unit="currency",
            expression="cost / impressions * 1000", function=cpm,
            definition=("Ce que coûtent mille affichages : le prix de la visibilité.",
                        "What a thousand displays cost: the price of visibility."),
            sources=(_IAB, "Meta Business Help Centre, “CPM (cost per 1,000 impressions)”"),
        ),
        _formula(
            "cpa", short=("CPA", "CPA"), name=("Coût par acquisition", "Cost per acquisition"),
            unit="currency", expression="cost / conversions", function=cpa,
            definition=("Ce que coûte une conversion : achat, inscription, téléchargement...",
                        "What one conversion costs: purchase, sign-up, download..."),
            sources=(_IAB, "Meta Business Help Centre, “Cost per result”"),
        ),
        _formula(
            "ctr", short=("CTR", "CTR"), name=("Taux de clic", "Click-through rate"), unit="percent",
            expression="clicks / impressions * 100", function=ctr,
            definition=("Part des affichages qui ont donné lieu à un clic.",
                        "Share of displays that led to a click."),
            sources=(_IAB, "Meta Business Help Centre, “CTR (link click-through rate)”",
                     "LinkedIn Marketing Solutions Help, campaign reporting metrics"),
        ),
        _formula(
            "cpf", short=("CPF", "CPF"), name=("Coût par abonné", "Cost per follower"), unit="currency",
            expression="cost / new_followers", function=cpf,
            definition=("Ce qu’a coûté chaque abonné gagné par une campagne payante.",
                        "What each follower gained by a paid campaign cost."),
            sources=("X Ads Help Center, “X Ads pricing”, billable actions (business.x.com/en/help/"
                     "overview/ads-pricing.html): Followers objective billed per follow, retired in 2023",
                     "Meta Ads Manager, “Cost per Page like”"),
        ),
        _formula(
            "cpe", short=("CPE", "CPE"), name=("Coût par interaction", "Cost per engagement"),
            unit="currency", expression="cost / engagements", function=cpe,
            definition=("Ce que coûte une interaction (réaction, commentaire, partage, clic...).",
                        "What one engagement (reaction, comment, share, click...) costs."),
            sources=(_HOOTSUITE_ER, "Meta Business Help Centre, “Cost per post engagement”"),
        ),
        _formula(
            "engagement_rate_reach", short=("Taux d’engagement", "Engagement rate"),
            name=("Taux d’engagement sur la portée", "Engagement rate by reach"), unit="percent",
            expression="engagements / reach * 100", function=engagement_rate_reach,
            definition=("Part des personnes touchées qui ont interagi : le taux le plus courant "
                        "pour les publications organiques.",
                        "Share of the people reached who engaged: the usual rate for organic posts."),
            sources=(_HOOTSUITE_ER, _SPROUT),
        ),
        _formula(
            "engagement_rate_impressions", short=("Taux d’engagement", "Engagement rate"),
            name=("Taux d’engagement sur les impressions", "Engagement rate by impressions"),
            unit="percent", expression="engagements / impressions * 100",
            function=engagement_rate_impressions,
            definition=("Interactions par affichage : le taux affiché par LinkedIn, utile pour "
                        "comparer organique et sponsorisé.",
                        "Engagements per display: the rate LinkedIn shows, fair to compare organic "
                        "and paid posts."),
            sources=("LinkedIn Help, page analytics metrics (“engagement rate”)", _HOOTSUITE_ER),
        ),
        _formula(
            "engagement_rate_followers", short=("Taux d’engagement", "Engagement rate"),
            name=("Taux d’engagement sur les abonnés", "Engagement rate by followers"),
            unit="percent", expression="engagements / followers * 100",
            function=engagement_rate_followers,
            definition=("Interactions rapportées à la taille de la communauté : le taux des "
                        "benchmarks et des kits médias d’influenceurs.",
                        "Engagements relative to audience size: the rate of benchmarks and "
                        "influencer media kits."),
            sources=(_HOOTSUITE_ER, "Rival IQ, social media industry benchmark reports"),
        ),
        _formula(
            "growth_rate", short=("Croissance", "Growth"),
            name=("Taux de croissance des abonnés", "Follower growth rate"), unit="percent",
            expression="(followers_end - followers_start) / followers_start * 100",
            function=growth_rate,
            definition=("Évolution de la communauté sur la période, rapportée à son niveau de "
                        "départ ; négative si elle diminue.",
                        "Change of the audience over the period relative to where it started; "
                        "negative when it shrinks."),
            sources=("Hootsuite, “audience growth rate”", _SPROUT),
        ),
        _formula(
            "share_of_voice", short=("Part de voix", "SOV"),
            name=("Part de voix", "Share of voice"), unit="percent",
            expression="brand_mentions / total_mentions * 100", function=share_of_voice,
            definition=("Part de la conversation de son marché que la marque occupe, face aux "
                        "concurrents suivis.",
                        "The brand's part of its market's conversation, against the tracked "
                        "competitors."),
            sources=("Sprout Social, “Share of voice: what it is and how to measure it”",
                     "Hootsuite, “social share of voice”"),
        ),
        _formula(
            "roi", short=("ROI", "ROI"), name=("Retour sur investissement", "Return on investment"),
            unit="percent", expression="(revenue - cost) / cost * 100", function=roi,
            definition=("Bénéfice obtenu pour chaque euro investi ; négatif en cas de perte.",
                        "Profit made per unit of money invested; negative for a loss."),
            sources=("Hootsuite blog, social media ROI", "General finance definition of ROI"),
        ),
    ]  # fmt: skip
    return {f.id: f for f in table}


# --------------------------------------------------------------------------------------------
# Results and evaluation


@dataclass(frozen=True)
class KpiResult:
    """A computed KPI with everything needed to show how it was obtained."""

    formula_id: str
    value: float
    unit: Unit
    values: Mapping[str, float]
    inputs: tuple[KpiInput, ...]
    short: Mapping[str, str]
    name: Mapping[str, str]
    expression: str


def evaluate(formula_id: str | CustomFormula, values: Mapping[str, Any]) -> KpiResult:
    """Compute a built-in KPI (by id) or a custom formula from a mapping of input values.

    Raises KpiError: unknown_formula, missing_input, invalid_value, negative_value,
    zero_division (with the divisor's input id), inconsistent_inputs.
    """
    if isinstance(formula_id, CustomFormula):
        return formula_id.evaluate(values)
    formula = FORMULAS.get(formula_id)
    if formula is None:
        raise KpiError("unknown_formula", str(formula_id))
    kwargs: dict[str, float] = {}
    for kpi_input in formula.inputs:
        if kpi_input.id not in values or values[kpi_input.id] is None:
            raise KpiError("missing_input", kpi_input.id, input_id=kpi_input.id)
        kwargs[kpi_input.id] = _non_negative(values[kpi_input.id], kpi_input.id)
    value = formula.function(**kwargs)
    return KpiResult(
        formula_id=formula.id,
        value=value,
        unit=formula.unit,
        values=MappingProxyType(kwargs),
        inputs=formula.inputs,
        short=formula.short,
        name=formula.name,
        expression=formula.expression,
    )


# --------------------------------------------------------------------------------------------
# Custom formulas: a tiny, allow-listed expression language

MAX_EXPRESSION_LENGTH = 500
_FUNCTIONS: dict[str, Callable[..., float]] = {"min": min, "max": max, "round": round}
_TYPOGRAPHY = str.maketrans({"×": "*", "÷": "/", "−": "-", "–": "-"})


class CustomFormula:
    """A formula written by the user, such as `ROAS = revenue / cost`.

    The expression is parsed once, here, and rejected with a KpiError unless it only uses
    numbers, + - * /, parentheses, the declared input names and min(), max(), round(x[, digits]).
    "×", "÷" and "−" are accepted for *, / and -.
    """

    def __init__(
        self,
        name: str,
        expression: str,
        inputs: Sequence[str | KpiInput],
        *,
        unit: Unit = "ratio",
    ) -> None:
        self.name = name.strip()
        self.expression = expression.strip()
        self.unit: Unit = unit
        self.inputs: tuple[KpiInput, ...] = tuple(
            i if isinstance(i, KpiInput) else KpiInput(i, "count", MappingProxyType({"fr": i, "en": i}))
            for i in inputs
        )
        # Python's parser NFKC-normalises identifiers: compare names the same way.
        self._by_parsed_name = {unicodedata.normalize("NFKC", i.id): i.id for i in self.inputs}
        for i in self.inputs:
            if not i.id.isidentifier() or i.id in _FUNCTIONS or _is_keyword(i.id):
                raise KpiError("invalid_name", i.id, input_id=i.id)
        if len(self._by_parsed_name) != len(self.inputs):
            raise KpiError("invalid_name", "duplicate input names")
        if len(self.expression) > MAX_EXPRESSION_LENGTH:
            raise KpiError("syntax_error", f"longer than {MAX_EXPRESSION_LENGTH} characters")
        self._tree = _parse(self.expression.translate(_TYPOGRAPHY))
        _check(self._tree, set(self._by_parsed_name))

    def __repr__(self) -> str:
        return f"CustomFormula({self.name!r}, {self.expression!r}, {[i.id for i in self.inputs]!r})"

    def display(self, lang: Lang = "fr") -> str:
        """The formula as shown to the user: "ROAS = revenus / coût"."""
        names = self._by_parsed_name
        labels = {i.id: i.label.get(lang, i.id) for i in self.inputs}
        return f"{self.name} = " + _spell(self._tree, lambda n: labels[names[n]], _lang(lang))

    def evaluate(self, values: Mapping[str, Any]) -> KpiResult:
        numbers: dict[str, float] = {}
        for i in self.inputs:
            if i.id not in values or values[i.id] is None:
                raise KpiError("missing_input", i.id, input_id=i.id)
            numbers[i.id] = _number(values[i.id], i.id)
        by_parsed = {parsed: numbers[original] for parsed, original in self._by_parsed_name.items()}
        value = _eval(self._tree, by_parsed, self._by_parsed_name)
        if not math.isfinite(value):
            raise KpiError("invalid_result", self.expression)
        label = MappingProxyType({"fr": self.name, "en": self.name})
        return KpiResult(
            formula_id=f"custom:{self.name}",
            value=value,
            unit=self.unit,
            values=MappingProxyType(numbers),
            inputs=self.inputs,
            short=label,
            name=label,
            expression=self.expression.translate(_TYPOGRAPHY),
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain data for the settings table (JSON)."""
        return {
            "name": self.name,
            "expression": self.expression,
            "unit": self.unit,
            "inputs": [{"id": i.id, "unit": i.unit, "label": dict(i.label)} for i in self.inputs],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CustomFormula:
        inputs = [
            KpiInput(d["id"], d.get("unit", "count"), MappingProxyType(dict(d.get("label") or {})))
            if isinstance(d, Mapping)
            else str(d)
            for d in data.get("inputs", [])
        ]
        return cls(data["name"], data["expression"], inputs, unit=data.get("unit", "ratio"))


def _is_keyword(name: str) -> bool:
    import keyword

    return keyword.iskeyword(name) or keyword.issoftkeyword(name)


@functools.lru_cache(maxsize=256)
def _parse(expression: str) -> ast.Expression:
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError as exc:
        raise KpiError("syntax_error", exc.msg or "syntax error") from None
    except (ValueError, RecursionError, MemoryError) as exc:  # NUL bytes, absurd nesting
        raise KpiError("syntax_error", type(exc).__name__) from None
    return tree


def _names_in(expression: str) -> set[str]:
    return {
        node.id
        for node in ast.walk(_parse(expression))
        if isinstance(node, ast.Name) and node.id not in _FUNCTIONS
    }


_BINOPS = (ast.Add, ast.Sub, ast.Mult, ast.Div)


def _check(tree: ast.Expression, names: set[str]) -> None:
    """Reject anything outside the allow-list, before any evaluation."""

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.Constant):
            if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
                raise KpiError("forbidden", repr(node.value))
        elif isinstance(node, ast.Name):
            if node.id not in names:
                raise KpiError("unknown_name", node.id)
        elif isinstance(node, ast.BinOp):
            if not isinstance(node.op, _BINOPS):
                raise KpiError("forbidden", type(node.op).__name__)
            visit(node.left)
            visit(node.right)
        elif isinstance(node, ast.UnaryOp):
            if not isinstance(node.op, (ast.UAdd, ast.USub)):
                raise KpiError("forbidden", type(node.op).__name__)
            visit(node.operand)
        elif isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in _FUNCTIONS:
                raise KpiError("forbidden", ast.unparse(node.func))
            if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
                raise KpiError("forbidden", "keyword or starred arguments")
            if node.func.id == "round":
                _check_round(node)
            elif not node.args:
                raise KpiError("syntax_error", f"{node.func.id}() needs arguments")
            for arg in node.args:
                visit(arg)
        elif isinstance(node, ast.Tuple):
            # Almost always "0,5" typed with a French decimal comma.
            raise KpiError("forbidden", "comma outside min/max/round: write decimals with a point (0.5)")
        else:
            raise KpiError("forbidden", type(node).__name__)

    visit(tree.body)


def _check_round(node: ast.Call) -> None:
    if len(node.args) not in (1, 2):
        raise KpiError("syntax_error", "round(x) or round(x, digits)")
    if len(node.args) == 2:
        digits = node.args[1]
        if not (isinstance(digits, ast.Constant) and type(digits.value) is int and -10 <= digits.value <= 10):
            raise KpiError("forbidden", "round() digits must be a whole number from -10 to 10")


def _eval(node: ast.AST, values: Mapping[str, float], original: Mapping[str, str]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, values, original)
    if isinstance(node, ast.Constant):
        return float(node.value)  # type: ignore[arg-type]  # _check allowed int/float only
    if isinstance(node, ast.Name):
        return values[node.id]
    if isinstance(node, ast.UnaryOp):
        operand = _eval(node.operand, values, original)
        return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.BinOp):
        left = _eval(node.left, values, original)
        right = _eval(node.right, values, original)
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Sub):
            return left - right
        if isinstance(node.op, ast.Mult):
            return left * right
        if right == 0:
            divisor = original.get(node.right.id) if isinstance(node.right, ast.Name) else None
            raise KpiError("zero_division", divisor or ast.unparse(node.right), input_id=divisor)
        return left / right
    if isinstance(node, ast.Call):
        assert isinstance(node.func, ast.Name)
        if node.func.id == "round":
            digits = int(node.args[1].value) if len(node.args) == 2 else 0  # type: ignore[attr-defined]
            return float(round(_eval(node.args[0], values, original), digits))
        args = [_eval(a, values, original) for a in node.args]
        return float(_FUNCTIONS[node.func.id](args))
    raise KpiError("forbidden", type(node).__name__)  # unreachable after _check


# --------------------------------------------------------------------------------------------
# Formatting

_PRECEDENCE = {ast.Add: 1, ast.Sub: 1, ast.Mult: 2, ast.Div: 2}
_SYMBOLS = {ast.Add: " + ", ast.Sub: " − ", ast.Mult: " × ", ast.Div: " / "}


def _precedence(node: ast.AST) -> int:
    if isinstance(node, ast.BinOp):
        return _PRECEDENCE[type(node.op)]
    if isinstance(node, ast.UnaryOp):
        return 3
    return 4


def _spell(node: ast.AST, leaf: Callable[[str], str], lang: Lang) -> str:
    """Write an expression for people: × and − signs, numbers in local format, only the
    parentheses the reading needs."""
    if isinstance(node, ast.Expression):
        return _spell(node.body, leaf, lang)
    if isinstance(node, ast.Name):
        return leaf(node.id)
    if isinstance(node, ast.Constant):
        return format_value(float(node.value), "count", lang)  # type: ignore[arg-type]
    if isinstance(node, ast.UnaryOp):
        inner = _spell(node.operand, leaf, lang)
        if _precedence(node.operand) < 3:
            inner = f"({inner})"
        return ("−" if isinstance(node.op, ast.USub) else "+") + inner
    if isinstance(node, ast.BinOp):
        mine = _precedence(node)
        left = _spell(node.left, leaf, lang)
        if _precedence(node.left) < mine or left.startswith("-"):  # a negative figure
            left = f"({left})"
        right = _spell(node.right, leaf, lang)
        right_prec = _precedence(node.right)
        if (
            right_prec < mine
            or (right_prec == mine and isinstance(node.op, (ast.Sub, ast.Div)))
            or right.startswith("-")
        ):
            right = f"({right})"
        return left + _SYMBOLS[type(node.op)] + right
    if isinstance(node, ast.Call):
        assert isinstance(node.func, ast.Name)
        separator = " ; " if lang == "fr" else ", "  # the French decimal mark is a comma
        args = [_spell(a, leaf, lang) for a in node.args]
        return f"{node.func.id}({separator.join(args)})"
    raise KpiError("forbidden", type(node).__name__)


_CURRENCY_PREFIXED_IN_ENGLISH = frozenset({"€", "$", "£"})


def format_value(value: float, unit: Unit, lang: Lang = "fr", *, currency: str = "€") -> str:
    """A number as a French or English reader expects it.

    French: "1 234,56 €", "3,2 %" (narrow no-break space between thousands and before %, no-break
    space before the currency). English: "€1,234.56", "3.2%". Money keeps two decimals (more when a
    small amount would show as 0,00); other units show up to two, without trailing zeros.
    """
    lang = _lang(lang)
    if unit == "currency":
        text = _format_number(value, lang, max_decimals=2, min_decimals=2)
        if value != 0 and _is_zero(text):
            text = _format_number(value, lang, max_decimals=4, min_decimals=2)
        sign, digits = (text[0], text[1:]) if text.startswith("-") else ("", text)
        if lang == "fr":
            return f"{text}{NBSP}{currency}"
        if currency in _CURRENCY_PREFIXED_IN_ENGLISH:
            return f"{sign}{currency}{digits}"
        return f"{text} {currency}"
    text = _format_number(value, lang, max_decimals=2, min_decimals=0)
    if unit == "percent":
        return f"{text}{NNBSP}%" if lang == "fr" else f"{text}%"
    return text


def _is_zero(text: str) -> bool:
    return not any(ch in "123456789" for ch in text)


_WIDE = Context(prec=400)  # more digits than the largest float has


def _format_number(value: float, lang: Lang, *, max_decimals: int, min_decimals: int) -> str:
    quantum = Decimal(1).scaleb(-max_decimals)
    # The default context keeps 28 digits: too few for a large float with its decimals.
    number = Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP, context=_WIDE)
    negative = number < 0
    whole, _, fraction = f"{abs(number):f}".partition(".")
    fraction = fraction[:max_decimals]
    while len(fraction) > min_decimals and fraction.endswith("0"):
        fraction = fraction[:-1]
    group = NNBSP if lang == "fr" else ","
    decimal_mark = "," if lang == "fr" else "."
    grouped = f"{int(whole):,}".replace(",", group)
    text = grouped + (decimal_mark + fraction if fraction else "")
    return ("-" + text) if negative and not _is_zero(text) else text


_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    return _MARKDOWN_SPECIALS.sub(r"\\\1", text)


def format_for_note(result: KpiResult, lang: Lang = "fr", *, currency: str = "€") -> str:
    """A Markdown snippet for a note or a report: the KPI, its formula, and the figures.

    French example::

        **Coût par clic (CPC) : 0,42 €**

        - Formule : CPC = coût total / clics
        - Calcul : 1 234,56 € / 2 940 = 0,42 €
    """
    lang = _lang(lang)
    inputs = {i.id: i for i in result.inputs}
    parsed_names = {unicodedata.normalize("NFKC", i.id): i.id for i in result.inputs}
    tree = _parse(result.expression)

    def label(name: str) -> str:
        kpi_input = inputs[parsed_names.get(name, name)]
        return kpi_input.label.get(lang, kpi_input.id)

    def figure(name: str) -> str:
        original = parsed_names.get(name, name)
        return format_value(result.values[original], inputs[original].unit, lang, currency=currency)

    name, short = result.name[lang], result.short[lang]
    title = name if short.casefold() in name.casefold() else f"{name} ({short})"
    value = format_value(result.value, result.unit, lang, currency=currency)
    colon = f"{NBSP}:" if lang == "fr" else ":"
    words = ("Formule", "Calcul") if lang == "fr" else ("Formula", "Calculation")
    formula_text = f"{short} = {_spell(tree, label, lang)}"
    worked = f"{_spell(tree, figure, lang)} = {value}"
    return (
        f"**{_md(title)}{colon} {value}**\n\n"  # python-markdown needs the blank line before a list
        f"- {words[0]}{colon} {_md(formula_text)}\n"
        f"- {words[1]}{colon} {_md(worked)}\n"
    )


def parse_number(text: str, lang: Lang = "fr") -> float:
    """Read a figure typed in the calculator: "1 234,56", "1234.5 €", "3,2 %", "€1,234.56".

    In French the comma is the decimal mark and spaces group thousands; in English the dot is the
    decimal mark and commas group thousands.
    """
    cleaned = re.sub(r"[\s\u00a0\u202f€$£%]", "", text.strip())
    if _lang(lang) == "fr":
        # "1.234,56" groups with dots; "12.5" alone was typed with an English decimal point.
        if "," in cleaned or cleaned.count(".") > 1:
            cleaned = cleaned.replace(".", "")
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    cleaned = cleaned.replace("−", "-")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", cleaned):
        raise KpiError("invalid_value", text)
    return float(cleaned)


FORMULAS: Mapping[str, KpiFormula] = MappingProxyType(_build_formulas())
"""Every built-in KPI by id, in the order the calculator lists them."""
