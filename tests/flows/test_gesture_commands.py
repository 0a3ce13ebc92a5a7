"""Maestro's screen commands run as flows on the real app window (gui/flows/commands/
gestures.py): keys, swipes, points, copy/paste, random input, the app's life, deep links,
screenshots, slow patterns and console choosers. Each test breaks when its behaviour does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gui.flows.model import FlowError
from gui.flows.parser import parse_flow
from gui.flows.runner import Artifacts, FlowRunner, StoreMaker

FEED_TO_BROWSER = """
- tapOn: {id: profile_photo}
- scrollUntilVisible: {element: {id: delete_account}}
- tapOn: {id: delete_account}
- tapOn: {id: continue}
- tapOn: {id: log_in}
"""


@pytest.fixture
def run(qapp, tmp_path: Path):
    stores = StoreMaker()

    def go(path: Path, storyboard: bool = False):
        artifacts = Artifacts(tmp_path / "shots", storyboard)
        result = FlowRunner(parse_flow(path), stores, artifacts).run()
        artifacts.flush()
        return result

    yield go
    stores.close()


@pytest.fixture
def flow(write_flow):
    def make(body: str, name: str = "f.yaml") -> Path:
        return write_flow(name, "name: t\n---\n- launchApp\n" + body.strip("\n") + "\n")

    return make


def passed(result) -> bool:
    assert result.passed, result.failure
    return True


def message_of(result, command: str) -> str:
    return next(s.message for s in result.steps if s.command.name == command)


# ---------------------------------------------------------------- keys


def test_enter_in_the_login_field_goes_to_the_password(run, flow):
    assert passed(run(flow(FEED_TO_BROWSER + """
- tapOn: {id: login}
- inputText: anna@acme.example
- pressKey: Enter
- assertVisible: {id: password}
""")))


def test_backspace_and_tab_reach_the_focused_field(run, flow):
    assert passed(run(flow(FEED_TO_BROWSER + """
- tapOn: {id: login}
- inputText: "anna@acme.examplee"
- pressKey: backspace
- assertVisible: {text: anna@acme.example}
- pressKey: {key: Tab}
- assertVisible: {id: login, focused: false}
""")))


def test_escape_closes_the_warning_and_back_leaves_the_profile(run, flow):
    assert passed(run(flow("""
- tapOn: {id: profile_photo}
- scrollUntilVisible: {element: {id: delete_account}}
- tapOn: {id: delete_account}
- assertVisible: {id: continue}
- pressKey: Escape
- assertNotVisible: {id: continue}
- pressKey: Back
- assertVisible: {id: profile_photo}
""")))


def test_home_puts_the_app_in_the_background_until_launch_app(run, flow):
    result = run(flow("""
- pressKey: Home
- assertNotVisible: {id: profile_photo}
- assertVisible: "Home screen.*"
- launchApp: {stopApp: false}
- assertVisible: {id: profile_photo}
"""))
    assert passed(result)
    assert "background" in message_of(result, "pressKey")


@pytest.mark.parametrize("key", ["Volume Up", "lock", "Remote Dpad Center", "Power"])
def test_keys_of_hardware_and_remotes_are_refused_when_read(flow, key):
    with pytest.raises(FlowError, match="not meaningful on this simulator"):
        parse_flow(flow(f"- pressKey: {key}"))


def test_an_unknown_key_is_refused_with_a_near_name(flow):
    with pytest.raises(FlowError, match="unknown key 'Entr'.*did you mean Enter"):
        parse_flow(flow("- pressKey: Entr"))


# ---------------------------------------------------------------- swipes, points


def test_a_swipe_from_the_left_edge_goes_back_as_on_ios(run, flow):
    result = run(flow("""
- tapOn: {id: profile_photo}
- assertNotVisible: {id: profile_photo, timeout: 0}
- swipe: {start: "1%,50%", end: "80%,50%"}
- assertVisible: {id: profile_photo}
"""))
    assert passed(result)
    assert "back gesture" in message_of(result, "swipe")


def test_a_swipe_up_scrolls_the_profile_to_delete_account(run, flow):
    result = run(flow("""
- tapOn: {id: profile_photo}
- assertNotVisible: {id: delete_account, timeout: 0}
- swipe: {direction: UP, duration: 300}
- swipe: {direction: up}
- assertVisible: {id: delete_account}
- scroll
"""))
    assert passed(result)
    assert "duration: accepted" in message_of(result, "swipe")


def test_a_swipe_from_an_element_scrolls_its_area(run, flow):
    assert passed(run(flow("""
- tapOn: {id: profile_photo}
- swipe: {from: {id: profile_name}, direction: UP}
- assertVisible: {id: delete_account}
""")))


@pytest.mark.parametrize("point", ["7%,8%", "26, 72"])
def test_a_tap_at_a_point_of_the_phones_screen_opens_the_profile(run, flow, point):
    # the profile photo is at 26,72 of the phone's screen (7%, 8.5% of 390x844); the same
    # pixels of the window would be the phone's bezel, and 7%,8% of the window its frame
    result = run(flow(f"""
- assertNotVisible: {{id: profile_name, timeout: 0}}
- tapOn: {{point: "{point}"}}
- assertVisible: {{id: profile_name}}
"""))
    assert passed(result)
    assert "phone's screen at" in message_of(result, "tapOn")


# ---------------------------------------------------------------- text


def test_copy_text_from_then_paste_text(run, flow):
    result = run(flow(FEED_TO_BROWSER + """
- copyTextFrom: {id: login}
- tapOn: {id: login}
- eraseText: all
- inputText: anna@acme.example
- copyTextFrom: {text: anna@acme.example}
- eraseText: {charactersToErase: 100}
- pasteText
- assertVisible: anna@acme.example
"""))
    assert passed(result)
    assert "copied 'anna@acme.example'" in [s.message for s in result.steps
                                            if s.command.name == "copyTextFrom"][-1]


def test_random_input_is_seeded_and_the_seed_is_in_the_report(run, flow, monkeypatch):
    body = FEED_TO_BROWSER + "- tapOn: {id: login}\n- inputRandomEmail\n- inputRandomText: {length: 5}\n"
    monkeypatch.setenv("B24SIM_FLOW_SEED", "4242")
    first = run(flow(body))
    second = run(flow(body))
    typed = [message_of(r, "inputRandomEmail") for r in (first, second)]
    assert typed[0] == typed[1] and "seed 4242" in typed[0]
    assert "@example.com" in typed[0]
    monkeypatch.setenv("B24SIM_FLOW_SEED", "7")
    assert message_of(run(flow(body)), "inputRandomEmail") != typed[0]


def test_unicode_text_is_typed_into_the_reason_as_written(run, write_flow, tmp_path):
    reason = "Je pars — “merci”, Zürich café, Привет, 你好 👍"
    path = write_flow("u.yaml", f"""
        name: unicode
        ---
        - launchApp
        - tapOn: {{id: profile_photo}}
        - scrollUntilVisible: {{element: {{id: delete_account}}}}
        - tapOn: {{id: delete_account}}
        - tapOn: {{id: continue}}
        - tapOn: {{id: log_in}}
        - tapOn: {{id: login}}
        - inputText: anna@acme.example
        - tapOn: {{id: next}}
        - tapOn: {{id: password}}
        - inputText: Anna-pass-1
        - tapOn: {{id: next}}
        - scrollUntilVisible: {{element: {{id: reason}}}}
        - tapOn: {{id: reason}}
        - inputText: "{reason}"
        - assertVisible: {{id: reason, text: "{reason}"}}
        """)
    assert passed(run(path))


# ---------------------------------------------------------------- the app's life, links


def test_stop_app_shows_the_home_screen_and_launch_app_starts_afresh(run, flow):
    assert passed(run(flow("""
- tapOn: {id: profile_photo}
- stopApp
- assertNotVisible: {id: profile_name}
- launchApp: com.bitrix24.app
- assertVisible: {id: profile_photo}
- killApp: {appId: com.bitrix24.app}
- launchApp: {appId: com.bitrix24.app, arguments: {debug: true}, permissions: {all: deny}}
- assertVisible: {id: profile_photo}
""")))


def test_launch_app_options_that_change_nothing_are_said_so(run, flow):
    result = run(flow("- launchApp: {arguments: {x: 1}, clearKeychain: true}"))
    assert passed(result)
    said = [s.message for s in result.steps if s.command.name == "launchApp"][-1]
    assert "arguments: accepted" in said and "clearKeychain: accepted" in said


def test_clear_state_puts_the_world_back(run, flow):
    assert passed(run(flow("""
- signIn: {person: carla}
- clearState
- launchApp
- tapOn: {id: profile_photo}
- assertVisible: Anna Petrova
""")))


@pytest.mark.parametrize("link, screen", [
    ("bitrix24://profile", "profile_name"), ("bitrix24://profile/edit", "edit_first_name"),
    ("bitrix24://delete-account", "continue"), ("bitrix24://notifications", "back")])
def test_a_deep_link_opens_the_apps_screen_by_name(run, flow, link, screen):
    assert passed(run(flow(f"- openLink: {link}\n- assertVisible: {{id: {screen}}}")))


@pytest.mark.parametrize("link, words", [
    ("https://acme.bitrix24.com", "not meaningful on this simulator"),
    ("bitrix24://settings", "is no screen of the app")])
def test_other_links_are_refused_when_read(flow, link, words):
    with pytest.raises(FlowError, match=words):
        parse_flow(flow(f"- openLink: {{link: '{link}'}}"))


def test_a_screenshot_goes_into_a_folder_inside_the_screenshots_folder(run, flow, tmp_path):
    result = run(flow("- takeScreenshot: profile/top"), storyboard=True)
    assert passed(result)
    shot = next(s.shot for s in result.steps if s.command.name == "takeScreenshot")
    assert shot.is_file() and shot.parent.name == "profile"
    assert (tmp_path / "shots") in shot.parents


@pytest.mark.parametrize("path", ["../outside", "/etc/x", "a/../../b"])
def test_a_screenshot_path_leaving_the_folder_is_refused(flow, path):
    with pytest.raises(FlowError, match="must stay inside the screenshots folder"):
        parse_flow(flow(f"- takeScreenshot: '{path}'"))


# ---------------------------------------------------------------- taps, patterns, console


def test_tap_options_that_change_nothing_are_accepted_and_said_so(run, flow):
    result = run(flow("""
- tapOn: {id: profile_photo, retryTapIfNoChange: false, waitToSettleTimeoutMs: 500,
          waitUntilVisible: true}
- assertVisible: {id: profile_name, repeat: 2}
"""))
    assert passed(result)
    said = message_of(result, "tapOn")
    assert all(f"{k}: accepted" in said for k in
               ("retryTapIfNoChange", "waitToSettleTimeoutMs", "waitUntilVisible"))
    assert "change nothing for a look" in message_of(result, "assertVisible")


def test_double_tap_taps_twice(run, flow):
    # two taps on an item of the form: checked, then unchecked again
    assert passed(run(flow(FEED_TO_BROWSER + """
- tapOn: {id: login}
- inputText: anna@acme.example
- tapOn: {id: next}
- tapOn: {id: password}
- inputText: Anna-pass-1
- tapOn: {id: next}
- tapOn: {id: item_1}
- assertVisible: {id: item_1, checked: true}
- doubleTapOn: {id: item_1}
- assertVisible: {id: item_1, checked: true}
- longPressOn: {id: item_1}
- assertVisible: {id: item_1, checked: false}
""")))


def test_a_slow_pattern_fails_the_command_within_its_timeout_naming_the_pattern(run, flow):
    result = run(flow(FEED_TO_BROWSER + """
- tapOn: {id: login}
- inputText: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
- assertVisible: {text: "(a|aa)+b", timeout: 500}
"""))
    assert not result.passed
    assert "the pattern '(a|aa)+b' took longer than the command's 500 ms" in result.failure
    failed = next(s for s in result.steps if s.status == "failed")
    # the command's 500 ms, not the hours the pattern needs (the regex module counts the time
    # in CPU seconds, so a loaded machine stretches it a little in wall-clock time)
    assert failed.seconds < 10


def test_the_issue_pattern_against_the_screen_answers_within_its_timeout(run, flow):
    result = run(flow('- assertVisible: {text: "(a+)+$", timeout: 500}\n'
                      '- assertNotVisible: {text: "(a+)+!", timeout: 500}'))
    assert passed(result)
    assert all(s.seconds < 10 for s in result.steps)


def test_a_tap_on_a_console_choosers_item_selects_it(run, flow):
    assert passed(run(flow("""
- tapOn: Employees
- assertNotVisible: {text: Eva.*, on: console, timeout: 0}
- tapOn: {id: employees_portal}
- tapOn: bloom.bitrix24.com
- assertVisible: {id: employees_portal, text: bloom.bitrix24.com.*}
""")))


def test_on_says_which_part_of_the_screen(run, flow):
    result = run(flow("""
- tapOn: {id: profile_photo}
- assertVisible: {text: Anna Petrova, on: phone}
- assertNotVisible: {id: profile_name, on: console, timeout: 0}
"""))
    assert passed(result)


def test_main_py_test_seed_types_the_same_random_text_again(main_py, write_flow):
    write_flow("s.yaml", "name: seed\n---\n- launchApp\n" + FEED_TO_BROWSER.strip("\n") + """
- tapOn: {id: login}
- inputRandomEmail
- assertVisible: {text: "nothing like this", timeout: 10}
""")
    typed = []
    for seed in ("11", "11", "12"):
        done = main_py("test", "s.yaml", "--seed", seed)
        typed.append(re.findall(r"[\w.]+@example\.com", done.stdout + done.stderr)[0])
    assert typed[0] == typed[1] != typed[2]
    refused = main_py("test", "s.yaml", "--seed", "x")
    assert refused.returncode == 2 and "--seed x: give a whole number" in refused.stderr


def test_main_py_test_answers_the_issue_pattern_at_once(main_py, write_flow):
    # issue 14, item 5: this hung `main.py test` past 60 s with no output
    write_flow("p.yaml", """
        name: pattern
        ---
        - launchApp
        - tapOn: {id: profile_photo}
        - assertVisible: {text: "(a+)+$", timeout: 500}
        - assertVisible: {text: "(a|aa)+b(a+)+$", timeout: 500}
        """)
    done = main_py("test", "p.yaml", timeout=90)
    assert "1 passed" in done.stdout or "1 failed" in done.stdout, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr


def test_assert_profile_data_reads_whether_the_data_are_kept(run, flow):
    result = run(flow("- assertProfile: {person: anna, portal: acme.bitrix24.com, data: kept}\n"
                      "- assertProfile: {person: anna, portal: acme.bitrix24.com, data: deleted}"))
    assert not result.passed
    assert "data is 'kept', expected 'deleted'" in result.failure
    with pytest.raises(FlowError, match="data: 'gone' is not one of kept, deleted"):
        parse_flow(flow("- assertProfile: {person: anna, data: gone}"))
