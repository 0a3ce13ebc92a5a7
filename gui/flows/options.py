"""The run's options that ``main.py test`` hands to every flow: -e values and the flow time
limit. The parent sets them before its workers start (they inherit the environment); this
module is light, so the parent sets them without importing the runner first."""

from __future__ import annotations

import json
import os

from gui.flows.model import maestro_shell_env

FLOW_SECONDS = 600.0    # a flow's time limit unless --flow-timeout says otherwise
HOOK_SECONDS = 60.0     # onFlowComplete gets at least this long after a flow ran out of time
OPTIONS_ENV = "B24SIM_FLOW_OPTIONS"  # how main.py test hands -e and --flow-timeout to workers


def run_options() -> dict:
    """The run's -e values and flow time limit, as main.py test set them for every flow
    (its worker processes inherit them through the environment)."""
    try:
        data = json.loads(os.environ.get(OPTIONS_ENV) or "{}")
    except ValueError:
        data = {}
    env = data.get("env") if isinstance(data.get("env"), dict) else {}
    timeout = data.get("flow_timeout")
    if not isinstance(timeout, int | float) or timeout <= 0:
        timeout = FLOW_SECONDS
    env = {**maestro_shell_env(), **{str(k): str(v) for k, v in env.items()}}
    return {"env": env, "flow_timeout": float(timeout)}


def set_run_options(env: dict[str, str], flow_timeout: float | None) -> None:
    os.environ[OPTIONS_ENV] = json.dumps({"env": env, "flow_timeout": flow_timeout})
