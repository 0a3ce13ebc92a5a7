#!/usr/bin/env bash
# Checks that the system libraries Qt's window-system plugin (xcb) needs are present; installs
# the missing ones with apt-get when run as root on Debian/Ubuntu, else prints the command.
# Usage: scripts/qt-system-libs.sh PYTHON   (the venv's python, with PySide6 installed)
set -uo pipefail
py="${1:-python3}"
qt=$("$py" -c 'import PySide6, os; print(os.path.join(list(PySide6.__path__)[0], "Qt"))') || exit 0
[[ "$(uname -s)" == Linux ]] || exit 0
missing=$(ldd "$qt/plugins/platforms/libqxcb.so" "$qt/lib/libQt6XcbQpa.so.6" "$qt/lib/libQt6Gui.so.6" \
          "$qt/lib/libQt6Widgets.so.6" 2>/dev/null \
          | awk '/not found/ {print $1}' | sort -u)
[[ -z "$missing" ]] && exit 0
pkgs=()
for lib in $missing; do
    case "$lib" in
        libxcb-cursor.so.*) pkgs+=(libxcb-cursor0) ;;
        libxcb-icccm.so.*) pkgs+=(libxcb-icccm4) ;;
        libxcb-keysyms.so.*) pkgs+=(libxcb-keysyms1) ;;
        libxcb-image.so.*) pkgs+=(libxcb-image0) ;;
        libxcb-render-util.so.*) pkgs+=(libxcb-render-util0) ;;
        libxcb-shape.so.*) pkgs+=(libxcb-shape0) ;;
        libxcb-randr.so.*) pkgs+=(libxcb-randr0) ;;
        libxcb-xkb.so.*) pkgs+=(libxcb-xkb1) ;;
        libxcb-xinput.so.*) pkgs+=(libxcb-xinput0) ;;
        libxcb-sync.so.*) pkgs+=(libxcb-sync1) ;;
        libxcb-xfixes.so.*) pkgs+=(libxcb-xfixes0) ;;
        libxcb-shm.so.*) pkgs+=(libxcb-shm0) ;;
        libxcb-render.so.*) pkgs+=(libxcb-render0) ;;
        libxcb.so.*) pkgs+=(libxcb1) ;;
        libX11-xcb.so.*) pkgs+=(libx11-xcb1) ;;
        libX11.so.*) pkgs+=(libx11-6) ;;
        libxkbcommon-x11.so.*) pkgs+=(libxkbcommon-x11-0) ;;
        libxkbcommon.so.*) pkgs+=(libxkbcommon0) ;;
        libEGL.so.*) pkgs+=(libegl1) ;;
        libGL.so.*|libOpenGL.so.*) pkgs+=(libgl1 libopengl0) ;;
        libfontconfig.so.*) pkgs+=(libfontconfig1) ;;
        libfreetype.so.*) pkgs+=(libfreetype6) ;;
        libdbus-1.so.*) pkgs+=(libdbus-1-3) ;;
        libglib-2.0.so.*|libgthread-2.0.so.*) pkgs+=(libglib2.0-0) ;;
        *) echo "qt-system-libs: $lib is missing (no package known for it)" >&2 ;;
    esac
done
((${#pkgs[@]})) || exit 0
mapfile -t pkgs < <(printf '%s\n' "${pkgs[@]}" | sort -u)
if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing the system libraries Qt needs for a window: ${pkgs[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}"
else
    echo "Qt needs system libraries that are missing: $missing" >&2
    echo "Install them, e.g.: sudo apt-get install ${pkgs[*]}" >&2
fi
exit 0
