"""The processing baseline: the state changes of completing every due request of a synthetic
world (core/synthetic.py: one profile per person, two administrators per Bitrix24, everyone
asking for deletion), done with a handful of set-based SQL statements in one transaction.

It is the floor the product's processing is measured against, not a second implementation:
it knows the synthetic world's shape (the later of the two administrators takes the Bitrix24
with them; everyone's only profile is their last one). ``check_same_outcome`` compares its
result with the product's on the same world, so the two do the same work. The same
statements run on SQLite (a file path) and on PostgreSQL (a ``postgresql+psycopg://`` URL);
only dates, random ids and temporary indexes are spelled differently.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from core.templates import render

KEYS = ("person_name", "person_email", "portal_name", "portal_address", "due_date",
        "requested_date", "reason", "recipient_name")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _date_sql(col: str, pg: bool = False) -> str:
    """core.templates.format_date in SQL: '2 March 2026'."""
    if pg:
        return f"to_char({col}, 'FMDD FMMonth YYYY')"
    month = "CASE CAST(strftime('%m', {c}) AS INTEGER) {w} END".format(
        c=col, w=" ".join(f"WHEN {i + 1} THEN '{name}'" for i, name in enumerate(MONTHS)))
    return (f"CAST(strftime('%d', {col}) AS INTEGER) || ' ' || {month} || ' ' || "
            f"strftime('%Y', {col})")


def _fill(expr: str, values: dict[str, str]) -> str:
    for key in KEYS:
        expr = f"replace({expr}, '@@{key}@@', {values[key]})"
    return expr


def connect(where: str):
    """A connection to the SQLite file or the PostgreSQL URL ``where``, in autocommit (the
    baseline opens its one transaction itself)."""
    if "://" not in where:
        return sqlite3.connect(where, isolation_level=None)
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(where).set(drivername="postgresql").render_as_string(hide_password=False)
    return psycopg.connect(url, autocommit=True)


def process_all(where: str, now=None) -> int:
    """Complete every pending request due by ``now`` (default: the world's clock) in the
    SQLite file or PostgreSQL database ``where``."""
    pg = "://" in where
    conn = connect(where)
    mark = "%s" if pg else "?"
    try:
        if pg:
            conn.execute("BEGIN")
        else:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("BEGIN IMMEDIATE")
        if now is None:
            now = conn.execute("SELECT clock FROM world_state WHERE id = 1").fetchone()[0]
        conn.execute("CREATE TEMP TABLE tpl (kind TEXT PRIMARY KEY, subject TEXT, "
                     "text_body TEXT, html_body TEXT)")
        marks = {k: f"@@{k}@@" for k in KEYS}
        for k in ("profile_deleted", "portal_deleted", "network_profile_deleted"):
            conn.execute(f"INSERT INTO tpl VALUES ({mark}, {mark}, {mark}, {mark})",
                         (k, *render(k, marks)))
        temp = "" if pg else "temp."  # PostgreSQL puts a temporary table's indexes beside it
        conn.execute(f"""
            CREATE TEMP TABLE due AS
            SELECT r.id AS rid, r.profile_id, p.person_id, p.portal_id, p.role, r.due_at,
                   r.requested_at, r.reason,
                   row_number() OVER (ORDER BY r.due_at, r.id) AS seq
            FROM deletion_requests r JOIN profiles p ON p.id = r.profile_id
            WHERE r.status = 'pending' AND r.due_at <= {mark}""", (now,))
        conn.execute(f"CREATE INDEX {temp}due_person ON due (person_id)")
        conn.execute(f"CREATE INDEX {temp}due_profile ON due (profile_id)")
        n = conn.execute("SELECT count(*) FROM due").fetchone()[0]
        # The requester's own context: names, addresses and dates of their request.
        conn.execute(f"""
            CREATE TEMP TABLE ctx AS
            SELECT d.*, x.name AS xname, x.email AS xemail, b.name AS bname,
                   b.address AS baddr, {_date_sql('d.due_at', pg)} AS due_date,
                   {_date_sql('d.requested_at', pg)} AS requested_date
            FROM due d JOIN network_profiles x ON x.id = d.person_id
                       JOIN portals b ON b.id = d.portal_id""")
        # The later of a Bitrix24's administrators is its sole one when their turn comes.
        conn.execute("""
            CREATE TEMP TABLE lastadmin AS
            SELECT * FROM (SELECT c.*, row_number() OVER (PARTITION BY portal_id
                                                         ORDER BY seq DESC) AS rn
                           FROM ctx c WHERE role = 'admin') a WHERE rn = 1""")
        conn.execute(f"CREATE INDEX {temp}lastadmin_portal ON lastadmin (portal_id)")
        conn.execute("""
            UPDATE deletion_requests SET status = 'completed', completed_at = due_at
            WHERE id IN (SELECT rid FROM due)""")
        own = {"person_name": "c.xname", "person_email": "c.xemail", "portal_name": "c.bname",
               "portal_address": "c.baddr", "due_date": "c.due_date",
               "requested_date": "c.requested_date", "reason": "c.reason",
               "recipient_name": "c.xname"}
        other = dict(own, recipient_name="o.name")
        email_cols = ("message_id, kind, to_addr, to_name, subject, text_body, html_body, "
                      "created_at, status, suppressed_reason, attempts, person_id, portal_id, "
                      "request_id")
        mid = ("'<' || md5(random()::text || clock_timestamp()::text) || '@bitrix24.sim>'"
               if pg else "'<' || lower(hex(randomblob(16))) || '@bitrix24.sim>'")

        def emails(kind: str, who: str, values: dict, status: str, reason: str,
                   source: str) -> None:
            conn.execute(f"""
                INSERT INTO emails ({email_cols})
                SELECT {mid}, t.kind, {who}.email, {who}.name, {_fill('t.subject', values)},
                       {_fill('t.text_body', values)}, {_fill('t.html_body', values)},
                       c.due_at, {status}, {reason}, 0, {who}.id, c.portal_id, c.rid
                FROM (SELECT * FROM tpl WHERE kind = '{kind}') t, {source}""")

        audit_cols = "at, actor, event, subject, detail, person_id, portal_id"
        conn.execute(f"""
            INSERT INTO audit_events ({audit_cols})
            SELECT c.due_at, 'processor', 'profile_deleted', c.xname || ' @ ' || c.baddr,
                   'request #' || c.rid || '; access closed, removed from the Network page, '
                   || 'marked Dismissed', c.person_id, c.portal_id FROM ctx c""")
        emails("profile_deleted", "x", own, "'pending'", "NULL",
               "ctx c JOIN network_profiles x ON x.id = c.person_id")
        # Bitrix24s deleted with their last administrator; everyone else in them is told.
        conn.execute("""
            UPDATE portals SET status = 'deleted',
                   deleted_at = (SELECT due_at FROM lastadmin l WHERE l.portal_id = portals.id)
            WHERE id IN (SELECT portal_id FROM lastadmin)""")
        conn.execute(f"""
            INSERT INTO audit_events ({audit_cols})
            SELECT c.due_at, 'processor', 'portal_deleted', c.baddr,
                   'its only administrator ' || c.xname || ' was deleted', NULL, c.portal_id
            FROM lastadmin c""")
        members = """lastadmin c JOIN profiles op ON op.portal_id = c.portal_id
                     AND op.id != c.profile_id
                     JOIN network_profiles o ON o.id = op.person_id
                     LEFT JOIN due od ON od.profile_id = op.id"""
        gone = f"{members} WHERE od.seq < c.seq"  # their own deletion came first
        still = f"{members} WHERE od.seq IS NULL OR od.seq > c.seq"
        emails("portal_deleted", "o", other, "'suppressed'",
               "'the Network profile has been deleted'", gone)
        conn.execute(f"""
            INSERT INTO audit_events ({audit_cols})
            SELECT c.due_at, 'mailer', 'email_suppressed', 'portal_deleted to ' || o.email,
                   'the Network profile has been deleted', o.id, c.portal_id FROM {gone}""")
        emails("portal_deleted", "o", other, "'pending'", "NULL", still)
        conn.execute(f"""
            INSERT INTO notices (person_id, portal_id, kind, text, created_at, read)
            SELECT o.id, c.portal_id, 'portal_deleted',
                   'The Bitrix24 ' || c.bname || ' has been deleted.', c.due_at, false
            FROM {still}""")
        conn.execute(f"""
            INSERT INTO audit_events ({audit_cols})
            SELECT c.due_at, 'processor', 'access_closed', o.name || ' @ ' || c.baddr,
                   'Bitrix24 deleted', o.id, c.portal_id FROM {still}""")
        # Everyone's only profile was their last: the Network profile goes too.
        emails("network_profile_deleted", "x", own, "'pending'", "NULL",
               "ctx c JOIN network_profiles x ON x.id = c.person_id")
        conn.execute(f"""
            INSERT INTO audit_events ({audit_cols})
            SELECT c.due_at, 'processor', 'network_profile_deleted', c.xemail,
                   c.baddr || ' was their last Bitrix24', c.person_id, NULL FROM ctx c""")
        conn.execute("""
            UPDATE network_profiles SET status = 'deleted',
                   deleted_at = (SELECT due_at FROM due d WHERE d.person_id = network_profiles.id)
            WHERE id IN (SELECT person_id FROM due)""")
        conn.execute("DELETE FROM credentials WHERE person_id IN (SELECT person_id FROM due)")
        conn.execute("""
            UPDATE profiles SET access = 'closed', listed = false, employment = 'dismissed'
            WHERE id IN (SELECT profile_id FROM due)""")
        conn.execute("""
            UPDATE world_state SET revision = revision + 1,
                   browser_person_id = CASE WHEN browser_person_id IN
                       (SELECT person_id FROM due) THEN NULL ELSE browser_person_id END
            WHERE id = 1""")
        conn.execute("COMMIT")
        return n
    finally:
        conn.close()


def outcome(where: str) -> dict:
    """What processing changed, as comparable multisets (ids and message ids aside)."""
    conn = connect(where)
    try:
        q = {
            "requests": "SELECT status, completed_at FROM deletion_requests",
            "profiles": "SELECT id, access, listed, employment FROM profiles",
            "people": "SELECT id, status, deleted_at FROM network_profiles",
            "portals": "SELECT id, status, deleted_at FROM portals",
            "credentials": "SELECT person_id FROM credentials",
            "emails": "SELECT kind, to_addr, to_name, subject, text_body, html_body, "
                      "created_at, status, suppressed_reason, person_id, portal_id, request_id "
                      "FROM emails",
            "notices": "SELECT person_id, portal_id, kind, text, created_at FROM notices",
            "audit": "SELECT at, actor, event, subject, detail, person_id, portal_id "
                     "FROM audit_events",
        }
        return {k: Counter(conn.execute(sql).fetchall()) for k, sql in q.items()}
    finally:
        conn.close()


def check_same_outcome(product_db: str, baseline_db: str) -> None:
    a, b = outcome(product_db), outcome(baseline_db)
    for key in a:
        if a[key] != b[key]:
            only_a = list((a[key] - b[key]).items())[:3]
            only_b = list((b[key] - a[key]).items())[:3]
            raise AssertionError(f"baseline differs from the product in {key}: product only "
                                 f"{only_a}, baseline only {only_b}")
