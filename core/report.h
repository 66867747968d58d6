// Reports: the run's documents, errors, claims and findings as JSON
// (claimcheck.report/1), Markdown, HTML; and `extract` output
// (claimcheck.claims/1).
//
//   RunInfo info{"default", {"role-holder", ...}, seconds};
//   nlohmann::json j = ReportJson(corpus, findings, info, /*claims=*/false);
#ifndef CLAIMCHECK_CORE_REPORT_H_
#define CLAIMCHECK_CORE_REPORT_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/claim.h"
#include "core/finding.h"
#include "core/pipeline.h"

namespace claimcheck {

inline constexpr char kReportSchema[] = "claimcheck.report/1";
inline constexpr char kClaimsSchema[] = "claimcheck.claims/1";

// Version string of the library ("0.1.0").
const char* Version();

struct RunInfo {
  std::string ruleset_name = "default";
  std::vector<std::string> rule_ids;
  double seconds = 0;
};

// One claim as JSON (the shape `extract` and `check --claims` print): id,
// type, span and quote in the original text, and the type's fields.
nlohmann::json ClaimJson(const Corpus& corpus, const Claim& claim);

nlohmann::json ReportJson(const Corpus& corpus,
                          const std::vector<Finding>& findings,
                          const RunInfo& info, bool include_claims);
std::string ReportMarkdown(const Corpus& corpus,
                           const std::vector<Finding>& findings,
                           const RunInfo& info);

// `claimcheck extract`: per document its times and claims.
nlohmann::json ExtractJson(const Corpus& corpus);

// The original text of sentence `index` of `doc` and its original span.
std::string SentenceQuote(const Document& doc, size_t index, Span* original);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_REPORT_H_
