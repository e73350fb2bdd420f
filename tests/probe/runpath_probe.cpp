// Linked with a padded run path (":::"), as CMake's build tree used to link the programs: CheckRunPath.cmake must
// refuse it (tests/CMakeLists.txt, binaries_have_no_run_path).
int main()
{
    return 0;
}
