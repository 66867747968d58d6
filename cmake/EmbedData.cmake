# Generates a .cc that holds every core/data/*.txt file as a string, so the
# built tool carries its default lexicons. Run as a script:
#   cmake -DDATA_DIR=... -DOUTPUT=... -P EmbedData.cmake
file(GLOB files ${DATA_DIR}/*.txt)
list(SORT files)
set(body "")
foreach(f ${files})
  get_filename_component(name ${f} NAME_WE)
  file(READ ${f} content)
  string(APPEND body "      {\"${name}\", R\"claimcheck_data(${content})claimcheck_data\"},\n")
endforeach()
set(out "// Generated from core/data/*.txt by cmake/EmbedData.cmake. Do not edit.
#include \"core/lexicon_data.h\"

namespace claimcheck {

const std::map<std::string, std::string>& BuiltinLexiconFiles() {
  static const auto* files = new std::map<std::string, std::string>{
${body}  };
  return *files;
}

}  // namespace claimcheck
")
file(WRITE ${OUTPUT}.tmp "${out}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUTPUT}.tmp ${OUTPUT})
file(REMOVE ${OUTPUT}.tmp)
