"""The matrix of issue 19: every bundled flow passes in each language, not only the whole story.

``main.py test resources/flows --lang LANG`` (sharded, as a person runs it) for de, es, pt-BR,
ru and pseudo; English is the last step of ``make test`` (and tests/flows/test_main_py_test.py).
The flows are written in English: where a text is a sentence with data or a pattern, the
selector names the element's id too, which decides in another language (docs/flows.md, "Flows
in any language"), while the English run still checks the words.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core import i18n

ROOT = Path(__file__).resolve().parents[2]
FLOWS = ROOT / "resources" / "flows"
OTHER_LANGUAGES = (*(lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE), i18n.PSEUDO)


def bundled() -> list[Path]:
    """The bundled flows: the folder's top level (subflows/ and scripts/ are pulled in)."""
    return sorted(FLOWS.glob("*.yaml"))


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_bundled_flow_passes_in_the_language(main_py, language):
    done = main_py("test", str(FLOWS), "--lang", language, timeout=600)
    output = done.stdout + done.stderr
    count = len(bundled())
    assert done.returncode == 0, output
    assert output.rstrip().splitlines()[-1] == f"{count} passed, 0 failed"
    assert len(re.findall(r"^PASS ", done.stdout, re.MULTILINE)) == count


def test_the_matrix_covers_every_language_but_english():
    assert set(OTHER_LANGUAGES) == {"de", "es", "pt-BR", "ru", "pseudo"}
