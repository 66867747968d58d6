// Text normalization with an exact offset map back to the original bytes.
//
//   std::vector<NormalizeIssue> issues;
//   NormalizedText n = Normalize(doc.original, &issues);
//   Span orig = n.ToOriginal(Span{b, e});
//
// What it does, in order, per character:
//   - invalid UTF-8 bytes become U+FFFD and are reported (line given);
//   - Unicode NFKC (utf8proc), so ligatures, full-width forms and the like fold;
//   - dashes (en, em, minus, figure dash, non-breaking hyphen U+2011, ...) fold
//     to '-', curly quotes and primes to ' and ", non-breaking and other exotic
//     spaces to ' ', zero-width characters and soft hyphens are dropped;
//   - glued punctuation is repaired by inserting one space: "U.S.envoy" ->
//     "U.S. envoy", "today,zelensky" -> "today, zelensky", "promised.The" ->
//     "promised. The", without breaking "U.S.", "3.5", "$30,000", "e.g.,",
//     URLs or e-mail addresses.
// Line breaks are kept as they are (segmentation needs them); \r\n becomes \n.
#ifndef CLAIMCHECK_CORE_NORMALIZE_H_
#define CLAIMCHECK_CORE_NORMALIZE_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace claimcheck {

struct NormalizeIssue {
  int line = 0;          // 1-based line of the original text
  size_t offset = 0;     // byte offset in the original text
  std::string message;   // e.g. "invalid UTF-8 byte 0xff replaced"
};

// Never fails; `issues` may be null. The result's offsets satisfy the
// NormalizedText contract (document.h).
NormalizedText Normalize(std::string_view original,
                         std::vector<NormalizeIssue>* issues);

// True when `s` is valid UTF-8.
bool IsValidUtf8(std::string_view s);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_NORMALIZE_H_
