"""Videos of a flow: ``main.py demo --record FILE``, ``main.py test --record DIR`` and the
flows' ``startRecording`` / ``stopRecording``.

Frames are pictures of the window (or of the phone alone, with the caption under it) piped to
the FFmpeg that the imageio-ffmpeg wheel ships: H.264 in a fragmented MP4 (every second a
fragment, so a recording stopped half-way, even by a killed process, still plays) or an
animated GIF (one palette for the whole video, made when the recording closes).

Time is the demo's, not the clock's: the demo's pauses, at its speed, are so many frames at
30 a second, each pause one picture repeated; the same flow makes the same number of frames
however loaded the machine is. A test run (no pauses of its own) is paced as the demo is at
speed 1: the tapped control outlined for TARGET_SECONDS, each step held STEP_SECONDS.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from gui.flows.model import Command
from gui.pictures import grab

if TYPE_CHECKING:  # the runner reaches this module through the startRecording unit
    from gui.flows.runner import FlowRunner, Hooks, StepResult

FPS = 30
KINDS = (".mp4", ".gif")
FRAMES = ("phone", "window")
STEP_SECONDS = 1.4      # a test run's pace: as the demo's at speed 1
TARGET_SECONDS = 0.7
CAPTION_HEIGHT = 96     # the band under the phone that holds the caption (phone frame)
MARK = QColor("#2fc6f6")
RECORD_ENV = "B24SIM_FLOW_RECORD"  # main.py test --record DIR, for the worker processes
FRAME_ENV = "B24SIM_FLOW_FRAME"


# ---------------------------------------------------------------- checks before anything plays


def encoder() -> str:
    """The FFmpeg executable; RuntimeError with a sentence when there is none."""
    try:
        import imageio_ffmpeg
    except ImportError:
        raise RuntimeError("the video encoder is not installed (pip install imageio-ffmpeg, "
                           "or make run, which installs the project's packages)") from None
    try:
        exe = imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError:
        exe = ""
    if not exe or not os.access(exe, os.X_OK):
        raise RuntimeError(f"the video encoder (FFmpeg) cannot be run{f' ({exe})' if exe else ''}"
                           "; reinstall imageio-ffmpeg or unset IMAGEIO_FFMPEG_EXE")
    return exe


# ---------------------------------------------------------------- the encoder


class Video:
    """Frames into one file; the size is the first frame's (made even, as H.264 wants)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.frames = 0
        self._writer = None
        self._size: tuple[int, int] | None = None
        self._last: bytes | None = None

    def _open(self, width: int, height: int) -> None:
        import imageio_ffmpeg

        encoder()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        gif = self.path.suffix.lower() == ".gif"
        if gif:  # one palette for the video, made from every frame when the input ends
            options = dict(codec="gif", pix_fmt_out="pal8", quality=None, output_params=[
                "-filter_complex", "split[a][b];[a]palettegen=stats_mode=diff[p];"
                "[b][p]paletteuse=dither=bayer:bayer_scale=4:diff_mode=rectangle"])
        else:  # fragments from the start (empty moov): a file cut short still plays
            options = dict(codec="libx264", pix_fmt_out="yuv420p", quality=None,
                           output_params=["-preset", "veryfast", "-crf", "23", "-g", str(FPS),
                                          "-movflags", "frag_keyframe+empty_moov"])
        self._writer = imageio_ffmpeg.write_frames(
            str(self.path), (width, height), pix_fmt_in="rgba", fps=FPS,
            macro_block_size=1, ffmpeg_log_level="error", **options)
        self._writer.send(None)
        self._size = (width, height)

    def add(self, image: QImage, count: int = 1) -> None:
        """``image`` as the next ``count`` frames (later frames take the first one's size)."""
        if count <= 0:
            return
        if self._size is None:
            self._open(image.width() // 2 * 2, image.height() // 2 * 2)
        width, height = self._size
        if image.width() != width or image.height() != height:
            image = _letterboxed(image, width, height)
        image = image.convertToFormat(QImage.Format.Format_RGBX8888)
        self._last = bytes(image.constBits())[:width * height * 4]
        self.repeat(count)

    def repeat(self, count: int) -> None:
        """The last frame again ``count`` times (the demo waits: nothing moves)."""
        if self._last is None:
            return
        for _ in range(max(0, count)):
            self._writer.send(self._last)
            self.frames += 1

    def close(self) -> None:
        """Finish the file (FFmpeg writes the GIF's palette, the MP4's last fragment). Safe
        to call twice, and from a ``finally`` after an interruption."""
        writer, self._writer = self._writer, None
        if writer is not None:
            with suppress(Exception):
                writer.close()


def _letterboxed(image: QImage, width: int, height: int) -> QImage:
    """``image`` in a frame of the video's size, scaled to fit and centred on the caption
    band's colour (a second phone shown half-way is not squeezed)."""
    scaled = image.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    frame = QImage(width, height, QImage.Format.Format_RGB32)
    frame.fill(QColor("#1f2933"))
    painter = QPainter(frame)
    painter.drawImage((width - scaled.width()) // 2, (height - scaled.height()) // 2, scaled)
    painter.end()
    return frame


# ---------------------------------------------------------------- the pictures


class Camera:
    """What one frame shows: the window, or the phone with the caption under it, the tapped
    control outlined unless the window has its own outline (the demo's overlay)."""

    def __init__(self, window: QWidget, frame: str = "phone",
                 caption: Callable[[], str] = lambda: "", mark_taps: bool = True,
                 inset: Callable[[], list[QRect]] = list,
                 hide: Callable[[], list[QWidget]] = list) -> None:
        self.window = window
        self.hide = hide        # widgets left out of the inset (the overlay's caption box)
        self.frame = frame
        self.caption = caption
        self.mark_taps = mark_taps
        self.inset = inset      # parts of the window (the console's) shown over the phone
        self.tapped: QRect | None = None   # window coordinates

    def _paint_inset(self, painter: QPainter, area: QRect) -> None:
        """What the caption points at in the console, over the phone (a phone-frame video
        would not show it otherwise): the email opened in the preview, the Dismissed row."""
        parts = [r for r in self.inset() if r.isValid()]
        if not parts:
            return
        shot, at = _inset_of(self, area, parts)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRect(0, 0, area.width(), area.height()), QColor(12, 18, 28, 110))
        painter.drawImage(at, shot.scaled(at.size(), Qt.AspectRatioMode.IgnoreAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
        painter.setPen(QPen(QColor("#ff9f1c"), 3))
        painter.drawRoundedRect(at.adjusted(-2, -2, 2, 2), 6, 6)
        painter.restore()

    def region(self) -> QRect:
        """The phones shown (one, or both side by side), or the whole window."""
        area = phones_area(self.window) if self.frame == "phone" else None
        return area or self.window.rect()

    def picture(self) -> QImage:
        area = self.region()
        shot = grab(self.window, area).toImage()
        if self.frame != "phone":
            if self.mark_taps and self.tapped is not None:
                painter = QPainter(shot)
                _outline(painter, self.tapped.translated(-area.topLeft()), shot.rect())
                painter.end()
            return shot
        ratio = shot.devicePixelRatio() or 1.0
        image = QImage(area.width(), area.height() + CAPTION_HEIGHT,
                       QImage.Format.Format_RGB32)
        image.fill(QColor("#1f2933"))
        painter = QPainter(image)
        painter.drawImage(QRect(0, 0, area.width(), area.height()), shot,
                          QRect(0, 0, int(area.width() * ratio), int(area.height() * ratio)))
        if self.mark_taps and self.tapped is not None:
            _outline(painter, self.tapped.translated(-area.topLeft()), image.rect())
        self._paint_inset(painter, area)
        caption_band(painter, QRect(0, area.height(), area.width(), CAPTION_HEIGHT),
                     self.caption())
        painter.end()
        return image


def phones_area(window: QWidget) -> QRect | None:
    """Every phone the window shows, as one rectangle of the window (None: no phone)."""
    phones = [p for p in getattr(window, "phones", ()) if p.isVisible()]
    if not phones and getattr(window, "phone", None) is not None:
        phones = [window.phone]
    area = QRect()
    for p in phones:
        area = area.united(QRect(p.mapTo(window, QPoint(0, 0)), p.size()))
    return area if area.isValid() else None


def framed(window: QWidget, shot: QImage, frame: str, tapped: QRect | None) -> QImage:
    """A picture of the whole window as a storyboard shows it: the phones alone (``frame``
    phone) or the window, the tapped control (window coordinates) outlined."""
    area = phones_area(window) if frame == "phone" else None
    area = area or window.rect()
    ratio = shot.devicePixelRatio() or 1.0
    image = shot.copy(QRect(round(area.x() * ratio), round(area.y() * ratio),
                            round(area.width() * ratio), round(area.height() * ratio)))
    if tapped is not None:
        painter = QPainter(image)
        painter.scale(ratio, ratio)
        _outline(painter, tapped.translated(-area.topLeft()), QRect(QPoint(0, 0), area.size()))
        painter.end()
    return image


def _inset_of(camera: Camera, area: QRect, parts: list[QRect]) -> tuple[QImage, QRect]:
    """The window's ``parts`` as one picture, and where over the phone (``area``) it goes:
    its lower half, above the home indicator, as wide as the phone allows."""
    whole = QRect()
    for r in parts:
        whole = whole.united(r.adjusted(-8, -8, 8, 8))
    whole = whole.intersected(camera.window.rect())
    hidden = [w for w in camera.hide() if w.isVisible()]   # the viewer's caption box
    for w in hidden:
        w.setVisible(False)
    try:
        shot = grab(camera.window, whole).toImage()
    finally:
        for w in hidden:
            w.setVisible(True)
    room = QRect(12, area.height() // 2, area.width() - 24, area.height() // 2 - 40)
    size = shot.size().scaled(room.size(), Qt.AspectRatioMode.KeepAspectRatio)
    at = QRect(room.x() + (room.width() - size.width()) // 2,
               room.bottom() - size.height(), size.width(), size.height())
    return shot, at


def _outline(painter: QPainter, rect: QRect, bounds: QRect) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(MARK, 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4).intersected(bounds), 8, 8)


def caption_band(painter: QPainter, rect: QRect, text: str) -> None:
    """``text`` in white on the band ``rect``, wrapped at words, at most three lines."""
    font = QFont(painter.font())
    font.setPixelSize(17)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect.adjusted(14, 8, -14, -8),
                     int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)


# ---------------------------------------------------------------- a recording


class Tape:
    """A video being made of one window: ``hold(seconds)`` is that long of frames."""

    def __init__(self, path: Path, window: QWidget, frame: str = "phone",
                 caption: Callable[[], str] = lambda: "", mark_taps: bool = True,
                 inset: Callable[[], list[QRect]] = list,
                 hide: Callable[[], list[QWidget]] = list) -> None:
        self.video = Video(path)
        self.camera = Camera(window, frame, caption, mark_taps, inset, hide)
        self._owed = 0.0   # the part of a frame the last holds left over

    @property
    def path(self) -> Path:
        return self.video.path

    def hold(self, seconds: float) -> None:
        """The window now, then the same picture until ``seconds`` of video have passed."""
        self._owed += seconds * FPS
        count = int(self._owed)
        self._owed -= count
        count -= self._film_motion(count)
        if count:
            self.video.add(self.camera.picture(), count)

    def _film_motion(self, budget: int) -> int:
        """While the phone animates (gui/phone/motion.py), a picture for each frame's time
        as it passes, up to ``budget`` frames; how many were used."""
        import time

        from gui.phone import motion

        used, start = 0, time.monotonic()
        while used < budget and motion.busy():
            due = int((time.monotonic() - start) * FPS) + 1 - used
            if due > 0:
                count = min(due, budget - used)
                self.video.add(self.camera.picture(), count)
                used += count
            motion.wait_a_moment()
        return used

    def close(self) -> None:
        self.video.close()


class Quiet:
    """The runner's Hooks, doing nothing (``gui.flows.runner.Hooks`` without importing it)."""

    def window_created(self, runner, window) -> None:
        pass

    def before(self, runner, command) -> None:
        pass

    def target(self, runner, rect) -> None:
        pass

    def after(self, runner, step) -> None:
        pass

    def finishing(self, runner) -> None:
        pass

    def stopped(self) -> bool:
        return False


class RecordHooks(Quiet):
    """Records a test run at the demo's pace around another presenter (``inner``): a frame
    with the control about to be tapped outlined, then the step's result held."""

    def __init__(self, path: Path, frame: str = "phone", inner: Hooks | None = None,
                 on_close: Callable[[Tape], None] | None = None) -> None:
        self.path = Path(path)
        self.frame = frame
        self.inner = inner or Quiet()
        self.on_close = on_close
        self.tape: Tape | None = None
        self.caption = ""
        self.by_flow = False   # started by the flow's startRecording (stopRecording ends it)
        self.frames = 0        # of the closed video

    def start(self, runner: FlowRunner) -> None:
        if self.tape is None and runner.window is not None:
            self.tape = Tape(self.path, runner.window, self.frame, lambda: self.caption)
            self.tape.hold(STEP_SECONDS / 2)

    def stop(self) -> None:
        tape, self.tape = self.tape, None
        if tape is not None:
            tape.hold(STEP_SECONDS / 2)
            tape.close()
            self.frames = tape.video.frames
            if self.on_close is not None:
                self.on_close(tape)

    def window_created(self, runner: FlowRunner, window: QWidget) -> None:
        self.inner.window_created(runner, window)
        self.start(runner)

    def before(self, runner: FlowRunner, command: Command) -> None:
        self.inner.before(runner, command)
        if command.label:
            from gui.flows.choreography import label_of

            self.caption = label_of(runner, command)

    def target(self, runner: FlowRunner, rect: QRect) -> None:
        self.inner.target(runner, rect)
        if self.tape is not None:
            self.tape.camera.tapped = QRect(rect)
            self.tape.hold(TARGET_SECONDS)

    def after(self, runner: FlowRunner, step: StepResult) -> None:
        self.inner.after(runner, step)
        if self.tape is not None:
            self.tape.camera.tapped = None
            if step.depth == 0 or step.command.label:
                self.tape.hold(STEP_SECONDS if step.command.label else STEP_SECONDS / 2)

    def finishing(self, runner: FlowRunner) -> None:
        try:
            self.inner.finishing(runner)
        finally:
            self.stop()

    def stopped(self) -> bool:
        return self.inner.stopped()


def flow_video(folder: Path, number: int, flow_path: Path) -> Path:
    """``main.py test --record DIR``: each flow's video, named as its storyboard folder."""
    return Path(folder) / f"{number:02d}-{flow_path.stem}.mp4"


def set_test_recording(folder: str | None, frame: str) -> None:
    """main.py test: where every flow's video goes (worker processes inherit it)."""
    if folder:
        os.environ[RECORD_ENV] = str(Path(folder).absolute())
        os.environ[FRAME_ENV] = frame
    else:
        os.environ.pop(RECORD_ENV, None)


def flow_hooks(number: int, flow_path: Path, inner: Hooks | None = None) -> Hooks | None:
    """The hooks of one flow of main.py test: recording it when --record DIR was given."""
    folder = os.environ.get(RECORD_ENV)
    if not folder:
        return inner
    return RecordHooks(flow_video(Path(folder), number, flow_path),
                       os.environ.get(FRAME_ENV) or "phone", inner)
