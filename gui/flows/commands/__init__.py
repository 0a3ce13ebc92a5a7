"""The flow commands: one unit per command (base.py), in families (phone.py, control.py,
backend.py, ...); registry.py loads them all. The parser, the runner, ``main.py check``, the
docs table and the JSON Schema read that registry."""
