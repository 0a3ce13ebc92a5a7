"""Keep the catalogues current: ``python scripts/i18n.py update`` then ``compile``.

- update: reads every marked string of the code into the catalogues, keeping what is
  translated and adding what is new (empty, for a translator):
  * the core's (gettext): ``_()``, ``N_()``, ``ngettext()``, ``pgettext()`` in core/,
    and the subject and every paragraph of resources/emails/*.txt,
    into resources/i18n/<lang>.po (Babel's extractor and catalogue update);
  * the GUI's (Qt): ``self.tr()`` and ``translate("Context", ...)`` in gui/, into
    resources/i18n/gui_<lang>.ts (pyside6-lupdate; English has one for its plural forms).
- compile: .po -> .mo (Babel), .ts -> .qm (pyside6-lrelease). The compiled files are
  committed; tests/unit/test_catalogues.py fails when they are not what compile makes.
- status: how many strings each language lacks.

No line numbers are written into the catalogues, so moving code does not change them.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from babel.messages.catalog import Catalog  # noqa: E402
from babel.messages.extract import extract_from_dir  # noqa: E402
from babel.messages.mofile import write_mo  # noqa: E402
from babel.messages.pofile import read_po, write_po  # noqa: E402

from core.i18n import LANGUAGES, SOURCE, catalogue_name  # noqa: E402

CATALOGUES = ROOT / "resources" / "i18n"
TRANSLATED = [lang for lang in LANGUAGES if lang != SOURCE]
KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2),
            "pgettext": ((1, "c"), 2)}
PROJECT = "b24-delete-account"
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)


def lupdate_tool() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "lupdate"


def lrelease_tool() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "lrelease"


# ---------------------------------------------------------------- the core (gettext)

def extract_email_templates(fileobj, keywords, comment_tags, options) -> Iterator[tuple]:
    """Babel extractor for resources/emails/<kind>.txt: the Subject line and each paragraph
    (text between blank lines) is one message, $placeholders kept as written."""
    text = fileobj.read().decode("utf-8")
    first, _, body = text.partition("\n")
    yield 1, "_", first.removeprefix("Subject:").strip(), [f"email subject: {options['kind']}"]
    for paragraph in body.strip().split("\n\n"):
        if paragraph.strip():
            yield 1, "_", paragraph.strip(), [f"email: {options['kind']}"]


def core_template() -> Catalog:
    catalog = Catalog(project=PROJECT, charset="utf-8")
    for folder, method_map in ((ROOT / "core", [("**.py", "python")]),):
        for filename, _lineno, message, comments, context in extract_from_dir(
                folder, method_map, keywords=KEYWORDS, comment_tags=("Translators:",)):
            catalog.add(message, None, [(f"core/{filename}", None)], auto_comments=comments,
                        context=context)
    for path in sorted((ROOT / "resources" / "emails").glob("*.txt")):
        with path.open("rb") as fh:
            for _line, _kw, message, comments in extract_email_templates(
                    fh, None, None, {"kind": path.stem}):
                catalog.add(message, None, [(f"resources/emails/{path.name}", None)],
                            auto_comments=comments)
    for path in sorted((ROOT / "resources" / "flows").rglob("*.yaml")):
        for message in flow_words(path):
            catalog.add(message, None, [(str(path.relative_to(ROOT)), None)],
                        auto_comments=[f"flow: {path.name}"], context="flow")
    return catalog


def flow_words(path: Path) -> list[str]:
    """A bundled flow's own words a person reads: its ``name`` and every step's ``label``
    (the demo's captions, the storyboard's titles; core.i18n.flow_text shows them)."""
    import yaml

    found: list[str] = []

    def walk(node, top: bool) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str) and (key == "label" or (top and key == "name")):
                    found.append(value)
                else:
                    walk(value, False)
        elif isinstance(node, list):
            for item in node:
                walk(item, False)

    docs = list(yaml.safe_load_all(path.read_text(encoding="utf-8")))
    for i, doc in enumerate(docs):
        walk(doc, i == 0 and len(docs) > 1)
    return [w for w in found if w.strip()]


def po_path(lang: str) -> Path:
    return CATALOGUES / f"{catalogue_name(lang)}.po"


def update_core() -> None:
    template = core_template()
    for lang in TRANSLATED:
        path = po_path(lang)
        if path.exists():
            with path.open("rb") as fh:
                catalog = read_po(fh, locale=catalogue_name(lang))
        else:
            catalog = Catalog(locale=catalogue_name(lang), project=PROJECT, charset="utf-8")
        catalog.update(template, update_header_comment=False, no_fuzzy_matching=True)
        catalog.fuzzy = False  # the header: a catalogue that has one is in use
        write_catalog(catalog, path)


def write_catalog(catalog: Catalog, path: Path) -> None:
    out = io.BytesIO()
    write_po(out, catalog, width=100, no_location=True, omit_header=False,
             sort_output=True, ignore_obsolete=True, include_previous=False)
    # The header's dates change on every run; keep them out so an unchanged catalogue
    # stays byte for byte the same.
    lines = [ln for ln in out.getvalue().decode("utf-8").splitlines(keepends=True)
             if not ln.startswith(('"POT-Creation-Date:', '"PO-Revision-Date:'))]
    path.write_text("".join(lines), encoding="utf-8")


def compiled_mo(lang: str) -> bytes:
    with po_path(lang).open("rb") as fh:
        catalog = read_po(fh, locale=catalogue_name(lang))
    # Babel writes the header's dates, "now" where the .po has none: fixed, so that
    # compiling the same .po always gives the same bytes.
    catalog.creation_date = catalog.revision_date = FIXED_DATE
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


# ---------------------------------------------------------------- the GUI (Qt)

def ts_path(lang: str) -> Path:
    return CATALOGUES / f"gui_{catalogue_name(lang)}.ts"


def update_gui() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))
    for lang in LANGUAGES:
        args = [str(lupdate_tool()), "-silent", "-locations", "none", "-no-obsolete",
                "-target-language", catalogue_name(lang), *sources, "-ts",
                str(ts_path(lang).relative_to(ROOT))]
        if lang == SOURCE:
            args.insert(-2, "-pluralonly")
        subprocess.run(args, cwd=ROOT, check=True)
    english_forms(ts_path(SOURCE))


def english_forms(path: Path) -> None:
    """English's catalogue holds only the plural messages, each form its source: every
    counted phrase is written once for 1 and once for any other number (gui/counts.py), so
    both English forms of a message are the message. Written here, not by hand."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for form in translation.iter("numerusform"):
            form.text = message.findtext("source")
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def compiled_qm(lang: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.qm"
        subprocess.run([str(lrelease_tool()), "-silent", "-nounfinished", str(ts_path(lang)),
                        "-qm", str(out)], check=True)
        return out.read_bytes()


# ---------------------------------------------------------------- commands

def compile_all() -> None:
    for lang in TRANSLATED:
        (CATALOGUES / f"{catalogue_name(lang)}.mo").write_bytes(compiled_mo(lang))
    for lang in LANGUAGES:
        (CATALOGUES / f"gui_{catalogue_name(lang)}.qm").write_bytes(compiled_qm(lang))


def status() -> int:
    import xml.etree.ElementTree as ET

    missing_any = 0
    for lang in TRANSLATED:
        with po_path(lang).open("rb") as fh:
            catalog = read_po(fh)
        core_missing = [m.id for m in catalog if m.id and (not m.string or m.fuzzy
                                                              or not all(m.string))]
        tree = ET.parse(ts_path(lang))
        gui_missing = [m.findtext("source") for m in tree.iter("message")
                       if m.find("translation").get("type") in ("unfinished", "vanished")]
        print(f"{lang}: {len(core_missing)} core and {len(gui_missing)} GUI strings "
              "untranslated")
        missing_any += len(core_missing) + len(gui_missing)
    return 1 if missing_any else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "compile", "status"))
    args = parser.parse_args(argv)
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    if args.command == "update":
        update_core()
        update_gui()
        return status()
    if args.command == "compile":
        compile_all()
        return 0
    return status()


if __name__ == "__main__":
    sys.exit(main())
