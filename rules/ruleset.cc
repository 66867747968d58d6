#include "rules/ruleset.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/json_schema.h"
#include "rules/rules_data.h"

namespace claimcheck {

using nlohmann::json;

const json& BuiltinSchema(const std::string& name) {
  static const auto* schemas = [] {
    auto* m = new std::map<std::string, json>;
    for (const auto& [key, text] : BuiltinRuleFiles()) {
      if (key.find(".schema") != std::string::npos) {
        (*m)[key] = json::parse(text, nullptr, /*allow_exceptions=*/false);
      }
    }
    return m;
  }();
  static const json kEmpty = json::object();
  auto it = schemas->find(name);
  return it == schemas->end() ? kEmpty : it->second;
}

std::vector<std::string> RuleSet::RuleIdList() const {
  std::vector<std::string> ids;
  for (const auto& r : rules) ids.emplace_back(r->id());
  return ids;
}

Lexicons RuleSet::ExtendLexicons(const Lexicons& base) const {
  Lexicons out = base;
  for (auto it = lexicon_additions.begin(); it != lexicon_additions.end(); ++it) {
    Lexicon* lex = out.Mutable(it.key());
    if (it->is_array()) {
      for (const json& entry : *it) lex->Add(entry.get<std::string>(), entry.get<std::string>());
    } else if (it->is_object()) {
      for (auto e = it->begin(); e != it->end(); ++e) lex->Add(e.key(), e->get<std::string>());
    }
  }
  return out;
}

Status ParseRuleSet(std::string_view text, const std::string& origin, RuleSet* out) {
  json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::InvalidArgument(origin + ": not valid JSON");
  std::vector<std::string> problems;
  if (!ValidateJson(BuiltinSchema("ruleset.schema"), j, &problems)) {
    return Status::InvalidArgument(origin + ": " + problems.front() +
                                   (problems.size() > 1
                                        ? " (and " + std::to_string(problems.size() - 1) +
                                              " more problems)"
                                        : ""));
  }
  RuleSet set;
  set.name = j["name"].get<std::string>();
  set.origin = origin;
  const json& rules = j["rules"];
  for (size_t i = 0; i < rules.size(); ++i) {
    const json& r = rules[i];
    if (!r.value("enabled", true)) continue;
    std::string id = r["id"].get<std::string>();
    std::unique_ptr<Rule> rule = CreateRule(id);
    if (!rule) return Status::InvalidArgument(origin + ": /rules/" + std::to_string(i) + "/id: unknown rule \"" + id + "\"");
    Status s = rule->Configure(r.contains("options") ? r["options"] : json());
    if (!s.ok()) {
      return Status::InvalidArgument(origin + ": /rules/" + std::to_string(i) + "/options: " +
                                     s.message());
    }
    set.rules.push_back(std::move(rule));
  }
  if (j.contains("graph")) {
    const json& g = j["graph"];
    set.graph.event_join_threshold = g.value("event_join_threshold", set.graph.event_join_threshold);
    set.graph.event_max_day_gap = g.value("event_max_day_gap", set.graph.event_max_day_gap);
  }
  if (j.contains("knowledge")) {
    const json& k = j["knowledge"];
    if (k.contains("aliases")) {
      for (auto it = k["aliases"].begin(); it != k["aliases"].end(); ++it) {
        set.graph.person_aliases[it.key()] = it->get<std::string>();
      }
    }
    for (const json& o : k.value("single_holder_offices", json::array())) {
      set.knowledge.single_holder_offices.insert(AsciiLower(o.get<std::string>()));
    }
    for (const json& o : k.value("shared_offices", json::array())) {
      set.knowledge.shared_offices.insert(AsciiLower(o.get<std::string>()));
    }
    for (const json& group : k.value("exclusive_offices", json::array())) {
      std::set<std::string> offices;
      for (const json& o : group) offices.insert(AsciiLower(o.get<std::string>()));
      set.knowledge.exclusive_offices.push_back(std::move(offices));
    }
    if (k.contains("lexicons")) set.lexicon_additions = k["lexicons"];
  }
  *out = std::move(set);
  return Status::OK();
}

Status LoadRuleSet(const std::string& path, RuleSet* out) {
  if (path.empty()) {
    return ParseRuleSet(BuiltinRuleFiles().at("default"), "<built-in default rule set>", out);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot read the rule set");
  std::ostringstream text;
  text << in.rdbuf();
  return ParseRuleSet(text.str(), path, out);
}

std::vector<Finding> RunRules(const RuleSet& set, const Corpus& corpus,
                              const Lexicons& lexicons,
                              std::unique_ptr<FactGraph>* graph_out, int threads) {
  auto graph = std::make_unique<FactGraph>(FactGraph::Build(corpus, set.graph));
  RuleContext ctx{*graph, corpus, lexicons, set.knowledge};
  // Each rule into its own list (rules only read the graph and the corpus),
  // then the lists in rule order.
  const size_t n = set.rules.size();
  std::vector<std::vector<Finding>> per_rule(n);
  size_t pool = threads > 0 ? static_cast<size_t>(threads)
                            : std::max(1u, std::thread::hardware_concurrency());
  pool = std::min(pool, n);
  if (pool <= 1) {
    for (size_t r = 0; r < n; ++r) set.rules[r]->Check(ctx, &per_rule[r]);
  } else {
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t r = next++; r < n; r = next++) set.rules[r]->Check(ctx, &per_rule[r]);
    };
    std::vector<std::thread> workers;
    for (size_t t = 0; t < pool; ++t) workers.emplace_back(work);
    for (std::thread& t : workers) t.join();
  }
  std::vector<Finding> findings;
  for (std::vector<Finding>& list : per_rule) {
    for (Finding& f : list) findings.push_back(std::move(f));
  }
  for (size_t i = 0; i < findings.size(); ++i) findings[i].id = "x" + std::to_string(i + 1);
  if (graph_out) *graph_out = std::move(graph);
  return findings;
}

}  // namespace claimcheck
