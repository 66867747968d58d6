// The built-in lexicon files, generated at build time from core/data/*.txt
// (cmake/EmbedData.cmake). Internal: not installed with the public headers.
#ifndef CLAIMCHECK_CORE_LEXICON_DATA_H_
#define CLAIMCHECK_CORE_LEXICON_DATA_H_

#include <map>
#include <string>

namespace claimcheck {

// name (file stem) -> content.
const std::map<std::string, std::string>& BuiltinLexiconFiles();

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_LEXICON_DATA_H_
