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
//
// Rules in brief (docs/text-processing.md has the details):
//   - Every line is its own block, except a line of 30+ bytes without final
//     punctuation followed by a line starting lowercase (a hard wrap), which
//     is joined, unless the first line is Title Case (a heading).
//   - The first line may start with a dateline ("Thu Jan 08 12:40:04 UTC
//     2026:", "CITY, Jan 22 (Agency) -", "January 8, 2026 -"): kDateline.
//   - "# ..." and short lines (<= 120 bytes, <= 18 words) without final
//     punctuation, followed by a newline: kHeading.
//   - Lines starting "- ", "* ", "+ ", a bullet, "1. " or "1) ": kListItem,
//     markers (also a nested "- 7. ") excluded; split into sentences.
//   - A sentence ends at . ! ? (plus closing quotes/brackets) followed by
//     space and an uppercase letter, digit, quote or bracket. Not after
//     initials, titles and months (Dr., Gen., Jan., No., vs., e.g., ...), nor
//     at an ellipsis. After dotted abbreviations (U.S.) and Inc./Corp./Jr./...
//     only before a usual sentence starter ("The", "It", ...). After an
//     ordinary word of 3+ letters a lowercase start also counts (scraped text
//     loses capitals: "in Moscow. direct talks").
//   - Pipe tables: a row a unit; with a |---| row the first row is the header
//     (kTableHeader) and every row carries the header texts. A 2-column table
//     whose "header" second cell reads like a value (digits, punctuation, >4
//     words or >32 bytes) and whose first cells are short keys (<= 40 bytes,
//     <= 5 words) is a key/value table: all rows kTableRow, header empty.
//   - Flattened tables: a header of 2-5 column names (Title Case, <= 4 words,
//     at least two holding a column word such as Name, Role, Party, Notable)
//     glued in one line, one per line, or spaced in one line, followed by
//     rows glued in the same line, one glued row a line, or one cell a line.
//     Rows are recovered only when complete.
//   - Units longer than SegmentOptions::max_sentence_bytes are cut at the last
//     space before the limit (or at a character boundary).
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

// What the segmenter had to cut (the pipeline warns about it).
struct SegmentReport {
  size_t cut_units = 0;    // units longer than max_sentence_bytes
  int first_cut_line = 0;  // line of the first one (1-based), 0 when none
};

std::vector<Sentence> Segment(std::string_view text,
                              const SegmentOptions& options = {},
                              SegmentReport* report = nullptr);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_SEGMENT_H_
