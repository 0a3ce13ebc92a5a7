"""``main.py test``'s outputs and wording: --screenshots / --junit checked before anything
runs, a reused storyboard folder holds only this run's pictures, unreadable flows keep their
header name and their place, the window is shown at its own size, output into a closed pipe."""

from __future__ import annotations

import os
import re
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from gui.flows.cli import load_all, say
from gui.flows.model import Flow, FlowError
from gui.flows.parser import parse_flow
from gui.flows.runner import Artifacts, FlowResult, FlowRunner, Hooks, StoreMaker
from tests.flows.conftest import StandInWindow

PASSING = """
    name: Anna sees her name
    ---
    - launchApp
    - assertVisible: "Anna Petrova"
    """

FAILING = """
    name: Anna sees her name
    ---
    - launchApp
    - assertVisible: {text: "Nobody", timeout: 100}
    """


# ---------------------------------------------------------------- --screenshots / --junit


def test_a_screenshots_path_that_is_a_file_stops_before_any_flow_runs(main_py, write_flow,
                                                                     tmp_path):
    flow = write_flow("f.yaml", PASSING)
    taken = write_flow("taken.txt", "my notes\n")
    done = main_py("test", str(flow), "--screenshots", str(taken), timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""  # no flow ran, no FAIL lines
    assert done.stderr.strip().splitlines() == [
        f"error: --screenshots {taken} is a file; give a folder for the pictures "
        "(it is created when missing)."]
    assert taken.read_text() == "my notes\n"


def test_a_screenshots_folder_under_a_file_is_refused_naming_the_file(main_py, write_flow):
    flow = write_flow("f.yaml", PASSING)
    taken = write_flow("taken.txt", "x")
    done = main_py("test", str(flow), "--screenshots", str(taken / "shots"), timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert ": taken.txt is a file, not a folder" in done.stderr  # shown from the cwd
    assert "Error:" not in done.stderr and "Traceback" not in done.stderr


def test_a_junit_path_that_is_a_folder_stops_before_any_flow_runs(main_py, write_flow,
                                                                 tmp_path):
    flow = write_flow("f.yaml", PASSING)
    (tmp_path / "reports").mkdir()
    done = main_py("test", str(flow), "--junit", "reports", timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "error: --junit reports is a folder; give the report's file name, "
        f"e.g. {os.path.join('reports', 'flows.xml')}."]
    assert list((tmp_path / "reports").iterdir()) == []


# ---------------------------------------------------------------- a reused storyboard folder


@pytest.fixture
def run_into(qapp, tmp_path: Path):
    """Run flows the way ``main.py test --screenshots`` does, on the stand-in window."""
    stores = StoreMaker()

    def go(folder: Path, *paths: Path) -> list[FlowResult]:
        artifacts = Artifacts(folder, storyboard=True)
        artifacts.clean()
        results = [FlowRunner(parse_flow(p), stores, artifacts, n,
                              window_factory=StandInWindow).run()
                   for n, p in enumerate(paths, 1)]
        artifacts.flush()
        return results

    yield go
    stores.close()


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and p.name != ".storyboard-files"}


def test_a_flow_that_passes_now_leaves_no_failure_picture_from_an_earlier_run(
        run_into, write_flow, tmp_path):
    shots = tmp_path / "shots"
    flow = write_flow("f.yaml", FAILING)
    [failed] = run_into(shots, flow)
    assert not failed.passed and (shots / "01-f" / "failure.png").is_file()
    flow.write_text(PASSING.replace("\n    ", "\n").lstrip(), encoding="utf-8")
    [passed] = run_into(shots, flow)
    assert passed.passed, passed.failure
    assert _files(shots) == {"01-f/step-001.png", "01-f/step-002.png"}


def test_pictures_of_flows_not_run_this_time_go_and_files_of_people_stay(
        run_into, write_flow, tmp_path):
    shots = tmp_path / "shots"
    first, second = write_flow("first.yaml", PASSING), write_flow("second.yaml", PASSING)
    run_into(shots, first, second)
    assert {"01-first/step-001.png", "02-second/step-002.png"} <= _files(shots)
    # a person's own files in the folder, even pictures, are not the runner's to remove
    (shots / "README.txt").write_text("storyboard of 1 May")
    (shots / "logo.png").write_bytes(b"png")
    (shots / "02-second" / "note.txt").write_text("looked fine")
    run_into(shots, second)
    assert _files(shots) == {"01-second/step-001.png", "01-second/step-002.png",
                             "README.txt", "logo.png", "02-second/note.txt"}
    assert not (shots / "01-first").exists()


def test_the_flows_own_folder_is_cleared_even_without_a_manifest(run_into, write_flow,
                                                                 tmp_path):
    shots = tmp_path / "shots"
    (shots / "01-f").mkdir(parents=True)
    (shots / "01-f" / "failure.png").write_bytes(b"old")     # left by an older version
    (shots / "01-f" / "step-009.png").write_bytes(b"old")
    (shots / "01-f" / "notes.md").write_text("mine")
    (shots / "01-f" / "my-diagram.png").write_bytes(b"a person's own picture")
    run_into(shots, write_flow("f.yaml", PASSING))
    assert _files(shots) == {"01-f/step-001.png", "01-f/step-002.png", "01-f/notes.md",
                             "01-f/my-diagram.png"}


def test_emails_of_an_earlier_run_go_and_a_persons_eml_files_stay(run_into, write_flow,
                                                                   tmp_path):
    shots = tmp_path / "shots"
    (shots / "01-f" / "emails").mkdir(parents=True)
    (shots / "02-gone" / "emails").mkdir(parents=True)
    (shots / "01-f" / "emails" / "03-profile_deleted-to-anna.eml").write_bytes(b"old")
    (shots / "01-f" / "emails" / "from-my-inbox.eml").write_bytes(b"a person's")
    (shots / "02-gone" / "emails" / "01-request_received-to-anna.eml").write_bytes(b"old")
    (shots / "mine.eml").write_bytes(b"a person's, not listed")
    (shots / ".storyboard-files").write_text("02-gone/emails/01-request_received-to-anna.eml\n")
    [result] = run_into(shots, write_flow("f.yaml", PASSING))
    assert result.passed and result.emails == []   # the flow wrote none
    assert _files(shots) == {"01-f/step-001.png", "01-f/step-002.png",
                             "01-f/emails/from-my-inbox.eml", "mine.eml"}
    assert not (shots / "02-gone").exists()


def test_the_storyboards_emails_are_the_consoles_export_in_the_order_they_were_written(
        tmp_path):
    from core import models as m
    from core.mail.export import configured_from, eml_bytes

    stores = StoreMaker()
    store, path = stores.new()
    try:
        with store.uow() as uow:   # the second written first (a later id, an earlier time)
            for n, (kind, to, at) in enumerate((("profile_deleted", "Eva.Novak@bloom.example", 10),
                                                ("request_received", "anna@acme.example", 9))):
                uow.session.add(m.Email(
                    message_id=f"<{n}@bitrix24.sim>", kind=kind, to_addr=to, to_name="Ева",
                    subject="Ваш профиль удалён", text_body="Готово.", html_body="<p>Готово.</p>",
                    created_at=datetime(2026, 4, 1, at), language="ru"))
            uow.commit()
        files = Artifacts(tmp_path / "shots", storyboard=True).save_emails(store, 3,
                                                                           Path("f.yaml"))
        assert [f.relative_to(tmp_path).as_posix() for f in files] == [
            "shots/03-f/emails/01-request_received-to-anna.eml",
            "shots/03-f/emails/02-profile_deleted-to-eva.novak.eml"]
        def same(raw: bytes) -> bytes:  # but for the MIME boundary, random in each message
            return re.sub(rb"={15}\d+==", b"BOUNDARY", raw)

        assert [same(f.read_bytes()) for f in files] == [
            same(eml_bytes(store, i, configured_from())) for i in (2, 1)]
        assert b"Content-Language: ru" in files[0].read_bytes()
        assert Artifacts(None, storyboard=False).save_emails(store, 1, Path("f.yaml")) == []
    finally:
        stores.drop(store, path)
        stores.close()


def test_the_cleanup_never_follows_a_symbolic_link(run_into, write_flow, tmp_path):
    shots = tmp_path / "shots"
    shots.mkdir()
    elsewhere = tmp_path / "photos"
    elsewhere.mkdir()
    (elsewhere / "step-001.png").write_bytes(b"not the runner's")
    (shots / "07-old").symlink_to(elsewhere, target_is_directory=True)
    (shots / ".storyboard-files").write_text("07-old/step-001.png\n")
    run_into(shots, write_flow("f.yaml", PASSING))
    assert (elsewhere / "step-001.png").read_bytes() == b"not the runner's"


def test_a_manifest_cannot_make_the_runner_remove_anything_outside_or_not_a_picture(
        run_into, write_flow, tmp_path):
    shots = tmp_path / "shots"
    shots.mkdir()
    outside = write_flow("outside.png", "x")
    (shots / "keep.txt").write_text("x")
    (shots / ".storyboard-files").write_text(f"../outside.png\n{outside}\nkeep.txt\n")
    run_into(shots, write_flow("f.yaml", PASSING))
    assert outside.exists() and (shots / "keep.txt").exists()


# ---------------------------------------------------------------- unreadable flows


def test_an_unreadable_flow_is_reported_under_its_header_name_in_its_place(write_flow):
    good = write_flow("a_good_one.yaml", PASSING)
    bad = write_flow("bad_cmd.yaml", """
        name: Anna taps twice
        tags: [x]
        ---
        - launchApp
        - tapp: {id: profile_photo}
        """)
    broken_header = write_flow("broken_header.yaml", "name: [unclosed\n---\n- launchApp\n")
    items = load_all([str(bad), "missing.yaml", str(good), str(broken_header)])
    assert [type(i).__name__ for i in items] == ["FlowResult", "FlowResult", "Flow",
                                                 "FlowResult"]
    assert items[0].name == "Anna taps twice" and "bad_cmd.yaml:5" in items[0].failure
    assert items[1].name == "missing.yaml"
    assert isinstance(items[2], Flow) and items[2].name == "Anna sees her name"
    assert items[3].name == "broken header"  # the header itself cannot be read: the file name


def test_a_yaml_bracket_left_open_is_reported_on_its_own_line(write_flow):
    flow = write_flow("syntax.yaml", """
        name: syntax
        ---
        - launchApp
        - tapOn: {id: profile_photo
        - back
        """)
    with pytest.raises(FlowError) as caught:
        parse_flow(flow)
    assert caught.value.line == 4
    assert "the `{` opened here is never closed" in caught.value.message


def test_an_advance_beyond_what_a_date_can_hold_is_a_flow_error_not_a_crash(write_flow):
    flow = write_flow("far.yaml", "---\n- advanceClock: 1000000000000d\n")
    with pytest.raises(FlowError) as caught:
        parse_flow(flow)
    assert caught.value.line == 2 and "more than 100 years" in caught.value.message


# ---------------------------------------------------------------- the window's size


@pytest.mark.parametrize("factory", [StandInWindow, None], ids=["stand-in", "the app's window"])
def test_the_window_is_shown_at_its_own_size_not_one_it_would_refuse(qapp, write_flow, tmp_path,
                                                                    factory):
    seen = []

    class Record(Hooks):
        def window_created(self, runner, window):
            seen.append((window.size(), window.sizeHint(), window.minimumSizeHint()))

    stores = StoreMaker()
    artifacts = Artifacts(tmp_path / "shots", storyboard=True, frame="window")  # the window's
    try:
        result = FlowRunner(parse_flow(write_flow("f.yaml", "---\n- launchApp\n")), stores,
                            artifacts, hooks=Record(), window_factory=factory).run()
        artifacts.flush()
    finally:
        stores.close()
    assert result.passed, result.failure
    [(size, preferred, smallest)] = seen
    assert size == preferred  # the size the runner asks for is the size it gets
    assert size.width() >= smallest.width() and size.height() >= smallest.height()
    picture = QImage(str(result.steps[0].picture))
    assert (picture.width(), picture.height()) == (size.width(), size.height())


# ---------------------------------------------------------------- a reader that goes away


def test_output_into_a_closed_pipe_is_dropped_without_a_traceback(monkeypatch):
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `main.py test ... | head -1` after its line
    with os.fdopen(write_end, "w") as stream:
        monkeypatch.setattr(sys, "stdout", stream)
        say("PASS  first flow")   # would raise BrokenPipeError
        say("PASS  second flow")  # goes nowhere, quietly
        monkeypatch.undo()
