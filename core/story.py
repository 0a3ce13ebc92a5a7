"""What happened in a world, told in the help article's words: the demo's closing card.

``story(uow)`` reads the deletion requests, the people, the Bitrix24s and the emails of a
store; ``told(story)`` turns them into a few sentences, oldest first, each with its date
(``2 Mar 2026``). Plain functions over frozen rows: no Qt, no I/O in ``told``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core import queries, words
from core.db import UnitOfWork
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
    """``2 Mar 2026``: the date part of ``words.when``."""
    return "" if at is None else f"{at.day} {at:%b %Y}"


def _request_lines(s: Story, r: RequestRow) -> list[str]:
    portal = s.portal_name.get(r.portal_address) or r.portal_address
    lines = [f"{day(r.requested_at)}: {r.person_name} sent a request to delete their profile "
             f"in {portal}. It will be deleted within 30 days, by {day(r.due_at)}."
             if r.status == "pending" else
             f"{day(r.requested_at)}: {r.person_name} sent a request to delete their profile "
             f"in {portal}."]
    if r.status == "cancelled":
        lines.append(f"{day(r.cancelled_at)}: the request was cancelled (\u201ccancel profile "
                     "deletion\u201d); nothing was deleted.")
    if r.status != "completed":
        return lines
    lines.append(f"{day(r.completed_at)}: the request was processed and the profile deleted: "
                 f"access to {portal} is closed, the account is removed from the Bitrix24 "
                 "list on the Network page, and they are marked as Dismissed in the list of "
                 "employees. Their data stay until the Bitrix24 administrator deletes them.")
    if s.portal_status.get(r.portal_address) == "deleted":
        lines.append(f"They were the only administrator, so {portal} itself was deleted too.")
    if s.person_status.get(r.person_key) == "deleted":
        lines.append(f"It was their only account, so their Bitrix24 Network profile was "
                     f"deleted completely; the final email went to "
                     f"{s.person_email.get(r.person_key, 'their Network email')}.")
    return lines


def told(s: Story) -> list[str]:
    """The story in sentences, oldest first; one sentence when nothing was requested."""
    if not s.requests:
        return ["No deletion request was sent."]
    lines: list[str] = []
    for r in s.requests:
        lines += _request_lines(s, r)
    admins = s.emails_by_kind.get("impending_deletion", 0)
    if admins:
        lines.append(f"The administrators received information about the impending deletion "
                     f"({words.plural(admins, 'email')}).")
    lines.append(f"{words.plural(s.emails, 'email')} in all, each one in the simulator's "
                 "outbox.")
    return lines


def span(s: Story) -> str:
    """``2 Mar 2026 – 1 Apr 2026``: from the first request to the clock now."""
    if not s.requests:
        return day(s.now)
    first = day(s.requests[0].requested_at)
    last = day(s.now)
    return first if first == last else f"{first} \u2013 {last}"
