"""JavaScript in flows, as in Maestro: ``${expression}`` in any string, ``evalScript``,
``runScript``, ``assertTrue``, conditions ``when: {true: ...}``.

The engine is QuickJS (the ``quickjs`` package from PyPI, 1.19.4): a small embedded engine
with a time and memory limit per evaluation and no file system, network or module loader of
its own. It gets no host function at all: ``console.log`` is written in JavaScript and keeps
its lines in the context, and the runner takes them into the step's report after each
evaluation; ``require``, ``fetch``, ``std`` and ``os`` do not exist. Like Maestro's GraalJS
engine, a name nobody declared reads as ``undefined`` (so ``${APP_ID || 'default'}`` works),
and ``output`` is one object shared by a flow and its sub-flows; ``maestro.copiedText`` and
``maestro.platform`` are Maestro's built-ins. Unlike Maestro, an expression whose value is
``undefined`` fails the step instead of typing the word "undefined".

Qt-free.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import quickjs

SCRIPT_SECONDS = 5.0           # one evaluation's time limit (a script that never ends)
MEMORY_BYTES = 64 * 1024 * 1024
EXPRESSION = re.compile(r"(?<!\\)\$\{([^$]*)}")
ESCAPED = re.compile(r"\\(\$\{[^$]*})")
NAME = re.compile(r"\s*([A-Za-z_$][\w$]*)\s*")
UNDEFINED = "\u2400maestro-undefined"  # no NUL: the engine ends strings there

_PRELUDE = r"""
(function () {
  var lines = [];
  function log(line) { lines.push(line); }
  globalThis.__maestro_drain = function () {
    var out = JSON.stringify(lines); lines = []; return out;
  };
  Object.setPrototypeOf(globalThis, new Proxy(Object.prototype, {
    has(target, key) { return true; }
  }));
  function show(v) {
    if (v === undefined) return 'undefined';
    if (v === null) return 'null';
    if (typeof v === 'object') { try { return JSON.stringify(v); } catch (e) { return String(v); } }
    return String(v);
  }
  globalThis.console = {log: function () {
    log(Array.prototype.map.call(arguments, show).join(' '));
  }};
  globalThis.output = {};
  globalThis.maestro = {copiedText: null, platform: 'ios'};
  globalThis.json = function (text) { return JSON.parse(text); };
  globalThis.relativePoint = function (x, y) {
    return Math.ceil(x * 100) + '%,' + Math.ceil(y * 100) + '%';
  };
  globalThis.__maestro_value = function (source) {
    var v = (0, eval)(source);
    return v === undefined ? '\u2400maestro-undefined' : show(v);
  };
})();
"""


class ScriptError(Exception):
    """A script or expression that failed: ``line`` is the script's own line when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(message)


def has_expression(text: str) -> bool:
    return "${" in text and EXPRESSION.search(text) is not None


# JavaScript's own words: ``${true}`` is a value (Maestro's when: {true: ${false}}), no name.
JS_WORDS = frozenset({"true", "false", "null", "undefined", "NaN", "Infinity", "this"})


def plain_names(text: str) -> list[str]:
    """The ``${NAME}`` of ``text`` that are a bare name (nothing else in the braces)."""
    return [m[1].strip() for m in EXPRESSION.finditer(text)
            if NAME.fullmatch(m[1]) and m[1].strip() not in JS_WORDS]


class Scripts:
    """One JavaScript context for one flow run (created on first use)."""

    def __init__(self, log: Callable[[str], None] | None = None,
                 seconds: float = SCRIPT_SECONDS) -> None:
        self.seconds = seconds
        self.log = log or (lambda line: None)
        self._ctx: quickjs.Context | None = None
        self.deadline: Callable[[], float] | None = None  # seconds left of the flow, if any

    def _context(self) -> quickjs.Context:
        if self._ctx is None:
            ctx = quickjs.Context()
            ctx.set_memory_limit(MEMORY_BYTES)
            ctx.set_max_stack_size(1024 * 1024)
            ctx.eval(_PRELUDE)
            self._ctx = ctx
        return self._ctx

    def _limit(self) -> float:
        left = self.deadline() if self.deadline else self.seconds
        return max(0.05, min(self.seconds, left))

    def _eval(self, source: str):
        ctx = self._context()
        limit = self._limit()
        ctx.set_time_limit(limit)
        try:
            return ctx.eval(source)
        except quickjs.JSException as exc:
            raise _error(str(exc), limit) from None
        finally:
            ctx.set_time_limit(-1)
            for line in json.loads(ctx.eval("__maestro_drain()")):
                self.log(str(line))

    # ------------------------------------------------------------------ variables
    def set_var(self, name: str, value: str | None) -> None:
        """A global (an env variable); None takes it away again."""
        self._context()
        if value is None:
            self._eval(f"delete globalThis[{json.dumps(name)}]")
        else:
            self._eval(f"globalThis[{json.dumps(name)}] = {json.dumps(value)}")

    def get_var(self, name: str) -> str | None:
        if self._ctx is None:
            return None
        value = self._eval(f"Object.prototype.hasOwnProperty.call(globalThis, "
                           f"{json.dumps(name)}) ? String(globalThis[{json.dumps(name)}]) "
                           ": null")
        return value

    def set_maestro(self, key: str, value) -> None:
        """``maestro.KEY``: text, or anything JSON can write (the last email: a mapping)."""
        self._eval(f"maestro[{json.dumps(key)}] = {json.dumps(value, default=str)}")

    # ------------------------------------------------------------------ evaluation
    def value(self, expression: str, allow_undefined: bool = False) -> str:
        """One ``${...}``'s inside, as text; ScriptError when it throws or is undefined."""
        out = self._eval(f"__maestro_value({json.dumps(expression)})")
        if out == UNDEFINED and allow_undefined:
            return "undefined"
        if out == UNDEFINED:
            bare = NAME.fullmatch(expression)
            if bare:
                raise ScriptError(f"${{{bare[1]}}}: nothing defines {bare[1]} (give it in "
                                  f"the header's env:, runFlow's env: or -e {bare[1]}=VALUE; "
                                  f"for a default write ${{{bare[1]} || 'value'}})")
            raise ScriptError(f"${{{expression.strip()}}} is undefined")
        return str(out)

    def interpolate(self, text: str, allow_undefined: bool = False) -> str:
        """Every ``${...}`` of ``text`` replaced by its value (Maestro's evaluateScripts);
        ``\\${...}`` stays as written, without the backslash."""
        if "${" not in text:
            return text
        out = EXPRESSION.sub(lambda m: self.value(m[1], allow_undefined) if m[1].strip()
                             else "", text)
        return ESCAPED.sub(lambda m: m[1], out)

    def run(self, source: str) -> None:
        """A whole script (runScript): its own line numbers in errors."""
        self._eval(source)


def _error(text: str, limit: float) -> ScriptError:
    first = text.strip().splitlines()[0] if text.strip() else "the script failed"
    if "interrupted" in first:
        return ScriptError(f"the script did not finish within {limit:g} s (it may never "
                           "end: a loop whose condition stays true?)")
    if "out of memory" in first.lower():
        return ScriptError(f"the script used more than {MEMORY_BYTES // 2**20} MiB")
    found = re.search(r"<input>:(\d+)", text)
    return ScriptError(first, int(found[1]) if found else None)
