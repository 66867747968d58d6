#include "core/places.h"

#include <algorithm>

namespace claimcheck {

std::string JoinLower(const std::vector<Token>& tokens, size_t i, size_t n) {
  std::string out;
  for (size_t k = i; k < i + n && k < tokens.size(); ++k) {
    if (k > i) out.push_back(' ');
    out += tokens[k].lower;
  }
  return out;
}

size_t MatchEntry(const std::vector<Token>& tokens, size_t i, size_t end,
                  const Lexicon& lexicon, bool any_case, std::string* value) {
  if (i >= end || i >= tokens.size() || !tokens[i].word) return 0;
  if (!any_case && !tokens[i].cap) return 0;
  if (lexicon.size() == 0) return 0;
  size_t best = 0;
  std::string key;
  end = std::min(end, tokens.size());
  for (size_t n = 1; n <= kMaxEntryTokens && i + n <= end; ++n) {
    const Token& t = tokens[i + n - 1];
    if (!t.word) break;
    if (n > 1) key.push_back(' ');
    key += t.lower;  // word tokens are lowercase already (LowerFold)
    if (const std::string* v = lexicon.FindLower(key)) {
      best = n;
      if (value) *value = *v;
    }
    if (t.possessive) break;  // "the United States' plan": stop here
    if (!lexicon.HasLongerKey(key)) break;  // no longer entry starts so
  }
  return best;
}

size_t MatchQualifier(const std::vector<Token>& tokens, size_t i, size_t end,
                      const Lexicons& lex, std::string* canonical) {
  // What MatchEntry (not any_case) needs of the first token, checked before
  // looking the lexicons up.
  if (i >= end || i >= tokens.size() || !tokens[i].word || !tokens[i].cap) return 0;
  size_t best = 0;
  std::string v;
  for (const char* name : {"demonyms", "countries", "organizations"}) {
    std::string value;
    size_t n = MatchEntry(tokens, i, end, lex.Get(name), false, &value);
    if (n > best) {
      best = n;
      v = value;
    }
  }
  if (best > 0 && canonical) *canonical = v;
  return best;
}

std::string CapitalOf(const std::string& country, const Lexicons& lex) {
  return lex.Get("capitals").Lookup(country).value_or("");
}

PlaceMatch MatchPlace(const std::vector<Token>& tokens, size_t i, size_t end,
                      const Lexicons& lex) {
  PlaceMatch m;
  end = std::min(end, tokens.size());
  if (i >= end) return m;
  size_t start = i;
  bool the = tokens[i].lower == "the";
  if (the) ++i;
  // An entry of `lexicon` at i: the match, of `kind`.
  auto entry = [&](const char* lexicon, PlaceMatch::Kind kind, double confidence) {
    std::string value;
    size_t n = MatchEntry(tokens, i, end, lex.Get(lexicon), false, &value);
    if (n == 0) return false;
    m.kind = kind;
    m.tokens = i + n - start;
    m.value = std::move(value);
    m.confidence = confidence;
    return true;
  };
  // A known venue, with or without "the".
  if (entry("venues", PlaceMatch::Kind::kVenue, 0.8)) return m;
  // "the French capital", "the Russian capital".
  if (the && i + 1 < end && tokens[i + 1].lower == "capital") {
    std::string country;
    size_t q = MatchEntry(tokens, i, end, lex.Get("demonyms"), false, &country);
    if (q == 1) {
      std::string capital = CapitalOf(country, lex);
      if (!capital.empty()) {
        m.kind = PlaceMatch::Kind::kCapitalPhrase;
        m.tokens = i + 2 - start;
        m.value = capital;
        m.confidence = 0.8;
        return m;
      }
    }
  }
  if (entry("cities", PlaceMatch::Kind::kCity, 0.9)) return m;
  entry("countries", PlaceMatch::Kind::kRegion, 0.5);
  return m;
}

}  // namespace claimcheck
