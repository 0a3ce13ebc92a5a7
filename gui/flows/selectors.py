"""Maestro's element selectors: reading them from a flow, and matching them the way Maestro
does against what is on screen.

Qt-free: the reader checks a selector when the flow is read; ``match`` works on anything that
looks like a ``Node`` (the driver's elements), so the rules are tested without a window.

Maestro's rules, as its Orchestra and Filters apply them:

- ``text`` and ``id`` are regular expressions matched against the whole value, ignoring case,
  ``.`` matching line breaks; a line break in the value also matches a space; a pattern that
  is not a valid regular expression is matched as plain text. A text also matches when it is
  exactly the value. Every text of an element counts (its text, placeholder, accessible name).
- Filters (text, id, size, below, above, leftOf, rightOf, containsChild, containsDescendants,
  traits, enabled, selected, checked, focused) are intersected; the order of the result is
  the order of the first filter's result: screen order, or nearest first when the first filter
  is a relative one (``below`` etc. with no text or id).
- ``index`` then sorts the matches top to bottom, left to right and takes that one; without
  ``index`` clickable elements come first. ``childOf`` looks only inside the first element
  that matches it.

In a run in another language (``--lang``), a text also matches its translations (a message
with its placeholders filled: the translation filled alike), and a selector with an id whose
text is no message of its own and no element of that id shows is decided by the id
(gui/flows/languages.py).

Regular expressions run with a time limit (the ``regex`` module): a pattern that takes longer
than the command's time raises ``SlowPattern`` naming it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import Any, Protocol

import regex

from core import i18n
from gui.flows.languages import has_translation, translations

FLAGS = regex.IGNORECASE | regex.DOTALL | regex.MULTILINE
META = set("\\.^$*+?{}[]|()")
RELATIVE = ("below", "above", "leftOf", "rightOf")
TRAITS = ("text", "long-text", "square")
PARTS = ("phone", "console")
# Options Maestro reads inside a tap's selector mapping; they are the command's, not the
# element's: the reader hands them back as extras.
TAP_OPTIONS = ("repeat", "delay", "retryTapIfNoChange", "waitToSettleTimeoutMs",
               "waitUntilVisible", "point", "start", "end")
MIN_BUDGET_S = 0.2  # the least time a command gives its patterns (a timeout of 0 included)


class SlowPattern(Exception):
    """A regular expression that did not finish within the command's time."""

    def __init__(self, pattern: str, seconds: float) -> None:
        self.pattern = pattern
        self.seconds = seconds
        super().__init__(f"the pattern {pattern!r} took longer than the command's "
                         f"{seconds * 1000:.0f} ms to match; simplify it (nested repeats "
                         "like (a+)+ or (a|aa)+ try every way of splitting a text)")


@dataclass(frozen=True)
class Selector:
    """Maestro's element selector. Relative parts are selectors themselves."""

    text: str | None = None
    id: str | None = None
    index: int | str | None = None   # a string only while it holds ${...} (run time)
    enabled: bool | None = None
    checked: bool | None = None
    focused: bool | None = None
    selected: bool | None = None
    below: Selector | None = None
    above: Selector | None = None
    left_of: Selector | None = None
    right_of: Selector | None = None
    child_of: Selector | None = None
    contains_child: Selector | None = None
    contains_descendants: tuple[Selector, ...] = ()
    width: int | None = None
    height: int | None = None
    tolerance: int | None = None
    traits: tuple[str, ...] = ()
    on: str | None = None            # extension: "phone" or "console" (default: both, phone first)

    @property
    def relative(self) -> bool:
        return any((self.below, self.above, self.left_of, self.right_of, self.child_of,
                    self.contains_child, self.contains_descendants))

    @property
    def plain_id(self) -> str | None:
        """The id when it is the whole selector and plain text (a fast lookup by name)."""
        if (self.id is None or self.text is not None or self.relative or self.traits
                or self.width is not None or self.height is not None or META & set(self.id)):
            return None
        return self.id

    def unscoped(self) -> Selector:
        return replace(self, index=None, on=None)

    def map_strings(self, fn: Callable[[str], str]) -> Selector:
        """The same selector with ``fn`` applied to every text, id and index string (for
        ``${...}`` resolved at run time), relative parts included."""
        changes: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Selector):
                changes[f.name] = value.map_strings(fn)
            elif f.name == "contains_descendants":
                changes[f.name] = tuple(s.map_strings(fn) for s in value)
            elif f.name in ("text", "id") and isinstance(value, str):
                changes[f.name] = fn(value)
            elif f.name == "index" and isinstance(value, str):
                changes[f.name] = _index_value(fn(value))
        return replace(self, **changes)

    def describe(self) -> str:
        parts = []
        if self.text is not None:
            parts.append(f'text "{self.text}"')
        if self.id is not None:
            parts.append(f"id {self.id}")
        for name, attr in (("below", self.below), ("above", self.above),
                           ("left of", self.left_of), ("right of", self.right_of),
                           ("child of", self.child_of),
                           ("containing child", self.contains_child)):
            if attr is not None:
                parts.append(f"{name} ({attr.describe()})")
        if self.contains_descendants:
            parts.append("containing (" + "; ".join(s.describe()
                                                    for s in self.contains_descendants) + ")")
        if self.width is not None or self.height is not None:
            parts.append(f"size {self.width or '*'}x{self.height or '*'}"
                         + (f" ±{self.tolerance}" if self.tolerance else ""))
        parts += [f"trait {t}" for t in self.traits]
        if self.index is not None:
            parts.append(f"index {self.index}")
        for value, yes, no in ((self.enabled, "enabled", "disabled"),
                               (self.checked, "checked", "not checked"),
                               (self.focused, "focused", "not focused"),
                               (self.selected, "selected", "not selected")):
            if value is not None:
                parts.append(yes if value else no)
        if self.on:
            parts.append(f"on the {self.on}")
        return ", ".join(parts)


# ---------------------------------------------------------------- reading


SELECTOR_KEYS = ("text", "id", "index", "enabled", "checked", "focused", "selected",
                 *RELATIVE, "childOf", "containsChild", "containsDescendants",
                 "width", "height", "tolerance", "traits", "on")
_ATTR = {"leftOf": "left_of", "rightOf": "right_of", "childOf": "child_of",
         "containsChild": "contains_child"}


class _Reader:
    def __init__(self, fail: Callable[..., Exception]) -> None:
        self.fail = fail  # fail(message) or fail(message, mapping, key): the key is the place

    def text(self, where: str, value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(f"{where}: expected text, got {kind(value)}")
        text = str(value)
        if not text.strip():
            raise self.fail(f"{where}: must not be empty")
        return text

    def boolean(self, where: str, value: Any) -> bool:
        if not isinstance(value, bool):
            raise self.fail(f"{where}: expected true or false, got {value!r}")
        return value

    def number(self, where: str, value: Any, low: int, high: int) -> int:
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            value = int(value)  # Maestro reads numbers written as strings too
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(f"{where}: expected a whole number {low}-{high}, got {value!r}")
        return value

    def selector(self, name: str, arg: Any, extra: tuple[str, ...] = (),
                 nested: bool = False) -> tuple[Selector, dict]:
        if isinstance(arg, str | int | float) and not isinstance(arg, bool):
            return Selector(text=self.text(name, arg)), {}
        if not isinstance(arg, dict):
            raise self.fail(f"{name}: say which element, e.g. `{name}: \"Continue\"` or "
                            f"`{name}: {{id: continue}}`" if arg is None else
                            f"{name}: expected a text or a mapping, got {kind(arg)}")
        if True in arg and "on" not in arg:  # YAML 1.1 reads the word `on` as true
            arg = {("on" if k is True else k): v for k, v in arg.items()}
        allowed = SELECTOR_KEYS + extra
        for key in arg:
            if key not in allowed:
                raise self.fail(f"{name}: unknown key {key!r}{_hint(str(key), allowed)}; "
                                f"allowed: {', '.join(allowed)}"
                                + ("" if nested else ", label, optional"), arg, key)
        states = ("on", "enabled", "checked", "focused", "selected")
        keys = [k for k in SELECTOR_KEYS if k not in states and k in arg]
        if not keys and not (set(extra) & {"point", "start"} & set(arg)):
            raise self.fail(f"{name}: a selector needs text, id or a relative key "
                            "(below, childOf, ...)")
        out: dict[str, Any] = {}
        for key in ("text", "id"):
            if key in arg:
                out[key] = self.text(f"{name}: {key}", arg[key])
        if "index" in arg:
            out["index"] = self.index(f"{name}: index", arg["index"])
        for key in ("enabled", "checked", "focused", "selected"):
            if key in arg:
                out[key] = self.boolean(f"{name}: {key}", arg[key])
        for key in (*RELATIVE, "childOf", "containsChild"):
            if key in arg:
                out[_ATTR.get(key, key)] = self.selector(f"{name}: {key}", arg[key],
                                                         nested=True)[0]
        if "containsDescendants" in arg:
            items = arg["containsDescendants"]
            if not isinstance(items, list) or not items:
                raise self.fail(f"{name}: containsDescendants: expected a list of selectors")
            out["contains_descendants"] = tuple(
                self.selector(f"{name}: containsDescendants[{i}]", s, nested=True)[0]
                for i, s in enumerate(items))
        for key in ("width", "height", "tolerance"):
            if key in arg:
                out[key] = self.number(f"{name}: {key}", arg[key], 0, 100_000)
        if "traits" in arg:
            out["traits"] = self.traits(f"{name}: traits", arg["traits"])
        if "on" in arg:
            where = str(arg["on"]).strip().lower()
            if where not in PARTS:
                raise self.fail(f"{name}: on: {arg['on']!r} is not one of phone, console")
            out["on"] = where
        return Selector(**out), {k: arg[k] for k in extra if k in arg}

    def index(self, where: str, value: Any) -> int | str:
        if isinstance(value, str) and "${" in value:
            return value  # resolved when the command runs
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str):
            try:
                value = int(float(value))  # Maestro: index.toDouble().toInt()
            except ValueError:
                raise self.fail(f"{where}: expected a whole number, got {value!r}") from None
        return self.number(where, value, 0, 10_000)

    def traits(self, where: str, value: Any) -> tuple[str, ...]:
        words = self.text(where, value).lower().split()
        wrong = [w for w in words if w not in TRAITS]
        if wrong:
            raise self.fail(f"{where}: {wrong[0]!r} is not one of {', '.join(TRAITS)}")
        return tuple(words)


def read_selector(name: str, arg: Any, fail: Callable[..., Exception],
                  extra: tuple[str, ...] = ()) -> tuple[Selector, dict]:
    """A selector as a flow writes it: a text, or a mapping of SELECTOR_KEYS (and ``extra``,
    the command's own keys, returned apart). ``fail(message)`` gives the exception to raise
    (``fail(message, mapping, key)`` for an unknown key, so its line can be named)."""
    return _Reader(fail).selector(name, arg, extra)


def _index_value(text: str) -> int:
    try:
        return int(float(text))
    except ValueError:
        raise ValueError(f"index {text!r} is not a number") from None


def kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", int: "a number", float: "a number",
            bool: "true/false"}.get(type(value), type(value).__name__)


def _hint(word: str, options: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(options), n=1)
    return f" (did you mean {close[0]}?)" if close else ""


# ---------------------------------------------------------------- matching


class Node(Protocol):
    texts: tuple[str, ...]
    id: str
    kind: str
    enabled: bool
    checked: bool | None
    focused: bool
    selected: bool
    clickable: bool
    parent: Node | None

    @property
    def bounds(self) -> tuple[int, int, int, int]: ...  # x, y, width, height (one space)


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> tuple[regex.Pattern | None, str]:
    """(compiled pattern, lower-case text): the pattern is None for plain text, which is
    compared without a regular expression (most selectors: fast)."""
    if not META & set(pattern):
        return None, pattern.lower()
    try:
        return regex.compile(pattern, FLAGS), pattern.lower()
    except regex.error:  # Maestro's toRegexSafe: not a valid pattern, so plain text
        return None, pattern.lower()


class Matcher:
    """Matches patterns until ``deadline`` (time.monotonic); past it, ``SlowPattern``."""

    def __init__(self, budget_s: float, language: str | None = None) -> None:
        self.budget = max(budget_s, MIN_BUDGET_S)
        self.deadline = time.monotonic() + self.budget
        # The run's language (--lang; default the current one): English texts match their
        # translations too, and an id decides where a text has none (gui/flows/languages.py).
        self.language = language or i18n.current()
        self.translating = self.language != i18n.SOURCE

    def full(self, pattern: str, value: str, literal_equal: bool = True) -> bool:
        compiled, lowered = _compiled(pattern)
        candidates = (value, value.replace("\n", " ")) if "\n" in value else (value,)
        for v in candidates:
            if literal_equal and v == pattern:
                return True
            if compiled is None:
                if v.lower() == lowered:
                    return True
                continue
            left = self.deadline - time.monotonic()
            try:
                if compiled.fullmatch(v, timeout=max(left, 0.001)) is not None:
                    return True
            except TimeoutError:
                raise SlowPattern(pattern, self.budget) from None
        return False

    def text(self, pattern: str, node: Node) -> bool:
        if any(self.full(pattern, t) for t in node.texts):
            return True
        if not self.translating:
            return False
        shown = translations(pattern, self.language)
        return bool(shown) and any(t in shown for t in node.texts)

    def id(self, pattern: str, node: Node) -> bool:
        if not node.id:
            return False
        return self.full(pattern, node.id, literal_equal=False) or (
            "/" in node.id and self.full(pattern, node.id.rsplit("/", 1)[1], False))


def _centre(node: Node) -> tuple[float, float]:
    x, y, w, h = node.bounds
    return x + w / 2, y + h / 2


def _distance(a: Node, b: Node) -> float:
    (ax, ay), (bx, by) = _centre(a), _centre(b)
    return math.hypot(ax - bx, ay - by)


_SIDES: dict[str, Callable[[tuple, tuple], bool]] = {
    "below": lambda it, other: it[1] > other[1],
    "above": lambda it, other: it[1] < other[1],
    "left_of": lambda it, other: it[0] < other[0],
    "right_of": lambda it, other: it[0] > other[0],
}


def _ancestors(node: Node):
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def _position(node: Node) -> tuple[int, int]:
    x, y, _, _ = node.bounds
    return y, x


class _Find:
    def __init__(self, matcher: Matcher) -> None:
        self.m = matcher

    def id_decides(self, s: Selector, nodes: list[Node]) -> bool:
        """In a run in another language, a selector with an id and a text that no element
        of that id shows (nor its translation) is decided by the id: the text was English
        made from parts or a pattern (``.*30 days.*``), which no catalogue translates. A text
        that has a translation (a message, its placeholders filled or not) is checked."""
        if s.id is None or not self.m.translating:
            return False
        if has_translation(s.text, self.m.language):
            return False
        return not any(self.m.id(s.id, n) and self.m.text(s.text, n) for n in nodes)

    def all(self, s: Selector, nodes: list[Node]) -> list[Node]:
        """Every match in Maestro's order (before ``index`` / clickable first)."""
        if s.child_of is not None:
            parents = self.ordered(s.child_of, nodes)
            if not parents:
                return []
            top = parents[0]
            nodes = [n for n in nodes if n is top or any(a is top for a in _ancestors(n))]
        results: list[list[Node]] = []
        if s.text is not None and not self.id_decides(s, nodes):
            found = [n for n in nodes if self.m.text(s.text, n)]
            # A label inside a button reads the same as the button: keep the outermost one
            # (the tap lands on the button either way; its state is the button's).
            kept = set(map(id, found))
            results.append([n for n in found if n.kind != "widget" or not any(
                id(a) in kept and a.kind == "widget" and set(a.texts) & set(n.texts)
                for a in _ancestors(n))])
        if s.id is not None:
            results.append([n for n in nodes if self.m.id(s.id, n)])
        if s.width is not None or s.height is not None:
            tol = s.tolerance or 0
            results.append([n for n in nodes if (
                s.width is None or abs(n.bounds[2] - s.width) <= tol) and (
                s.height is None or abs(n.bounds[3] - s.height) <= tol)])
        for side in ("below", "above", "left_of", "right_of"):
            anchor = getattr(s, side)
            if anchor is not None:
                results.append(self.relative(side, self.ordered(anchor, nodes), nodes))
        if s.contains_child is not None:
            child = self.ordered(s.contains_child, nodes)
            results.append([n for n in nodes if child and child[0].parent is n])
        for sub in s.contains_descendants:
            inside = self.ordered(sub, nodes)
            holders = {id(a) for d in inside for a in _ancestors(d)}
            results.append([n for n in nodes if id(n) in holders])
        for trait in s.traits:
            results.append([n for n in nodes if _trait(trait, n)])
        for attr in ("enabled", "selected", "checked", "focused"):
            want = getattr(s, attr)
            if want is not None:
                results.append([n for n in nodes if bool(getattr(n, attr)) == want])
        if not results:
            return list(nodes)
        first, *rest = results
        keep = [set(map(id, r)) for r in rest]
        return [n for n in first if all(id(n) in k for k in keep)]

    def relative(self, side: str, anchors: list[Node], nodes: list[Node]) -> list[Node]:
        test = _SIDES[side]
        pairs = [(_distance(n, a), i, n) for i, n in enumerate(nodes) for a in anchors
                 if n is not a and test(n.bounds, a.bounds)]
        pairs.sort(key=lambda p: (p[0], p[1]))
        seen: set[int] = set()
        out = []
        for _, _, n in pairs:
            if id(n) not in seen:
                seen.add(id(n))
                out.append(n)
        return out

    def ordered(self, s: Selector, nodes: list[Node]) -> list[Node]:
        found = self.all(s, nodes)
        if s.index is not None:
            found = sorted(found, key=_position)
            i = int(s.index)
            return found[i:i + 1]
        return sorted(found, key=lambda n: not n.clickable)  # stable: clickable first


def _trait(trait: str, node: Node) -> bool:
    if trait == "text":
        return bool(node.texts)
    if trait == "long-text":
        return any(len(t) > 200 for t in node.texts)
    _, _, w, h = node.bounds
    return h > 0 and abs(1.0 - w / h) < 0.03


def match(selector: Selector, parts: list[list[Node]], matcher: Matcher) -> list[Node]:
    """The matches of ``selector`` in each part's nodes (the phone's, then the console's),
    each part on its own (positions in two parts do not compare), joined in that order;
    ``index`` counts across the parts."""
    finder = _Find(matcher)
    out: list[Node] = []
    for nodes in parts:
        found = finder.all(selector, nodes)
        if selector.index is not None:
            out += sorted(found, key=_position)
        else:
            out += sorted(found, key=lambda n: not n.clickable)
    if selector.index is not None:
        i = int(selector.index)
        return out[i:i + 1]
    return out


# ---------------------------------------------------------------- points and keys
# (Qt-free too: a flow's points and key names are checked when it is read.)


def parse_point(text: str) -> tuple[float, float, bool]:
    """Maestro's point: ``"50%,90%"`` (of the device's screen) or ``"120,640"`` (pixels from
    its top-left corner) -> (x, y, relative). Raises ValueError with what is wrong."""
    raw = str(text).strip()
    relative = "%" in raw
    parts = [p.strip().removesuffix("%").strip() for p in raw.split(",")]
    if len(parts) != 2:
        raise ValueError(f"{raw!r} is not a point: write x,y as \"50%,90%\" or \"120,640\"")
    try:
        x, y = (float(p) for p in parts)
    except ValueError:
        raise ValueError(f"{raw!r} is not a point: write x,y as \"50%,90%\" or "
                         "\"120,640\"") from None
    if relative and not (0 <= x <= 100 and 0 <= y <= 100):
        raise ValueError(f"{raw!r}: percentages go from 0 to 100")
    if not relative and (x < 0 or y < 0 or x > 100_000 or y > 100_000):
        raise ValueError(f"{raw!r}: pixels count from 0 at the screen's top-left corner")
    return x, y, relative


# Maestro's key names (KeyCode), compared ignoring case, and what each is here.
KEYS = {"enter": "Enter", "backspace": "Backspace", "back": "Back", "home": "Home",
        "escape": "Escape", "tab": "Tab"}
NOT_MEANINGFUL_KEYS = (
    "Lock", "Volume Up", "Volume Down", "Power", "Remote Dpad Up", "Remote Dpad Down",
    "Remote Dpad Left", "Remote Dpad Right", "Remote Dpad Center", "Remote Media Play Pause",
    "Remote Media Stop", "Remote Media Next", "Remote Media Previous", "Remote Media Rewind",
    "Remote Media Fast Forward", "Remote System Navigation Up",
    "Remote System Navigation Down", "Remote Button A", "Remote Button B", "Remote Menu",
    "TV Input", "TV Input HDMI 1", "TV Input HDMI 2", "TV Input HDMI 3")


def key_name(text: str) -> str:
    """The key a flow names, as this simulator calls it; ValueError when it has no meaning
    here or is no key at all."""
    name = " ".join(str(text).split())
    if name.lower() in KEYS:
        return KEYS[name.lower()]
    here = ", ".join(KEYS.values())
    if name.lower() in {k.lower() for k in NOT_MEANINGFUL_KEYS}:
        raise ValueError(f"the key {name!r} is not meaningful on this simulator (the phone "
                         f"has no hardware buttons or remote); the keys here: {here}")
    raise ValueError(f"unknown key {name!r}{_hint(name, [*KEYS.values(), *NOT_MEANINGFUL_KEYS])}"
                     f"; the keys here: {here}")
