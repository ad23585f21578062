# Installs sayso like a system library (included at the end of the top-level
# CMakeLists.txt):
#
#   <prefix>/include/sayso/          the C++ headers, the C header sayso.h, version.h
#   <prefix>/lib/libsayso.a          the C++ library (libsayso.so with BUILD_SHARED_LIBS)
#   <prefix>/lib/libsayso_c.so.0     the C ABI, with its SOVERSION links
#   <prefix>/bin/sayso               the command-line tool
#   <prefix>/share/sayso/rules/      the default rules, to read and copy (they are embedded too)
#   <prefix>/lib/cmake/sayso/        find_package(sayso): sayso::sayso, sayso::sayso_c
#   <prefix>/lib/pkgconfig/sayso.pc  pkg-config sayso: the C ABI
#
# The C++ library is static by default; its private dependencies (ICU, RE2,
# Threads) then have to be linked by the consumer too, so the package config
# finds them again (find_dependency) before it loads the exported targets.
include(CMakePackageConfigHelpers)

set(SAYSO_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/sayso"
    CACHE STRING "Where to install sayso's CMake package files (relative to the prefix)")

# A shared C++ library or CLI finds its sibling libraries when installed.
set(_sayso_rpath "$ORIGIN")
if(APPLE)
  set(_sayso_rpath "@loader_path")
endif()
file(RELATIVE_PATH _sayso_bin_to_lib
  "${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}" "${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}")
set_target_properties(sayso sayso_c PROPERTIES INSTALL_RPATH "${_sayso_rpath}")

get_target_property(_sayso_type sayso TYPE)
if(_sayso_type STREQUAL "STATIC_LIBRARY")
  set(SAYSO_STATIC_LIBRARY ON)
else()
  set(SAYSO_STATIC_LIBRARY OFF)
endif()

install(TARGETS sayso sayso_c
  EXPORT saysoTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime NAMELINK_COMPONENT development
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

if(TARGET sayso_cli)
  set_target_properties(sayso_cli PROPERTIES INSTALL_RPATH "${_sayso_rpath}/${_sayso_bin_to_lib}")
  install(TARGETS sayso_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
endif()

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/sayso/
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/sayso
  COMPONENT development
  FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp")
install(FILES ${PROJECT_BINARY_DIR}/include/sayso/version.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/sayso
  COMPONENT development)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/
  DESTINATION ${CMAKE_INSTALL_DATADIR}/sayso/rules
  COMPONENT runtime)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/README.md
  DESTINATION ${CMAKE_INSTALL_DOCDIR}
  COMPONENT runtime)

# --- find_package(sayso) -----------------------------------------------------
install(EXPORT saysoTargets
  NAMESPACE sayso::
  FILE saysoTargets.cmake
  DESTINATION ${SAYSO_INSTALL_CMAKEDIR}
  COMPONENT development)
configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/saysoConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/saysoConfig.cmake
  INSTALL_DESTINATION ${SAYSO_INSTALL_CMAKEDIR}
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR CMAKE_INSTALL_DATADIR)
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/cmake/saysoConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/cmake/saysoConfig.cmake
  ${PROJECT_BINARY_DIR}/cmake/saysoConfigVersion.cmake
  DESTINATION ${SAYSO_INSTALL_CMAKEDIR}
  COMPONENT development)

# --- pkg-config sayso (the C ABI) ----------------------------------------------
# The prefix is found from the .pc file's own place (${pcfiledir}), so that
# an installed tree can be moved, or installed with `cmake --install --prefix`.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(SAYSO_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH _sayso_pc_up "/root/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/root")
  string(REGEX REPLACE "/$" "" _sayso_pc_up "${_sayso_pc_up}")
  set(SAYSO_PC_PREFIX "\${pcfiledir}/${_sayso_pc_up}")
endif()
foreach(_dir LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${_dir}}")
    set(SAYSO_PC_${_dir} "${CMAKE_INSTALL_${_dir}}")
  else()
    set(SAYSO_PC_${_dir} "\${prefix}/${CMAKE_INSTALL_${_dir}}")
  endif()
endforeach()
configure_file(${CMAKE_CURRENT_LIST_DIR}/sayso.pc.in ${PROJECT_BINARY_DIR}/cmake/sayso.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/cmake/sayso.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig
  COMPONENT development)
