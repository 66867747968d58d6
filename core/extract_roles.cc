// STUB: replaced by the people/offices extractor.
#include "core/extract.h"
namespace claimcheck {
void ExtractRoles(const ExtractContext&, std::vector<Claim>*) {}
}  // namespace claimcheck
