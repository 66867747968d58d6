// Rule modules on hand-built claims: each case is a small corpus and the
// findings that must (and must not) come out. Independent of extraction.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/graph.h"
#include "rules/regression.h"
#include "rules/ruleset.h"

namespace claimcheck {
namespace {

// A compact description of a claim for the tables below.
struct C {
  int doc;
  ClaimType type;
  std::string a;  // role: person; meeting: participants "A;B"; value types: subject
  std::string b;  // role: office; meeting: place; progress/quantity: number; status: status
  std::string c = "";  // role: qualifier; meeting: date YYYY-MM-DD; quantity: modifier;
                       // progress: hedge
  TitleModifier modifier = TitleModifier::kNone;
  Stance stance = Stance::kAsserted;
  EventKind kind = EventKind::kMeeting;
  bool shared = false;  // role: the office presented as held by several
  bool refers_back = false;  // meeting: a definite description (captioned table)
  std::string occurrence = "";  // meeting of kind kOccurrence: its class ("landing")
  bool once = false;             // occurrence: one per story (Claim::occurs_once)
  bool held = false;             // occurrence: held by its people (Claim::held_by_people)
  std::string when = "";  // the claim's stated day (Claim::when), YYYY-MM-DD
};

struct Case {
  const char* name;
  std::vector<const char*> published;  // one per document; "" = unknown
  std::vector<C> claims;
  // Expected findings as "kind: value | value" with values sorted.
  std::vector<std::string> expected;
};

Mention M(const std::string& v) { return Mention{Span{0, 1}, v, v}; }

DealStatus StatusOf(const std::string& s) {
  for (DealStatus d : {DealStatus::kProposed, DealStatus::kUnderNegotiation,
                       DealStatus::kAgreedInPrinciple, DealStatus::kFinalized,
                       DealStatus::kSigned, DealStatus::kRejected, DealStatus::kCollapsed}) {
    if (s == DealStatusName(d)) return d;
  }
  return DealStatus::kUnknown;
}

Corpus MakeCorpus(const Case& c) {
  Corpus corpus;
  for (size_t i = 0; i < c.published.size(); ++i) {
    Document d;
    d.id = "d" + std::to_string(i + 1);
    d.original = "x";
    d.normalized.text = "x";
    d.normalized.offsets = {0, 1};
    Sentence s;
    s.span = Span{0, 1};
    d.sentences.push_back(s);
    if (*c.published[i]) {
      d.published = c.published[i];
      d.published_date = ParseIsoDate(c.published[i]);
    }
    corpus.documents.push_back(d);
  }
  int id = 0;
  for (const C& k : c.claims) {
    Claim cl;
    cl.id = "c" + std::to_string(++id);
    cl.type = k.type;
    cl.doc = static_cast<size_t>(k.doc);
    // Claims of one document are in text order.
    cl.span = Span{static_cast<size_t>(id) * 10, static_cast<size_t>(id) * 10 + 1};
    cl.stance = k.stance;
    cl.confidence = 0.9;
    if (!k.when.empty()) cl.when = TimeValue::Day(*ParseIsoDate(k.when));
    switch (k.type) {
      case ClaimType::kRole:
        cl.person = M(k.a);
        cl.office = M(k.b);
        cl.qualifier = k.c;
        cl.modifier = k.modifier;
        cl.shared_office = k.shared;
        break;
      case ClaimType::kMeeting: {
        size_t start = 0;
        while (start <= k.a.size() && !k.a.empty()) {
          size_t semi = k.a.find(';', start);
          std::string who = k.a.substr(start, semi - start);
          // "group:bloc leaders" is a group, not a person.
          if (who.rfind("group:", 0) == 0) cl.groups.push_back(M(who.substr(6)));
          else cl.participants.push_back(M(who));
          if (semi == std::string::npos) break;
          start = semi + 1;
        }
        // Mentions naming nobody come from event nouns ("the meeting").
        if (cl.participants.empty()) cl.subject = M("the meeting");
        if (!k.b.empty()) cl.place = M(k.b);
        if (!k.c.empty()) {
          cl.date_value = TimeValue::Day(*ParseIsoDate(k.c));
          cl.date = M(k.c);
        }
        cl.event_kind = k.kind;
        cl.refers_back = k.refers_back;
        cl.occurrence = k.occurrence;
        cl.occurs_once = k.once;
        cl.held_by_people = k.held;
        break;
      }
      case ClaimType::kProgress:
        cl.subject = M(k.a);
        cl.number = std::stod(k.b);
        cl.value = M(k.b + "%");
        cl.hedge = k.c;
        break;
      case ClaimType::kQuantity:
        cl.subject = M(k.a);
        cl.number = std::stod(k.b);
        cl.value = M(k.b);
        cl.modifier_word = k.c;
        cl.unit = k.a.substr(0, k.a.find(' '));  // "usd deal" -> "usd"
        cl.money = cl.unit == "usd";
        break;
      case ClaimType::kStatus:
        cl.subject = M(k.a);
        cl.status = StatusOf(k.b);
        cl.value = M(k.b);
        break;
    }
    corpus.claims.push_back(cl);
  }
  return corpus;
}

std::string Key(const Finding& f) {
  std::set<std::string> values;
  for (const FindingValue& v : f.values) values.insert(v.value);
  std::string s = f.kind + ":";
  bool first = true;
  for (const std::string& v : values) {
    s += (first ? " " : " | ") + v;
    first = false;
  }
  return s;
}

using K = ClaimType;
using TM = TitleModifier;

const Case kCases[] = {
    {"role holder: two people, one office, same week",
     {"2026-01-08", "2026-01-09"},
     {{0, K::kRole, "Ana Silva", "special envoy", "United States"},
      {1, K::kRole, "Tom Reed", "special envoy", "United States"}},
     {"role_holder: Ana Silva | Tom Reed"}},
    {"role holder: spelling variants are one person",
     {"2026-01-08", "2026-01-09"},
     {{0, K::kRole, "Volodymyr Zelenskyy", "president", "Ukraine"},
      {1, K::kRole, "Volodymyr Zelensky", "president", "Ukraine"}},
     {}},
    {"role holder: years apart is a change of office, not a conflict",
     {"2022-03-01", "2026-01-09"},
     {{0, K::kRole, "Ana Silva", "prime minister", "Portugal"},
      {1, K::kRole, "Tom Reed", "prime minister", "Portugal"}},
     {}},
    {"role holder: an office written as plural (the special envoys A and B) is shared",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Ana Silva", "special envoy", "United States", TM::kNone,
       Stance::kAsserted, EventKind::kMeeting, true},
      {0, K::kRole, "Tom Reed", "special envoy", "United States", TM::kNone,
       Stance::kAsserted, EventKind::kMeeting, true},
      {1, K::kRole, "Lea Hart", "special envoy", "United States"}},
     {}},
    {"role holder: one report naming two sole holders contradicts itself",
     {"2026-01-08"},
     {{0, K::kRole, "Ana Silva", "special envoy", "United States"},
      {0, K::kRole, "Tom Reed", "special envoy", "United States"}},
     {"role_holder: Ana Silva | Tom Reed"}},
    {"role holder: deputy offices are shared through the default prefix entry",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Ana Silva", "deputy foreign minister", "Chile"},
      {1, K::kRole, "Tom Reed", "deputy foreign minister", "Chile"}},
     {}},
    {"role holder: a former holder does not compete",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Ana Silva", "governor", "Texas"},
      {1, K::kRole, "Tom Reed", "governor", "Texas", TM::kFormer}},
     {}},
    {"role holder: different countries are different offices",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Ana Silva", "president", "Brazil"},
      {1, K::kRole, "Tom Reed", "president", "Chile"}},
     {}},
    {"role holder: a bare office takes the qualifier the run gives its holder",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Ana Silva", "governor", "Texas"},
      {1, K::kRole, "Ana Silva", "governor", ""},
      {1, K::kRole, "Tom Reed", "governor", "Texas"}},
     {"role_holder: Ana Silva | Tom Reed"}},
    {"role holder: bare offices nobody qualifies are the run's one office",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Ana Silva", "governor", ""},
      {1, K::kRole, "Tom Reed", "governor", ""}},
     {"role_holder: Ana Silva | Tom Reed"}},
    {"role holder: a bare office some source qualifies is not guessed",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Ana Silva", "prime minister", "Japan"},
      {0, K::kRole, "Tom Reed", "prime minister", ""},
      {1, K::kRole, "Lea Hart", "prime minister", ""}},
     {}},
    {"role holder: a report naming two bare holders makes the bare office several",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Ana Silva", "prime minister", ""},
      {0, K::kRole, "Tom Reed", "prime minister", ""},
      {1, K::kRole, "Lea Hart", "prime minister", ""}},
     {}},
    {"title: president and prime minister of one country at one time",
     {"2026-05-04", "2026-05-07"},
     {{0, K::kRole, "Ana Silva", "president", "Askeria"},
      {1, K::kRole, "Ana Silva", "prime minister", ""}},
     {"title: president | prime minister"}},
    {"title: an office and its deputy are not held together",
     {"2026-03-11", "2026-03-12"},
     {{0, K::kRole, "Ana Silva", "governor", "Calvaria central bank"},
      {1, K::kRole, "Ana Silva", "deputy governor", ""}},
     {"title: deputy governor | governor"}},
    {"title: two portfolios of one government at one time",
     {"2026-03-10", "2026-03-11"},
     {{0, K::kRole, "Ana Silva", "health secretary", ""},
      {1, K::kRole, "Ana Silva", "finance secretary", ""}},
     {"title: finance secretary | health secretary"}},
    {"title: a union's general secretary is no portfolio",
     {"2026-03-10", "2026-03-11"},
     {{0, K::kRole, "Ana Silva", "general secretary", ""},
      {1, K::kRole, "Ana Silva", "health secretary", ""}},
     {}},
    {"title: heads of two different countries are two posts",
     {"2026-05-04", "2026-05-04"},
     {{0, K::kRole, "Ana Silva", "president", "Askeria"},
      {1, K::kRole, "Ana Silva", "prime minister", "Tarvosia"}},
     {}},
    {"title: offices not listed as exclusive can be held together",
     {"2026-05-04", "2026-05-04"},
     {{0, K::kRole, "Ana Silva", "foreign minister", "Kenya"},
      {1, K::kRole, "Ana Silva", "conference president", ""}},
     {}},
    {"role holder: a middle initial is the same person",
     {"2026-11-05", "2026-11-06"},
     {{0, K::kRole, "Helena Duarte", "captain", "Aurelia"},
      {1, K::kRole, "Helena M. Duarte", "captain", "Aurelia"}},
     {}},
    {"role holder: two different middle initials are two people",
     {"2026-11-05", "2026-11-06"},
     {{0, K::kRole, "Helena K. Duarte", "captain", "Aurelia"},
      {1, K::kRole, "Helena M. Duarte", "captain", "Aurelia"}},
     {"role_holder: Helena K. Duarte | Helena M. Duarte"}},
    {"title: 'former' in March, plain title in April: titles do not come back",
     {"2025-03-04", "2025-04-16"},
     {{0, K::kRole, "Ana Silva", "chief executive", "", TM::kFormer},
      {1, K::kRole, "Ana Silva", "chief executive"}},
     {"title: chief executive | former chief executive"}},
    {"title: plain title in March, 'former' in April: a change of office",
     {"2025-03-04", "2025-04-16"},
     {{0, K::kRole, "Ana Silva", "chief executive"},
      {1, K::kRole, "Ana Silva", "chief executive", "", TM::kFormer}},
     {}},
    {"title: two different qualifiers name two posts",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Ana Silva", "senior adviser", "White House"},
      {1, K::kRole, "Ana Silva", "senior adviser", "Global Bank", TM::kFormer}},
     {}},
    {"title: one side without a qualifier still conflicts",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Ana Silva", "senior adviser", "White House"},
      {1, K::kRole, "Ana Silva", "senior adviser", "", TM::kFormer}},
     {"title: former senior adviser | senior adviser"}},
    {"title: president vs former president at one time",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Mark Hale", "president", ""},
      {1, K::kRole, "Mark Hale", "president", "", TM::kFormer}},
     {"title: former president | president"}},
    {"title: then- describes the past",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Mark Hale", "president", ""},
      {1, K::kRole, "Mark Hale", "president", "", TM::kThen}},
     {}},
    {"title: former and elect can both hold",
     {"2024-11-20", "2024-11-21"},
     {{0, K::kRole, "Mark Hale", "president", "", TM::kFormer},
      {1, K::kRole, "Mark Hale", "president", "", TM::kElect}},
     {}},
    {"title: a denied claim takes no side",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Mark Hale", "president", ""},
      {1, K::kRole, "Mark Hale", "president", "", TM::kFormer, Stance::kDenied}},
     {}},
    {"event date: 'the Lima meeting' refers to the latest Lima event of its report",
     {"2026-01-08"},
     {{0, K::kMeeting, "", "Lima", "", TM::kNone, Stance::kAsserted, EventKind::kTalks},
      {0, K::kMeeting, "Ana Silva;Tom Reed", "Lima", "2026-01-07"},
      {0, K::kMeeting, "", "Lima", "2026-01-06"}},
     {"event_date: 2026-01-06 | 2026-01-07"}},
    {"event date: a mention naming nobody never joins another report's event",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kMeeting, "Ana Silva;Tom Reed", "Lima", "2026-01-07"},
      {1, K::kMeeting, "", "Lima", "2026-01-06"}},
     {}},
    {"event date: the leaders of one bloc meeting at one place, two dates",
     {"2026-04-17", "2026-04-17"},
     {{0, K::kMeeting, "group:Leaders of the bloc", "Lima", "2026-04-15"},
      {1, K::kMeeting, "group:the bloc leaders", "Lima", "2026-04-16"}},
     {"event_date: 2026-04-15 | 2026-04-16"}},
    {"event date: officials one day, leaders two days later: two meetings",
     {"2026-04-17", "2026-04-17"},
     {{0, K::kMeeting, "group:senior officials", "Lima", "2026-04-14"},
      {1, K::kMeeting, "group:the bloc leaders", "Lima", "2026-04-16"}},
     {}},
    {"event date: one meeting, two dates",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kMeeting, "Ana Silva;Tom Reed;Ivo Petrov", "Paris", "2026-01-07"},
      {1, K::kMeeting, "Ana Silva;Tom Reed;Ivo Petrov", "Paris", "2026-01-06"}},
     {"event_date: 2026-01-06 | 2026-01-07"}},
    {"event date: the odd report read first still joins the event it misdates",
     {"2026-01-10", "2026-01-10", "2026-01-10"},
     {{0, K::kMeeting, "Ana Silva;Tom Reed", "Lisbon", "2026-01-08"},
      {1, K::kMeeting, "Ana Silva;Tom Reed", "", "2026-01-09"},
      {2, K::kMeeting, "Ana Silva;Tom Reed", "Lisbon", "2026-01-09"}},
     {"event_date: 2026-01-08 | 2026-01-09"}},
    {"event date: a report that tells two meetings apart is not merged with another",
     {"2026-01-10", "2026-01-10"},
     {{0, K::kMeeting, "Ana Silva;Tom Reed", "Lisbon", "2026-01-04"},
      {0, K::kMeeting, "Ana Silva;Tom Reed", "Porto", "2026-01-08"},
      {1, K::kMeeting, "Ana Silva;Tom Reed", "", "2026-01-06"}},
     {}},
    {"event participants: a captioned participants table joins its report's event",
     {"2026-01-08"},
     {{0, K::kRole, "Ivo Petrov", "envoy", "Russia"},
      {0, K::kRole, "Oleg Marin", "deputy foreign minister", "Russia"},
      {0, K::kMeeting, "Ana Silva;Ivo Petrov", "Paris", "2026-01-07"},
      {0, K::kMeeting, "Ana Silva;Oleg Marin;Lea Hart", "Paris", "", TM::kNone,
       Stance::kAsserted, EventKind::kMeeting, false, true}},
     {"event_participants: Ivo Petrov | Oleg Marin"}},
    {"event location: talks of the same two parties on one day, two towns",
     {"2026-05-04", "2026-05-04"},
     {{0, K::kMeeting, "group:Delegations from Askeria and Tarvosia", "Port Lissa",
       "2026-05-04"},
      {1, K::kMeeting, "group:Askeria;group:Tarvosia", "Vessen", "2026-05-04"}},
     {"event_location: Port Lissa | Vessen"}},
    {"event location: talks of other parties on the same day are another event",
     {"2026-05-04", "2026-05-04"},
     {{0, K::kMeeting, "group:Delegations from Askeria and Tarvosia", "Port Lissa",
       "2026-05-04"},
      {1, K::kMeeting, "group:Calvaria;group:Kalmar", "Vessen", "2026-05-04"}},
     {}},
    {"event location: one landing, the same day, two cities",
     {"2026-11-05", "2026-11-06"},
     {{0, K::kMeeting, "", "Natal", "2026-11-05", TM::kNone, Stance::kAsserted,
       EventKind::kOccurrence, false, false, "landing"},
      {1, K::kMeeting, "", "Recife", "2026-11-05", TM::kNone, Stance::kAsserted,
       EventKind::kOccurrence, false, false, "landing"}},
     {"event_location: Natal | Recife"}},
    {"event date: one landing, the same city, two days",
     {"2026-11-05", "2026-11-06"},
     {{0, K::kMeeting, "", "Natal", "2026-11-05", TM::kNone, Stance::kAsserted,
       EventKind::kOccurrence, false, false, "landing"},
      {1, K::kMeeting, "", "Natal", "2026-11-04", TM::kNone, Stance::kAsserted,
       EventKind::kOccurrence, false, false, "landing"}},
     {"event_date: 2026-11-04 | 2026-11-05"}},
    {"event date: landings on other days in other cities are two events",
     {"2026-11-05", "2026-11-09"},
     {{0, K::kMeeting, "", "Natal", "2026-11-05", TM::kNone, Stance::kAsserted,
       EventKind::kOccurrence, false, false, "landing"},
      {1, K::kMeeting, "", "Recife", "2026-11-07", TM::kNone, Stance::kAsserted,
       EventKind::kOccurrence, false, false, "landing"}},
     {}},
    {"event location: one named storm's landfall, other day and other town",
     {"2025-09-04", "2025-09-05"},
     {{0, K::kMeeting, "group:Hurricane Marisol", "Tuxpan", "2025-09-04", TM::kNone,
       Stance::kAsserted, EventKind::kOccurrence, false, false, "landfall"},
      {1, K::kMeeting, "group:Marisol", "Tampico", "2025-09-03", TM::kNone,
       Stance::kAsserted, EventKind::kOccurrence, false, false, "landfall"}},
     {"event_date: 2025-09-03 | 2025-09-04", "event_location: Tampico | Tuxpan"}},
    {"event date: a derailment silent on the place and a day off is the story's one",
     {"2026-11-04", "2026-11-05"},
     {{0, K::kMeeting, "", "Villach", "2026-11-03", TM::kNone, Stance::kAsserted,
       EventKind::kOccurrence, false, false, "derailment", true},
      {1, K::kMeeting, "", "", "2026-11-04", TM::kNone, Stance::kAsserted,
       EventKind::kOccurrence, false, false, "derailment", true}},
     {"event_date: 2026-11-03 | 2026-11-04"}},
    {"event date: news conferences recur: one silent on the place, a day off, is another",
     {"2026-11-04", "2026-11-05"},
     {{0, K::kMeeting, "Elena Marsh", "Villach", "2026-11-03", TM::kNone, Stance::kAsserted,
       EventKind::kOccurrence, false, false, "news conference"},
      {1, K::kMeeting, "Elena Marsh", "", "2026-11-04", TM::kNone, Stance::kAsserted,
       EventKind::kOccurrence, false, false, "news conference"}},
     {}},
    {"event location: a landing and a news conference are two events",
     {"2026-11-05", "2026-11-05"},
     {{0, K::kMeeting, "", "Natal", "2026-11-05", TM::kNone, Stance::kAsserted,
       EventKind::kOccurrence, false, false, "landing"},
      {1, K::kMeeting, "", "Lisbon", "2026-11-05", TM::kNone, Stance::kAsserted,
       EventKind::kOccurrence, false, false, "news conference"}},
     {}},
    {"event location: news conferences of two different speakers are two events",
     {"2026-10-05", "2026-10-05"},
     {{0, K::kMeeting, "Elena Marsh", "Harlan Springs", "2026-10-05", TM::kNone,
       Stance::kAsserted, EventKind::kOccurrence, false, false, "news conference", false,
       true},
      {1, K::kMeeting, "Tom Reed", "Kestrel Falls", "2026-10-05", TM::kNone,
       Stance::kAsserted, EventKind::kOccurrence, false, false, "news conference", false,
       true}},
     {}},
    {"event location: one signing, the same day, two towns, whoever is named",
     {"2026-09-16", "2026-09-17"},
     {{0, K::kMeeting, "Teodor Ravik", "Lisbon", "2026-09-16", TM::kNone, Stance::kAsserted,
       EventKind::kOccurrence, false, false, "signing"},
      {1, K::kMeeting, "Sofia Lacerda;Ilya Dorn", "Sintra", "2026-09-16", TM::kNone,
       Stance::kAsserted, EventKind::kOccurrence, false, false, "signing"}},
     {"event_location: Lisbon | Sintra"}},
    {"event date: same people, other day and other city: two meetings",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kMeeting, "Ana Silva;Tom Reed", "Paris", "2026-01-07"},
      {1, K::kMeeting, "Ana Silva;Tom Reed", "Berlin", "2025-12-15"}},
     {}},
    {"event date: a summit and a side meeting the next day stay two",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kMeeting, "Ana Silva;Tom Reed", "Rome", "2026-01-05", TM::kNone,
       Stance::kAsserted, EventKind::kSummit},
      {1, K::kMeeting, "Ana Silva;Tom Reed", "Rome", "2026-01-06", TM::kNone,
       Stance::kAsserted, EventKind::kMeeting}},
     {}},
    {"event location: one meeting, two cities",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kMeeting, "Ana Silva;Tom Reed", "Geneva", "2026-01-07"},
      {1, K::kMeeting, "Ana Silva;Tom Reed", "Vienna", "2026-01-07"}},
     {"event_location: Geneva | Vienna"}},
    {"progress: same week, 90% vs 75%",
     {"2026-01-08", "2026-01-09"},
     {{0, K::kProgress, "peace plan", "90"}, {1, K::kProgress, "peace plan", "75"}},
     {"progress: 75% | 90%"}},
    {"progress: months apart is progress",
     {"2026-03-01", "2026-06-01"},
     {{0, K::kProgress, "peace plan", "60"}, {1, K::kProgress, "peace plan", "90"}},
     {}},
    {"progress: a higher figure two days later is an update",
     {"2026-03-02", "2026-03-04"},
     {{0, K::kProgress, "bridge project", "40"}, {1, K::kProgress, "bridge project", "70"}},
     {}},
    {"progress: a lower figure two days later slips back",
     {"2026-03-02", "2026-03-04"},
     {{0, K::kProgress, "bridge project", "70"}, {1, K::kProgress, "bridge project", "40"}},
     {"progress: 40% | 70%"}},
    {"progress: the same-day pair conflicts, a later higher figure stays out",
     {"2026-03-02", "2026-03-02", "2026-03-05"},
     {{0, K::kProgress, "wage contract", "35", "about"},
      {1, K::kProgress, "wage contract", "55", "about"},
      {2, K::kProgress, "wage contract", "75", "about"}},
     {"progress: 35% | 55%"}},
    {"progress: an exact figure outside a hedged figure's span",
     {"2026-03-02", "2026-03-02"},
     {{0, K::kProgress, "framework", "95"}, {1, K::kProgress, "framework", "85", "about"}},
     {"progress: 85% | 95%"}},
    {"progress: two hedged figures whose spans only touch",
     {"2026-03-02", "2026-03-02"},
     {{0, K::kProgress, "water accord", "60", "about"},
      {1, K::kProgress, "water accord", "50", "about"}},
     {"progress: 50% | 60%"}},
    {"progress: two hedged figures just inside the doubled tolerance",
     {"2026-03-02", "2026-03-02"},
     {{0, K::kProgress, "water accord", "60", "about"},
      {1, K::kProgress, "water accord", "51", "roughly"}},
     {}},
    {"progress: two hedged figures whose spans meet",
     {"2026-03-02", "2026-03-02"},
     {{0, K::kProgress, "framework", "80", "about"},
      {1, K::kProgress, "framework", "88", "roughly"}},
     {}},
    {"status: a purchase signed, later still under negotiation",
     {"2026-09-04", "2026-09-09"},
     {{0, K::kStatus, "merger agreement", "signed"},
      {1, K::kStatus, "purchase", "under negotiation"}},
     {"status: signed | under negotiation"}},
    {"progress: different subjects",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kProgress, "peace plan", "90"}, {1, K::kProgress, "reconstruction fund", "40"}},
     {}},
    {"quantity: a price is one figure for weeks",
     {"2026-02-10", "2026-02-24"},
     {{0, K::kQuantity, "usd deal", "1200000000"},
      {1, K::kQuantity, "usd deal", "1450000000"}},
     {"quantity: 1200000000 | 1450000000"}},
    {"quantity: a closed period's count is one figure in later reports",
     {"2026-02-10", "2026-02-13"},
     {{0, K::kQuantity, "flight cancel first day", "512"},
      {1, K::kQuantity, "flight cancel first day", "521"}},
     {"quantity: 512 | 521"}},
    {"quantity: an open count reported days apart is two moments",
     {"2026-02-10", "2026-02-13"},
     {{0, K::kQuantity, "flight cancel", "512"}, {1, K::kQuantity, "flight cancel", "521"}},
     {}},
    {"quantity: a toll two weeks later is a new figure",
     {"2026-02-10", "2026-02-24"},
     {{0, K::kQuantity, "person kill", "120"},
      {1, K::kQuantity, "person kill", "145"}},
     {}},
    {"quantity: votes cast are one figure in later reports",
     {"2026-06-03", "2026-06-05"},
     {{0, K::kQuantity, "member vote", "6"}, {1, K::kQuantity, "member vote", "5"}},
     {"quantity: 5 | 6"}},
    {"quantity: vote counts whose sentences name different days are two votes",
     {"2026-06-02", "2026-06-04"},
     {{0, K::kQuantity, "lawmaker vote", "212", "", TM::kNone, Stance::kAsserted,
       EventKind::kMeeting, false, false, "", false, false, "2026-06-02"},
      {1, K::kQuantity, "lawmaker vote", "198", "", TM::kNone, Stance::kAsserted,
       EventKind::kMeeting, false, false, "", false, false, "2026-06-04"}},
     {}},
    {"quantity: a vote count reported again two days later without its day",
     {"2026-06-02", "2026-06-04"},
     {{0, K::kQuantity, "lawmaker vote", "212", "", TM::kNone, Stance::kAsserted,
       EventKind::kMeeting, false, false, "", false, false, "2026-06-02"},
      {1, K::kQuantity, "lawmaker vote", "198"}},
     {"quantity: 198 | 212"}},
    {"quantity: votes against, reported again two days later",
     {"2026-06-03", "2026-06-05"},
     {{0, K::kQuantity, "member oppose", "3"}, {1, K::kQuantity, "member oppose", "2"}},
     {"quantity: 2 | 3"}},
    {"quantity: votes a week apart are two votes of one body",
     {"2026-06-03", "2026-06-10"},
     {{0, K::kQuantity, "member vote", "6"}, {1, K::kQuantity, "member vote", "5"}},
     {}},
    {"quantity: members counted on two days are two moments",
     {"2026-06-03", "2026-06-05"},
     {{0, K::kQuantity, "member", "6"}, {1, K::kQuantity, "member", "5"}},
     {}},
    {"quantity: hedges do not reconcile transposed digits",
     {"2026-06-03", "2026-06-03"},
     {{0, K::kQuantity, "person evacuate", "3100", "at least"},
      {1, K::kQuantity, "person evacuate", "3010", "about"}},
     {"quantity: 3010 | 3100"}},
    {"quantity: hedged figures that meet and are no transposition agree",
     {"2026-06-03", "2026-06-03"},
     {{0, K::kQuantity, "person evacuate", "3100", "at least"},
      {1, K::kQuantity, "person evacuate", "3300", "about"}},
     {}},
    {"quantity: transposed digits the same day",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kQuantity, "drone launch", "153"}, {1, K::kQuantity, "drone launch", "135"}},
     {"quantity: 135 | 153"}},
    {"quantity: 'over 140' agrees with 153",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kQuantity, "drone launch", "153"}, {1, K::kQuantity, "drone launch", "140", "over"}},
     {}},
    {"quantity: a toll rising over days",
     {"2026-01-05", "2026-01-08"},
     {{0, K::kQuantity, "person kill", "12"}, {1, K::kQuantity, "person kill", "31"}},
     {}},
    {"quantity: digits transposed far apart (82 vs 28) are one misprinted figure",
     {"2026-11-21", "2026-11-21"},
     {{0, K::kQuantity, "country", "82"}, {1, K::kQuantity, "country", "28"}},
     {"quantity: 28 | 82"}},
    {"quantity: figures far apart that are no transposition count different things",
     {"2026-11-21", "2026-11-21"},
     {{0, K::kQuantity, "country", "82"}, {1, K::kQuantity, "country", "30"}},
     {}},
    {"quantity: 'at least 14 dead' is the confirmed toll, against 17 the same day",
     {"2026-03-09", "2026-03-09"},
     {{0, K::kQuantity, "person kill", "14", "at least"}, {1, K::kQuantity, "person kill", "17"}},
     {"quantity: 14 | 17"}},
    {"quantity: 'at least 14 dead' agrees with 15",
     {"2026-03-09", "2026-03-09"},
     {{0, K::kQuantity, "person kill", "14", "at least"}, {1, K::kQuantity, "person kill", "15"}},
     {}},
    {"quantity: 'at least 140 drones' outside a toll stays an open bound",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kQuantity, "drone launch", "140", "at least"}, {1, K::kQuantity, "drone launch", "170"}},
     {}},
    {"quantity: an undated document's count of an event still meets a dated one",
     {"2026-01-14", ""},
     {{0, K::kQuantity, "drone launch", "153"}, {1, K::kQuantity, "drone launch", "135"}},
     {"quantity: 135 | 153"}},
    {"quantity: an undated document's toll is placed against no day",
     {"2026-02-13", ""},
     {{0, K::kQuantity, "person kill", "31"}, {1, K::kQuantity, "person kill", "19"}},
     {}},
    {"quantity: launched vs intercepted are different counts",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kQuantity, "drone launch", "153"}, {1, K::kQuantity, "drone intercept", "133"}},
     {}},
    {"status: 'the merger talks' and 'the definitive agreement' are one deal",
     {"2026-02-10", "2026-02-24"},
     {{0, K::kStatus, "definitive agreement", "signed"},
      {1, K::kStatus, "merger talks", "under negotiation"}},
     {"status: signed | under negotiation"}},
    {"status: a qualifier still separates two deals",
     {"2026-02-10", "2026-02-24"},
     {{0, K::kStatus, "ceasefire agreement", "signed"},
      {1, K::kStatus, "trade talks", "under negotiation"}},
     {}},
    {"status: 'if finalized' is a condition, not a report",
     {"2026-02-10", "2026-02-10"},
     {{0, K::kStatus, "peace plan", "finalized", "", TM::kNone, Stance::kHypothetical},
      {1, K::kStatus, "peace plan", "under negotiation"}},
     {}},
    {"status: finalized, then later still under negotiation",
     {"2025-12-29", "2026-01-08"},
     {{0, K::kStatus, "security guarantees", "finalized"},
      {1, K::kStatus, "security guarantee agreement", "under negotiation"}},
     {"status: finalized | under negotiation"}},
    {"status: moving forward over time is no conflict",
     {"2025-12-16", "2025-12-29"},
     {{0, K::kStatus, "security guarantees", "agreed in principle"},
      {1, K::kStatus, "security guarantees", "finalized"}},
     {}},
    {"status: signed and unsigned the same day",
     {"2026-02-02", "2026-02-02"},
     {{0, K::kStatus, "merger agreement", "signed"},
      {1, K::kStatus, "merger agreement", "under negotiation"}},
     {"status: signed | under negotiation"}},
    {"status: agreed in principle with the signing still to come, signed elsewhere that day",
     {"2025-04-15", "2025-04-15"},
     {{0, K::kStatus, "takeover", "agreed in principle"},
      {0, K::kStatus, "merger agreement", "signed", "", TM::kNone, Stance::kHypothetical},
      {1, K::kStatus, "definitive agreement", "signed"}},
     {"status: agreed in principle | signed"}},
    {"status: 'only personal terms to be completed' next to the agreement in principle",
     {"2025-08-04", "2025-08-04"},
     {{0, K::kStatus, "transfer", "agreed in principle"},
      {0, K::kStatus, "personal terms", "finalized", "", TM::kNone, Stance::kHypothetical},
      {1, K::kStatus, "transfer", "finalized"}},
     {"status: agreed in principle | finalized"}},
    {"status: a step still to come in another report does not count",
     {"2025-08-04", "2025-08-04"},
     {{0, K::kStatus, "transfer", "agreed in principle"},
      {1, K::kStatus, "transfer", "finalized"},
      {1, K::kStatus, "personal terms", "finalized", "", TM::kNone, Stance::kHypothetical}},
     {}},
    {"status: agreed in principle alone and finalized the same day do not disagree",
     {"2025-08-04", "2025-08-04"},
     {{0, K::kStatus, "transfer", "agreed in principle"},
      {1, K::kStatus, "transfer", "finalized"}},
     {}},
    {"participants: another person in the same seat",
     {"2026-01-08", "2026-01-08"},
     {{0, K::kRole, "Ivo Petrov", "envoy", "Russia"},
      {1, K::kRole, "Oleg Marin", "deputy foreign minister", "Russia"},
      {0, K::kMeeting, "Ana Silva;Ivo Petrov", "Paris", "2026-01-07"},
      {1, K::kMeeting, "Ana Silva;Oleg Marin", "Paris", "2026-01-07"}},
     {"event_participants: Ivo Petrov | Oleg Marin"}},
};

class RulesTest : public testing::TestWithParam<Case> {};

TEST_P(RulesTest, FindsExactlyTheExpectedConflicts) {
  const Case& c = GetParam();
  RuleSet set;
  ASSERT_TRUE(LoadRuleSet("", &set).ok());
  Corpus corpus = MakeCorpus(c);
  std::vector<Finding> findings = RunRules(set, corpus, Lexicons::Default());
  std::vector<std::string> got;
  for (const Finding& f : findings) {
    got.push_back(Key(f));
    EXPECT_FALSE(f.explanation.empty());
    EXPECT_GT(f.confidence, 0);
    EXPECT_LE(f.confidence, 1);
  }
  std::sort(got.begin(), got.end());
  std::vector<std::string> want = c.expected;
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want) << c.name;
}

// Test names from the case descriptions ("role holder: a former ..." ->
// "role_holder_a_former_..."), suffixed with the index to stay unique.
INSTANTIATE_TEST_SUITE_P(Table, RulesTest, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& info) {
                           std::string name;
                           for (const char* p = info.param.name; *p; ++p) {
                             char ch = *p;
                             bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                                          (ch >= '0' && ch <= '9');
                             if (alnum) name += ch;
                             else if (!name.empty() && name.back() != '_') name += '_';
                             if (name.size() >= 60) break;
                           }
                           if (!name.empty() && name.back() == '_') name.pop_back();
                           return name + "_" + std::to_string(info.index);
                         });

// A third report repeating one side of a conflict must not push the first
// report of that side out of the finding: every other document's figure as
// near as the nearest is taken. Here the first report's open "at least"
// figure meets the second report's hypothetical 10000, so only the 2130 picks
// a partner, and it used to pick the later repeat alone (weight 0.36).
TEST(QuantityRuleTest, ARepeatedSideKeepsEveryReportOfIt) {
  Case c{"quantity: a third report repeats one side",
         {"2026-04-07", "2026-04-07", "2026-04-07"},
         {{0, ClaimType::kQuantity, "person evacuate", "2310", "at least"},
          {1, ClaimType::kQuantity, "person evacuate", "2130"},
          {1, ClaimType::kQuantity, "person evacuate", "10000", "about", TitleModifier::kNone,
           Stance::kHypothetical},
          {2, ClaimType::kQuantity, "person evacuate", "2310", "", TitleModifier::kNone,
           Stance::kHypothetical}},
         {}};
  RuleSet set;
  ASSERT_TRUE(LoadRuleSet("", &set).ok());
  Corpus corpus = MakeCorpus(c);
  std::vector<Finding> findings = RunRules(set, corpus, Lexicons::Default());
  ASSERT_EQ(findings.size(), 1u);
  std::set<size_t> docs;
  for (const FindingValue& v : findings[0].values) docs.insert(v.doc);
  EXPECT_EQ(docs, (std::set<size_t>{0, 1, 2}));
}

TEST(RuleSetTest, DefaultSetHasEveryRule) {
  RuleSet set;
  ASSERT_TRUE(LoadRuleSet("", &set).ok());
  EXPECT_EQ(set.RuleIdList(), RuleIds());
  EXPECT_EQ(RuleIds().size(), 8u);
}

TEST(RuleSetTest, InvalidSetsNameTheFileAndTheProblem) {
  struct Bad { const char* json; const char* message; } cases[] = {
      {"{", "my.json: not valid JSON"},
      {R"({"rules": [{"id": "title"}]})", "my.json: /: missing required field \"name\""},
      {R"({"name": "x", "rules": [{"id": "nope"}]})",
       "my.json: /rules/0/id: must be one of role-holder, title, event-date, event-location, "
       "event-participants, progress, quantity, status"},
      {R"({"name": "x", "rules": [{"id": "title", "options": {"severity": "urgent"}}]})",
       "my.json: /rules/0/options/severity: must be one of low, medium, high"},
      {R"({"name": "x", "rules": [{"id": "title", "options": {"max_days": 3}}]})",
       "my.json: /rules/0/options: rule title: unknown option \"max_days\""},
      {R"({"name": "x", "rules": [{"id": "progress", "options": {"tolerance_points": 500}}]})",
       "my.json: /rules/0/options: rule progress: option \"tolerance_points\" must be a number "
       "from 0 to 100"},
      {R"({"name": "x", "rules": [], "extra": 1})", "my.json: /: unknown field \"extra\""},
  };
  for (const Bad& b : cases) {
    RuleSet set;
    Status s = ParseRuleSet(b.json, "my.json", &set);
    EXPECT_FALSE(s.ok()) << b.json;
    EXPECT_EQ(s.message().substr(0, std::string(b.message).size()), b.message) << s.message();
  }
}

TEST(RuleSetTest, KnowledgeAddsAliasesAndLexicons) {
  RuleSet set;
  Status s = ParseRuleSet(R"({"name": "k", "rules": [{"id": "role-holder"}],
      "knowledge": {"aliases": {"Bob Reed": "Robert Reed"},
                    "lexicons": {"venues": {"Grand Hall": "Lyon"}}}})",
                          "k.json", &set);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(set.graph.person_aliases.at("Bob Reed"), "Robert Reed");
  Lexicons lex = set.ExtendLexicons(Lexicons::Default());
  EXPECT_EQ(lex.Get("venues").Lookup("grand hall").value_or(""), "Lyon");
}

TEST(GraphTest, ResolvesPersonsAndGroupsEvents) {
  Case c{"graph",
         {"2026-01-08", "2026-01-08", "2026-01-08"},
         {{0, K::kMeeting, "Ana Silva;Tom Reed", "Paris", "2026-01-07"},
          {1, K::kMeeting, "Silva;Tom Reed", "Paris", "2026-01-07"},
          {2, K::kMeeting, "Ana Silva;Tom Reed", "Berlin", "2025-12-15"}},
         {}};
  Corpus corpus = MakeCorpus(c);
  FactGraph g = FactGraph::Build(corpus, GraphOptions{});
  EXPECT_EQ(g.PersonKeyOf("Silva"), g.PersonKeyOf("Ana Silva"));
  ASSERT_EQ(g.events().size(), 2u);
  EXPECT_EQ(g.EventOf(0), g.EventOf(1));
  EXPECT_NE(g.EventOf(0), g.EventOf(2));
  EXPECT_NE(g.ToDot().find("digraph"), std::string::npos);
  EXPECT_GT(g.vertex_count(), 4u);
}

TEST(GraphTest, SharedSurnameStaysAmbiguous) {
  Case c{"surnames",
         {"2026-01-08"},
         {{0, K::kMeeting, "Ana Silva;Rui Silva;Silva", "Paris", "2026-01-07"}},
         {}};
  Corpus corpus = MakeCorpus(c);
  FactGraph g = FactGraph::Build(corpus, GraphOptions{});
  EXPECT_NE(g.PersonKeyOf("Ana Silva"), g.PersonKeyOf("Rui Silva"));
  EXPECT_NE(g.PersonKeyOf("Silva"), g.PersonKeyOf("Ana Silva"));
  EXPECT_NE(g.PersonKeyOf("Silva"), g.PersonKeyOf("Rui Silva"));
}

TEST(RegressionTest, MatchesByKindValuesAndDocs) {
  Case c{"m", {"2026-01-08", "2026-01-08"},
         {{0, K::kQuantity, "drone launch", "153"}, {1, K::kQuantity, "drone launch", "135"}},
         {}};
  Corpus corpus = MakeCorpus(c);
  RuleSet set;
  ASSERT_TRUE(LoadRuleSet("", &set).ok());
  std::vector<Finding> f = RunRules(set, corpus, Lexicons::Default());
  ASSERT_EQ(f.size(), 1u);
  using nlohmann::json;
  struct M { json entry; bool match; } cases[] = {
      {{{"kind", "quantity"}, {"values", {"153", "135"}}}, true},
      {{{"kind", "quantity"}, {"values", {"153"}}, {"docs", {"d1", "d2"}}}, true},
      {{{"kind", "quantity"}, {"values", {"153", "136"}}}, false},
      {{{"kind", "progress"}, {"values", {"153", "135"}}}, false},
      {{{"kind", "quantity"}, {"docs", {"d3"}}}, false},
  };
  for (const M& m : cases) EXPECT_EQ(MatchesEntry(m.entry, f[0], corpus), m.match) << m.entry;
}

TEST(RegressionTest, ValuesMatchWithoutAccentsAndEachOnce) {
  Case c{"m", {"2026-10-06", "2026-10-06"},
         {{0, K::kRole, "Aurel Vanti\xC4\x87", "prime minister", "Varesh"},
          {1, K::kRole, "Ilse Moravec", "prime minister", "Varesh"}},
         {}};
  Corpus corpus = MakeCorpus(c);
  RuleSet set;
  ASSERT_TRUE(LoadRuleSet("", &set).ok());
  std::vector<Finding> f = RunRules(set, corpus, Lexicons::Default());
  ASSERT_EQ(f.size(), 1u);
  using nlohmann::json;
  struct M { json entry; bool match; } cases[] = {
      // Typed without the accent.
      {{{"kind", "role_holder"}, {"values", {"Aurel Vantic", "Ilse Moravec"}}}, true},
      {{{"kind", "role_holder"}, {"values", {"aurel vantic"}}}, true},
      // One person written two ways does not match a finding that has only
      // one of the spellings.
      {{{"kind", "role_holder"}, {"values", {"Aurel Vantic", "Aurel Vanti\xC4\x87"}}}, false},
  };
  for (const M& m : cases) EXPECT_EQ(MatchesEntry(m.entry, f[0], corpus), m.match) << m.entry;
}

}  // namespace
}  // namespace claimcheck
