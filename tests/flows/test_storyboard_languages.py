"""The storyboard's and the demo's words in the current language: the pseudo-language shows
any sentence made in English only; English reads as before."""

from __future__ import annotations

from datetime import datetime, timedelta

from core import i18n
from core.assets import resource
from gui.flows import demo_cards
from gui.flows.parser import parse_flow
from gui.flows.sentences import SENTENCES, sentence


def _unlabelled_commands():
    """Every bundled flow's commands that have no label, of the kinds made into sentences
    (runFlow's is the sub-flow's file name: the flow's own words, as a label is)."""
    for path in sorted(resource("flows").glob("*.yaml")):
        for command in parse_flow(path).commands:
            if not command.label and command.name in SENTENCES and command.name != "runFlow":
                yield command


def test_the_sentences_made_from_commands_are_translated():
    commands = list(_unlabelled_commands())
    with i18n.use(i18n.PSEUDO):
        made = {c.name: sentence(c) for c in commands}
    assert len(made) >= 5, made
    assert all(text.startswith("[") for text in made.values()), made
    with i18n.use("en"):
        english = {c.name: sentence(c) for c in commands}
    assert english["launchApp"] == "Open the app"


def test_the_demo_s_cards_are_translated():
    before = datetime(2026, 3, 2, 9, 0)
    with i18n.use(i18n.PSEUDO):
        card = demo_cards.time_card(before, before + timedelta(days=30), 1.0)
    assert all(text.startswith("[") for text in (card.title, card.kicker, card.footer,
                                                 *card.lines)), card


def test_the_demo_s_time_card_reads_as_before_in_english():
    before = datetime(2026, 3, 2, 9, 0)
    with i18n.use("en"):
        card = demo_cards.time_card(before, before + timedelta(days=30), 1.0)
        one = demo_cards.time_card(before, before + timedelta(days=1), 1.0)
    assert (card.title, card.kicker, card.lines, card.footer) == (
        "30 days later", "Time passes", ["Wed 1 Apr 2026, 09:00 UTC"],
        "From Mon 2 Mar 2026 to Wed 1 Apr 2026")
    assert one.title == "1 day later"
