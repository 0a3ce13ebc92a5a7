"""Small drivers over core.services: one unit of work per call, as the app does."""

from __future__ import annotations

from sqlalchemy import func, select

from core import models as m
from core import services as sv

PASSWORDS = {"anna": ("anna@acme.example", "Anna-pass-1"),
             "boris": ("+15550101", "Boris-pass-1"),
             "eva": ("eva@bloom.example", "Eva-pass-1"),
             "grace": ("grace@northwind.example", "Grace-pass-1"),
             "hugo": ("hugo@acme.example", "Hugo-pass-1")}
SERVICES = {"carla": "google", "dmitri": "apple", "frank": "office365"}


def call(store, fn, *args, actor="test", **kwargs):
    with store.uow(actor) as uow:
        return fn(uow, *args, **kwargs)


def sign_in(store, person, portal):
    return call(store, sv.sign_in, person, portal)


def browser_login(store, person):
    if person in SERVICES:
        return call(store, sv.browser_login_service, SERVICES[person], person)
    login, password = PASSWORDS[person]
    return call(store, sv.browser_login, login, password)


def send(store, reason="Leaving the company", items=7, confirmed=True, sole=False):
    return call(store, sv.send_request, reason, items, confirmed, sole)


def request_as(store, person, portal, reason="Leaving the company", sole=False):
    sign_in(store, person, portal)
    browser_login(store, person)
    return send(store, reason, sole=sole)


def count(store, model, *where):
    with store.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(model).where(*where))


def emails(store, **filters):
    with store.reader() as uow:
        q = select(m.Email).order_by(m.Email.id)
        for key, value in filters.items():
            q = q.where(getattr(m.Email, key) == value)
        return list(uow.session.scalars(q))


def profile(store, person, portal):
    with store.reader() as uow:
        p = sv.find_person(uow.session, person)
        po = sv.find_portal(uow.session, portal)
        return sv.profile_view(uow.session, sv.find_profile(uow.session, p.id, po.id))


def outsiders_world():
    """The demo world's mapping with two people who cannot hold a phone: Ivan Orlov,
    dismissed from Acme (his only Bitrix24), and Nina Berg, with no profile in any."""
    from core.world import DEMO_WORLD, read_world_mapping

    data = read_world_mapping(DEMO_WORLD)
    data["people"] = [*data["people"], {
        "key": "ivan", "name": "Ivan Orlov", "email": "ivan@acme.example", "method": "email",
        "password": "Ivan-pass-1", "profiles": [
            {"portal": "acme.bitrix24.com", "role": "employee", "employment": "dismissed"}],
    }, {
        "key": "nina", "name": "Nina Berg", "email": "nina@mail.example", "method": "email",
        "password": "Nina-pass-1", "profiles": [],
    }]
    return data
