"""Videos and handouts of flows: demo/test --record (MP4, GIF), startRecording/stopRecording,
--pdf; bad targets refused in one line before anything plays; a cut-short video still plays."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import imageio_ffmpeg
import pytest

from gui.flows.parser import parse_flow
from gui.flows.recording import CAPTION_HEIGHT, FPS, RecordHooks
from gui.flows.runner import Artifacts, FlowRunner, StoreMaker

ROOT = Path(__file__).resolve().parents[2]
SHORT = """
name: Profile, short
---
- launchApp
- tapOn: {id: profile_photo, label: "The profile photo opens the profile"}
- assertVisible: Anna Petrova
"""


def _meta(path: Path) -> tuple[dict, int]:
    frames = imageio_ffmpeg.read_frames(str(path))
    meta = next(frames)
    count = sum(1 for _ in frames)
    return meta, count


def _record(flow_path: Path, video: Path, frame: str = "phone") -> tuple[RecordHooks, object]:
    stores = StoreMaker()
    hooks = RecordHooks(video, frame)
    try:
        runner = FlowRunner(parse_flow(flow_path), stores, Artifacts(None, storyboard=False),
                            hooks=hooks)
        sizes = []
        original = hooks.start

        def start(r):
            original(r)
            phone = r.window.phone
            sizes.append((phone.width(), phone.height()))
        hooks.start = start
        result = runner.run()
    finally:
        stores.close()
    assert result.passed, result.failure
    return hooks, sizes[0]


@pytest.mark.parametrize("suffix", [".mp4", ".gif"])
def test_a_short_flow_is_recorded_at_30_frames_a_second_of_the_phone_and_its_caption(
        qapp, write_flow, tmp_path, suffix):
    video = tmp_path / f"short{suffix}"
    hooks, (width, height) = _record(write_flow("short.yaml", SHORT), video)
    meta, count = _meta(video)
    frames, seconds = imageio_ffmpeg.count_frames_and_secs(str(video))
    # a GIF's delays are hundredths of a second: 3, 3, 4... which average 30 a second
    assert frames == count and frames / seconds == pytest.approx(FPS, rel=0.02)
    assert meta["fps"] == FPS or suffix == ".gif"
    assert meta["size"] == (width // 2 * 2, (height + CAPTION_HEIGHT) // 2 * 2)
    # the demo's pace, not the clock's: 0.7 s to start, 0.7 s with the tap outlined, each
    # step held 0.7 s (1.4 s when labelled), 0.7 s at the end
    assert count == hooks.frames == round((0.7 + 0.7 + 0.7 + 1.4 + 0.7 + 0.7) * FPS)


def test_start_and_stop_recording_record_only_the_part_of_the_flow_between_them(
        qapp, write_flow, tmp_path):
    flow = write_flow("part.yaml", """
        name: Part
        ---
        - launchApp
        - startRecording: clip
        - tapOn: {id: profile_photo}
        - stopRecording
        - assertVisible: Anna Petrova
        """)
    stores = StoreMaker()
    try:
        result = FlowRunner(parse_flow(flow), stores, Artifacts(tmp_path / "out", False)).run()
    finally:
        stores.close()
    assert result.passed, result.failure
    clip = tmp_path / "out" / "01-part" / "clip.mp4"
    assert "recording to" in result.steps[1].message
    _, count = _meta(clip)
    # start 0.7 s, its own step 0.7 s, the tap outlined 0.7 s and held 0.7 s, the end 0.7 s
    assert count == round(0.7 * 5 * FPS)


def _one_line_exit_2(done: subprocess.CompletedProcess, words: str) -> None:
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert done.returncode == 2, lines
    assert len(lines) == 1 and words in lines[0], lines
    assert "Traceback" not in lines[0] and "demo finished" not in lines[0]


def test_a_record_target_that_cannot_be_used_is_one_line_and_exit_2_before_anything_plays(
        main_py, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    _one_line_exit_2(main_py("demo", "--record", "demo.avi"), "give a file ending in .mp4")
    _one_line_exit_2(main_py("demo", "--record", str(blocker / "demo.mp4")), "is a file")
    _one_line_exit_2(main_py("demo", "--pdf", "handout.txt"), "ending in .pdf")
    _one_line_exit_2(main_py("test", str(ROOT / "resources" / "flows"), "--record",
                             str(blocker)), "is a file")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IMAGEIO_FFMPEG_EXE="/nowhere/ffmpeg")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--record",
                           "x.mp4"], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)
    _one_line_exit_2(done, "video encoder")
    assert not list(tmp_path.glob("*.mp4")) and not list(tmp_path.glob("*.pdf"))


def test_a_demo_recording_stopped_by_ctrl_c_still_plays(tmp_path):
    video = tmp_path / "cut.mp4"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "demo", "--record",
                             str(video)], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True,
                            # as from a terminal, even when the tests run as a `&` job (its
                            # children start with Ctrl+C ignored, and the demo respects that)
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (video.exists()
                                                   and video.stat().st_size > 50_000):
            time.sleep(0.2)
        proc.send_signal(signal.SIGINT)   # half-way through the story
        output, _ = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert "demo finished" not in output and "demo stopped after" in output, output
    assert "Traceback" not in output and "Error calling Python override" not in output, output
    meta, count = _meta(video)
    assert meta["fps"] == FPS and count > FPS   # what was recorded plays, up to the stop


def test_the_handout_has_a_page_per_flow_and_the_emails_after_them(main_py, write_flow,
                                                                   tmp_path):
    first = write_flow("one.yaml", SHORT)
    second = write_flow("two.yaml", SHORT.replace("Profile, short", "Again"))
    done = main_py("test", str(first), str(second), "--pdf", "out/handout.pdf", timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    data = (tmp_path / "out" / "handout.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    assert pages == 3   # each flow's four phones on a page, then the appendix
    assert "handout: out/handout.pdf" in done.stdout
