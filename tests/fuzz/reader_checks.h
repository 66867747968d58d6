// What every reader guarantees, whatever the input: each document has an id
// and non-blank text, ids are unique, every error names the path.
#ifndef CLAIMCHECK_TESTS_FUZZ_READER_CHECKS_H_
#define CLAIMCHECK_TESTS_FUZZ_READER_CHECKS_H_

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/reader.h"
#include "tests/fuzz/fuzz_check.h"

inline void CheckReadResult(const claimcheck::ReadResult& r,
                            const std::string& path) {
  std::set<std::string> ids;
  for (const claimcheck::Document& d : r.documents) {
    FUZZ_CHECK(!d.id.empty());
    FUZZ_CHECK(ids.insert(d.id).second);
    FUZZ_CHECK(d.original.find_first_not_of(" \t\r\n\f\v") !=
               std::string::npos);
    FUZZ_CHECK(d.first_line >= 1);
  }
  for (const claimcheck::InputError& e : r.errors) {
    FUZZ_CHECK(e.path == path);
    FUZZ_CHECK(!e.message.empty());
    FUZZ_CHECK(e.message.find('\n') == std::string::npos);
  }
}

// One fuzz input through a JSON-family reader (ReadJsonText, ReadJsonlText)
// with small limits, so the depth and document-count checks are exercised.
template <typename Read>
int FuzzJsonReader(const uint8_t* data, size_t size, const std::string& path, Read read) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  claimcheck::ReadOptions options;
  options.max_json_depth = 32;
  options.max_documents = 50;
  claimcheck::ReadResult result;
  read(content, path, options, &result);
  CheckReadResult(result, path);
  FUZZ_CHECK(result.documents.size() <= options.max_documents);
  return 0;
}

#endif  // CLAIMCHECK_TESTS_FUZZ_READER_CHECKS_H_
