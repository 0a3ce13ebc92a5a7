"""Every console table model passes Qt's model tester, empty, filled, sorted and filtered."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from core import models as m
from core import services
from gui.console import models as tm
from gui.controller import AppController

FACTORIES = {
    "requests": tm.requests_model,
    "emails": tm.emails_model,
    "employees": tm.employees_model,
    "network": tm.network_model,
    "notices": tm.notices_model,
    "audit": tm.audit_model,
}
PARAMS = {"employees": {"portal_address": "acme.bitrix24.com"}, "notices": {"person_key": None},
          "audit": {"person_key": None}}


@pytest.fixture
def controller(store):
    return AppController(store)


def _story(controller) -> None:
    """A request from Anna and one from Eva (Bloom's sole admin), then 31 days."""
    for person, portal, login, password in (
            ("anna", "acme.bitrix24.com", "anna@acme.example", "Anna-pass-1"),
            ("eva", "bloom.bitrix24.com", "eva@bloom.example", "Eva-pass-1")):
        controller.act(services.sign_in, person, portal)
        controller.act(services.browser_login, login, password)
        controller.act(services.send_request, "Leaving", 7, True, sole_admin_confirmed=True)
        controller.act(services.browser_log_out)
    controller.advance(timedelta(days=31))


def _model(controller, name: str, page_size: int = 200):
    model = FACTORIES[name](controller)
    model.page_size = page_size
    if name in PARAMS:
        model.params = dict(PARAMS[name])
    return model


def _no_tester_failures(qtlog) -> None:
    """Qt's C++ model tester reports each broken rule as a "FAIL!" warning."""
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert not failures, failures


@pytest.mark.parametrize("name", list(FACTORIES))
def test_an_empty_and_unloaded_model_passes_the_model_tester(qtmodeltester, qtlog, controller,
                                                            name):
    model = _model(controller, name)
    qtmodeltester.check(model)
    _no_tester_failures(qtlog)
    assert model.rowCount() == 0


@pytest.mark.parametrize("name", list(FACTORIES))
def test_a_filled_model_passes_qts_model_tester_through_paging_reloads_sorts_and_filters(
        qtmodeltester, qtlog, controller, name):
    _story(controller)
    model = _model(controller, name, page_size=3)  # small pages: fetchMore is exercised
    qtmodeltester.check(model)  # Qt's own QAbstractItemModelTester, re-checking on every signal
    model.reload()
    assert model.rowCount() > 0
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        model.sort(column, Qt.SortOrder.AscendingOrder)
    model.set_filter("a")
    model.set_filter("")
    model.reload(keep_loaded=True)
    assert model.rowCount() >= 1
    _no_tester_failures(qtlog)


@pytest.mark.parametrize("name", list(FACTORIES))
def test_a_filled_model_passes_pytest_qts_python_model_tester_while_paging(
        qtmodeltester, controller, name):
    # pytest-qt's Python tester runs its checks (which call fetchMore) from modelReset before it
    # marks the reset finished, so it misreads any reset of a lazy model; it checks paging here
    # and Qt's C++ tester (above) checks resets, sorts and filters.
    _story(controller)
    model = _model(controller, name, page_size=3)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total > 0


def test_a_model_with_thousands_of_rows_pages_through_fetch_more(qtmodeltester, qtlog,
                                                                 controller, store):
    with store.reader() as uow:  # the world's own rows (world_loaded, language_fallback)
        before = uow.session.scalar(select(func.count()).select_from(m.AuditEvent))
    with store.uow() as uow:
        at = uow.clock.now()
        uow.session.add_all(m.AuditEvent(at=at, actor="bulk", event="bulk", subject=f"row {i}")
                            for i in range(2500))
        uow.commit()
    model = _model(controller, "audit")
    model.reload()
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    model.reload(keep_loaded=True)  # a live refresh keeps what was loaded
    assert model.rowCount() == 400
    model.reload(keep_loaded=False)
    assert model.rowCount() == 200
    qtmodeltester.check(model)  # the tester itself fetches pages as it checks
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total == 2500 + before
    _no_tester_failures(qtlog)
