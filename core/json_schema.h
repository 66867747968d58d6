// A validator for the subset of JSON Schema (draft 2020-12 keywords) that
// claimcheck's own schemas use: type, properties, required,
// additionalProperties (bool or schema), items, enum, const, minimum,
// maximum, minItems, minLength, $ref to "#/$defs/NAME", oneOf/anyOf.
//
//   std::vector<std::string> problems;
//   if (!ValidateJson(schema, instance, &problems)) ...
//   // problems: "/rules/0/options/severity: must be one of low, medium, high"
#ifndef CLAIMCHECK_CORE_JSON_SCHEMA_H_
#define CLAIMCHECK_CORE_JSON_SCHEMA_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimcheck {

// True when `instance` satisfies `schema`; otherwise appends one message per
// problem, each starting with the JSON pointer of the offending value.
bool ValidateJson(const nlohmann::json& schema, const nlohmann::json& instance,
                  std::vector<std::string>* problems);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_JSON_SCHEMA_H_
