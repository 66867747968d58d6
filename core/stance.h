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
#include "core/lexicon.h"

namespace claimcheck {

struct StanceInfo {
  Stance stance = Stance::kAsserted;
  std::string attribution;
  std::string hedge;
};

// `sentence` is the sentence's normalized text; [begin, end) the claim's range
// relative to it (cues near the claim count more than far ones).
StanceInfo AnalyzeStance(std::string_view sentence, size_t begin, size_t end);

// The same with the cue, hedge and stance lexicons of `lexicons`
// ("stance_cues", "hedges") instead of the built-in ones. Rules, in short
// (docs/extraction-values.md has the details):
//   - only a window of 400 bytes each side of the claim is read;
//   - retraction cues count anywhere in that window; denial and hypothetical
//     cues only inside the claim's clause (between ";", "but", "although",
//     "whereas", "however"), before the claim's end or at most 20 bytes after
//     it with no comma in between;
//   - precedence retracted > denied > hypothetical > asserted;
//   - attribution: the "according to X" / "citing X" / "X said" / "said X"
//     nearest the claim, X as written, at most six words;
//   - hedge: a hedge phrase directly before a number of the claim,
//     lowercased ("about", "more than").
StanceInfo AnalyzeStance(std::string_view sentence, size_t begin, size_t end,
                         const Lexicons& lexicons);

// Which of AnalyzeStance's patterns can match anywhere in `sentence` (one
// scan of the whole sentence). A sentence holding several claims computes it
// once and passes it to each AnalyzeStance call, which then skips the
// patterns that cannot match; the result is the same as without it.
struct StanceHints {
  unsigned possible = ~0u;  // bit per pattern
};
StanceHints StanceHintsFor(std::string_view sentence, const Lexicons& lexicons);
StanceInfo AnalyzeStance(std::string_view sentence, size_t begin, size_t end,
                         const Lexicons& lexicons, const StanceHints& hints);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_STANCE_H_
