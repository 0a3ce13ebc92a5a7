"""Fixtures for the flow runner's tests: flow files in tmp_path, a stand-in window, main.py."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def write_flow(tmp_path: Path):
    """write_flow("name.yaml", text) -> path; the text is dedented."""

    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return write


@pytest.fixture
def main_py(tmp_path: Path):
    """Run ``python main.py ARGS`` headless; returns the CompletedProcess (text)."""

    def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=tmp_path,
                              env=env, capture_output=True, text=True, timeout=timeout)

    return run


class StandInWindow(QMainWindow):
    """Real Qt widgets shaped like the app (a phone with a scrolling page and a console) for
    testing the runner's mechanics apart from the app's screens."""

    def __init__(self, controller) -> None:
        super().__init__()
        self.controller = controller
        central = QWidget()
        layout = QVBoxLayout(central)
        self.phone = QWidget(objectName="phone")
        self.console = QWidget(objectName="console")
        layout.addWidget(self.phone)
        layout.addWidget(self.console)
        self.setCentralWidget(central)
        self.stack = QStackedWidget(self.phone)
        QVBoxLayout(self.phone).addWidget(self.stack)
        # page 0: a profile page that needs scrolling
        page = QWidget()
        body = QVBoxLayout(page)
        self.photo = QPushButton("", objectName="profile_photo")
        self.photo.setAccessibleName("Profile photo")
        body.addWidget(self.photo)
        body.addWidget(QLabel("Anna Petrova"))
        for i in range(40):
            body.addWidget(QLabel(f"Filler line {i}"))
        self.delete = QPushButton("Delete account", objectName="delete_account")
        body.addWidget(self.delete)
        scroll = QScrollArea(objectName="profile_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.stack.addWidget(scroll)
        # page 1: a form
        form = QWidget()
        fl = QVBoxLayout(form)
        fl.addWidget(QLabel("The request will be processed within 30 days.\nThank you."))
        self.reason = QLineEdit(objectName="reason")
        self.reason.setPlaceholderText("Reason")
        self.confirm = QCheckBox("I confirm", objectName="confirm")
        self.send = QPushButton("Send request", objectName="send_request")
        self.send.setEnabled(False)
        self.back_button = QPushButton("Back", objectName="back")
        for w in (self.reason, self.confirm, self.send, self.back_button):
            fl.addWidget(w)
        self.stack.addWidget(form)
        self.delete.clicked.connect(lambda: self.stack.setCurrentIndex(1))
        self.back_button.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.confirm.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        cl = QVBoxLayout(self.console)
        cl.addWidget(QPushButton("Process now", objectName="process_now"))
        cl.addWidget(QLabel("Console"))

    def _update(self) -> None:
        self.send.setEnabled(self.confirm.isChecked() and bool(self.reason.text().strip()))
