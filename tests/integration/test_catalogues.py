"""The catalogues in resources/i18n are current, complete and keep every placeholder.

scripts/i18n.py makes them: ``update`` extracts the marked strings of the code (Babel for the
core and the email templates, pyside6-lupdate for the GUI), ``compile`` writes the .mo and
.qm files the app reads. These tests run the same extraction and compilation into a
temporary folder and compare, so a string added to the code without ``update``, a
translation edited without ``compile``, an empty translation or a translation that drops a
``$name`` fails here, in CI."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import i18n as tool  # noqa: E402  (scripts/i18n.py)

from core.i18n import LANGUAGES, SOURCE, catalogue_name  # noqa: E402

TRANSLATED = [lang for lang in LANGUAGES if lang != SOURCE]
PLACEHOLDER = re.compile(r"\$\{?\w+\}?|\{\w*\}|%\(\w+\)[sd]|%n|%\d")


def _po(lang: str):
    with tool.po_path(lang).open("rb") as fh:
        return read_po(fh, locale=catalogue_name(lang))


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_core_catalogue_holds_every_string_the_code_marks(lang):
    marked = {(m.context, m.id) for m in tool.core_template() if m.id}
    held = {(m.context, m.id) for m in _po(lang) if m.id}
    missing = sorted(str(i) for i in marked - held)
    assert not missing, f"run python scripts/i18n.py update: {len(missing)} new: {missing[:5]}"
    stale = sorted(str(i) for i in held - marked)
    assert not stale, f"run python scripts/i18n.py update: {len(stale)} gone: {stale[:5]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_core_string_is_translated_and_keeps_its_placeholders(lang):
    problems = []
    for m in _po(lang):
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if m.fuzzy or not all(strings):
            problems.append(f"untranslated: {ids[0]!r}")
            continue
        for s in strings:
            if _placeholders(s) != _placeholders(ids[-1]) and _placeholders(s) != _placeholders(
                    ids[0]):
                problems.append(f"placeholders differ: {ids[0]!r} -> {s!r}")
    assert not problems, f"{len(problems)} in {lang}.po: " + "; ".join(problems[:8])


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_core_catalogue_is_what_compile_makes(lang):
    committed = (tool.CATALOGUES / f"{catalogue_name(lang)}.mo").read_bytes()
    assert committed == tool.compiled_mo(lang), "run python scripts/i18n.py compile"


def _ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {(c.findtext("name") or "", m.findtext("source") or ""): m
            for c in tree.iter("context") for m in c.iter("message")}


def test_the_gui_catalogues_hold_every_string_the_code_marks(tmp_path):
    """lupdate run afresh over gui/ into a copy finds nothing new and nothing gone."""
    for lang in LANGUAGES:
        shutil.copy(tool.ts_path(lang), tmp_path / tool.ts_path(lang).name)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))
    for lang in LANGUAGES:
        fresh = tmp_path / tool.ts_path(lang).name
        args = [str(tool.lupdate_tool()), "-silent", "-locations", "none", "-no-obsolete",
                "-target-language", catalogue_name(lang), *sources, "-ts", str(fresh)]
        if lang == SOURCE:
            args.insert(-2, "-pluralonly")
        subprocess.run(args, cwd=ROOT, check=True)
        assert set(_ts_messages(fresh)) == set(_ts_messages(tool.ts_path(lang))), (
            f"gui_{catalogue_name(lang)}.ts is not current: run python scripts/i18n.py update")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_gui_string_is_translated_and_keeps_its_placeholders(lang):
    problems = []
    for (context, source), m in _ts_messages(tool.ts_path(lang)).items():
        translation = m.find("translation")
        forms = ([f.text or "" for f in translation.iter("numerusform")]
                 if m.get("numerus") == "yes" else [translation.text or ""])
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"untranslated: {context}: {source!r}")
            continue
        for form in forms:
            if _placeholders(form) != _placeholders(source):
                problems.append(f"placeholders differ: {context}: {source!r} -> {form!r}")
    assert not problems, f"{len(problems)} in gui_{catalogue_name(lang)}.ts: " + "; ".join(
        problems[:8])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_gui_catalogue_is_what_compile_makes(lang):
    committed = (tool.CATALOGUES / f"gui_{catalogue_name(lang)}.qm").read_bytes()
    assert committed == tool.compiled_qm(lang), "run python scripts/i18n.py compile"


def test_russian_has_three_plural_forms_in_both_catalogues():
    assert _po("ru").num_plurals == 3
    numerus = [m for m in _ts_messages(tool.ts_path("ru")).values()
               if m.get("numerus") == "yes"]
    assert all(len(list(m.find("translation").iter("numerusform"))) == 3 for m in numerus)
