"""Loads the QSS style sheets from resources/styles once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"


def load_styles(app: QApplication) -> None:
    sheets = sorted(STYLES.glob("*.qss"))
    app.setStyleSheet("\n".join(p.read_text(encoding="utf-8") for p in sheets))
