#include "core/graph.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

// GCC 12 reports a false -Wmaybe-uninitialized inside Boost.Graph's edge
// iterators (boost::optional storage); it is Boost's code, not ours.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphviz.hpp>

#include "core/people.h"

namespace claimcheck {

namespace {

enum class VertexKind { kDocument, kPerson, kOffice, kEvent, kPlace, kValue };

const char* VertexKindName(VertexKind k) {
  switch (k) {
    case VertexKind::kDocument: return "document";
    case VertexKind::kPerson: return "person";
    case VertexKind::kOffice: return "office";
    case VertexKind::kEvent: return "event";
    case VertexKind::kPlace: return "place";
    case VertexKind::kValue: return "value";
  }
  return "value";
}

struct VertexProps {
  VertexKind kind = VertexKind::kValue;
  std::string label;
};

struct EdgeProps {
  std::string relation;  // "holds", "participant", "place", "date", "states", ...
  std::string claim_id;  // the claim this edge is evidence of
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                    VertexProps, EdgeProps>;
using Vertex = Graph::vertex_descriptor;

bool KindsCompatible(EventKind a, EventKind b) {
  auto in_person = [](EventKind k) {
    return k == EventKind::kMeeting || k == EventKind::kTalks;
  };
  if (a == b) return true;
  return in_person(a) && in_person(b);
}

size_t TokenCount(const std::string& s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

}  // namespace

// The groups of a claim as "head|qualifier" keys: the head noun is the word
// before "of" or "from", else the last word, lowercased and singularized, with the
// words news uses for one side's team folded ("negotiators", "delegation",
// "team" -> delegation; "heads" -> leader). The qualifier is the first
// capitalized word that is not the group's opening word ("Russian
// delegation" -> russian, "the leaders of the Pacific Forum" -> pacific),
// empty when none.
std::set<std::string> GroupHeads(const Claim& c) {
  static const std::set<std::string> kTeam = {
      "negotiator", "delegation", "delegate", "envoy", "representative", "team", "side"};
  static const std::set<std::string> kLeader = {"leader", "head", "premier"};
  std::set<std::string> out;
  for (const Mention& g : c.groups) {
    const std::string& text = g.text.empty() ? g.value : g.text;
    std::vector<std::string> words;  // as written
    std::string w;
    for (char ch : text + " ") {
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-' || ch == '.') {
        w += ch;
      } else if (!w.empty()) {
        words.push_back(w);
        w.clear();
      }
    }
    if (words.empty()) continue;
    size_t of = words.size();
    for (size_t k = 0; k < words.size(); ++k) {
      std::string lw = AsciiLower(words[k]);
      if (lw == "of" || lw == "from") {
        of = k;
        break;
      }
    }
    if (of == 0) continue;
    std::string head = AsciiLower(words[of - 1]);
    while (!head.empty() && head.back() == '.') head.pop_back();
    if (head.size() > 3 && head.back() == 's') head.pop_back();
    if (kTeam.count(head)) head = "delegation";
    if (kLeader.count(head)) head = "leader";
    if (head.size() <= 2) continue;
    std::string qual;
    for (size_t k = 1; k < words.size(); ++k) {
      if (k == of - 1) continue;
      if (words[k][0] >= 'A' && words[k][0] <= 'Z') {
        qual = AsciiLower(words[k]);
        break;
      }
    }
    if (qual.empty() && of > 1 && words[0][0] >= 'A' && words[0][0] <= 'Z' &&
        AsciiLower(words[0]) != "the") {
      qual = AsciiLower(words[0]);  // "Russian officials"
    }
    out.insert(head + "|" + qual);
  }
  return out;
}

// The countries and bodies a claim's groups name, lowercased: "Askeria" and
// "Tarvosia" in "Delegations from Askeria and Tarvosia" or in the groups
// "Askeria", "Tarvosia" of "Askeria and Tarvosia began talks". Group nouns
// and the opening word of a group are not names.
std::vector<std::string> PartiesOf(const Claim& c) {
  std::vector<std::string> out;
  for (const Mention& g : c.groups) {
    const std::string& text = g.text.empty() ? g.value : g.text;
    std::string w;
    size_t index = 0;
    for (char ch : text + " ") {
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-') {
        w += ch;
        continue;
      }
      if (w.empty()) continue;
      bool opening = index++ == 0;
      bool single = TokenCount(text) == 1;
      if (w[0] >= 'A' && w[0] <= 'Z' && w.size() > 2 && (!opening || single)) {
        out.push_back(AsciiLower(w));
      }
      w.clear();
    }
  }
  return out;
}

// PartiesOf() of every meeting claim of a corpus, computed once per graph
// (the grouping asks for a claim's parties at every comparison).
class PartyIndex {
 public:
  explicit PartyIndex(const std::vector<Claim>& claims)
      : base_(claims.data()), of_(claims.size()) {
    for (size_t i = 0; i < claims.size(); ++i) {
      if (claims[i].type == ClaimType::kMeeting) of_[i] = PartiesOf(claims[i]);
    }
  }
  // `c` must be a claim of the corpus the index was built from.
  const std::vector<std::string>& operator()(const Claim& c) const {
    return of_[static_cast<size_t>(&c - base_)];
  }

 private:
  const Claim* base_;
  std::vector<std::vector<std::string>> of_;
};

// Two names of one party: one a prefix of the other ("japan", "japanese"),
// or the same first six letters ("askeria", "askerian").
bool SameParty(const std::string& a, const std::string& b) {
  if (a.compare(0, b.size(), b) == 0 || b.compare(0, a.size(), a) == 0) return true;
  return a.size() >= 6 && b.size() >= 6 && a.compare(0, 6, b, 0, 6) == 0;
}

// Mentions naming nobody that name the same two or more parties ("talks
// between Askeria and Tarvosia", "Delegations from Askeria and Tarvosia").
bool PartiesMatch(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t shared = 0;
  for (const std::string& x : a) {
    for (const std::string& y : b) {
      if (SameParty(x, y)) {
        ++shared;
        break;
      }
    }
  }
  return shared >= 2;
}

// Two group keys name the same kind of group: one head, and qualifiers that
// agree or are missing on one side.
bool SameGroup(const std::string& a, const std::string& b) {
  size_t ba = a.find('|'), bb = b.find('|');
  if (a.compare(0, ba, b, 0, bb) != 0) return false;
  std::string qa = a.substr(ba + 1), qb = b.substr(bb + 1);
  return qa.empty() || qb.empty() || qa == qb;
}

// Groups of two mentions that name the same kind of group ("the bloc
// leaders", "the leaders of the bloc").
bool GroupsMatch(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& x : a) {
    for (const std::string& y : b) {
      if (SameGroup(x, y)) return true;
    }
  }
  return false;
}

// Groups that cannot be one: the same head with two different qualifiers
// ("the Russian delegation", "the Ukrainian delegation").
bool GroupsClash(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& x : a) {
    for (const std::string& y : b) {
      if (!SameGroup(x, y) && x.compare(0, x.find('|'), y, 0, y.find('|')) == 0) return true;
    }
  }
  return false;
}

// Days between two resolved times that do not overlap: the gap between their
// nearest ends; 0 when they overlap or either is unresolved.
long DayGap(const Claim& a, const Claim& b) {
  if (!a.date_value || !b.date_value || !a.date_value->resolved() ||
      !b.date_value->resolved() || a.date_value->Overlaps(*b.date_value)) {
    return 0;
  }
  return std::min(std::labs(a.date_value->begin.ToDays() - b.date_value->end.ToDays()),
                  std::labs(b.date_value->begin.ToDays() - a.date_value->end.ToDays()));
}

double EventMatchScore(const Claim& m, const std::vector<const Claim*>& event,
                       const std::vector<std::string>& mp,
                       const std::vector<std::string>& ep,
                       const GraphOptions& options) {
  // Participant overlap coefficient.
  double p = 0.5;  // neutral when a side names nobody
  if (!mp.empty() && !ep.empty()) {
    size_t shared = 0;
    for (const std::string& k : mp) {
      if (std::find(ep.begin(), ep.end(), k) != ep.end()) ++shared;
    }
    if (shared == 0) return 0;
    p = static_cast<double>(shared) / static_cast<double>(std::min(mp.size(), ep.size()));
  }
  double best = 0;
  for (const Claim* e : event) {
    bool kind_ok = KindsCompatible(m.event_kind, e->event_kind);
    int place = 0;  // +1 same, -1 different, 0 unknown
    if (!m.place.value.empty() && !e->place.value.empty()) {
      place = AsciiLower(m.place.value) == AsciiLower(e->place.value) ? 1 : -1;
    }
    int date = 0;
    if (m.date_value && e->date_value && m.date_value->resolved() &&
        e->date_value->resolved()) {
      if (m.date_value->Overlaps(*e->date_value)) {
        date = 1;
      } else {
        if (DayGap(m, *e) > options.event_max_day_gap) continue;
        date = -1;
      }
    }
    if (place < 0 && date < 0) continue;             // two different meetings
    if (!kind_ok && (place < 0 || date < 0)) continue;
    double s = 0.6 * p + 0.2 * (place > 0) + 0.2 * (date > 0) -
               0.2 * (place < 0 || date < 0) - (kind_ok ? 0.0 : 0.3);
    best = std::max(best, s);
  }
  return std::max(0.0, std::min(1.0, best));
}

// How many events of one occurrence class a mention is scored against.
constexpr size_t kMaxOccurrenceCandidates = 64;

// How well an occurrence (a landing, a rate decision) fits an event of its
// class. The articles of a run report one story, so one class is one event
// unless the reports disagree on both place and date, or, for what people
// hold (Claim::held_by_people), name different people (two speakers' news
// conferences): 0.6 when nothing else is known,
// +0.2 for the same place, +0.2 for the same day, -0.1 when one of them
// differs (so the same day in two cities, 0.7, is one event in conflict;
// an undated mention in another city, 0.5, is not joined, unless the class
// happens once per story: then 0.6). Two mentions in one report score at
// least 0.7.
double OccurrenceScore(const Claim& m, const std::vector<const Claim*>& event,
                       const std::vector<std::string>& mp, const std::vector<std::string>& ep,
                       const PartyIndex& parties_of, const GraphOptions& options) {
  if (m.held_by_people && !mp.empty() && !ep.empty()) {
    bool shared = false;
    for (const std::string& k : mp) {
      shared = shared || std::find(ep.begin(), ep.end(), k) != ep.end();
    }
    if (!shared) return 0;
  }
  const std::vector<std::string>& named = parties_of(m);
  // Only days speak to a date: "the first landfall this year" does not.
  auto dated = [](const Claim& c) {
    return c.date_value && c.date_value->resolved() &&
           c.date_value->kind != TimeValue::Kind::kYear &&
           c.date_value->kind != TimeValue::Kind::kMonth;
  };
  double best = 0;
  for (const Claim* e : event) {
    if (e->event_kind != EventKind::kOccurrence || e->occurrence != m.occurrence) continue;
    // The same name ("Hurricane Marisol", "Marisol") makes the same
    // occurrence whatever the reports say of its place and date; a different
    // name says nothing (one jet is "the Aurelia Airways flight" in one
    // report and "the Airbus" in another).
    bool same_name = false;
    for (const std::string& x : named) {
      for (const std::string& y : parties_of(*e)) same_name = same_name || SameParty(x, y);
    }
    if (same_name) {
      best = std::max(best, 0.7);
      continue;
    }
    int place = 0;
    if (!m.place.value.empty() && !e->place.value.empty()) {
      place = AsciiLower(m.place.value) == AsciiLower(e->place.value) ? 1 : -1;
    }
    int date = 0;
    if (dated(m) && dated(*e)) {
      if (m.date_value->Overlaps(*e->date_value)) {
        date = 1;
      } else {
        if (DayGap(m, *e) > options.event_max_day_gap) continue;
        date = -1;
      }
    }
    if (place < 0 && date < 0) continue;
    const bool once = m.occurs_once && e->occurs_once;
    double s = 0.6 + 0.2 * (place > 0) + 0.2 * (date > 0) -
               (once ? 0.0 : 0.1) * (place < 0 || date < 0);
    // One report telling of its landing twice tells of one landing.
    if (e->doc == m.doc) s = std::max(s, 0.7);
    best = std::max(best, std::min(1.0, s));
  }
  return best;
}

// Events by a key (person, place, party stem, occurrence class).
using EventIndex = std::unordered_map<std::string, std::vector<size_t>>;

struct FactGraph::Impl {
  const Corpus* corpus = nullptr;
  GraphOptions options;
  std::vector<PersonNode> persons;
  std::unordered_map<std::string, size_t> person_index;   // key -> persons
  std::unordered_map<std::string, std::string> name_key;  // written name -> key
  std::vector<EventNode> events;
  std::unordered_map<size_t, std::pair<size_t, double>> claim_event;  // claim -> (event, score)
  Graph graph;

  std::string Resolve(const std::string& name) const {
    auto it = name_key.find(name);
    return it == name_key.end() ? std::string() : it->second;
  }
  void ResolvePersons();
  void GroupEvents();
  void MergeSplitEvents(const std::vector<std::vector<const Claim*>>& members,
                        const std::vector<std::vector<std::set<std::string>>>& member_heads,
                        const EventIndex& by_person, const EventIndex& by_place,
                        const EventIndex& by_party, const EventIndex& by_class,
                        const PartyIndex& parties_of);
  void BuildBoostGraph();
};

void FactGraph::Impl::ResolvePersons() {
  // Every written full name, after aliases.
  std::vector<std::pair<std::string, size_t>> names;  // (name, claim)
  auto add = [&](const std::string& n, size_t claim) {
    if (n.empty()) return;
    auto alias = options.person_aliases.find(n);
    names.emplace_back(alias == options.person_aliases.end() ? n : alias->second, claim);
  };
  for (size_t i = 0; i < corpus->claims.size(); ++i) {
    const Claim& c = corpus->claims[i];
    if (c.type == ClaimType::kRole) add(c.person.value, i);
    if (c.type == ClaimType::kMeeting) {
      for (const Mention& m : c.participants) add(m.value, i);
    }
  }
  // Multi-token names define persons; single tokens join by surname when the
  // surname is unambiguous across the corpus.
  // A middle initial is the same person written more fully ("Helena M.
  // Duarte" = "Helena Duarte") unless the run writes two different initials
  // for the name: then each initial is its own person and the bare name
  // stays apart.
  std::unordered_map<std::string, std::set<std::string>> by_bare;  // bare -> keys
  auto bare_of = [](const std::string& key) {
    std::string out;
    size_t start = 0, count = 0;
    std::vector<std::string> parts;
    while (start <= key.size()) {
      size_t sp = key.find(' ', start);
      if (sp == std::string::npos) sp = key.size();
      if (sp > start) parts.push_back(key.substr(start, sp - start));
      start = sp + 1;
    }
    for (size_t i = 0; i < parts.size(); ++i) {
      if (parts[i].size() == 1 && i > 0 && i + 1 < parts.size()) continue;
      if (count++ > 0) out.push_back(' ');
      out += parts[i];
    }
    return out;
  };
  for (const auto& [n, claim] : names) {
    if (TokenCount(n) >= 2) {
      std::string key = PersonKey(n);
      by_bare[bare_of(key)].insert(key);
    }
  }
  std::unordered_map<std::string, std::string> merged_key;  // key -> bare key
  for (const auto& [bare, keys] : by_bare) {
    size_t with_initial = 0;
    for (const std::string& k : keys) with_initial += k != bare;
    if (with_initial != 1) continue;
    for (const std::string& k : keys) merged_key[k] = bare;
  }
  auto key_of = [&](const std::string& n) {
    std::string key = PersonKey(n);
    auto it = merged_key.find(key);
    return it == merged_key.end() ? key : it->second;
  };
  std::unordered_map<std::string, std::set<std::string>> by_surname;
  for (const auto& [n, claim] : names) {
    if (TokenCount(n) >= 2) by_surname[SurnameKey(n)].insert(key_of(n));
  }
  for (const auto& [n, claim] : names) {
    std::string key = key_of(n);
    if (TokenCount(n) < 2) {
      auto it = by_surname.find(SurnameKey(n));
      if (it != by_surname.end() && it->second.size() == 1) key = *it->second.begin();
    }
    name_key[n] = key;
    auto [pos, inserted] = person_index.emplace(key, persons.size());
    if (inserted) persons.push_back(PersonNode{key, n, {}, {}});
    PersonNode& p = persons[pos->second];
    if (std::find(p.forms.begin(), p.forms.end(), n) == p.forms.end()) p.forms.push_back(n);
    if (p.claims.empty() || p.claims.back() != claim) p.claims.push_back(claim);
  }
  // Canonical name: the most frequent multi-token form, then the longest.
  // Forms are counted in one pass over the names (not once per person).
  std::vector<std::map<std::string, int>> counts(persons.size());
  for (const auto& [n, claim] : names) counts[person_index.at(name_key.at(n))][n]++;
  for (PersonNode& p : persons) {
    const std::map<std::string, int>& count = counts[person_index.at(p.key)];
    std::string best = p.name;
    int best_count = -1;
    for (const auto& [n, c] : count) {
      bool multi = TokenCount(n) >= 2;
      int score = c + (multi ? 1000 : 0);
      if (score > best_count || (score == best_count && n.size() > best.size())) {
        best = n;
        best_count = score;
      }
    }
    p.name = best;
  }
  // Aliased names resolve too (so rules can look up either form).
  for (const auto& [alias, canonical] : options.person_aliases) {
    auto it = name_key.find(canonical);
    if (it != name_key.end()) name_key[alias] = it->second;
  }
}

void FactGraph::Impl::GroupEvents() {
  const std::vector<Claim>& claims = corpus->claims;
  const PartyIndex parties_of(claims);
  std::unordered_map<std::string, std::vector<size_t>> by_person;  // key -> events
  std::unordered_map<std::string, std::vector<size_t>> by_place;   // place -> events
  std::unordered_map<std::string, std::vector<size_t>> by_party;   // party stem -> events
  std::unordered_map<std::string, std::vector<size_t>> by_class;   // occurrence -> events
  // Per event, one member claim per distinct (kind, place, date, groups):
  // scoring against a second claim with the same signature can change
  // nothing, and keeping only one keeps a much-reported event from making
  // the grouping quadratic. Their group heads, computed once.
  std::vector<std::vector<const Claim*>> members;
  std::vector<std::vector<std::set<std::string>>> member_heads;
  std::vector<std::set<std::string>> signatures;
  // Per event: (document, kind class) -> 1 + the latest claim start there,
  // for the anaphor rule's recency.
  std::vector<std::map<std::pair<size_t, int>, size_t>> recent;
  auto kind_class = [](EventKind k) {
    return k == EventKind::kMeeting || k == EventKind::kTalks ? 0 : k == EventKind::kSummit ? 1 : 2;
  };
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.type != ClaimType::kMeeting) continue;
    std::vector<std::string> people;
    for (const Mention& m : c.participants) {
      std::string k = Resolve(m.value);
      if (!k.empty() && std::find(people.begin(), people.end(), k) == people.end()) {
        people.push_back(k);
      }
    }
    const bool occurrence = c.event_kind == EventKind::kOccurrence;
    const std::vector<std::string>& parties = parties_of(c);
    // Occurrences meet only their own class (below), never a meeting.
    std::set<size_t> candidates;
    std::vector<std::string> party_keys;
    if (!occurrence) {
      for (const std::string& k : people) {
        for (size_t e : by_person[k]) candidates.insert(e);
      }
      if (people.empty() && !c.place.value.empty()) {
        for (size_t e : by_place[AsciiLower(c.place.value)]) candidates.insert(e);
      }
      // Parties ("Askeria and Tarvosia began talks") find the events that
      // name them wherever they were placed.
      if (people.empty()) {
        for (const std::string& party : parties) party_keys.push_back(party.substr(0, 6));
        for (const std::string& k : party_keys) {
          for (size_t e : by_party[k]) candidates.insert(e);
        }
      }
    }
    size_t best = SIZE_MAX;
    double best_score = 0;
    size_t best_recency = 0;
    if (occurrence) {
      // The latest kMaxOccurrenceCandidates events of the class: a run of one
      // story has a handful; a corpus of many stories stays linear.
      const std::vector<size_t>& of_class = by_class[c.occurrence];
      size_t from = of_class.size() > kMaxOccurrenceCandidates
                        ? of_class.size() - kMaxOccurrenceCandidates
                        : 0;
      for (size_t q = from; q < of_class.size(); ++q) {
        const size_t e = of_class[q];
        double s =
            OccurrenceScore(c, members[e], people, events[e].participants, parties_of, options);
        if (s > best_score) {
          best_score = s;
          best = e;
        }
      }
    }
    const std::set<std::string> all_heads = GroupHeads(c);
    const std::set<std::string> mention_heads =
        people.empty() ? all_heads : std::set<std::string>{};
    static const std::vector<std::string> kNoParties;
    const std::vector<std::string>& mention_parties = people.empty() ? parties : kNoParties;
    for (size_t e : candidates) {
      double s = EventMatchScore(c, members[e], people, events[e].participants, options);
      // "met the Russian delegation" and "met the Ukrainian delegation" are
      // two meetings, whoever else is named: the same kind of group with two
      // different qualifiers.
      for (const std::set<std::string>& heads : member_heads[e]) {
        if (GroupsClash(heads, all_heads)) s = 0;
      }
      if (!people.empty()) {
        if (c.refers_back && s > 0 && recent[e].count({c.doc, kind_class(c.event_kind)})) {
          s = std::max(s, options.event_join_threshold);
        }
        if (s > best_score) {
          best_score = s;
          best = e;
        }
        continue;
      }
      // A mention naming nobody (the meeting, the Paris talks) refers back to
      // an event its own document described: weak, but real, coreference.
      // Like any definite description it takes the most recent compatible
      // antecedent: the event whose last mention in this document is nearest.
      // "the meeting" does not refer back to a summit or a call.
      auto rit = recent[e].find({c.doc, kind_class(c.event_kind)});
      const bool same_doc = rit != recent[e].end();
      const size_t recency = same_doc ? rit->second : 0;
      // The same kind of group ("the leaders of the bloc", "bloc leaders")
      // at the same place is evidence like a shared participant, and lets
      // another report's mention join (the overlap coefficient goes from
      // neutral 0.5 to 1: +0.3).
      bool same_groups = false;
      if (s > 0 && !mention_heads.empty()) {
        for (size_t r = 0; r < members[e].size() && !same_groups; ++r) {
          // Group evidence is weaker than names: only a day apart at most.
          same_groups = DayGap(c, *members[e][r]) <= 1 &&
                        (GroupsMatch(member_heads[e][r], mention_heads) ||
                         PartiesMatch(parties_of(*members[e][r]), mention_parties));
        }
      }
      if (same_groups) s = std::min(1.0, s + 0.3);
      if (s <= 0 || (!same_doc && !(same_groups && s >= options.event_join_threshold))) continue;
      // Only an event noun refers back ("the meeting", "the Lima talks"); a
      // verb reporting a meeting of groups ("officials will meet the
      // delegation on Friday") is a report of its own.
      if (same_doc && c.subject.present()) s = std::max(s, options.event_join_threshold);
      if (s < options.event_join_threshold) continue;
      if (best == SIZE_MAX || recency > best_recency ||
          (recency == best_recency && s > best_score)) {
        best_score = s;
        best = e;
        best_recency = recency;
      }
    }
    if (best == SIZE_MAX || best_score < options.event_join_threshold) {
      best = events.size();
      EventNode node;
      node.id = best;
      node.kind = c.event_kind;
      events.push_back(node);
      members.emplace_back();
      member_heads.emplace_back();
      signatures.emplace_back();
      recent.emplace_back();
      best_score = 1.0;
    }
    EventNode& ev = events[best];
    ev.claims.push_back(i);
    ev.cohesion = std::min(ev.cohesion, best_score);
    {
      std::string sig = std::to_string(static_cast<int>(c.event_kind)) + "|" +
                        AsciiLower(c.place.value) + "|" +
                        (c.date_value ? c.date_value->ToString() : std::string());
      for (const std::string& h : all_heads) sig += "|" + h;
      if (signatures[best].insert(sig).second) {
        members[best].push_back(&c);
        member_heads[best].push_back(all_heads);
      }
      size_t& r = recent[best][{c.doc, kind_class(c.event_kind)}];
      r = std::max(r, c.span.begin + 1);
    }
    claim_event[i] = {best, best_score};
    if (occurrence) {
      // Events enter their class's list when founded, so it stays sorted.
      std::vector<size_t>& v = by_class[c.occurrence];
      if (v.empty() || v.back() < best) v.push_back(best);
      for (const std::string& k : people) {
        if (std::find(ev.participants.begin(), ev.participants.end(), k) ==
            ev.participants.end()) {
          ev.participants.push_back(k);
        }
      }
      continue;
    }
    for (const std::string& k : people) {
      if (std::find(ev.participants.begin(), ev.participants.end(), k) ==
          ev.participants.end()) {
        ev.participants.push_back(k);
        by_person[k].push_back(best);
      }
    }
    if (!c.place.value.empty()) {
      std::vector<size_t>& v = by_place[AsciiLower(c.place.value)];
      if (std::find(v.begin(), v.end(), best) == v.end()) v.push_back(best);
    }
    for (const std::string& k : party_keys) {
      std::vector<size_t>& v = by_party[k];
      if (std::find(v.begin(), v.end(), best) == v.end()) v.push_back(best);
    }
  }
  MergeSplitEvents(members, member_heads, by_person, by_place, by_party, by_class, parties_of);
  // Place and label.
  for (EventNode& ev : events) {
    std::map<std::string, int> places;
    for (size_t ci : ev.claims) {
      if (!claims[ci].place.value.empty()) places[claims[ci].place.value]++;
      if (claims[ci].event_kind == EventKind::kSummit) ev.kind = EventKind::kSummit;
    }
    int best = 0;
    for (const auto& [p, n] : places) {
      if (n > best) {
        best = n;
        ev.place = p;
      }
    }
    std::vector<std::string> names;
    for (const std::string& k : ev.participants) {
      auto it = person_index.find(k);
      if (it != person_index.end()) names.push_back(persons[it->second].name);
    }
    std::string label = ev.place.empty() ? "" : ev.place + " ";
    label += ev.kind == EventKind::kOccurrence && !ev.claims.empty()
                 ? claims[ev.claims.front()].occurrence
                 : std::string(EventKindName(ev.kind));
    if (!names.empty()) {
      label += " of ";
      for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) label += i + 1 == names.size() ? " and " : ", ";
        label += names[i];
      }
    }
    ev.label = label;
  }
}

// The grouping above is greedy: a claim joins the best event that exists
// when it is read, so a report read early can found an event of its own that
// a later report would have linked to the rest ("met on Friday" read before
// "met on Saturday in Lisbon", which then joins a third report's Saturday).
// Two events are merged when some claim of one scores at or above the join
// threshold against the other, and no document reports both: a document that
// tells two of them apart is evidence that they are two.
void FactGraph::Impl::MergeSplitEvents(
    const std::vector<std::vector<const Claim*>>& members,
    const std::vector<std::vector<std::set<std::string>>>& member_heads,
    const EventIndex& by_person, const EventIndex& by_place, const EventIndex& by_party,
    const EventIndex& by_class, const PartyIndex& parties_of) {
  static const std::vector<size_t> kNone;
  auto lookup = [](const EventIndex& index, const std::string& key)
      -> const std::vector<size_t>& {
    auto it = index.find(key);
    return it == index.end() ? kNone : it->second;
  };
  const std::vector<Claim>& claims = corpus->claims;
  const size_t n = events.size();
  std::vector<size_t> root(n);
  for (size_t e = 0; e < n; ++e) root[e] = e;
  auto find = [&](size_t e) {
    while (root[e] != e) e = root[e] = root[root[e]];
    return e;
  };
  std::vector<std::set<size_t>> docs(n);
  for (size_t e = 0; e < n; ++e) {
    for (size_t ci : events[e].claims) docs[e].insert(claims[ci].doc);
  }
  std::vector<double> link(n, 1.0);  // the score that merged an event into its root
  bool merged = false;
  for (size_t a = 0; a < n; ++a) {
    std::set<size_t> others;
    const bool occurrence = events[a].kind == EventKind::kOccurrence;
    // Occurrences and meetings never merge (the people named with a signing
    // may meet on another day).
    for (const std::string& k : events[a].participants) {
      for (size_t e : lookup(by_person, k)) {
        if (e > a && !occurrence && events[e].kind != EventKind::kOccurrence) others.insert(e);
      }
    }
    if (occurrence) {
      // The next kMaxOccurrenceCandidates events of the class (bounded, as in
      // the grouping).
      const std::vector<size_t>& of_class =
          lookup(by_class, claims[events[a].claims.front()].occurrence);
      auto it = std::upper_bound(of_class.begin(), of_class.end(), a);
      for (size_t q = 0; it != of_class.end() && q < kMaxOccurrenceCandidates; ++it, ++q) {
        others.insert(*it);
      }
    } else if (events[a].participants.empty()) {
      // Events of groups and parties: those at the same places or naming
      // the same parties.
      for (const Claim* m : members[a]) {
        if (!m->place.value.empty()) {
          for (size_t e : lookup(by_place, AsciiLower(m->place.value))) {
            if (e > a && events[e].participants.empty()) others.insert(e);
          }
        }
        for (const std::string& party : parties_of(*m)) {
          for (size_t e : lookup(by_party, party.substr(0, 6))) {
            if (e > a && events[e].participants.empty()) others.insert(e);
          }
        }
      }
    }
    for (size_t b : others) {
      size_t ra = find(a), rb = find(b);
      if (ra == rb) continue;
      // (Occurrences of one class in one report are one, unless place and
      // date both differ, which OccurrenceScore checks.)
      bool shared_doc = false;
      for (size_t d : docs[rb]) shared_doc = shared_doc || docs[ra].count(d);
      if (shared_doc && !occurrence) continue;
      double best = 0;
      for (size_t r = 0; r < members[a].size(); ++r) {
        const Claim& m = *members[a][r];
        std::vector<std::string> people;
        for (const Mention& pm : m.participants) {
          std::string k = Resolve(pm.value);
          if (!k.empty() && std::find(people.begin(), people.end(), k) == people.end()) {
            people.push_back(k);
          }
        }
        if (occurrence) {
          best = std::max(best, OccurrenceScore(m, members[b], people, events[b].participants,
                                                parties_of, options));
          continue;
        }
        double sc = EventMatchScore(m, members[b], people, events[b].participants, options);
        for (const std::set<std::string>& heads : member_heads[b]) {
          if (GroupsClash(heads, member_heads[a][r])) sc = 0;
        }
        if (people.empty() && sc > 0) {
          // As in the grouping: the same kind of group, or the same parties,
          // a day apart at most.
          bool same_groups = false;
          for (size_t q = 0; q < members[b].size() && !same_groups; ++q) {
            same_groups = DayGap(m, *members[b][q]) <= 1 &&
                          (GroupsMatch(member_heads[b][q], member_heads[a][r]) ||
                           PartiesMatch(parties_of(*members[b][q]), parties_of(m)));
          }
          if (!same_groups) continue;
          sc = std::min(1.0, sc + 0.3);
        }
        best = std::max(best, sc);
      }
      if (best < options.event_join_threshold) continue;
      root[rb] = ra;
      link[rb] = best;
      docs[ra].insert(docs[rb].begin(), docs[rb].end());
      merged = true;
    }
  }
  if (!merged) return;
  // Rebuild the events, numbered in order of their first claim.
  std::vector<EventNode> out;
  std::vector<size_t> index(n, SIZE_MAX);
  for (size_t e = 0; e < n; ++e) {
    size_t r = find(e);
    if (index[r] == SIZE_MAX) {
      index[r] = out.size();
      EventNode node;
      node.id = out.size();
      node.kind = events[r].kind;
      out.push_back(node);
    }
  }
  for (size_t e = 0; e < n; ++e) {
    size_t r = find(e);
    EventNode& node = out[index[r]];
    const double score = e == r ? 1.0 : link[e];
    for (size_t ci : events[e].claims) {
      node.claims.push_back(ci);
      auto& ce = claim_event[ci];
      ce.first = node.id;
      ce.second = std::min(ce.second, score);
    }
    node.cohesion = std::min({node.cohesion, events[e].cohesion, score});
    for (const std::string& k : events[e].participants) {
      if (std::find(node.participants.begin(), node.participants.end(), k) ==
          node.participants.end()) {
        node.participants.push_back(k);
      }
    }
  }
  for (EventNode& node : out) std::sort(node.claims.begin(), node.claims.end());
  events = std::move(out);
}

void FactGraph::Impl::BuildBoostGraph() {
  std::unordered_map<std::string, Vertex> named;
  auto vertex = [&](VertexKind kind, const std::string& label) {
    std::string key = std::string(VertexKindName(kind)) + ":" + label;
    auto it = named.find(key);
    if (it != named.end()) return it->second;
    Vertex v = boost::add_vertex(VertexProps{kind, label}, graph);
    named.emplace(key, v);
    return v;
  };
  const std::vector<Claim>& claims = corpus->claims;
  for (const Document& d : corpus->documents) vertex(VertexKind::kDocument, d.id);
  for (const PersonNode& p : persons) vertex(VertexKind::kPerson, p.name);
  for (const EventNode& e : events) {
    vertex(VertexKind::kEvent, "e" + std::to_string(e.id) + " " + e.label);
  }
  auto person_vertex = [&](const std::string& name) {
    std::string key = Resolve(name);
    auto it = person_index.find(key);
    return vertex(VertexKind::kPerson, it == person_index.end() ? name : persons[it->second].name);
  };
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    Vertex doc = vertex(VertexKind::kDocument, corpus->documents[c.doc].id);
    switch (c.type) {
      case ClaimType::kRole: {
        std::string office = c.office.value;
        if (!c.qualifier.empty()) office = c.qualifier + " " + office;
        if (!c.scope.empty()) office += " for " + c.scope;
        Vertex p = person_vertex(c.person.value);
        boost::add_edge(p, vertex(VertexKind::kOffice, office),
                        EdgeProps{std::string("holds") +
                                      (c.modifier == TitleModifier::kNone
                                           ? ""
                                           : std::string(" (") + TitleModifierName(c.modifier) + ")"),
                                  c.id},
                        graph);
        boost::add_edge(doc, p, EdgeProps{"states", c.id}, graph);
        break;
      }
      case ClaimType::kMeeting: {
        auto it = claim_event.find(i);
        if (it == claim_event.end()) break;
        const EventNode& e = events[it->second.first];
        Vertex ev = vertex(VertexKind::kEvent, "e" + std::to_string(e.id) + " " + e.label);
        boost::add_edge(doc, ev, EdgeProps{"reports", c.id}, graph);
        for (const Mention& m : c.participants) {
          boost::add_edge(person_vertex(m.value), ev, EdgeProps{"participant", c.id}, graph);
        }
        if (!c.place.value.empty()) {
          boost::add_edge(ev, vertex(VertexKind::kPlace, c.place.value),
                          EdgeProps{"place", c.id}, graph);
        }
        if (c.date_value && c.date_value->kind != TimeValue::Kind::kUnresolved) {
          boost::add_edge(ev, vertex(VertexKind::kValue, c.date_value->ToString()),
                          EdgeProps{"date", c.id}, graph);
        }
        break;
      }
      case ClaimType::kProgress:
      case ClaimType::kQuantity:
      case ClaimType::kStatus: {
        Vertex subject = vertex(VertexKind::kValue, c.subject.value);
        boost::add_edge(doc, subject, EdgeProps{ClaimTypeName(c.type), c.id}, graph);
        boost::add_edge(subject, vertex(VertexKind::kValue, c.value.value),
                        EdgeProps{"is", c.id}, graph);
        break;
      }
    }
  }
}

FactGraph::FactGraph() : impl_(std::make_unique<Impl>()) {}
FactGraph::FactGraph(FactGraph&&) noexcept = default;
FactGraph& FactGraph::operator=(FactGraph&&) noexcept = default;
FactGraph::~FactGraph() = default;

FactGraph FactGraph::Build(const Corpus& corpus, const GraphOptions& options) {
  FactGraph g;
  g.impl_->corpus = &corpus;
  g.impl_->options = options;
  g.impl_->ResolvePersons();
  g.impl_->GroupEvents();
  g.impl_->BuildBoostGraph();
  return g;
}

const Corpus& FactGraph::corpus() const { return *impl_->corpus; }
const std::vector<PersonNode>& FactGraph::persons() const { return impl_->persons; }
const std::vector<EventNode>& FactGraph::events() const { return impl_->events; }

std::string FactGraph::PersonKeyOf(const std::string& name) const {
  std::string k = impl_->Resolve(name);
  return k.empty() ? PersonKey(name) : k;
}

const PersonNode* FactGraph::Person(const std::string& key) const {
  auto it = impl_->person_index.find(key);
  return it == impl_->person_index.end() ? nullptr : &impl_->persons[it->second];
}

const EventNode* FactGraph::EventOf(size_t claim_index) const {
  auto it = impl_->claim_event.find(claim_index);
  return it == impl_->claim_event.end() ? nullptr : &impl_->events[it->second.first];
}

double FactGraph::EventScore(size_t claim_index) const {
  auto it = impl_->claim_event.find(claim_index);
  return it == impl_->claim_event.end() ? 0 : it->second.second;
}

size_t FactGraph::vertex_count() const { return boost::num_vertices(impl_->graph); }
size_t FactGraph::edge_count() const { return boost::num_edges(impl_->graph); }

std::string FactGraph::ToDot() const {
  const Graph& g = impl_->graph;
  std::ostringstream out;
  auto vertex_writer = [&g](std::ostream& os, Vertex v) {
    static const char* kShapes[] = {"note", "ellipse", "box", "diamond", "house", "plaintext"};
    const VertexProps& p = g[v];
    std::string label = p.label;
    std::string escaped;
    for (char c : label) {
      if (c == '"' || c == '\\') escaped += '\\';
      escaped += c;
    }
    os << "[label=\"" << escaped << "\", shape=" << kShapes[static_cast<int>(p.kind)]
       << ", class=\"" << VertexKindName(p.kind) << "\"]";
  };
  auto edge_writer = [&g](std::ostream& os, Graph::edge_descriptor e) {
    os << "[label=\"" << g[e].relation << "\", tooltip=\"" << g[e].claim_id << "\"]";
  };
  boost::write_graphviz(out, g, vertex_writer, edge_writer);
  return out.str();
}

nlohmann::json FactGraph::ToJson() const {
  const Graph& g = impl_->graph;
  nlohmann::json vertices = nlohmann::json::array();
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    vertices.push_back({{"id", *it}, {"kind", VertexKindName(g[*it].kind)}, {"label", g[*it].label}});
  }
  nlohmann::json edges = nlohmann::json::array();
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    edges.push_back({{"from", boost::source(*it, g)},
                     {"to", boost::target(*it, g)},
                     {"relation", g[*it].relation},
                     {"claim", g[*it].claim_id}});
  }
  return {{"schema", "claimcheck.graph/1"}, {"vertices", vertices}, {"edges", edges}};
}

}  // namespace claimcheck
