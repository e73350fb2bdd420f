# Shared by the readelf checks (CheckRunPath.cmake, CheckNoLibpq.cmake), run with cmake -P and -DBINARY=<program>:
# stops with a message naming the check when BINARY is not a file or readelf cannot read it; otherwise sets
# <out> to readelf's listing of the program's dynamic section and <name> to the program's file name.
function(parat_read_dynamic_section check out name)
    if(NOT BINARY OR NOT EXISTS "${BINARY}")
        message(FATAL_ERROR "${check}: BINARY is not a file: '${BINARY}'")
    endif()
    find_program(READELF readelf REQUIRED)
    execute_process(COMMAND "${READELF}" --dynamic "${BINARY}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${check}: readelf could not read '${BINARY}'")
    endif()
    get_filename_component(file_name "${BINARY}" NAME)
    set(${out} "${dynamic}" PARENT_SCOPE)
    set(${name} "${file_name}" PARENT_SCOPE)
endfunction()
