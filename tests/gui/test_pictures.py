"""A window nobody watches paints only for its pictures (gui/pictures.py): nothing is painted
between pictures, and each picture is the one a window that paints would give."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.pictures import grab, painting, stop_painting


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints: list[str] = []

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            self.paints.append(type(obj).__name__ + ":" + obj.objectName())
        return False


def _window(qtbot) -> tuple[QWidget, QLabel]:
    window = QWidget()
    label = QLabel("Delete account", window)
    QVBoxLayout(window).addWidget(label)
    qtbot.addWidget(window)
    window.resize(240, 80)
    window.show()
    qtbot.waitExposed(window)
    return window, label


def test_a_stopped_window_paints_nothing_but_its_pictures_are_as_painted(qtbot, qapp):
    window, label = _window(qtbot)
    painted = window.grab().toImage()
    stop_painting(window)
    counter = PaintCounter()
    qapp.installEventFilter(counter)
    try:
        label.setText("Delete account ")
        label.setText("Delete account")
        window.update()
        qapp.processEvents()
        assert counter.paints == []
        assert grab(window).toImage() == painted
    finally:
        qapp.removeEventFilter(counter)
    assert not window.updatesEnabled()   # stopped again once the picture is taken


def test_painting_leaves_a_window_that_paints_by_itself_painting(qtbot):
    window, _ = _window(qtbot)
    with painting(window):
        pass
    assert window.updatesEnabled()


def test_the_flow_runner_stops_painting_only_when_nobody_watches(qapp, tmp_path):
    from gui.flows.parser import parse_flow
    from gui.flows.runner import Artifacts, FlowRunner, StoreMaker

    flow = tmp_path / "look.yaml"
    flow.write_text("name: look\n---\n- launchApp\n- tapOn: {id: profile_photo}\n")
    seen = []

    def factory(controller):
        from gui.builder import build_window

        window = build_window(controller)
        seen.append(window)
        return window

    stores = StoreMaker()
    try:
        runner = FlowRunner(parse_flow(flow), stores, Artifacts(None, False),
                            window_factory=factory)
        assert runner.run().passed
        assert not seen[0].updatesEnabled()
    finally:
        stores.close()
