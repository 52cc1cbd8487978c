/// @file cli_support.cpp
/// @brief Input reading for the executables.
#include "suyuan/tools/cli_support.h"

#include <fstream>
#include <sstream>

namespace suyuan::tools {

std::string read_input(const std::string& file) {
  std::ostringstream buffer;
  if (file.empty() || file == "-") {
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorKind::NOT_FOUND, "cannot open " + file);
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace suyuan::tools
