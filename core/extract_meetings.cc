// STUB: replaced by the meetings extractor.
#include "core/extract.h"
namespace claimcheck {
void ExtractMeetings(const ExtractContext&, std::vector<Claim>*) {}
}  // namespace claimcheck
