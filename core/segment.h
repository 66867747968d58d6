// Segmentation of normalized text into sentences and blocks.
//
//   std::vector<Sentence> s = Segment(doc.normalized.text);
//
// Blocks: paragraphs (split into sentences), headings, list items (bullets
// "-", "*", "•", numbered "1." / "1)"), markdown pipe tables (a row per unit,
// each knowing its table's header cells; a two-column table without header
// is a key/value table) and tables flattened into running text (a header line
// such as "Participant Role Notable Prior Involvement" followed by the cells
// glued together or one per line), which are recovered as rows with cells.
// Sentence boundaries respect abbreviations (U.S., Jan., Gen., Dr., Mr., St.,
// Sept., ...), initials ("Katherine R. Stark"), decimals, money and ellipses.
#ifndef CLAIMCHECK_CORE_SEGMENT_H_
#define CLAIMCHECK_CORE_SEGMENT_H_

#include <string_view>
#include <vector>

#include "core/document.h"

namespace claimcheck {

struct SegmentOptions {
  // A sentence longer than this many bytes is cut at the nearest space.
  size_t max_sentence_bytes = 4000;
};

std::vector<Sentence> Segment(std::string_view text,
                              const SegmentOptions& options = {});

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_SEGMENT_H_
