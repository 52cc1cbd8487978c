# Third-party dependencies, all from Debian 12 packages (see README "Dependencies").
find_package(ICU 72 REQUIRED COMPONENTS uc i18n data)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(PkgConfig REQUIRED)

# Xapian 1.4's CMake config only sets XAPIAN_LIBRARIES and XAPIAN_INCLUDE_DIR: wrap them once
# as an imported target so that targets can link Xapian::Xapian like any other dependency.
find_package(Xapian 1.4 REQUIRED)
if(NOT TARGET Xapian::Xapian)
  add_library(Xapian::Xapian INTERFACE IMPORTED)
  set_target_properties(Xapian::Xapian PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${XAPIAN_INCLUDE_DIR}"
                                                  INTERFACE_LINK_LIBRARIES "${XAPIAN_LIBRARIES}")
endif()

# cpp-httplib 0.11 ships a header plus a shared library described only by pkg-config.
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
if(NOT TARGET httplib::httplib)
  add_library(httplib::httplib ALIAS PkgConfig::HTTPLIB)
endif()

if(SUYUAN_BUILD_TESTS OR SUYUAN_BUILD_BENCHMARKS)
  find_package(Catch2 2.13 REQUIRED)
  include(Catch)
endif()
