#include "core/json_schema.h"

#include <gtest/gtest.h>

namespace claimcheck {
namespace {

using nlohmann::json;

TEST(JsonSchemaTest, ReportsEveryProblemWithItsPointer) {
  json schema = json::parse(R"({
    "type": "object", "required": ["name"], "additionalProperties": false,
    "properties": {
      "name": {"type": "string", "minLength": 1},
      "level": {"enum": ["low", "high"]},
      "n": {"type": "integer", "minimum": 0, "maximum": 10},
      "items": {"type": "array", "items": {"$ref": "#/$defs/item"}}
    },
    "$defs": {"item": {"type": "object", "required": ["id"]}}
  })");
  struct Case { const char* instance; std::vector<std::string> problems; } cases[] = {
      {R"({"name": "x"})", {}},
      {R"({})", {"/: missing required field \"name\""}},
      {R"({"name": ""})", {"/name: must not be empty"}},
      {R"({"name": "x", "level": "mid"})", {"/level: must be one of low, high"}},
      {R"({"name": "x", "n": 11})", {"/n: must be at most 10"}},
      {R"({"name": "x", "n": 1.5})", {"/n: must be of type integer"}},
      {R"({"name": "x", "items": [{"id": 1}, {}]})", {"/items/1: missing required field \"id\""}},
      {R"({"name": "x", "zzz": 1})", {"/: unknown field \"zzz\""}},
      {R"([])", {"/: must be of type object"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> problems;
    bool ok = ValidateJson(schema, json::parse(c.instance), &problems);
    EXPECT_EQ(ok, c.problems.empty()) << c.instance;
    EXPECT_EQ(problems, c.problems) << c.instance;
  }
}

}  // namespace
}  // namespace claimcheck
