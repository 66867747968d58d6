// Fuzzes the sentence segmenter on normalized text. The first byte picks the
// sentence-length limit, so the cutting of long sentences is exercised too.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/normalize.h"
#include "core/segment.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  claimcheck::SegmentOptions options;
  options.max_sentence_bytes = data[0] < 128 ? 4000 : 8 + (data[0] - 128) * 4;
  std::string_view original(reinterpret_cast<const char*>(data + 1), size - 1);
  claimcheck::NormalizedText n = claimcheck::Normalize(original, nullptr);
  std::vector<claimcheck::Sentence> sentences =
      claimcheck::Segment(n.text, options);
  size_t previous_end = 0;
  for (const claimcheck::Sentence& s : sentences) {
    FUZZ_CHECK(s.span.begin < s.span.end);
    FUZZ_CHECK(s.span.size() <= options.max_sentence_bytes);
    FUZZ_CHECK(s.span.end <= n.text.size());
    FUZZ_CHECK(s.span.begin >= previous_end);
    previous_end = s.span.end;
    FUZZ_CHECK(s.line >= 1);
    for (const claimcheck::Cell& c : s.cells) {
      FUZZ_CHECK(c.span.begin <= c.span.end);
      FUZZ_CHECK(c.span.begin >= s.span.begin && c.span.end <= s.span.end);
    }
  }
  return 0;
}
