// Calls libpq and is linked with it: CheckNoLibpq.cmake must refuse it (tests/CMakeLists.txt, libpq_check_finds_libpq).
#include <libpq-fe.h>

#include <cstdio>

int main()
{
    std::printf("libpq %d\n", PQlibVersion());
    return 0;
}
