#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Study Planner contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# run.sh: install the missing Debian packages, build a release into build/release and start Study Planner.
#   tools/run.sh [studyplanner options...]     e.g. tools/run.sh --database ~/try.sqlite
# The program starts in the caller's working directory, so relative paths in the options work.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/packaging/install-deps.sh" >&2
cmake -S "$root" -B "$root/build/release" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
cmake --build "$root/build/release" --target studyplanner >&2
exec "$root/build/release/app/studyplanner" "$@"
