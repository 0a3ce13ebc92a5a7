"""The console's, the demo's and the storyboard's counted phrases have every plural form of
their language in the catalogue (gui/counts.py), and read as before in English."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from core import i18n
from gui.counts import CONSOLE, DEMO, STORYBOARD

ROOT = Path(__file__).resolve().parents[2]
OURS = ("Console", "Demo", "Storyboard", "Handout", "Window")


def test_every_counted_phrase_of_ours_is_a_plural_message_for_lupdate(tmp_path):
    """A message lupdate does not mark as plural has one form in Russian too."""
    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))
    target = tmp_path / "ru.ts"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", "-target-language", "ru",
                    *sources, "-ts", str(target)], cwd=ROOT, check=True)
    single = [(ctx.findtext("name"), m.findtext("source"))
              for ctx in ET.parse(target).iter("context") if ctx.findtext("name") in OURS
              for m in ctx.iter("message")
              if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes"]
    assert single == []


def test_counted_phrases_read_as_before_in_english():
    with i18n.use("en"):
        assert [CONSOLE.requests(1), CONSOLE.requests(0), CONSOLE.people(1000)] == [
            "1 request", "0 requests", "1,000 people"]
        assert CONSOLE.in_days(1) == "in 1 day" and CONSOLE.in_hours(5) == "in 5 hours"
        assert CONSOLE.processed(0, "") == "Processed: 0 requests completed."
        assert CONSOLE.moved_on("1 day", 1, "Anna @ acme") == (
            "Clock moved on 1 day; 1 request completed: Anna @ acme.")
        assert DEMO.days_later(30) == "30 days later" and STORYBOARD.steps(1) == "1 step"


def test_counted_phrases_follow_the_current_language():
    with i18n.use(i18n.PSEUDO):
        assert CONSOLE.requests(3).startswith("[") and "3" in CONSOLE.requests(3)
