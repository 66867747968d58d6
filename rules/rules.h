// Factories of the built-in rule modules, one per kind of contradiction in
// DESIGN.md. Each is documented in docs/rules/<id>.md; the registry
// (registry.cc) lists them by id.
#ifndef CLAIMCHECK_RULES_RULES_H_
#define CLAIMCHECK_RULES_RULES_H_

#include <memory>

#include "rules/rule.h"

namespace claimcheck {

std::unique_ptr<Rule> NewRoleHolderRule();         // role_holder
std::unique_ptr<Rule> NewTitleRule();              // title
std::unique_ptr<Rule> NewEventDateRule();          // event_date
std::unique_ptr<Rule> NewEventLocationRule();      // event_location
std::unique_ptr<Rule> NewEventParticipantsRule();  // event_participants
std::unique_ptr<Rule> NewProgressRule();           // progress
std::unique_ptr<Rule> NewQuantityRule();           // quantity
std::unique_ptr<Rule> NewStatusRule();             // status

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_RULES_H_
