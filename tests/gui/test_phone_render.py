"""Every screen and sheet of the phone renders offscreen to a crisp PNG, on both platforms,
and so does its motion half way (a push, a sheet, the browser presented, the keyboard rising).

Set STORYBOARD_DIR to the storyboard of the bundled flows (``main.py test resources/flows
--test-output-dir DIR``) to put them in its ``screens/`` folder, with an index.html the
storyboard links to; or PHONE_SCREENS_DIR (e.g. out/screens) to keep them for review;
otherwise they go to a temporary folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from core import services as sv
from gui.phone.phone import SCREEN_NAMES, render_screen_png
from tests.gui.phone_tour import gallery_root, tour, write_gallery


def _shoot(drive, out: Path, name: str, shots: list[Path]) -> None:
    shots.append(render_screen_png(drive.phone, out / f"{len(shots) + 1:02d}_{name}.png"))


@pytest.mark.parametrize("platform", ["ios", "android"])
def test_every_screen_and_sheet_renders_to_png(drive, controller, tmp_path, platform):
    """Both platforms: on Android (its policy offering the option there) the phone is drawn
    as an Android phone, every screen the same with Android's bars and controls."""
    out = gallery_root(tmp_path) / platform
    shots: list[Path] = []
    seen: set[str] = set()
    if platform == "android":
        controller.act(sv.set_policy, platforms=["ios", "android"])
        controller.act(sv.set_platform, "android")
        assert drive.phone.platform == "android"

    def shoot(name: str) -> None:
        seen.add(drive.screen)
        _shoot(drive, out, name, shots)

    tour(drive, controller, shoot)

    assert seen == set(SCREEN_NAMES)
    for path in shots:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (828, 1736), path
        centre = image.pixelColor(image.width() // 2, image.height() // 2)
        corner = image.pixelColor(1, 1)
        assert centre.alpha() == 255 and corner.alpha() == 0, path
    write_gallery(out.parent)
