"""PySide6 widgets: the phone, the simulator console, the flow runner. Never writes SQL."""
