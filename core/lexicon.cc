#include "core/lexicon.h"

#include <re2/re2.h>

#include <algorithm>

#include "core/lexicon_data.h"

namespace claimcheck {

std::string PhraseAlternation(std::vector<std::string> phrases) {
  std::sort(phrases.begin(), phrases.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  std::string alt;
  for (const std::string& p : phrases) {
    std::string q;
    size_t i = 0;
    while (i < p.size()) {
      size_t j = p.find(' ', i);
      if (j == std::string::npos) j = p.size();
      if (j > i) {
        if (!q.empty()) q += "\\s+";
        q += RE2::QuoteMeta(p.substr(i, j - i));
      }
      i = j + 1;
    }
    if (q.empty()) continue;
    if (!alt.empty()) alt += '|';
    alt += q;
  }
  return alt;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

void Lexicon::Add(const std::string& key, const std::string& value) {
  std::string lower = AsciiLower(key);
  auto it = index_.find(lower);
  if (it != index_.end()) {
    entries_[it->second].second = value;
    return;
  }
  for (size_t p = lower.find(' '); p != std::string::npos; p = lower.find(' ', p + 1)) {
    prefixes_[lower.substr(0, p)]++;
  }
  index_.emplace(std::move(lower), entries_.size());
  entries_.emplace_back(key, value);
}

Status Lexicon::Parse(std::string_view content, const std::string& origin) {
  int line_no = 0;
  while (!content.empty()) {
    size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content.remove_prefix(nl == std::string_view::npos ? content.size() : nl + 1);
    ++line_no;
    line = Trim(line);
    if (line.empty() || line.front() == '#') continue;
    size_t eq = line.find(" = ");
    if (eq == std::string_view::npos) {
      Add(std::string(line), std::string(line));
      continue;
    }
    std::string_view key = Trim(line.substr(0, eq));
    std::string_view value = Trim(line.substr(eq + 3));
    if (key.empty() || value.empty()) {
      return Status::InvalidArgument(origin + ":" + std::to_string(line_no) +
                                     ": expected 'key = value'");
    }
    Add(std::string(key), std::string(value));
  }
  return Status::OK();
}

namespace {

// Calls f(lowercase view of `key`) without allocating for short keys.
template <typename F>
auto WithLower(std::string_view key, F f) {
  char buf[128];
  if (key.size() <= sizeof buf) {
    for (size_t i = 0; i < key.size(); ++i) {
      char c = key[i];
      buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return f(std::string_view(buf, key.size()));
  }
  std::string lower = AsciiLower(key);
  return f(std::string_view(lower));
}

}  // namespace

const std::string* Lexicon::FindLower(std::string_view lower_key) const {
  auto it = index_.find(lower_key);
  return it == index_.end() ? nullptr : &entries_[it->second].second;
}

bool Lexicon::HasLongerKey(std::string_view lower_key) const {
  return prefixes_.find(lower_key) != prefixes_.end();
}

bool Lexicon::Contains(std::string_view key) const {
  return WithLower(key, [&](std::string_view lower) { return FindLower(lower) != nullptr; });
}

std::optional<std::string> Lexicon::Lookup(std::string_view key) const {
  const std::string* v = WithLower(key, [&](std::string_view lower) { return FindLower(lower); });
  if (!v) return std::nullopt;
  return *v;
}

const Lexicons& Lexicons::Default() {
  static const Lexicons* lexicons = [] {
    auto* l = new Lexicons;
    // The built-in data is checked by lexicon_test; a parse error here would
    // be a build defect, and the entries before it are still loaded.
    (void)l->Load(BuiltinLexiconFiles());
    return l;
  }();
  return *lexicons;
}

Lexicons& Lexicons::operator=(const Lexicons& other) {
  if (this == &other) return *this;
  lexicons_ = other.lexicons_;
  RebuildIndex();
  std::lock_guard<std::mutex> lock(derived_mu_);
  derived_.clear();
  return *this;
}

Lexicon* Lexicons::Mutable(const std::string& name) {
  std::lock_guard<std::mutex> lock(derived_mu_);
  derived_.clear();
  Lexicon* lex = &lexicons_[name];
  RebuildIndex();
  return lex;
}

void Lexicons::RebuildIndex() {
  index_.clear();
  for (const auto& [name, lex] : lexicons_) index_.emplace(std::string_view(name), &lex);
}

const Lexicon& Lexicons::Get(std::string_view name) const {
  static const Lexicon kEmpty;
  auto it = index_.find(name);
  return it == index_.end() ? kEmpty : *it->second;
}

std::vector<std::string> Lexicons::Names() const {
  std::vector<std::string> names;
  for (const auto& [name, lex] : lexicons_) names.push_back(name);
  return names;
}

Status Lexicons::Load(const std::map<std::string, std::string>& files) {
  {
    std::lock_guard<std::mutex> lock(derived_mu_);
    derived_.clear();
  }
  Status first;
  for (const auto& [name, content] : files) {
    Status s = lexicons_[name].Parse(content, "core/data/" + name + ".txt");
    if (!s.ok() && first.ok()) first = s;
  }
  RebuildIndex();
  return first;
}

}  // namespace claimcheck
