// Fuzzes the time tagger. The first three bytes pick the publication date
// (or none), the rest is the article.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/normalize.h"
#include "core/segment.h"
#include "core/temporal.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const claimcheck::TimeTagger* tagger = new claimcheck::TimeTagger();
  if (size < 3) return 0;
  std::optional<claimcheck::CivilDate> published;
  if (data[0] & 1) {
    published = claimcheck::CivilDate{1990 + data[0] / 4, 1 + data[1] % 12,
                                      1 + data[2] % 28};
  }
  std::string_view original(reinterpret_cast<const char*>(data + 3), size - 3);
  claimcheck::NormalizedText n = claimcheck::Normalize(original, nullptr);
  std::vector<claimcheck::Sentence> sentences = claimcheck::Segment(n.text);
  std::vector<claimcheck::TimeExpr> times =
      tagger->Tag(n.text, sentences, published);
  size_t previous_end = 0;
  for (const claimcheck::TimeExpr& t : times) {
    FUZZ_CHECK(t.span.begin < t.span.end && t.span.end <= n.text.size());
    FUZZ_CHECK(t.span.begin >= previous_end);  // text order, no overlap
    previous_end = t.span.end;
  }
  // Tense detection on the raw text as one clause.
  claimcheck::TimeTagger::DetectTense(n.text);
  return 0;
}
