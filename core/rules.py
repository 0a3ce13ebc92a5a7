"""The help article's rules as plain functions: no I/O, no database."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

PLATFORMS = ("ios", "android")
PLATFORM_NAMES = {"ios": "iOS", "android": "Android"}
DEPLOYMENTS = ("cloud", "on-premise")
METHODS = ("email", "phone", "apple", "google", "office365")
PASSWORD_METHODS = ("email", "phone")
SERVICE_METHODS = ("apple", "google", "office365")
SERVICE_NAMES = {"apple": "Apple", "google": "Google", "office365": "Office365"}
ENTRIES = ("profile", "edit_profile")
ROLES = ("admin", "employee")
REASON_MAX = 500
CANCEL_PHRASE = "cancel profile deletion"
LOCKOUT_ATTEMPTS = 5
LOCKOUT_MINUTES = 15

# "What happens after the account deletion", in the article's order (item_1 ... item_7).
REQUEST_ITEMS: tuple[str, ...] = (
    "Access to this Bitrix24 will be closed.",
    "The account will be removed from the Bitrix24 list on the Network page.",
    "Your data and content that you uploaded to the account will remain until your "
    "Bitrix24 administrator deletes them.",
    "You will not receive emails related to this account.",
    "You will be marked as Dismissed in the list of employees.",
    "If you have only one account registered, deleting your profile will completely delete "
    "your Bitrix24 Network profile, according to the Bitrix24 Terms of Service.",
    "If you have several accounts and you want to completely delete all of them, you need to "
    "send a request for deletion from each Bitrix24 account.",
)


@dataclass(frozen=True)
class Policy:
    platforms: tuple[str, ...] = ("ios",)
    entry: str = "profile"
    window_days: int = 30


def deletion_option_visible(policy: Policy, platform: str, deployment: str) -> bool:
    """Rule 1: only on the policy's platforms (iOS by default) and only for cloud Bitrix24."""
    return platform in policy.platforms and deployment == "cloud"


def normalize_reason(reason: str) -> str:
    return (reason or "").strip()


def reason_problem(reason: str) -> str | None:
    """Rule 6: the reason is required, trimmed, 1-500 characters, plain text."""
    text = normalize_reason(reason)
    if not text:
        return "Specify the reason for deleting the account."
    if len(text) > REASON_MAX:
        return f"The reason is too long: {len(text)} characters, at most {REASON_MAX}."
    if "\x00" in text:
        return "The reason contains a character that cannot be stored (NUL). Remove it."
    if any(ch in _BIDI_CONTROLS for ch in text):
        return ("The reason contains invisible text-direction characters (such as a "
                "right-to-left override). Remove them.")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r" for ch in text):
        return "The reason contains control characters. Remove them."
    if not any(ch.isprintable() and not ch.isspace() and unicodedata.category(ch) != "Cf"
               for ch in text):
        return "Specify the reason for deleting the account."
    return None


# Characters that reorder how text is displayed (Trojan Source): refused in user text.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def is_cancel_reason(reason: str) -> bool:
    """Rule 9: "cancel profile deletion", ignoring case, surrounding spaces and quotes.

    Quotes at either end are dropped whether paired or not: a person copying the phrase
    from the article may take one quote with it (`"cancel profile deletion `), and that is
    still a cancellation, never a new deletion reason."""
    quotes = "\"'“”‘’«»`„‚‹›"
    text = " ".join(normalize_reason(reason).strip(quotes + " \t\r\n").split())
    return text.casefold() == CANCEL_PHRASE


def is_sole_admin(profile_id: int, active_admin_ids: Iterable[int]) -> bool:
    """Rule 7: the requester is the only active administrator of the Bitrix24."""
    ids = set(active_admin_ids)
    return ids == {profile_id}


def initials(name: str) -> str:
    parts = [p for p in name.split() if p]
    return "".join(p[0] for p in parts[:2]).upper() or "?"
