// Regression cases for rule sets (Semgrep's rule tests, without their flaw:
// every case runs, and every missing and unexpected finding is listed).
//
// A case is a directory of articles plus expected.json:
//   {"description": "...",
//    "inputs": ["../../../shared/seeds"],     // optional: read these instead
//    "contradictions": [{"kind", "values": [...], "docs": [...]}],
//    "must_not_flag":  [{"kind", "values": [...], "docs": [...]}],
//    "todo":           [...],                  // should fire, does not yet (todoruleid)
//    "todo_ok":        [...]}                  // should not fire, does yet (todook)
//
// A finding matches an entry when the kinds are equal, every value of the
// entry equals (ignoring case) one of the finding's values, and every doc of
// the entry is among the finding's documents.
#ifndef CLAIMCHECK_RULES_REGRESSION_H_
#define CLAIMCHECK_RULES_REGRESSION_H_

#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/finding.h"
#include "core/pipeline.h"
#include "core/status.h"

namespace claimcheck {

struct RegressionOptions {
  std::string rules_path;  // empty: the built-in default set
  bool update = false;     // rewrite expected.json from the current output
  bool strict = false;     // unreviewed findings fail too
  // Progress display (cli/progress.h): passed to each case's pipeline run.
  std::function<void(const PipelineProgress&)> on_progress;
  // Called after each case is checked (or skipped), before its lines are
  // printed, with the number of its findings.
  std::function<void(size_t findings)> on_case_done;
};

struct KindScore {
  int expected = 0;    // entries in "contradictions"
  int found = 0;       // of those, matched
  int forbidden = 0;   // must_not_flag entries matched (false positives)
  int unreviewed = 0;  // findings matching no entry
  double precision() const;
  double recall() const;
};

struct RegressionSummary {
  int cases = 0, failed = 0, skipped = 0;
  std::map<std::string, KindScore> by_kind;
  KindScore total;
  bool passed() const { return failed == 0; }
};

// True when `finding` (with its documents' ids) matches `entry`.
bool MatchesEntry(const nlohmann::json& entry, const Finding& finding,
                  const Corpus& corpus);

// Runs every case under `paths` (a case directory, or a folder whose
// subdirectories hold cases); prints a per-case account and the totals to
// `out`. Returns an error only for unusable inputs (a bad rule set or an
// invalid expected.json); failing cases are counted in `summary`.
Status RunRegression(const std::vector<std::string>& paths, const RegressionOptions& options,
                     std::ostream& out, RegressionSummary* summary);

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_REGRESSION_H_
