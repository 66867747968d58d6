# End-to-end tests of the claimcheck executable, and one test per regression
# case so that `make test` fails on any regression.
add_test(NAME cli.end_to_end
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli_test.sh $<TARGET_FILE:claimcheck>
                 ${PROJECT_SOURCE_DIR})
set_tests_properties(cli.end_to_end PROPERTIES LABELS cli)

file(GLOB CASE_DIRS LIST_DIRECTORIES true
     ${PROJECT_SOURCE_DIR}/fixtures/cases/*
     ${PROJECT_SOURCE_DIR}/fixtures/rules/*)
list(APPEND CASE_DIRS ${PROJECT_SOURCE_DIR}/fixtures/demo ${PROJECT_SOURCE_DIR}/fixtures/seeds)
foreach(dir ${CASE_DIRS})
  if(EXISTS ${dir}/expected.json)
    file(RELATIVE_PATH name ${PROJECT_SOURCE_DIR}/fixtures ${dir})
    add_test(NAME case.${name} COMMAND claimcheck test ${dir})
    # A case whose inputs are absent (the seeds outside the repository) skips.
    set_tests_properties(case.${name} PROPERTIES LABELS regression
                         SKIP_REGULAR_EXPRESSION "^SKIP ")
  endif()
endforeach()

# Hostile and broken input, generated at run time (docs/robustness.md). The
# timeout is the "finishes in bounded time" check; no duration is asserted.
add_test(NAME cli.hostile
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/hostile_test.sh $<TARGET_FILE:claimcheck>)
set_tests_properties(cli.hostile PROPERTIES LABELS cli TIMEOUT 900)
