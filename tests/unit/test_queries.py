"""The console's read-side queries: counts and pages, sorted and filtered in SQL."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from core import models as m
from core import processing, queries, services


def _do(store, fn, *args, **kwargs):
    with store.uow("test") as uow:
        return fn(uow, *args, **kwargs)


def _request_as(store, person: str, portal: str, login: str, password: str, reason="Leaving"):
    _do(store, services.sign_in, person, portal)
    _do(store, services.browser_login, login, password)
    result = _do(store, services.send_request, reason, 7, True, sole_admin_confirmed=True)
    _do(store, services.browser_log_out)
    return result


def _read(store, fn, *args, **kwargs):
    with store.reader() as uow:
        return fn(uow, *args, **kwargs)


def _add_emails(store, n: int) -> None:
    with store.uow() as uow:
        at = uow.clock.now()
        uow.session.add_all(
            m.Email(message_id=f"<bulk{i}@test>", kind="bulk", to_addr=f"user{i:05d}@bulk.example",
                    to_name=f"User {i}", subject=f"Bulk message {i}", text_body="x",
                    html_body="<p>x</p>", created_at=at + timedelta(seconds=i), status="pending")
            for i in range(n))
        uow.commit()


def test_a_sent_request_is_a_row_with_its_person_bitrix24_and_due_date(store):
    sent = _request_as(store, "anna", "acme.bitrix24.com", "anna@acme.example", "Anna-pass-1")
    rows = _read(store, queries.requests_page)
    assert [r.id for r in rows] == [sent.request.id]
    row = rows[0]
    assert (row.person_key, row.portal_address, row.status) == ("anna", "acme.bitrix24.com",
                                                                "pending")
    assert row.due_at - row.requested_at == timedelta(days=30)
    assert _read(store, queries.count_requests) == 1


def test_requests_sort_by_person_and_filter_by_text_in_sql(store):
    _request_as(store, "eva", "bloom.bitrix24.com", "eva@bloom.example", "Eva-pass-1")
    _request_as(store, "anna", "acme.bitrix24.com", "anna@acme.example", "Anna-pass-1")
    by_name = _read(store, queries.requests_page, sort="person", descending=False)
    assert [r.person_name for r in by_name] == ["Anna Petrova", "Eva Novak"]
    by_name_desc = _read(store, queries.requests_page, sort="person", descending=True)
    assert [r.person_name for r in by_name_desc] == ["Eva Novak", "Anna Petrova"]
    bloom = _read(store, queries.requests_page, text="BLOOM")
    assert [r.portal_address for r in bloom] == ["bloom.bitrix24.com"]
    assert _read(store, queries.count_requests, text="bloom") == 1
    assert _read(store, queries.count_requests, text="nobody-matches") == 0


def test_the_next_due_request_is_the_earliest_pending_one(store):
    assert _read(store, queries.next_due_request) is None
    first = _request_as(store, "anna", "acme.bitrix24.com", "anna@acme.example", "Anna-pass-1")
    processing.advance_clock(store, timedelta(days=2))
    _request_as(store, "eva", "bloom.bitrix24.com", "eva@bloom.example", "Eva-pass-1")
    due = _read(store, queries.next_due_request)
    assert due.id == first.request.id
    processing.advance_clock(store, timedelta(days=29))
    due = _read(store, queries.next_due_request)
    assert due.person_key == "eva"


def test_pages_of_a_large_table_cover_every_row_once_in_order(store):
    _add_emails(store, 450)
    total = _read(store, queries.count_emails)
    assert total == 450
    seen: list[int] = []
    for offset in range(0, total, 200):
        seen += [r.id for r in _read(store, queries.emails_page, offset=offset, limit=200)]
    assert len(seen) == 450 and len(set(seen)) == 450
    assert seen == sorted(seen, reverse=True)  # newest first by default


def test_sorting_emails_by_recipient_ascending_orders_addresses(store):
    _add_emails(store, 30)
    rows = _read(store, queries.emails_page, sort="to", descending=False, limit=5)
    assert [r.to_addr for r in rows] == [f"user{i:05d}@bulk.example" for i in range(5)]


def test_the_text_filter_takes_percent_and_underscore_literally(store):
    _add_emails(store, 12)
    assert _read(store, queries.count_emails, text="%") == 0
    assert _read(store, queries.count_emails, text="_") == 0
    assert _read(store, queries.count_emails, text="message 1") == 3  # 1, 10, 11


def test_email_detail_holds_the_html_body_for_the_preview(store):
    sent = _request_as(store, "anna", "acme.bitrix24.com", "anna@acme.example", "Anna-pass-1")
    rows = _read(store, queries.emails_page)
    assert {r.to_addr for r in rows} == {"anna@acme.example", "boris@acme.example"}
    detail = _read(store, queries.email_detail, rows[0].id)
    assert detail.request_id == sent.request.id
    assert "<" in detail.html_body
    assert _read(store, queries.email_detail, 999_999) is None


def test_employees_of_a_bitrix24_show_role_employment_and_latest_request(store):
    _request_as(store, "anna", "acme.bitrix24.com", "anna@acme.example", "Anna-pass-1")
    rows = _read(store, queries.employees_page, "acme.bitrix24.com")
    by_key = {r.person_key: r for r in rows}
    assert set(by_key) == {"anna", "boris", "carla", "dmitri", "hugo"}
    assert by_key["anna"].request == "pending" and by_key["boris"].request == "none"
    assert by_key["anna"].role == "admin" and by_key["carla"].role == "employee"
    processing.advance_clock(store, timedelta(days=31))
    anna = {r.person_key: r for r in _read(store, queries.employees_page,
                                           "acme.bitrix24.com")}["anna"]
    assert (anna.employment, anna.access, anna.request) == ("dismissed", "closed", "completed")
    assert _read(store, queries.count_employees, "acme.bitrix24.com", text="dismissed") == 1


def test_network_pages_list_only_listed_profiles_of_bitrix24s_not_deleted(store):
    pages = {p.person_key: p for p in _read(store, queries.network_pages)}
    assert pages["carla"].portals == ("acme.bitrix24.com", "bloom.bitrix24.com")
    _request_as(store, "eva", "bloom.bitrix24.com", "eva@bloom.example", "Eva-pass-1")
    processing.advance_clock(store, timedelta(days=31))  # Eva was bloom's only admin
    pages = {p.person_key: p for p in _read(store, queries.network_pages)}
    assert pages["carla"].portals == ("acme.bitrix24.com",)
    assert pages["eva"].portals == () and pages["eva"].status == "deleted"
    bloom_people = _read(store, queries.network_pages, text="bloom")
    assert [p.person_key for p in bloom_people] == ["eva"]  # her email, not a listed Bitrix24


def test_notices_and_audit_can_be_narrowed_to_one_person(store):
    _request_as(store, "anna", "acme.bitrix24.com", "anna@acme.example", "Anna-pass-1")
    boris = _read(store, queries.notices_page, person_key="boris")
    assert len(boris) == 1 and boris[0].kind == "impending_deletion"
    assert _read(store, queries.notices_page, person_key="anna") == ()
    assert _read(store, queries.count_notices) == 1
    anna_audit = _read(store, queries.audit_page, person_key="anna")
    assert "deletion_requested" in {a.event for a in anna_audit}
    assert "admin_notified" not in {a.event for a in anna_audit}  # that one is about Boris
    everything = _read(store, queries.audit_page)
    assert everything[0].id == max(a.id for a in everything)  # newest first
    assert _read(store, queries.count_audit) == len(everything)
    assert _read(store, queries.count_audit, text="admin_notified") == 1


def test_choices_for_the_switchers_list_people_bitrix24s_and_profiles(store):
    keys = [p.key for p in _read(store, queries.people)]
    assert set(keys) == {"anna", "boris", "carla", "dmitri", "eva", "frank", "grace", "hugo"}
    assert [p.address for p in _read(store, queries.portals)] == [
        "acme.bitrix24.com", "bloom.bitrix24.com", "northwind.example.com"]
    carla = _read(store, queries.person_profiles, "carla")
    assert [c.portal_address for c in carla] == ["acme.bitrix24.com", "bloom.bitrix24.com"]
    assert _read(store, queries.world_name) == "Demo world"


def test_an_unknown_sort_key_is_a_programming_error(store):
    with pytest.raises(KeyError):
        _read(store, queries.requests_page, sort="nonsense")


def test_times_in_rows_are_the_simulated_clock(store):
    _request_as(store, "anna", "acme.bitrix24.com", "anna@acme.example", "Anna-pass-1")
    row = _read(store, queries.requests_page)[0]
    assert row.requested_at == datetime(2026, 3, 2, 9, 0)



def test_a_filter_typed_in_the_current_languages_words_finds_the_codes_they_show(store):
    from core import i18n, words

    _request_as(store, "anna", "acme.bitrix24.com", "anna@acme.example", "Anna-pass-1")
    with i18n.use("pseudo"):
        pending = words.status("pending")[1:6]  # part of the word as the table shows it
        assert pending != "Pendi"
        assert _read(store, queries.count_requests, pending) == 1
        dismissed = words.status("dismissed")[1:6]
        assert _read(store, queries.count_employees, "acme.bitrix24.com", dismissed) == \
            _read(store, queries.count_employees, "acme.bitrix24.com", "dismissed")
        requested = words.event("deletion_requested")[1:8]
        assert _read(store, queries.count_audit, None, requested) >= 1
