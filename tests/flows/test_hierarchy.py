"""``main.py hierarchy``: the phone's view tree as JSON in the shape of ``maestro hierarchy``,
for a world and after a flow; the console's with ``--console``."""

from __future__ import annotations

import json
import re

import pytest


def nodes(tree: dict):
    yield tree
    for child in tree["children"]:
        yield from nodes(child)


def by_id(tree: dict, rid: str) -> list[dict]:
    return [n for n in nodes(tree) if n["attributes"].get("resource-id") == rid]


@pytest.mark.slow
def test_the_hierarchy_of_a_world_names_each_element_with_maestros_attributes(main_py,
                                                                             write_flow):
    world = write_flow("w.yaml", """
        name: Small world
        clock: 2026-03-02T09:00:00Z
        portals: [{address: acme.bitrix24.com, name: Acme}]
        people:
          - {key: zoe, name: Zoe Quinn, email: zoe@acme.example, method: email,
             password: Zoe-pass-1, profiles: [{portal: acme.bitrix24.com, role: admin}]}
        session: {person: zoe, portal: acme.bitrix24.com}
        """)
    done = main_py("hierarchy", "--world", str(world), "--console")
    assert done.returncode == 0, done.stderr
    tree = json.loads(done.stdout)
    [phone] = by_id(tree, "phone")
    [photo] = by_id(phone, "profile_photo")
    assert photo["attributes"]["text"] == "ZQ"  # Zoe Quinn's initials: this world, not the demo
    assert re.fullmatch(r"\[\d+,\d+\]\[\d+,\d+\]", photo["attributes"]["bounds"])
    states = ("enabled", "checked", "focused", "selected")
    assert all(photo["attributes"][k] == str(photo[k]).lower() for k in states)
    assert (photo["enabled"], photo["checked"], photo["selected"]) == (True, False, False)
    assert photo["clickable"] is True and photo["enabled"] is True
    # nested: the photo lies in the navigation bar, which lies in the phone's screen
    [nav] = by_id(phone, "nav_bar")
    assert photo in list(nodes(nav))
    [console] = by_id(tree, "console")
    assert by_id(console, "process_now") and not by_id(phone, "process_now")


@pytest.mark.slow
def test_the_hierarchy_after_a_flow_is_the_screen_the_flow_ends_on(main_py, write_flow):
    flow = write_flow("f.yaml", """
        name: Anna opens her profile
        ---
        - launchApp
        - tapOn: {id: profile_photo}
        """)
    done = main_py("hierarchy", "--after", str(flow))
    assert done.returncode == 0, done.stderr
    tree = json.loads(done.stdout)
    texts = {n["attributes"].get("text") for n in nodes(tree)}
    assert "Anna Petrova" in texts
    assert not by_id(tree, "console")  # the phone only, without --console


def test_hierarchy_refuses_a_world_and_a_flow_together_in_one_line(main_py, write_flow):
    flow = write_flow("f.yaml", "---\n- launchApp\n")
    done = main_py("hierarchy", "--world", str(flow), "--after", str(flow), timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "error: --after runs the flow in its own world (its header's world: or world_file:); "
        "give --world or --after, not both."]
