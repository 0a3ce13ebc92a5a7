"""Property-based fuzzing (Hypothesis) of the two readers of files a person writes: the world
loader (core.world.load_world) and the flow reader (gui.flows.parser.parse_flow).

Whatever the text — documents of every YAML shape, worlds and flows with random values,
control characters, deep nesting, huge scalars, random bytes, the demo world with random
edits — nothing but the program's own error escapes (WorldError, FlowError), never a
PyYAML or Python exception, and each file is read in bounded time.

The default profile takes a few seconds. ``B24SIM_FUZZ=long`` runs 2,000 random
examples per test (minutes): ``B24SIM_FUZZ=long .venv/bin/python -m pytest tests/integration/
test_fuzz_inputs.py -q``. A failure prints the exact input (Hypothesis shrinks it first).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.world import DEMO_WORLD, WorldError, load_world, validate_world
from core.yamlsafe import MAX_BYTES

LONG = os.environ.get("B24SIM_FUZZ", "").lower() == "long"
settings.register_profile("b24-default", max_examples=50, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.data_too_large])
settings.register_profile("b24-long", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.data_too_large])
FUZZ = settings.get_profile("b24-long" if LONG else "b24-default")
SECONDS_PER_FILE = 30.0  # a 2 MiB scalar takes ~2 s (9 s on a busy machine): only a hang fails

DEMO_TEXT = DEMO_WORLD.read_text(encoding="utf-8")

# ------------------------------------------------------------------ the generated texts

# Every character class YAML cares about: indicators, quotes, escapes, line breaks, tabs,
# the C0 and C1 controls it forbids, a BOM, non-Latin text, a surrogate-free astral char.
YAML_CHARS = st.sampled_from(list(
    "[]{}:-,#&*!|>'\"%@`?~ \t\n\r\\0aZ9._/" "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9f"
    "\ufeff\u2028\u2029\u00e9\u0416\u4e2d\U0001f600"))
KEYS = st.sampled_from([
    "name", "clock", "device", "policy", "platforms", "entry", "window_days", "portals",
    "people", "session", "browser", "address", "deployment", "key", "email", "phone",
    "method", "password", "position", "profiles", "portal", "role", "employment", "access",
    "listed", "person", "world", "world_file", "tags", "appId", "<<", "text", "id", "timeout",
])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    st.text(YAML_CHARS, max_size=40), st.text(max_size=20),
    st.sampled_from(["2026-02-30", "2026-03-02T09:00:00Z", "2026-03-02T09:00:00+25:00",
                     "0x_", "._", "1_000", "0o7", "!!int thirty", "yes", "~", "1e400",
                     "9" * 5000, "x" * 5000, "acme.bitrix24.com", "ios", "android"]),
)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.dictionaries(st.one_of(KEYS, st.text(max_size=8)), inner,
                                                 max_size=5)), max_leaves=25)


def dumped(value) -> str:
    """A value as YAML text, in block or flow style."""
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=None, width=80)


RAW_TEXT = st.text(YAML_CHARS, max_size=400)
TAGS = st.sampled_from(["!!int", "!!float", "!!bool", "!!timestamp", "!!str", "!!binary",
                        "!!set", "!!omap", "!!python/object", "!!map", "!!seq", "!foo", "!"])


@st.composite
def tagged(draw) -> str:
    """A mapping whose values carry explicit tags (the constructors PyYAML raises in)."""
    lines = [f"{draw(KEYS)}: {draw(TAGS)} {draw(st.text(YAML_CHARS, max_size=12))!r}"
             for _ in range(draw(st.integers(1, 6)))]
    return "\n".join(lines) + "\n"


@st.composite
def nested(draw) -> str:
    """Nesting far past any limit, in flow or block style, closed or not."""
    depth = draw(st.sampled_from([99, 100, 101, 1000, 6000]))
    opener = draw(st.sampled_from(["[", "{a: ", "- ", "[{a: ", "? "]))
    if opener == "- ":
        return "".join(f"{'  ' * i}- \n" for i in range(min(depth, 400))) + "x\n"
    text = opener * depth
    if draw(st.booleans()):
        text += "1" + "".join({"[": "]", "{a: ": "}", "[{a: ": "}]", "? ": ""}[opener]
                              for _ in range(depth))
    return text + "\n"


@st.composite
def demo_edited(draw) -> str:
    """The demo world with a few random edits: characters inserted, removed or replaced."""
    text = DEMO_TEXT
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 6))
        text = text[:at] + draw(st.text(YAML_CHARS, max_size=6)) + text[at + cut:]
    return text


@st.composite
def world_shaped(draw) -> str:
    """A world mapping with the real keys and random values."""
    world = {k: draw(VALUES) for k in draw(st.sets(KEYS, max_size=8))}
    if draw(st.booleans()):
        world = {"world": world}
    return dumped(world)


def huge_scalar(size: int) -> str:
    return "name: " + "x" * size + "\nclock: 2026-03-02T09:00:00Z\n"


DOCUMENTS = st.one_of(
    VALUES.map(dumped), RAW_TEXT, tagged(), nested(), demo_edited(), world_shaped(),
    # around the 2 MiB a file may hold, on both sides
    st.sampled_from([300, 70_000, MAX_BYTES - 64, MAX_BYTES + 1]).map(huge_scalar),
    st.lists(VALUES.map(dumped), min_size=2, max_size=3).map("---\n".join),
    st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
)


# ------------------------------------------------------------------ the readers

@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory(prefix="b24-fuzz-") as name:
        yield Path(name)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def timed(fn, *args):
    started = time.monotonic()
    try:
        return fn(*args)
    finally:
        elapsed = time.monotonic() - started
        assert elapsed < SECONDS_PER_FILE, f"{fn.__name__} took {elapsed:.1f} s"


@FUZZ
@given(text=DOCUMENTS)
def test_the_world_loader_answers_any_text_with_a_world_or_a_world_error(folder, text):
    path = write(folder / "fuzz.yaml", text)
    try:
        timed(load_world, path)
    except WorldError as exc:
        assert str(exc).startswith(f"The world in {path} is not valid:")
        assert len(str(exc)) < 200_000


@FUZZ
@given(data=st.dictionaries(KEYS, VALUES, max_size=9))
def test_world_validation_answers_any_mapping_with_a_world_or_a_world_error(data):
    try:
        spec = validate_world(data, "fuzz.yaml")
    except WorldError as exc:
        assert str(exc).startswith("The world in fuzz.yaml is not valid:\n  fuzz.yaml: ")
    else:
        assert 2000 <= spec.clock.year <= 2200 and spec.name


def command_names() -> list[str]:
    try:
        from gui.flows.commands.registry import REGISTRY
    except ImportError:  # the registry moved: the commands any flow of Maestro's has
        return ["launchApp", "tapOn", "inputText", "assertVisible", "assertNotVisible",
                "back", "scroll", "swipe", "runFlow", "repeat", "advanceClock", "takeScreenshot"]
    return sorted(REGISTRY)


@st.composite
def flow_shaped(draw) -> str:
    """A flow: a header (maybe naming a world), ``---``, commands with random arguments."""
    header = {k: draw(VALUES) for k in draw(st.sets(st.sampled_from(
        ["name", "tags", "world", "appId", "world_file"]), max_size=3))}
    commands = []
    for _ in range(draw(st.integers(0, 6))):
        name = draw(st.sampled_from(command_names()))
        commands.append(name if draw(st.booleans()) else {name: draw(VALUES)})
    return dumped(header) + "---\n" + dumped(commands)


FLOWS = st.one_of(flow_shaped(), DOCUMENTS,
                  st.tuples(flow_shaped(), RAW_TEXT).map(lambda p: p[0] + p[1]),
                  nested().map(lambda t: "name: deep\n---\n- " + t))


@FUZZ
@given(text=FLOWS)
# Found by CI: a world_file holding a NUL byte reached Path.resolve (ValueError).
@example(text='{name: null, tags: null, world_file: "\\0"}\n---\n[]\n')
def test_the_flow_reader_answers_any_text_with_a_flow_or_a_flow_error(folder, text):
    from gui.flows.model import FlowError
    from gui.flows.parser import parse_flow

    path = write(folder / "fuzz_flow.yaml", text)
    try:
        timed(parse_flow, path)
    except FlowError as exc:
        assert str(exc).strip() and "Traceback" not in str(exc)
