"""``--lang LANG`` on the command line (issue 19): one of the five (or pseudo), else exit 2
naming them with nothing stored; refused where there is no window; the GUI and the demo
otherwise speak the system locale's language, flow runs English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import b24_delete_account as cli
from core import i18n

ROOT = Path(__file__).resolve().parents[2]


def run_main(*args: str, **env: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("where", [(), ("demo",), ("hierarchy",), ("record", "out.yaml")])
def test_a_language_that_is_not_one_of_the_five_stops_naming_them_and_stores_nothing(
        tmp_path, where):
    before = (["--data-dir", str(tmp_path)] if not where else [])
    done = run_main(*before, *(where[:1]), "--lang", "xx", *where[1:])
    assert done.returncode == 2, done.stderr
    assert "'xx' is not one of the app's languages" in done.stderr
    assert "en, de, es, pt-BR, ru" in done.stderr
    assert "Traceback" not in done.stderr
    assert not any(tmp_path.iterdir())


def test_lang_is_refused_where_there_is_no_window(tmp_path):
    done = run_main("--lang", "de", "process", "--data-dir", str(tmp_path))
    assert done.returncode == 2
    assert "--lang does nothing with 'process'" in done.stderr


def test_the_gui_starts_in_the_pseudo_language(tmp_path):
    done = run_main("--lang", "pseudo", "--data-dir", str(tmp_path), "--exit-when-ready")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ready at" in done.stdout


@pytest.mark.parametrize("spelling", ["pt_br", "PT-BR", "pt"])
def test_lang_forgives_the_spelling_of_brazilian_portuguese(spelling):
    args = cli.build_parser().parse_args(["test", "--lang", spelling, "flow.yaml"])
    assert args.lang == "pt-BR"


def test_the_gui_speaks_the_system_locale_and_flow_runs_english(monkeypatch):
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    cli._choose_language("gui", None)
    assert i18n.default() == "de"
    cli._choose_language("test", None)
    assert i18n.default() == "en"
    cli._choose_language("gui", "ru")
    assert i18n.default() == "ru"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    cli._choose_language("demo", None)
    assert i18n.default() == "en"


def test_lang_reaches_the_flow_runs_and_their_workers(monkeypatch):
    from gui.flows.runner import LANGUAGE_ENV, run_language

    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert run_language() is None
    cli._choose_language("test", "es")
    assert os.environ[LANGUAGE_ENV] == "es" and run_language() == "es"
