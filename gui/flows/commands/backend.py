"""This simulator's own commands: the clock, processing, who is signed in, and assertions on
the records and the outbox of the simulated Bitrix24 backend. Each is immediate (no waiting).

core.services and core.flow_queries (SQLAlchemy) are imported when a command runs, never
when a flow is read: main.py check loads no database code.
"""

from __future__ import annotations

from core import rules
from core.durations import parse_duration
from core.errors import DomainError
from gui.flows.commands import reading as r
from gui.flows.commands.base import Unit, register
from gui.flows.model import StepFailed

EMPLOYMENT = ("active", "dismissed")
ACCESS = ("open", "closed")
REQUEST = ("none", "pending", "cancelled", "completed")
STATUS = ("active", "deleted")
EMAIL_KEYS = ("to", "subject", "contains", "count", "suppressed")

_TEXT = {"type": ["string", "number"]}
_FLAG = {"type": ["boolean", "string"]}


def _settle():
    from gui.flows import driver

    driver.settle()


class _Backend(Unit):
    family = "backend"
    maestro = False


@register
class AdvanceClock(_Backend):
    name = "advanceClock"
    doc = "moves the simulated clock (30d, 12h, 1w, 90m) and processes what falls due"
    schema = {"anyOf": [_TEXT, {"type": "object", "properties": {"duration": _TEXT},
                                "required": ["duration"]}]}

    def read(self, ctx, line, arg, node):
        if isinstance(arg, dict):
            arg = r.mapping(ctx, line, self.name, arg, ("duration",),
                            required=("duration",))["duration"]
        value = r.text(ctx, line, self.name, arg)
        try:
            delta = parse_duration(value)
        except DomainError as exc:  # parse_duration checks the size before building a timedelta
            raise ctx.error(line, f"{self.name}: {exc}") from None
        return {"duration": value, "delta": delta}

    def run(self, runner, command, step, depth):
        runner.controller.advance(command.args["delta"], actor="flow")
        _settle()


@register
class RunProcessing(_Backend):
    name = "runProcessing"
    doc = "completes the requests that are due now"
    schema = {"type": ["null", "object"]}

    def run(self, runner, command, step, depth):
        runner.controller.process_now()
        _settle()


@register
class SetPlatform(_Backend):
    name = "setPlatform"
    doc = "the simulated device: ios or android"
    schema = {"anyOf": [{"enum": list(rules.PLATFORMS)}, {"type": "string"}, {
        "type": "object", "properties": {"platform": {"type": "string"}},
        "required": ["platform"]}]}

    def read(self, ctx, line, arg, node):
        if isinstance(arg, dict):
            arg = r.mapping(ctx, line, self.name, arg, ("platform",),
                            required=("platform",))["platform"]
        return {"platform": r.choice(ctx, line, self.name, str(arg).lower(), rules.PLATFORMS)}

    def run(self, runner, command, step, depth):
        from core import services

        runner.controller.act(services.set_platform, command.args["platform"], actor="flow")
        _settle()


@register
class AssignAdmin(_Backend):
    name = "assignAdmin"
    doc = "makes a person an administrator of a Bitrix24"
    schema = {"type": "object", "properties": {"portal": _TEXT, "person": _TEXT},
              "required": ["portal", "person"]}

    def read(self, ctx, line, arg, node):
        arg = r.mapping(ctx, line, self.name, arg, ("portal", "person"),
                        required=("portal", "person"))
        return {"portal": r.portal(ctx, line, f"{self.name}: portal", arg["portal"]),
                "person": r.person(ctx, line, f"{self.name}: person", arg["person"])}

    def run(self, runner, command, step, depth):
        from core import services

        a = command.args
        runner.controller.act(services.assign_admin, a["portal"], a["person"], actor="flow")
        _settle()


@register
class SignIn(_Backend):
    name = "signIn"
    doc = "who is signed in to the app (a person, and a Bitrix24 or their first open one)"
    schema = {"anyOf": [_TEXT, {"type": "object", "properties": {"person": _TEXT,
                                                               "portal": _TEXT},
                                "required": ["person"]}]}

    def read(self, ctx, line, arg, node):
        if not isinstance(arg, dict):
            arg = {"person": arg}
        arg = r.mapping(ctx, line, self.name, arg, ("person", "portal"), required=("person",))
        return {"person": r.person(ctx, line, f"{self.name}: person", arg["person"]),
                "portal": r.portal(ctx, line, f"{self.name}: portal", arg["portal"])
                if "portal" in arg else None}

    def run(self, runner, command, step, depth):
        from core import services

        a = command.args
        runner.controller.act(services.sign_in, a["person"], a["portal"], actor="flow")
        _settle()


class _Email(_Backend):
    keys = EMAIL_KEYS
    schema = {"type": "object", "properties": {"to": _TEXT, "subject": _TEXT, "contains": _TEXT,
                                               "count": {"type": ["integer", "string"]},
                                               "suppressed": _FLAG}}

    def read(self, ctx, line, arg, node):
        name = self.name
        arg = r.mapping(ctx, line, name, arg, self.keys)
        if not any(k in arg for k in ("to", "subject", "contains")):
            raise ctx.error(line, f"{name}: say which email: to, subject and/or contains")
        out = {"to": None, "to_label": None, "subject": None, "contains": None,
               "count": None, "suppressed": False}
        if "to" in arg:
            to = r.text(ctx, line, f"{name}: to", arg["to"]).strip()
            if "@" in to:
                out["to"], out["to_label"] = to.lower(), to
            else:
                key = r.person(ctx, line, f"{name}: to", to)
                out["to"] = next(p.email for p in ctx.world.people if p.key == key)
                out["to_label"] = f"{key} <{out['to']}>"
        if "subject" in arg:
            out["subject"] = r.regex(ctx, line, f"{name}: subject",
                                     r.text(ctx, line, f"{name}: subject", arg["subject"]))
        if "contains" in arg:
            out["contains"] = r.text(ctx, line, f"{name}: contains", arg["contains"])
        if "count" in arg:
            out["count"] = r.integer(ctx, line, f"{name}: count", arg["count"], 0, 100_000)
        if "suppressed" in arg:
            out["suppressed"] = r.boolean(ctx, line, f"{name}: suppressed", arg["suppressed"])
        return out

    def run(self, runner, command, step, depth):
        from core import flow_queries

        a = command.args
        controller = runner.controller
        found = controller.read(flow_queries.matching_emails, a["to"], a["subject"],
                                a["contains"], a["suppressed"])
        want = a["count"]
        if command.name == "assertNoEmail":
            ok, expected = not found, "no email"
        elif want is None:
            ok, expected = bool(found), "at least one email"
        else:
            ok, expected = len(found) == want, f"exactly {want} email{'s' * (want != 1)}"
        if ok:
            runner.last_emails = found
            return
        what = []
        if a["to_label"]:
            what.append(f"to {a['to_label']}")
        if a["subject"]:
            what.append(f"subject matching {a['subject']!r}")
        if a["contains"]:
            what.append(f"containing {a['contains']!r}")
        if a["suppressed"]:
            what.append("suppressed")
        outbox = controller.read(flow_queries.outbox, a["to"])
        listing = "\n".join(f"      [{e.status}] to {e.to_addr}: {e.subject}"
                            for e in outbox[-15:]) or "      (none)"
        raise StepFailed(f"expected {expected} {' '.join(what)}, found {len(found)}.\n"
                         f"    outbox{' for ' + a['to'] if a['to'] else ''}:\n{listing}")


@register
class AssertEmail(_Email):
    name = "assertEmail"
    doc = "an email in the outbox: to (a person or an address), subject (a regular " \
          "expression searched), contains (plain text), count (exactly), suppressed"


@register
class AssertNoEmail(_Email):
    name = "assertNoEmail"
    doc = "no such email in the outbox (to, subject, contains, suppressed)"
    keys = EMAIL_KEYS[:3] + EMAIL_KEYS[4:]


DATA = ("kept", "deleted")  # the article: data stay until the administrator deletes them


def profile_value(state, key: str):
    if key == "data":
        return "kept" if state.has_data else "deleted"
    return getattr(state, key)


@register
class AssertProfile(_Backend):
    name = "assertProfile"
    doc = "a person's profile in a Bitrix24: employment, access, request, role, listed, " \
          "data (kept until an administrator deletes them, then deleted)"
    schema = {"type": "object", "properties": {
        "person": _TEXT, "portal": _TEXT, "employment": {"enum": list(EMPLOYMENT)},
        "access": {"enum": list(ACCESS)}, "request": {"enum": list(REQUEST)},
        "role": {"enum": list(rules.ROLES)}, "listed": _FLAG,
        "data": {"enum": list(DATA)}}, "required": ["person"]}

    def read(self, ctx, line, arg, node):
        name = self.name
        arg = r.mapping(ctx, line, name, arg, ("person", "portal", "employment", "access",
                                               "request", "role", "listed", "data"),
                        required=("person",))
        person = r.person(ctx, line, f"{name}: person", arg["person"])
        spec = next(p for p in ctx.world.people if p.key == person)
        if "portal" in arg:
            portal = r.portal(ctx, line, f"{name}: portal", arg["portal"])
        elif len(spec.profiles) == 1:
            portal = spec.profiles[0].portal
        else:
            raise ctx.error(line, f"{name}: {person} has {len(spec.profiles)} profiles; say "
                            "which portal")
        expect = {}
        for key, options in (("employment", EMPLOYMENT), ("access", ACCESS),
                             ("request", REQUEST), ("role", rules.ROLES), ("data", DATA)):
            if key in arg:
                expect[key] = r.choice(ctx, line, f"{name}: {key}", arg[key], options)
        if "listed" in arg:
            expect["listed"] = r.boolean(ctx, line, f"{name}: listed", arg["listed"])
        if not expect:
            raise ctx.error(line, f"{name}: say what to check: employment, access, request, "
                            "role, listed or data")
        return {"person": person, "portal": portal, "expect": expect}

    def run(self, runner, command, step, depth):
        from core import flow_queries

        a = command.args
        state = runner.controller.read(flow_queries.profile_state, a["person"], a["portal"])
        if state is None:
            raise StepFailed(f"{a['person']} has no profile in {a['portal']}")
        actual = {k: profile_value(state, k) for k in a["expect"]}
        wrong = [f"{k} is {actual[k]!r}, expected {v!r}"
                 for k, v in a["expect"].items() if actual[k] != v]
        if wrong:
            raise StepFailed(f"{a['person']} @ {a['portal']}: " + "; ".join(wrong))


@register
class AssertNetworkProfile(_Backend):
    name = "assertNetworkProfile"
    doc = "a person's Network profile: status active or deleted"
    schema = {"type": "object", "properties": {"person": _TEXT,
                                               "status": {"enum": list(STATUS)}},
              "required": ["person", "status"]}

    def read(self, ctx, line, arg, node):
        arg = r.mapping(ctx, line, self.name, arg, ("person", "status"),
                        required=("person", "status"))
        return {"person": r.person(ctx, line, f"{self.name}: person", arg["person"]),
                "status": r.choice(ctx, line, f"{self.name}: status", arg["status"], STATUS)}

    def run(self, runner, command, step, depth):
        from core import flow_queries

        a = command.args
        status = runner.controller.read(flow_queries.network_profile_status, a["person"])
        if status != a["status"]:
            raise StepFailed(f"the Network profile of {a['person']} is {status}, "
                             f"expected {a['status']}")


@register
class AssertPortal(_Backend):
    name = "assertPortal"
    doc = "a Bitrix24's status: active or deleted"
    schema = {"type": "object", "properties": {"address": _TEXT,
                                               "status": {"enum": list(STATUS)}},
              "required": ["address", "status"]}

    def read(self, ctx, line, arg, node):
        arg = r.mapping(ctx, line, self.name, arg, ("address", "status"),
                        required=("address", "status"))
        return {"address": r.portal(ctx, line, f"{self.name}: address", arg["address"]),
                "status": r.choice(ctx, line, f"{self.name}: status", arg["status"], STATUS)}

    def run(self, runner, command, step, depth):
        from core import flow_queries

        a = command.args
        status = runner.controller.read(flow_queries.portal_status, a["address"])
        if status != a["status"]:
            raise StepFailed(f"the Bitrix24 {a['address']} is {status}, "
                             f"expected {a['status']}")
