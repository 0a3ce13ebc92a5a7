"""The help article's rules as plain functions: no I/O, no database."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from core.i18n import N_, _, ngettext, pgettext, use

PLATFORMS = ("ios", "android")
PLATFORM_NAMES = {"ios": "iOS", "android": "Android"}
DEPLOYMENTS = ("cloud", "on-premise")
METHODS = ("email", "phone", "apple", "google", "office365")
PASSWORD_METHODS = ("email", "phone")
SERVICE_METHODS = ("apple", "google", "office365")
SERVICE_NAMES = {"apple": "Apple", "google": "Google", "office365": "Office365"}
ENTRIES = ("profile", "edit_profile", "menu")  # menu: the older article's Menu -> Edit profile
ROLES = ("admin", "employee")
# The phones' names: the first phone (its session is world_state's) and the second, the
# administrator's beside it (flows: onDevice {device: admin|user}).
MAIN_DEVICE = "user"
SECOND_DEVICE = "admin"
REASON_MAX = 500
CANCEL_PHRASE = "cancel profile deletion"
LOCKOUT_ATTEMPTS = 5
LOCKOUT_MINUTES = 15

# "What happens after the account deletion", in the article's order (item_1 ... item_7).
REQUEST_ITEMS: tuple[str, ...] = (
    N_("Access to this Bitrix24 will be closed."),
    N_("The account will be removed from the Bitrix24 list on the Network page."),
    N_("Your data and content that you uploaded to the account will remain until your "
       "Bitrix24 administrator deletes them."),
    N_("You will not receive emails related to this account."),
    N_("You will be marked as Dismissed in the list of employees."),
    N_("If you have only one account registered, deleting your profile will completely delete "
       "your Bitrix24 Network profile, according to the Bitrix24 Terms of Service."),
    N_("If you have several accounts and you want to completely delete all of them, you need "
       "to send a request for deletion from each Bitrix24 account."),
)


def request_items() -> tuple[str, ...]:
    """The seven items as the phone shows them: in the current language."""
    return tuple(_(item) for item in REQUEST_ITEMS)


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
        return _("Specify the reason for deleting the account.")
    if len(text) > REASON_MAX:
        return ngettext("The reason is too long: %(n)s character, at most %(max)s.",
                        "The reason is too long: %(n)s characters, at most %(max)s.",
                        len(text)) % {"n": len(text), "max": REASON_MAX}
    if "\x00" in text:
        return _("The reason contains a character that cannot be stored (NUL). Remove it.")
    if any(ch in _BIDI_CONTROLS for ch in text):
        return _("The reason contains invisible text-direction characters (such as a "
                 "right-to-left override). Remove them.")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r" for ch in text):
        return _("The reason contains control characters. Remove them.")
    if not any(ch.isprintable() and not ch.isspace() and unicodedata.category(ch) != "Cf"
               for ch in text):
        return _("Specify the reason for deleting the account.")
    return None


# Characters that reorder how text is displayed (Trojan Source): refused in user text.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def cancel_phrase(language: str | None = None) -> str:
    """The cancellation phrase in ``language`` (default: the current one), as the phone's
    hints quote it: one catalogue message, so what a hint tells a person to type and what
    is_cancel_reason accepts are the same words in every language."""
    with use(language):
        # Translators: what a person types as the reason for deletion to cancel a pending
        # request; the app accepts exactly these words (and the English ones), so keep it
        # short, lower case, without quotes (the sentences quoting it add them).
        return pgettext("cancel phrase", "cancel profile deletion")


def is_cancel_reason(reason: str, languages: Iterable[str | None] = (None,)) -> bool:
    """Rule 9: "cancel profile deletion", ignoring case, surrounding spaces and quotes; in
    English always, and also as ``cancel_phrase`` of each of ``languages`` (default: the
    current one). The caller names the languages the app told the person the phrase in:
    the phone's that sends it, the one their emails are written in (docs/languages.md).

    Quotes at either end are dropped whether paired or not: a person copying the phrase
    from the article may take one quote with it (`"cancel profile deletion `), and that is
    still a cancellation, never a new deletion reason."""
    text = _phrase_form(reason)
    return text == CANCEL_PHRASE or any(
        text == _phrase_form(cancel_phrase(language)) for language in languages)


def _phrase_form(text: str) -> str:
    """``text`` as phrases are compared: trimmed of spaces and quotes, inner runs of spaces
    as one, case folded."""
    quotes = "\"'“”‘’«»`„‚‹›"
    return " ".join(normalize_reason(text).strip(quotes + " \t\r\n").split()).casefold()


def form_problem(reason: str, items_read: int, confirmed: bool) -> str | None:
    """Rule 6: what keeps Send request disabled, or None when the form is complete."""
    if items_read < len(REQUEST_ITEMS):
        return _("Read all the items listed in the request form and mark each one.")
    problem = reason_problem(reason)
    if problem:
        return problem
    if not confirmed:
        return _("Confirm the action.")
    return None


def is_active_admin(role: str, employment: str, access: str, network_status: str) -> bool:
    """An administrator who still counts: employed, with access, Network profile not deleted."""
    return (role == "admin" and employment == "active" and access == "open"
            and network_status == "active")


def is_sole_admin(profile_id: int, active_admin_ids: Iterable[int]) -> bool:
    """Rule 7: the requester is the only active administrator of the Bitrix24."""
    ids = set(active_admin_ids)
    return ids == {profile_id}


# ---------------------------------------------------------------- completing a request
# Rules 7, 8 and 10 as a completion applies them, whether one request at a time or a batch.


def bitrix24_goes_with_requester(role: str, portal_status: str, profile_id: int,
                                 active_admin_ids: Iterable[int]) -> bool:
    """Rule 7 at completion: "If you are the only administrator of your Bitrix24 [...]
    the account will also be deleted". Decided when the request completes, not when it was
    sent: an administrator assigned meanwhile saves the Bitrix24. ``active_admin_ids`` is
    read only for an administrator (a generator costs nothing for everyone else)."""
    return (role == "admin" and portal_status == "active"
            and is_sole_admin(profile_id, active_admin_ids))


def is_live_account(access: str, portal_status: str) -> bool:
    """A profile that still counts as one of the person's accounts: open, in a Bitrix24
    that has not been deleted."""
    return access == "open" and portal_status == "active"


def network_profile_goes_too(network_status: str,
                             accounts: Iterable[tuple[str, str]]) -> bool:
    """Rule 8: "If you have only one account registered, deleting your profile will
    completely delete your Bitrix24 Network profile". ``accounts`` are the person's
    profiles as (access, Bitrix24 status) after this deletion: the Network profile goes
    when none of them is live any more."""
    return network_status == "active" and not any(
        is_live_account(access, portal_status) for access, portal_status in accounts)


# The notices of the deletion itself, sent although the profile (or Network profile) is gone:
# "We will inform you of the final profile deletion by the email [...]".
FINAL_KINDS = frozenset({"profile_deleted", "network_profile_deleted"})
NETWORK_PROFILE_GONE = "the Network profile has been deleted"


def email_suppression_reason(kind: str | None, network_status: str | None,
                             completed_request_id: int | None) -> str | None:
    """Rule 10, "You will not receive emails related to this account": why an email to this
    recipient about this Bitrix24 is never sent, or None when it goes out.
    ``network_status`` is the recipient's Network profile's status (None: no recipient on
    record); ``completed_request_id`` the first completed deletion request of their profile
    in the email's Bitrix24, if any. The final notices of a deletion are never suppressed
    (``kind`` None: the caller has set them apart already)."""
    if kind in FINAL_KINDS:
        return None
    if network_status == "deleted":
        return NETWORK_PROFILE_GONE
    if completed_request_id is not None:
        return f"profile deleted from this Bitrix24 (request #{completed_request_id})"
    return None


def phone_language(override: str | None, person_device: str | None, person: str | None,
                   world_device: str | None) -> str | None:
    """The language a phone shows (SPEC, Devices and languages): the phone's own choice if
    one was made (the console's switch, a flow's launchApp), else the signed-in person's own
    phone's language, else the person's language, else the world's device's; None when
    nobody says (the app then follows --lang or the system locale)."""
    for language in (override, person_device, person, world_device):
        if language:
            return language
    return None


def email_language(person: str | None, world_device: str | None) -> str:
    """The language an email is written in (SPEC: "in each recipient's language"): the
    recipient's, else the world's device's, else English."""
    return person or world_device or "en"


def email_language_note(language_name: str, person: str | None, person_key: str) -> str:
    """What the audit says of an email to someone without a language ("" when they have one)."""
    return "" if person else f"sent in {language_name}: no language for {person_key}"


def initials(name: str) -> str:
    parts = [p for p in name.split() if p]
    return "".join(p[0] for p in parts[:2]).upper() or "?"
