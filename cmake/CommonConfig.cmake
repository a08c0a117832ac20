# SPDX-FileCopyrightText: 2026 Study Planner contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language standard, warnings and Qt strictness defines;
# every target of the project links it.
add_library(studyplanner_common_cfg INTERFACE)
target_compile_features(studyplanner_common_cfg INTERFACE cxx_std_17)
target_compile_definitions(studyplanner_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    STUDYPLANNER_VERSION="${PROJECT_VERSION}"
    STUDYPLANNER_APP_ID="${STUDYPLANNER_APP_ID}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(studyplanner_common_cfg INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual)
    if(STUDYPLANNER_WERROR)
        target_compile_options(studyplanner_common_cfg INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(studyplanner_common_cfg INTERFACE /W4 /utf-8)
    if(STUDYPLANNER_WERROR)
        target_compile_options(studyplanner_common_cfg INTERFACE /WX)
    endif()
endif()
