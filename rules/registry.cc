// The one list of rules, by id (clang-tidy's factory map).
#include <functional>
#include <utility>

#include "rules/rules.h"

namespace claimcheck {

namespace {

using Factory = std::unique_ptr<Rule> (*)();

const std::vector<std::pair<std::string, Factory>>& Factories() {
  static const auto* factories = new std::vector<std::pair<std::string, Factory>>{
      {"role-holder", NewRoleHolderRule},
      {"title", NewTitleRule},
      {"event-date", NewEventDateRule},
      {"event-location", NewEventLocationRule},
      {"event-participants", NewEventParticipantsRule},
      {"progress", NewProgressRule},
      {"quantity", NewQuantityRule},
      {"status", NewStatusRule},
  };
  return *factories;
}

}  // namespace

const std::vector<std::string>& RuleIds() {
  static const auto* ids = [] {
    auto* v = new std::vector<std::string>;
    for (const auto& [id, factory] : Factories()) v->push_back(id);
    return v;
  }();
  return *ids;
}

std::unique_ptr<Rule> CreateRule(std::string_view id) {
  for (const auto& [name, factory] : Factories()) {
    if (name == id) return factory();
  }
  return nullptr;
}

}  // namespace claimcheck
