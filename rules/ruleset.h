// Rule sets: which rules run, with which options, and what knowledge they add.
//
//   RuleSet set;
//   Status s = LoadRuleSet("my-rules.json", &set);   // "" = the built-in default
//   if (!s.ok()) { std::cerr << s.message() << "\n"; return 2; }
//   Lexicons lex = set.ExtendLexicons(Lexicons::Default());
//   std::vector<Finding> findings = RunRules(set, corpus, lex);
//
// A rule-set file is validated against rules/schema/ruleset.schema.json before
// anything runs; every problem message names the file and the field.
#ifndef CLAIMCHECK_RULES_RULESET_H_
#define CLAIMCHECK_RULES_RULESET_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/finding.h"
#include "core/graph.h"
#include "core/lexicon.h"
#include "core/pipeline.h"
#include "rules/rule.h"

namespace claimcheck {

struct RuleSet {
  std::string name;
  std::string origin;  // file path, or "<built-in default>"
  std::vector<std::unique_ptr<Rule>> rules;  // enabled rules, in file order
  Knowledge knowledge;
  GraphOptions graph;
  nlohmann::json lexicon_additions = nlohmann::json::object();

  std::vector<std::string> RuleIdList() const;
  // The built-in lexicons plus the set's own entries.
  Lexicons ExtendLexicons(const Lexicons& base) const;
};

// Loads `path`, or the built-in default set when `path` is empty.
Status LoadRuleSet(const std::string& path, RuleSet* out);
// Parses rule-set JSON text; `origin` names it in messages.
Status ParseRuleSet(std::string_view text, const std::string& origin, RuleSet* out);

// A schema built into the tool: "ruleset.schema" or "expected.schema".
const nlohmann::json& BuiltinSchema(const std::string& name);

// Builds the fact graph and runs every rule; findings are numbered x1, x2...
// in rule order. `graph_out` (optional) receives the graph. The rules are
// independent and run on up to `threads` threads (0 = one per core); the
// findings do not depend on the number.
std::vector<Finding> RunRules(const RuleSet& set, const Corpus& corpus,
                              const Lexicons& lexicons,
                              std::unique_ptr<FactGraph>* graph_out = nullptr,
                              int threads = 1);

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_RULESET_H_
