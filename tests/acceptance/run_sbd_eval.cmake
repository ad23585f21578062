# Runs the CLI over the SBD dev cases and fails when fewer than MIN_PASSED pass.
execute_process(
  COMMAND ${SAYSO_CLI} extract --input-format jsonl --text-field input ${SHARED}/eval/sbd/sbd_dev_en.jsonl
  OUTPUT_FILE ${OUT}
  RESULT_VARIABLE cli_result)
if(NOT cli_result EQUAL 0)
  message(FATAL_ERROR "sayso extract failed on the SBD dev cases (exit ${cli_result})")
endif()
execute_process(
  COMMAND ${PYTHON} ${SHARED}/eval/tools/score_sbd.py ${SHARED}/eval/sbd/sbd_dev_en.jsonl ${OUT} --json
  OUTPUT_VARIABLE score
  RESULT_VARIABLE score_result)
if(NOT score_result EQUAL 0)
  message(FATAL_ERROR "the SBD scorer failed: ${score}")
endif()
string(JSON passed GET "${score}" passed)
string(JSON total GET "${score}" total)
message(STATUS "SBD dev: ${passed}/${total} cases pass (floor ${MIN_PASSED})")
if(passed LESS MIN_PASSED)
  message(FATAL_ERROR "SBD dev regression: ${passed}/${total} cases pass, fewer than ${MIN_PASSED}")
endif()
