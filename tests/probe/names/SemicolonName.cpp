// Not built: CheckTestNames.cmake must find the semicolon in this test's name (core_test_names_check_rejects_semicolon).
TEST_CASE("A name with a semicolon; split by CTest", "[probe]")
{ }
