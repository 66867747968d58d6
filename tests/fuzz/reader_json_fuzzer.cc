// Fuzzes the JSON reader (ReadJsonText) under ASan + UBSan.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/reader.h"
#include "tests/fuzz/reader_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  claimcheck::ReadOptions options;
  options.max_json_depth = 32;  // also exercise the depth check
  options.max_documents = 50;
  claimcheck::ReadResult result;
  claimcheck::ReadJsonText(content, "fuzz.json", options, &result);
  CheckReadResult(result, "fuzz.json");
  FUZZ_CHECK(result.documents.size() <= options.max_documents);
  return 0;
}
