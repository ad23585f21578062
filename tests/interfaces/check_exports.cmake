# Fails unless every dynamic symbol that libsayso_c defines is a sayso_*
# function, every function the header declares is exported, and the
# accessors of every document layer are declared and exported.
#   cmake -DNM=nm -DLIBRARY=libsayso_c.so -DHEADER=sayso.h -P check_exports.cmake
cmake_minimum_required(VERSION 3.16)
execute_process(COMMAND ${NM} -D --defined-only ${LIBRARY}
  OUTPUT_VARIABLE symbols RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NM} failed on ${LIBRARY}")
endif()
string(REPLACE "\n" ";" lines "${symbols}")
set(exported "")
set(foreign "")
foreach(line IN LISTS lines)
  if(line MATCHES "^[0-9a-fA-F]* *[A-Za-z] ([^ @]+)")
    set(name "${CMAKE_MATCH_1}")
    if(name MATCHES "^sayso_")
      list(APPEND exported "${name}")
    else()
      list(APPEND foreign "${name}")
    endif()
  endif()
endforeach()
if(foreign)
  message(FATAL_ERROR "libsayso_c exports symbols that are not sayso_*: ${foreign}")
endif()

file(READ ${HEADER} header)
string(REGEX MATCHALL "SAYSO_API[^;(]*[ *(](sayso_[a-z0-9_]+)\\)?\\(" declared "${header}")
set(missing "")
set(count 0)
foreach(decl IN LISTS declared)
  string(REGEX MATCH "(sayso_[a-z0-9_]+)\\)?\\($" _ "${decl}")
  math(EXPR count "${count} + 1")
  if(NOT "${CMAKE_MATCH_1}" IN_LIST exported)
    list(APPEND missing "${CMAKE_MATCH_1}")
  endif()
endforeach()
if(count LESS 25)
  message(FATAL_ERROR "found only ${count} declarations in ${HEADER}: the check is broken")
endif()
# The accessors of every layer: a declaration that went missing from the
# header (or a symbol from the library) fails here by name.
set(layer_accessors
  sayso_document_sentence_count sayso_document_sentence
  sayso_document_quote_count sayso_document_quote
  sayso_document_entity_count sayso_document_entity
  sayso_document_entity_mention sayso_document_entity_mention_rule
  sayso_document_entity_role_count sayso_document_entity_role
  sayso_document_to_json)
foreach(name IN LISTS layer_accessors)
  if(NOT header MATCHES "SAYSO_API[^;(]*[ *(]${name}\\)?\\(")
    list(APPEND missing "${name} (not declared)")
  elseif(NOT "${name}" IN_LIST exported)
    list(APPEND missing "${name}")
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "declared in sayso.h but not exported (or not declared at all): ${missing}")
endif()
list(LENGTH exported n)
message(STATUS "libsayso_c exports ${n} symbols, all sayso_*; all ${count} declared functions present")
