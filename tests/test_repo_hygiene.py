"""Generated artefacts are in sync with their sources: Designer forms, translations, schema."""

from __future__ import annotations

from cmtoolbox.devtools import build_ui, translations


def test_designer_forms_are_compiled() -> None:
    assert build_ui.main(["--check"]) == 0, "run: python -m cmtoolbox.devtools.build_ui"


def test_every_string_has_a_french_translation() -> None:
    problems = translations.check("fr")
    assert not problems, "\n".join(problems[:40])
