// Claim extraction: runs every extractor over one processed document.
//
//   std::vector<Claim> claims = ExtractClaims(ctx);
//
// Each extractor lives in its own file and appends to `out`; ExtractClaims
// then fills stance, attribution and hedges that the extractors left unset
// (stance.h) and sorts the claims by position.
#ifndef CLAIMCHECK_CORE_EXTRACT_H_
#define CLAIMCHECK_CORE_EXTRACT_H_

#include <cstddef>
#include <vector>

#include "core/claim.h"
#include "core/document.h"
#include "core/lexicon.h"
#include "core/temporal.h"

namespace claimcheck {

struct PersonIndex;  // core/people.h
struct Token;        // core/people.h

// What an extractor sees: one normalized, segmented, time-tagged document.
struct ExtractContext {
  const Document& doc;
  size_t doc_index;
  const std::vector<TimeExpr>& times;  // in text order, non-overlapping
  const Lexicons& lexicons;
  // FindPersons(doc, lexicons), found once by ExtractClaims and shared by the
  // extractors; null when an extractor is called on its own (it finds them).
  const PersonIndex* persons = nullptr;
  // SentenceTokens() of every sentence, tokenized once by ExtractClaims and
  // shared likewise; null when an extractor is called on its own.
  const std::vector<std::vector<Token>>* sentence_tokens = nullptr;
};

// The tokens of sentence `si`: the context's cache when it has them, else
// `own`, filled from the document (SentenceOrTextTokens).
const std::vector<Token>& SentenceTokensOf(const ExtractContext& ctx, size_t si,
                                           std::vector<Token>* own);

// The extractors (each defined in its own .cc).
void ExtractRoles(const ExtractContext& ctx, std::vector<Claim>* out);
void ExtractMeetings(const ExtractContext& ctx, std::vector<Claim>* out);
void ExtractProgress(const ExtractContext& ctx, std::vector<Claim>* out);
void ExtractQuantities(const ExtractContext& ctx, std::vector<Claim>* out);
void ExtractStatuses(const ExtractContext& ctx, std::vector<Claim>* out);
// ExtractProgress, ExtractQuantities and ExtractStatuses in that order,
// sharing their tokens of each sentence.
void ExtractValues(const ExtractContext& ctx, std::vector<Claim>* out);

// All of the above, then stance/attribution, sorted by span. Claim ids are
// left empty; the pipeline numbers them across the run.
std::vector<Claim> ExtractClaims(const ExtractContext& ctx);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_EXTRACT_H_
