// Fuzzes the HTML reader (ReadHtmlText: gumbo, the depth model, the body
// walk) under ASan + UBSan.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/reader.h"
#include "tests/fuzz/reader_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  claimcheck::ReadResult result;
  claimcheck::ReadHtmlText(content, "fuzz.html", &result);
  CheckReadResult(result, "fuzz.html");
  FUZZ_CHECK(result.documents.size() <= 1);
  return 0;
}
