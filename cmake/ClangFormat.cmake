# SPDX-FileCopyrightText: 2026 Study Planner contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# `format` rewrites the C++ files in place; `check-format` fails when one of them is not formatted.
# Both work on the files git knows about (tracked or new, minus ignored ones and build trees), and
# exist only when clang-format and git are installed. The style is clang-format 14's.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format-14 clang-format)
find_package(Git QUIET)
if(NOT CLANG_FORMAT_EXECUTABLE OR NOT GIT_FOUND)
    return()
endif()

set(_list_sources
    "'${GIT_EXECUTABLE}' ls-files -z --cached --others --exclude-standard -- '*.cpp' '*.h' ':(exclude)build/*'")
add_custom_target(format
    COMMAND sh -c "${_list_sources} | xargs -0 -r '${CLANG_FORMAT_EXECUTABLE}' -i --style=file"
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Formatting the C++ sources with ${CLANG_FORMAT_EXECUTABLE}"
    VERBATIM)
add_custom_target(check-format
    COMMAND sh -c "${_list_sources} | xargs -0 -r '${CLANG_FORMAT_EXECUTABLE}' --dry-run -Werror --style=file"
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Checking the format of the C++ sources"
    VERBATIM)
unset(_list_sources)
