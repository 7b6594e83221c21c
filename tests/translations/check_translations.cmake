# SPDX-License-Identifier: GPL-3.0-or-later
# The test `translations_complete`: runs lupdate over the sources into copies of the .ts files and
# fails when an entry is unfinished (a new or changed string that nobody translated yet), naming
# the first ones. Fix: `cmake --build <build> --target update_translations`, then translate.
# Arguments: -DLUPDATE=<lupdate> -DSOURCES_LIST=<file with one source per line>
#            -DTS_FILES=<a|b> -DWORK_DIR=<folder>
string(REPLACE "|" ";" TS_FILES "${TS_FILES}")
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(failed FALSE)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name ${ts} NAME)
    file(COPY ${ts} DESTINATION ${WORK_DIR})
    # English carries only the plural forms of the source strings.
    set(plural_only)
    if(name MATCHES "_en\\.ts$")
        set(plural_only -pluralonly)
    endif()
    execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${plural_only}
                            @${SOURCES_LIST} -ts ${WORK_DIR}/${name}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name} (${rc}): ${out} ${err}")
    endif()
    file(READ ${WORK_DIR}/${name} text)
    string(REGEX MATCHALL "<message[^>]*>[^<]*(<comment>[^<]*</comment>[^<]*)?<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\""
           unfinished "${text}")
    list(LENGTH unfinished count)
    string(REGEX MATCHALL "<message" messages "${text}")
    list(LENGTH messages total)
    message(STATUS "${name}: ${total} messages, ${count} unfinished")
    if(count GREATER 0)
        set(failed TRUE)
        list(SUBLIST unfinished 0 10 first)
        foreach(entry IN LISTS first)
            string(REGEX MATCH "<source>[^<]*</source>" source "${entry}")
            message(STATUS "  unfinished: ${source}")
        endforeach()
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "Untranslated strings: run the target update_translations and translate "
                        "the unfinished entries (Qt Linguist or any editor).")
endif()
