// Stance, attribution and hedges: how a sentence presents what it says.
//
//   StanceInfo s = AnalyzeStance(sentence_text, claim_begin, claim_end);
//
// - stance: kDenied ("denied that", "falsely", "is not true"), kRetracted
//   ("corrected", "retracted", "an earlier version ... incorrectly"),
//   kHypothetical ("could", "may", "might", "would", "if", "possibly"), else
//   kAsserted;
// - attribution: who says it ("according to X", "X said", "X reported",
//   "citing X");
// - hedge: "about", "roughly", "nearly", "around", "approximately", ...
#ifndef CLAIMCHECK_CORE_STANCE_H_
#define CLAIMCHECK_CORE_STANCE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "core/claim.h"

namespace claimcheck {

struct StanceInfo {
  Stance stance = Stance::kAsserted;
  std::string attribution;
  std::string hedge;
};

// `sentence` is the sentence's normalized text; [begin, end) the claim's range
// relative to it (cues near the claim count more than far ones).
StanceInfo AnalyzeStance(std::string_view sentence, size_t begin, size_t end);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_STANCE_H_
