// STUB: replaced by the real normalizer.
#include "core/normalize.h"

namespace claimcheck {

NormalizedText Normalize(std::string_view original,
                         std::vector<NormalizeIssue>*) {
  NormalizedText n;
  n.text.assign(original);
  n.offsets.resize(original.size() + 1);
  for (size_t i = 0; i <= original.size(); ++i) n.offsets[i] = static_cast<uint32_t>(i);
  return n;
}

bool IsValidUtf8(std::string_view) { return true; }

}  // namespace claimcheck
