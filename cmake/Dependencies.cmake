# Every dependency is a Debian package (scripts/install-deps.sh installs them).
find_package(PkgConfig REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)          # Debian ships only re2.pc
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Boost 1.74 REQUIRED)                            # Boost.Graph is header-only
find_package(CLI11 2.1 REQUIRED CONFIG)
find_package(Threads REQUIRED)
if(CLAIMCHECK_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(CLAIMCHECK_BUILD_BENCHMARKS)
  find_package(benchmark REQUIRED)
endif()
