// role-holder: different persons named as the holder of one office at one time.
#include <map>
#include <set>

#include "rules/conflict.h"
#include "rules/rules.h"

namespace claimcheck {

namespace {

// More bare holders of one office than this, and the office is not read as
// the run's one post (a story names its holder and perhaps a wrong one).
constexpr size_t kMaxBareHolders = 3;

class RoleHolderRule : public Rule {
 public:
  RoleHolderRule() : Rule(Severity::kHigh) {}
  std::string_view id() const override { return "role-holder"; }
  std::string_view kind() const override { return "role_holder"; }
  std::string_view summary() const override {
    return "different persons named as holder of one office at one time";
  }

  void Check(const RuleContext& ctx, std::vector<Finding>* out) const override {
    const Corpus& corpus = ctx.corpus;
    // Claims naming a current holder, and for each office and person the
    // qualifiers ("United States", "Nordmark central bank") the run gives.
    std::vector<size_t> current;
    std::map<std::string, std::set<std::string>> person_qualifiers;  // office|person
    std::map<std::string, std::set<std::string>> office_qualifiers;  // office
    for (size_t i = 0; i < corpus.claims.size(); ++i) {
      const Claim& c = corpus.claims[i];
      if (c.type != ClaimType::kRole || !UsableStance(c) || c.office.value.empty() ||
          c.person.value.empty()) {
        continue;
      }
      std::string office = AsciiLower(c.office.value);
      if (!c.qualifier.empty()) {
        std::string q = AsciiLower(c.qualifier);
        person_qualifiers[office + "|" + ctx.graph.PersonKeyOf(c.person.value)].insert(q);
        office_qualifiers[office].insert(q);
      }
      if (c.modifier != TitleModifier::kNone && c.modifier != TitleModifier::kActing &&
          c.modifier != TitleModifier::kInterim) {
        continue;  // former, then-, -elect: not the holder now
      }
      if (ctx.knowledge.IsShared(office)) continue;
      if (!ctx.knowledge.single_holder_offices.empty() &&
          !ctx.knowledge.single_holder_offices.count(office) && !single_unknown_) {
        continue;
      }
      current.push_back(i);
    }
    // An office written without its country or body ("Governor A") takes the
    // qualifier the run gives the same person for it elsewhere. Failing
    // that, it is read as the run's one such office only when no source
    // qualifies the office at all and no document names two of its current
    // holders (a summit report's "Prime Minister A ... Prime Minister B" are
    // two countries' heads): the articles of a run report one story.
    std::map<std::string, std::set<std::string>> unqualified_by_doc;  // office|doc
    for (size_t i : current) {
      const Claim& c = corpus.claims[i];
      if (!c.qualifier.empty() || c.shared_office) continue;
      unqualified_by_doc[AsciiLower(c.office.value) + "|" + std::to_string(c.doc)].insert(
          ctx.graph.PersonKeyOf(c.person.value));
    }
    std::set<std::string> ambiguous;  // offices whose bare mention is not one post
    std::map<std::string, std::set<std::string>> bare_holders;  // office -> people
    for (const auto& [key, people] : unqualified_by_doc) {
      std::string office = key.substr(0, key.rfind('|'));
      if (people.size() > 1) ambiguous.insert(office);
      bare_holders[office].insert(people.begin(), people.end());
    }
    // A run that names many bare holders of one office reports many stories
    // (a newsroom's day, a corpus): the bare office is then no one post.
    for (const auto& [office, people] : bare_holders) {
      if (people.size() > kMaxBareHolders) ambiguous.insert(office);
    }
    std::map<std::string, std::vector<size_t>> by_office;  // qualifier|office
    for (size_t i : current) {
      const Claim& c = corpus.claims[i];
      std::string office = AsciiLower(c.office.value);
      std::string qualifier = AsciiLower(c.qualifier);
      if (qualifier.empty()) {
        auto it = person_qualifiers.find(office + "|" + ctx.graph.PersonKeyOf(c.person.value));
        if (it != person_qualifiers.end() && it->second.size() == 1) {
          qualifier = *it->second.begin();
        } else if (!infer_bare_ || office_qualifiers.count(office) || ambiguous.count(office)) {
          continue;
        }
      }
      by_office[qualifier + "|" + office].push_back(i);
    }
    for (const auto& [key, claims] : by_office) CheckOffice(ctx, claims, out);
  }

 private:
  void CheckOffice(const RuleContext& ctx, const std::vector<size_t>& claims,
                   std::vector<Finding>* out) const {
    const Corpus& corpus = ctx.corpus;
    // Scopes ("for Ukraine") name distinct posts. A claim without one is
    // compatible with any scope, unless the sources present the unscoped
    // office as one several people hold ("the special envoys A and B", "a
    // U.S. envoy"): then an unscoped mention says nothing about which post.
    std::map<std::string, std::vector<size_t>> by_scope;
    std::set<std::string> shared_scopes;  // "" = the unscoped office
    std::vector<size_t> unscoped;
    for (size_t i : claims) {
      const Claim& c = corpus.claims[i];
      std::string scope = AsciiLower(c.scope);
      if (c.shared_office) {
        shared_scopes.insert(scope);
        continue;
      }
      if (scope.empty()) unscoped.push_back(i);
      else by_scope[scope].push_back(i);
    }
    if (shared_scopes.count("")) unscoped.clear();
    if (by_scope.empty()) by_scope[""] = {};
    for (auto& [scope, scoped] : by_scope) {
      if (shared_scopes.count(scope)) continue;
      std::vector<size_t> group = scoped;
      group.insert(group.end(), unscoped.begin(), unscoped.end());
      if (group.empty()) continue;
      // person key -> claims.
      std::map<std::string, std::vector<size_t>> holders;
      for (size_t i : group) {
        const Claim& c = corpus.claims[i];
        holders[ctx.graph.PersonKeyOf(c.person.value)].push_back(i);
      }
      if (holders.size() < 2) continue;
      // Keep holders whose claims are close in time to another holder's.
      ConflictBuilder conflict(corpus);
      std::vector<std::pair<std::string, std::vector<size_t>>> list(holders.begin(), holders.end());
      std::vector<bool> keep(list.size(), false);
      for (size_t a = 0; a < list.size(); ++a) {
        for (size_t b = a + 1; b < list.size(); ++b) {
          for (size_t ca : list[a].second) {
            for (size_t cb : list[b].second) {
              if (CloseInTime(corpus, corpus.claims[ca], corpus.claims[cb], max_days_)) {
                keep[a] = keep[b] = true;
              }
            }
          }
        }
      }
      for (size_t a = 0; a < list.size(); ++a) {
        if (!keep[a]) continue;
        const PersonNode* p = ctx.graph.Person(list[a].first);
        for (size_t i : list[a].second) {
          const Claim& c = corpus.claims[i];
          conflict.Add(c, c.person, p ? p->name : c.person.value, EvidenceWeight(c));
        }
      }
      const Claim& first = corpus.claims[group.front()];
      std::string office = first.office.value;
      for (size_t i : group) {
        if (!corpus.claims[i].qualifier.empty()) {
          office = corpus.claims[i].qualifier + " " + office;
          break;
        }
      }
      for (size_t i : group) {
        if (!corpus.claims[i].scope.empty()) {
          office += " for " + corpus.claims[i].scope;
          break;
        }
      }
      auto f = conflict.Build(std::string(id()), std::string(kind()), severity(), office);
      if (!f) continue;
      f->explanation = "Sources name different people as " + office + ": " +
                       DescribeSides(corpus, f->values) +
                       "; check who held the office at the time.";
      Emit(std::move(*f), out);
    }
  }

  Status ConfigureOwn(const nlohmann::json& o, std::set<std::string>* used) override {
    Status s = ReadNumberOption(o, "max_days_apart", 0, 36500, &max_days_, used);
    if (s.ok()) s = ReadBoolOption(o, "unknown_offices_single", &single_unknown_, used);
    if (s.ok()) s = ReadBoolOption(o, "unqualified_offices", &infer_bare_, used);
    return s;
  }
  nlohmann::json OwnOptions() const override {
    return {{"max_days_apart", max_days_}, {"unknown_offices_single", single_unknown_},
            {"unqualified_offices", infer_bare_}};
  }

  double max_days_ = 120;
  bool single_unknown_ = true;
  bool infer_bare_ = true;
};

}  // namespace

std::unique_ptr<Rule> NewRoleHolderRule() { return std::make_unique<RoleHolderRule>(); }

}  // namespace claimcheck
