#include "core/document.h"

#include <algorithm>

namespace claimcheck {

Span NormalizedText::ToOriginal(Span s) const {
  const size_t size = offsets.empty() ? entries_ : offsets.size();
  if (size == 0) return s;
  const size_t last = size - 1;
  size_t b = s.begin > last ? last : s.begin;
  size_t e = s.end > last ? last : s.end;
  Span out{OriginalAt(b), OriginalAt(e)};
  if (out.end < out.begin) out.end = out.begin;
  return out;
}

size_t NormalizedText::OriginalAt(size_t i) const {
  if (!offsets.empty()) return offsets[i];
  // The last run starting at or before i.
  auto it = std::upper_bound(runs_.begin(), runs_.end(), i,
                             [](size_t pos, const Run& r) { return pos < r.normalized; });
  if (it == runs_.begin()) return i;
  --it;
  return it->original + (i - it->normalized);
}

void NormalizedText::Compact() {
  if (offsets.empty()) return;
  runs_.clear();
  for (size_t i = 0; i < offsets.size(); ++i) {
    if (i > 0 && offsets[i] == offsets[i - 1] + 1) continue;
    runs_.push_back(Run{static_cast<uint32_t>(i), offsets[i]});
  }
  runs_.shrink_to_fit();
  entries_ = offsets.size();
  std::vector<uint32_t>().swap(offsets);
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
