// Not built: CheckTestNames.cmake must find the semicolon in this test's name
// (test_name_check_finds_semicolon).
TEST_CASE("A name with a semicolon; split by CTest", "[probe]") { }
