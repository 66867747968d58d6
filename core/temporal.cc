// STUB: replaced by the real tagger.
#include "core/temporal.h"

namespace claimcheck {

struct TimeTagger::Impl {};
TimeTagger::TimeTagger() : impl_(std::make_unique<Impl>()) {}
TimeTagger::~TimeTagger() = default;

std::vector<TimeExpr> TimeTagger::Tag(std::string_view, const std::vector<Sentence>&,
                                      const std::optional<CivilDate>&) const {
  return {};
}
std::vector<TimeExpr> TimeTagger::TagText(std::string_view,
                                          const std::optional<CivilDate>&) const {
  return {};
}
Tense TimeTagger::DetectTense(std::string_view) { return Tense::kUnknown; }

}  // namespace claimcheck
