"""Maestro's selector rules (gui/flows/selectors.py) on plain nodes, without a window: each
test breaks when the rule it names does."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest

from gui.flows.selectors import Matcher, Selector, SlowPattern, match, read_selector


@dataclass(eq=False)
class N:
    """A stand-in for a screen element: texts, id, bounds (x, y, w, h), state, parent."""

    texts: tuple[str, ...] = ()
    id: str = ""
    bounds: tuple[int, int, int, int] = (0, 0, 10, 10)
    kind: str = "widget"
    enabled: bool = True
    checked: bool | None = None
    focused: bool = False
    selected: bool = False
    clickable: bool = False
    parent: N | None = None

    def __repr__(self) -> str:
        return f"N({self.texts or self.id})"


def node(text: str = "", x: int = 0, y: int = 0, w: int = 100, h: int = 20, **kw) -> N:
    return N((text,) if text else (), bounds=(x, y, w, h), **kw)


def find(selector: Selector, nodes: list[N], budget: float = 2.0) -> list[N]:
    return match(selector, [nodes], Matcher(budget))


class Refused(Exception):
    pass


def read(arg, extra=()):
    return read_selector("tapOn", arg, Refused, extra)


# ---------------------------------------------------------------- text


def test_text_matches_ignoring_case():
    button = node("Delete account")
    assert find(Selector(text="delete ACCOUNT"), [button]) == [button]


def test_a_line_break_in_the_text_matches_a_space():
    label = node("Your request\nwas sent")
    assert find(Selector(text="Your request was sent"), [label]) == [label]


def test_a_pattern_that_is_not_a_regular_expression_is_matched_as_plain_text():
    price = node("Total (USD")
    other = node("Total USD")
    assert find(Selector(text="Total (USD"), [price, other]) == [price]
    assert find(Selector(text="[draft"), [node("[Draft")])  # plain text, case ignored


def test_text_is_a_full_match_regular_expression_with_dot_matching_line_breaks():
    warning = node("It will be deleted\nwithin 30 days.")
    assert find(Selector(text=".*30 days.*"), [warning]) == [warning]
    assert find(Selector(text="30 days"), [warning]) == []  # whole text, not a part


def test_every_text_of_an_element_counts_placeholder_and_accessible_name_too():
    field = N(("", "Reason for deletion", "Reason"))
    assert find(Selector(text="reason for deletion"), [field]) == [field]


def test_id_matches_ignoring_case_and_after_a_slash():
    a = N(id="com.bitrix24:id/send_request")
    assert find(Selector(id="SEND_REQUEST"), [a]) == [a]


def test_a_catastrophic_pattern_fails_within_the_commands_time_naming_the_pattern():
    text = node("a" * 40)
    started = time.monotonic()
    with pytest.raises(SlowPattern) as caught:
        find(Selector(text="(a|aa)+b"), [text], budget=0.3)
    assert time.monotonic() - started < 5  # 0.3 s of CPU time: stretched on a busy machine
    assert "(a|aa)+b" in str(caught.value) and "300 ms" in str(caught.value)


def test_the_issue_pattern_against_a_41_character_text_answers_at_once():
    started = time.monotonic()
    assert find(Selector(text="(a+)+$"), [node("a" * 40 + "!")], budget=0.5) == []
    assert time.monotonic() - started < 0.5


# ---------------------------------------------------------------- index, state, order


def test_index_counts_top_to_bottom_then_left_to_right_and_may_be_written_as_text():
    lower, right, left = node("Next", 0, 100), node("Next", 50, 0), node("Next", 0, 0)
    nodes = [lower, right, left]
    selector, _ = read({"text": "Next", "index": "1"})
    assert selector.index == 1
    assert find(selector, nodes) == [right]
    assert find(Selector(text="Next", index=0), nodes) == [left]
    assert find(Selector(text="Next", index=3), nodes) == []


def test_without_index_clickable_elements_come_first():
    heading = node("Delete account", 0, 0)
    button = node("Delete account", 0, 300, clickable=True)
    assert find(Selector(text="Delete account"), [heading, button]) == [button, heading]


@pytest.mark.parametrize("state", ["enabled", "checked", "focused", "selected"])
def test_each_state_filters_on_its_own_attribute(state):
    on, off = node("Item"), node("Item")
    setattr(on, state, True)
    setattr(off, state, False)
    assert find(Selector(text="Item", **{state: True}), [off, on]) == [on]
    assert find(Selector(text="Item", **{state: False}), [off, on]) == [off]


# ---------------------------------------------------------------- relative


def _column():
    """Two headings, each with two rows under it, one row far to the right."""
    first = node("Profile", 0, 0)
    a1, a2 = node("Edit", 0, 30, clickable=True), node("Delete", 0, 60, clickable=True)
    second = node("Browser", 0, 100)
    b1, b2 = node("Edit", 0, 130, clickable=True), node("Log out", 0, 160, clickable=True)
    far = node("Help", 300, 30)
    return first, a1, a2, second, b1, b2, far


def test_below_with_a_text_keeps_screen_order_so_the_first_row_under_the_heading_wins():
    first, a1, a2, second, b1, b2, far = _column()
    nodes = [first, a1, a2, second, b1, b2, far]
    assert find(Selector(text="Edit", below=Selector(text="Browser")), nodes)[0] is b1
    assert find(Selector(text="Edit", below=Selector(text="Profile")), nodes)[:2] == [a1, b1]


def test_below_alone_orders_by_distance_to_the_heading():
    first, a1, a2, second, b1, b2, far = _column()
    nodes = [first, a1, a2, second, b1, b2, far]
    found = find(Selector(below=Selector(text="Browser")), nodes)
    assert found[:2] == [b1, b2]  # nearest first, the heading above itself excluded
    assert second not in found and first not in found


def test_above_left_of_and_right_of_compare_positions():
    first, a1, a2, second, b1, b2, far = _column()
    nodes = [first, a1, a2, second, b1, b2, far]
    assert find(Selector(text="Edit", above=Selector(text="Log out")), nodes) == [a1, b1]
    assert find(Selector(text="Edit", above=Selector(text="Delete")), nodes) == [a1]
    assert find(Selector(text="Help", right_of=Selector(text="Edit")), nodes) == [far]
    assert find(Selector(text="Edit", left_of=Selector(text="Help")), nodes) == [a1, b1]
    assert find(Selector(text="Help", left_of=Selector(text="Edit")), nodes) == []


def _tree():
    card1 = node("", 0, 0, 200, 80, id="card_acme")
    name1 = node("Anna Petrova", 0, 10, parent=card1)
    role1 = node("Administrator", 0, 40, parent=card1)
    card2 = node("", 0, 100, 200, 80, id="card_bloom")
    inner = node("", 0, 110, 200, 60, id="row", parent=card2)
    name2 = node("Anna Petrova", 0, 120, parent=inner)
    role2 = node("Employee", 0, 150, parent=inner)
    return [card1, name1, role1, card2, inner, name2, role2]


def test_child_of_looks_only_inside_the_first_matching_parent():
    card1, name1, role1, card2, inner, name2, role2 = _tree()
    nodes = [card1, name1, role1, card2, inner, name2, role2]
    assert find(Selector(text="Anna Petrova", child_of=Selector(id="card_bloom")),
                nodes) == [name2]
    assert find(Selector(text="Employee", child_of=Selector(id="card_acme")), nodes) == []


def test_contains_child_is_the_direct_parent_only():
    card1, name1, role1, card2, inner, name2, role2 = _tree()
    nodes = [card1, name1, role1, card2, inner, name2, role2]
    assert find(Selector(contains_child=Selector(text="Employee")), nodes) == [inner]
    assert find(Selector(id="card_bloom", contains_child=Selector(text="Employee")),
                nodes) == []


def test_contains_descendants_needs_every_one_at_any_depth():
    card1, name1, role1, card2, inner, name2, role2 = _tree()
    nodes = [card1, name1, role1, card2, inner, name2, role2]
    both = (Selector(text="Anna Petrova"), Selector(text="Employee"))
    assert find(Selector(id="card_.*", contains_descendants=both), nodes) == [card2]


def test_a_label_inside_a_button_with_the_same_text_is_not_a_second_match():
    button = node("Send request", clickable=True)
    label = node("Send request", parent=button)
    assert find(Selector(text="Send request"), [button, label]) == [button]


def test_index_counts_across_parts_phone_first():
    phone_row, console_row = node("Anna Petrova", 0, 500), node("Anna Petrova", 0, 0)
    found = match(Selector(text="Anna Petrova", index=1), [[phone_row], [console_row]],
                  Matcher(1))
    assert found == [console_row]


# ---------------------------------------------------------------- reading


def test_the_reader_takes_relative_parts_state_and_the_part_of_the_screen():
    selector, extras = read({"text": "Anna", "below": {"text": "Employees"},
                             "childOf": {"id": "card"}, "containsDescendants": ["x", "y"],
                             "focused": True, "selected": False, "on": "Console",
                             "repeat": 2}, extra=("repeat",))
    assert selector.below == Selector(text="Employees")
    assert selector.child_of == Selector(id="card")
    assert selector.contains_descendants == (Selector(text="x"), Selector(text="y"))
    assert (selector.focused, selector.selected, selector.on) == (True, False, "console")
    assert extras == {"repeat": 2}


@pytest.mark.parametrize("arg, words", [
    ({"text": "x", "on": "watch"}, "not one of phone, console"),
    ({"txt": "x"}, "did you mean text?"),
    ({"enabled": True}, "needs text, id or a relative key"),
    ({"text": "x", "index": "first"}, "expected a whole number"),
    ({"text": "x", "below": 3.5, "containsDescendants": []}, "containsDescendants"),
])
def test_the_reader_refuses_what_is_wrong_with_a_message_that_says_what(arg, words):
    with pytest.raises(Refused, match=words.replace("?", r"\?")):
        read(arg)


def test_a_selector_with_an_expression_is_resolved_at_run_time():
    selector, _ = read({"text": "${NAME}", "index": "${I}", "below": "${HEAD}"})
    values = {"${NAME}": "Anna", "${I}": "2", "${HEAD}": "Employees"}
    resolved = selector.map_strings(values.get)
    assert resolved == Selector(text="Anna", index=2, below=Selector(text="Employees"))
