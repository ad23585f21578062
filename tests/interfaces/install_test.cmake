# Installs the build into a fresh prefix, checks the layout, then builds and
# runs two consumers against the installed tree only:
#   - a C program compiled with the flags `pkg-config --cflags --libs sayso` gives;
#   - a C++ program configured with find_package(sayso) (CMAKE_PREFIX_PATH).
# Variables: BUILD_DIR WORK_DIR CONSUMER_DIR LIBDIR BINDIR INCLUDEDIR DATADIR
# GENERATOR C_COMPILER CXX_COMPILER BUILD_TYPE VERSION EXAMPLE HAVE_CLI.
cmake_minimum_required(VERSION 3.16)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " command "${ARGN}")
    message(FATAL_ERROR "failed (${rc}): ${command}\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

# 1. Install.
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
string(REGEX MATCH "^([0-9]+)" major "${VERSION}")
foreach(path
    ${INCLUDEDIR}/sayso/sayso.h
    ${INCLUDEDIR}/sayso/sayso.hpp
    ${INCLUDEDIR}/sayso/pipeline.hpp
    ${INCLUDEDIR}/sayso/version.h
    ${LIBDIR}/libsayso.a
    ${LIBDIR}/libsayso_c.so
    ${LIBDIR}/libsayso_c.so.${major}
    ${LIBDIR}/libsayso_c.so.${VERSION}
    ${LIBDIR}/cmake/sayso/saysoConfig.cmake
    ${LIBDIR}/cmake/sayso/saysoConfigVersion.cmake
    ${LIBDIR}/cmake/sayso/saysoTargets.cmake
    ${LIBDIR}/pkgconfig/sayso.pc
    ${DATADIR}/sayso/rules/en/abbreviations.tsv
    ${DATADIR}/sayso/rules/README.md)
  if(path MATCHES "libsayso\\.a$" AND NOT EXISTS ${prefix}/${path} AND EXISTS ${prefix}/${LIBDIR}/libsayso.so)
    continue()  # built with BUILD_SHARED_LIBS
  endif()
  if(NOT EXISTS ${prefix}/${path})
    message(FATAL_ERROR "not installed: ${path}")
  endif()
endforeach()
if(EXISTS ${prefix}/${INCLUDEDIR}/sayso/version.h.in)
  message(FATAL_ERROR "the template version.h.in was installed")
endif()

# 2. The installed CLI runs on its own.
if(HAVE_CLI)
if(NOT EXISTS ${prefix}/${BINDIR}/sayso)
  message(FATAL_ERROR "not installed: ${BINDIR}/sayso")
endif()
run(${prefix}/${BINDIR}/sayso --version)
if(NOT run_output MATCHES "sayso ${VERSION}")
  message(FATAL_ERROR "installed sayso --version says: ${run_output}")
endif()
run(${prefix}/${BINDIR}/sayso extract --quiet ${EXAMPLE})
if(NOT run_output MATCHES "^\\{\"id\":")
  message(FATAL_ERROR "installed sayso extract gave: ${run_output}")
endif()
endif()

# 3. A C consumer through pkg-config.
find_program(PKG_CONFIG NAMES pkg-config pkgconf REQUIRED)
set(ENV{PKG_CONFIG_PATH} ${prefix}/${LIBDIR}/pkgconfig)
run(${PKG_CONFIG} --modversion sayso)
string(STRIP "${run_output}" pc_version)
if(NOT pc_version STREQUAL VERSION)
  message(FATAL_ERROR "pkg-config --modversion sayso: ${pc_version}, expected ${VERSION}")
endif()
run(${PKG_CONFIG} --cflags sayso)
string(STRIP "${run_output}" cflags)
separate_arguments(cflags UNIX_COMMAND "${cflags}")
run(${PKG_CONFIG} --libs sayso)
string(STRIP "${run_output}" libs)
separate_arguments(libs UNIX_COMMAND "${libs}")
run(${PKG_CONFIG} --variable=libdir sayso)
string(STRIP "${run_output}" pc_libdir)
run(${C_COMPILER} -std=c99 -Wall -Wextra -Werror -pedantic ${cflags}
    ${CONSUMER_DIR}/c/consumer.c -o ${WORK_DIR}/c_consumer ${libs} -Wl,-rpath,${pc_libdir})
run(${WORK_DIR}/c_consumer)
if(NOT run_output MATCHES "^${VERSION} \\{\"id\":\"c-consumer\",\"sentences\":\\[")
  message(FATAL_ERROR "the C consumer printed: ${run_output}")
endif()
message(STATUS "C consumer (pkg-config): ${run_output}")

# 4. A C++ consumer through find_package(sayso).
run(${CMAKE_COMMAND} -S ${CONSUMER_DIR}/cpp -B ${WORK_DIR}/cpp_build -G ${GENERATOR}
    -DCMAKE_PREFIX_PATH=${prefix}
    -DCMAKE_C_COMPILER=${C_COMPILER} -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
    -DCMAKE_BUILD_TYPE=${BUILD_TYPE}
    -DSAYSO_EXPECTED_VERSION=${VERSION} -DSAYSO_EXPECTED_MAJOR=${major})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/cpp_build)
run(${WORK_DIR}/cpp_build/consumer)
if(NOT run_output MATCHES "^${VERSION} \\{\"id\":\"cpp-consumer\",\"sentences\":\\[")
  message(FATAL_ERROR "the C++ consumer printed: ${run_output}")
endif()
message(STATUS "C++ consumer (find_package): ${run_output}")
