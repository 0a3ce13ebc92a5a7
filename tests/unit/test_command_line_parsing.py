"""Reading the command line: a GUI launch does not import the flow commands' modules (they load
SQLAlchemy, which the launch screen must paint before); every command is still there, and a
line the light parser cannot read gets the full parser's message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import b24_delete_account as cli

ROOT = Path(__file__).resolve().parents[2]


def _fresh_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_a_gui_launch_reads_its_options_without_loading_sqlalchemy():
    done = _fresh_python(
        "import sys, b24_delete_account as c\n"
        "a = c.parse_command_line(['--data-dir', 'x', '-v', '--exit-after-first-paint'])\n"
        "print(a.command, a.data_dir, a.verbose, a.exit_after_first_paint,\n"
        "      sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'gui.flows'))))\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["None", "x", "1", "True", "[]"]


def test_the_flow_commands_are_the_ones_the_light_parser_leaves_out():
    def commands(parser) -> set[str]:
        return set(parser._subparsers._group_actions[0].choices)

    full = commands(cli.build_parser())
    light = commands(cli.build_parser(flow_commands=False))
    assert full - light == cli.FLOW_COMMANDS
    assert {"demo", "process", "reset", "restore", "seed"} <= light


def test_a_flow_command_and_a_bad_option_are_read_by_the_full_parser(capsys):
    args = cli.parse_command_line(["test", "resources/flows", "-v"])
    assert args.command == "test" and args.verbose == 1
    try:
        cli.parse_command_line(["--no-such-option"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("a bad option was accepted")
    err = capsys.readouterr().err
    assert "unrecognized arguments: --no-such-option" in err
    assert "{test,hierarchy,record,check,schema,demo," in err  # the full usage, every command
    assert "Traceback" not in err
