// STUB: replaced by the real person finder.
#include "core/people.h"

namespace claimcheck {

const PersonMention* PersonIndex::At(size_t begin) const {
  for (const PersonMention& m : mentions) {
    if (m.span.begin == begin) return &m;
  }
  return nullptr;
}

std::vector<const PersonMention*> PersonIndex::In(Span span) const {
  std::vector<const PersonMention*> out;
  for (const PersonMention& m : mentions) {
    if (m.span.begin >= span.begin && m.span.end <= span.end) out.push_back(&m);
  }
  return out;
}

PersonIndex FindPersons(const Document&, const Lexicons&) { return {}; }
std::string PersonKey(std::string_view full_name) { return AsciiLower(full_name); }
std::string SurnameKey(std::string_view full_name) {
  size_t sp = full_name.rfind(' ');
  return AsciiLower(sp == std::string_view::npos ? full_name : full_name.substr(sp + 1));
}

}  // namespace claimcheck
