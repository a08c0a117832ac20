# SPDX-FileCopyrightText: 2026 Study Planner contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string of the sources is not translated yet, even before anyone ran
# `update_translations`: lupdate refreshes copies of the .ts files from core/ and app/, and the
# copies are checked like the committed files (checktranslations.cmake).
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<repository> -DWORK_DIR=<scratch dir> -P checktranslationscurrent.cmake
cmake_minimum_required(VERSION 3.22)
foreach(var LUPDATE SOURCE_DIR WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checktranslationscurrent: pass -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${SOURCE_DIR}/translations/studyplanner_*.ts")
set(copies "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "${SOURCE_DIR}/core" "${SOURCE_DIR}/app" -ts ${copies}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "checktranslationscurrent: lupdate failed (${result})")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -DTS_DIR=${WORK_DIR} -P "${CMAKE_CURRENT_LIST_DIR}/checktranslations.cmake"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "checktranslationscurrent: the sources have strings that translations/*.ts lack or leave "
                        "unfinished (listed above). Run `cmake --build <build> --target update_translations` and "
                        "translate them.")
endif()
