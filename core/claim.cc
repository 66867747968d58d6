#include "core/claim.h"

namespace claimcheck {

const char* ClaimTypeName(ClaimType t) {
  switch (t) {
    case ClaimType::kRole: return "role";
    case ClaimType::kMeeting: return "meeting";
    case ClaimType::kProgress: return "progress";
    case ClaimType::kQuantity: return "quantity";
    case ClaimType::kStatus: return "status";
  }
  return "role";
}

const char* StanceName(Stance s) {
  switch (s) {
    case Stance::kAsserted: return "asserted";
    case Stance::kHypothetical: return "hypothetical";
    case Stance::kDenied: return "denied";
    case Stance::kRetracted: return "retracted";
  }
  return "asserted";
}

const char* TitleModifierName(TitleModifier m) {
  switch (m) {
    case TitleModifier::kNone: return "";
    case TitleModifier::kFormer: return "former";
    case TitleModifier::kThen: return "then";
    case TitleModifier::kElect: return "elect";
    case TitleModifier::kActing: return "acting";
    case TitleModifier::kIncoming: return "incoming";
    case TitleModifier::kOutgoing: return "outgoing";
    case TitleModifier::kInterim: return "interim";
    case TitleModifier::kDesignate: return "designate";
  }
  return "";
}

const char* DealStatusName(DealStatus s) {
  switch (s) {
    case DealStatus::kUnknown: return "unknown";
    case DealStatus::kProposed: return "proposed";
    case DealStatus::kUnderNegotiation: return "under negotiation";
    case DealStatus::kAgreedInPrinciple: return "agreed in principle";
    case DealStatus::kFinalized: return "finalized";
    case DealStatus::kSigned: return "signed";
    case DealStatus::kRejected: return "rejected";
    case DealStatus::kCollapsed: return "collapsed";
  }
  return "unknown";
}

const char* EventKindName(EventKind k) {
  switch (k) {
    case EventKind::kMeeting: return "meeting";
    case EventKind::kTalks: return "talks";
    case EventKind::kSummit: return "summit";
    case EventKind::kCall: return "call";
    case EventKind::kOccurrence: return "occurrence";
  }
  return "meeting";
}

int DealStatusRank(DealStatus s) {
  switch (s) {
    case DealStatus::kProposed: return 1;
    case DealStatus::kUnderNegotiation: return 2;
    case DealStatus::kAgreedInPrinciple: return 3;
    case DealStatus::kFinalized: return 4;
    case DealStatus::kSigned: return 5;
    default: return 0;
  }
}

}  // namespace claimcheck
