# Checks that a program does not need libpq, directly (a NEEDED entry of its own) or as part of what it links.
#
#   cmake -DBINARY=<program> -P CheckNoLibpq.cmake
#
# Parat reads team mode's results through the libpq that Qt's PostgreSQL driver loads (core/storage/SqlRows): a
# program that needed libpq would load it, and its TLS, Kerberos and LDAP libraries, at every start, on a plan file
# too (docs/architecture.md "Start-up", round 7). The toolchain links with --as-needed, so a program shows libpq when
# its code calls libpq; parat_cli_probe is linked without it, so there every library parat_core links shows, called
# or not.

cmake_minimum_required(VERSION 3.22)

include(${CMAKE_CURRENT_LIST_DIR}/ReadDynamicSection.cmake)
parat_read_dynamic_section(CheckNoLibpq dynamic name)
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*" needed "${dynamic}")
if(NOT needed MATCHES "libc\\.so")
    message(FATAL_ERROR "${name}: readelf shows no NEEDED libc: the check below would prove nothing")
endif()
foreach(entry IN LISTS needed)
    if(entry MATCHES "\\[(libpq[^]]*)\\]")
        message(FATAL_ERROR "${name}: needs ${CMAKE_MATCH_1}; only Qt's PostgreSQL driver may load libpq")
    endif()
endforeach()
