# Checks that a program looks for its shared libraries only where the system's loader does.
#
#   cmake -DBINARY=<program> -P CheckRunPath.cmake
#
# Every library Parat links is a system library in the loader's own search path, so a program of the project
# needs no run path (DT_RUNPATH or DT_RPATH). An empty entry in one ("::", or a leading or trailing ':') means the
# folder the program is started from: the program would then load a library of that name from wherever the user
# stands. CMake pads the build tree's run path with ':' to make room for the install run path that
# qt_standard_project_setup() sets; the top-level CMakeLists.txt turns run paths off for that reason.

cmake_minimum_required(VERSION 3.22)

if(NOT BINARY OR NOT EXISTS "${BINARY}")
    message(FATAL_ERROR "CheckRunPath: BINARY is not a file: '${BINARY}'")
endif()
find_program(READELF readelf REQUIRED)
execute_process(COMMAND "${READELF}" --dynamic "${BINARY}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "CheckRunPath: readelf could not read '${BINARY}'")
endif()
string(REGEX MATCHALL "\\((RUNPATH|RPATH)\\)[^\n]*" paths "${dynamic}")
if(paths)
    get_filename_component(name "${BINARY}" NAME)
    foreach(path IN LISTS paths)
        message("${name}: has a run path: ${path}")
    endforeach()
    message(FATAL_ERROR "${name} must have no run path (an empty entry would load libraries from the current folder)")
endif()
