"""Command-line refusals found by trying the commands as a user would."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("speed", ["0", "-1", "nan"])
def test_demo_refuses_a_speed_that_is_not_more_than_zero(main_py, speed):
    done = main_py("demo", f"--speed={speed}", timeout=60)
    assert done.returncode == 1
    assert "--speed must be more than 0" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
