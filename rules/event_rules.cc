// event-date, event-location, event-participants: one event (as grouped by
// the fact graph's coreference), reported with different dates, places or
// people in the same seat.
#include <map>
#include <unordered_map>

#include "rules/conflict.h"
#include "rules/rules.h"

namespace claimcheck {

namespace {

// The weight of a meeting claim's evidence, including how surely it belongs
// to its event.
double EventWeight(const RuleContext& ctx, size_t claim) {
  return EvidenceWeight(ctx.corpus.claims[claim]) * ctx.graph.EventScore(claim);
}

std::string EventSubject(const EventNode& e) { return e.label; }

class EventDateRule : public Rule {
 public:
  EventDateRule() : Rule(Severity::kHigh) {}
  std::string_view id() const override { return "event-date"; }
  std::string_view kind() const override { return "event_date"; }
  std::string_view summary() const override { return "one event, different dates"; }

  void Check(const RuleContext& ctx, std::vector<Finding>* out) const override {
    const Corpus& corpus = ctx.corpus;
    for (const EventNode& e : ctx.graph.events()) {
      if (e.claims.size() < 2) continue;
      // Cluster the dates: values that can denote the same day are one side.
      std::vector<std::pair<TimeValue, std::vector<size_t>>> sides;
      for (size_t i : e.claims) {
        const Claim& c = corpus.claims[i];
        if (!UsableStance(c) || !c.date_value ||
            c.date_value->kind == TimeValue::Kind::kUnresolved ||
            c.date_value->kind == TimeValue::Kind::kYear ||
            c.date_value->kind == TimeValue::Kind::kMonth) {
          continue;
        }
        bool placed = false;
        for (auto& [value, members] : sides) {
          if (value.Overlaps(*c.date_value)) {
            members.push_back(i);
            // Prefer the most precise value as the side's label.
            if (c.date_value->kind == TimeValue::Kind::kDay &&
                value.kind != TimeValue::Kind::kDay) {
              value = *c.date_value;
            }
            placed = true;
            break;
          }
        }
        if (!placed) sides.push_back({*c.date_value, {i}});
      }
      if (sides.size() < 2) continue;
      ConflictBuilder conflict(corpus);
      for (const auto& [value, members] : sides) {
        for (size_t i : members) {
          conflict.Add(corpus.claims[i], corpus.claims[i].date, value.ToString(),
                       EventWeight(ctx, i));
        }
      }
      auto f = conflict.Build(std::string(id()), std::string(kind()), severity(),
                              EventSubject(e));
      if (!f) continue;
      f->explanation = "The " + e.label + " is dated differently: " +
                       DescribeSides(corpus, f->values) +
                       "; confirm the date with a primary source.";
      Emit(std::move(*f), out);
    }
  }

 private:
  Status ConfigureOwn(const nlohmann::json&, std::set<std::string>*) override {
    return Status::OK();
  }
  nlohmann::json OwnOptions() const override { return nlohmann::json::object(); }
};

class EventLocationRule : public Rule {
 public:
  EventLocationRule() : Rule(Severity::kHigh) {}
  std::string_view id() const override { return "event-location"; }
  std::string_view kind() const override { return "event_location"; }
  std::string_view summary() const override { return "one event, different places"; }

  void Check(const RuleContext& ctx, std::vector<Finding>* out) const override {
    const Corpus& corpus = ctx.corpus;
    const Lexicon& countries = ctx.lexicons.Get("countries");
    const Lexicon& regions = ctx.lexicons.Get("regions");
    for (const EventNode& e : ctx.graph.events()) {
      if (e.claims.size() < 2) continue;
      ConflictBuilder conflict(corpus);
      for (size_t i : e.claims) {
        const Claim& c = corpus.claims[i];
        const std::string& place = c.place.value;
        // A country or region contains cities: "in Florida" and "in Miami"
        // do not disagree.
        if (!UsableStance(c) || place.empty() || countries.Contains(place) ||
            regions.Contains(place)) {
          continue;
        }
        conflict.Add(c, c.place, place, EventWeight(ctx, i));
      }
      auto f = conflict.Build(std::string(id()), std::string(kind()), severity(),
                              EventSubject(e));
      if (!f) continue;
      f->explanation = "Sources place the " + e.label + " in different cities: " +
                       DescribeSides(corpus, f->values) + ".";
      Emit(std::move(*f), out);
    }
  }

 private:
  Status ConfigureOwn(const nlohmann::json&, std::set<std::string>*) override {
    return Status::OK();
  }
  nlohmann::json OwnOptions() const override { return nlohmann::json::object(); }
};

// The side a person sits on: the country or organization of their offices.
std::string SideOf(const RuleContext& ctx, const std::string& person_key) {
  const PersonNode* p = ctx.graph.Person(person_key);
  if (!p) return "";
  std::map<std::string, int> sides;
  for (size_t i : p->claims) {
    const Claim& c = ctx.corpus.claims[i];
    if (c.type == ClaimType::kRole && !c.qualifier.empty() &&
        ctx.graph.PersonKeyOf(c.person.value) == person_key &&
        ctx.graph.Person(ctx.graph.PersonKeyOf(c.qualifier)) == nullptr) {
      sides[c.qualifier]++;
    }
  }
  std::string best;
  int n = 0;
  for (const auto& [side, count] : sides) {
    if (count > n) {
      best = side;
      n = count;
    }
  }
  return best;
}

class EventParticipantsRule : public Rule {
 public:
  EventParticipantsRule() : Rule(Severity::kMedium) {}
  std::string_view id() const override { return "event-participants"; }
  std::string_view kind() const override { return "event_participants"; }
  std::string_view summary() const override {
    return "one event, a different person in the same seat";
  }

  void Check(const RuleContext& ctx, std::vector<Finding>* out) const override {
    const Corpus& corpus = ctx.corpus;
    // A person's side does not depend on the event: computed once per person
    // (SideOf reads all of the person's claims).
    std::unordered_map<std::string, std::string> side_of;
    for (const EventNode& e : ctx.graph.events()) {
      // The people named with a landing or a news conference hold no seats.
      if (e.claims.size() < 2 || e.kind == EventKind::kOccurrence) continue;
      // side -> person key -> claims naming them.
      std::map<std::string, std::map<std::string, std::vector<size_t>>> seats;
      std::map<std::string, std::vector<std::set<std::string>>> together;  // side -> per claim
      for (size_t i : e.claims) {
        const Claim& c = corpus.claims[i];
        if (!UsableStance(c)) continue;
        std::map<std::string, std::set<std::string>> in_claim;
        for (const Mention& m : c.participants) {
          std::string key = ctx.graph.PersonKeyOf(m.value);
          auto known = side_of.find(key);
          if (known == side_of.end()) known = side_of.emplace(key, SideOf(ctx, key)).first;
          const std::string& side = known->second;
          if (side.empty()) continue;
          seats[side][key].push_back(i);
          in_claim[side].insert(key);
        }
        for (auto& [side, keys] : in_claim) together[side].push_back(keys);
      }
      for (const auto& [side, people] : seats) {
        if (people.size() < 2) continue;
        // Two people of one side named together in one report both attended.
        bool both = false;
        for (const auto& keys : together[side]) both = both || keys.size() > 1;
        if (both) continue;
        ConflictBuilder conflict(corpus);
        for (const auto& [key, claims] : people) {
          const PersonNode* p = ctx.graph.Person(key);
          for (size_t i : claims) {
            const Claim& c = corpus.claims[i];
            for (const Mention& m : c.participants) {
              if (ctx.graph.PersonKeyOf(m.value) == key) {
                conflict.Add(c, m, p ? p->name : m.value, EventWeight(ctx, i));
              }
            }
          }
        }
        auto f = conflict.Build(std::string(id()), std::string(kind()), severity(),
                                e.label + " (" + side + " side)");
        if (!f) continue;
        f->explanation = "Reports of the " + e.label + " put different people in the " +
                         side + " seat: " + DescribeSides(corpus, f->values) + ".";
        Emit(std::move(*f), out);
      }
    }
  }

 private:
  Status ConfigureOwn(const nlohmann::json&, std::set<std::string>*) override {
    return Status::OK();
  }
  nlohmann::json OwnOptions() const override { return nlohmann::json::object(); }
};

}  // namespace

std::unique_ptr<Rule> NewEventDateRule() { return std::make_unique<EventDateRule>(); }
std::unique_ptr<Rule> NewEventLocationRule() { return std::make_unique<EventLocationRule>(); }
std::unique_ptr<Rule> NewEventParticipantsRule() {
  return std::make_unique<EventParticipantsRule>();
}

}  // namespace claimcheck
