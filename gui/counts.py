"""The console's, the demo's and the storyboard's counted phrases ("3 requests", "1 day
later"), each in the forms its language has for the number (Russian: three).

Through ``tr`` of a class named after the context, not ``translate()``: pyside6-lupdate
marks a message as plural only when it reads ``n`` of a ``tr()`` call (a ``translate()``
call's ``n`` counts only when it is a number written out), and a message not marked so has
one form in every language. Each phrase is two messages, one for 1 and one for any other
number: English reads right without forms in its catalogue, and every other language
translates each with all of its forms (``21 запрос`` and ``2 запроса`` come from the
second). The language is the current one (core.i18n.current()).
"""

from __future__ import annotations

from core import i18n
from gui.i18n import Translated


class _Current(Translated):
    @property
    def language(self) -> str:  # type: ignore[override]
        return i18n.current()


class Console(_Current):
    def requests(self, n: int) -> str:
        return self.tr("%n request", None, n) if n == 1 else self.tr("%n requests", None, n)

    def emails(self, n: int) -> str:
        return self.tr("%n email", None, n) if n == 1 else self.tr("%n emails", None, n)

    def employees(self, n: int) -> str:
        return self.tr("%n employee", None, n) if n == 1 else self.tr("%n employees", None, n)

    def people(self, n: int) -> str:
        return self.tr("%n person", None, n) if n == 1 else self.tr("%n people", None, n)

    def notices(self, n: int) -> str:
        return self.tr("%n notice", None, n) if n == 1 else self.tr("%n notices", None, n)

    def events(self, n: int) -> str:
        return self.tr("%n event", None, n) if n == 1 else self.tr("%n events", None, n)

    def attempts(self, n: int) -> str:
        return self.tr("%n attempt", None, n) if n == 1 else self.tr("%n attempts", None, n)

    def commands(self, n: int) -> str:
        return self.tr("%n command", None, n) if n == 1 else self.tr("%n commands", None, n)

    def in_hours(self, n: int) -> str:
        return self.tr("in %n hour", None, n) if n == 1 else self.tr("in %n hours", None, n)

    def in_days(self, n: int) -> str:
        return self.tr("in %n day", None, n) if n == 1 else self.tr("in %n days", None, n)

    def window(self, n: int) -> str:
        if n == 1:
            return self.tr("Deletion window: %n day.", None, n)
        return self.tr("Deletion window: %n days.", None, n)

    def first_people(self, shown: int, total: int) -> str:
        """A switcher's tooltip when it lists only the first ``shown`` (``total`` > 1)."""
        return self.tr("Showing the first {shown} of %n people; use the tables' filters for "
                       "the rest.", None, total).format(shown=f"{shown:,}")

    def moved_on(self, duration: str, n: int, names: str) -> str:
        if n == 1:
            text = self.tr("Clock moved on {duration}; %n request completed: {names}.", None, n)
        else:
            text = self.tr("Clock moved on {duration}; %n requests completed: {names}.", None,
                           n)
        return text.format(duration=duration, names=names)

    def moved_to_next_due(self, n: int, names: str) -> str:
        if n == 1:
            text = self.tr("Clock moved to the next due date; %n request completed: {names}.",
                           None, n)
        else:
            text = self.tr("Clock moved to the next due date; %n requests completed: "
                           "{names}.", None, n)
        return text.format(names=names)

    def processed(self, n: int, names: str) -> str:
        if not n:
            return self.tr("Processed: %n requests completed.", None, n)
        if n == 1:
            text = self.tr("Processed: %n request completed: {names}.", None, n)
        else:
            text = self.tr("Processed: %n requests completed: {names}.", None, n)
        return text.format(names=names)


class Demo(_Current):
    def steps(self, n: int) -> str:
        if n == 1:
            return self.tr("%n step, each caption pointing at what it shows.", None, n)
        return self.tr("%n steps, each caption pointing at what it shows.", None, n)

    def days_later(self, n: int) -> str:
        return self.tr("%n day later", None, n) if n == 1 else self.tr("%n days later", None, n)

    def hours_later(self, n: int) -> str:
        if n == 1:
            return self.tr("%n hour later", None, n)
        return self.tr("%n hours later", None, n)


class Storyboard(_Current):
    def steps(self, n: int) -> str:
        return self.tr("%n step", None, n) if n == 1 else self.tr("%n steps", None, n)

    def ran(self, n: int) -> str:
        """A repeat's note: how often its commands ran."""
        return self.tr("ran %n time", None, n) if n == 1 else self.tr("ran %n times", None, n)

    def repeat(self, n: int) -> str:
        """A repeat's title."""
        return self.tr("Repeat %n time", None, n) if n == 1 else self.tr("Repeat %n times",
                                                                             None, n)

    def retry(self, n: int) -> str:
        """A retry's title: ``n`` more tries at most."""
        if n == 1:
            return self.tr("Try again up to %n time if it fails", None, n)
        return self.tr("Try again up to %n times if it fails", None, n)

    def attempt(self, attempt: int, n: int) -> str:
        """A retry's note: which of the ``n`` tries passed."""
        # One message: English says it alike for one try or more, a language that does
        # not has its forms of it.
        return self.tr("passed at attempt {attempt} of %n", None, n).format(attempt=attempt)


CONSOLE, DEMO, STORYBOARD = Console(), Demo(), Storyboard()
