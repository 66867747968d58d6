// Fuzzes the normalizer and checks the NormalizedText contract (document.h):
// valid UTF-8 out, one offset per byte plus one, offsets never decreasing
// and within the original.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/normalize.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view original(reinterpret_cast<const char*>(data), size);
  std::vector<claimcheck::NormalizeIssue> issues;
  claimcheck::NormalizedText n = claimcheck::Normalize(original, &issues);
  FUZZ_CHECK(claimcheck::IsValidUtf8(n.text));
  FUZZ_CHECK(n.offsets.size() == n.text.size() + 1);
  FUZZ_CHECK(n.offsets.back() == original.size());
  for (size_t i = 1; i < n.offsets.size(); ++i) {
    FUZZ_CHECK(n.offsets[i - 1] <= n.offsets[i]);
  }
  for (const claimcheck::NormalizeIssue& issue : issues) {
    FUZZ_CHECK(issue.offset <= original.size());
    FUZZ_CHECK(issue.line >= 1);
  }
  if (!n.text.empty()) {
    claimcheck::Span whole = n.ToOriginal({0, n.text.size()});
    FUZZ_CHECK(whole.begin <= whole.end && whole.end <= original.size());
  }
  // Normalizing again changes nothing more than once did.
  claimcheck::NormalizedText again = claimcheck::Normalize(n.text, nullptr);
  FUZZ_CHECK(claimcheck::IsValidUtf8(again.text));
  return 0;
}
