"""Large synthetic worlds for benchmarks and reliability tests (`main.py seed`).

Everything is written with bulk Core inserts, so 100,000 requests take seconds, not minutes.
The world: Bitrix24s of ``per_portal`` people each (two administrators per Bitrix24, so no
deletion takes a Bitrix24 with it unless ``sole_admins``), one profile per person, one pending
deletion request per person with its request_received email in the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, insert

from core import models as m
from core.notify import new_message_id
from core.passwords import hash_password
from core.templates import format_date, render

CLOCK = datetime(2026, 3, 2, 9, 0)
BATCH = 5000


@dataclass(frozen=True)
class SyntheticInfo:
    people: int
    portals: int
    requests: int
    emails: int
    clock: datetime

    def __str__(self) -> str:
        return (f"Seeded {self.people} people in {self.portals} Bitrix24s with {self.requests} "
                f"pending requests and {self.emails} emails; clock at {self.clock:%Y-%m-%d %H:%M}.")


def seed_synthetic(store, requests: int, *, due: bool = False, per_portal: int = 100,
                   sole_admins: bool = False, emails: bool = True,
                   clock: datetime = CLOCK) -> SyntheticInfo:
    """Replace the store's contents with a synthetic world of ``requests`` pending requests.

    ``due=True`` dates every request so that it is already due at the world's clock.
    """
    n = max(requests, 1)
    portals = (n + per_portal - 1) // per_portal
    pw = hash_password("Synthetic-pass-1")
    with store.uow("seed") as uow:
        s = uow.session
        for table in reversed(m.Base.metadata.sorted_tables):
            s.execute(delete(table))
        s.execute(insert(m.Portal), [
            {"id": i + 1, "address": f"p{i + 1:06d}.bitrix24.com", "name": f"Portal {i + 1}",
             "deployment": "cloud", "status": "active"} for i in range(portals)])
        for start in range(0, n, BATCH):
            stop = min(start + BATCH, n)
            people, creds, profiles = [], [], []
            for i in range(start, stop):
                pid = i + 1
                people.append({"id": pid, "key": f"u{pid}", "name": f"User {pid}",
                               "position": "Employee", "email": f"u{pid}@synthetic.example",
                               "phone": None, "method": "email", "device": None,
                               "status": "active"})
                creds.append({"person_id": pid, "password_hash": pw, "failed_attempts": 0})
                in_portal = i % per_portal
                admin = in_portal == 0 or (in_portal == 1 and not sole_admins)
                profiles.append({"id": pid, "person_id": pid, "portal_id": i // per_portal + 1,
                                 "role": "admin" if admin else "employee",
                                 "employment": "active", "access": "open", "listed": True,
                                 "has_data": True})
            s.execute(insert(m.NetworkProfile), people)
            s.execute(insert(m.Credential), creds)
            s.execute(insert(m.Profile), profiles)
        count_emails = 0
        for start in range(0, requests, BATCH):
            stop = min(start + BATCH, requests)
            rows, mails = [], []
            for i in range(start, stop):
                pid = i + 1
                # Spread requests over the 30 days before the clock (due) or after it.
                requested = clock - timedelta(days=30 if due else 0,
                                              minutes=(requests - i) % (29 * 24 * 60))
                due_at = requested + timedelta(days=30)
                rows.append({"id": pid, "profile_id": pid, "sent_from_profile_id": pid,
                             "status": "pending", "reason": "Synthetic request",
                             "requested_at": requested, "due_at": due_at,
                             "sole_admin_confirmed": False, "notified_admin_ids": []})
                if emails:
                    portal_no = i // per_portal + 1
                    subject, text, html = render("request_received", {
                        "person_name": f"User {pid}", "recipient_name": f"User {pid}",
                        "portal_name": f"Portal {portal_no}",
                        "portal_address": f"p{portal_no:06d}.bitrix24.com",
                        "due_date": format_date(due_at), "reason": "Synthetic request"})
                    mails.append({"message_id": new_message_id(),
                                  "kind": "request_received",
                                  "to_addr": f"u{pid}@synthetic.example",
                                  "to_name": f"User {pid}", "subject": subject,
                                  "text_body": text, "html_body": html, "created_at": requested,
                                  "status": "pending", "attempts": 0, "person_id": pid,
                                  "portal_id": portal_no, "request_id": pid})
            s.execute(insert(m.DeletionRequest), rows)
            if mails:
                s.execute(insert(m.Email), mails)
                count_emails += len(mails)
        s.add(m.WorldState(id=1, name=f"Synthetic world ({requests} requests)", clock=clock,
                           platform="ios", policy_platforms=["ios"], policy_entry="profile",
                           window_days=30, session_person_id=1, session_portal_id=1))
        s.add(m.AuditEvent(at=clock, actor="seed", event="world_loaded",
                           subject="synthetic world", detail=f"{requests} requests"))
        uow.commit()
    if store.engine.dialect.name == "postgresql":
        from sqlalchemy import text

        with store.engine.begin() as conn:
            for table in ("portals", "network_profiles", "credentials", "profiles",
                          "deletion_requests", "emails", "audit_events"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"))
    return SyntheticInfo(n, portals, requests, count_emails, clock)
