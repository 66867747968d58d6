#include "core/json_schema.h"

#include <utility>

namespace claimcheck {

using nlohmann::json;

namespace {

bool HasType(const json& v, const std::string& type) {
  if (type == "object") return v.is_object();
  if (type == "array") return v.is_array();
  if (type == "string") return v.is_string();
  if (type == "number") return v.is_number();
  if (type == "integer") return v.is_number_integer() || v.is_number_unsigned();
  if (type == "boolean") return v.is_boolean();
  if (type == "null") return v.is_null();
  return false;
}

std::string Where(const std::string& pointer) {
  return pointer.empty() ? "/" : pointer;
}

class Validator {
 public:
  Validator(const json& root, std::vector<std::string>* problems)
      : root_(root), problems_(problems) {}

  bool Check(const json& schema, const json& v, const std::string& at, int depth) {
    if (depth > 64) return Fail(at, "schema nesting too deep");
    if (schema.is_boolean()) {
      return schema.get<bool>() ? true : Fail(at, "is not allowed");
    }
    if (!schema.is_object()) return true;
    if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
      const std::string& r = ref->get_ref<const std::string&>();
      const std::string prefix = "#/$defs/";
      if (r.rfind(prefix, 0) == 0 && root_.contains("$defs") &&
          root_["$defs"].contains(r.substr(prefix.size()))) {
        return Check(root_["$defs"][r.substr(prefix.size())], v, at, depth + 1);
      }
      return Fail(at, "unknown schema reference " + r);
    }
    bool ok = true;
    if (auto t = schema.find("type"); t != schema.end()) {
      bool any = false;
      std::string names;
      if (t->is_string()) {
        any = HasType(v, t->get<std::string>());
        names = t->get<std::string>();
      } else if (t->is_array()) {
        for (const json& one : *t) {
          if (one.is_string() && HasType(v, one.get<std::string>())) any = true;
          names += (names.empty() ? "" : " or ") + one.get<std::string>();
        }
      }
      if (!any) return Fail(at, "must be of type " + names);
    }
    if (auto e = schema.find("enum"); e != schema.end() && e->is_array()) {
      bool found = false;
      std::string names;
      for (const json& one : *e) {
        if (one == v) found = true;
        names += (names.empty() ? "" : ", ") + (one.is_string() ? one.get<std::string>() : one.dump());
      }
      if (!found) ok = Fail(at, "must be one of " + names);
    }
    if (auto c = schema.find("const"); c != schema.end() && *c != v) {
      ok = Fail(at, "must be " + c->dump());
    }
    if (v.is_number()) {
      double d = v.get<double>();
      if (auto m = schema.find("minimum"); m != schema.end() && m->is_number() &&
                                            d < m->get<double>()) {
        ok = Fail(at, "must be at least " + m->dump());
      }
      if (auto m = schema.find("maximum"); m != schema.end() && m->is_number() &&
                                            d > m->get<double>()) {
        ok = Fail(at, "must be at most " + m->dump());
      }
    }
    if (v.is_string()) {
      if (auto m = schema.find("minLength"); m != schema.end() && m->is_number() &&
                                              v.get_ref<const std::string&>().size() <
                                                  m->get<size_t>()) {
        ok = Fail(at, "must not be empty");
      }
    }
    if (v.is_array()) {
      if (auto m = schema.find("minItems"); m != schema.end() && m->is_number() &&
                                             v.size() < m->get<size_t>()) {
        ok = Fail(at, "must have at least " + m->dump() + " items");
      }
      if (auto items = schema.find("items"); items != schema.end()) {
        for (size_t i = 0; i < v.size(); ++i) {
          ok = Check(*items, v[i], at + "/" + std::to_string(i), depth + 1) && ok;
        }
      }
    }
    if (v.is_object()) {
      const json* props = schema.contains("properties") ? &schema["properties"] : nullptr;
      if (auto req = schema.find("required"); req != schema.end() && req->is_array()) {
        for (const json& name : *req) {
          if (name.is_string() && !v.contains(name.get<std::string>())) {
            ok = Fail(at, "missing required field \"" + name.get<std::string>() + "\"");
          }
        }
      }
      auto extra = schema.find("additionalProperties");
      for (auto it = v.begin(); it != v.end(); ++it) {
        std::string child = at + "/" + it.key();
        if (props && props->contains(it.key())) {
          ok = Check((*props)[it.key()], it.value(), child, depth + 1) && ok;
        } else if (extra != schema.end()) {
          if (extra->is_boolean() && !extra->get<bool>()) {
            ok = Fail(at, "unknown field \"" + it.key() + "\"");
          } else if (extra->is_object()) {
            ok = Check(*extra, it.value(), child, depth + 1) && ok;
          }
        }
      }
    }
    for (const char* key : {"oneOf", "anyOf"}) {
      auto alts = schema.find(key);
      if (alts == schema.end() || !alts->is_array()) continue;
      int matched = 0;
      for (const json& alt : *alts) {
        std::vector<std::string> ignored;
        Validator sub(root_, &ignored);
        if (sub.Check(alt, v, at, depth + 1)) ++matched;
      }
      if (matched == 0) ok = Fail(at, "matches none of the allowed forms");
    }
    return ok;
  }

 private:
  // Keys come from the file: control characters are escaped so that every
  // problem stays one line.
  bool Fail(const std::string& at, const std::string& message) {
    std::string line;
    for (char c : Where(at) + ": " + message) {
      const unsigned char u = static_cast<unsigned char>(c);
      if (c == '\n') {
        line += "\\n";
      } else if (c == '\t') {
        line += "\\t";
      } else if (u < 0x20 || u == 0x7f) {
        static const char kHex[] = "0123456789abcdef";
        line += "\\x";
        line += kHex[u >> 4];
        line += kHex[u & 15];
      } else {
        line += c;
      }
    }
    problems_->push_back(std::move(line));
    return false;
  }
  const json& root_;
  std::vector<std::string>* problems_;
};

}  // namespace

bool ValidateJson(const json& schema, const json& instance,
                  std::vector<std::string>* problems) {
  std::vector<std::string> local;
  Validator v(schema, problems ? problems : &local);
  return v.Check(schema, instance, "", 0);
}

}  // namespace claimcheck
