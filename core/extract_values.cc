// STUB: replaced by the progress / quantity / status extractors.
#include "core/extract.h"
namespace claimcheck {
void ExtractProgress(const ExtractContext&, std::vector<Claim>*) {}
void ExtractQuantities(const ExtractContext&, std::vector<Claim>*) {}
void ExtractStatuses(const ExtractContext&, std::vector<Claim>*) {}
}  // namespace claimcheck
