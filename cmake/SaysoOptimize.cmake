# Whole-library optimised builds (opt-in; docs/performance.md, "Nineteenth
# round: LTO and profile feedback").
#
#   SAYSO_OPTIMIZE=lto       link-time optimisation (gcc -flto=auto) of the
#                            library into the CLI, the bench and libsayso_c
#   SAYSO_OPTIMIZE=pgo       profile feedback (-fprofile-use) from the
#                            profile in SAYSO_PGO_DIR
#   SAYSO_OPTIMIZE=lto,pgo   both
#
# The profile is made by tools/optimized_build.sh, which does the whole
# two-stage build in one command: an instrumented tree
# (SAYSO_PGO_PHASE=generate) in BUILD/pgo-train, a training run on invented
# text only (the bench's generated corpus and examples/*.txt, never an eval
# set), then this build with SAYSO_PGO_PHASE=use.
#
# Falls back to the plain build, with a warning, when the compiler is not
# GCC, when SAYSO_SANITIZE is set, when LTO is not supported, or (pgo) when
# SAYSO_PGO_DIR holds no profile. A profile older than the sources is used
# where it still fits (gcc's coverage-mismatch is a warning here, not an
# error); rerun the script after changing lib/.
#
# Include before any target is made; call sayso_optimize_targets() after.
set(SAYSO_OPTIMIZE "" CACHE STRING
  "Whole-library optimisation: lto, pgo or lto,pgo (empty: none; tools/optimized_build.sh builds pgo)")
set(SAYSO_PGO_PHASE "use" CACHE STRING "pgo: generate (instrumented, for training) or use")
set(SAYSO_PGO_DIR "${CMAKE_BINARY_DIR}/pgo-profile" CACHE PATH "pgo: the directory of the profile (.gcda files)")
mark_as_advanced(SAYSO_PGO_PHASE SAYSO_PGO_DIR)

set(SAYSO_LTO OFF)
set(SAYSO_PGO "")
if(SAYSO_OPTIMIZE)
  string(REPLACE "," ";" _sayso_optimize "${SAYSO_OPTIMIZE}")
  foreach(_item IN LISTS _sayso_optimize)
    if(NOT _item MATCHES "^(lto|pgo)$")
      message(FATAL_ERROR "SAYSO_OPTIMIZE: unknown '${_item}' in '${SAYSO_OPTIMIZE}'; use lto, pgo or lto,pgo")
    endif()
  endforeach()
  if(NOT SAYSO_PGO_PHASE MATCHES "^(generate|use)$")
    message(FATAL_ERROR "SAYSO_PGO_PHASE must be generate or use (got '${SAYSO_PGO_PHASE}')")
  endif()
  if(SAYSO_SANITIZE)
    message(WARNING "SAYSO_OPTIMIZE=${SAYSO_OPTIMIZE} ignored under SAYSO_SANITIZE: plain build")
  elseif(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    message(WARNING "SAYSO_OPTIMIZE=${SAYSO_OPTIMIZE} needs GCC (the compiler is ${CMAKE_CXX_COMPILER_ID}): plain build")
  else()
    if("lto" IN_LIST _sayso_optimize AND NOT SAYSO_PGO_PHASE STREQUAL "generate")
      include(CheckIPOSupported)
      check_ipo_supported(RESULT _sayso_ipo OUTPUT _sayso_ipo_output LANGUAGES CXX)
      if(_sayso_ipo)
        set(SAYSO_LTO ON)
      else()
        message(WARNING "SAYSO_OPTIMIZE: link-time optimisation not supported here: built without it")
      endif()
    endif()
    if("pgo" IN_LIST _sayso_optimize)
      if(SAYSO_PGO_PHASE STREQUAL "generate")
        set(SAYSO_PGO generate)
      else()
        file(GLOB_RECURSE _sayso_gcda "${SAYSO_PGO_DIR}/*.gcda")
        if(_sayso_gcda)
          set(SAYSO_PGO use)
        else()
          message(WARNING "SAYSO_OPTIMIZE: no profile in ${SAYSO_PGO_DIR} (tools/optimized_build.sh makes one): "
            "built without profile feedback")
        endif()
      endif()
    endif()
  endif()
endif()

if(SAYSO_LTO)
  # The library's objects carry both GIMPLE and machine code (fat), so that
  # the targets that are not optimised here (tests, build tools) link them
  # as plain objects (-fno-lto, in sayso_optimize_targets) instead of
  # running LTO over the library once each.
  set(CMAKE_AR "${CMAKE_CXX_COMPILER_AR}")
  set(CMAKE_RANLIB "${CMAKE_CXX_COMPILER_RANLIB}")
endif()

if(SAYSO_PGO STREQUAL "generate")
  # Everything built in the training tree is instrumented. Profile files
  # are named by object path relative to the build directory, so that the
  # optimised build (another directory) finds them.
  add_compile_options(-fprofile-generate=${SAYSO_PGO_DIR} -fprofile-prefix-path=${CMAKE_BINARY_DIR})
  add_link_options(-fprofile-generate=${SAYSO_PGO_DIR})
endif()

set(SAYSO_OPTIMIZE_SUMMARY "none")
if(SAYSO_LTO OR SAYSO_PGO)
  set(SAYSO_OPTIMIZE_SUMMARY "lto=${SAYSO_LTO} pgo=${SAYSO_PGO}")
  message(STATUS "sayso optimised build: ${SAYSO_OPTIMIZE_SUMMARY}")
endif()

# LIBRARY: targets whose code is the library's; PROGRAMS: targets linked
# with the library that are optimised with it (the rest link it plainly);
# PLAIN: targets built from the library's objects without linking it.
function(sayso_optimize_targets)
  cmake_parse_arguments(_arg "" "" "LIBRARY;PROGRAMS;PLAIN" ${ARGN})
  set(_compile "")
  if(SAYSO_PGO STREQUAL "use")
    list(APPEND _compile -fprofile-use=${SAYSO_PGO_DIR} -fprofile-prefix-path=${CMAKE_BINARY_DIR}
      -fprofile-partial-training -Wno-missing-profile -Wno-error=coverage-mismatch)
  endif()
  foreach(_target IN LISTS _arg_LIBRARY _arg_PROGRAMS)
    if(TARGET ${_target})
      target_compile_options(${_target} PRIVATE ${_compile})
    endif()
  endforeach()
  if(SAYSO_LTO)
    foreach(_target IN LISTS _arg_LIBRARY)
      if(TARGET ${_target})
        target_compile_options(${_target} PRIVATE -flto=auto -ffat-lto-objects)
      endif()
    endforeach()
    # gcc drops its linker plugin when -fno-lto is anywhere on the link
    # line, so each consumer gets one or the other, by a property.
    foreach(_target IN LISTS _arg_LIBRARY)
      get_target_property(_type ${_target} TYPE)
      if(NOT _type STREQUAL "OBJECT_LIBRARY")
        target_link_options(${_target} INTERFACE $<$<NOT:$<BOOL:$<TARGET_PROPERTY:SAYSO_LTO_LINK>>>:-fno-lto>)
      endif()
    endforeach()
    foreach(_target IN LISTS _arg_PROGRAMS)
      if(TARGET ${_target})
        set_target_properties(${_target} PROPERTIES SAYSO_LTO_LINK ON)
        target_compile_options(${_target} PRIVATE -flto=auto)
        target_link_options(${_target} PRIVATE -flto=auto)
      endif()
    endforeach()
    foreach(_target IN LISTS _arg_PLAIN)
      if(TARGET ${_target})
        target_link_options(${_target} PRIVATE -fno-lto)
      endif()
    endforeach()
  endif()
endfunction()
