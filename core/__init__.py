"""The simulated Bitrix24 backend. Qt-free: nothing here imports PySide6."""
