/// @file static_assets.h
/// @brief The files of web/static, compiled into the binary so the server needs no install dir.
#pragma once

#include <string_view>
#include <vector>

namespace suyuan {

struct StaticAsset {
  const char* path;          ///< URL path ("/", "/static/app.js")
  std::string_view content;  ///< file bytes
  const char* content_type;
};

/// All embedded assets (generated from web/static by CMake).
const std::vector<StaticAsset>& static_assets();

}  // namespace suyuan
