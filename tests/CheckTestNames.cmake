# Checks that no Catch2 test name holds a semicolon.
#
#   cmake -DTEST_DIR=<folder of test sources> -P CheckTestNames.cmake
#
# catch_discover_tests registers each test case with CTest by its name, and CMake reads a semicolon as the end of
# one list item: a name with one becomes two CTest entries that each match no test case, so the test "passes"
# while running nothing. Write ", " or " - " instead.

cmake_minimum_required(VERSION 3.22)

if(NOT TEST_DIR OR NOT IS_DIRECTORY "${TEST_DIR}")
    message(FATAL_ERROR "CheckTestNames: TEST_DIR is not a folder: '${TEST_DIR}'")
endif()

get_filename_component(TEST_DIR "${TEST_DIR}" ABSOLUTE)
file(GLOB_RECURSE sources "${TEST_DIR}/*.cpp")
# The probe that shows this check works is not a test of the suite.
list(FILTER sources EXCLUDE REGEX "^${TEST_DIR}/probe/")
set(found 0)
foreach(source IN LISTS sources)
    file(READ "${source}" text)
    # Semicolons would split the matches below into list items: mark them first.
    string(REPLACE ";" "<semicolon>" text "${text}")
    string(REGEX MATCHALL "TEST_CASE(_METHOD)?\\([^\"]*\"[^\"]*\"" cases "${text}")
    foreach(case IN LISTS cases)
        if(case MATCHES "<semicolon>")
            string(REGEX REPLACE "^[^\"]*\"([^\"]*)\"$" "\\1" name "${case}")
            string(REPLACE "<semicolon>" ";" name "${name}")
            file(RELATIVE_PATH where "${TEST_DIR}" "${source}")
            message("${where}: the test name \"${name}\" holds a semicolon; CTest would split it and run nothing")
            math(EXPR found "${found} + 1")
        endif()
    endforeach()
endforeach()
if(found GREATER 0)
    message(FATAL_ERROR "${found} test name(s) hold a semicolon")
endif()
message("No test name holds a semicolon (${TEST_DIR})")
