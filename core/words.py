"""The words a person reads for the store's codes, times and durations.

The store keeps codes (``cancellation_admin``, ``deletion_requested``, ``pending``) and UTC
times; the console, the demo and the reports show these words instead, so nobody reads a code
or a Python repr. Plain functions and tables, no Qt: the console's filters (core/queries.py)
match the same words the tables show.

One date format everywhere: ``2 Mar 2026, 09:00:05`` (simulated UTC).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from core.i18n import LANGUAGE_NAMES
from core.rules import DEPLOYMENTS, PLATFORM_NAMES

# ---------------------------------------------------------------- codes

# Email kinds (resources/emails/<kind>.txt) and in-app notice kinds.
KIND_WORDS: dict[str, str] = {
    "request_received": "Request received",
    "impending_deletion": "Impending deletion (to administrator)",
    "cancellation": "Cancellation",
    "cancellation_admin": "Cancellation (to administrator)",
    "deletion_cancelled": "Deletion cancelled",
    "profile_deleted": "Profile deleted",
    "portal_deleted": "Bitrix24 deleted",
    "network_profile_deleted": "Network profile deleted",
}

# Audit events (core.notify.record and the batch path in core/processing.py).
EVENT_WORDS: dict[str, str] = {
    "world_loaded": "World loaded",
    "signed_in": "Signed in to the app",
    "signed_out": "Signed out of the app",
    "platform_changed": "Device platform changed",
    "language_changed": "Phone language changed",
    "deployment_changed": "Deployment changed",
    "policy_changed": "Policy changed",
    "clock_advanced": "Clock moved on",
    "browser_logged_in": "Logged in (in-app browser)",
    "browser_logged_out": "Logged out (in-app browser)",
    "browser_history_cleared": "Browser history cleared",
    "login_failed": "Login failed (in-app browser)",
    "login_locked": "Login locked (in-app browser)",
    "deletion_requested": "Deletion requested",
    "deletion_cancelled": "Deletion cancelled",
    "admin_notified": "Administrator notified",
    "admin_assigned": "Admin permissions assigned",
    "user_data_deleted": "User's data deleted",
    "profile_deleted": "Profile deleted",
    "portal_deleted": "Bitrix24 deleted",
    "access_closed": "Access closed",
    "network_profile_deleted": "Network profile deleted",
    "email_sent": "Email sent",
    "email_failed": "Email failed",
    "email_delivery_failed": "Email not delivered (will retry)",
    "email_suppressed": "Email suppressed",
    "email_resend": "Email queued again",
    "phones_swapped": "Phones swapped",
}

# Who did it, for the actors that are parts of the simulator rather than people.
ACTOR_WORDS: dict[str, str] = {
    "simulator": "Simulator",
    "processor": "Processing",
    "notifier": "Notifier",
    "mailer": "Mailer",
    "browser": "In-app browser",
    "console": "Console",
    "administrator": "Administrator",
    "seed": "Seed",
    "bulk": "Seed",
    "flow": "Flow",
    "app": "App",
    "demo": "Demo",
}

# Statuses, roles and settings (shown on chips), with the email delivery states below.
STATUS_WORDS: dict[str, str] = {
    "in_outbox": "In outbox",
    "queued": "Queued",
    "retrying": "Retrying",
    "on-premise": "On-premise",
    "data_deleted": "Deleted",
    "edit_profile": "Edit profile",
    **PLATFORM_NAMES,
}


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
        return table[code]
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
    return ACTOR_WORDS.get(name, name)


def codes_matching(needle: str, table: dict[str, str]) -> list[str]:
    """The codes whose words contain ``needle`` (case-insensitive): what a filter typed in
    words should find among stored codes."""
    n = (needle or "").strip().lower()
    return [code for code, words in table.items() if n and n in words.lower()] if n else []


# ---------------------------------------------------------------- numbers

_IRREGULAR = {"person": "people"}


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 person``, ``8 people``; ``1 attempt``, ``0 attempts``."""
    if n == 1:
        return f"{n} {word}"
    return f"{n:,} {many or _IRREGULAR.get(word, word + 's')}"


# ---------------------------------------------------------------- times


def when(at: datetime | None) -> str:
    """``2 Mar 2026, 09:00:05``: the one format of a moment."""
    if at is None:
        return ""
    return f"{at.day} {at:%b %Y, %H:%M:%S}"


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
    return sign + (" ".join(parts) if parts else "0 seconds")


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


_POLICY_WORDS = {"platforms": "offered on", "entry": "entry", "window_days": "deletion window"}


def _policy(detail: str) -> str:
    """``platforms=ios,android; window_days=14`` -> ``Offered on iOS, Android; deletion
    window 14 days``."""
    parts = []
    for change in detail.split("; "):
        key, sep, value = change.partition("=")
        if not sep or key not in _POLICY_WORDS:
            parts.append(change)
        elif key == "window_days" and value.isdigit():
            parts.append(f"{_POLICY_WORDS[key]} {plural(int(value), 'day')}")
        else:
            parts.append(f"{_POLICY_WORDS[key]} "
                         + ", ".join(status(v) for v in value.split(",") if v))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def audit_texts(event_code: str, subject: str, detail: str, at: datetime) -> tuple[str, str]:
    """An audit event's subject and detail as a person reads them: codes in words, times in
    the one format, a clock move from its start to its end with seconds."""
    kind_code, sep, rest = subject.partition(" to ")
    if sep and event_code.startswith("email_") and kind_code in KIND_WORDS:
        return f"{kind(kind_code)} email to {rest}", readable(detail)
    if event_code == "clock_advanced":
        delta = parse_delta(detail)
        if delta is not None:  # the stored subject has minutes only; the event has the end
            return f"{when(at - delta)} → {when(at)}", duration(delta)
    if event_code == "policy_changed":
        return "Policy", _policy(detail)
    if event_code == "platform_changed" and subject in PLATFORM_NAMES:
        subject = PLATFORM_NAMES[subject]
    if event_code == "language_changed":
        subject = LANGUAGE_NAMES.get(subject, "Automatic (the person's or the world's)")
    if event_code == "deployment_changed" and detail in DEPLOYMENTS:
        detail = status(detail)
    return readable(subject), readable(detail)
