"""``main.py test ... --pdf FILE`` and ``main.py demo --pdf FILE``: a storyboard on paper.

One page per flow: the phone at each labelled step (every top-level step when the flow has no
labels), the tapped control outlined, the caption under it (the label, or a sentence made from
the command: "Tap Delete account"); then the emails of the story, one after another (subject,
to, date, the plain text). Qt's own PDF writer draws it.

While a flow runs (in a worker process of main.py test, or in the demo), ``Handout`` keeps a
phone picture per step and, when the flow ends, its emails, in ``NN-flow/`` of a folder;
``write_pdf`` makes the PDF from those folders and the flows' results, in the parent.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QWidget

from core import words
from core.i18n import flow_text
from gui.flows.model import Command, shown_path
from gui.flows.recording import Camera
from gui.flows.runner import FlowResult, FlowRunner, Hooks, StepResult
from gui.flows.sentences import sentence as words_of
from gui.i18n import translate

HANDOUT_ENV = "B24SIM_FLOW_HANDOUT"  # main.py test --pdf: the workers' pictures folder
STORY = "handout.json"
COLUMNS, ROWS = 6, 2  # phones per page: a long flow goes on over more pages
DPI = 150


# ---------------------------------------------------------------- captions


def sentence(command: Command, runner=None) -> str:
    """The step's caption: its label (its ``${...}`` evaluated when ``runner`` is given), or
    what the command does in words (gui/flows/sentences.py)."""
    if command.label and runner is not None:
        from gui.flows.choreography import label_of

        return label_of(runner, command)
    return words_of(command)


# ---------------------------------------------------------------- while the flow runs


class Handout(Hooks):
    """Around another presenter (``inner``): a phone picture of every step, with the control
    the step tapped outlined (taken just before the tap), and the emails when it ends."""

    def __init__(self, inner: Hooks | None = None, folder: Path | None = None,
                 number: int = 1) -> None:
        self.inner = inner or Hooks()
        self.folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="b24-handout-"))
        self.number = number
        self.steps: list[dict] = []
        self._camera: Camera | None = None
        self._tap: QImage | None = None
        self._flow_dir: Path | None = None

    def window_created(self, runner: FlowRunner, window: QWidget) -> None:
        self._camera = Camera(window, "phone", caption=lambda: "", mark_taps=True)
        self.inner.window_created(runner, window)

    def before(self, runner: FlowRunner, command: Command) -> None:
        self.inner.before(runner, command)

    def target(self, runner: FlowRunner, rect: QRect) -> None:
        if self._camera is not None and self._tap is None:
            self._camera.tapped = QRect(rect)
            self._tap = self._phone()
            self._camera.tapped = None
        self.inner.target(runner, rect)

    def after(self, runner: FlowRunner, step: StepResult) -> None:
        self.inner.after(runner, step)
        picture, self._tap = self._tap, None
        if step.depth and not step.command.label:
            return
        if picture is None and self._camera is not None and runner.window is not None:
            picture = self._phone()
        if picture is None:
            return
        path = self.flow_dir(runner) / f"h{len(self.steps) + 1:03d}.png"
        picture.save(str(path), "PNG", 60)
        self.steps.append({"picture": str(path), "caption": sentence(step.command, runner),
                           "labelled": bool(step.command.label), "status": step.status,
                           "depth": step.depth})

    def _phone(self) -> QImage:
        image = self._camera.picture()
        return image.copy(0, 0, image.width(), image.height() - _band())

    def flow_dir(self, runner: FlowRunner) -> Path:
        if self._flow_dir is None:
            self._flow_dir = self.folder / f"{self.number:02d}-{runner.flow.path.stem}"
            self._flow_dir.mkdir(parents=True, exist_ok=True)
        return self._flow_dir

    def finishing(self, runner: FlowRunner) -> None:
        try:
            self.inner.finishing(runner)
        finally:
            story = {"steps": self.steps, "emails": _emails(runner)}
            (self.flow_dir(runner) / STORY).write_text(json.dumps(story, ensure_ascii=False),
                                                       encoding="utf-8")

    def stopped(self) -> bool:
        return self.inner.stopped()

    def write(self, results: list[FlowResult], target: Path) -> Path:
        return write_pdf(results, self.folder, target)


def _band() -> int:
    from gui.flows.recording import CAPTION_HEIGHT

    return CAPTION_HEIGHT


def _emails(runner: FlowRunner) -> list[dict]:
    """Every email of the flow's store, oldest first (what a reader of the story received)."""
    from core.queries import email_detail, emails_page

    if runner.controller is None:
        return []
    try:
        rows = runner.controller.read(emails_page, 0, 500, "id", False)
        found = [runner.controller.read(email_detail, row.id) for row in rows]
    except Exception:  # noqa: BLE001 - a broken store leaves the appendix empty, not the run
        return []
    return [{"subject": e.subject, "to": f"{e.to_name} <{e.to_addr}>" if e.to_name else
             e.to_addr, "date": words.when(e.created_at), "text": e.text_body}
            for e in found if e is not None]


def set_test_handout(pdf: str | None) -> Path | None:
    """main.py test --pdf: the folder the workers keep their pictures in (they inherit it)."""
    if not pdf:
        os.environ.pop(HANDOUT_ENV, None)
        return None
    folder = Path(tempfile.mkdtemp(prefix="b24-handout-"))
    os.environ[HANDOUT_ENV] = str(folder)
    return folder


def flow_handout(number: int, inner: Hooks | None) -> Hooks | None:
    """One flow's hooks under main.py test --pdf (None: no handout wanted)."""
    folder = os.environ.get(HANDOUT_ENV)
    if not folder:
        return inner
    return Handout(inner, Path(folder), number)


# ---------------------------------------------------------------- the PDF


def _story(folder: Path, number: int, result: FlowResult) -> dict:
    try:
        return json.loads((folder / f"{number:02d}-{result.path.stem}" / STORY)
                          .read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"steps": [], "emails": []}


def write_pdf(results: list[FlowResult], folder: Path, target: Path,
              numbers: list[int] | None = None) -> Path:
    """A page per flow (more for a long one), then the emails of every flow (the appendix),
    into ``target``; ``numbers``: each result's place in the run (its NN-flow folder)."""
    numbers = numbers or list(range(1, len(results) + 1))
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(target))
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(translate("Handout", "Flow handout"))
    writer.setCreator("b24-delete-account")
    painter = QPainter(writer)
    emails: list[tuple[str, dict]] = []
    try:
        for number, result in zip(numbers, results, strict=True):
            if result is not results[0]:
                writer.newPage()
            story = _story(folder, number, result)
            steps = story["steps"]
            chosen = _chosen(steps)
            columns = _columns(chosen)
            per = columns * ROWS
            for first in range(0, max(len(chosen), 1), per):
                if first:
                    writer.newPage()
                _flow_page(painter, writer, result, chosen[first:first + per], first, columns)
            emails += [(result.name, e) for e in story["emails"]]
        writer.newPage()
        _appendix(painter, writer, emails)
    finally:
        painter.end()
    return target


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _chosen(steps: list[dict]) -> list[dict]:
    """The flow's own labelled steps (a sub-flow's labels, "Item 3 read", only when the flow
    has none of its own), else every step of its own."""
    own = [s for s in steps if not s.get("depth")]
    return ([s for s in own if s["labelled"]] or [s for s in steps if s["labelled"]]
            or own or steps)


def _columns(chosen: list[dict]) -> int:
    """Six phones across a page; three when the pictures hold two phones side by side."""
    image = QImage(chosen[0]["picture"]) if chosen else QImage()
    wide = not image.isNull() and image.width() > image.height() * 0.75
    return COLUMNS // 2 if wide else COLUMNS


def _flow_page(painter: QPainter, writer: QPdfWriter, result: FlowResult, chosen: list[dict],
               first: int, columns: int = COLUMNS) -> None:
    page = QRectF(writer.pageLayout().paintRectPixels(DPI))
    page.moveTo(0, 0)
    painter.setFont(_font(15, True))
    painter.setPen(QColor("#1f2933"))
    head = QRectF(0, 0, page.width(), 40 * DPI / 72)
    state = translate("Handout", "passed") if result.passed else translate("Handout", "FAILED")
    heading = (translate("Handout", "{flow}  ({state}) (continued)") if first else
               translate("Handout", "{flow}  ({state})"))
    painter.drawText(head, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                     heading.format(flow=flow_text(result.name), state=state))
    top = head.bottom() + 8
    if not chosen:
        painter.setFont(_font(10))
        painter.drawText(QRectF(0, top, page.width(), page.height() - top),
                         int(Qt.TextFlag.TextWordWrap),
                         result.failure or translate("Handout", "No step ran."))
        return
    rows = ROWS
    cell_w = page.width() / columns
    cell_h = (page.height() - top) / rows
    caption_h = 30 * DPI / 72
    for i, step in enumerate(chosen):
        x, y = (i % columns) * cell_w, top + (i // columns) * cell_h
        image = QImage(step["picture"])
        box = QRectF(x + 6, y + 4, cell_w - 12, cell_h - caption_h - 8)
        if not image.isNull():
            size = image.size().scaled(int(box.width()), int(box.height()),
                                       Qt.AspectRatioMode.KeepAspectRatio)
            at = QRectF(box.x() + (box.width() - size.width()) / 2, box.y(),
                        size.width(), size.height())
            # drawn at the page's resolution: the PDF holds no more pixels than it shows
            painter.drawImage(at, image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        painter.setFont(_font(8, step["status"] == "failed"))
        painter.setPen(QColor("#e2434b" if step["status"] == "failed" else "#1f2933"))
        painter.drawText(QRectF(x + 4, y + cell_h - caption_h - 2, cell_w - 8, caption_h),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                         f"{first + i + 1}. {step['caption']}")


def _appendix(painter: QPainter, writer: QPdfWriter, emails: list[tuple[str, dict]]) -> None:
    """The emails one after another, a new page whenever the next does not fit."""
    page = QRectF(writer.pageLayout().paintRectPixels(DPI))
    page.moveTo(0, 0)
    painter.setPen(QColor("#1f2933"))
    painter.setFont(_font(15, True))
    painter.drawText(QRectF(0, 0, page.width(), 40 * DPI / 72),
                     int(Qt.AlignmentFlag.AlignVCenter),
                     translate("Handout", "Appendix: the emails of the story"))
    y = 40 * DPI / 72 + 8
    if not emails:
        painter.setFont(_font(10))
        painter.drawText(QRectF(0, y, page.width(), 200), 0,
                         translate("Handout", "No email was sent."))
        return
    flags = int(Qt.TextFlag.TextWordWrap)
    for flow, email in emails:
        head = translate("Handout", "{subject}\nTo: {to}\nDate: {date}\nFlow: {flow}").format(
            subject=email["subject"], to=email["to"], date=email["date"], flow=flow)
        painter.setFont(_font(9))
        body = painter.boundingRect(QRectF(0, 0, page.width(), 1e6), flags, email["text"])
        painter.setFont(_font(10, True))
        top = painter.boundingRect(QRectF(0, 0, page.width(), 1e6), flags, head)
        need = top.height() + body.height() + 30
        if y + need > page.height() and y > 60:
            writer.newPage()
            y = 0.0
        painter.drawText(QRectF(0, y, page.width(), top.height()), flags, head)
        y += top.height() + 6
        painter.setFont(_font(9))
        painter.drawText(QRectF(0, y, page.width(), body.height()), flags, email["text"])
        y += body.height() + 24
        painter.setPen(QColor("#c0c8d0"))
        painter.drawLine(0, int(y - 12), int(page.width()), int(y - 12))
        painter.setPen(QColor("#1f2933"))


def write_test_pdf(results: list[FlowResult], numbers: list[int], target: str) -> Path | None:
    """main.py test --pdf: the handout from the workers' folder; a line either way."""
    from PySide6.QtGui import QGuiApplication

    def say(text: str, err: bool = False) -> None:  # not cli.say: cli imports this module
        print(text, file=sys.stderr if err else sys.stdout, flush=True)

    folder = os.environ.get(HANDOUT_ENV)
    if not folder:
        return None
    _ = QGuiApplication.instance() or QGuiApplication([])  # fonts for the PDF's text
    try:
        path = write_pdf(results, Path(folder), Path(target), numbers)
    except OSError as exc:
        say(f"error: cannot write the handout: {exc}", err=True)
        return None
    finally:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    say(f"handout: {shown_path(path)}")
    return path
