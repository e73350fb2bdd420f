# Checks that the folders of core/ include each other in one direction only (docs/architecture.md, "Layers").
#
#   cmake -DCORE_DIR=<core folder> -P CheckLayers.cmake
#
# Every quoted include of a file in core/<layer>/ must either name a layer the table below allows for <layer>
# ("storage/Database.h") or a file in the same folder ("Database.h" next to it). Anything else fails: an
# include against the direction, a path with "..", and a folder of core/ the table does not know (a new
# layer has to be placed in the table before it builds on the others).

cmake_minimum_required(VERSION 3.22)

# Who may include whom. Each layer may include itself and the layers listed; nothing may include a layer
# above it. Keep in step with the table in docs/architecture.md.
set(allowed_domain domain)
set(allowed_storage domain)
set(allowed_planning domain)
set(allowed_handbook domain)
set(allowed_services domain storage planning handbook)
set(allowed_commands domain storage planning handbook services)
set(allowed_report domain storage planning handbook services)
set(allowed_models domain storage planning handbook services commands report)
set(allowed_demo domain storage planning handbook services commands)
set(layers domain storage planning handbook services commands report models demo)
# Folders of core/ that hold no code of a layer.
set(not_layers guard)

if(NOT CORE_DIR OR NOT IS_DIRECTORY "${CORE_DIR}")
    message(FATAL_ERROR "CheckLayers: CORE_DIR is not a folder: '${CORE_DIR}'")
endif()
get_filename_component(CORE_DIR "${CORE_DIR}" ABSOLUTE)

set(problems "")
file(GLOB folders LIST_DIRECTORIES true RELATIVE "${CORE_DIR}" "${CORE_DIR}/*")
foreach(folder IN LISTS folders)
    if(IS_DIRECTORY "${CORE_DIR}/${folder}" AND NOT folder IN_LIST layers AND NOT folder IN_LIST not_layers)
        string(APPEND problems "  core/${folder}/ is not in the layer table of cmake/CheckLayers.cmake\n")
    endif()
endforeach()

set(checked 0)
foreach(layer IN LISTS layers)
    file(GLOB_RECURSE sources "${CORE_DIR}/${layer}/*.h" "${CORE_DIR}/${layer}/*.cpp")
    foreach(source IN LISTS sources)
        math(EXPR checked "${checked} + 1")
        get_filename_component(folder "${source}" DIRECTORY)
        file(RELATIVE_PATH shown "${CORE_DIR}" "${source}")
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(line IN LISTS includes)
            if(NOT line MATCHES "\"([^\"]+)\"")
                continue()
            endif()
            set(path "${CMAKE_MATCH_1}")
            if(path MATCHES "\\.\\.")
                string(APPEND problems "  core/${shown}: \"${path}\" climbs out of its folder; name the layer\n")
            elseif(path MATCHES "^([^/]+)/")
                set(target "${CMAKE_MATCH_1}")
                if(NOT target STREQUAL layer AND NOT target IN_LIST allowed_${layer})
                    string(APPEND problems
                        "  core/${shown}: ${layer} may not include \"${path}\" (allowed: ${allowed_${layer}})\n")
                endif()
            elseif(NOT path MATCHES "\\.moc$" AND NOT EXISTS "${folder}/${path}")
                string(APPEND problems "  core/${shown}: \"${path}\" is not in its folder; name the layer\n")
            endif()
        endforeach()
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "Includes against the layer direction of core/:\n${problems}")
endif()
message(STATUS "CheckLayers: ${checked} files of core/ include only what their layer may")
