/// @file cli_support.h
/// @brief The one place where the executables turn outcomes into exit codes and stderr lines.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <functional>
#include <iostream>
#include <string>

#include "suyuan/core/error.h"

namespace suyuan::tools {

/// Exit codes shared by suyuan-index, suyuan-search and suyuan-web.
enum ExitCode : int {
  EXIT_OK = 0,
  EXIT_RUNTIME_ERROR = 1,  ///< bad input file, missing database, failed files in a build…
  EXIT_USAGE_ERROR = 2,    ///< bad command line
};

/// Parses the command line and runs `body`, mapping every failure to one stderr line and an exit
/// code: usage errors → 2, suyuan::Error and other exceptions → 1.
inline int run_cli(CLI::App& app, int argc, char** argv, const std::function<int()>& body) {
  const std::string name = app.get_name();
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << name << ": usage error: " << e.what() << " (see " << name << " --help)\n";
    return EXIT_USAGE_ERROR;
  }
  try {
    return body();
  } catch (const Error& e) {
    std::cerr << name << ": error (" << error_kind_name(e.kind()) << "): " << e.what() << "\n";
    return EXIT_RUNTIME_ERROR;
  } catch (const std::exception& e) {
    std::cerr << name << ": internal error: " << e.what() << "\n";
    return EXIT_RUNTIME_ERROR;
  }
}

/// Whole content of FILE, or of stdin for "-" or an empty name. Throws Error(NOT_FOUND).
std::string read_input(const std::string& file);

}  // namespace suyuan::tools
