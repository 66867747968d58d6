# claimcheck_warnings: -Wall -Wextra -Werror for the project's own targets only.
add_library(claimcheck_warnings INTERFACE)
target_compile_options(claimcheck_warnings INTERFACE -Wall -Wextra -Werror)

# claimcheck_embed(OUTPUT FUNCTION HEADER FILES...): a .cc holding FILES as
# strings, rebuilt when any of them changes.
function(claimcheck_embed output function header)
  string(REPLACE ";" "|" files_arg "${ARGN}")
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} "-DFILES=${files_arg}" -DFUNCTION=${function}
            -DHEADER=${header} -DOUTPUT=${output}
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedData.cmake
    DEPENDS ${ARGN} ${PROJECT_SOURCE_DIR}/cmake/EmbedData.cmake
    COMMENT "Embedding ${function}" VERBATIM)
endfunction()
