// Built-in rule data, generated at build time: "default" (rules/sets/
// default.json), "ruleset.schema" and "expected.schema" (rules/schema/).
// Internal: not part of the public API.
#ifndef CLAIMCHECK_RULES_RULES_DATA_H_
#define CLAIMCHECK_RULES_RULES_DATA_H_

#include <map>
#include <string>

namespace claimcheck {

const std::map<std::string, std::string>& BuiltinRuleFiles();

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_RULES_DATA_H_
