// Places, countries and organizations over tokens: the lexicon look-ups the
// role and meeting extractors share (internal to core/).
//
//   std::string country;
//   size_t n = MatchQualifier(tokens, i, end, lexicons, &country);
//   // "U.S." / "American" / "Washington" -> "United States", n tokens used
//   PlaceMatch p = MatchPlace(tokens, i, end, lexicons);
//   // "Paris" -> city Paris; "White House" -> venue, city Washington
//
// Lexicons used (core/data): demonyms, countries, capitals, cities, venues,
// organizations. Only capitalized tokens match (so the pronoun "us" is never
// the United States).
#ifndef CLAIMCHECK_CORE_PLACES_H_
#define CLAIMCHECK_CORE_PLACES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/lexicon.h"
#include "core/people.h"

namespace claimcheck {

// At most this many tokens in one lexicon entry.
inline constexpr size_t kMaxEntryTokens = 5;

// The lowercased tokens [i, i + n) joined by single spaces.
std::string JoinLower(const std::vector<Token>& tokens, size_t i, size_t n);

// Longest entry of `lexicon` starting at token i (at most kMaxEntryTokens,
// not past `end`, first token capitalized unless `any_case`). Returns the
// number of tokens, 0 when none; `value` gets the entry's value. A possessive
// may only stand on the last token.
size_t MatchEntry(const std::vector<Token>& tokens, size_t i, size_t end,
                  const Lexicon& lexicon, bool any_case, std::string* value);

// A country or organization named at token i by a demonym ("French"), a
// country or alias ("Russia", "UK"), a capital used for its government
// ("Washington", "Moscow", via the demonyms file) or an organization ("NATO",
// "Kremlin" -> Russia). `canonical` gets the canonical name.
size_t MatchQualifier(const std::vector<Token>& tokens, size_t i, size_t end,
                      const Lexicons& lex, std::string* canonical);

struct PlaceMatch {
  enum class Kind { kNone, kCity, kVenue, kRegion, kCapitalPhrase, kNamedVenue };
  Kind kind = Kind::kNone;
  size_t tokens = 0;     // tokens consumed from i
  std::string value;     // the city ("Paris"), or the region/venue as written
  double confidence = 0;
};

// A place at token i: a known venue ("the White House" -> Washington), a city
// ("Paris", "New York"), "the French capital" (-> Paris), or a country or
// region ("Florida": value as written, lower confidence). `i` may point at
// "the".
PlaceMatch MatchPlace(const std::vector<Token>& tokens, size_t i, size_t end,
                      const Lexicons& lex);

// The capital of a canonical country ("France" -> "Paris"), or empty.
std::string CapitalOf(const std::string& country, const Lexicons& lex);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_PLACES_H_
