"""What happened in a world, told in the help article's words: the demo's closing card.

``story(uow)`` reads the deletion requests, the people, the Bitrix24s and the emails of a
store; ``told(story)`` turns them into a few sentences, oldest first, each with its date
(``2 Mar 2026``). Plain functions over frozen rows: no Qt, no I/O in ``told``. Told in
the current language (core.i18n), each sentence translated whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core import i18n, queries, words
from core.db import UnitOfWork
from core.i18n import _, ngettext
from core.queries import RequestRow


@dataclass(frozen=True)
class Story:
    requests: tuple[RequestRow, ...]          # oldest first
    person_status: dict[str, str]             # key -> active | deleted
    person_email: dict[str, str]
    portal_name: dict[str, str]               # address -> name
    portal_status: dict[str, str]             # address -> active | deleted
    emails_by_kind: dict[str, int]
    emails: int
    now: datetime | None = None


def story(uow: UnitOfWork, limit: int = 50) -> Story:
    """The store's story: at most ``limit`` requests (a demo world has a handful)."""
    rows = queries.requests_page(uow, 0, limit, "requested", False)
    people = {p.key: p for p in queries.people(uow)}
    portals = {p.address: p for p in queries.portals(uow)}
    by_kind: dict[str, int] = {}
    emails = queries.emails_page(uow, 0, 500, "id", False)
    for e in emails:
        by_kind[e.kind] = by_kind.get(e.kind, 0) + 1
    return Story(rows, {k: p.status for k, p in people.items()},
                 {k: p.email for k, p in people.items()},
                 {a: p.name for a, p in portals.items()},
                 {a: p.status for a, p in portals.items()}, by_kind,
                 queries.count_emails(uow), uow.state().clock)


def day(at: datetime | None) -> str:
    """``2 Mar 2026``: the date part of ``words.when``, in the current language."""
    return "" if at is None else i18n.format_short_day(at)


def _request_lines(s: Story, r: RequestRow) -> list[str]:
    portal = s.portal_name.get(r.portal_address) or r.portal_address
    said = {"day": day(r.requested_at), "person": r.person_name, "portal": portal,
            "due": day(r.due_at)}
    lines = [_("%(day)s: %(person)s sent a request to delete their profile in %(portal)s. "
               "It will be deleted within 30 days, by %(due)s.") % said
             if r.status == "pending" else
             _("%(day)s: %(person)s sent a request to delete their profile in %(portal)s.")
             % said]
    if r.status == "cancelled":
        lines.append(_("%(day)s: the request was cancelled (\u201ccancel profile deletion"
                       "\u201d); nothing was deleted.") % {"day": day(r.cancelled_at)})
    if r.status != "completed":
        return lines
    lines.append(_("%(day)s: the request was processed and the profile deleted: access to "
                   "%(portal)s is closed, the account is removed from the Bitrix24 list on "
                   "the Network page, and they are marked as Dismissed in the list of "
                   "employees. Their data stay until the Bitrix24 administrator deletes them.")
                 % {"day": day(r.completed_at), "portal": portal})
    if s.portal_status.get(r.portal_address) == "deleted":
        lines.append(_("They were the only administrator, so %(portal)s itself was deleted "
                       "too.") % {"portal": portal})
    if s.person_status.get(r.person_key) == "deleted":
        email = s.person_email.get(r.person_key)
        lines.append(_("It was their only account, so their Bitrix24 Network profile was "
                       "deleted completely; the final email went to %(email)s.")
                     % {"email": email} if email else
                     _("It was their only account, so their Bitrix24 Network profile was "
                       "deleted completely; the final email went to their Network email."))
    return lines


def told(s: Story) -> list[str]:
    """The story in sentences, oldest first; one sentence when nothing was requested."""
    if not s.requests:
        return [_("No deletion request was sent.")]
    lines: list[str] = []
    for r in s.requests:
        lines += _request_lines(s, r)
    admins = s.emails_by_kind.get("impending_deletion", 0)
    if admins:
        lines.append(ngettext(
            "The administrators received information about the impending deletion "
            "(%(n)s email).",
            "The administrators received information about the impending deletion "
            "(%(n)s emails).", admins) % {"n": words.number(admins)})
    lines.append(ngettext("%(n)s email in all, each one in the simulator's outbox.",
                          "%(n)s emails in all, each one in the simulator's outbox.",
                          s.emails) % {"n": words.number(s.emails)})
    return lines


def span(s: Story) -> str:
    """``2 Mar 2026 – 1 Apr 2026``: from the first request to the clock now."""
    if not s.requests:
        return day(s.now)
    first = day(s.requests[0].requested_at)
    last = day(s.now)
    return first if first == last else f"{first} \u2013 {last}"
