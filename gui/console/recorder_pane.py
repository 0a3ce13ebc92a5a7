"""The console's recorder, like Maestro Studio: Record writes what is done on the phone and in
the console as a flow (gui/flows/recorder.py), this pane shows its YAML as it grows, Stop
ends it and Save… writes it to a file chosen in a dialog.

The Record / Stop button sits in the console's header (``record_button``); the pane shows
beside the records once there is something recorded. The recorder's own controls are never
recorded. ``target``: a file the flow is written to at each Stop (``main.py record OUT.yaml``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.console.widgets import button, caption, named
from gui.counts import CONSOLE
from gui.i18n import translate

HINT = QT_TRANSLATE_NOOP("Console", "Taps, typing and scrolls on the phone and here become "
                         "flow commands. The flow replays from the app's start on the demo "
                         "world: Reset to demo world before you record.")



def gui_header(world_name: str) -> str:
    """A flow recorded in the app: its name, and which world it was recorded on."""
    return (f"name: Recorded flow\n"
            f"# recorded in the app on “{world_name}”\n"
            f"# replays on the demo world\n"
            f"# (world_file: names another)\n")


class RecorderPane(QFrame):
    message = Signal(str, str)   # text, kind: as the console's cards
    saved = Signal(str)          # the path a flow was written to

    def __init__(self, window_of, header_of, parent: QWidget | None = None) -> None:
        """``window_of()``: the window whose phone and console are recorded; ``header_of()``:
        the flow's header when a recording starts afresh."""
        super().__init__(parent)
        named(self, "recorder_pane", translate("Console", "Recorder"))
        self.setProperty("card", True)
        self._window_of = window_of
        self._header_of = header_of
        self.recorder = None
        self.target: Path | None = None
        self.dialog: QFileDialog | None = None
        self._build_ui()
        self._connect_signals()
        self.hide()

    def _build_ui(self) -> None:
        self.record_button = button(translate("Console", "● Record"), "record_flow",
                                    tip=translate("Console", "Record what you do on the phone "
                                                  "and here as a flow"))
        self.record_button.setProperty("recording", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        heading = QLabel(translate("Console", "Recorded flow").upper())
        heading.setProperty("role", "card_title")
        self.status = named(QLabel(""), "record_status",
                            translate("Console", "Recording state"))
        self.status.setProperty("role", "strong")
        self.hint = caption(translate("Console", HINT), "record_hint")
        self.hint.setWordWrap(True)
        self.yaml_view = named(QPlainTextEdit(), "recorded_flow",
                               translate("Console", "Recorded flow"))
        self.yaml_view.setReadOnly(True)
        self.yaml_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.yaml_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.save_button = button(translate("Console", "Save…"), "record_save", "primary",
                                  tip=translate("Console", "Write the flow to a YAML file"))
        self.clear_button = button(translate("Console", "Clear"), "record_clear",
                                   tip=translate("Console", "Start the flow afresh"))
        self.close_button = button(translate("Console", "Close"), "record_close",
                                   tip=translate("Console", "Hide the recorded flow"))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addWidget(heading)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        layout.addWidget(self.yaml_view, 1)
        layout.addLayout(row)

    def _connect_signals(self) -> None:
        self.record_button.clicked.connect(self.toggle)
        self.save_button.clicked.connect(self.choose_file)
        self.clear_button.clicked.connect(self.clear)
        self.close_button.clicked.connect(self.close_pane)

    # -- recording -------------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        return self.recorder is not None and self.recorder.recording

    def toggle(self) -> None:
        self.stop() if self.recording else self.start()

    def start(self, header: str | None = None) -> None:
        """Record (after a Stop, the same flow goes on). ``header``: the flow's header from
        now on (main.py record's, naming its world), also after Clear."""
        if header is not None:
            self._header_of = lambda: header
        if self.recorder is None:
            from gui.flows.recorder import Recorder  # the flow driver: loaded when first used

            self.recorder = Recorder(self._window_of(),
                                     self._header_of(),
                                     parent=self, ignored=(self, self.record_button))
            self.recorder.changed.connect(self._show_yaml)
        self.recorder.start()
        self._show_yaml(self.recorder.yaml())
        self.show()

    def stop(self) -> None:
        if self.recorder is None:
            return
        self.recorder.stop()
        self._show_yaml(self.recorder.yaml())
        if self.target is not None:
            self.save_to(self.target)

    def clear(self) -> None:
        recording = self.recording
        if self.recorder is not None:
            self.recorder.stop()
            self.recorder.deleteLater()
            self.recorder = None
        if recording:
            self.start()
        else:
            self.yaml_view.clear()
            self._set_state()

    def close_pane(self) -> None:
        if self.recording:
            self.stop()
        self.hide()

    def _show_yaml(self, text: str) -> None:
        self.yaml_view.setPlainText(text)
        self.yaml_view.moveCursor(QTextCursor.MoveOperation.End)
        self.yaml_view.ensureCursorVisible()
        self._set_state()

    def _set_state(self) -> None:
        recording = self.recording
        count = self.recorder.count if self.recorder is not None else 0
        state = (translate("Console", "● Recording · {commands}") if recording else
                 translate("Console", "Stopped · {commands}"))
        self.status.setText(state.format(commands=CONSOLE.commands(count)))
        self.status.setProperty("recording", recording)
        self.record_button.setText(translate("Console", "■ Stop") if recording
                                   else translate("Console", "● Record"))
        self.record_button.setAccessibleName(translate("Console", "Stop recording") if recording
                                             else translate("Console", "Record"))
        self.record_button.setProperty("recording", recording)
        for widget in (self.status, self.record_button):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.save_button.setEnabled(self.recorder is not None)

    # -- saving ----------------------------------------------------------------------------
    def choose_file(self) -> QFileDialog:
        """A non-modal save dialog (the app, a test or a flow never blocks on it)."""
        title = translate("Console", "Save the recorded flow")
        dialog = QFileDialog(self, title, str(Path.cwd()),
                             translate("Console", "Flow files (*.yaml *.yml)"))
        named(dialog, "record_save_dialog", title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("yaml")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(self.save_to)
        self.dialog = dialog
        dialog.open()
        return dialog

    def save_to(self, path: str | Path) -> bool:
        if self.recorder is None:
            self.message.emit(translate("Console", "Nothing is recorded yet: press Record first."),
                              "error")
            return False
        path = Path(path)
        if path.suffix not in (".yaml", ".yml"):
            self.message.emit(translate("Console", "{file}: a flow file ends in .yaml; save it "
                                        "as {suggested}.").format(
                file=path.name, suggested=path.with_suffix(".yaml").name), "error")
            return False
        try:
            self.recorder.save(path)
        except OSError as exc:
            self.message.emit(translate("Console", "Could not write {file}: {error}; choose "
                                        "another folder.").format(
                file=path, error=exc.strerror or exc), "error")
            return False
        self.message.emit(translate("Console", "Saved the flow ({commands}) to {file}; run it "
                                    "with main.py test {file}").format(
            commands=CONSOLE.commands(self.recorder.count), file=path), "ok")
        self.saved.emit(str(path))
        return True
