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
//     "U.S. envoy", "today,officials" -> "today, officials", "promised.The" ->
//     "promised. The", without breaking "U.S.", "3.5", "$30,000", "e.g.,",
//     URLs or e-mail addresses.
// Line breaks are kept as they are (segmentation needs them); \r\n becomes \n.
//
// The rules in detail (docs/text-processing.md has the full list):
//   - \r\n and lone \r -> \n; U+0085, U+2028, U+2029 -> \n (so they count as
//     lines everywhere); tab, \v, \f and other C0 controls -> ' '.
//   - U+2010-2015, U+2212, U+FE58, U+FE63, U+FF0D -> '-';
//     U+2018-201B and U+2032 -> '; U+201C-201F, U+2033, U+00AB, U+00BB -> ";
//     U+00A0, U+2000-200A, U+202F, U+205F, U+3000 -> ' ';
//     U+200B-200D, U+2060, U+FEFF, U+00AD -> dropped; U+2026 -> "...".
//     Bullets (U+2022 ...) are kept.
//   - Everything else: NFKC of each cluster (a code point and the combining
//     marks after it), so "e" + U+0301 -> U+00E9 and U+FB01 -> "fi".
//   - A maximal run of invalid bytes (bad lead, stray continuation, overlong,
//     surrogate, > U+10FFFF, truncated) -> one U+FFFD and one NormalizeIssue.
//   - Glued punctuation (ASCII context, nothing inside a token holding "://",
//     "www.", '@', '/' or '\\'); one space is inserted after
//       ',' or ';' followed by a letter, unless a digit precedes and fewer
//           than two letters follow ("1,124", "$30,000" stay; "e.g.,the"
//           -> "e.g., the");
//       '!' or '?' between a lowercase letter and a capitalized word;
//       '.' after a letter, digit, ')', quote or '.' and before a word of
//           2+ letters starting with a capital ("promised.The");
//       '.' ending a dotted abbreviation of single letters (U.S., U.N., and
//           lowercase e.g., i.e., a.m., p.m.) before a lowercase word of 3+
//           letters that is not itself followed by ".x" ("U.S.envoy").
//     So "3.5", "archyde.com", "report.pdf", "12:40:04", "U.S.-backed",
//     "a.b.com" are left alone.
//
// Offsets: every output byte maps to the start of the cluster (or invalid
// run, or folded character) it came from; an inserted space maps to the
// original position of the byte after it. Offsets never decrease.
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
