// Fuzzes the plain-text reader (front matter, sidecar metadata, datelines)
// under ASan + UBSan. An input "TEXT\n%%sidecar%%\nJSON" gives the reader
// a NAME.meta.json sidecar as well.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/reader.h"
#include "tests/fuzz/reader_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string_view text = input, sidecar;
  constexpr std::string_view kSeparator = "\n%%sidecar%%\n";
  if (size_t at = input.find(kSeparator); at != std::string_view::npos) {
    text = input.substr(0, at);
    sidecar = input.substr(at + kSeparator.size());
  }
  claimcheck::ReadResult result;
  claimcheck::ReadPlainText(text, "fuzz.txt", sidecar, &result);
  for (const claimcheck::InputError& e : result.errors) {
    // Sidecar problems name the sidecar.
    FUZZ_CHECK(e.path == "fuzz.txt" || e.path == "fuzz.meta.json");
  }
  result.errors.clear();
  CheckReadResult(result, "fuzz.txt");
  FUZZ_CHECK(result.documents.size() <= 1);

  if (auto dateline = claimcheck::ParseDateline(text)) {
    FUZZ_CHECK(dateline->length > 0 && dateline->length <= text.size());
  }
  return 0;
}
