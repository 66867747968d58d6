// Claims: the typed statements extractors pull out of a document, each with
// the evidence it rests on. Rules compare claims; they never read text.
//
// Every Mention carries a range in the document's NORMALIZED text; reports
// map it to the original bytes with Document::ToOriginal().
#ifndef CLAIMCHECK_CORE_CLAIM_H_
#define CLAIMCHECK_CORE_CLAIM_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/document.h"

namespace claimcheck {

// A piece of text a claim rests on, and its normalized value.
struct Mention {
  Span span;          // in the normalized text
  std::string text;   // as written (normalized text of the span)
  std::string value;  // normalized: "Maria Ortega", "2025-03-06", "Lisbon", "90%"
  bool present() const { return !text.empty() || !value.empty(); }
};

enum class ClaimType { kRole, kMeeting, kProgress, kQuantity, kStatus };

// How the text itself presents a claim. Rules discount everything but
// kAsserted (DESIGN.md: "kept but flagged").
enum class Stance {
  kAsserted,      // stated as fact (possibly attributed)
  kHypothetical,  // could, may, might, if, would
  kDenied,        // "denied that", "false", "did not"
  kRetracted,     // "corrected", "retracted", "earlier reported ... wrongly"
};

// Modifiers of a title. kThen describes the past ("then-President"), kFormer
// the present ("former President": no longer holds it).
enum class TitleModifier {
  kNone, kFormer, kThen, kElect, kActing, kIncoming, kOutgoing, kInterim,
  kDesignate
};

// DESIGN.md's status scale, in order of progress (kRejected and kCollapsed
// are terminal failures and sit apart from the order).
enum class DealStatus {
  kUnknown, kProposed, kUnderNegotiation, kAgreedInPrinciple, kFinalized,
  kSigned, kRejected, kCollapsed
};

// kOccurrence: something that happened at a place and time, not a meeting
// (a landing, a landfall, a rate decision, a news conference); its class is
// Claim::occurrence.
enum class EventKind { kMeeting, kTalks, kSummit, kCall, kOccurrence };

struct Claim {
  std::string id;            // "c1", "c2", ... unique within a run
  ClaimType type = ClaimType::kRole;
  size_t doc = 0;            // index of the document in the run
  size_t sentence = 0;       // index into Document::sentences
  Span span;                 // normalized range of the whole claim
  double confidence = 1.0;   // the extractor's confidence, 0..1
  Stance stance = Stance::kAsserted;
  std::string attribution;   // "U.S. officials", "Axios"; empty when none
  std::string hedge;         // "about", "roughly", "nearly"; empty when none
  std::optional<TimeValue> when;  // the time the claim is about, if stated

  // kRole: `person` holds `office` (qualified by `qualifier`, e.g. the
  // country "United States", and `scope`, e.g. "Ukraine" in "envoy for
  // Ukraine"), with `modifier`.
  Mention person;            // value = full name ("Anna-Lena Brandt")
  Mention office;            // value = canonical office ("special envoy")
  std::string qualifier;     // canonical country/organization, or empty
  std::string scope;         // "Ukraine" for "special envoy for Ukraine"
  TitleModifier modifier = TitleModifier::kNone;
  // The text presents the office as one several people hold: a plural noun
  // ("the special envoys A and B"), or an indefinite one ("a U.S. envoy, A";
  // "one of the deputy ministers"). Rules do not read it as sole holder.
  bool shared_office = false;

  // kMeeting: who met whom, where, when, what kind.
  EventKind event_kind = EventKind::kMeeting;
  std::vector<Mention> participants;  // values = full names
  std::vector<Mention> groups;        // "European leaders", "Ukrainian officials"
  Mention place;                      // value = city ("Paris")
  Mention date;                       // value = TimeValue string
  std::optional<TimeValue> date_value;
  // kOccurrence: the class of what happened ("landing", "rate decision"),
  // from the trigger lexicon (core/data/meeting_verbs.txt, role "occur").
  std::string occurrence;
  // kOccurrence: a story has one of these (a derailment, a landfall), so a
  // mention that differs in one respect and is silent on the other still
  // tells of it; news conferences and rate decisions recur.
  bool occurs_once = false;
  // kOccurrence: held by the people named with it (a news conference): two
  // with different people are two.
  bool held_by_people = false;
  // A definite description of an event its own document tells of (a
  // participants table captioned "Key Participants in the Lima Meeting"):
  // it joins that event when it shares anyone with it.
  bool refers_back = false;

  // kProgress / kQuantity / kStatus: `value` about `subject`.
  Mention subject;           // "peace plan", "drones launched"
  Mention value;             // "90%", "153", "finalized"
  double number = 0;         // 90 for 90%, 153, 3e10 for "$30 billion"
  std::string unit;          // quantity: the counted noun ("drones"); "%"
  std::string modifier_word; // quantity: "over", "at least", "about", "up to"
  bool money = false;        // quantity: a sum of money ("$1.2 billion")
  DealStatus status = DealStatus::kUnknown;
};

const char* ClaimTypeName(ClaimType t);     // "role", "meeting", ...
const char* StanceName(Stance s);           // "asserted", "hypothetical", ...
const char* TitleModifierName(TitleModifier m);  // "", "former", "then", ...
const char* DealStatusName(DealStatus s);   // DESIGN.md words: "under negotiation"
const char* EventKindName(EventKind k);     // "meeting", "talks", "summit", "call"
// Progress order of a status: proposed 1 ... signed 5; rejected/collapsed 0.
int DealStatusRank(DealStatus s);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_CLAIM_H_
