"""The story's emails in each language, as the storyboard exports them (issue 19): the whole
story runs in a world whose people all speak LANG (an email is in its recipient's language,
not the phone's), and every ``NN-flow/emails/*.eml`` is read back with the standard library's
parser: subject and body in LANG (the catalogue's words, not the English template's), the due
date in LANG's CLDR long form, Content-Language LANG, and any count in the right plural form.

What the emails should say is read from the catalogues (resources/i18n/LANG.po, with Babel)
and the templates (resources/emails), not written here, so a translator's change of wording
does not break the test; an English paragraph left in an email does."""

from __future__ import annotations

import email
import email.policy
import gettext
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import timedelta
from functools import cache
from pathlib import Path

import pytest
import yaml
from babel import Locale
from babel.dates import format_date
from babel.messages.pofile import read_po

from core import i18n

ROOT = Path(__file__).resolve().parents[2]
FLOWS = ROOT / "resources" / "flows"
STORY = FLOWS / "demo_whole_story.yaml"
WORLD = ROOT / "resources" / "worlds" / "demo.yaml"
TEMPLATES = ROOT / "resources" / "emails"
CATALOGUES = ROOT / "resources" / "i18n"
# The story's emails, in the order they are written (the files' names say so).
STORY_EMAILS = ["01-request_received-to-anna.eml", "02-impending_deletion-to-boris.eml",
                "03-profile_deleted-to-anna.eml", "04-network_profile_deleted-to-anna.eml"]
PLACEHOLDER = re.compile(r"\$\{?\w+\}?")


def story_for(language: str, folder: Path) -> Path:
    """The whole story in a world whose people all speak ``language``. Its assertEmail steps
    keep who the email is to, and the outbox's rows are not looked for by their subjects (the
    English ones: this test reads the emails themselves)."""
    world = re.sub(r"(?m)^(  - key: \w+)$", rf"\1\n    language: {language}",
                   WORLD.read_text(encoding="utf-8"))
    (folder / "world.yaml").write_text(world, encoding="utf-8")
    header, _, commands = STORY.read_text(encoding="utf-8").partition("\n---\n")
    steps = [step for step in yaml.safe_load(commands) if not shows_a_subject(step)]
    for step in steps:
        if isinstance(step, dict) and "assertEmail" in step:
            step["assertEmail"] = {k: v for k, v in step["assertEmail"].items()
                                   if k in ("to", "label")}
    flows = folder / "flows"
    shutil.copytree(FLOWS / "subflows", flows / "subflows")
    flow = flows / STORY.name
    flow.write_text(f"{header}\nworld_file: ../world.yaml\n---\n"
                    + yaml.safe_dump(steps, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return flow


def shows_a_subject(step) -> bool:
    """An ``assertVisible`` of an email's English subject (the outbox's row)."""
    wanted = step.get("assertVisible") if isinstance(step, dict) else None
    text = wanted.get("text") if isinstance(wanted, dict) else wanted
    return isinstance(text, str) and any(
        re.fullmatch(PLACEHOLDER.sub(".+", re.escape(template(k)[0]).replace(r"\$", "$")),
                     text) for k in (p.stem for p in TEMPLATES.glob("*.txt")))


@cache
def catalogue(language: str):
    with open(CATALOGUES / f"{i18n.catalogue_name(language)}.po", "rb") as f:
        return read_po(f, locale=i18n.babel_locale(language))


def translated(language: str, english: str) -> str:
    message = catalogue(language).get(english)
    assert message is not None and message.string and not message.fuzzy, \
        f"{language}: no translation of {english!r}"
    return message.string


def words(template: str) -> list[str]:
    """The template's own words: the text between its placeholders, long enough to be
    telling (``Hello `` is not)."""
    return [w.strip(" ,.():!?¡¿«»„“\"") for w in PLACEHOLDER.split(template)
            if len(w.strip(" ,.():!?¡¿«»„“\"")) >= 12]


def template(kind: str) -> tuple[str, list[str]]:
    """(subject, paragraphs) of the English template."""
    first, _, body = (TEMPLATES / f"{kind}.txt").read_text(encoding="utf-8").partition("\n")
    return (first.removeprefix("Subject:").strip(),
            [p.strip() for p in body.strip().split("\n\n") if p.strip()])


def plural_forms(language: str) -> list[tuple[list[str], object]]:
    """Each counted phrase of the catalogue: its forms and the rule choosing one for n."""
    cat = catalogue(language)
    rule = gettext.c2py(cat.plural_expr)
    return [(list(m.string), rule) for m in cat
            if m.pluralizable and all(m.string)]


def storyboard_forms(language: str, source: str) -> list[str]:
    """The numerus forms of a Storyboard phrase in resources/i18n/gui_LANG.ts."""
    root = ET.parse(CATALOGUES / f"gui_{i18n.catalogue_name(language)}.ts").getroot()
    [forms] = [[f.text for f in m.find("translation")] for c in root
               if c.findtext("name") == "Storyboard" for m in c.findall("message")
               if m.findtext("source") == source]
    return forms


def qt_form(language: str, n: int) -> int:
    """Which of Qt's numerus forms a count takes: Russian's one, few, many (CLDR's rule, as
    Qt's); one and other elsewhere."""
    category = Locale.parse(i18n.babel_locale(language)).plural_form(n)
    if language == "ru":
        return ["one", "few", "many"].index(category)
    return 0 if category == "one" else 1


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", [x for x in i18n.LANGUAGES if x != i18n.SOURCE])
def test_the_storys_emails_are_exported_in_the_recipients_language(main_py, tmp_path,
                                                                    language):
    out = tmp_path / "out"
    done = main_py("test", "--lang", language, str(story_for(language, tmp_path)),
                   "--test-output-dir", str(out), timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    folder = out / "01-demo_whole_story" / "emails"
    assert sorted(p.name for p in folder.iterdir()) == STORY_EMAILS
    index = (out / "index.html").read_text(encoding="utf-8")
    for name in STORY_EMAILS:
        assert f"href='01-demo_whole_story/emails/{name}'" in index

    window = yaml.safe_load(WORLD.read_text(encoding="utf-8"))["policy"]["window_days"]
    counted = plural_forms(language)
    locale = i18n.babel_locale(language)
    for name in STORY_EMAILS:
        kind = name.split("-")[1]
        msg = email.message_from_bytes((folder / name).read_bytes(), policy=email.policy.default)
        where = f"{language} {name}"
        assert msg["Content-Language"] == language, where
        subject = msg["Subject"]
        plain = msg.get_body(("plain",)).get_content()
        text = one_line(plain)   # (which makes CLDR's no-break spaces plain ones)
        html = msg.get_body(("html",)).get_content()
        assert f'<html lang="{language}">' in html, where

        english_subject, paragraphs = template(kind)
        for word in words(english_subject):
            assert word not in subject, f"{where}: the English subject's {word!r}: {subject}"
        for word in words(translated(language, english_subject)):
            assert word in subject, f"{where}: {word!r} not in the subject {subject!r}"
        for paragraph in paragraphs:
            for word in words(paragraph):
                assert one_line(word) not in text, f"{where}: English {word!r} in:\n{text}"
            for word in words(translated(language, paragraph)):
                assert one_line(word) in text, f"{where}: {word!r} not in:\n{text}"

        if any("$due_date" in p for p in paragraphs):   # the request's day + the window
            due = msg["Date"].datetime.date() + timedelta(days=window)
            # CLDR's long form, with the no-break spaces Russian typography adds
            # (core.i18n.typeset: 2\u00a0марта)
            long_form = i18n.typeset(format_date(due, "long", locale=locale), language)
            assert long_form in plain and long_form in html, f"{where}: no {long_form!r}"
            assert i18n.english_day(due) not in text, where

        for forms, rule in counted:   # "через 30 дней": the form for 30, not for 1 or 2
            for form in set(forms):
                pattern = re.escape(form).replace(re.escape("%(n)s"), r"(?<!\d)(\d+)") + r"(?!\w)"
                for found in re.finditer(pattern, text):
                    n = int(found.group(1))
                    right = forms[rule(n)] % {"n": n}
                    assert found.group(0) == right, f"{where}: {found.group(0)!r}, not {right!r}"

    # The story's emails say no count (their days are dates); the storyboard around them
    # does: its flow's steps, in the run's language and the plural form for that many.
    steps = index.count("<div class='step ")
    assert steps > 20
    said = storyboard_forms(language, "%n steps")[qt_form(language, steps)]
    assert f"&middot; {said.replace('%n', str(steps))} &middot;" in index


def test_russian_has_the_three_forms_a_count_of_days_needs():
    """What the plural check above relies on for Russian: the catalogue's rule chooses день,
    дня, дней (1, 2, 30) and each form is written."""
    [(forms, rule)] = [(f, r) for f, r in plural_forms("ru") if f[0] == "%(n)s день"]
    assert [forms[rule(n)] % {"n": n} for n in (1, 2, 5, 21, 30)] == [
        "1 день", "2 дня", "5 дней", "21 день", "30 дней"]
