"""KPI formulas: worked numbers, errors, the data table, custom formulas, note snippets."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmtoolbox.core import kpi
from cmtoolbox.core.kpi import (
    FORMULAS,
    NBSP,
    NNBSP,
    CustomFormula,
    KpiError,
    KpiInput,
    evaluate,
    format_for_note,
    format_value,
    parse_number,
)

# (formula id, inputs, expected value)
WORKED = [
    ("cpc", {"cost": 1234.56, "clicks": 2940}, 0.419918),
    ("cpm", {"cost": 450, "impressions": 120_000}, 3.75),
    ("cpa", {"cost": 900, "conversions": 36}, 25.0),
    ("ctr", {"clicks": 32, "impressions": 1000}, 3.2),
    ("cpf", {"cost": 300, "new_followers": 150}, 2.0),
    ("cpe", {"cost": 120, "engagements": 480}, 0.25),
    ("engagement_rate_reach", {"engagements": 45, "reach": 1500}, 3.0),
    ("engagement_rate_impressions", {"engagements": 45, "impressions": 3000}, 1.5),
    ("engagement_rate_followers", {"engagements": 45, "followers": 9000}, 0.5),
    ("growth_rate", {"followers_start": 1200, "followers_end": 1320}, 10.0),
    ("growth_rate", {"followers_start": 1000, "followers_end": 950}, -5.0),
    ("share_of_voice", {"brand_mentions": 120, "total_mentions": 480}, 25.0),
    ("roi", {"revenue": 3000, "cost": 1000}, 200.0),
    ("roi", {"revenue": 800, "cost": 1000}, -20.0),
]


@pytest.mark.parametrize(("formula_id", "values", "expected"), WORKED)
def test_worked_numbers(formula_id: str, values: dict[str, float], expected: float) -> None:
    result = evaluate(formula_id, values)
    assert result.value == pytest.approx(expected, rel=1e-6)
    assert result.unit == FORMULAS[formula_id].unit
    assert FORMULAS[formula_id].function(**values) == pytest.approx(expected, rel=1e-6)


def test_functions_directly() -> None:
    assert kpi.cpc(10, 4) == 2.5
    assert kpi.cpm(5, 2000) == 2.5
    assert kpi.ctr(1, 8) == 12.5
    assert kpi.roi(1500, 1000) == 50.0


ZERO_DIVISIONS = [
    ("cpc", {"cost": 10, "clicks": 0}, "clicks"),
    ("cpm", {"cost": 10, "impressions": 0}, "impressions"),
    ("cpa", {"cost": 10, "conversions": 0}, "conversions"),
    ("ctr", {"clicks": 0, "impressions": 0}, "impressions"),
    ("cpf", {"cost": 10, "new_followers": 0}, "new_followers"),
    ("cpe", {"cost": 10, "engagements": 0}, "engagements"),
    ("engagement_rate_reach", {"engagements": 1, "reach": 0}, "reach"),
    ("engagement_rate_impressions", {"engagements": 1, "impressions": 0}, "impressions"),
    ("engagement_rate_followers", {"engagements": 1, "followers": 0}, "followers"),
    ("growth_rate", {"followers_start": 0, "followers_end": 10}, "followers_start"),
    ("share_of_voice", {"brand_mentions": 0, "total_mentions": 0}, "total_mentions"),
    ("roi", {"revenue": 10, "cost": 0}, "cost"),
]


@pytest.mark.parametrize(("formula_id", "values", "input_id"), ZERO_DIVISIONS)
def test_zero_division_names_the_divisor(formula_id: str, values: dict[str, float], input_id: str) -> None:
    with pytest.raises(KpiError) as caught:
        evaluate(formula_id, values)
    assert caught.value.code == "zero_division"
    assert caught.value.input_id == input_id


def test_errors() -> None:
    def code_of(formula_id: str, values: dict[str, object]) -> tuple[str, str | None]:
        with pytest.raises(KpiError) as caught:
            evaluate(formula_id, values)  # type: ignore[arg-type]
        return caught.value.code, caught.value.input_id

    assert code_of("nope", {}) == ("unknown_formula", None)
    assert code_of("cpc", {"cost": 10}) == ("missing_input", "clicks")
    assert code_of("cpc", {"cost": None, "clicks": 1}) == ("missing_input", "cost")
    assert code_of("cpc", {"cost": -10, "clicks": 3}) == ("negative_value", "cost")
    assert code_of("cpc", {"cost": "10", "clicks": 3}) == ("invalid_value", "cost")
    assert code_of("cpc", {"cost": True, "clicks": 3}) == ("invalid_value", "cost")
    assert code_of("cpc", {"cost": math.nan, "clicks": 3}) == ("invalid_value", "cost")
    assert code_of("cpc", {"cost": 1, "clicks": math.inf}) == ("invalid_value", "clicks")
    assert code_of("share_of_voice", {"brand_mentions": 5, "total_mentions": 4}) == (
        "inconsistent_inputs",
        "total_mentions",
    )
    with pytest.raises(KpiError):
        kpi.cpc(10, -1)


def test_error_messages_are_localised() -> None:
    with pytest.raises(KpiError) as caught:
        evaluate("ctr", {"clicks": 3, "impressions": 0})
    assert caught.value.message("fr") == "Division par zéro : « impressions » vaut 0"
    assert caught.value.message("en") == "Division by zero: “impressions” is 0"
    with pytest.raises(KpiError) as caught:
        evaluate("cpf", {"cost": 3, "new_followers": -2})
    assert caught.value.message("fr") == "La valeur « nouveaux abonnés » ne peut pas être négative"


def test_formula_table_is_complete_plain_data() -> None:
    assert list(FORMULAS) == [
        "cpc", "cpm", "cpa", "ctr", "cpf", "cpe", "engagement_rate_reach",
        "engagement_rate_impressions", "engagement_rate_followers", "growth_rate",
        "share_of_voice", "roi",
    ]  # fmt: skip
    for formula in FORMULAS.values():
        for lang in ("fr", "en"):
            assert formula.name[lang] and formula.short[lang] and formula.definition[lang]
            assert formula.display[lang].startswith(formula.short[lang] + " = ")
            for kpi_input in formula.inputs:
                assert kpi_input.label[lang]
        assert formula.unit in ("currency", "percent", "ratio", "count")
        assert formula.sources
        assert all(i.unit in ("currency", "count") for i in formula.inputs)


def test_display_strings() -> None:
    assert FORMULAS["cpc"].display == {"fr": "CPC = coût total / clics", "en": "CPC = total cost / clicks"}
    assert FORMULAS["cpm"].display["fr"] == f"CPM = coût total / impressions × 1{NNBSP}000"
    assert FORMULAS["ctr"].display["en"] == "CTR = clicks / impressions × 100"
    assert FORMULAS["roi"].display["fr"] == "ROI = (revenus générés − coût total) / coût total × 100"


@settings(max_examples=200)
@given(
    st.sampled_from(list(FORMULAS)),
    st.lists(st.floats(min_value=0.01, max_value=1e9), min_size=2, max_size=2),
)
def test_expression_agrees_with_function(formula_id: str, numbers: list[float]) -> None:
    formula = FORMULAS[formula_id]
    values = dict(zip(formula.input_ids(), numbers, strict=True))
    if formula_id == "share_of_voice":
        values["total_mentions"] = max(values["total_mentions"], values["brand_mentions"])
    expected = evaluate(formula_id, values).value
    custom = CustomFormula(formula.short["en"], formula.expression, formula.input_ids())
    assert custom.evaluate(values).value == pytest.approx(expected, rel=1e-12)


# -------------------------------------------------------------------- formatting


@pytest.mark.parametrize(
    ("value", "unit", "lang", "expected"),
    [
        (1234.56, "currency", "fr", f"1{NNBSP}234,56{NBSP}€"),
        (1234.56, "currency", "en", "€1,234.56"),
        (0.42, "currency", "fr", f"0,42{NBSP}€"),
        (0.004, "currency", "fr", f"0,004{NBSP}€"),
        (-12.5, "currency", "en", "-€12.50"),
        (3.2, "percent", "fr", f"3,2{NNBSP}%"),
        (3.2, "percent", "en", "3.2%"),
        (3.14159, "percent", "fr", f"3,14{NNBSP}%"),
        (0.125, "percent", "fr", f"0,13{NNBSP}%"),
        (2.675, "ratio", "en", "2.68"),
        (-0.001, "percent", "fr", f"0{NNBSP}%"),
        (1_234_567, "count", "fr", f"1{NNBSP}234{NNBSP}567"),
        (1_234_567, "count", "en", "1,234,567"),
        (10.0, "percent", "fr", f"10{NNBSP}%"),
    ],
)
def test_format_value(value: float, unit: kpi.Unit, lang: kpi.Lang, expected: str) -> None:
    assert format_value(value, unit, lang) == expected


def test_format_value_other_currency() -> None:
    assert format_value(12, "currency", "fr", currency="CHF") == f"12,00{NBSP}CHF"
    assert format_value(12, "currency", "en", currency="CHF") == "12.00 CHF"


def test_format_for_note_french() -> None:
    snippet = format_for_note(evaluate("cpc", {"cost": 1234.56, "clicks": 2940}), "fr")
    assert snippet == (
        f"**Coût par clic (CPC){NBSP}: 0,42{NBSP}€**\n\n"
        f"- Formule{NBSP}: CPC = coût total / clics\n"
        f"- Calcul{NBSP}: 1{NNBSP}234,56{NBSP}€ / 2{NNBSP}940 = 0,42{NBSP}€\n"
    )


def test_format_for_note_english_and_percent() -> None:
    snippet = format_for_note(evaluate("ctr", {"clicks": 32, "impressions": 1000}), "en")
    assert snippet == (
        "**Click-through rate (CTR): 3.2%**\n\n"
        "- Formula: CTR = clicks / impressions × 100\n"
        "- Calculation: 32 / 1,000 × 100 = 3.2%\n"
    )


def test_format_for_note_growth_and_roi() -> None:
    growth = format_for_note(evaluate("growth_rate", {"followers_start": 1200, "followers_end": 1320}))
    assert growth.startswith(f"**Taux de croissance des abonnés{NBSP}: 10{NNBSP}%**\n\n")
    assert f"(1{NNBSP}320 − 1{NNBSP}200) / 1{NNBSP}200 × 100 = 10{NNBSP}%" in growth
    loss = format_for_note(evaluate("roi", {"revenue": 800, "cost": 1000}), "en")
    assert "(€800.00 − €1,000.00) / €1,000.00 × 100 = -20%" in loss


def test_format_for_note_renders_as_markdown() -> None:
    from cmtoolbox.core.render import render_markdown

    html = render_markdown(format_for_note(evaluate("cpm", {"cost": 450, "impressions": 120_000})))
    assert "<strong>Coût pour mille impressions (CPM)" in html
    assert "<li>Formule" in html and "<li>Calcul" in html


# -------------------------------------------------------------------- custom formulas


def test_custom_formula() -> None:
    roas = CustomFormula("ROAS", "revenus / coût", ["revenus", "coût"])
    result = roas.evaluate({"revenus": 4200, "coût": 1000})
    assert result.value == 4.2
    assert roas.display("fr") == "ROAS = revenus / coût"
    assert format_for_note(result, "fr") == (
        f"**ROAS{NBSP}: 4,2**\n\n- Formule{NBSP}: ROAS = revenus / coût\n"
        f"- Calcul{NBSP}: 4{NNBSP}200 / 1{NNBSP}000 = 4,2\n"
    )


def test_custom_formula_functions_and_typography() -> None:
    formula = CustomFormula(
        "Score", "round(max(a, b) × 2 ÷ (c − 1), 1) + min(a, b, c)", ["a", "b", "c"], unit="percent"
    )
    assert formula.evaluate({"a": 3, "b": 5, "c": 4}).value == pytest.approx(3.3 + 3)
    assert formula.display("fr") == "Score = round(max(a ; b) × 2 / (c − 1) ; 1) + min(a ; b ; c)"
    assert formula.display("en") == "Score = round(max(a, b) × 2 / (c − 1), 1) + min(a, b, c)"


def test_custom_formula_negative_figures_are_parenthesised() -> None:
    formula = CustomFormula("Marge", "a - b", ["a", "b"])
    snippet = format_for_note(formula.evaluate({"a": 5, "b": -3}), "en")
    assert "5 − (-3) = 8" in snippet


def test_custom_formula_with_labelled_inputs() -> None:
    inputs = [
        KpiInput("ca", "currency", {"fr": "chiffre d’affaires", "en": "sales"}),
        KpiInput("depenses", "currency", {"fr": "dépenses", "en": "spend"}),
    ]
    formula = CustomFormula("ROAS", "ca / depenses", inputs)
    assert formula.display("fr") == "ROAS = chiffre d’affaires / dépenses"
    snippet = format_for_note(formula.evaluate({"ca": 5000, "depenses": 1250}), "fr")
    assert f"5{NNBSP}000,00{NBSP}€ / 1{NNBSP}250,00{NBSP}€ = 4" in snippet
    again = CustomFormula.from_dict(formula.to_dict())
    assert again.display("en") == "ROAS = sales / spend"
    assert again.evaluate({"ca": 10, "depenses": 4}).value == 2.5


def test_custom_zero_division() -> None:
    formula = CustomFormula("X", "a / b + a / (b - b)", ["a", "b"])
    with pytest.raises(KpiError) as caught:
        formula.evaluate({"a": 1, "b": 0})
    assert (caught.value.code, caught.value.input_id) == ("zero_division", "b")
    with pytest.raises(KpiError) as caught:
        formula.evaluate({"a": 1, "b": 2})
    assert (caught.value.code, caught.value.input_id) == ("zero_division", None)


def test_custom_overflow_is_an_error() -> None:
    with pytest.raises(KpiError) as caught:
        CustomFormula("X", "a * 1e308 * 10", ["a"]).evaluate({"a": 1})
    assert caught.value.code == "invalid_result"


@pytest.mark.parametrize(
    ("expression", "code"),
    [
        ("__import__('os').system('echo hi')", "forbidden"),
        ("open('/etc/passwd')", "forbidden"),
        ("a.__class__", "forbidden"),
        ("a[0]", "forbidden"),
        ("a ** 2", "forbidden"),
        ("9 ** 9 ** 9", "forbidden"),
        ("a % 2", "forbidden"),
        ("a // 2", "forbidden"),
        ("a @ a", "forbidden"),
        ("~a", "forbidden"),
        ("not a", "forbidden"),
        ("a and a", "forbidden"),
        ("a < 2", "forbidden"),
        ("a if a else 1", "forbidden"),
        ("lambda: 1", "forbidden"),
        ("[a]", "forbidden"),
        ("(a, a)", "forbidden"),
        ("{a}", "forbidden"),
        ("'texte'", "forbidden"),
        ("f'{a}'", "forbidden"),
        ("True", "forbidden"),
        ("1j", "forbidden"),
        ("min(*[a])", "forbidden"),
        ("max(a, key=a)", "forbidden"),
        ("round(a, a)", "forbidden"),
        ("round(a, 2.5)", "forbidden"),
        ("round(a, 100)", "forbidden"),
        ("(lambda: 1)()", "forbidden"),
        ("b + 1", "unknown_name"),
        ("min", "unknown_name"),
        ("a = 1", "syntax_error"),
        ("import os", "syntax_error"),
        ("a; a", "syntax_error"),
        ("a +", "syntax_error"),
        ("", "syntax_error"),
        ("a\x00", "syntax_error"),
        ("(" * 300 + "a" + ")" * 300, "syntax_error"),
        ("a + " * 200 + "a", "syntax_error"),  # longer than the limit
        ("min()", "syntax_error"),
        ("round()", "syntax_error"),
        ("0,5 * a", "forbidden"),  # French decimal comma makes a tuple
    ],
)
def test_custom_formula_rejects(expression: str, code: str) -> None:
    with pytest.raises(KpiError) as caught:
        CustomFormula("X", expression, ["a"])
    assert caught.value.code == code


@pytest.mark.parametrize("name", ["1a", "a b", "min", "round", "if", "match", "", "a-b"])
def test_custom_formula_rejects_bad_input_names(name: str) -> None:
    with pytest.raises(KpiError) as caught:
        CustomFormula("X", "1", [name])
    assert caught.value.code == "invalid_name"


def test_custom_formula_unicode_names() -> None:
    # Python NFKC-normalises identifiers; a name typed with a ligature still matches.
    formula = CustomFormula("X", "ﬁnal * 2", ["ﬁnal"])
    assert formula.evaluate({"ﬁnal": 2}).value == 4


def test_custom_formula_missing_and_bad_values() -> None:
    formula = CustomFormula("X", "a - b", ["a", "b"])
    assert formula.evaluate({"a": -1, "b": 1}).value == -2  # negatives are fine in custom formulas
    with pytest.raises(KpiError) as caught:
        formula.evaluate({"a": 1})
    assert (caught.value.code, caught.value.input_id) == ("missing_input", "b")
    with pytest.raises(KpiError) as caught:
        evaluate(formula, {"a": 1, "b": math.nan})
    assert caught.value.code == "invalid_value"


SOUP = st.sampled_from(
    ["a", "b", "1", "0", "2.5", "1e308", "+", "-", "*", "/", "(", ")", ",", "min(", "max(", "round(",
     "**", "%", ".", "__", "import", "[", "]", "'", "lambda", ":", "=", "<", " ", "×", "÷", "−"]
)  # fmt: skip


@settings(max_examples=200)
@given(st.lists(SOUP, max_size=25).map("".join), st.floats(allow_nan=False, allow_infinity=False),
       st.floats(allow_nan=False, allow_infinity=False))  # fmt: skip
def test_custom_formula_soup_only_raises_kpi_errors(expression: str, a: float, b: float) -> None:
    try:
        formula = CustomFormula("X", expression, ["a", "b"])
        result = formula.evaluate({"a": a, "b": b})
    except KpiError:
        return
    assert math.isfinite(result.value)
    format_for_note(result, "fr")
    format_for_note(result, "en")


# -------------------------------------------------------------------- parsing typed figures


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1 234,56", "fr", 1234.56),
        (f"1{NNBSP}234,56{NBSP}€", "fr", 1234.56),
        ("1.234,56", "fr", 1234.56),
        ("12.5", "fr", 12.5),
        ("3,2 %", "fr", 3.2),
        ("−12,5", "fr", -12.5),
        ("€1,234.56", "en", 1234.56),
        ("1,234,567", "en", 1234567.0),
        ("0.5", "en", 0.5),
    ],
)
def test_parse_number(text: str, lang: kpi.Lang, expected: float) -> None:
    assert parse_number(text, lang) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "--1", "1e5", "12 €€x"])
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(KpiError):
        parse_number(text, "fr")


def test_docs_list_every_formula() -> None:
    from tests.conftest import REPO_ROOT

    docs = (REPO_ROOT / "docs" / "kpi.md").read_text(encoding="utf-8")
    for formula in FORMULAS.values():
        assert f"`{formula.id}`" in docs
        assert formula.display["en"] in docs
        assert formula.display["fr"].replace(NNBSP, " ") in docs


@settings(max_examples=200)
@given(
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["currency", "percent", "ratio", "count"]),
    st.sampled_from(["fr", "en"]),
)
def test_format_value_any_float(value: float, unit: kpi.Unit, lang: kpi.Lang) -> None:
    text = format_value(value, unit, lang)
    if unit in ("ratio", "count"):
        # Shown to two decimals, rounded half up: within half a hundredth of the value (a float
        # like 1.125 rounds to 1.13 here where Python's round() gives 1.12).
        assert parse_number(text, lang) == pytest.approx(value, rel=1e-9, abs=0.005 + 1e-9)
