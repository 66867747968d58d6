// Shared machinery for rules: turning claims into finding values, grouping
// them by normalized value, weighing their evidence, and the time and subject
// tests several rules need.
#ifndef CLAIMCHECK_RULES_CONFLICT_H_
#define CLAIMCHECK_RULES_CONFLICT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/claim.h"
#include "core/finding.h"
#include "core/pipeline.h"

namespace claimcheck {

// How much a claim's own presentation lets it be trusted: the extractor's
// confidence, discounted for hypothetical, denied or retracted stances and
// for hedges.
double EvidenceWeight(const Claim& c);
// Denied and retracted claims never take a side in a conflict.
bool UsableStance(const Claim& c);

// The day a claim speaks about: its own `when` if stated, else the
// publication date of its document; nullopt when neither is known.
std::optional<long> ReferenceDay(const Corpus& corpus, const Claim& c);
// True when two claims may speak about the same time: reference days within
// `max_days` of each other, or either unknown.
bool CloseInTime(const Corpus& corpus, const Claim& a, const Claim& b, double max_days);

// Content tokens of a subject phrase ("bilateral security guarantees" ->
// bilateral, security, guarantee), lowercased and singularized.
// With `fold_deal_nouns`, the nouns news uses for one negotiated deal
// (agreement, accord, pact, treaty, merger, combination, talks, negotiations,
// takeover, acquisition, buyout, transfer) all
// become "deal", so "the merger talks" and "the definitive agreement" of one
// story meet; what qualifies them ("security", "ceasefire") still counts.
std::vector<std::string> SubjectTokens(const std::string& subject,
                                       bool fold_deal_nouns = false);
// Jaccard similarity of two subjects' tokens.
double SubjectSimilarity(const std::string& a, const std::string& b,
                         bool fold_deal_nouns = false);

// Collects the sides of one conflict: values in the order first seen, each
// with every document that states it (one entry a document and value).
class ConflictBuilder {
 public:
  explicit ConflictBuilder(const Corpus& corpus) : corpus_(corpus) {}

  // `value` is the normalized value; `m` the mention carrying it.
  void Add(const Claim& c, const Mention& m, const std::string& value, double weight);

  size_t distinct_values() const;
  // The finding (values, and a confidence: the mean weight of the weakest
  // side's best evidence), or nullopt when fewer than two values remain.
  std::optional<Finding> Build(const std::string& rule, const std::string& kind,
                               Severity severity, const std::string& subject) const;
  const std::vector<FindingValue>& values() const;

 private:
  // One side: the entries of one value (compared lowercase), in the order
  // added, at most one a document.
  struct Side {
    std::vector<FindingValue> values;
    std::vector<double> weights;
    std::unordered_map<size_t, size_t> by_doc;  // document -> index
  };
  const Corpus& corpus_;
  std::vector<Side> sides_;                          // in the order first seen
  std::unordered_map<std::string, size_t> side_of_;  // lowercase value -> side
  mutable std::vector<FindingValue> values_;         // sides_ flattened
  mutable bool flat_ = true;
};

// "2026-01-06 (doc a, doc b) against 2026-01-07 (doc c)" for explanations.
std::string DescribeSides(const Corpus& corpus, const std::vector<FindingValue>& values);

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_CONFLICT_H_
