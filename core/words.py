"""The words a person reads for the store's codes, times and durations.

The store keeps codes (``cancellation_admin``, ``deletion_requested``, ``pending``) and UTC
times; the console, the demo and the reports show these words instead, so nobody reads a code
or a Python repr. Plain functions and tables, no Qt: the console's filters (core/queries.py)
match the same words the tables show.

One date format everywhere: ``2 Mar 2026, 09:00:05`` (simulated UTC).

All of it in the current language (core.i18n): the tables hold the English words marked
with ``N_`` and translated where they are looked up, plurals come from ``ngettext`` (Russian
has three forms), dates from Babel; English reads exactly as it always did. What is stored
(codes, audit details, ``+30 days, 0:00:00``) stays English and is read back as such.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime, timedelta

from core import i18n
from core.i18n import LANGUAGE_NAMES, N_, _, ngettext
from core.rules import DEPLOYMENTS, PLATFORM_NAMES

# ---------------------------------------------------------------- codes

# Email kinds (resources/emails/<kind>.txt) and in-app notice kinds.
KIND_WORDS: dict[str, str] = {
    "request_received": N_("Request received"),
    "impending_deletion": N_("Impending deletion (to administrator)"),
    "cancellation": N_("Cancellation"),
    "cancellation_admin": N_("Cancellation (to administrator)"),
    "deletion_cancelled": N_("Deletion cancelled"),
    "profile_deleted": N_("Profile deleted"),
    "portal_deleted": N_("Bitrix24 deleted"),
    "network_profile_deleted": N_("Network profile deleted"),
}

# Audit events (core.notify.record and the batch path in core/processing.py).
EVENT_WORDS: dict[str, str] = {
    "world_loaded": N_("World loaded"),
    "language_fallback": N_("Language falls back"),
    "signed_in": N_("Signed in to the app"),
    "signed_out": N_("Signed out of the app"),
    "platform_changed": N_("Device platform changed"),
    "language_changed": N_("Phone language changed"),
    "deployment_changed": N_("Deployment changed"),
    "policy_changed": N_("Policy changed"),
    "clock_advanced": N_("Clock moved on"),
    "browser_logged_in": N_("Logged in (in-app browser)"),
    "browser_logged_out": N_("Logged out (in-app browser)"),
    "browser_history_cleared": N_("Browser history cleared"),
    "login_failed": N_("Login failed (in-app browser)"),
    "login_locked": N_("Login locked (in-app browser)"),
    "deletion_requested": N_("Deletion requested"),
    "deletion_cancelled": N_("Deletion cancelled"),
    "admin_notified": N_("Administrator notified"),
    "admin_assigned": N_("Admin permissions assigned"),
    "user_data_deleted": N_("User's data deleted"),
    "profile_deleted": N_("Profile deleted"),
    "portal_deleted": N_("Bitrix24 deleted"),
    "access_closed": N_("Access closed"),
    "network_profile_deleted": N_("Network profile deleted"),
    "email_sent": N_("Email sent"),
    "email_failed": N_("Email failed"),
    "email_delivery_failed": N_("Email not delivered (will retry)"),
    "email_suppressed": N_("Email suppressed"),
    "email_resend": N_("Email queued again"),
    "phones_swapped": N_("Phones swapped"),
}

# Who did it, for the actors that are parts of the simulator rather than people.
ACTOR_WORDS: dict[str, str] = {
    "simulator": N_("Simulator"),
    "processor": N_("Processing"),
    "notifier": N_("Notifier"),
    "mailer": N_("Mailer"),
    "browser": N_("In-app browser"),
    "console": N_("Console"),
    "administrator": N_("Administrator"),
    "seed": N_("Seed"),
    "bulk": N_("Seed"),
    "flow": N_("Flow"),
    "app": N_("App"),
    "demo": N_("Demo"),
}

# Statuses, roles and settings (shown on chips), with the email delivery states below.
STATUS_WORDS: dict[str, str] = {
    "in_outbox": N_("In outbox"),
    "queued": N_("Queued"),
    "retrying": N_("Retrying"),
    "on-premise": N_("On-premise"),
    "data_deleted": N_("Deleted"),
    "edit_profile": N_("Edit profile"),
    # The rest read as their code capitalized, as they always did; listed to be translated.
    "pending": N_("Pending"),
    "cancelled": N_("Cancelled"),
    "completed": N_("Completed"),
    "sent": N_("Sent"),
    "failed": N_("Failed"),
    "suppressed": N_("Suppressed"),
    "active": N_("Active"),
    "dismissed": N_("Dismissed"),
    "deleted": N_("Deleted"),
    "open": N_("Open"),
    "closed": N_("Closed"),
    "admin": N_("Admin"),
    "employee": N_("Employee"),
    "cloud": N_("Cloud"),
    "profile": N_("Profile"),
    "menu": N_("Menu"),
    "none": N_("None"),
    **PLATFORM_NAMES,
}


# In-app notices: stored in English (as every stored text), shown in the current language by
# ``notice`` (the phone's feed, notices and banners, the console). Written by core.notify.
NOTICE_TEXTS: dict[str, str] = {
    "impending_deletion": N_("%(name)s has requested to delete their account in %(portal)s. "
                             "The profile will be deleted on %(date)s."),
    "deletion_cancelled": N_("%(name)s has cancelled their account deletion in %(portal)s."),
    "profile_deleted": N_("%(name)s's profile in %(portal)s has been deleted. They are shown as "
                          "Dismissed; their data stays until you delete it."),
    "portal_deleted": N_("The Bitrix24 %(portal)s has been deleted."),
}


@functools.cache
def _notice_pattern(kind: str) -> re.Pattern:
    parts = re.split(r"%\((\w+)\)s", NOTICE_TEXTS[kind])
    body = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile(body, re.S)


def notice(kind: str, text: str) -> str:
    """A stored notice's text in the current language: read back into its values by its
    kind's English sentence and said again in the language (its date as the language writes
    it); a text of any other shape as it is."""
    if i18n.current() == i18n.SOURCE or kind not in NOTICE_TEXTS:
        return text
    match = _notice_pattern(kind).fullmatch(text)
    if match is None:
        return text
    values = match.groupdict()
    if "date" in values:
        values["date"] = _english_day(values["date"])
    return _(NOTICE_TEXTS[kind]) % values


def _english_day(text: str) -> str:
    """``1 April 2026`` (as stored) in the current language; anything else as it is."""
    day, _sep, rest = text.partition(" ")
    month, _sep, year = rest.partition(" ")
    if not (day.isdigit() and year.isdigit() and month in i18n.MONTHS):
        return text
    try:
        return i18n.format_day(datetime(int(year), i18n.MONTHS.index(month) + 1, int(day)))
    except ValueError:
        return text


def delivery_state(status: str, attempts: int, transport: str) -> str:
    """What an email's status means under the configured ``transport``.

    ``in_outbox``: pending under the ``outbox`` transport: kept, waiting for nothing;
    ``queued``: pending for SMTP or HTTP, not tried yet; ``retrying``: pending after a failed
    try; otherwise the status itself (``sent``, ``failed``, ``suppressed``). Derived, not
    stored: switching the transport changes what a pending email means, not the email.
    """
    if status != "pending":
        return status
    if transport == "outbox":
        return "in_outbox"
    return "retrying" if attempts else "queued"


def _code_words(code: str, table: dict[str, str]) -> str:
    if code in table:
        return _(table[code])
    return (code or "").replace("_", " ").capitalize()  # a code added later still reads


def kind(code: str) -> str:
    """``cancellation_admin`` -> ``Cancellation (to administrator)``."""
    return _code_words(code, KIND_WORDS)


def event(code: str) -> str:
    """``deletion_requested`` -> ``Deletion requested``."""
    return _code_words(code, EVENT_WORDS)


def status(code: str) -> str:
    """``pending`` -> ``Pending``; ``in_outbox`` -> ``In outbox``."""
    return _code_words(code, STATUS_WORDS)


def actor(name: str) -> str:
    """``processor`` -> ``Processing``; a person's name stays as it is."""
    return _(ACTOR_WORDS[name]) if name in ACTOR_WORDS else name


def codes_matching(needle: str, table: dict[str, str]) -> list[str]:
    """The codes whose words contain ``needle`` (case-insensitive): what a filter typed in
    words should find among stored codes, in the words of the current language (and in
    English, which the codes' words are written in)."""
    n = (needle or "").strip().casefold()
    if not n:
        return []
    return [code for code, words in table.items()
            if n in _(words).casefold() or n in words.casefold()]


# ---------------------------------------------------------------- numbers

_IRREGULAR = {"person": "people"}
# The counted words the app says, each with its plural forms for ngettext (the catalogue
# gives Russian its three); ``%(n)s`` is the number as the language writes it.
_COUNTED = {
    "person": lambda n: ngettext("%(n)s person", "%(n)s people", n),
    "email": lambda n: ngettext("%(n)s email", "%(n)s emails", n),
    "request": lambda n: ngettext("%(n)s request", "%(n)s requests", n),
    "attempt": lambda n: ngettext("%(n)s attempt", "%(n)s attempts", n),
    "notice": lambda n: ngettext("%(n)s notice", "%(n)s notices", n),
    "profile": lambda n: ngettext("%(n)s profile", "%(n)s profiles", n),
    "Bitrix24": lambda n: ngettext("%(n)s Bitrix24", "%(n)s Bitrix24s", n),
    "administrator": lambda n: ngettext("%(n)s administrator", "%(n)s administrators", n),
    "day": lambda n: ngettext("%(n)s day", "%(n)s days", n),
    "hour": lambda n: ngettext("%(n)s hour", "%(n)s hours", n),
    "minute": lambda n: ngettext("%(n)s minute", "%(n)s minutes", n),
    "second": lambda n: ngettext("%(n)s second", "%(n)s seconds", n),
}


def number(n: int) -> str:
    """A count as the current language writes it: ``100,000``, ``100.000``, ``100 000``."""
    language = i18n.current()
    if language in (i18n.SOURCE, i18n.PSEUDO):
        return f"{n:,}"
    from babel.numbers import format_decimal

    return format_decimal(n, locale=i18n.babel_locale(language))


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 person``, ``8 people``; ``1 attempt``, ``0 attempts``: in the current language
    for the words the app counts (``_COUNTED``), English ``-s`` for any other."""
    forms = _COUNTED.get(word) if many is None else None
    if forms is not None:
        return forms(n) % {"n": number(n)}
    if n == 1:
        return f"{n} {word}"
    return f"{n:,} {many or _IRREGULAR.get(word, word + 's')}"


# ---------------------------------------------------------------- times


def when(at: datetime | None) -> str:
    """``2 Mar 2026, 09:00:05``: the one format of a moment (``02.03.2026, 09:00:05``)."""
    if at is None:
        return ""
    language = i18n.current()
    if language in (i18n.SOURCE, i18n.PSEUDO):
        text = f"{i18n.english_day(at, short=True)}, {at:%H:%M:%S}"
        return i18n.pseudo(text) if language == i18n.PSEUDO else text
    return f"{i18n.format_short_day(at)}, {at:%H:%M:%S}"


def duration(delta: timedelta) -> str:
    """``+30 days``, ``+1 hour 5 minutes 7 seconds``, ``+12 hours``: never a timedelta repr."""
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [plural(v, w) for v, w in ((days, "day"), (hours, "hour"), (minutes, "minute"),
                                       (secs, "second")) if v]
    return sign + (" ".join(parts) if parts else plural(0, "second"))


# What older stores (and texts written by code that has not moved to these words) hold:
# ``+30 days, 0:00:00`` / ``+1:05:07`` (str of a timedelta) and ``2026-03-02 09:00[:05]``.
_TIMEDELTA_REPR = re.compile(  # signed (``+1:05:07``) or with days: never a time of day
    r"(?:(?P<sign>[+-])(?:(?P<days>\d+) days?, )?|(?P<bare_days>\d+) days?, )"
    r"(?P<h>\d+):(?P<m>\d\d):(?P<s>\d\d)(?!\d)")
_ISO_MOMENT = re.compile(
    r"\b(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?(?:Z|\+00:00)?(?!\d)")


def _delta_words(match: re.Match) -> str:
    days = int(match["days"] or match["bare_days"] or 0)
    delta = timedelta(days=days, hours=int(match["h"]), minutes=int(match["m"]),
                      seconds=int(match["s"]))
    text = duration(delta)
    if match["sign"] == "-":
        return "-" + text[1:]
    return text if match["sign"] else text[1:]


def _moment_words(match: re.Match) -> str:
    try:
        at = datetime(*(int(g) for g in match.groups()[:5]), int(match.group(6) or 0))
    except ValueError:
        return match.group(0)
    return when(at)


def readable(text: str | None) -> str:
    """A stored free text with its times in the console's words: ISO moments as
    ``2 Mar 2026, 09:00:00``, timedelta reprs as ``+30 days``, ``->`` as an arrow."""
    if not text:
        return ""
    text = _ISO_MOMENT.sub(_moment_words, text)
    text = _TIMEDELTA_REPR.sub(_delta_words, text)
    return text.replace(" -> ", " → ")


_DURATION_WORDS = re.compile(r"^([+-])((?:\d+ (?:day|hour|minute|second)s? ?)+)$")
_UNITS = {"day": 86400, "hour": 3600, "minute": 60, "second": 1}


def parse_delta(text: str | None) -> timedelta | None:
    """A stored duration back: ``+30 days, 1:05:07`` (a timedelta's str) or ``+30 days 1
    hour`` (duration's words); None for anything else."""
    text = (text or "").strip()
    match = _TIMEDELTA_REPR.fullmatch(text)
    if match:
        delta = timedelta(days=int(match["days"] or match["bare_days"] or 0),
                          hours=int(match["h"]), minutes=int(match["m"]),
                          seconds=int(match["s"]))
        return -delta if match["sign"] == "-" else delta
    match = _DURATION_WORDS.match(text)
    if match:
        seconds = sum(int(n) * _UNITS[unit] for n, unit in
                      re.findall(r"(\d+) (day|hour|minute|second)", match[2]))
        return timedelta(seconds=-seconds if match[1] == "-" else seconds)
    return None


_POLICY_WORDS = {"platforms": N_("offered on"), "entry": N_("entry"),
                 "window_days": N_("deletion window")}


def _policy(detail: str) -> str:
    """``platforms=ios,android; window_days=14`` -> ``Offered on iOS, Android; deletion
    window 14 days``."""
    parts = []
    for change in detail.split("; "):
        key, sep, value = change.partition("=")
        if not sep or key not in _POLICY_WORDS:
            parts.append(change)
        elif key == "window_days" and value.isdigit():
            parts.append(f"{_(_POLICY_WORDS[key])} {plural(int(value), 'day')}")
        else:
            parts.append(f"{_(_POLICY_WORDS[key])} "
                         + ", ".join(status(v) for v in value.split(",") if v))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def audit_texts(event_code: str, subject: str, detail: str, at: datetime) -> tuple[str, str]:
    """An audit event's subject and detail as a person reads them: codes in words, times in
    the one format, a clock move from its start to its end with seconds."""
    kind_code, sep, rest = subject.partition(" to ")
    if sep and event_code.startswith("email_") and kind_code in KIND_WORDS:
        return (_("%(kind)s email to %(address)s") % {"kind": kind(kind_code), "address": rest},
                readable(detail))
    if event_code == "clock_advanced":
        delta = parse_delta(detail)
        if delta is not None:  # the stored subject has minutes only; the event has the end
            return f"{when(at - delta)} → {when(at)}", duration(delta)
    if event_code == "policy_changed":
        return _("Policy"), _policy(detail)
    if event_code == "platform_changed" and subject in PLATFORM_NAMES:
        subject = PLATFORM_NAMES[subject]
    if event_code == "language_changed":
        subject = LANGUAGE_NAMES.get(subject) or _("Automatic (the person's or the world's)")
    if event_code == "deployment_changed" and detail in DEPLOYMENTS:
        detail = status(detail)
    return readable(subject), readable(detail)
