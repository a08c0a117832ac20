#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Study Planner contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# test.sh: everything CI checks, from the repository root of a fresh clone:
#   1. install the missing Debian packages (packaging/install-deps.sh);
#   2. build everything with warnings as errors into build/test and run all tests, then check the
#      format of the C++ sources where clang-format is installed;
#   3. start the built program offscreen (--version) and install it into build/test-install;
#   4. build core and its tests alone into build/test-core and run them (core must not need Qt Widgets).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

step "Dependencies"
bash packaging/install-deps.sh

step "Full build (build/test)"
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTUDYPLANNER_WERROR=ON
cmake --build build/test
ctest --test-dir build/test --output-on-failure

if command -v clang-format >/dev/null && command -v git >/dev/null && git rev-parse --git-dir >/dev/null 2>&1; then
    step "Format (clang-format, .clang-format)"
    cmake --build build/test --target check-format
fi

step "Smoke test and install"
QT_QPA_PLATFORM=offscreen build/test/app/studyplanner --version
rm -rf build/test-install
DESTDIR="$PWD/build/test-install" cmake --install build/test --prefix /usr
for f in bin/studyplanner share/applications/io.github.studyplanner.StudyPlanner.desktop \
         share/metainfo/io.github.studyplanner.StudyPlanner.metainfo.xml \
         share/icons/hicolor/scalable/apps/io.github.studyplanner.StudyPlanner.svg; do
    [[ -f build/test-install/usr/$f ]] || { echo "test.sh: /usr/$f was not installed" >&2; exit 1; }
done
echo "installed into build/test-install/usr"

step "Core alone (build/test-core, STUDYPLANNER_BUILD_APP=OFF)"
cmake -S . -B build/test-core -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTUDYPLANNER_WERROR=ON -DSTUDYPLANNER_BUILD_APP=OFF
cmake --build build/test-core
ctest --test-dir build/test-core --output-on-failure

step "All checks passed"
