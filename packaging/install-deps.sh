#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Study Planner contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# install-deps.sh: install the Debian 12 packages needed to build, test and run Study Planner.
#
#   packaging/install-deps.sh [--bench] [--dev]
#
#   --bench   also what benchmarks/startup.sh needs (Xvfb, Xlib headers, xdpyinfo)
#   --dev     also the developer tools (clang-format 14, shellcheck, git)
#
# Only missing packages are installed (apt-get update runs only then), as root or through sudo.
set -euo pipefail

# Build and test dependencies; new libraries go here. The xcb and offscreen platform plugins come with
# libqt6gui6 (a dependency of qt6-base-dev), the SQLite driver and the SVG icon engine are plugins and
# so are listed by name. libmd4c-html0-dev: Debian 12's md4cConfig.cmake (in libmd4c-dev) also
# imports md4c-html and fails without it. libqt6opengl6-dev: Qt6ChartsConfig.cmake needs Qt6OpenGL's
# CMake files, which qt6-charts-dev does not pull in.
build_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev
    libmd4c-dev libmd4c-html0-dev libsqlite3-dev libical-dev python3-icalendar python3-recurring-ical-events libxss-dev
    fonts-noto-cjk fonts-wqy-microhei poppler-utils tzdata
    xvfb xauth dbus-daemon trayer appstream desktop-file-utils
)
bench_packages=(x11-utils libx11-dev sqlite3)
dev_packages=(clang-format shellcheck git)

packages=("${build_packages[@]}")
for arg in "$@"; do
    case $arg in
        --bench) packages+=("${bench_packages[@]}") ;;
        --dev) packages+=("${dev_packages[@]}") ;;
        -h | --help) sed -n '4,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "install-deps: unknown option $arg" >&2; exit 2 ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    if [[ $(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null) != installed ]]; then
        missing+=("$p")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
