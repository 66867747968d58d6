#include "rules/rule.h"

#include <cstdio>

namespace claimcheck {

bool Knowledge::IsShared(const std::string& office) const {
  if (shared_offices.count(office)) return true;
  for (size_t sp = office.find(' '); sp != std::string::npos; sp = office.find(' ', sp + 1)) {
    if (shared_offices.count(office.substr(0, sp) + " *")) return true;
  }
  return false;
}

using nlohmann::json;

Status ReadNumberOption(const json& options, const char* name, double lo, double hi,
                        double* value, std::set<std::string>* used) {
  used->insert(name);
  auto it = options.find(name);
  if (it == options.end()) return Status::OK();
  if (!it->is_number() || it->get<double>() < lo || it->get<double>() > hi) {
    char range[64];
    std::snprintf(range, sizeof range, "%g to %g", lo, hi);
    return Status::InvalidArgument(std::string("option \"") + name +
                                   "\" must be a number from " + range);
  }
  *value = it->get<double>();
  return Status::OK();
}

Status ReadBoolOption(const json& options, const char* name, bool* value,
                      std::set<std::string>* used) {
  used->insert(name);
  auto it = options.find(name);
  if (it == options.end()) return Status::OK();
  if (!it->is_boolean()) {
    return Status::InvalidArgument(std::string("option \"") + name + "\" must be true or false");
  }
  *value = it->get<bool>();
  return Status::OK();
}

Status Rule::Configure(const json& options) {
  if (options.is_null()) return Status::OK();
  if (!options.is_object()) {
    return Status::InvalidArgument("rule " + std::string(id()) + ": options must be an object");
  }
  std::set<std::string> used = {"severity"};
  if (auto it = options.find("severity"); it != options.end()) {
    if (!it->is_string() || !ParseSeverity(it->get<std::string>(), &severity_)) {
      return Status::InvalidArgument("rule " + std::string(id()) +
                                     ": severity must be low, medium or high");
    }
  }
  Status s = ReadNumberOption(options, "min_confidence", 0, 1, &min_confidence_, &used);
  if (s.ok()) s = ConfigureOwn(options, &used);
  if (!s.ok()) return Status::InvalidArgument("rule " + std::string(id()) + ": " + s.message());
  for (auto it = options.begin(); it != options.end(); ++it) {
    if (!used.count(it.key())) {
      // Quoted as JSON, so a key holding a newline stays on one line.
      return Status::InvalidArgument(
          "rule " + std::string(id()) + ": unknown option " +
          nlohmann::json(it.key()).dump(-1, ' ', false,
                                        nlohmann::json::error_handler_t::replace));
    }
  }
  return Status::OK();
}

json Rule::Options() const {
  json j = OwnOptions();
  j["severity"] = SeverityName(severity_);
  j["min_confidence"] = min_confidence_;
  return j;
}

void Rule::Emit(Finding f, std::vector<Finding>* out) const {
  if (f.confidence + 1e-9 < min_confidence_) return;
  out->push_back(std::move(f));
}

}  // namespace claimcheck
