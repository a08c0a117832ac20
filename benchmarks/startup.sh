#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Study Planner contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# startup.sh: compare the startup time and memory of studyplanner with a minimal Qt Widgets program.
#
#   benchmarks/startup.sh [options] BUILD_DIR [RUNS=10]
#
#   --app PATH         the program under test (default BUILD_DIR/app/studyplanner)
#   --reference PATH   the reference (default BUILD_DIR/benchmarks/bench_minimal_widgets)
#   --settle SECONDS   wait after the window is mapped before reading the memory (default 1)
#   --lang LOCALE      run both with LANG/LC_ALL=LOCALE (default: the caller's)
#   --existing         start studyplanner on a database it made before (an everyday start) instead of
#                      a fresh one each run (the first start, which creates it and stores the guide)
#
# Both run in a private Xvfb, alternately, RUNS times each after one discarded warm-up, each time with
# a fresh HOME and XDG directories; the program under test also gets a fresh --database. mapwait
# (BUILD_DIR/benchmarks/mapwait) measures from fork to the MapNotify of the first top-level window
# and reads VmRSS after the settle time. Goals: startup ratio <= 1.3, RSS <= 1.3 x reference + 15 MB.
# Exit status: 0 when both goals pass, 1 when one fails, 2 on a usage or set-up error.
set -euo pipefail

app="" reference="" settle=1 lang="" existing=0
while [[ $# -gt 0 ]]; do
    case $1 in
        --app) app=$2; shift 2 ;;
        --reference) reference=$2; shift 2 ;;
        --settle) settle=$2; shift 2 ;;
        --lang) lang=$2; shift 2 ;;
        --existing) existing=1; shift ;;
        -h | --help) sed -n '4,19s/^# \{0,1\}//p' "$0"; exit 0 ;;
        -*) echo "startup.sh: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: startup.sh [options] BUILD_DIR [RUNS=10]" >&2; exit 2; }
build=$(cd "$1" 2>/dev/null && pwd) || { echo "startup.sh: no build directory $1" >&2; exit 2; }
runs=${2:-10}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "startup.sh: RUNS must be a positive number" >&2; exit 2; }
app=${app:-$build/app/studyplanner}
reference=${reference:-$build/benchmarks/bench_minimal_widgets}
mapwait=$build/benchmarks/mapwait
for f in "$app" "$reference" "$mapwait"; do
    [[ -x $f ]] || { echo "startup.sh: $f is missing; build it first (cmake --build $build)" >&2; exit 2; }
done
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
if [[ $build_type != Release && $build_type != RelWithDebInfo && $build_type != MinSizeRel ]]; then
    echo "startup.sh: warning: $build is a ${build_type:-default} build; the goals are meant for Release" >&2
fi
for c in Xvfb xdpyinfo; do
    command -v "$c" >/dev/null || { echo "startup.sh: $c is missing: packaging/install-deps.sh --bench" >&2; exit 2; }
done

tmp=$(mktemp -d)
xvfb_pid=""
cleanup() {
    if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

d=90
while [[ -e /tmp/.X$d-lock || -e /tmp/.X11-unix/X$d ]]; do d=$((d + 1)); done
Xvfb ":$d" -screen 0 1440x900x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do xdpyinfo -display ":$d" >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo -display ":$d" >/dev/null 2>&1 || { echo "startup.sh: Xvfb did not start" >&2; cat "$tmp/xvfb.log" >&2; exit 2; }

# run_one SLOT PROGRAM [ARGS...]: one measured start, appended to $tmp/SLOT.
run_one() {
    local slot=$1 home
    shift
    home=$(mktemp -d "$tmp/run.XXXXXX")
    mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/runtime"
    chmod 700 "$home/runtime"
    local env_args=(HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
                    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime" DISPLAY=":$d" QT_QPA_PLATFORM=xcb)
    if [[ -n $lang ]]; then env_args+=(LANG="$lang" LC_ALL="$lang"); fi
    local result
    if ! result=$(env "${env_args[@]}" "$mapwait" --settle "$settle" --log "$home/log" -- "$@"); then
        echo "startup.sh: $1 did not show a window; its output:" >&2
        cat "$home/log" >&2
        exit 2
    fi
    echo "$result" >>"$tmp/$slot"
    rm -rf "$home"
}
run_app() {
    run_one "$1" "$app" --database "$tmp/db.sqlite"
    if [[ $existing == 0 ]]; then rm -f "$tmp/db.sqlite"*; fi
}
run_reference() { run_one "$1" "$reference"; }

if [[ $existing == 1 ]]; then
    "$app" --database "$tmp/db.sqlite" --export-roadmap /dev/null >/dev/null
fi
echo "startup.sh: $runs runs each on display :$d, $( ((existing)) && echo "an existing" || echo "a fresh") database"
echo "  program under test: $app"
echo "  reference:          $reference"
run_reference warmup
run_app warmup
for i in $(seq "$runs"); do
    run_reference reference
    run_app app
    printf '\r  run %d/%d' "$i" "$runs"
done
echo

# stats FILE KEY: "median min max" of KEY=value over the lines of FILE.
stats() {
    sed -n "s/.*\\b$2=\\([0-9.]*\\).*/\\1/p" "$1" | sort -g | awk '
        { v[NR] = $1 }
        END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR] }'
}
read -r ref_ms ref_min ref_max < <(stats "$tmp/reference" startup_ms)
read -r app_ms app_min app_max < <(stats "$tmp/app" startup_ms)
read -r ref_rss _ _ < <(stats "$tmp/reference" rss_kb)
read -r app_rss _ _ < <(stats "$tmp/app" rss_kb)
read -r _ _ ref_hwm < <(stats "$tmp/reference" hwm_kb)
read -r _ _ app_hwm < <(stats "$tmp/app" hwm_kb)

awk -v name="$(basename "$app")" -v rm="$ref_ms" -v rmin="$ref_min" -v rmax="$ref_max" -v am="$app_ms" -v amin="$app_min" -v amax="$app_max" \
    -v rr="$ref_rss" -v ar="$app_rss" -v rh="$ref_hwm" -v ah="$app_hwm" 'BEGIN {
    printf "%-22s %12s %10s %10s %16s %16s\n", "", "median ms", "min ms", "max ms", "median RSS MB", "max VmHWM MB"
    printf "%-22s %12.1f %10.1f %10.1f %16.1f %16.1f\n", "reference", rm, rmin, rmax, rr / 1024, rh / 1024
    printf "%-22s %12.1f %10.1f %10.1f %16.1f %16.1f\n", name, am, amin, amax, ar / 1024, ah / 1024
    ratio = am / rm
    limit = 1.3 * rr + 15 * 1024
    ok1 = ratio <= 1.3; ok2 = ar <= limit
    printf "startup ratio: %.2f (goal <= 1.30) %s\n", ratio, ok1 ? "PASS" : "FAIL"
    printf "rss vs minimal+15MB: %.1f MB (goal <= 1.3 x %.1f + 15 = %.1f MB) %s\n", ar / 1024, rr / 1024, limit / 1024, ok2 ? "PASS" : "FAIL"
    exit !(ok1 && ok2)
}'
