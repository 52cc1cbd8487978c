/// @file test_main.cpp
/// @brief Catch2 main shared by all test executables; golden suites register their cases
/// before the session starts through suyuan::test::golden_registrars().
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <csignal>

int main(int argc, char* argv[]) {
  std::signal(SIGPIPE, SIG_IGN);  // a child that exits early must not kill the test runner
  return Catch::Session().run(argc, argv);
}
