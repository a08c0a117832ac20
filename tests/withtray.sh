#!/bin/sh
# SPDX-FileCopyrightText: 2026 Study Planner contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# withtray.sh COMMAND [ARG...]: runs COMMAND on the xcb platform in a private Xvfb with a system tray
# (trayer), for the tests of the tray icon. Exits 77 (CTest: skipped) when Xvfb or trayer is missing.
command -v Xvfb >/dev/null 2>&1 && command -v trayer >/dev/null 2>&1 || { echo "withtray: needs Xvfb and trayer"; exit 77; }
display=90
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=":$display"
tries=0
until [ -e "/tmp/.X11-unix/X$display" ] || [ $tries -ge 50 ]; do sleep 0.1; tries=$((tries + 1)); done
trayer --edge bottom --align right --widthtype pixel --width 100 --height 32 >/dev/null 2>&1 &
tray=$!
sleep 1 # trayer takes the _NET_SYSTEM_TRAY selection
QT_QPA_PLATFORM=xcb STUDYPLANNER_EXPECT_TRAY=1 "$@"
status=$?
kill "$tray" "$xvfb" 2>/dev/null
wait 2>/dev/null
exit $status
