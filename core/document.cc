#include "core/document.h"

namespace claimcheck {

Span NormalizedText::ToOriginal(Span s) const {
  if (offsets.empty()) return s;
  const size_t last = offsets.size() - 1;
  size_t b = s.begin > last ? last : s.begin;
  size_t e = s.end > last ? last : s.end;
  Span out{offsets[b], offsets[e]};
  if (out.end < out.begin) out.end = out.begin;
  return out;
}

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kListItem:
      return "list_item";
    case BlockKind::kTableHeader:
      return "table_header";
    case BlockKind::kTableRow:
      return "table_row";
    case BlockKind::kDateline:
      return "dateline";
  }
  return "paragraph";
}

std::string_view Document::OriginalSlice(Span normalized_span) const {
  Span o = ToOriginal(normalized_span);
  if (o.begin > original.size()) return {};
  return std::string_view(original).substr(o.begin, o.size());
}

}  // namespace claimcheck
