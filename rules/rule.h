// Rule modules: one class per kind of contradiction (clang-tidy's model).
//
// A rule reads the fact graph and appends Findings. Options come from the rule
// set (rules/sets/*.json) and have defaults in code; Options() dumps the
// effective values back out (`claimcheck rules ID`).
//
//   std::unique_ptr<Rule> rule = CreateRule("event-date");
//   Status s = rule->Configure(options_json);
//   rule->Check(context, &findings);
#ifndef CLAIMCHECK_RULES_RULE_H_
#define CLAIMCHECK_RULES_RULE_H_

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/finding.h"
#include "core/graph.h"
#include "core/lexicon.h"
#include "core/status.h"

namespace claimcheck {

// Knowledge a rule set adds to the built-in lexicons.
struct Knowledge {
  // Offices one person holds at a time ("president", "special envoy").
  std::set<std::string> single_holder_offices;
  // Offices several people hold at once ("senator", "adviser"). An entry
  // ending in " *" is a prefix: "deputy *" covers "deputy foreign minister".
  std::set<std::string> shared_offices;
  // Groups of offices one person does not hold together for one country or
  // body ("president", "prime minister"). An office and its deputy, vice or
  // assistant are exclusive without being listed.
  std::vector<std::set<std::string>> exclusive_offices;

  // True when `office` (lowercase) is listed in shared_offices, exactly or
  // through a prefix entry.
  bool IsShared(const std::string& office) const;
};

struct RuleContext {
  const FactGraph& graph;
  const Corpus& corpus;
  const Lexicons& lexicons;
  const Knowledge& knowledge;
};

class Rule {
 public:
  virtual ~Rule() = default;

  virtual std::string_view id() const = 0;       // "event-date"
  virtual std::string_view kind() const = 0;     // "event_date"
  virtual std::string_view summary() const = 0;  // one line

  // Reads common options (severity, min_confidence) and the rule's own.
  // Unknown option names are an error naming the rule and the option.
  Status Configure(const nlohmann::json& options);
  // The effective options, defaults filled in.
  nlohmann::json Options() const;

  virtual void Check(const RuleContext& ctx, std::vector<Finding>* out) const = 0;

  Severity severity() const { return severity_; }
  double min_confidence() const { return min_confidence_; }

 protected:
  explicit Rule(Severity default_severity) : severity_(default_severity) {}
  // Rule-specific options: read `options` (already checked to be an object),
  // returning an error for a bad value; and dump them.
  virtual Status ConfigureOwn(const nlohmann::json& options, std::set<std::string>* used) = 0;
  virtual nlohmann::json OwnOptions() const = 0;

  // Appends `f` when its confidence reaches the threshold.
  void Emit(Finding f, std::vector<Finding>* out) const;

 private:
  Severity severity_;
  double min_confidence_ = 0.3;
};

// The registry: every rule id, in report order, and a factory.
const std::vector<std::string>& RuleIds();
std::unique_ptr<Rule> CreateRule(std::string_view id);

// Reads a number option in [lo, hi]; missing keeps *value.
Status ReadNumberOption(const nlohmann::json& options, const char* name, double lo,
                        double hi, double* value, std::set<std::string>* used);
Status ReadBoolOption(const nlohmann::json& options, const char* name, bool* value,
                      std::set<std::string>* used);

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_RULE_H_
