// What every reader guarantees, whatever the input: each document has an id
// and non-blank text, ids are unique, every error names the path.
#ifndef CLAIMCHECK_TESTS_FUZZ_READER_CHECKS_H_
#define CLAIMCHECK_TESTS_FUZZ_READER_CHECKS_H_

#include <set>
#include <string>

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

#endif  // CLAIMCHECK_TESTS_FUZZ_READER_CHECKS_H_
