"""A key written twice in one YAML mapping is an error with its line (worlds and flows read
YAML with core.yamlsafe's loader; PyYAML alone keeps the last value silently)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.errors import DomainError
from core.processing import MAX_ADVANCE, parse_duration
from core.world import DEMO_WORLD, WorldError, load_world
from core.yamlsafe import YamlProblem, line_of, load_all, load_one, load_one_node


@pytest.mark.parametrize(("text", "line", "first", "key"), [
    ("name: a\nname: b\n", 2, 1, "name"),
    ("people:\n  - key: anna\n    name: A\n    key: boris\n", 4, 2, "key"),
    ("- tapOn: {id: profile_photo, id: nosuch}\n", 1, 1, "id"),
    ("policy:\n  window_days: 10\npolicy:\n  window_days: 20\n", 3, 1, "policy"),
    ("1: a\n1: b\n", 2, 1, 1),
])
def test_a_duplicate_key_names_both_lines(text, line, first, key):
    with pytest.raises(YamlProblem) as err:
        load_all(text, "w.yaml")
    assert str(err.value) == (f"w.yaml: line {line}: duplicate key {key!r} (first on line "
                              f"{first}); keep one of them.")


def test_a_key_may_appear_once_in_each_mapping():
    data = load_one("a: {x: 1}\nb: {x: 2}\nc:\n  - x: 3\n  - x: 4\n", "ok.yaml")
    assert data == {"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 3}, {"x": 4}]}


def test_a_merged_key_may_be_overridden():
    assert load_one("<<: {a: 1, b: 2}\nb: 3\n", "m.yaml") == {"a": 1, "b": 3}


def test_a_world_with_a_duplicate_key_is_refused_with_its_line(tmp_path):
    text = DEMO_WORLD.read_text(encoding="utf-8")
    assert "    name: Anna Petrova\n" in text
    path = tmp_path / "dup.yaml"
    path.write_text(text.replace("    name: Anna Petrova\n",
                                 "    name: Anna Petrova\n    name: Anna Again\n"), "utf-8")
    line = text.splitlines().index("    name: Anna Petrova") + 2
    with pytest.raises(WorldError) as err:
        load_world(path)
    assert f"line {line}: duplicate key 'name'" in str(err.value)


def test_world_problems_carry_their_line(tmp_path):
    text = DEMO_WORLD.read_text(encoding="utf-8")
    lines = text.splitlines()
    first_admin = next(i for i, s in enumerate(lines) if "role: admin" in s) + 1
    path = tmp_path / "bad_role.yaml"
    path.write_text(text.replace("role: admin", "role: boss"), "utf-8")
    with pytest.raises(WorldError) as err:
        load_world(path)
    assert err.value.lines[0] == first_admin
    assert (f"{path}: {err.value.problems[0]} (line {first_admin})") in str(err.value)


def test_line_of_finds_nested_paths():
    node, _ = load_one_node("a: 1\npeople:\n  - key: x\n    role: boss\n", "x.yaml")
    assert line_of(node, "people[0].role") == 4
    assert line_of(node, "people[5].role") == 3  # as deep as it exists: the list
    assert line_of(None, "people") is None


@pytest.mark.parametrize("text", ["1000000000000d", "99999999999w",
                                  "10000000000000000000000m", "9" * 400 + "d", "36501d"])
def test_a_huge_duration_is_refused_before_any_overflow(text):
    with pytest.raises(DomainError, match="is more than 100 years"):
        parse_duration(text)


def test_exactly_one_hundred_years_is_accepted():
    assert parse_duration("36500d") == MAX_ADVANCE
    assert parse_duration("0.1d") == timedelta(hours=2.4)
