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

include(${CMAKE_CURRENT_LIST_DIR}/ReadDynamicSection.cmake)
parat_read_dynamic_section(CheckRunPath dynamic name)
string(REGEX MATCHALL "\\((RUNPATH|RPATH)\\)[^\n]*" paths "${dynamic}")
if(paths)
    foreach(path IN LISTS paths)
        message("${name}: has a run path: ${path}")
    endforeach()
    message(FATAL_ERROR "${name} must have no run path (an empty entry would load libraries from the current folder)")
endif()
