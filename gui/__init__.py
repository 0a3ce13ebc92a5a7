"""PySide6 widgets: the phone, the simulator console, the flow runner. Never writes SQL."""

from gui import pyside_scan

pyside_scan.install()   # before PySide6 loads: its check of each later import, made cheap
