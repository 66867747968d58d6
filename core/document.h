// The document model: one article as read, normalized and segmented.
//
// Every span the library reports is a byte range [begin, end) in
// Document::original, the bytes exactly as read. Work happens on
// Document::text, the normalized text; Document::ToOriginal() maps a range of
// it back.
#ifndef CLAIMCHECK_CORE_DOCUMENT_H_
#define CLAIMCHECK_CORE_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.h"

namespace claimcheck {

// A byte range [begin, end).
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// Normalized text plus an exact map back to the original bytes.
//
// offsets has text.size() + 1 entries: offsets[i] is the original byte at
// which the unit that produced normalized byte i starts; offsets[text.size()]
// is original.size(). A byte the normalizer inserted (the space in
// "U.S.envoy" -> "U.S. envoy") maps to the original position of the byte that
// follows it, so a span never swallows inserted text.
//
// Compact() replaces `offsets` by runs (stretches where normalized and
// original bytes advance together): the same map in a few bytes per change
// instead of four bytes per byte. The pipeline compacts every document once
// it is time-tagged; ToOriginal() reads either form.
struct NormalizedText {
  std::string text;
  std::vector<uint32_t> offsets;

  // The original range the normalized range [b, e) came from.
  Span ToOriginal(Span normalized) const;
  // The original byte of normalized byte i (i <= text.size()).
  size_t OriginalAt(size_t i) const;
  void Compact();

 private:
  struct Run {
    uint32_t normalized;  // first normalized byte of the run
    uint32_t original;    // its original byte; later ones follow one to one
  };
  std::vector<Run> runs_;   // when compacted: sorted by `normalized`
  size_t entries_ = 0;      // offsets.size() before compaction
};

// What kind of block a sentence-like unit stands in.
enum class BlockKind {
  kParagraph,    // running text
  kHeading,      // a short title line, "# ..." or a line without final stop
  kListItem,     // "- ", "* ", "•", "1." items
  kTableHeader,  // the header row of a table
  kTableRow,     // a row of a table (pipe or flattened)
  kDateline,     // the dateline or metadata line at the top
};

const char* BlockKindName(BlockKind kind);

// One table cell: its range in the normalized text.
struct Cell {
  Span span;
};

// A sentence, heading, list item or table row. Ranges are in normalized text.
struct Sentence {
  Span span;
  BlockKind kind = BlockKind::kParagraph;
  int line = 0;        // 1-based line in the original text where it starts
  int block = 0;       // index of the paragraph/list/table it belongs to
  // Table rows only: the row's cells, and the header cells of its table (empty
  // when the table has none). A two-column table without a header row is a
  // key/value table: cells[0] is the key.
  std::vector<Cell> cells;
  std::vector<std::string> header;
};

struct Document {
  // Metadata; every field but `text` is optional in the inputs.
  std::string id;
  std::string source;
  std::string url;
  std::string title;
  std::string path;       // where it was read from ("-" for stdin)
  std::string published;  // as given (ISO 8601), or from the dateline
  std::optional<CivilDate> published_date;  // parsed; nullopt when unknown
  // A dateline's day and month without a year ("CAIRO, March 6 -"): kept
  // so that the run can supply the year (ReadInputs, InferDatelineYears).
  std::optional<CivilDate> dateline_day;  // year 0
  bool published_year_inferred = false;
  int first_line = 1;  // line of the input file where `original` starts

  std::string original;   // the article text exactly as read
  NormalizedText normalized;
  std::vector<Sentence> sentences;

  const std::string& text() const { return normalized.text; }
  std::string_view Slice(Span s) const {
    return std::string_view(normalized.text).substr(s.begin, s.size());
  }
  Span ToOriginal(Span s) const { return normalized.ToOriginal(s); }
  // The original bytes of a normalized range.
  std::string_view OriginalSlice(Span normalized_span) const;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_DOCUMENT_H_
