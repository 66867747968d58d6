// People: finding person names in news text and resolving later mentions.
//
//   PersonIndex people = FindPersons(doc, lexicons);
//   for (const PersonMention& m : people.mentions) ...  // text order
//   const PersonMention* p = people.At(span_begin);     // mention starting here
//
// A PersonMention is one occurrence of a name ("Maria Ortega", "Ortega",
// "Kovalenko", "Katherine R. Stark", "Abdullah bin Zayed Al Nahyan"), with
// titles, places and organizations not taken for names. Within a document,
// a surname-only or shortened mention is resolved to the full name introduced
// earlier (or later) in the same document; two people sharing a surname stay
// two (the surname alone is then ambiguous and stays unresolved).
//
// PersonKey() folds spelling variants so that the same person written two ways
// across documents gets one key (Kovalenko / Kovalenkko-style transliterations, -y / -yy / -iy endings).
#ifndef CLAIMCHECK_CORE_PEOPLE_H_
#define CLAIMCHECK_CORE_PEOPLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/lexicon.h"

namespace claimcheck {

struct PersonMention {
  Span span;              // in the normalized text: the name only, no title
  std::string text;       // as written
  std::string full_name;  // best full name known in the document
  size_t sentence = 0;    // index into Document::sentences
  bool surname_only = false;  // written as a single name token
};

struct PersonIndex {
  std::vector<PersonMention> mentions;  // text order
  // The mention that starts at `begin` (normalized offset), or null.
  const PersonMention* At(size_t begin) const;
  // Mentions inside [span.begin, span.end).
  std::vector<const PersonMention*> In(Span span) const;
};

// ---------------------------------------------------------------------------
// Tokens: the unit the person, role and meeting finders scan. A word token
// keeps initials and abbreviations with their period ("R.", "J.D.", "U.S.",
// "Gen.", "Jr."), hyphenated words whole ("Brandt-Weber", "then-candidate"),
// and drops a possessive "'s" from its span (possessive = true). Every other
// character that is not a space is a punctuation token of its own.
struct Token {
  Span span;               // in the normalized text
  std::string_view text;   // the bytes of the span
  std::string lower;       // ASCII-lowercased; U+2010/U+2011 -> '-', U+2019 -> '\''
  bool word = false;       // false: punctuation
  bool cap = false;        // starts with an uppercase letter
  bool possessive = false; // followed by 's / '
  bool initial = false;    // a letter (or letters) with periods: "R.", "J.D."
  char punct = 0;          // punctuation: ASCII char; dashes '-', quotes '"'
};

// Appends the tokens of `text`; spans are offset by `base`.
void Tokenize(std::string_view text, size_t base, std::vector<Token>* out);

// The tokens of one sentence of `doc`. Table rows with cells are tokenized
// cell by cell, with a '|' punctuation token between cells.
std::vector<Token> SentenceTokens(const Document& doc, const Sentence& s);

// The tokens of sentence `si` of `doc`, or of its whole text when `si` is
// past its sentences (a document that was never segmented).
std::vector<Token> SentenceOrTextTokens(const Document& doc, size_t si);

// Where each of `mentions` (in text order) starts in `toks`: at[k] is the
// mention starting at token k and end[k] the token just past it (null and 0
// elsewhere). A mention that does not start on a token boundary is left out.
void AlignMentions(const std::vector<Token>& toks,
                   const std::vector<const PersonMention*>& mentions,
                   std::vector<const PersonMention*>* at, std::vector<size_t>* end);

// Table columns: the index of the header cell naming people ("Participant",
// "Name", "Person", "Official", "Who") or their office ("Role", "Title",
// "Position", "Office"), or -1.
int PersonColumn(const Sentence& s);
int RoleColumn(const Sentence& s);

// True for name particles that may stand lowercase inside a name ("von",
// "der", "de", "bin", "al", "van", "da", ...).
bool IsNameParticle(std::string_view lower);

// `sentence_tokens`, when given, holds SentenceTokens() of every sentence of
// `doc` (computed once and shared by several finders).
PersonIndex FindPersons(const Document& doc, const Lexicons& lexicons,
                        const std::vector<std::vector<Token>>* sentence_tokens = nullptr);

// A cross-document matching key for a person's name: lowercase ASCII, accents
// removed, transliteration variants folded (y/iy/yy endings, kh/h, ...);
// "Oleksandr Kovalskyy" and "Oleksandr Kovalsky" share a key.
std::string PersonKey(std::string_view full_name);

// Lowercased with Latin accents folded ("Vantić" -> "vantic"), dashes and
// apostrophes unified: for comparing values a person typed with values the
// tool wrote.
std::string FoldedLower(std::string_view s);

// The key of the surname (last name token) only.
std::string SurnameKey(std::string_view full_name);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_PEOPLE_H_
