// STUB: replaced by the stance analyzer.
#include "core/stance.h"
namespace claimcheck {
StanceInfo AnalyzeStance(std::string_view, size_t, size_t) { return {}; }
}  // namespace claimcheck
