// Meeting claims: who met whom, where, when, what kind. Token based, over the
// person mentions of people.h, the triggers of core/data/meeting_verbs.txt and
// the place lexicons (places.h):
//
//   verbs   "X met (with) Y", "X held talks with Y", "X convened in Paris with
//           Y", "X hosted Y", "X spoke by phone with Y", "X and Y met"
//   nouns   "talks between X and Y", "a summit with X", "X's meeting with Y",
//           "the Paris meeting", "The meeting, held at ... on <date>, brought
//           together ..." (the noun becomes the claim's subject)
//   "... summit in <place> on <date>, where X and Y took part in talks with Z"
//           is one claim: the summit, with the participants of the where-clause
//   tables  a key/value table (Date / Location / Participants rows)
//
// Participants and times are taken from the trigger's clause only: a clause
// ends at ; : . and at that/where/which/while/after/before/because/but/
// said, so "announced on Jan. 8 that X met Y" does not date the meeting with
// Jan. 8.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <iterator>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/extract.h"
#include "core/people.h"
#include "core/places.h"

namespace claimcheck {
namespace {

// kJoint: a joint act of two or more named people at a place ("A and B
// agreed in Lima on Monday"): a meeting only with both names before it and
// a place.
// kOccur: something that happened ("made an emergency landing", "made
// landfall", "cut its benchmark rate"): a claim of its own with the class as
// written in the lexicon, needing only a place or a date.
enum class TriggerRole { kVerb, kHost, kNoun, kAttend, kJoint, kOccur };

struct TriggerDef {
  EventKind kind = EventKind::kMeeting;
  TriggerRole role = TriggerRole::kVerb;
  std::string occurrence;  // kOccur: "landing", "rate decision"
  bool once = false;       // kOccur written "once": one per story
  bool held = false;       // kOccur written "held": its people tell two apart
};

struct Trigger {
  size_t b = 0, e = 0;  // tokens
  TriggerDef def;
  size_t cs = 0, ce = 0;  // clause
  bool where_clause = false;  // the clause starts at "where"/"at which"
  size_t where_tok = 0;
};

constexpr size_t kMaxTriggerTokens = 6;
constexpr size_t kMaxGroupTokens = 12;

bool ParseTriggerDef(const std::string& value, TriggerDef* def) {
  size_t sp = value.find(' ');
  if (sp == std::string::npos) return false;
  std::string kind = value.substr(0, sp);
  std::string role = value.substr(sp + 1);
  if (kind == "meeting") def->kind = EventKind::kMeeting;
  else if (kind == "talks") def->kind = EventKind::kTalks;
  else if (kind == "summit") def->kind = EventKind::kSummit;
  else if (kind == "call") def->kind = EventKind::kCall;
  else if (role == "occur" || role == "once" || role == "held") {
    def->once = role == "once";
    def->held = role == "held";
    def->kind = EventKind::kOccurrence;
    def->role = TriggerRole::kOccur;
    def->occurrence = kind;
    for (char& c : def->occurrence) {
      if (c == '_') c = ' ';
    }
    return !def->occurrence.empty();
  } else {
    return false;
  }
  if (role == "verb") def->role = TriggerRole::kVerb;
  else if (role == "host") def->role = TriggerRole::kHost;
  else if (role == "noun") def->role = TriggerRole::kNoun;
  else if (role == "attend") def->role = TriggerRole::kAttend;
  else if (role == "joint") def->role = TriggerRole::kJoint;
  else return false;
  return true;
}

bool IsBoundaryWord(std::string_view w) {
  return w == "that" || w == "where" || w == "which" || w == "while" ||
         w == "after" || w == "before" || w == "because" || w == "although" ||
         w == "but" || w == "said" || w == "says" || w == "saying" ||
         w == "according" || w == "followed" || w == "who" || w == "whereas" ||
         w == "whom" || w == "since" || w == "ahead";
}

bool IsGroupNoun(std::string_view w) {
  static const std::set<std::string_view> kGroups = {
      "leaders", "officials", "heads", "negotiators", "envoys", "delegation",
      "delegations", "counterparts", "counterpart", "ministers", "diplomats",
      "representatives", "allies", "delegates", "executives", "lawmakers",
      "partners", "mediators", "generals", "commanders", "presidents",
      "advisers", "advisors", "aides", "chiefs", "governors", "mayors",
      "senators", "ambassadors", "team", "teams"};
  return kGroups.count(w) > 0;
}

bool IsGroupModifier(const Token& t) {
  static const std::set<std::string_view> kMods = {
      "the", "two", "three", "four", "five", "several", "senior", "top",
      "both", "other", "some", "all", "his", "her", "their", "its", "foreign",
      "defense", "defence", "finance", "high-level", "military", "trade",
      "european", "western", "arab", "gulf", "african", "asian", "allied",
      "national", "security", "government", "state", "union", "party",
      "opposition", "business", "congressional", "negotiating", "visiting",
      "many", "few", "key", "regional", "local", "federal", "world", "g7",
      "g20", "nato", "eu"};
  return t.word && (t.cap || kMods.count(t.lower) > 0);
}

bool IsSubjectModifier(const Token& t) {
  static const std::set<std::string_view> kMods = {
      "the", "a", "an", "this", "that", "their", "its", "his", "her",
      "high-level", "direct", "bilateral", "trilateral", "multilateral",
      "emergency", "informal", "private", "secret", "closed-door", "first",
      "second", "third", "last", "latest", "previous", "next", "dinner",
      "phone", "video", "peace", "face-to-face", "in-person", "virtual",
      "one-on-one", "extraordinary", "annual", "special", "planned",
      "upcoming", "brief", "lengthy", "marathon", "further", "new", "fresh",
      "crucial", "key", "landmark", "historic", "tense", "separate"};
  if (!t.word) return false;
  if (kMods.count(t.lower)) return true;
  if (t.lower.find('-') != std::string::npos) return true;  // "two-day"
  return t.cap;
}

// The meeting_verbs lexicon as a lookup table: lowercased phrase -> trigger,
// and the phrases' word prefixes (so that a scan can stop extending a phrase).
// Adds a person mention as a participant of `c`, once per full name.
void AddParticipant(const PersonMention& m, Claim* c) {
  for (const Mention& x : c->participants) {
    if (x.value == m.full_name) return;
  }
  Mention pm;
  pm.span = m.span;
  pm.text = m.text;
  pm.value = m.full_name;
  c->participants.push_back(std::move(pm));
}

struct TriggerTable {
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, TriggerDef, Hash, std::equal_to<>> triggers;
  std::unordered_map<std::string, int, Hash, std::equal_to<>> prefixes;
  // Occurrence class ("signing", "launch") -> its definition, for the
  // triggers that are not phrases of the lexicon (verb-object forms, a
  // placed "signed").
  std::unordered_map<std::string, TriggerDef, Hash, std::equal_to<>> classes;

  explicit TriggerTable(const Lexicons& lex) {
    for (const auto& [key, value] : lex.Get("meeting_verbs").entries()) {
      TriggerDef def;
      if (!ParseTriggerDef(value, &def)) continue;
      std::string lower = AsciiLower(key);
      for (size_t p = lower.find(' '); p != std::string::npos; p = lower.find(' ', p + 1)) {
        prefixes[lower.substr(0, p)]++;
      }
      if (def.role == TriggerRole::kOccur) classes.emplace(def.occurrence, def);
      triggers[std::move(lower)] = def;
    }
  }
  // Some longer trigger starts with `key` and a space.
  bool HasLongerKey(std::string_view key) const { return prefixes.find(key) != prefixes.end(); }
  // The definition of an occurrence class, or null when the lexicon has none.
  const TriggerDef* Class(std::string_view name) const {
    auto it = classes.find(name);
    return it == classes.end() ? nullptr : &it->second;
  }
  static const TriggerTable& For(const Lexicons& lex) {
    return lex.Derived<TriggerTable>("meetings.triggers",
                                     [&] { return std::make_unique<TriggerTable>(lex); });
  }
};

class MeetingExtractor {
 public:
  MeetingExtractor(const ExtractContext& ctx, std::vector<Claim>* out)
      : ctx_(ctx),
        out_(out),
        own_(ctx.persons ? PersonIndex() : FindPersons(ctx.doc, ctx.lexicons)),
        persons_(ctx.persons ? ctx.persons : &own_) {}

  void Run();

 private:
  void ScanSentence(size_t si);
  void ScanTables();
  // A table with a person column under a caption naming an event ("Key
  // Participants in the Lima Meeting"): one claim of that event, its
  // participants the persons of the column.
  void ScanParticipantTables();
  void FindTriggers(std::vector<Trigger>* out) const;
  // Persons and groups of token range [b, e).
  void Collect(size_t b, size_t e, Claim* c, std::vector<bool>* used) const;
  // Tokens of a place name the lexicons do not know at token `k` (one to
  // three capitalized words that are no person, title, country, body or
  // stopword, and that the document never writes with a demonym ending),
  // or 0.
  size_t UnknownPlaceAt(size_t k, size_t e) const;
  // True when the document writes `name` as a country's (a demonym ending,
  // a possessive with a state's organs); asked once per name and document.
  bool NamesCountry(const std::string& name) const;
  // Tokens of a country or body named as a party at token `k` ("Askeria",
  // "the European Union"): capitalized words that are no person, title,
  // stopword or place, or a country or organization the lexicons know; 0
  // when none.
  size_t PartyNameAt(size_t k, size_t e) const;
  // True when the clause starting at token `cs` follows a sentence-initial
  // "After", "Before", "Since", "While" or "Ahead (of)": a fronted adverbial
  // that ends at its comma.
  bool FrontedAdverbial(size_t cs) const {
    if (cs == 0 || (cs > 1 && toks()[cs - 2].word)) return false;
    const std::string& w = toks()[cs - 1].lower;
    return w == "after" || w == "before" || w == "since" || w == "while" || w == "ahead";
  }
  void FindPlace(size_t b, size_t e, size_t anchor, Claim* c, bool occurrence = false) const;
  void FindDate(size_t b, size_t e, size_t anchor, Claim* c) const;
  // The first time expression starting at or after `pos`.
  std::vector<TimeExpr>::const_iterator FirstTimeAt(size_t pos) const {
    return std::lower_bound(
        ctx_.times.begin(), ctx_.times.end(), pos,
        [](const TimeExpr& t, size_t p) { return t.span.begin < p; });
  }
  Span TokSpan(size_t b, size_t e) const {
    return Span{toks()[b].span.begin, toks()[e - 1].span.end};
  }
  Mention MakeMention(size_t b, size_t e, std::string value) const {
    Mention m;
    m.span = TokSpan(b, e);
    m.text = std::string(ctx_.doc.Slice(m.span));
    m.value = value.empty() ? m.text : std::move(value);
    return m;
  }
  bool Excluded(size_t k, size_t region_begin) const;
  // The event noun phrase: modifiers before the noun at b, not before lo.
  size_t ExpandSubject(size_t b, size_t lo) const {
    size_t sb = b;
    while (sb > lo && b - sb < 4 && IsSubjectModifier(toks()[sb - 1]) &&
           !in_mention_[sb - 1] && !toks()[sb - 1].possessive) {
      --sb;
    }
    return sb;
  }
  void Finish(size_t si, Claim* c, size_t b, size_t e);
  // Tokens [cs, tb) are only determiners, modifiers and capitalized words
  // ("The Lima meeting"): the event noun at tb is its clause's subject.
  bool AtClauseStart(size_t cs, size_t tb) const {
    if (tb < cs || tb - cs > 4) return false;
    for (size_t k = cs; k < tb; ++k) {
      if (!toks()[k].word || in_mention_[k] || !(IsSubjectModifier(toks()[k]) || toks()[k].cap)) {
        return false;
      }
    }
    return true;
  }
  // "two-day", "three-day", "multi-day", "week-long", "2-day" in [b, e).
  bool MultiDay(size_t b, size_t e) const {
    for (size_t k = b; k < e && k < toks().size(); ++k) {
      const std::string& w = toks()[k].lower;
      size_t dash = w.find('-');
      if (w == "weeklong" || w == "multiday") return true;
      if (dash == std::string::npos || dash == 0) continue;
      std::string head = w.substr(0, dash), tail = w.substr(dash + 1);
      if (tail == "long" && head == "week") return true;
      if (tail != "day" && tail != "days") continue;
      if (head == "two" || head == "three" || head == "four" || head == "five" ||
          head == "six" || head == "seven" || head == "several" || head == "multi" ||
          (head.find_first_not_of("0123456789") == std::string::npos && head != "1")) {
        return true;
      }
    }
    return false;
  }

  const ExtractContext& ctx_;
  std::vector<Claim>* out_;
  PersonIndex own_;             // when the context brings none
  const PersonIndex* persons_;  // ctx.persons or &own_
  // The trigger table, built once per Lexicons object.
  const TriggerTable& table_ = TriggerTable::For(ctx_.lexicons);
  const std::unordered_map<std::string, TriggerDef, TriggerTable::Hash, std::equal_to<>>&
      triggers_ = table_.triggers;
  std::vector<Token> own_toks_;  // when the context has no token cache
  const std::vector<Token>* toks_ptr_ = &own_toks_;
  const std::vector<Token>& toks() const { return *toks_ptr_; }
  std::vector<const PersonMention*> mention_at_;
  std::vector<size_t> mention_end_;
  std::vector<bool> in_mention_;
  std::vector<bool> boundary_;
  mutable std::unordered_map<std::string, bool> names_country_;  // per document
};

void MeetingExtractor::FindTriggers(std::vector<Trigger>* out) const {
  const size_t n = toks().size();
  for (size_t i = 0; i < n;) {
    if (!toks()[i].word || mention_at_[i]) {
      ++i;
      continue;
    }
    size_t best = 0;
    TriggerDef def;
    std::string key;
    for (size_t k = 0; k < kMaxTriggerTokens && i + k < n && toks()[i + k].word; ++k) {
      if (k > 0) key.push_back(' ');
      key += toks()[i + k].lower;
      auto it = triggers_.find(key);
      if (it != triggers_.end()) {
        best = k + 1;
        def = it->second;
      }
      if (toks()[i + k].possessive) break;
      if (!table_.HasLongerKey(key)) break;  // no longer trigger starts so
    }
    if (best == 0) {
      // "held direct talks", "had a brief phone call": a light verb, up to
      // three modifiers, an event noun.
      const std::string& w = toks()[i].lower;
      if (w == "held" || w == "hold" || w == "holds" || w == "holding" ||
          w == "had" || w == "have" || w == "has") {
        for (size_t k = i + 1; k < n && k <= i + 4 && toks()[k].word; ++k) {
          auto it = triggers_.find(toks()[k].lower);
          if (it != triggers_.end() && it->second.role == TriggerRole::kNoun &&
              k > i + 1) {
            best = k + 1 - i;
            def = it->second;
            def.role = TriggerRole::kVerb;
            if (k + 1 < n && toks()[k + 1].lower == "with") ++best;
            break;
          }
          if (!IsSubjectModifier(toks()[k]) || toks()[k].cap) break;
        }
      }
    }
    if (best == 0) {
      // A verb and its object a few words on: "cut its benchmark interest
      // rate", "held rates", "launched its Skarv rocket", of the occurrence
      // class in the table's last column (when the lexicon defines it).
      struct VerbObject {
        std::set<std::string_view> verbs, objects;
        const char* occurrence_class;
      };
      static const VerbObject kForms[] = {
          {{"cut", "cuts", "raised", "raises", "lowered", "lowers", "hiked", "hikes", "held",
            "holds", "kept", "keeps", "left", "leaves", "trimmed", "slashed", "increased",
            "reduced", "lifted"},
           {"rate", "rates"},
           "rate decision"},
          {{"launched", "launches", "fired"},
           {"rocket", "satellite", "satellites", "spacecraft", "probe", "missile", "missiles",
            "capsule", "booster"},
           "launch"},
      };
      for (const VerbObject& form : kForms) {
        if (!form.verbs.count(toks()[i].lower)) continue;
        const TriggerDef* cls = table_.Class(form.occurrence_class);
        if (!cls) continue;
        for (size_t k = i + 1; k < n && k <= i + 5 && toks()[k].word && !toks()[k].possessive; ++k) {
          if (form.objects.count(toks()[k].lower)) {
            best = k + 1 - i;
            def = *cls;
            break;
          }
        }
        if (best > 0) break;
      }
    }
    if (best == 0) {
      ++i;
      continue;
    }
    size_t e = i + best;
    bool keep = true;
    if (def.role == TriggerRole::kNoun) {
      const std::string& next = e < n ? toks()[e].lower : std::string();
      if (def.kind == EventKind::kCall && next != "with" && next != "between") {
        keep = false;  // "a call for a ceasefire"
      }
      if (i > 0 && mention_at_[i - 1] == nullptr && toks()[i - 1].word &&
          (toks()[i - 1].lower == "to" || toks()[i - 1].lower == "will")) {
        keep = false;  // "to call", verbs
      }
    }
    if (keep) {
      Trigger t;
      t.b = i;
      t.e = e;
      t.def = def;
      out->push_back(t);
    }
    i = e;
  }
}

bool MeetingExtractor::Excluded(size_t k, size_t region_begin) const {
  // Possessive persons qualify something else ("Trump's envoy").
  size_t e = mention_end_[k];
  if (toks()[e - 1].possessive) return true;
  // "Trump aide", "Merkel adviser": the name modifies an office noun.
  if (e < toks().size() && toks()[e].word) {
    std::optional<std::string> v = ctx_.lexicons.Get("titles").Lookup(toks()[e].lower);
    if (v && *v != "*" && *v != "-") return true;
  }
  // A person after "to/of/by/for/from" behind office words is a qualifier:
  // "an adviser to former President X".
  size_t j = k;
  while (j > region_begin) {
    const Token& t = toks()[j - 1];
    if (!t.word) break;
    std::optional<std::string> v = ctx_.lexicons.Get("titles").Lookup(t.lower);
    std::string q;
    if ((v && *v != "-") || t.lower == "former" || t.lower == "then" ||
        t.lower == "the" || t.lower.find("-elect") != std::string::npos ||
        MatchQualifier(toks(), j - 1, j, ctx_.lexicons, &q) == 1) {
      --j;
      continue;
    }
    break;
  }
  if (j > region_begin && toks()[j - 1].word) {
    const std::string& w = toks()[j - 1].lower;
    if (w == "to" || w == "of" || w == "by" || w == "for" || w == "from" ||
        w == "under" || w == "against" || w == "about" || w == "like") {
      return true;
    }
  }
  // Inside an appositive that starts with "a/an" (", a longtime adviser to X,").
  for (size_t q = k; q > region_begin; --q) {
    const Token& t = toks()[q - 1];
    if (t.punct == ',') {
      if (q < k && toks()[q].word && (toks()[q].lower == "a" || toks()[q].lower == "an")) {
        return true;
      }
      break;
    }
    if (mention_at_[q - 1]) break;
  }
  return false;
}

void MeetingExtractor::Collect(size_t b, size_t e, Claim* c,
                               std::vector<bool>* used) const {
  e = std::min(e, toks().size());
  for (size_t k = b; k < e; ++k) {
    if (const PersonMention* m = mention_at_[k]) {
      size_t me = mention_end_[k];
      if (!(*used)[k] && !Excluded(k, b)) {
        (*used)[k] = true;
        AddParticipant(*m, c);
      }
      k = me - 1;
      continue;
    }
    const Token& t = toks()[k];
    if (size_t pn = PartyNameAt(k, e); pn > 0 && !(*used)[k]) {
      // "Askeria and Tarvosia began talks": countries or bodies as parties.
      bool coordinated = (k + pn + 1 < e && toks()[k + pn].lower == "and" &&
                          PartyNameAt(k + pn + 1, e) > 0) ||
                         (k >= b + 2 && toks()[k - 1].lower == "and" && (*used)[k - 2]);
      if (coordinated) {
        for (size_t q = k; q < k + pn; ++q) (*used)[q] = true;
        c->groups.push_back(MakeMention(k, k + pn, ""));
        k += pn - 1;
        continue;
      }
    }
    if (!t.word || !IsGroupNoun(t.lower) || (*used)[k]) continue;
    // "special envoys X and Y" is a title, not a group.
    if (k + 1 < toks().size() && mention_at_[k + 1]) continue;
    size_t gb = k;
    while (gb > b && k - gb < 5 && IsGroupModifier(toks()[gb - 1]) &&
           !mention_at_[gb - 1] && !boundary_[gb - 1] &&
           !(toks()[gb - 1].possessive && gb - 1 != k)) {
      --gb;
    }
    size_t ge = k + 1;
    if (ge + 1 < e && (toks()[ge].lower == "of" || toks()[ge].lower == "from")) {
      size_t q = ge + 1;
      size_t last = ge;
      while (q < e && q - k < kMaxGroupTokens) {
        const Token& u = toks()[q];
        if (mention_at_[q] || boundary_[q]) break;
        if (u.word && (u.cap || u.lower == "the" || u.lower == "state" ||
                       u.lower == "government")) {
          last = q + 1;
          ++q;
          continue;
        }
        if ((u.punct == ',' || u.lower == "and") && q + 1 < e &&
            (toks()[q + 1].cap || toks()[q + 1].lower == "and" ||
             toks()[q + 1].lower == "the")) {
          ++q;
          continue;
        }
        break;
      }
      if (last > ge) ge = last;
    }
    for (size_t q = gb; q < ge; ++q) (*used)[q] = true;
    c->groups.push_back(MakeMention(gb, ge, ""));
    k = ge - 1;
  }
}

void MeetingExtractor::FindPlace(size_t b, size_t e, size_t anchor, Claim* c,
                                 bool occurrence) const {
  e = std::min(e, toks().size());
  PlaceMatch best;
  size_t best_at = 0, best_dist = SIZE_MAX;
  auto rank = [](const PlaceMatch& m) {
    return m.kind == PlaceMatch::Kind::kRegion || m.kind == PlaceMatch::Kind::kNamedVenue
               ? 1
               : 2;
  };
  // "landed near Tampico", "diverted to Natal": an occurrence is placed by
  // more prepositions than a meeting.
  // An occurrence's place follows its trigger ("made an emergency landing
  // in Natal"); one before it is farther off ("flying from Lisbon to ...").
  size_t anchor_end = anchor;
  if (occurrence) {
    while (anchor_end < e && anchor_end < toks().size() && toks()[anchor_end].word &&
           !(toks()[anchor_end].lower == "in" || toks()[anchor_end].lower == "at" ||
             toks()[anchor_end].lower == "near" || toks()[anchor_end].lower == "to")) {
      ++anchor_end;
    }
  }
  auto locative = [&](size_t k) {
    const Token& t = toks()[k];
    if (!t.word) return false;
    if (t.lower == "in" || t.lower == "at") return true;
    // "landed near Tampico"; "diverted to Natal" (right after the trigger only).
    return occurrence && (t.lower == "near" || (t.lower == "to" && k == anchor_end));
  };
  auto distance = [&](size_t k) {
    if (!occurrence) return k > anchor ? k - anchor : anchor - k;
    return k >= anchor_end ? k - anchor_end : 2 * (anchor - std::min(anchor, k)) + 4;
  };
  // "near the port city of Tampico", "in the town of Bilje": the name
  // after the descriptor.
  auto skip_descriptor = [&](size_t q) {
    size_t r = q;
    if (r < e && toks()[r].lower == "the") ++r;
    for (size_t j = r; j < r + 3 && j + 2 < e && toks()[j].word && !toks()[j].cap; ++j) {
      const std::string& w = toks()[j].lower;
      if ((w == "city" || w == "town" || w == "village" || w == "port" || w == "municipality") &&
          toks()[j + 1].lower == "of" && toks()[j + 2].cap) {
        return j + 2;
      }
    }
    return q;
  };
  for (size_t k = b; k + 1 < e; ++k) {
    if (!locative(k)) continue;
    size_t at = skip_descriptor(k + 1);
    PlaceMatch m = MatchPlace(toks(), at, e, ctx_.lexicons);
    if (m.kind == PlaceMatch::Kind::kNone) continue;
    // "in Paris, France": the city wins over the country after it.
    size_t dist = distance(k);
    if (best.kind == PlaceMatch::Kind::kNone || rank(m) > rank(best) ||
        (rank(m) == rank(best) && dist < best_dist)) {
      best = m;
      best_at = at;
      best_dist = dist;
    }
  }
  if (best.kind == PlaceMatch::Kind::kNone || best.kind == PlaceMatch::Kind::kRegion) {
    // A town the lexicons do not know: "in Port Lissa", "near Kestrel Falls"
    // (a town is more precise than the country a known name gives).
    bool found = false;
    for (size_t k = b; k + 1 < e; ++k) {
      const Token& t = toks()[k];
      if (!locative(k) && !(t.word && t.lower == "near")) continue;
      size_t at = skip_descriptor(k + 1);
      size_t n = UnknownPlaceAt(at, e);
      if (n == 0) continue;
      size_t dist = distance(k);
      if (!found || dist < best_dist) {
        best.kind = PlaceMatch::Kind::kCity;
        best.tokens = n;
        best.value = std::string(ctx_.doc.Slice(TokSpan(at, at + n)));
        best_at = at;
        best_dist = dist;
        found = true;
      }
    }
    if (best.kind == PlaceMatch::Kind::kNone) return;
    if (found) c->confidence = std::min(c->confidence, 0.7);
  }
  size_t pb = best_at;
  if (toks()[pb].lower == "the") ++pb;
  c->place = MakeMention(pb, best_at + best.tokens, best.value);
  if (best.kind == PlaceMatch::Kind::kRegion) c->confidence = std::min(c->confidence, 0.6);
}

size_t MeetingExtractor::UnknownPlaceAt(size_t k, size_t e) const {
  e = std::min(e, toks().size());
  size_t q = k;
  const Lexicon& stop = ctx_.lexicons.Get("name_stopwords");
  const Lexicon& titles = ctx_.lexicons.Get("titles");
  size_t plain = 0;  // tokens that are not stopwords ("Port" and "Falls" are)
  while (q < e && q < k + 3) {
    const Token& t = toks()[q];
    if (!t.word || !t.cap || t.initial || mention_at_[q] || in_mention_[q] ||
        titles.Contains(t.lower)) {
      break;
    }
    auto time = FirstTimeAt(t.span.begin);
    if (time != ctx_.times.end() && time->span.begin < t.span.end) break;  // "in January"
    std::string qual;
    if (MatchQualifier(toks(), q, e, ctx_.lexicons, &qual) > 0) return 0;  // a country, a body
    if (!stop.Contains(std::string(t.text))) ++plain;
    ++q;
    if (t.possessive) return 0;  // "in Tarvosia's capital": a country
  }
  if (q == k || plain == 0) return 0;
  // The next word must not continue a name or an organization ("in Kalmar
  // Airways' hangar", "at Brightline Inc").
  if (q < e && toks()[q].word && toks()[q].cap) return 0;
  return NamesCountry(std::string(ctx_.doc.Slice(TokSpan(k, q)))) ? 0 : q - k;
}

bool MeetingExtractor::NamesCountry(const std::string& name) const {
  auto known = names_country_.find(name);
  if (known != names_country_.end()) return known->second;
  bool country = false;
  // A word the document also writes with a demonym ending ("Tarvosian")
  // names a country, not a town.
  const std::string& text = ctx_.doc.text();
  for (std::string_view suffix : {"n ", "ian ", "ese "}) {
    country = country || text.find(name + std::string(suffix)) != std::string::npos;
  }
  // So does one whose possessive has a state's organs ("Tarvosia's
  // delegation", "Tarvosia's foreign minister"); a town has an airport or a
  // mayor ("Natal's airport").
  static const char* const kStateHeads[] = {
      "delegation", "government", "parliament", "army", "military", "troops", "forces",
      "president", "prime minister", "foreign minister", "defense minister", "ambassador",
      "embassy", "border", "economy", "ministry", "national", "people"};
  for (size_t pos = text.find(name + "'s "); !country && pos != std::string::npos;
       pos = text.find(name + "'s ", pos + 1)) {
    std::string_view after = std::string_view(text).substr(pos + name.size() + 3);
    for (const char* head : kStateHeads) {
      std::string_view h(head);
      country = country || (after.size() >= h.size() && AsciiLower(after.substr(0, h.size())) == h);
    }
  }
  names_country_.emplace(name, country);
  return country;
}

size_t MeetingExtractor::PartyNameAt(size_t k, size_t e) const {
  e = std::min(e, toks().size());
  if (k >= e || !toks()[k].word || !toks()[k].cap || mention_at_[k] || in_mention_[k]) return 0;
  std::string qual;
  size_t n = MatchQualifier(toks(), k, e, ctx_.lexicons, &qual);
  if (n > 0) {
    // A demonym before a noun qualifies it ("Russian troops"): no party.
    if (k + n < e && toks()[k + n].word && !toks()[k + n].cap && toks()[k + n].lower != "and") {
      return 0;
    }
    return n;
  }
  const Token& t = toks()[k];
  if (t.initial || t.possessive || ctx_.lexicons.Get("name_stopwords").Contains(std::string(t.text)) ||
      ctx_.lexicons.Get("titles").Contains(t.lower) || IsGroupNoun(t.lower)) {
    return 0;
  }
  if (MatchPlace(toks(), k, e, ctx_.lexicons).kind != PlaceMatch::Kind::kNone) return 0;
  // One word only, and not the start of a longer name.
  if (k + 1 < e && toks()[k + 1].word && toks()[k + 1].cap) return 0;
  return 1;
}

void MeetingExtractor::FindDate(size_t b, size_t e, size_t anchor, Claim* c) const {
  e = std::min(e, toks().size());
  if (b >= e) return;
  Span range = TokSpan(b, e);
  size_t anchor_pos = toks()[std::min(anchor, toks().size() - 1)].span.begin;
  const TimeExpr* best = nullptr;
  long best_score = 0;
  // The times are in text order: only those inside the range are visited
  // (a scan of the whole document per meeting was quadratic).
  for (auto it = FirstTimeAt(range.begin);
       it != ctx_.times.end() && it->span.begin < range.end; ++it) {
    const TimeExpr& t = *it;
    if (t.span.end > range.end) continue;
    long dist = t.span.begin > anchor_pos
                    ? static_cast<long>(t.span.begin - anchor_pos)
                    : static_cast<long>(anchor_pos - t.span.begin);
    // Preceded by on/in/at/during: the time of the event.
    size_t k = 0;
    while (k < toks().size() && toks()[k].span.end <= t.span.begin) ++k;
    if (k > 0 && toks()[k - 1].word) {
      const std::string& w = toks()[k - 1].lower;
      if (w == "on" || w == "in" || w == "at" || w == "during" || w == "this" ||
          w == "last" || w == "next") {
        dist /= 4;
      }
      if (w == "since" || w == "until" || w == "by" || w == "before" ||
          w == "after") {
        dist += 1000;
      }
    }
    if (!t.value.resolved()) dist += 500;
    if (!best || dist < best_score) {
      best = &t;
      best_score = dist;
    }
  }
  if (!best) return;
  c->date.span = best->span;
  c->date.text = best->text;
  c->date.value = best->value.ToString();
  c->date_value = best->value;
}

void MeetingExtractor::Finish(size_t si, Claim* c, size_t b, size_t e) {
  c->type = ClaimType::kMeeting;
  c->sentence = si;
  Span s = TokSpan(b, std::max(e, b + 1));
  if (si < ctx_.doc.sentences.size()) {
    const Span& ss = ctx_.doc.sentences[si].span;
    s.begin = std::max(s.begin, ss.begin);
    s.end = std::min(s.end, ss.end);
  }
  c->span = Span{s.begin, std::max(s.begin, s.end)};
  out_->push_back(std::move(*c));
}

void MeetingExtractor::ScanSentence(size_t si) {
  const Sentence* sent =
      si < ctx_.doc.sentences.size() ? &ctx_.doc.sentences[si] : nullptr;
  toks_ptr_ = &SentenceTokensOf(ctx_, si, &own_toks_);
  const size_t n = toks().size();
  if (n == 0) return;
  Span sspan = sent ? sent->span : Span{0, ctx_.doc.text().size()};
  AlignMentions(toks(), persons_->In(sspan), &mention_at_, &mention_end_);
  in_mention_.assign(n, false);
  for (size_t t = 0; t < n; ++t) {
    for (size_t q = t; mention_at_[t] && q < mention_end_[t]; ++q) in_mention_[q] = true;
  }
  boundary_.assign(n, false);
  for (size_t k = 0; k < n; ++k) {
    const Token& t = toks()[k];
    if (!t.word) {
      boundary_[k] = t.punct == ';' || t.punct == ':' || t.punct == '.' ||
                     t.punct == '|' || t.punct == '!' || t.punct == '?';
      // "at 14:02": a clock time, not a clause break.
      if (t.punct == ':' && k > 0 && k + 1 < n && toks()[k - 1].span.end == t.span.begin &&
          toks()[k + 1].span.begin == t.span.end && !toks()[k - 1].lower.empty() &&
          !toks()[k + 1].lower.empty() &&
          std::isdigit(static_cast<unsigned char>(toks()[k - 1].lower.back())) &&
          std::isdigit(static_cast<unsigned char>(toks()[k + 1].lower.front()))) {
        boundary_[k] = false;
      }
      continue;
    }
    if (IsBoundaryWord(t.lower)) {
      // "shortly after midnight", "before noon": a time, not a clause.
      auto time = FirstTimeAt(t.span.begin);
      bool in_time = time != ctx_.times.end() && time->span.begin == t.span.begin;
      if (!in_time && time != ctx_.times.begin()) {
        auto prev = std::prev(time);
        in_time = prev->span.begin <= t.span.begin && prev->span.end >= t.span.end;
      }
      bool time_next = k + 1 < n &&
                       (toks()[k + 1].lower == "midnight" || toks()[k + 1].lower == "noon" ||
                        toks()[k + 1].lower == "dawn" || toks()[k + 1].lower == "dusk");
      boundary_[k] = !in_time && !time_next;
    }
    // ", to discuss ...": a purpose clause.
    if (t.lower == "to" && k > 0 && toks()[k - 1].punct == ',') boundary_[k] = true;
  }
  std::vector<Trigger> trig;
  FindTriggers(&trig);
  if (trig.empty()) return;
  for (Trigger& t : trig) {
    size_t cs = t.b;
    while (cs > 0 && !boundary_[cs - 1]) --cs;
    // "After Monday's summit in Berlin, X met Y": a fronted adverbial ends
    // at its comma and names another event.
    if (FrontedAdverbial(cs)) {
      for (size_t q = cs; q < t.b; ++q) {
        if (toks()[q].punct == ',') {
          cs = q + 1;
          break;
        }
      }
    }
    if (cs > 0) {
      const std::string& w = toks()[cs - 1].lower;
      if (w == "where" || (w == "which" && cs >= 2 &&
                           (toks()[cs - 2].lower == "at" || toks()[cs - 2].lower == "during"))) {
        t.where_clause = true;
        t.where_tok = cs - 1;
      }
      if (w == "who") {
        // "X, who met Y": X is the subject.
        size_t q = cs - 1;
        if (q > 0 && toks()[q - 1].punct == ',') --q;
        for (size_t p = q; p > 0 && q - p < 8; --p) {
          if (mention_at_[p - 1] && mention_end_[p - 1] == q) {
            cs = p - 1;
            break;
          }
        }
      }
    }
    size_t ce = t.e;
    while (ce < n && !boundary_[ce]) ++ce;
    // "..., Egyptian officials said": the attribution is not a party.
    if (ce < n && (toks()[ce].lower == "said" || toks()[ce].lower == "says")) {
      size_t q = ce;
      while (q > t.e && toks()[q - 1].punct != ',') --q;
      if (q > t.e) ce = q - 1;
    }
    t.cs = cs;
    t.ce = ce;
  }

  struct Pending {
    Claim claim;
    size_t b, e;      // token extent for the claim span
    size_t region_end;  // for nouns: where their region ends
    // The event noun's first token (SIZE_MAX: none) and its clause start.
    size_t tb = SIZE_MAX, cs = 0;
    bool noun = false;
    bool emitted = true;
  };
  std::vector<Pending> claims;
  std::vector<bool> used(n, false);
  std::vector<bool> absorbed(trig.size(), false);

  // Occurrence triggers a verb claim asks for besides its own (a signing).
  std::vector<Trigger> extra_occurrences;
  // Verb triggers first: they own their clause.
  for (size_t ti = 0; ti < trig.size(); ++ti) {
    const Trigger& t = trig[ti];
    if (t.def.role != TriggerRole::kVerb && t.def.role != TriggerRole::kHost &&
        t.def.role != TriggerRole::kJoint) {
      continue;
    }
    size_t obj_end = t.ce;
    for (size_t tj = ti + 1; tj < trig.size(); ++tj) {
      if (trig[tj].b >= t.ce) break;
      if (trig[tj].def.role == TriggerRole::kVerb || trig[tj].def.role == TriggerRole::kHost) {
        obj_end = std::min(obj_end, trig[tj].b);
        break;
      }
    }
    Claim c;
    c.event_kind = t.def.kind;
    c.confidence = 0.9;
    // Event nouns this verb's claim takes in: theirs only if it is emitted.
    std::vector<size_t> took;
    std::vector<bool> u(n, false);
    Collect(t.cs, t.b, &c, &u);
    size_t subject_parties = c.participants.size() + c.groups.size();
    const size_t subject_people = c.participants.size();
    // "Leaders of the bloc agreed on Thursday": leaders act jointly only
    // where they meet.
    bool subject_leaders = false;
    for (const Mention& g : c.groups) {
      std::string low = AsciiLower(g.text);
      subject_leaders = subject_leaders || low.find("leaders") != std::string::npos ||
                        low.find("heads of state") != std::string::npos ||
                        low.find("heads of government") != std::string::npos;
    }
    Collect(t.e, obj_end, &c, &u);
    size_t object_parties = c.participants.size() + c.groups.size() - subject_parties;
    // Event nouns in the clause: a subject noun names the event.
    for (size_t tj = 0; tj < trig.size(); ++tj) {
      if (tj == ti || trig[tj].def.role != TriggerRole::kNoun) continue;
      if (trig[tj].b >= t.cs && trig[tj].e <= t.b) {
        took.push_back(tj);
        size_t sb = ExpandSubject(trig[tj].b, t.cs);
        c.subject = MakeMention(sb, trig[tj].e, "");
        if (c.event_kind == EventKind::kMeeting) c.event_kind = trig[tj].def.kind;
        for (size_t q = sb; q < trig[tj].b; ++q) {
          PlaceMatch pm = MatchPlace(toks(), q, trig[tj].b, ctx_.lexicons);
          if (pm.kind == PlaceMatch::Kind::kCity || pm.kind == PlaceMatch::Kind::kVenue) {
            c.place = MakeMention(q, q + pm.tokens, pm.value);
            break;
          }
        }
      } else if (trig[tj].b >= t.e && trig[tj].e <= obj_end) {
        took.push_back(tj);
        // "met in Cairo for the first direct talks": the talks.
        if (c.event_kind == EventKind::kMeeting && trig[tj].b > 0 &&
            toks()[trig[tj].b - 1].lower != "at" && trig[tj].def.kind == EventKind::kTalks) {
          c.event_kind = trig[tj].def.kind;
        }
      }
    }
    size_t parties = c.participants.size() + c.groups.size();
    if (!c.place.present()) FindPlace(t.cs, t.ce, t.b, &c);
    FindDate(t.cs, t.ce, t.b, &c);
    bool ok;
    if (t.def.role == TriggerRole::kHost) {
      ok = object_parties > 0 && parties >= 1 &&
           (subject_parties > 0 || c.subject.present());
    } else if (t.def.role == TriggerRole::kJoint) {
      ok = (subject_people >= 2 && c.place.present()) ||
           (subject_leaders && (c.place.present() || c.date.present()));
      c.confidence = std::min(c.confidence, 0.6);
    } else {
      ok = parties >= 2 || (parties == 1 && (c.place.present() || c.date.present() ||
                                             c.subject.present()));
    }
    const TriggerDef* signing = table_.Class("signing");
    if (t.def.role == TriggerRole::kJoint && toks()[t.b].lower == "signed" && signing &&
        (c.place.present() || c.date.present())) {
      // "Portugal and Estovia signed an agreement in Lisbon on Wednesday":
      // besides any joint act, a signing placed and dated like any other.
      Trigger st = t;
      st.def = *signing;
      extra_occurrences.push_back(st);
    }
    if (!ok) continue;
    for (size_t tj : took) absorbed[tj] = true;
    if (t.def.role == TriggerRole::kJoint) {
      // "met in X on D and agreed to ...": the meeting verb reported it.
      bool reported = false;
      for (const Pending& q : claims) reported = reported || (q.b == t.cs && q.e == t.ce);
      if (reported) continue;
    }
    if (parties < 2) c.confidence = std::min(c.confidence, 0.6);
    Pending p;
    p.claim = std::move(c);
    p.b = t.cs;
    p.e = t.ce;
    p.region_end = t.ce;
    // "... summit in X on D, where A and B took part in talks with C": one
    // event, the summit.
    if (t.where_clause) {
      for (size_t tj = 0; tj < trig.size(); ++tj) {
        if (trig[tj].def.role != TriggerRole::kNoun || trig[tj].b >= t.where_tok) continue;
        if (trig[tj].ce != t.where_tok) continue;
        absorbed[tj] = true;
        Claim& m = p.claim;
        const Trigger& nt = trig[tj];
        m.event_kind = nt.def.kind;
        size_t sb = ExpandSubject(nt.b, nt.cs);
        m.subject = MakeMention(sb, nt.e, "");
        Claim tmp;
        tmp.confidence = 1;
        FindPlace(nt.b, nt.ce, nt.b, &tmp);
        if (tmp.place.present()) m.place = tmp.place;
        FindDate(nt.b, nt.ce, nt.b, &tmp);
        if (tmp.date.present()) {
          m.date = tmp.date;
          m.date_value = tmp.date_value;
        }
        p.b = sb;
        p.tb = nt.b;
        p.cs = nt.cs;
        break;
      }
    }
    claims.push_back(std::move(p));
  }

  // Event nouns not owned by a verb.
  for (size_t ti = 0; ti < trig.size(); ++ti) {
    const Trigger& t = trig[ti];
    if (t.def.role != TriggerRole::kNoun || absorbed[ti]) continue;
    size_t re = t.ce;
    for (size_t tj = ti + 1; tj < trig.size(); ++tj) {
      if (trig[tj].b >= t.e && trig[tj].def.role != TriggerRole::kAttend) {
        re = std::min(re, trig[tj].b);
        break;
      }
    }
    if (FrontedAdverbial(t.cs)) {
      for (size_t q = t.e; q < re; ++q) {
        if (toks()[q].punct == ',') {
          re = q;
          break;
        }
      }
    }
    Claim c;
    c.event_kind = t.def.kind;
    c.confidence = 0.9;
    size_t sb = ExpandSubject(t.b, t.cs);
    c.subject = MakeMention(sb, t.e, "");
    std::vector<bool> u(n, false);
    // "X's meeting with Y": the possessive person takes part.
    if (sb > 0 && mention_at_.size() > sb) {
      for (size_t p = sb; p > 0 && sb - p < 6; --p) {
        if (mention_at_[p - 1] && mention_end_[p - 1] == sb &&
            toks()[sb - 1].possessive) {
          AddParticipant(*mention_at_[p - 1], &c);
          u[p - 1] = true;
          break;
        }
      }
    }
    // "X attended a summit with Y": the attend verb's subject takes part.
    for (size_t tj = 0; tj < ti; ++tj) {
      if (trig[tj].def.role == TriggerRole::kAttend && trig[tj].cs == t.cs &&
          trig[tj].e <= t.b) {
        Collect(t.cs, trig[tj].b, &c, &u);
      }
    }
    Collect(t.e, re, &c, &u);
    // "the Paris meeting", "the Geneva summit", "the Lakeside Summit".
    for (size_t q = sb; q < t.b; ++q) {
      if (mention_at_[q]) continue;
      PlaceMatch pm = MatchPlace(toks(), q, t.b, ctx_.lexicons);
      if (pm.kind == PlaceMatch::Kind::kCity || pm.kind == PlaceMatch::Kind::kVenue) {
        c.place = MakeMention(q, q + pm.tokens, pm.value);
        break;
      }
    }
    if (!c.place.present() && t.b > sb) {
      // A capitalized venue name right before the noun ("<Venue> Summit").
      size_t q = t.b;
      while (q > sb && toks()[q - 1].cap && !mention_at_[q - 1] && t.b - q < 3) --q;
      std::string qual;
      // Only after a determiner: "the <Venue> Summit", never sentence-initial.
      bool named = q < t.b && q > 0 && toks()[q - 1].word &&
                   (toks()[q - 1].lower == "the" || toks()[q - 1].lower == "a");
      for (size_t k = q; k < t.b && named; ++k) {
        if (ctx_.lexicons.Get("name_stopwords").Contains(toks()[k].lower) ||
            MatchQualifier(toks(), k, t.b, ctx_.lexicons, &qual) > 0 ||
            ctx_.lexicons.Get("titles").Contains(toks()[k].lower)) {
          named = false;
        }
      }
      if (named) {
        c.place = MakeMention(q, t.b, "");
        c.confidence = std::min(c.confidence, 0.5);
      }
    }
    if (!c.place.present()) FindPlace(t.b, re, t.b, &c);
    // A participle clause continues the noun: "The meeting, held at X on D".
    FindDate(sb, re, t.b, &c);
    size_t parties = c.participants.size() + c.groups.size();
    if (parties == 0 && !c.place.present() && !c.date.present()) continue;
    if (parties < 2) c.confidence = std::min(c.confidence, parties == 1 ? 0.7 : 0.5);
    Pending p;
    p.claim = std::move(c);
    p.b = sb;
    p.e = re;
    p.tb = t.b;
    p.cs = t.cs;
    p.noun = true;
    claims.push_back(std::move(p));
  }
  // Occurrences: one claim per class and clause, with the clause's place
  // ("in", "at", "near", and "to" after a diversion) and date.
  std::set<std::pair<std::string, size_t>> occurred;  // (class, clause start)
  // A heading or a table caption labels what follows ("The derailment in
  // figures (authorities, Thursday)"); it does not report an occurrence.
  const bool label = sent && (sent->kind == BlockKind::kHeading ||
                              sent->kind == BlockKind::kTableHeader ||
                              sent->kind == BlockKind::kTableRow);
  std::vector<Trigger> occurring;
  for (const Trigger& t : trig) {
    if (t.def.role == TriggerRole::kOccur) occurring.push_back(t);
  }
  occurring.insert(occurring.end(), extra_occurrences.begin(), extra_occurrences.end());
  for (size_t ti = 0; ti < occurring.size() && !label; ++ti) {
    const Trigger& t = occurring[ti];
    if (!occurred.insert({t.def.occurrence, t.cs}).second) continue;
    Claim c;
    c.event_kind = EventKind::kOccurrence;
    c.occurrence = t.def.occurrence;
    c.occurs_once = t.def.once;
    c.held_by_people = t.def.held;
    c.confidence = 0.7;
    c.subject = MakeMention(t.b, t.e, t.def.occurrence);
    std::vector<bool> u(n, false);
    // The people of the clause ("Governor A, speaking at a news
    // conference"): they tell two occurrences of one class apart.
    for (size_t k = t.cs; k < t.ce; ++k) {
      if (!mention_at_[k]) continue;
      AddParticipant(*mention_at_[k], &c);
      k = mention_end_[k] - 1;
    }
    // "a section of track near Villach where a train derailed": the place
    // "where" refers to.
    if (t.cs >= 2 && toks()[t.cs - 1].lower == "where") {
      FindPlace(t.cs >= 9 ? t.cs - 9 : 0, t.cs - 1, t.cs - 1, &c, /*occurrence=*/true);
    }
    if (!c.place.present()) FindPlace(t.cs, t.ce, t.b, &c, /*occurrence=*/true);
    FindDate(t.cs, t.ce, t.b, &c);
    // A happening is dated by a day; "last week" or "this year" in its
    // clause dates something else or says too little.
    if (c.date_value && c.date_value->kind != TimeValue::Kind::kDay) {
      c.date = Mention{};
      c.date_value.reset();
    }
    if (!c.place.present() && !c.date.present()) continue;
    // What it happened to, when a name says so ("Hurricane Marisol made
    // landfall", "an Aurelia Airways jet landed"): the last capitalized run
    // before the trigger that is no person, place or time, kept as a group.
    {
      const Lexicon& stop = ctx_.lexicons.Get("name_stopwords");
      size_t q = t.b;
      while (q > t.cs) {
        size_t re = q;
        while (re > t.cs && !(toks()[re - 1].word && toks()[re - 1].cap)) --re;
        size_t rb = re;
        while (rb > t.cs && toks()[rb - 1].word && toks()[rb - 1].cap && !in_mention_[rb - 1]) --rb;
        if (rb == re) break;
        bool plain = false;
        for (size_t k = rb; k < re; ++k) plain = plain || !stop.Contains(std::string(toks()[k].text));
        bool place = MatchPlace(toks(), rb, re, ctx_.lexicons).kind != PlaceMatch::Kind::kNone ||
                     (rb > 0 && toks()[rb - 1].word &&
                      (toks()[rb - 1].lower == "from" || toks()[rb - 1].lower == "to" ||
                       toks()[rb - 1].lower == "in" || toks()[rb - 1].lower == "near"));
        auto time = FirstTimeAt(toks()[rb].span.begin);
        bool timed = time != ctx_.times.end() && time->span.begin < toks()[re - 1].span.end;
        if (plain && !place && !timed && !in_mention_[rb]) {
          c.groups.push_back(MakeMention(rb, re, ""));
          break;
        }
        q = rb;
      }
    }
    Pending p;
    p.claim = std::move(c);
    p.b = t.cs;
    p.e = t.ce;
    p.region_end = t.ce;
    claims.push_back(std::move(p));
  }
  // "The Lima meeting followed a two-day summit in the Peruvian capital on
  // March 3": one day cannot date a multi-day event, so the date hangs on
  // the verb, that is on the subject's event. The subject (an event noun at
  // the start of its clause, with no date of its own) takes it, at lower
  // confidence; the multi-day event is left undated.
  for (Pending& subj : claims) {
    if (!subj.noun || subj.claim.date.present() || !AtClauseStart(subj.cs, subj.tb)) continue;
    Pending* obj = nullptr;
    for (Pending& o : claims) {
      // The next event noun, a few words on, with no punctuation between.
      if (o.tb == SIZE_MAX || o.tb <= subj.tb || o.tb - subj.tb > 8) continue;
      bool plain = true;
      for (size_t k = subj.tb; k < o.tb && plain; ++k) plain = toks()[k].word;
      if (!plain) continue;
      if (!obj || o.tb < obj->tb) obj = &o;
    }
    if (!obj || !obj->claim.date.present() || !obj->claim.date_value ||
        obj->claim.date_value->kind != TimeValue::Kind::kDay ||
        !MultiDay(obj->b > 3 ? obj->b - 3 : 0, obj->tb)) {
      continue;
    }
    subj.claim.date = obj->claim.date;
    subj.claim.date_value = obj->claim.date_value;
    subj.claim.confidence = std::min(subj.claim.confidence, 0.6);
    obj->claim.date = Mention{};
    obj->claim.date_value.reset();
  }
  bool heading = sent && (sent->kind == BlockKind::kHeading ||
                          sent->kind == BlockKind::kTableHeader);
  for (Pending& p : claims) {
    if (heading) p.claim.confidence = std::min(p.claim.confidence, 0.5);
    Finish(si, &p.claim, p.b, p.e);
  }
}

// Key/value tables: "Date | ...", "Location | ...", "Participants | ...".
void MeetingExtractor::ScanTables() {
  const auto& sents = ctx_.doc.sentences;
  auto key_of = [&](const Sentence& s, std::string* key) {
    if (s.cells.size() != 2) return false;
    std::string k = AsciiLower(ctx_.doc.Slice(s.cells[0].span));
    while (!k.empty() && (k.back() == ' ' || k.back() == ':' || k.back() == '*')) k.pop_back();
    while (!k.empty() && (k.front() == ' ' || k.front() == '*')) k.erase(k.begin());
    static const std::set<std::string_view> kKeys = {
        "date", "when", "day", "time", "location", "where", "venue", "place",
        "city", "participants", "attendees", "who", "parties", "delegations",
        "present", "event", "type"};
    if (!kKeys.count(k)) return false;
    *key = k;
    return true;
  };
  size_t i = 0;
  while (i < sents.size()) {
    const Sentence& s = sents[i];
    std::string key;
    if ((s.kind != BlockKind::kTableRow && s.kind != BlockKind::kTableHeader) ||
        !key_of(s, &key)) {
      ++i;
      continue;
    }
    int block = s.block;
    Claim c;
    c.event_kind = EventKind::kMeeting;
    c.confidence = 0.6;
    size_t first = i;
    Span span = s.span;
    bool has_participants = false, has_where = false, has_when = false;
    for (; i < sents.size() && sents[i].block == block &&
           (sents[i].kind == BlockKind::kTableRow ||
            sents[i].kind == BlockKind::kTableHeader);
         ++i) {
      const Sentence& r = sents[i];
      if (!key_of(r, &key)) continue;
      span.end = std::max(span.end, r.span.end);
      Span cell = r.cells[1].span;
      if (key == "date" || key == "when" || key == "day" || key == "time") {
        for (auto it = FirstTimeAt(cell.begin);
             it != ctx_.times.end() && it->span.begin < cell.end; ++it) {
          const TimeExpr& t = *it;
          if (t.span.end <= cell.end) {
            c.date.span = t.span;
            c.date.text = t.text;
            c.date.value = t.value.ToString();
            c.date_value = t.value;
            has_when = true;
            break;
          }
        }
      } else if (key == "location" || key == "where" || key == "venue" ||
                 key == "place" || key == "city") {
        std::vector<Token> toks;
        Tokenize(ctx_.doc.Slice(cell), cell.begin, &toks);
        for (size_t k = 0; k < toks.size(); ++k) {
          PlaceMatch pm = MatchPlace(toks, k, toks.size(), ctx_.lexicons);
          if (pm.kind == PlaceMatch::Kind::kNone) continue;
          size_t pb = toks[k].lower == "the" ? k + 1 : k;
          Mention m;
          m.span = Span{toks[pb].span.begin, toks[k + pm.tokens - 1].span.end};
          m.text = std::string(ctx_.doc.Slice(m.span));
          m.value = pm.value;
          if (!c.place.present() || pm.kind != PlaceMatch::Kind::kRegion) {
            c.place = m;
          }
          if (pm.kind != PlaceMatch::Kind::kRegion) break;
        }
        has_where = c.place.present();
      } else if (key == "event" || key == "type") {
        std::string v = AsciiLower(ctx_.doc.Slice(cell));
        if (v.find("summit") != std::string::npos) c.event_kind = EventKind::kSummit;
        else if (v.find("talks") != std::string::npos) c.event_kind = EventKind::kTalks;
        else if (v.find("call") != std::string::npos) c.event_kind = EventKind::kCall;
      } else {
        has_participants = true;
        // Split on ';' (and ',' between persons).
        std::string_view text = ctx_.doc.Slice(cell);
        size_t pos = 0;
        while (pos <= text.size()) {
          size_t semi = text.find(';', pos);
          if (semi == std::string_view::npos) semi = text.size();
          Span part{cell.begin + pos, cell.begin + semi};
          std::vector<const PersonMention*> ms = persons_->In(part);
          if (!ms.empty()) {
            for (const PersonMention* m : ms) AddParticipant(*m, &c);
          } else {
            // Trim spaces; a non-person entry is a group.
            size_t b = part.begin, e = part.end;
            const std::string& t = ctx_.doc.text();
            while (b < e && t[b] == ' ') ++b;
            while (e > b && t[e - 1] == ' ') --e;
            if (e > b) {
              Mention g;
              g.span = Span{b, e};
              g.text = std::string(ctx_.doc.Slice(g.span));
              g.value = g.text;
              c.groups.push_back(std::move(g));
            }
          }
          pos = semi + 1;
        }
      }
    }
    if (has_participants && (has_where || has_when)) {
      c.type = ClaimType::kMeeting;
      c.sentence = first;
      c.span = sents[first].span;  // stance analysis reads the first row
      out_->push_back(std::move(c));
    }
    (void)span;
  }
}

void MeetingExtractor::ScanParticipantTables() {
  const auto& sents = ctx_.doc.sentences;
  static const std::pair<std::string_view, EventKind> kNouns[] = {
      {"meeting", EventKind::kMeeting}, {"meetings", EventKind::kMeeting},
      {"talks", EventKind::kTalks},     {"negotiations", EventKind::kTalks},
      {"summit", EventKind::kSummit},   {"call", EventKind::kCall}};
  size_t i = 0;
  while (i < sents.size()) {
    const Sentence& s = sents[i];
    if ((s.kind != BlockKind::kTableRow && s.kind != BlockKind::kTableHeader) || i == 0) {
      ++i;
      continue;
    }
    const int block = s.block;
    const size_t first = i;
    while (i < sents.size() && sents[i].block == block &&
           (sents[i].kind == BlockKind::kTableRow || sents[i].kind == BlockKind::kTableHeader)) {
      ++i;
    }
    // The caption: the short line right before the table.
    const size_t ci = first - 1;
    const Sentence& cap = sents[ci];
    if (cap.kind != BlockKind::kHeading && cap.kind != BlockKind::kParagraph) continue;
    std::vector<Token> toks = SentenceTokens(ctx_.doc, cap);
    if (toks.empty() || toks.size() > 16) continue;
    size_t noun = toks.size();
    EventKind kind = EventKind::kMeeting;
    for (size_t k = 0; k < toks.size() && noun == toks.size(); ++k) {
      for (const auto& [w, ek] : kNouns) {
        if (toks[k].lower == w) {
          noun = k;
          kind = ek;
          break;
        }
      }
    }
    if (noun == toks.size()) continue;
    Claim c;
    c.type = ClaimType::kMeeting;
    c.event_kind = kind;
    c.confidence = 0.6;
    c.refers_back = true;
    c.sentence = ci;
    c.span = cap.span;
    c.subject.span = Span{toks[0].span.begin, toks[noun].span.end};
    c.subject.text = std::string(ctx_.doc.Slice(c.subject.span));
    for (size_t k = 0; k < toks.size(); ++k) {
      PlaceMatch pm = MatchPlace(toks, k, toks.size(), ctx_.lexicons);
      if (pm.kind == PlaceMatch::Kind::kCity || pm.kind == PlaceMatch::Kind::kVenue) {
        c.place.span = Span{toks[k].span.begin, toks[k + pm.tokens - 1].span.end};
        c.place.text = std::string(ctx_.doc.Slice(c.place.span));
        c.place.value = pm.value;
        break;
      }
    }
    for (auto it = FirstTimeAt(cap.span.begin);
         it != ctx_.times.end() && it->span.begin < cap.span.end; ++it) {
      if (it->span.end <= cap.span.end && it->value.resolved()) {
        c.date.span = it->span;
        c.date.text = it->text;
        c.date.value = it->value.ToString();
        c.date_value = it->value;
        break;
      }
    }
    for (size_t r = first; r < i; ++r) {
      const Sentence& row = sents[r];
      if (row.kind != BlockKind::kTableRow) continue;
      int pc = PersonColumn(row);
      if (pc < 0 || static_cast<size_t>(pc) >= row.cells.size()) continue;
      std::vector<const PersonMention*> in_cell = persons_->In(row.cells[pc].span);
      if (!in_cell.empty()) AddParticipant(*in_cell.front(), &c);
    }
    if (c.participants.size() >= 2) out_->push_back(std::move(c));
  }
}

void MeetingExtractor::Run() {
  const size_t ns = ctx_.doc.sentences.size();
  if (ns == 0) {
    if (!ctx_.doc.text().empty()) ScanSentence(0);
    return;
  }
  for (size_t si = 0; si < ns; ++si) {
    const Sentence& s = ctx_.doc.sentences[si];
    if (s.kind == BlockKind::kTableRow && s.cells.size() == 2) continue;
    ScanSentence(si);
  }
  ScanTables();
  ScanParticipantTables();
}

}  // namespace

void ExtractMeetings(const ExtractContext& ctx, std::vector<Claim>* out) {
  MeetingExtractor extractor(ctx, out);
  extractor.Run();
}

}  // namespace claimcheck
