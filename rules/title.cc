// title: incompatible titles for one person at one time ("President X" vs
// "former President X"; "President X" vs "President-elect X"). "then-"
// describes the past and never conflicts.
#include <iterator>
#include <map>
#include <set>
#include <utility>

#include "rules/conflict.h"
#include "rules/rules.h"

namespace claimcheck {

namespace {

// Current holder, no longer holder, not yet holder.
enum class Phase { kCurrent, kFormer, kFuture, kPast };

Phase PhaseOf(TitleModifier m) {
  switch (m) {
    case TitleModifier::kFormer: return Phase::kFormer;
    case TitleModifier::kElect:
    case TitleModifier::kIncoming:
    case TitleModifier::kDesignate: return Phase::kFuture;
    case TitleModifier::kThen: return Phase::kPast;
    default: return Phase::kCurrent;
  }
}

std::string TitleValue(const Claim& c) {
  std::string office = AsciiLower(c.office.value);
  switch (c.modifier) {
    case TitleModifier::kNone: return office;
    case TitleModifier::kElect: return office + "-elect";
    case TitleModifier::kDesignate: return office + "-designate";
    default: return std::string(TitleModifierName(c.modifier)) + " " + office;
  }
}

class TitleRule : public Rule {
 public:
  TitleRule() : Rule(Severity::kMedium) {}
  std::string_view id() const override { return "title"; }
  std::string_view kind() const override { return "title"; }
  std::string_view summary() const override {
    return "incompatible titles for one person at one time";
  }

  void Check(const RuleContext& ctx, std::vector<Finding>* out) const override {
    const Corpus& corpus = ctx.corpus;
    std::map<std::string, std::vector<size_t>> by_person_office;
    for (size_t i = 0; i < corpus.claims.size(); ++i) {
      const Claim& c = corpus.claims[i];
      if (c.type != ClaimType::kRole || !UsableStance(c) || c.person.value.empty() ||
          c.office.value.empty() || PhaseOf(c.modifier) == Phase::kPast) {
        continue;
      }
      by_person_office[ctx.graph.PersonKeyOf(c.person.value) + "|" +
                       AsciiLower(c.office.value)]
          .push_back(i);
    }
    for (const auto& [key, claims] : by_person_office) {
      // Which phases conflict: current with former, current with future.
      // Former with future can both hold (a former president re-elected).
      std::vector<size_t> current, others;
      for (size_t i : claims) {
        (PhaseOf(corpus.claims[i].modifier) == Phase::kCurrent ? current : others).push_back(i);
      }
      if (current.empty() || others.empty()) continue;
      ConflictBuilder conflict(corpus);
      std::vector<bool> keep(claims.size(), false);
      for (size_t a : current) {
        for (size_t b : others) {
          if (!CloseInTime(corpus, corpus.claims[a], corpus.claims[b], max_days_) &&
              !FormerThenCurrent(corpus, corpus.claims[b], corpus.claims[a])) {
            continue;
          }
          // "former White House adviser" and "adviser to the senator" are
          // two posts: qualifiers must agree when both are given.
          const std::string& qa = corpus.claims[a].qualifier;
          const std::string& qb = corpus.claims[b].qualifier;
          if (!qa.empty() && !qb.empty() && AsciiLower(qa) != AsciiLower(qb)) continue;
          for (size_t k = 0; k < claims.size(); ++k) {
            if (claims[k] == a || claims[k] == b) keep[k] = true;
          }
        }
      }
      for (size_t k = 0; k < claims.size(); ++k) {
        if (!keep[k]) continue;
        const Claim& c = corpus.claims[claims[k]];
        Mention m = c.office;
        // Mark the modifier and office together when they are adjacent.
        conflict.Add(c, m, TitleValue(c), EvidenceWeight(c));
      }
      const Claim& first = corpus.claims[claims.front()];
      const PersonNode* p = ctx.graph.Person(ctx.graph.PersonKeyOf(first.person.value));
      std::string person = p ? p->name : first.person.value;
      auto f = conflict.Build(std::string(id()), std::string(kind()), severity(),
                              person + ": " + AsciiLower(first.office.value));
      if (!f) continue;
      f->explanation = person + " is given incompatible titles for the same time: " +
                       DescribeSides(corpus, f->values) +
                       "; only one can be right when the articles were written.";
      Emit(std::move(*f), out);
    }
    CheckExclusiveOffices(ctx, out);
  }

 private:
  // Two offices a person does not hold together ("President X" and "Prime
  // Minister X"; "Governor X" and "Deputy Governor X") for one country or
  // body at one time.
  static bool Exclusive(const Knowledge& k, const std::string& a, const std::string& b) {
    for (std::string_view rank : {"deputy ", "vice ", "assistant "}) {
      if (b.size() == rank.size() + a.size() && b.compare(0, rank.size(), rank) == 0 &&
          b.compare(rank.size(), a.size(), a) == 0) {
        return true;
      }
      if (a.size() == rank.size() + b.size() && a.compare(0, rank.size(), rank) == 0 &&
          a.compare(rank.size(), b.size(), b) == 0) {
        return true;
      }
    }
    for (const std::set<std::string>& group : k.exclusive_offices) {
      if (group.count(a) && group.count(b)) return true;
    }
    // Two portfolios of one government ("health secretary", "finance
    // secretary"; "foreign minister", "defense minister"): a person holds
    // one at a time.
    auto portfolio = [](const std::string& office, std::string* head) {
      size_t sp = office.rfind(' ');
      if (sp == std::string::npos) return std::string();
      *head = office.substr(sp + 1);
      if (*head != "minister" && *head != "secretary") return std::string();
      std::string p = office.substr(0, sp);
      static const std::set<std::string> kNotPortfolios = {
          "prime", "deputy", "vice", "first", "chief", "state", "general", "permanent",
          "assistant", "junior", "cabinet", "press", "private", "executive", "principal",
          "under", "senior", "shadow", "acting", "former"};
      if (p.find(' ') != std::string::npos || kNotPortfolios.count(p)) return std::string();
      return p;
    };
    std::string ha, hb;
    std::string pa = portfolio(a, &ha), pb = portfolio(b, &hb);
    return !pa.empty() && !pb.empty() && ha == hb && pa != pb;
  }

  void CheckExclusiveOffices(const RuleContext& ctx, std::vector<Finding>* out) const {
    const Corpus& corpus = ctx.corpus;
    // person key -> current claims.
    std::map<std::string, std::vector<size_t>> by_person;
    for (size_t i = 0; i < corpus.claims.size(); ++i) {
      const Claim& c = corpus.claims[i];
      if (c.type != ClaimType::kRole || !UsableStance(c) || c.person.value.empty() ||
          c.office.value.empty() || c.shared_office || PhaseOf(c.modifier) != Phase::kCurrent) {
        continue;
      }
      by_person[ctx.graph.PersonKeyOf(c.person.value)].push_back(i);
    }
    for (const auto& [key, claims] : by_person) {
      // One representative per (office, qualifier): a person is named with a
      // handful of offices, so the pairs below stay few.
      std::map<std::pair<std::string, std::string>, std::vector<size_t>> posts;
      for (size_t i : claims) {
        const Claim& c = corpus.claims[i];
        posts[{AsciiLower(c.office.value), AsciiLower(c.qualifier)}].push_back(i);
      }
      if (posts.size() < 2) continue;
      std::set<std::pair<std::string, std::string>> involved;
      for (auto a = posts.begin(); a != posts.end(); ++a) {
        for (auto b = std::next(a); b != posts.end(); ++b) {
          const auto& [oa, qa] = a->first;
          const auto& [ob, qb] = b->first;
          if (oa == ob || !Exclusive(ctx.knowledge, oa, ob)) continue;
          if (!qa.empty() && !qb.empty() && qa != qb) continue;
          bool close = false;
          for (size_t x : a->second) {
            for (size_t y : b->second) {
              close = close || CloseInTime(corpus, corpus.claims[x], corpus.claims[y], max_days_);
            }
          }
          if (!close) continue;
          involved.insert(a->first);
          involved.insert(b->first);
        }
      }
      if (involved.empty()) continue;
      ConflictBuilder conflict(corpus);
      std::string offices;
      std::set<std::string> named;
      for (const auto& post : involved) {
        for (size_t i : posts[post]) {
          const Claim& c = corpus.claims[i];
          conflict.Add(c, c.office, TitleValue(c), EvidenceWeight(c));
        }
        if (named.insert(post.first).second) offices += (offices.empty() ? "" : " / ") + post.first;
      }
      const PersonNode* p = ctx.graph.Person(key);
      std::string person = p ? p->name : corpus.claims[claims.front()].person.value;
      auto f = conflict.Build(std::string(id()), std::string(kind()), severity(),
                              person + ": " + offices);
      if (!f) continue;
      f->explanation = person + " is given two offices one person does not hold together: " +
                       DescribeSides(corpus, f->values) + "; check which one is right.";
      Emit(std::move(*f), out);
    }
  }

  Status ConfigureOwn(const nlohmann::json& o, std::set<std::string>* used) override {
    Status s = ReadNumberOption(o, "max_days_apart", 0, 36500, &max_days_, used);
    if (s.ok()) {
      s = ReadNumberOption(o, "max_days_former_first", 0, 36500, &max_former_first_, used);
    }
    return s;
  }
  nlohmann::json OwnOptions() const override {
    return {{"max_days_apart", max_days_}, {"max_days_former_first", max_former_first_}};
  }

  // "former X" in an earlier report, plain "X" in a later one within
  // max_days_former_first: titles do not come back that way (a re-appointment
  // would be news of its own).
  bool FormerThenCurrent(const Corpus& corpus, const Claim& other, const Claim& current) const {
    if (PhaseOf(other.modifier) != Phase::kFormer) return false;
    auto df = ReferenceDay(corpus, other);
    auto dc = ReferenceDay(corpus, current);
    return df && dc && *df < *dc && static_cast<double>(*dc - *df) <= max_former_first_;
  }

  double max_days_ = 7;  // titles change on a given day
  double max_former_first_ = 180;
};

}  // namespace

std::unique_ptr<Rule> NewTitleRule() { return std::make_unique<TitleRule>(); }

}  // namespace claimcheck
