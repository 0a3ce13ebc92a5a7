"""Both completion paths, one request at a time (``complete_request``) and in batches
(``process_due``), decide with the same functions of core.rules: change one of them and both
paths change the same way. (A path with its own copy of a rule would keep the old outcome.)"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from core import models as m
from core import rules
from core.processing import complete_request, process_due
from tests.integration.deletion_story import advance, emails, person, portal, request_deletion

ACME, BLOOM = "acme.bitrix24.com", "bloom.bitrix24.com"


def one_by_one(store, until) -> None:
    """Each due request in its own unit of work, through complete_request."""
    with store.reader() as uow:
        due = list(uow.session.scalars(
            select(m.DeletionRequest.id)
            .where(m.DeletionRequest.status == "pending", m.DeletionRequest.due_at <= until)
            .order_by(m.DeletionRequest.due_at, m.DeletionRequest.id)))
    assert len(due) == 3
    for request_id in due:
        with store.uow("processor") as uow:
            assert complete_request(uow, request_id) is not None
            uow.commit()


def in_batches(store, until) -> None:
    assert len(process_due(store, until)) == 3


PATHS = {"one by one": one_by_one, "in batches": in_batches}


def story_outcome(store, complete, before_completing=lambda: None) -> dict[str, str | None]:
    """Carla's deletion in Bloom completes first, then Anna's (her only Bitrix24) and Eva's
    (Bloom's only administrator). What the three rules decide, as the rows show it."""
    request_deletion(store, "carla", BLOOM)
    advance(store, "1d")
    request_deletion(store, "anna", ACME)
    request_deletion(store, "eva", BLOOM, sole_admin=True)
    with store.reader() as uow:
        until = uow.clock.now() + timedelta(days=31)
    before_completing()
    complete(store, until)
    told = emails(store, kind="portal_deleted", to_addr="carla@gmail.example")
    return {"bloom": portal(store, BLOOM).status, "anna": person(store, "anna").status,
            "email to carla": told[0].status if told else None}


AS_WRITTEN = {"bloom": "deleted", "anna": "deleted", "email to carla": "suppressed"}

# Each rule changed, and what every path must then do instead.
MUTANTS = {
    "bitrix24_goes_with_requester": (
        lambda *args: False,
        {"bloom": "active", "anna": "deleted", "email to carla": None}),
    "is_active_admin": (
        lambda *args: False,
        {"bloom": "active", "anna": "deleted", "email to carla": None}),
    "network_profile_goes_too": (
        lambda *args: False,
        {"bloom": "deleted", "anna": "active", "email to carla": "suppressed"}),
    "email_suppression_reason": (
        lambda *args: None,
        {"bloom": "deleted", "anna": "deleted", "email to carla": "pending"}),
}


@pytest.mark.parametrize("path", PATHS)
def test_both_paths_follow_the_rules_as_written(store, path):
    assert story_outcome(store, PATHS[path]) == AS_WRITTEN


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("rule", MUTANTS)
def test_a_changed_rule_changes_both_completion_paths(store, monkeypatch, rule, path):
    mutant, expected = MUTANTS[rule]
    assert expected != AS_WRITTEN
    # Changed once the requests are sent: only the completion sees the changed rule.
    outcome = story_outcome(store, PATHS[path],
                            lambda: monkeypatch.setattr(rules, rule, mutant))
    assert outcome == expected
