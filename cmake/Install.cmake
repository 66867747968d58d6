# install/export so another project can find_package(claimcheck).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS claimcheck_core claimcheck_rules claimcheck_warnings
        EXPORT claimcheckTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS claimcheck RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY core/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/claimcheck/core
        FILES_MATCHING PATTERN "*.h")
install(DIRECTORY rules/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/claimcheck/rules
        FILES_MATCHING PATTERN "*.h")
install(DIRECTORY core/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/claimcheck/data
        OPTIONAL)
install(DIRECTORY rules/sets/ DESTINATION ${CMAKE_INSTALL_DATADIR}/claimcheck/sets)
install(EXPORT claimcheckTargets NAMESPACE claimcheck::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/claimcheck)
configure_package_config_file(cmake/claimcheckConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/claimcheckConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/claimcheck)
write_basic_package_version_file(
  ${CMAKE_CURRENT_BINARY_DIR}/claimcheckConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/claimcheckConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/claimcheckConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/claimcheck)
