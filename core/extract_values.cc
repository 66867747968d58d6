// Value extractors: progress (percent complete of a plan or deal), quantities
// (counts of things, money) and deal statuses. See docs/extraction-values.md
// for the patterns, the subject keys and the confidence scheme.
//
// Every extractor works sentence by sentence: a cheap RE2 prefilter decides
// whether the sentence can hold a claim at all, then the sentence is cut into
// tokens once and every decision looks at a bounded window of tokens around a
// candidate, so the work stays linear in the size of the text whatever the
// input ("a million digits", one endless sentence).
//
// The word lists come from core/data: number_words, count_units, hedges,
// progress_words, status_phrases (see the headers of those files).
#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/extract.h"

namespace claimcheck {
namespace {

// ---------------------------------------------------------------------------
// Tokens

enum class TokKind { kWord, kNumber, kPunct };

struct Tok {
  size_t b = 0;  // absolute offsets in the document's normalized text
  size_t e = 0;
  TokKind kind = TokKind::kPunct;
  bool cap = false;  // word starting with an ASCII capital
  std::string low;   // lowercased text (words); raw text (numbers, punct)
};

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}
bool IsAsciiAlpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of a UTF-8 punctuation/space sequence starting at s[i], or 0 when
// s[i] does not start one. General punctuation (U+2000..U+206F: dashes,
// quotes, ellipsis, exotic spaces), currency signs (U+20A0..U+20CF), Latin-1
// punctuation (no-break space, guillemets, pound sign, ...).
size_t Utf8PunctLen(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == 0xE2 && i + 2 < s.size()) {
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if (c1 == 0x80 || c1 == 0x81 || c1 == 0x82) return 3;
  }
  if (c == 0xC2 && i + 1 < s.size()) {
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if (c1 >= 0xA0 && c1 <= 0xBF) return 2;
  }
  return 0;
}

bool IsUtf8Apostrophe(std::string_view s, size_t i) {
  return i + 2 < s.size() && s.compare(i, 3, "\xE2\x80\x99") == 0;
}

bool IsWordStart(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (IsAsciiAlpha(c)) return true;
  return c >= 0x80 && Utf8PunctLen(s, i) == 0;
}

bool IsAlnumAt(std::string_view s, size_t i) {
  return i < s.size() && (IsWordStart(s, i) || IsDigit(s[i]));
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Cuts text[span) into words, numbers and punctuation.
std::vector<Tok> Tokenize(std::string_view text, Span span) {
  std::vector<Tok> toks;
  size_t i = span.begin;
  const size_t end = std::min(span.end, text.size());
  std::string_view s = text.substr(0, end);
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < end &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {  // no-break space
      i += 2;
      continue;
    }
    Tok t;
    t.b = i;
    if (IsDigit(c)) {
      size_t j = i + 1;
      while (j < end && (IsDigit(s[j]) || ((s[j] == ',' || s[j] == '.') &&
                                           j + 1 < end && IsDigit(s[j + 1])))) {
        ++j;
      }
      t.e = j;
      t.kind = TokKind::kNumber;
      t.low.assign(s.substr(i, j - i));
    } else if (IsWordStart(s, i)) {
      size_t j = i;
      bool has_dot = false;
      while (j < end) {
        unsigned char d = static_cast<unsigned char>(s[j]);
        if (IsAsciiAlpha(d) || IsDigit(d)) {
          ++j;
        } else if (d >= 0x80 && IsUtf8Apostrophe(s, j) && j + 3 < end &&
                   IsAsciiAlpha(s[j + 3])) {
          j += 3;
        } else if (d >= 0x80 && Utf8PunctLen(s, j) == 0) {
          ++j;
        } else if ((d == '\'' || d == '-') && IsAlnumAt(s, j + 1)) {
          ++j;
        } else if (d == '.' && j + 1 < end && IsAsciiAlpha(s[j + 1]) &&
                   (j + 2 >= end || !IsAsciiAlpha(s[j + 2]) ||
                    s[j + 2] == '.')) {
          // "U.S", "a.m": a dot between single letters.
          has_dot = true;
          ++j;
        } else if (d == '.' && has_dot) {  // the final dot of "U.S."
          ++j;
          break;
        } else {
          break;
        }
      }
      t.e = j;
      t.kind = TokKind::kWord;
      t.cap = c >= 'A' && c <= 'Z';
      t.low = Lower(s.substr(i, j - i));
      // Curly apostrophes fold to ASCII in the lowercased form.
      for (size_t p = t.low.find("\xE2\x80\x99"); p != std::string::npos;
           p = t.low.find("\xE2\x80\x99", p)) {
        t.low.replace(p, 3, "'");
      }
    } else {
      size_t n = Utf8PunctLen(s, i);
      if (n == 0) n = 1;
      t.e = std::min(i + n, end);
      t.kind = TokKind::kPunct;
      t.low.assign(s.substr(i, t.e - i));
    }
    i = t.e;
    toks.push_back(std::move(t));
  }
  return toks;
}

bool IsWord(const std::vector<Tok>& t, size_t i) {
  return i < t.size() && t[i].kind == TokKind::kWord;
}
bool IsWordEq(const std::vector<Tok>& t, size_t i, std::string_view w) {
  return IsWord(t, i) && t[i].low == w;
}
bool IsPunctEq(const std::vector<Tok>& t, size_t i, std::string_view p) {
  return i < t.size() && t[i].kind == TokKind::kPunct && t[i].low == p;
}
bool IsNumber(const std::vector<Tok>& t, size_t i) {
  return i < t.size() && t[i].kind == TokKind::kNumber;
}
bool IsQuote(const Tok& t) {
  return t.kind == TokKind::kPunct &&
         (t.low == "\"" || t.low == "'" || t.low == "\xE2\x80\x9C" ||
          t.low == "\xE2\x80\x9D" || t.low == "\xE2\x80\x98" ||
          t.low == "\xE2\x80\x99" || t.low == "\xC2\xAB" ||
          t.low == "\xC2\xBB");
}
// Punctuation that ends a clause for the purposes of a window scan.
bool IsClauseBreak(const Tok& t) {
  if (t.kind != TokKind::kPunct) return false;
  const std::string& p = t.low;
  return p == ";" || p == ":" || p == "." || p == "!" || p == "?" ||
         p == "(" || p == ")" || p == "[" || p == "]" || p == "|" ||
         p == "\xE2\x80\x94" || p == "\xE2\x80\xA2";  // em dash, bullet
}

// The index of the first token starting at or after `pos`.
size_t TokenAt(const std::vector<Tok>& t, size_t pos) {
  return static_cast<size_t>(
      std::lower_bound(t.begin(), t.end(), pos,
                       [](const Tok& a, size_t p) { return a.b < p; }) -
      t.begin());
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// ---------------------------------------------------------------------------
// Vocabulary: the lexicons in the shape the extractors need, plus the RE2
// patterns derived from them. Built once per Lexicons object (Lexicons::Derived,
// thread-safe), for the default lexicons and for a rule set's alike.

using Phrase = std::vector<std::string>;  // lowercased words

Phrase SplitWords(std::string_view s) {
  Phrase out;
  std::string low = Lower(s);
  size_t i = 0;
  while (i < low.size()) {
    while (i < low.size() && low[i] == ' ') ++i;
    size_t j = i;
    while (j < low.size() && low[j] != ' ') ++j;
    if (j > i) out.push_back(low.substr(i, j - i));
    i = j;
  }
  return out;
}

std::unique_ptr<RE2> CompileOrNull(const std::string& pattern) {
  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(pattern, opt);
  if (!re->ok()) return nullptr;  // an entry made the pattern invalid: no match
  return re;
}

DealStatus StatusFromName(std::string_view name) {
  static constexpr DealStatus kAll[] = {
      DealStatus::kProposed,  DealStatus::kUnderNegotiation,
      DealStatus::kAgreedInPrinciple, DealStatus::kFinalized,
      DealStatus::kSigned,    DealStatus::kRejected,
      DealStatus::kCollapsed};
  std::string low = Lower(name);
  for (DealStatus s : kAll) {
    if (low == DealStatusName(s)) return s;
  }
  return DealStatus::kUnknown;
}

struct Vocab {
  std::unordered_map<std::string, double> numbers;    // cardinals, multipliers
  std::unordered_map<std::string, double> fractions;  // values below 1
  std::unordered_map<std::string, std::string> units;  // noun -> "unit [event]"
  std::unordered_map<std::string, std::string> verbs;  // base form -> lemma
  std::set<std::string> currencies;  // units that are sums of money: "usd", "eur"
  std::vector<Phrase> hedges;                          // longest first
  std::vector<Phrase> completion;                      // longest first
  std::unordered_set<std::string> subjects;            // singular head nouns
  std::unordered_set<std::string> modifiers;
  std::unordered_map<std::string, DealStatus> status;  // phrase -> status
  std::unique_ptr<RE2> quantity_prefilter;
  std::unique_ptr<RE2> progress_prefilter;
  std::unique_ptr<RE2> status_re;

  explicit Vocab(const Lexicons& lex) {
    std::vector<std::string> number_words;
    std::vector<std::string> fraction_words;
    for (const auto& [k, v] : lex.Get("number_words").entries()) {
      double d = std::strtod(v.c_str(), nullptr);
      if (!(d > 0)) continue;
      std::string key = Lower(k);
      if (d < 1) {
        fractions[key] = d;
        fraction_words.push_back(key);
      } else {
        numbers[key] = d;
        number_words.push_back(key);
      }
    }
    for (const auto& [k, v] : lex.Get("count_units").entries()) {
      std::string key = Lower(k);
      if (StartsWith(key, "v:")) {
        verbs[key.substr(2)] = Lower(v);
      } else if (StartsWith(key, "c:")) {
        units[key.substr(2)] = Lower(v);
        currencies.insert(Lower(v));
      } else {
        units[key] = Lower(v);
      }
    }
    for (const auto& [k, v] : lex.Get("hedges").entries()) {
      hedges.push_back(SplitWords(k));
    }
    auto longest_first = [](const Phrase& a, const Phrase& b) {
      return a.size() > b.size();
    };
    std::stable_sort(hedges.begin(), hedges.end(), longest_first);
    for (const auto& [k, v] : lex.Get("progress_words").entries()) {
      std::string kind = Lower(v);
      if (kind == "complete") {
        completion.push_back(SplitWords(k));
      } else if (kind == "subject") {
        subjects.insert(Lower(k));
      } else if (kind == "modifier") {
        modifiers.insert(Lower(k));
      }
    }
    std::stable_sort(completion.begin(), completion.end(), longest_first);
    std::vector<std::string> status_phrases;
    for (const auto& [k, v] : lex.Get("status_phrases").entries()) {
      DealStatus s = StatusFromName(v);
      if (s == DealStatus::kUnknown) continue;
      Phrase words = SplitWords(k);
      std::string norm;
      for (const std::string& w : words) norm += (norm.empty() ? "" : " ") + w;
      status[norm] = s;
      status_phrases.push_back(norm);
    }

    std::string words_alt = PhraseAlternation(number_words);
    quantity_prefilter = CompileOrNull(
        words_alt.empty() ? "[0-9]" : "[0-9]|(?i)\\b(?:" + words_alt + ")\\b");
    std::string frac_alt = PhraseAlternation(fraction_words);
    progress_prefilter = CompileOrNull(
        "(?i)%|\\bper\\s?cent|\\bpct\\b|\\bhalfway\\b|\\bfully\\b|"
        "\\bcompletely\\b|\\bentirely\\b|\\btotally\\b|"
        "[0-9]\\s*(?:m|meters|metres|km|kilometers|kilometres|miles|feet|ft|yards)"
        "\\s+of\\s+(?:the\\s+|a\\s+)?[0-9]" +
        (frac_alt.empty() ? "" : "|\\b(?:" + frac_alt + ")\\b"));
    std::string status_alt = PhraseAlternation(status_phrases);
    if (!status_alt.empty()) {
      status_re = CompileOrNull("(?i)\\b(" + status_alt + ")\\b");
    }
  }

  bool IsSubjectNoun(const std::string& low) const {
    if (subjects.count(low)) return true;
    std::string sing = Singular(low);
    return sing != low && subjects.count(sing);
  }

  // Regular English singular; irregular plurals live in count_units.
  static std::string Singular(const std::string& w) {
    if (w.size() > 4 && EndsWith(w, "ies")) return w.substr(0, w.size() - 3) + "y";
    if (w.size() > 4 && (EndsWith(w, "sses") || EndsWith(w, "ches") ||
                         EndsWith(w, "shes") || EndsWith(w, "xes") ||
                         EndsWith(w, "zes"))) {
      return w.substr(0, w.size() - 2);
    }
    if (w.size() > 3 && EndsWith(w, "s") && !EndsWith(w, "ss") &&
        !EndsWith(w, "us") && !EndsWith(w, "is")) {
      return w.substr(0, w.size() - 1);
    }
    return w;
  }

  // The event lemma of a verb form ("launched" -> "launch", "injuring" ->
  // "injure"), "" when the verb is not a listed event verb.
  std::string EventLemma(const std::string& w) const {
    auto find = [&](const std::string& base) -> const std::string* {
      auto it = verbs.find(base);
      return it == verbs.end() ? nullptr : &it->second;
    };
    std::vector<std::string> cands = {w};
    auto add_stem = [&](const std::string& stem) {
      if (stem.size() < 2) return;
      cands.push_back(stem);
      cands.push_back(stem + "e");
      size_t n = stem.size();
      if (n >= 3 && stem[n - 1] == stem[n - 2]) cands.push_back(stem.substr(0, n - 1));
    };
    if (EndsWith(w, "ied")) cands.push_back(w.substr(0, w.size() - 3) + "y");
    if (EndsWith(w, "ed")) add_stem(w.substr(0, w.size() - 2));
    if (EndsWith(w, "ing")) add_stem(w.substr(0, w.size() - 3));
    if (EndsWith(w, "es")) cands.push_back(w.substr(0, w.size() - 2));
    if (EndsWith(w, "s")) cands.push_back(w.substr(0, w.size() - 1));
    for (const std::string& c : cands) {
      if (const std::string* l = find(c)) return *l == "-" ? "" : *l;
    }
    return "";
  }
};

// The vocabulary for `lex`, built once per Lexicons object (Derived).
const Vocab& VocabFor(const Lexicons& lex) {
  return lex.Derived<Vocab>("extract_values.vocab",
                            [&] { return std::make_unique<Vocab>(lex); });
}

// Matches `phrase` at t[i..]; returns its length in tokens or 0.
size_t MatchPhraseAt(const std::vector<Tok>& t, size_t i, const Phrase& phrase) {
  if (phrase.empty() || i + phrase.size() > t.size()) return 0;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (t[i + k].kind != TokKind::kWord || t[i + k].low != phrase[k]) return 0;
  }
  return phrase.size();
}

// The longest of `phrases` that ends right before token `end` (exclusive);
// returns its first token index via `begin`, or false.
bool MatchPhraseBefore(const std::vector<Tok>& t, size_t end,
                       const std::vector<Phrase>& phrases, size_t* begin,
                       std::string* text) {
  for (const Phrase& p : phrases) {  // longest first
    if (p.empty() || p.size() > end) continue;
    size_t b = end - p.size();
    if (MatchPhraseAt(t, b, p) == p.size()) {
      *begin = b;
      std::string s;
      for (const std::string& w : p) s += (s.empty() ? "" : " ") + w;
      *text = s;
      return true;
    }
  }
  return false;
}

size_t MatchAnyAt(const std::vector<Tok>& t, size_t i,
                  const std::vector<Phrase>& phrases) {
  for (const Phrase& p : phrases) {
    if (size_t n = MatchPhraseAt(t, i, p)) return n;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Word classes shared by the extractors.

bool InSet(const std::string& w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

bool IsDeterminer(const std::string& w) {
  return InSet(w, {"the", "a", "an", "this", "that", "these", "those", "its",
                   "their", "his", "her", "our", "your", "my", "any", "each",
                   "every", "both", "all", "another", "such", "some", "no"});
}

bool IsMonth(const Tok& t) {
  if (t.kind != TokKind::kWord) return false;
  if (t.low == "may") return t.cap;
  return InSet(t.low, {"january", "february", "march", "april", "june", "july",
                       "august", "september", "october", "november",
                       "december", "jan", "feb", "mar", "apr", "jun", "jul",
                       "aug", "sep", "sept", "oct", "nov", "dec"});
}

// Looks like an adjective: kept out of subject keys.
bool IsAdjectiveLike(const Vocab& v, const std::string& w) {
  if (v.modifiers.count(w)) return true;
  if (w.find('-') != std::string::npos) return true;
  for (std::string_view suf : {"al", "ive", "ous", "ic", "ary", "ern", "ed",
                               "ful", "less", "able", "ible"}) {
    if (w.size() > suf.size() + 2 && EndsWith(w, suf)) return true;
  }
  return false;
}

bool ContainsDigit(std::string_view s) {
  for (char c : s) {
    if (IsDigit(c)) return true;
  }
  return false;
}

std::string FormatNumber(double d) {
  if (std::fabs(d - std::round(d)) < 1e-9 && std::fabs(d) < 1e18) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", std::round(d));
    return buf;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  return buf;
}

Mention MakeMention(const Document& doc, size_t b, size_t e,
                    std::string value) {
  Mention m;
  m.span = Span{b, e};
  m.text = std::string(doc.Slice(m.span));
  m.value = std::move(value);
  return m;
}

bool IsNpStop(const std::string& w);
bool LooksPlural(const std::string& w);

// A noun phrase found around a head noun: its token range and its key.
struct NounPhrase {
  bool found = false;
  size_t first = 0;  // token indices, inclusive
  size_t last = 0;
  std::string key;   // lowercase, no determiners, numbers, proper nouns
};

// Builds the subject noun phrase headed by t[head]: up to three pre-modifiers
// to the left (stopping at determiners, punctuation and numbers) and a "to
// VERB ..." post-modifier of at most five words ("agreement to end the war"),
// never past `limit` (exclusive). The key keeps at most two lowercase,
// non-adjective pre-modifiers and drops determiners, numbers and capitalized
// words ("comprehensive 20-point peace proposal" -> "peace proposal").
NounPhrase BuildSubject(const Vocab& v, const std::vector<Tok>& t, size_t head,
                        size_t limit, size_t sentence_first) {
  NounPhrase np;
  np.found = true;
  np.first = head;
  np.last = head;
  size_t i = head;
  int taken = 0;
  while (i > sentence_first && taken < 6) {
    const Tok& p = t[i - 1];
    if (p.kind == TokKind::kPunct) {
      // Only the hyphen of a compound ("20-point") stays inside.
      if (!(p.low == "-" && i >= 2 && t[i - 2].e == p.b && p.e == t[i].b)) {
        break;
      }
    }
    if (p.kind == TokKind::kWord &&
        (IsDeterminer(p.low) || InSet(p.low, {"of", "on", "and", "or", "to",
                                              "for", "with", "is", "are",
                                              "was", "were", "be", "been",
                                              "has", "have", "had", "in",
                                              "at", "by", "as", "from"}))) {
      break;
    }
    if (p.kind == TokKind::kWord && EndsWith(p.low, "'s")) {  // "Russia's"
      --i;
      ++taken;
      break;
    }
    --i;
    ++taken;
  }
  np.first = i;
  // Key pre-modifiers: walk back from the head.
  std::vector<std::string> pre;
  for (size_t k = head; k > np.first && pre.size() < 2; --k) {
    const Tok& p = t[k - 1];
    bool initial = k - 1 == sentence_first;
    bool hyphenated = k >= 2 && t[k - 2].e == p.b &&
                      t[k - 2].kind == TokKind::kPunct && t[k - 2].low == "-";
    if (hyphenated) break;
    if (p.kind != TokKind::kWord || (p.cap && !initial) ||
        EndsWith(p.low, "'s") || IsAdjectiveLike(v, p.low) ||
        ContainsDigit(p.low) || v.numbers.count(p.low) || IsNpStop(p.low) ||
        InSet(p.low, {"under", "still", "only", "also", "now", "say", "told",
                      "tell", "tells", "saying", "added", "reported"})) {
      break;
    }
    pre.push_back(p.low);
  }
  std::string key;
  for (auto it = pre.rbegin(); it != pre.rend(); ++it) key += *it + " ";
  key += t[head].low;
  // Post-modifier "to VERB ...".
  if (head + 2 < limit && IsWordEq(t, head + 1, "to") && IsWord(t, head + 2) &&
      !t[head + 2].cap) {
    size_t k = head + 1;
    size_t words = 0;
    std::string post;
    while (k < limit && words < 6 && t[k].kind == TokKind::kWord) {
      const Tok& w = t[k];
      if (words >= 2 && (EndsWith(w.low, "ed") ||
                         InSet(w.low, {"is", "are", "was", "were", "has",
                                       "have", "had", "and", "that", "which",
                                       "now", "as", "by", "in", "on"}))) {
        break;
      }
      if (!w.cap && !IsDeterminer(w.low) && !EndsWith(w.low, "'s")) {
        post += " " + w.low;
      }
      np.last = k;
      ++k;
      ++words;
    }
    key += post;
  }
  np.key = key;
  return np;
}

// The subject noun whose head is nearest to the left of `from` (exclusive),
// within `max_tokens` and the clause.
NounPhrase SubjectLeft(const Vocab& v, const std::vector<Tok>& t, size_t from,
                       size_t limit, size_t sentence_first, size_t max_tokens) {
  size_t steps = 0;
  for (size_t i = from; i > sentence_first && steps < max_tokens; --i, ++steps) {
    const Tok& p = t[i - 1];
    if (IsClauseBreak(p)) break;
    if (p.kind == TokKind::kWord && !p.cap && v.IsSubjectNoun(p.low) &&
        !(i >= 2 && IsWord(t, i - 2) &&
          InSet(t[i - 2].low, {"under", "in", "through"}))) {
      // "peace plan" not "plan peace": prefer the last noun of a compound.
      size_t head = i - 1;
      while (head + 1 < from && IsWord(t, head + 1) && !t[head + 1].cap &&
             v.IsSubjectNoun(t[head + 1].low)) {
        ++head;
      }
      return BuildSubject(v, t, head, limit, sentence_first);
    }
  }
  return {};
}

// Nouns for the paper a deal is written on rather than the deal.
bool IsContainerNoun(const std::string& w) {
  return InSet(w, {"text", "texts", "document", "documents", "draft", "drafts",
                   "wording", "terms", "details"});
}

// The subject noun to the right of `from` (inclusive): after determiners,
// "on"/"of"/"for"/"over"/"to VERB" and a few modifiers; at most `max_tokens`.
NounPhrase SubjectRight(const Vocab& v, const std::vector<Tok>& t, size_t from,
                        size_t end, size_t sentence_first, size_t max_tokens) {
  size_t floor = std::max(from, sentence_first);
  for (size_t i = from; i < end && i < from + max_tokens; ++i) {
    const Tok& w = t[i];
    if (w.kind == TokKind::kWord && w.low == "to") {
      floor = i + 2;  // "agreed in principle to provide security guarantees"
      ++i;
      continue;
    }
    if (IsClauseBreak(w) || (w.kind == TokKind::kPunct && w.low == ",")) break;
    if (w.kind != TokKind::kWord) continue;
    if (InSet(w.low, {"that", "which", "who", "and", "but", "or", "because",
                      "after", "before", "while", "when", "between", "with",
                      "during", "in", "at", "by", "since", "from", "into",
                      "through", "than", "as", "if", "about", "against",
                      "without", "under", "within", "across"})) {
      break;
    }
    if (!w.cap && v.IsSubjectNoun(w.low)) {
      size_t head = i;
      while (head + 1 < end && IsWord(t, head + 1) && !t[head + 1].cap &&
             v.IsSubjectNoun(t[head + 1].low)) {
        ++head;
      }
      if (head < floor) return {};
      // "the text of a free trade agreement", "a document on security
      // guarantees": a container noun names the deal it holds.
      if (IsContainerNoun(t[head].low) && IsWord(t, head + 1) &&
          InSet(t[head + 1].low, {"of", "on", "for"})) {
        NounPhrase inner =
            SubjectRight(v, t, head + 2, end, sentence_first, std::min<size_t>(max_tokens, 6));
        if (inner.found && !inner.key.empty()) {
          inner.first = std::max(head, from);
          return inner;
        }
      }
      NounPhrase np = BuildSubject(v, t, head, end, floor);
      if (np.first < from) np.first = from;
      return np;
    }
  }
  return {};
}

bool HasHeadPunctAfter(const std::vector<Tok>& t, size_t i) {
  return i >= t.size() || IsClauseBreak(t[i]) ||
         (t[i].kind == TokKind::kPunct && t[i].low == ",");
}

// ---------------------------------------------------------------------------
// Progress

struct ProgressValue {
  size_t first = 0, last = 0;  // tokens of the value ("90", "%")
  double percent = 0;
  bool adverb = false;   // fully/completely/entirely/totally
  bool halfway = false;
};

// Reads a progress value at t[i]: "90%", "90 percent", "90 per cent",
// "nine-tenths", "three-quarters", "half", "halfway", "fully".
bool ReadProgressValue(const Vocab& v, const std::vector<Tok>& t, size_t i,
                       ProgressValue* out) {
  const Tok& tok = t[i];
  if (tok.kind == TokKind::kNumber) {
    if (tok.low.find(',') != std::string::npos || tok.e - tok.b > 6) return false;
    double d = std::strtod(tok.low.c_str(), nullptr);
    if (d < 0 || d > 100) return false;
    if (IsPunctEq(t, i + 1, "%") && t[i + 1].b == tok.e) {
      *out = {i, i + 1, d, false, false};
      return true;
    }
    if (IsWordEq(t, i + 1, "percent") || IsWordEq(t, i + 1, "pct")) {
      *out = {i, i + 1, d, false, false};
      return true;
    }
    if (IsWordEq(t, i + 1, "per") && IsWordEq(t, i + 2, "cent")) {
      *out = {i, i + 2, d, false, false};
      return true;
    }
    return false;
  }
  if (tok.kind != TokKind::kWord) return false;
  if (tok.low == "halfway" || tok.low == "half-way") {
    *out = {i, i, 50, false, true};
    return true;
  }
  if (InSet(tok.low, {"fully", "completely", "entirely", "totally"})) {
    *out = {i, i, 100, true, false};
    return true;
  }
  auto it = v.fractions.find(tok.low);
  if (it != v.fractions.end()) {
    *out = {i, i, std::round(it->second * 1000) / 10, false, false};
    return true;
  }
  return false;
}

bool IsProgressAux(const std::string& w) {
  return InSet(w, {"has", "have", "had", "been", "is", "are", "was", "were",
                   "now", "already", "largely", "being", "be", "so", "far",
                   "reportedly", "effectively", "basically", "also",
                   "upon"});
}

// "65% of the integration work had been completed": after "of", a definite
// singular noun phrase that is no plan/deal noun ("the integration work",
// "the construction") directly followed by an auxiliary or a completion
// word. Plurals ("of voters", "of respondents") never qualify.
NounPhrase WorkNounAfterOf(const Vocab& v, const std::vector<Tok>& t, size_t from) {
  if (!IsWord(t, from) || !InSet(t[from].low, {"the", "its", "their"})) return {};
  size_t k = from + 1;
  size_t last = 0;
  while (k < t.size() && k < from + 4 && IsWord(t, k) && !t[k].cap &&
         !IsNpStop(t[k].low) && !IsProgressAux(t[k].low) &&
         MatchAnyAt(t, k, v.completion) == 0 && !IsDeterminer(t[k].low)) {
    last = k;
    ++k;
  }
  if (last == 0 || LooksPlural(t[last].low)) return {};
  if (!(IsWord(t, k) && (IsProgressAux(t[k].low) || MatchAnyAt(t, k, v.completion)))) {
    return {};
  }
  return BuildSubject(v, t, last, last + 1, from + 1);
}

// "saying the agreement was 75% agreed" after "a round of free trade talks":
// a definite bare head noun refers back to the modified deal noun earlier in
// the sentence, whose modifiers it takes ("free trade agreement").
std::string AnaphoricKey(const Vocab& v, const std::vector<Tok>& t,
                         const NounPhrase& np) {
  // Only "the" + the head as written: "the military components" is
  // qualified already.
  if (np.key.find(' ') != std::string::npos || np.first == 0 ||
      np.first != np.last || !IsWordEq(t, np.first - 1, "the")) {
    return np.key;
  }
  size_t steps = 0;
  for (size_t i = np.first - 1; i > 0 && steps < 25; --i, ++steps) {
    const Tok& w = t[i - 1];
    if (w.kind != TokKind::kWord || w.cap || !v.IsSubjectNoun(w.low)) continue;
    if (IsWord(t, i) && !t[i].cap && v.IsSubjectNoun(t[i].low)) continue;  // not the compound's head
    NounPhrase before = BuildSubject(v, t, i - 1, i, 0);
    size_t sp = before.key.rfind(' ');
    if (sp == std::string::npos) continue;
    return before.key.substr(0, sp) + " " + np.key;
  }
  return np.key;
}

// Units of length for "290 of the 480 meters" progress.
bool IsLengthUnit(const std::string& w) {
  return InSet(w, {"m", "meters", "metres", "km", "kilometers", "kilometres",
                   "miles", "feet", "ft", "yards"});
}

// Progress written as a distance covered of a distance needed: "has reached
// a depth of about 290 meters of the 480 needed", "has dug 12 km of the 20
// km tunnel". t[i] is the first number; *whole_last gets the last token of
// the whole, *percent the share (rounded to a whole percent).
bool ReadDistanceProgress(const std::vector<Tok>& t, size_t i, size_t* whole_last,
                          double* percent) {
  if (!IsNumber(t, i) || !IsWord(t, i + 1) || !IsLengthUnit(t[i + 1].low)) return false;
  size_t k = i + 2;
  if (!IsWordEq(t, k, "of")) return false;
  ++k;
  if (IsWordEq(t, k, "the") || IsWordEq(t, k, "a")) ++k;
  if (!IsNumber(t, k)) return false;
  auto value = [](const Tok& x) {
    std::string digits;
    for (char c : x.low) {
      if (c != ',') digits += c;
    }
    return std::strtod(digits.c_str(), nullptr);
  };
  double part = value(t[i]), whole = value(t[k]);
  if (!(part > 0) || !(whole > part) || t[i].e - t[i].b > 9 || t[k].e - t[k].b > 9) {
    return false;
  }
  *whole_last = k;
  if (IsWord(t, k + 1) && IsLengthUnit(t[k + 1].low)) ++*whole_last;
  *percent = std::round(100 * part / whole);
  return true;
}

// What a distance progress is about: "has drilled 12 km of the 20 km
// pipeline" (the noun after the whole), else, after "reached"/"advanced",
// the verb's subject ("The 600-millimeter shaft has reached a depth of about
// 290 meters of the 480 needed"). A progress verb must come right before the
// distance (over measure words: "a depth of about"); "burned 300 meters of
// the trail" is no progress.
NounPhrase DistanceSubject(const Vocab& v, const std::vector<Tok>& t, size_t lead,
                           size_t whole_last) {
  size_t k = lead;
  size_t steps = 0;
  while (k > 0 && steps < 6 && IsWord(t, k - 1) &&
         InSet(t[k - 1].low, {"a", "the", "depth", "length", "distance", "total",
                              "of", "about", "some", "nearly", "roughly", "around",
                              "almost", "more", "than", "over", "just", "only"})) {
    --k;
    ++steps;
  }
  if (k == 0 || !IsWord(t, k - 1)) return {};
  const std::string& verb = t[k - 1].low;
  bool intransitive = InSet(verb, {"reached", "reaches", "advanced"});
  if (!intransitive &&
      !InSet(verb, {"drilled", "dug", "built", "laid", "completed", "bored", "excavated",
                    "finished", "paved", "installed", "repaired", "electrified"})) {
    return {};
  }
  // The noun after the whole: "of the 20 km pipeline", "of the 480 meters
  // of shaft".
  size_t n = whole_last + 1;
  if (IsWordEq(t, n, "of")) ++n;
  size_t head = 0;
  for (size_t q = n; q < t.size() && q < n + 3; ++q) {
    if (!IsWord(t, q) || t[q].cap || IsNpStop(t[q].low) || EndsWith(t[q].low, "ed") ||
        IsDeterminer(t[q].low)) {
      break;
    }
    head = q;
  }
  if (head != 0) return BuildSubject(v, t, head, head + 1, n);
  if (!intransitive) return {};
  --k;
  while (k > 0 && IsWord(t, k - 1) &&
         InSet(t[k - 1].low, {"has", "have", "had", "now", "already", "so", "far"})) {
    --k;
  }
  if (k == 0 || !IsWord(t, k - 1) || t[k - 1].cap || IsNpStop(t[k - 1].low) ||
      IsDeterminer(t[k - 1].low) || IsAdjectiveLike(v, t[k - 1].low)) {
    return {};
  }
  return BuildSubject(v, t, k - 1, k, 0);
}

// A fire's containment as a share of its perimeter: "the blaze was 54
// percent contained", "65% containment", "containment at 40%", "containment
// reached 30 percent", a table row "Containment | 85%". Containment is
// written of one fire whatever it is called ("the fire", "the blaze", "the
// wildfire"), so the key is the word "containment". Returns the token of the
// containment word, or SIZE_MAX; `*value_end` is one past the claim's last
// token and `*first` its first.
size_t ContainmentAt(const std::vector<Tok>& t, const ProgressValue& pv, size_t hedge_first,
                     size_t* first, size_t* value_end) {
  if (pv.adverb || pv.halfway) return SIZE_MAX;
  size_t k = pv.last + 1;
  if (IsWord(t, k) && (t[k].low == "contained" || t[k].low == "containment")) {
    // "30% contained in the first week" still is; "containment of" is a noun
    // of its own ("60% containment of the spill" keeps the same key).
    *first = hedge_first;
    *value_end = k + 1;
    return k;
  }
  // "35% of the perimeter": a share of something else.
  if (IsWordEq(t, k, "of")) return SIZE_MAX;
  size_t b = hedge_first;
  for (size_t steps = 0; steps < 4 && b > 0; ++steps, --b) {
    const Tok& w = t[b - 1];
    if (w.kind == TokKind::kWord && w.low == "containment") {
      *first = b - 1;
      *value_end = pv.last + 1;
      return b - 1;
    }
    bool link = w.kind == TokKind::kWord
                    ? InSet(w.low, {"at", "to", "was", "is", "now", "stood", "stands",
                                    "reached", "rose", "grew", "increased", "hit", "of"})
                    : InSet(w.low, {"|", ":"});
    if (!link) break;
  }
  return SIZE_MAX;
}

// A verb of putting back what an outage, a storm or an attack took down.
bool IsRestoreVerb(const std::string& w) {
  return InSet(w, {"restored", "reconnected", "recovered", "repaired", "reopened",
                   "rebuilt", "reinstated"});
}

// Recovery as a share of what was taken down: "crews had restored about 45%
// of the region's substations", "nearly 70 percent of its branches have been
// reopened". A plural object is fine here (unlike "45% of voters agreed"):
// what is restored is things, never people. The subject is the noun phrase
// after "of" without determiners and possessives ("substations"), keyed with
// the word "restoration", so that "the network's substations" and "its
// substations" are one figure. Returns false when the value is no such share;
// `*first`/`*last` are the claim's tokens, `*np_first`/`*np_last` the noun
// phrase's, `*key` the subject key.
bool RestorationAt(const std::vector<Tok>& t, const ProgressValue& pv, size_t hedge_first,
                   size_t* first, size_t* last, size_t* np_first, size_t* np_last,
                   std::string* key) {
  if (pv.adverb || pv.halfway) return false;
  size_t k = pv.last + 1;
  if (!IsWordEq(t, k, "of")) return false;
  // The noun phrase after "of": determiners and possessives, then at most
  // three lowercase words.
  size_t q = k + 1;
  while (q < t.size() && q < k + 3 && IsWord(t, q) &&
         (IsDeterminer(t[q].low) || EndsWith(t[q].low, "'s") || EndsWith(t[q].low, "s'"))) {
    ++q;
  }
  size_t np_b = q;
  std::string words;
  while (q < t.size() && q < np_b + 3 && IsWord(t, q) && !t[q].cap &&
         !IsNpStop(t[q].low) && !IsProgressAux(t[q].low) && !IsRestoreVerb(t[q].low) &&
         !IsDeterminer(t[q].low) && !EndsWith(t[q].low, "'s")) {
    words += (words.empty() ? "" : " ") + t[q].low;
    ++q;
  }
  if (words.empty()) return false;
  size_t np_e = q - 1;
  // The verb before the share ("had restored about 45% of ..."), or after the
  // noun phrase through auxiliaries ("... of its branches have been reopened").
  bool before = hedge_first > 0 && IsWord(t, hedge_first - 1) &&
                IsRestoreVerb(t[hedge_first - 1].low);
  size_t j = q;
  size_t aux = 0;
  while (!before && j < t.size() && aux < 4 && IsWord(t, j) && IsProgressAux(t[j].low)) {
    ++j;
    ++aux;
  }
  bool after = !before && aux > 0 && IsWord(t, j) && IsRestoreVerb(t[j].low);
  if (!before && !after) return false;
  *first = before ? hedge_first - 1 : hedge_first;
  *last = before ? np_e : j;
  *np_first = np_b;
  *np_last = np_e;
  *key = words + " restoration";
  return true;
}

// The Tokenize() of each sentence, made on first use and shared by the
// progress, quantity and status extractors of one document (a sentence
// passing two of their prefilters is cut into tokens once).
class SentenceToks {
 public:
  SentenceToks(std::string_view text, size_t sentences)
      : text_(text), toks_(sentences), done_(sentences, false) {}
  const std::vector<Tok>& Get(size_t si, Span span) {
    if (!done_[si]) {
      toks_[si] = Tokenize(text_, span);
      done_[si] = true;
    }
    return toks_[si];
  }

 private:
  std::string_view text_;
  std::vector<std::vector<Tok>> toks_;
  std::vector<bool> done_;
};

// The key of the last plan/deal noun phrase that is no container noun in
// the `back` sentences before sentence `si` (nearest first), or "".
std::string DealKeyBefore(const Vocab& v, SentenceToks* cache, const Document& doc, size_t si,
                          size_t back) {
  std::string_view text = doc.text();
  for (size_t d = 1; d <= back && d <= si; ++d) {
    const Span span = doc.sentences[si - d].span;
    if (span.end > text.size() || span.empty()) continue;
    const std::vector<Tok>& p = cache->Get(si - d, span);
    for (size_t i = p.size(); i > 0; --i) {
      const Tok& w = p[i - 1];
      if (w.kind != TokKind::kWord || w.cap || !v.IsSubjectNoun(w.low) ||
          IsContainerNoun(w.low)) {
        continue;
      }
      NounPhrase np = BuildSubject(v, p, i - 1, p.size(), 0);
      if (np.found && !np.key.empty()) return np.key;
    }
  }
  return "";
}

void ExtractProgressImpl(const ExtractContext& ctx, const Vocab& v, SentenceToks* cache,
                         std::vector<Claim>* out) {
  const Document& doc = ctx.doc;
  std::string_view text = doc.text();
  if (!v.progress_prefilter) return;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Span sspan = doc.sentences[si].span;
    if (sspan.end > text.size() || sspan.empty()) continue;
    re2::StringPiece piece(text.data() + sspan.begin, sspan.size());
    if (!RE2::PartialMatch(piece, *v.progress_prefilter)) continue;
    const std::vector<Tok>& t = cache->Get(si, sspan);
    for (size_t i = 0; i < t.size(); ++i) {
      size_t whole_last = 0;
      double share = 0;
      if (ReadDistanceProgress(t, i, &whole_last, &share)) {
        std::string hedge;
        size_t hb = i;
        MatchPhraseBefore(t, i, v.hedges, &hb, &hedge);
        NounPhrase subject = DistanceSubject(v, t, hedge.empty() ? i : hb, whole_last);
        if (subject.found && !subject.key.empty()) {
          Claim c;
          c.type = ClaimType::kProgress;
          c.sentence = si;
          c.span = Span{std::min(t[subject.first].b, t[hb].b),
                        std::max(t[subject.last].e, t[whole_last].e)};
          c.confidence = 0.6;
          c.hedge = hedge;
          c.subject = MakeMention(doc, t[subject.first].b, t[subject.last].e,
                                  subject.key);
          c.number = share;
          c.unit = "%";
          c.value = MakeMention(doc, t[i].b, t[whole_last].e, FormatNumber(share) + "%");
          out->push_back(std::move(c));
          i = whole_last;
          continue;
        }
      }
      ProgressValue pv;
      if (!ReadProgressValue(v, t, i, &pv)) continue;
      // Adjectival percent ("a 20% tariff") is never progress.
      if (i > 0 && (IsWordEq(t, i - 1, "a") || IsWordEq(t, i - 1, "an")) &&
          !pv.adverb && !pv.halfway) {
        continue;
      }
      size_t k = pv.last + 1;
      NounPhrase subject;
      size_t completion_end = 0;  // exclusive token index
      bool of_form = false;
      {
        std::string hedge_text;
        size_t hb = pv.first;
        MatchPhraseBefore(t, pv.first, v.hedges, &hb, &hedge_text);
        size_t cfirst = 0, cend = 0;
        size_t ct = ContainmentAt(t, pv, hedge_text.empty() ? pv.first : hb, &cfirst, &cend);
        if (ct != SIZE_MAX) {
          Claim c;
          c.type = ClaimType::kProgress;
          c.sentence = si;
          c.span = Span{t[cfirst].b, t[cend - 1].e};
          c.confidence = 0.8;
          c.hedge = hedge_text;
          c.subject = MakeMention(doc, t[ct].b, t[ct].e, "containment");
          c.number = pv.percent;
          c.unit = "%";
          c.value = MakeMention(doc, t[pv.first].b, t[pv.last].e,
                                FormatNumber(pv.percent) + "%");
          out->push_back(std::move(c));
          i = std::max(i, cend - 1);
          continue;
        }
      }
      {
        std::string hedge_text;
        size_t hb = pv.first;
        MatchPhraseBefore(t, pv.first, v.hedges, &hb, &hedge_text);
        size_t rfirst = 0, rlast = 0, nfirst = 0, nlast = 0;
        std::string rkey;
        if (RestorationAt(t, pv, hedge_text.empty() ? pv.first : hb, &rfirst, &rlast, &nfirst,
                          &nlast, &rkey)) {
          Claim c;
          c.type = ClaimType::kProgress;
          c.sentence = si;
          c.span = Span{t[rfirst].b, t[rlast].e};
          c.confidence = 0.8;
          c.hedge = hedge_text;
          c.subject = MakeMention(doc, t[nfirst].b, t[nlast].e, rkey);
          c.number = pv.percent;
          c.unit = "%";
          c.value = MakeMention(doc, t[pv.first].b, t[pv.last].e,
                                FormatNumber(pv.percent) + "%");
          out->push_back(std::move(c));
          i = std::max(i, rlast);
          continue;
        }
      }
      if (pv.halfway && IsWordEq(t, k, "through")) {
        subject = SubjectRight(v, t, k + 1, t.size(), 0, 6);
        if (!subject.found) continue;
        completion_end = k + 1;
        of_form = true;
      } else if (IsWordEq(t, k, "of") && !pv.adverb && !pv.halfway) {
        // "90% of the plan has been agreed": the noun phrase right after
        // "of" must be headed by a plan/deal noun; "45% of voters" is not.
        NounPhrase work = WorkNounAfterOf(v, t, k + 1);
        bool bad = false;
        for (size_t q = k + 1; !work.found && q < t.size() && q < k + 7; ++q) {
          const Tok& w = t[q];
          if (w.kind == TokKind::kWord && !w.cap && v.IsSubjectNoun(w.low)) break;
          if (IsClauseBreak(w) || w.low == "," ||
              (w.kind == TokKind::kWord && !w.cap &&
               (LooksPlural(w.low) || IsNpStop(w.low) ||
                InSet(w.low, {"said", "say", "says", "who", "agreed"})) &&
               !IsDeterminer(w.low))) {
            bad = true;
            break;
          }
        }
        if (bad) continue;
        subject = SubjectRight(v, t, k + 1, t.size(), 0, 7);
        if (!subject.found) subject = work;
        if (!subject.found) continue;
        size_t j = subject.last + 1;
        // A prepositional phrase after the deal noun ("90% of the accord on
        // fishing rights in the Northern Sea has been agreed"): at most six
        // words, no comma, up to the auxiliary or completion word.
        if (IsWord(t, j) && InSet(t[j].low, {"for", "on", "over", "between", "covering"})) {
          size_t q = j + 1;
          while (q < t.size() && q < j + 7 && IsWord(t, q) && !IsProgressAux(t[q].low) &&
                 MatchAnyAt(t, q, v.completion) == 0 &&
                 (!IsNpStop(t[q].low) || IsDeterminer(t[q].low))) {
            ++q;
          }
          if (q > j + 1 && IsWord(t, q) &&
              (IsProgressAux(t[q].low) || MatchAnyAt(t, q, v.completion) != 0)) {
            j = q;
          }
        }
        size_t aux = 0;
        while (j < t.size() && aux < 4 && IsWord(t, j) && IsProgressAux(t[j].low) &&
               MatchAnyAt(t, j, v.completion) == 0) {
          ++j;
          ++aux;
        }
        size_t n = j < t.size() ? MatchAnyAt(t, j, v.completion) : 0;
        if (n == 0) {
          // "have agreed on 90% of the text": completion word before.
          size_t b = pv.first;
          std::string hedge_text;
          size_t hb;
          if (MatchPhraseBefore(t, b, v.hedges, &hb, &hedge_text)) b = hb;
          bool before = false;
          for (size_t back = 1; back <= 3 && back <= b; ++back) {
            if (MatchAnyAt(t, b - back, v.completion)) before = true;
          }
          if (!before) continue;
          completion_end = subject.last + 1;
        } else {
          completion_end = j + n;
        }
        of_form = true;
      } else {
        size_t j = k;
        if (!pv.adverb && IsWord(t, j) && InSet(t[j].low, {"now", "already"})) ++j;
        size_t n = j < t.size() ? MatchAnyAt(t, j, v.completion) : 0;
        if (n == 0) continue;
        // "below 10 percent through Wednesday", "5% through 2027": a
        // preposition of time, not "90% through".
        if (n == 1 && t[j].low == "through" && j + 1 < t.size() &&
            (t[j + 1].cap || t[j + 1].kind == TokKind::kNumber ||
             (IsWord(t, j + 1) && InSet(t[j + 1].low, {"the", "next", "this", "early", "late",
                                                        "mid", "end"})))) {
          continue;
        }
        // A completion word used as a verb ("fully agreed that", "90% agreed
        // to") is not a progress statement; an adjective ("60% complete on
        // Thursday", "90% done with the design") stays one before "on"/"with".
        bool adjective = n == 1 && InSet(t[j].low, {"complete", "done", "finished",
                                                     "ready", "built"});
        if (IsWord(t, j + n) &&
            InSet(t[j + n].low, {"that", "to", "with", "on", "upon"}) &&
            !(adjective && InSet(t[j + n].low, {"on", "with"})) &&
            !(n == 1 && t[j].low == "agreed" && IsWordEq(t, j + n, "upon"))) {
          continue;
        }
        if (pv.halfway && !(t[j].low == "done" || t[j].low == "complete" ||
                            t[j].low == "completed" || t[j].low == "finished")) {
          continue;
        }
        completion_end = j + n;
      }

      size_t value_first = pv.first;
      std::string hedge;
      size_t hb = 0;
      if (MatchPhraseBefore(t, value_first, v.hedges, &hb, &hedge)) {
        // "over"/"under" as hedges need a number after them.
      }
      size_t claim_first = hedge.empty() ? value_first : hb;

      double confidence = 0.9;
      if (!subject.found) {
        subject = SubjectLeft(v, t, claim_first, claim_first, 0, 25);
        if (!subject.found) {
          // The noun phrase right before the copula: "the military
          // components (are) also completely settled".
          size_t j = claim_first;
          bool copula = false;
          while (j > 0 && IsWord(t, j - 1) &&
                 InSet(t[j - 1].low, {"is", "are", "was", "were", "been",
                                      "be", "now", "also", "being", "deemed",
                                      "described", "as", "said", "to",
                                      "already", "has", "have"})) {
            copula = true;
            --j;
          }
          // "The X bridge, the country's longest span, is 65 percent
          // complete": the subject is the noun before the appositive.
          if (copula && j > 2 && IsPunctEq(t, j - 1, ",")) {
            size_t k = j - 1;
            size_t steps = 0;
            while (k > 0 && steps < 10 && !IsPunctEq(t, k - 1, ",") &&
                   !IsClauseBreak(t[k - 1])) {
              --k;
              ++steps;
            }
            if (k > 1 && IsPunctEq(t, k - 1, ",") && steps >= 1 && steps < 10) j = k - 1;
          }
          if (j == 0 || !IsWord(t, j - 1) || t[j - 1].cap ||
              IsDeterminer(t[j - 1].low) ||
              (!copula && pv.adverb && !IsWordEq(t, j - 1, "also"))) {
            continue;
          }
          if (!copula && pv.adverb) continue;
          subject = BuildSubject(v, t, j - 1, j, 0);
          // The object of a place preposition is not what the copula is
          // about: "a shaft being drilled toward miners trapped at the copper
          // mine was 60% complete" ("Construction of the bridge", "talks on
          // the customs union" are).
          size_t before = subject.first;
          if (before > 0 && IsDeterminer(t[before - 1].low)) --before;
          if (before > 0 && IsWord(t, before - 1) &&
              InSet(t[before - 1].low, {"at", "in", "near", "toward", "towards", "from",
                                        "by", "into", "inside", "through", "across"})) {
            continue;
          }
          confidence = 0.6;
        }
      }
      if (subject.key.empty()) continue;
      subject.key = AnaphoricKey(v, t, subject);
      // "The pact was far from certain. On Monday the text was 70% agreed":
      // a bare definite container noun ("the text", "the draft") is the text
      // of the deal the previous sentences named; it takes that deal's key.
      if (IsContainerNoun(subject.key) && subject.first == subject.last &&
          subject.first > 0 && IsWordEq(t, subject.first - 1, "the")) {
        std::string back = DealKeyBefore(v, cache, doc, si, 2);
        if (!back.empty()) subject.key = back;
      }

      Claim c;
      c.type = ClaimType::kProgress;
      c.sentence = si;
      size_t b = std::min(t[claim_first].b, t[subject.first].b);
      size_t e = std::max(t[completion_end - 1].e, t[subject.last].e);
      c.span = Span{b, e};
      c.confidence = of_form ? 0.9 : confidence;
      c.hedge = hedge;
      c.subject = MakeMention(doc, t[subject.first].b, t[subject.last].e,
                              subject.key);
      c.number = pv.percent;
      c.unit = "%";
      c.value = MakeMention(doc, t[pv.first].b, t[pv.last].e,
                            FormatNumber(pv.percent) + "%");
      out->push_back(std::move(c));
      i = std::max(i, completion_end - 1);
    }
  }
}

// ---------------------------------------------------------------------------
// Quantities

struct NumExpr {
  size_t first = 0, last = 0;  // tokens, inclusive (currency .. multiplier)
  size_t num = 0;              // the token of the digits / first number word
  double value = 0;
  std::string currency;  // "usd", "eur", "gbp", ...
  bool words = false;    // spelled out
  bool scaled = false;   // has a multiplier
  bool decimal = false;
  bool small_one = false;  // the bare word "one"
};

std::string CurrencyOf(const Tok& t) {
  if (t.kind != TokKind::kPunct) return "";
  if (t.low == "$") return "usd";
  if (t.low == "\xE2\x82\xAC") return "eur";
  if (t.low == "\xC2\xA3") return "gbp";
  if (t.low == "\xC2\xA5") return "jpy";
  return "";
}

double MultiplierOf(const Vocab& v, const Tok& t, bool glued, bool money) {
  if (t.kind != TokKind::kWord) return 0;
  if (money && glued) {
    if (t.low == "m") return 1e6;
    if (t.low == "k") return 1e3;
    if (t.low == "b") return 1e9;
  }
  if (t.low == "dozen" || t.low == "hundred") {
    auto it = v.numbers.find(t.low);
    return it == v.numbers.end() ? 0 : it->second;
  }
  auto it = v.numbers.find(t.low);
  if (it != v.numbers.end() && it->second >= 1000) return it->second;
  return 0;
}

// The value of a spelled-out cardinal ("seven", "twenty-five"), or 0.
double WordCardinal(const Vocab& v, const std::string& w) {
  auto it = v.numbers.find(w);
  if (it != v.numbers.end()) {
    if (it->second >= 100) return 0;  // multipliers alone are not counts
    return it->second == 12 && w == "dozen" ? 0 : it->second;
  }
  size_t dash = w.find('-');
  if (dash == std::string::npos) return 0;
  auto a = v.numbers.find(w.substr(0, dash));
  auto b = v.numbers.find(w.substr(dash + 1));
  if (a == v.numbers.end() || b == v.numbers.end()) return 0;
  if (a->second >= 20 && a->second < 100 && b->second < 10) {
    return a->second + b->second;
  }
  return 0;
}

bool ReadNumber(const Vocab& v, const std::vector<Tok>& t, size_t i,
                NumExpr* out) {
  NumExpr n;
  n.first = i;
  size_t j = i;
  std::string cur = CurrencyOf(t[j]);
  if (cur.empty() && IsWordEq(t, j, "us") && IsPunctEq(t, j + 1, "$") &&
      t[j].e == t[j + 1].b) {
    cur = "usd";
    ++j;
  }
  if (!cur.empty()) {
    if (!IsNumber(t, j + 1)) return false;
    n.currency = cur;
    ++j;
  }
  if (IsNumber(t, j)) {
    const Tok& d = t[j];
    if (d.e - d.b > 18) return false;  // hostile digit runs: not a count
    std::string digits;
    for (char c : d.low) {
      if (c != ',') digits += c;
    }
    n.decimal = d.low.find('.') != std::string::npos;
    n.value = std::strtod(digits.c_str(), nullptr);
    n.num = j;
    n.last = j;
    if (j + 1 < t.size()) {
      bool glued = t[j + 1].b == d.e;
      double m = MultiplierOf(v, t[j + 1], glued, !n.currency.empty());
      if (m > 0 && t[j + 1].low != "dozen") {
        n.value *= m;
        n.scaled = true;
        n.last = j + 1;
      }
    }
  } else if (IsWord(t, j) && n.currency.empty()) {
    n.words = true;
    n.num = j;
    double base = 0;
    if (t[j].low == "a" || t[j].low == "one") {
      double m = j + 1 < t.size() ? MultiplierOf(v, t[j + 1], false, false) : 0;
      if (m == 0 && IsWordEq(t, j + 1, "dozen")) m = 12;
      if (m > 0) {
        base = m;
        n.scaled = true;
        n.last = j + 1;
      } else if (t[j].low == "one") {
        base = 1;
        n.small_one = true;
        n.last = j;
      } else {
        return false;
      }
    } else {
      base = WordCardinal(v, t[j].low);
      if (base == 0) return false;
      n.last = j;
    }
    // "two dozen", "three hundred", "five million"
    while (n.last + 1 < t.size()) {
      const Tok& m = t[n.last + 1];
      double mult = 0;
      if (m.kind == TokKind::kWord && m.low == "dozen") mult = 12;
      if (mult == 0) mult = MultiplierOf(v, m, false, false);
      if (mult == 0) break;
      base *= mult;
      n.scaled = true;
      n.small_one = false;
      ++n.last;
    }
    n.value = base;
  } else {
    return false;
  }
  *out = n;
  return true;
}

bool IsNpStop(const std::string& w) {
  return InSet(w, {"of", "in", "on", "at", "over", "into", "with", "and", "or",
                   "but", "to", "from", "by", "for", "across", "were", "was",
                   "are", "is", "had", "have", "has", "that", "which", "who",
                   "as", "during", "after", "before", "overnight", "since",
                   "this", "last", "per", "each", "a", "an", "the", "than",
                   "including", "while", "near", "around", "about", "among",
                   "between", "will", "would", "could", "may", "might", "be",
                   "been", "so", "far", "more", "less", "fewer", "yesterday",
                   "today", "tonight", "ago", "earlier", "later", "under",
                   "within", "without", "through", "against", "up", "down",
                   "out", "off", "if", "when", "where", "it", "they", "he",
                   "she", "we", "you", "i", "them", "there", "here", "only",
                   "just", "also", "still", "apiece", "each", "all", "both",
                   "remain", "remained", "remains", "said", "says"});
}

bool IsAux(const std::string& w) {
  return InSet(w, {"were", "was", "are", "is", "have", "has", "had", "been",
                   "being", "be", "reportedly", "also", "later", "still",
                   "remain", "remained", "remains", "already", "now", "all",
                   "either", "allegedly", "would", "could", "will", "may",
                   "might", "to", "not", "never"});
}

bool LooksPlural(const std::string& w) {
  return w.size() > 2 && EndsWith(w, "s") && !EndsWith(w, "ss") &&
         !EndsWith(w, "us") && !EndsWith(w, "is") && !EndsWith(w, "'s") &&
         !EndsWith(w, "ous");
}

// People made to leave their homes, written after the counted noun: "under
// (mandatory) evacuation orders", "(ordered|told|forced) to evacuate", "to
// leave/flee their homes" ("forced 14,000 people to leave their homes").
// Returns one past the phrase's last token, or 0.
size_t EvacuationAt(const std::vector<Tok>& t, size_t k) {
  if (IsWordEq(t, k, "under")) {
    size_t j = k + 1;
    while (j < k + 3 && IsWord(t, j) &&
           InSet(t[j].low, {"a", "an", "the", "mandatory", "voluntary", "new", "immediate"})) {
      ++j;
    }
    if (!IsWord(t, j) || t[j].low.rfind("evacuation", 0) != 0) return 0;
    ++j;
    if (IsWord(t, j) && InSet(t[j].low, {"order", "orders", "warning", "warnings", "notice",
                                         "notices"})) {
      ++j;
    }
    return j;
  }
  if (IsWord(t, k) && InSet(t[k].low, {"ordered", "told", "forced"})) ++k;
  if (!IsWordEq(t, k, "to") || !IsWord(t, k + 1)) return 0;
  if (t[k + 1].low == "evacuate") return k + 2;
  if (!InSet(t[k + 1].low, {"leave", "flee"})) return 0;
  size_t j = k + 2;
  if (IsWord(t, j) && InSet(t[j].low, {"their", "the"})) ++j;
  if (!IsWord(t, j) || !InSet(t[j].low, {"homes", "home", "houses"})) return 0;
  return j + 1;
}

// The event lemma of t[i] (or of the bigram t[i] t[i+1]: "shot down"); the
// number of tokens it covers goes to *len.
std::string EventAt(const Vocab& v, const std::vector<Tok>& t, size_t i,
                    size_t* len) {
  if (!IsWord(t, i)) return "";
  if (IsWord(t, i + 1)) {
    std::string bi = t[i].low + " " + t[i + 1].low;
    auto it = v.verbs.find(bi);
    if (it != v.verbs.end() && it->second != "-") {
      *len = 2;
      return it->second;
    }
  }
  std::string l = v.EventLemma(t[i].low);
  if (!l.empty()) *len = 1;
  return l;
}

// Event verb ending right before token `end` ("launched", "shot down",
// "killing"); start token to *begin.
std::string EventBefore(const Vocab& v, const std::vector<Tok>& t, size_t end,
                        size_t* begin) {
  if (end >= 2 && IsWord(t, end - 2) && IsWord(t, end - 1)) {
    std::string bi = t[end - 2].low + " " + t[end - 1].low;
    auto it = v.verbs.find(bi);
    if (it != v.verbs.end() && it->second != "-") {
      *begin = end - 2;
      return it->second;
    }
  }
  if (end >= 1 && IsWord(t, end - 1) && !t[end - 1].cap) {
    const std::string& w = t[end - 1].low;
    if (EndsWith(w, "ed") || EndsWith(w, "ing") || v.verbs.count(w)) {
      std::string l = v.EventLemma(w);
      if (!l.empty()) {
        *begin = end - 1;
        return l;
      }
    }
  }
  return "";
}

void SplitUnit(const std::string& entry, std::string* unit, std::string* event) {
  size_t sp = entry.find(' ');
  if (sp == std::string::npos) {
    *unit = entry;
    event->clear();
  } else {
    *unit = entry.substr(0, sp);
    *event = entry.substr(sp + 1);
  }
}

bool OverlapsTime(const ExtractContext& ctx, size_t b, size_t e) {
  const auto& times = ctx.times;
  auto it = std::lower_bound(times.begin(), times.end(), b,
                             [](const TimeExpr& x, size_t p) {
                               return x.span.end <= p;
                             });
  return it != times.end() && it->span.begin < e;
}

struct LastCount {
  bool valid = false;
  std::string unit;
  std::string event;
};

bool IsPartitiveDeterminer(const Tok& t) {
  return t.kind == TokKind::kWord &&
         InSet(t.low, {"the", "its", "their", "our", "his", "her", "those",
                       "these"});
}

// A number token (digits or a spelled cardinal) at t[i]: its value, or 0.
double PlainNumberAt(const Vocab& v, const std::vector<Tok>& t, size_t i) {
  if (IsNumber(t, i)) {
    if (t[i].low.find('.') != std::string::npos || t[i].e - t[i].b > 12) return 0;
    std::string digits;
    for (char c : t[i].low) {
      if (c != ',') digits += c;
    }
    return std::strtod(digits.c_str(), nullptr);
  }
  if (IsWord(t, i)) return WordCardinal(v, t[i].low);
  return 0;
}

// The whole of a partitive count that starts at t[of] = "of": "of the 11",
// "of 11", "of the bloc's 11", "of its five". Returns the token of the whole
// number and its value, or false.
bool PartitiveWhole(const Vocab& v, const std::vector<Tok>& t, size_t of,
                    size_t* whole, double* value) {
  if (!IsWordEq(t, of, "of")) return false;
  size_t k = of + 1;
  if (k < t.size() && IsPartitiveDeterminer(t[k])) ++k;
  // "the bloc's 11": one possessive word.
  if (IsWord(t, k) && EndsWith(t[k].low, "'s")) ++k;
  double d = PlainNumberAt(v, t, k);
  if (d <= 0) return false;
  // The whole is a bare number, not "of the 1990s" or "of 11-year-olds".
  if (k + 1 < t.size() && t[k + 1].b == t[k].e && t[k + 1].kind != TokKind::kPunct) {
    return false;
  }
  if (k + 1 < t.size() && t[k + 1].b == t[k].e &&
      (t[k + 1].low == "-" || t[k + 1].low == "%" || t[k + 1].low == ":")) {
    return false;
  }
  *whole = k;
  *value = d;
  return true;
}

// True when the number at t[i] is the whole of a partitive count ("eight of
// the 11", "87 of the 151 seats"): the part is the count, the whole is not.
bool IsPartitiveWhole(const Vocab& v, const std::vector<Tok>& t, size_t i) {
  size_t k = i;
  if (k > 0 && IsWord(t, k - 1) && EndsWith(t[k - 1].low, "'s")) --k;
  if (k > 0 && IsPartitiveDeterminer(t[k - 1])) --k;
  if (k < 2 || !IsWordEq(t, k - 1, "of")) return false;
  return PlainNumberAt(v, t, k - 2) > 0;
}

// A closed period the count is of, in its clause: "(on|in|during|over)
// (its|the|their) first day", "on the opening night", "in the second week",
// "on day one". Returns "first day", "second week", ... or "". "the last
// week" is a rolling window, not a closed period, and is not one.
std::string ClosedPeriodNear(const std::vector<Tok>& t, size_t first, size_t last) {
  size_t b = first, e = last;
  for (size_t s = 0; s < 10 && b > 0 && !IsClauseBreak(t[b - 1]); ++s) --b;
  for (size_t s = 0; s < 12 && e + 1 < t.size() && !IsClauseBreak(t[e + 1]); ++s) ++e;
  auto unit = [&](size_t k) {
    return IsWord(t, k) && InSet(t[k].low, {"day", "week", "weekend", "night", "month"});
  };
  for (size_t k = b; k + 1 <= e; ++k) {
    if (k + 1 <= e && IsWordEq(t, k, "day") && IsWordEq(t, k + 1, "one") && k > 0 &&
        IsWord(t, k - 1) && InSet(t[k - 1].low, {"on", "in", "during"})) {
      return "first day";
    }
    if (!IsWord(t, k) || k < 2 || !unit(k + 1)) continue;
    static const std::pair<std::string_view, std::string_view> kOrdinals[] = {
        {"first", "first"}, {"opening", "first"}, {"second", "second"},
        {"third", "third"}, {"fourth", "fourth"}, {"fifth", "fifth"}, {"final", "final"}};
    std::string_view ord;
    for (const auto& [w, canon] : kOrdinals) {
      if (t[k].low == w) ord = canon;
    }
    if (ord.empty()) continue;
    if (!IsWord(t, k - 1) || !InSet(t[k - 1].low, {"its", "the", "their"})) continue;
    if (!IsWord(t, k - 2) || !InSet(t[k - 2].low, {"on", "in", "during", "over", "for"})) {
      continue;
    }
    return std::string(ord) + " " + t[k + 1].low;
  }
  return "";
}

void ExtractQuantitiesImpl(const ExtractContext& ctx, const Vocab& v, SentenceToks* cache,
                           std::vector<Claim>* out) {
  const Document& doc = ctx.doc;
  std::string_view text = doc.text();
  if (!v.quantity_prefilter) return;
  static const std::initializer_list<std::string_view> kLabelWords = {
      "no", "nos", "number", "article", "section", "chapter", "page", "pages",
      "round", "phase", "game", "route", "flight", "level", "stage", "step",
      "category", "grade", "class", "room", "resolution", "size", "version",
      "model", "channel", "platform", "gate", "track", "item", "paragraph",
      "row", "rank", "ranked", "aged", "age", "ages", "magnitude", "score",
      "week", "day", "year", "point", "points", "line", "act", "title",
      "amendment", "figure", "table", "part", "unit", "seat", "ward",
      "district", "highway", "interstate", "apollo", "boeing", "airbus",
      "term", "grade", "level", "g", "covid"};
  // Units of the document's counts so far, by value: "the 11" in "eight of
  // the 11 signed" refers back to "11 member states" of an earlier sentence.
  std::unordered_map<double, std::string> unit_by_value;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Span sspan = doc.sentences[si].span;
    if (sspan.end > text.size() || sspan.empty()) continue;
    re2::StringPiece piece(text.data() + sspan.begin, sspan.size());
    if (!RE2::PartialMatch(piece, *v.quantity_prefilter)) continue;
    const std::vector<Tok>& t = cache->Get(si, sspan);
    LastCount last;
    size_t skip_until = 0;
    for (size_t i = 0; i < t.size(); ++i) {
      if (i < skip_until) continue;
      if (t[i].kind == TokKind::kPunct && CurrencyOf(t[i]).empty()) continue;
      if (t[i].kind == TokKind::kWord && t[i].low != "us" && t[i].low != "a" &&
          v.numbers.count(t[i].low) == 0 &&
          t[i].low.find('-') == std::string::npos) {
        continue;
      }
      NumExpr n;
      if (!ReadNumber(v, t, i, &n)) continue;
      skip_until = n.last + 1;
      const Tok& num = t[n.num];
      const bool money = !n.currency.empty();
      // --- What is not a count ---
      // Glued to the previous token: "G7", "F-16", "COVID-19", "v1.2".
      if (n.first > 0) {
        const Tok& p = t[n.first - 1];
        if (p.e == t[n.first].b && !IsQuote(p) && p.low != "(" &&
            p.low != "[" && CurrencyOf(p).empty()) {
          continue;
        }
        if (p.low == "#" || p.low == "+") continue;
      }
      // Glued after: "20-point", "45-year-old", "3-1", "28th", "4G", "5pm",
      // "12:40", and percentages.
      bool per_share = false;
      size_t after = n.last + 1;
      if (after < t.size() && t[after].b == t[n.last].e) {
        const Tok& a = t[after];
        if (a.kind == TokKind::kPunct && a.low == "-" && money &&
            IsWordEq(t, after + 1, "a-share")) {
          per_share = true;
        } else if (a.kind == TokKind::kPunct &&
                   (a.low == "-" || a.low == ":" || a.low == "%" ||
                    a.low == "/" || a.low == "\xE2\x80\x93")) {
          continue;
        } else if (a.kind != TokKind::kPunct) {
          continue;
        }
      }
      if (IsWord(t, after) &&
          InSet(t[after].low, {"percent", "pct", "a.m.", "p.m.", "am", "pm",
                               "gmt", "utc", "o'clock", "hrs", "times",
                               "fold"})) {
        continue;
      }
      if (IsWordEq(t, after, "per") && IsWordEq(t, after + 1, "cent")) continue;
      if (n.decimal && !n.scaled && !money) continue;
      // Dates: next to a month name, or inside a tagged time expression.
      if ((n.first > 0 && IsMonth(t[n.first - 1])) ||
          (n.first > 1 && IsPunctEq(t, n.first - 1, ".") &&
           IsMonth(t[n.first - 2])) ||
          (after < t.size() && IsMonth(t[after]))) {
        continue;
      }
      if (OverlapsTime(ctx, t[n.first].b, t[n.last].e)) continue;
      // Labels: "Article 5", "Game 7", "No. 10", "aged 45".
      size_t prev = n.first;
      if (prev > 0 && IsPunctEq(t, prev - 1, ".")) --prev;
      if (prev > 0 && IsWord(t, prev - 1)) {
        const Tok& p = t[prev - 1];
        if (InSet(p.low, kLabelWords)) continue;
      }
      // List numbering: "1." / "2)" at the start of an item.
      if (!n.words && !money &&
          (n.first == 0 || (n.first == 1 && t[0].kind == TokKind::kPunct)) &&
          (IsPunctEq(t, after, ".") || IsPunctEq(t, after, ")"))) {
        continue;
      }
      // Years.
      bool year_like = !n.words && !money && !n.scaled &&
                       num.low.size() == 4 && n.value >= 1000 &&
                       n.value <= 2199;
      // Modifiers and hedges before the number.
      std::string modifier;
      size_t mod_begin = n.first;
      MatchPhraseBefore(t, n.first, v.hedges, &mod_begin, &modifier);
      size_t lead = modifier.empty() ? n.first : mod_begin;
      // A capitalized word right before (not sentence-initial): a label or a
      // name ("Boeing 737", "Flight 370").
      if (modifier.empty() && lead > 0 && IsWord(t, lead - 1) &&
          t[lead - 1].cap && lead - 1 > 0 && !n.words && !money &&
          !IsMonth(t[lead - 1])) {
        continue;
      }
      // "the two leaders", "its 27 members": a definite group, not a count
      // reported as news.
      bool determiner =
          lead > 0 && IsWord(t, lead - 1) && modifier.empty() && !money &&
          InSet(t[lead - 1].low, {"the", "these", "those", "its", "their",
                                  "his", "her", "our", "your", "my", "both",
                                  "all", "each", "every", "whose"});
      if (determiner && n.words) continue;  // "the two leaders"
      // Partitive counts: "87 of the 151 seats", "eight of the 11 members
      // signed", "three of its five victims": the part counts, the whole
      // does not; other "N of ..." ("one of the", "two of them") are out.
      size_t whole = 0;
      double whole_value = 0;
      bool partitive = false;
      if (IsWordEq(t, after, "of") && !money) {
        if (!PartitiveWhole(v, t, after, &whole, &whole_value) ||
            whole_value <= n.value) {
          continue;
        }
        partitive = true;
      }
      if (IsPartitiveWhole(v, t, n.first)) continue;

      // --- The counted noun ---
      size_t j = partitive ? whole + 1 : after;
      std::string unit, event, head_word;
      size_t np_first = j, np_last = 0;
      bool has_np = false;
      bool unit_from_lexicon = false;
      if (per_share || ((IsWordEq(t, j, "a") || IsWordEq(t, j, "per")) &&
                        IsWordEq(t, j + 1, "share"))) {
        per_share = true;
        if (IsPunctEq(t, j, "-")) np_first = j + 1;
        np_last = j + 1;
        has_np = true;
        head_word = "per share";
      } else {
        std::vector<size_t> collected;
        size_t k = j;
        if (money && k < t.size() && IsQuote(t[k])) ++k;
        bool lower_seen = false;
        while (k < t.size() && k < j + 5) {
          const Tok& w = t[k];
          if (w.kind != TokKind::kWord) break;
          if (IsNpStop(w.low) && !(collected.empty() && money && w.cap)) break;
          // Two-word units: "member states", "pounds sterling".
          if (IsWord(t, k + 1)) {
            auto u2 = v.units.find(w.low + " " + t[k + 1].low);
            if (u2 != v.units.end() && u2->second != "-") {
              collected.push_back(k);
              collected.push_back(k + 1);
              head_word = w.low + " " + t[k + 1].low;
              unit_from_lexicon = true;
              break;
            }
          }
          auto u = v.units.find(w.low);
          if (u != v.units.end()) {
            if (u->second == "-") {
              if (collected.empty()) {
                unit = "-";
              }
              break;
            }
            collected.push_back(k);
            head_word = w.low;
            unit_from_lexicon = true;
            break;
          }
          if (w.cap) {
            if (lower_seen && !money) break;
            if (IsMonth(w)) break;
            collected.push_back(k);
            ++k;
            continue;
          }
          bool verb_form = EndsWith(w.low, "ed") || EndsWith(w.low, "ing");
          if (verb_form) {
            // An adjective before a plural noun ("unmanned drones") or a
            // participle ("133 intercepted", "people killed").
            bool adj = IsWord(t, k + 1) && LooksPlural(t[k + 1].low) &&
                       !IsNpStop(t[k + 1].low) && !t[k + 1].cap;
            if (!adj) break;
            collected.push_back(k);
            lower_seen = true;
            ++k;
            continue;
          }
          collected.push_back(k);
          lower_seen = true;
          if (LooksPlural(w.low) || v.units.count(w.low)) {
            head_word = w.low;
            break;
          }
          ++k;
        }
        if (unit == "-") continue;  // "three days", "20 years"
        if (!collected.empty()) {
          if (head_word.empty()) {
            // A singular noun: take the last word when the phrase ends
            // there ("a $30 billion fund", "one soldier").
            size_t lastk = collected.back();
            if (HasHeadPunctAfter(t, lastk + 1) ||
                (IsWord(t, lastk + 1) &&
                 (IsNpStop(t[lastk + 1].low) ||
                  EndsWith(t[lastk + 1].low, "ed") || IsQuote(t[lastk + 1]))) ||
                (lastk + 1 < t.size() && IsQuote(t[lastk + 1]))) {
              head_word = t[lastk].low;
            }
          }
          if (!head_word.empty()) {
            has_np = true;
            np_first = collected.front();
            np_last = collected.back();
            if (money && IsQuote(t[np_first - 1]) && np_first - 1 >= j) {
              np_first = np_first - 1;
            }
          }
        }
      }
      if (has_np && !per_share) {
        if (unit_from_lexicon) {
          SplitUnit(v.units.at(head_word), &unit, &event);
        } else {
          unit = Vocab::Singular(head_word);
        }
        // "14 people died and 28 others were missing": "others" are more of
        // the previous count's kind.
        if (unit == "other" && last.valid) unit = last.unit;
      }
      // "Eight of the 11 signed": the whole names a count given before
      // ("all 11 member states"), whose unit the part takes.
      bool inherited = false;
      if (partitive && !has_np) {
        auto it = unit_by_value.find(whole_value);
        if (it == unit_by_value.end()) continue;
        unit = it->second;
        inherited = true;
      }
      if (year_like) {
        bool ok = has_np && (unit_from_lexicon || LooksPlural(head_word)) &&
                  !(n.first > 0 && IsWord(t, n.first - 1) &&
                    InSet(t[n.first - 1].low,
                          {"in", "since", "by", "of", "from", "until", "till",
                           "before", "after", "during", "between", "and", "to",
                           "through", "early", "late", "mid", "the"}));
        if (!ok) continue;
      }

      // --- What happened to them ---
      size_t event_end = 0;  // exclusive token index of an event after
      size_t scan = has_np ? np_last + 1 : j;
      if (event.empty()) {
        size_t aux = 0;
        size_t k = scan;
        // "people on board had been rescued", "passengers aboard died".
        for (size_t loc = 0; loc < 2 && has_np && IsWord(t, k) &&
                             InSet(t[k].low, {"on", "board", "aboard", "onboard", "inside"});
             ++loc) {
          ++k;
        }
        // "members of the Security Council voted": a named body after the
        // counted noun.
        if (has_np && IsWordEq(t, k, "of")) {
          size_t j = k + 1;
          if (IsWordEq(t, j, "the")) ++j;
          size_t caps = 0;
          while (caps < 5 && IsWord(t, j + caps) && t[j + caps].cap) ++caps;
          if (caps > 0) k = j + caps;
        }
        // "forced 3,000 people to leave their homes" ("to" reads as an
        // auxiliary below).
        size_t evac_end = has_np ? EvacuationAt(t, k) : 0;
        while (k < t.size() && aux < 3 && IsWord(t, k) && IsAux(t[k].low)) {
          ++k;
          ++aux;
        }
        // "are now confirmed dead", "were feared missing", "listed as
        // injured": a hedging participle before a state adjective.
        size_t k_state = k;
        while (k_state < t.size() && k_state - k < 3 && IsWord(t, k_state) &&
               InSet(t[k_state].low, {"confirmed", "feared", "believed", "presumed",
                                      "reported", "listed", "officially", "as"})) {
          ++k_state;
        }
        size_t len = 0;
        std::string e = EventAt(v, t, k, &len);
        if (evac_end == 0 && has_np && e.empty()) evac_end = EvacuationAt(t, k);
        if (evac_end != 0) {
          event = "evacuate";
          event_end = evac_end;
        } else if (!e.empty() && (has_np || aux == 0)) {
          event = e;
          event_end = k + len;
        } else if (aux > 0 && IsWord(t, k_state) && v.units.count(t[k_state].low)) {
          // A state adjective of count_units ("dead", "missing", "injured")
          // after a copula says what happened.
          std::string u2, e2;
          SplitUnit(v.units.at(t[k_state].low), &u2, &e2);
          if (!e2.empty()) {
            event = e2;
            event_end = k_state + 1;
          }
        }
      }
      size_t verb_begin = lead;
      if (event.empty()) {
        size_t vb = 0;
        std::string e = EventBefore(v, t, lead, &vb);
        // "forcing the evacuation of 1,240 residents", "the deaths of 12
        // miners": the noun of the event, then "of".
        static const std::unordered_map<std::string, std::string> kNominal = {
            {"evacuation", "evacuate"}, {"evacuations", "evacuate"}, {"rescue", "rescue"},
            {"rescues", "rescue"},      {"arrest", "arrest"},        {"arrests", "arrest"},
            {"detention", "arrest"},    {"deaths", "kill"},          {"death", "kill"},
            {"killing", "kill"},        {"killings", "kill"},        {"cancellation", "cancel"},
            {"cancellations", "cancel"}, {"release", "release"},     {"deployment", "deploy"},
            {"displacement", "displace"}, {"injury", "injure"},      {"injuries", "injure"},
            {"dismissal", "lay off"},   {"layoffs", "lay off"},      {"hiring", "hire"}};
        if (e.empty() && lead >= 2 && IsWordEq(t, lead - 1, "of") && IsWord(t, lead - 2)) {
          auto nom = kNominal.find(t[lead - 2].low);
          if (nom != kNominal.end()) {
            e = nom->second;
            vb = lead - 2;
          }
        }
        if (!e.empty()) {
          event = e;
          verb_begin = vb;
        } else if (lead >= 2 && IsWordEq(t, lead - 1, "by")) {
          // "The motion was backed by 60 of the 100 senators": the agents
          // of a vote are the ones counted (the agents of other events,
          // "killed by three gunmen", are not what the event counts).
          e = EventBefore(v, t, lead - 1, &vb);
          if (e == "vote") {
            event = e;
            verb_begin = vb;
          }
        }
      }
      // Death tolls: "the death toll rose to 31".
      if (!has_np && event.empty() && !money) {
        // "The death toll from Monday's earthquake in the southern
        // highlands has risen to 31": the toll may sit a dozen words back.
        for (size_t back = 1; back <= 16 && back <= lead; ++back) {
          const Tok& p = t[lead - back];
          if (IsClauseBreak(p)) break;
          if (p.kind == TokKind::kWord && p.low == "toll") {
            unit = "person";
            event = "kill";
            break;
          }
        }
      }

      // --- Elliptical counts: "with 133 intercepted", "including 18 over
      // Moscow" take their unit from the previous count of the sentence ---
      std::string suffix;
      size_t suffix_end = 0;
      bool elliptical = false;
      if (!has_np && unit.empty() && !money) {
        if (!last.valid || determiner) continue;
        bool including = lead > 0 && IsWord(t, lead - 1) &&
                         InSet(t[lead - 1].low, {"including", "among"});
        if (!event.empty()) {
          unit = last.unit;
          elliptical = true;
        } else if (including && IsWord(t, after) &&
                   InSet(t[after].low, {"over", "in", "near", "at", "from",
                                        "across", "around", "inside"}) &&
                   IsWord(t, after + 1) && t[after + 1].cap) {
          unit = last.unit;
          event = last.event;
          size_t k = after + 1;
          std::string place;
          while (k < t.size() && k < after + 4 && IsWord(t, k) && t[k].cap) {
            place += " " + t[k].low;
            ++k;
          }
          suffix = " " + t[after].low + place;
          suffix_end = k;
          elliptical = true;
        } else {
          continue;
        }
      }
      if (n.small_one && event.empty()) continue;  // "one of the", "one day"
      if (unit.empty() && !money) continue;

      // --- The claim ---
      std::string key;
      if (money) {
        key = n.currency;
        if (per_share) {
          key += " per share";
        } else if (has_np) {
          key += " " + unit;
        }
        unit = n.currency;
      } else {
        key = unit;
        if (!event.empty()) key += " " + event;
        key += suffix;
      }

      double confidence = 0.8;
      if (!event.empty()) confidence = 0.9;
      if (money && !has_np) confidence = 0.4;
      if (!money && has_np && !unit_from_lexicon && !LooksPlural(head_word)) {
        confidence = 0.6;
      }
      if (elliptical || inherited) confidence = 0.7;
      if (n.words && !n.scaled && n.value <= 10) confidence = std::min(confidence, 0.6);
      if (n.small_one) confidence = 0.4;
      if (determiner) confidence = 0.4;
      if (year_like) confidence = std::min(confidence, 0.5);

      Claim c;
      c.type = ClaimType::kQuantity;
      c.sentence = si;
      size_t sub_b, sub_e;
      if (has_np) {
        sub_b = t[np_first].b;
        sub_e = t[std::max(np_last, event_end > 0 ? event_end - 1 : np_last)].e;
      } else if (suffix_end > 0) {
        sub_b = t[after].b;
        sub_e = t[suffix_end - 1].e;
      } else if (event_end > 0) {
        sub_b = t[after].b;
        sub_e = t[event_end - 1].e;
      } else {
        sub_b = t[n.first].b;
        sub_e = t[n.last].e;
      }
      size_t cb = std::min(t[verb_begin].b, t[lead].b);
      size_t ce = std::max(sub_e, t[n.last].e);
      c.span = Span{cb, ce};
      c.confidence = confidence;
      c.modifier_word = modifier;
      c.hedge = modifier;
      c.number = n.value;
      c.unit = unit;
      c.money = money || v.currencies.count(unit) > 0;
      c.value = MakeMention(doc, t[n.first].b, t[n.last].e, FormatNumber(n.value));
      // "cancelled 420 flights on its first day": the count of a closed
      // period; the key names the period ("flight cancel first day"), so
      // that the first day's count of one report meets another's, whatever
      // day each was published.
      std::string period = c.money ? "" : ClosedPeriodNear(t, n.first, n.last);
      c.subject = MakeMention(doc, sub_b, sub_e, period.empty() ? key : key + " " + period);
      out->push_back(std::move(c));
      if (!money) {
        last.valid = true;
        last.unit = unit;
        last.event = event;
        unit_by_value[n.value] = unit;
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Statuses

bool IsNegation(const Tok& t) {
  if (t.kind != TokKind::kWord) return false;
  return t.low == "not" || t.low == "never" || EndsWith(t.low, "n't") ||
         t.low == "cannot";
}

bool IsConditionalCue(const Tok& t) {
  if (t.kind != TokKind::kWord) return false;
  if (t.low == "may") return !t.cap;
  return InSet(t.low, {"if", "once", "unless", "could", "would", "might",
                       "will", "should", "can", "hopes", "hope", "hoping",
                       "hoped", "aims", "aim", "aiming", "expected", "expects",
                       "expect", "plans", "planned", "intends", "intend",
                       "wants", "want", "seeks", "seek", "set", "due",
                       "likely", "scheduled", "whether", "when", "'ll"});
}

// Before a completed stage only: "weeks of work before a binding contract is
// signed", "pending approval", "has yet to be finalized". (Before a failure
// it is narration: "talks went on before the negotiations broke down".)
bool IsNotYetCue(const Tok& t) {
  return t.kind == TokKind::kWord &&
         InSet(t.low, {"before", "until", "yet", "awaiting", "pending"});
}

// True when the status phrase at t[first] is stated in the present tense:
// "is (still) under negotiation", "remain unsigned", "the deal's not
// finalized" (a present copula or "remains" within three words before it,
// no past one nearer).
bool PresentTenseBefore(const std::vector<Tok>& t, size_t first) {
  if (IsWord(t, first) && InSet(t[first].low, {"remains", "remain"})) return true;
  for (size_t back = 1; back <= 3 && back <= first; ++back) {
    const Tok& p = t[first - back];
    if (p.kind != TokKind::kWord) return false;
    if (InSet(p.low, {"is", "are", "remains", "remain", "'s"})) return true;
    if (InSet(p.low, {"was", "were", "had", "been", "be", "remained"})) return false;
  }
  return false;
}

void ExtractStatusesImpl(const ExtractContext& ctx, const Vocab& v, SentenceToks* cache,
                         std::vector<Claim>* out) {
  const Document& doc = ctx.doc;
  std::string_view text = doc.text();
  if (!v.status_re) return;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Span sspan = doc.sentences[si].span;
    if (sspan.end > text.size() || sspan.empty()) continue;
    re2::StringPiece piece(text.data() + sspan.begin, sspan.size());
    re2::StringPiece m;
    if (!v.status_re->Match(piece, 0, piece.size(), RE2::UNANCHORED, &m, 1)) {
      continue;
    }
    const std::vector<Tok>& t = cache->Get(si, sspan);
    size_t pos = 0;
    while (pos <= piece.size() &&
           v.status_re->Match(piece, pos, piece.size(), RE2::UNANCHORED, &m, 1)) {
      size_t mb = static_cast<size_t>(m.data() - piece.data());
      size_t me = mb + m.size();
      pos = me > mb ? me : mb + 1;
      std::string norm;
      for (const std::string& w : SplitWords(std::string(m.data(), m.size()))) {
        norm += (norm.empty() ? "" : " ") + w;
      }
      // Whitespace other than ' ' inside the phrase.
      for (char& c : norm) {
        if (IsSpace(c)) c = ' ';
      }
      auto st = v.status.find(norm);
      if (st == v.status.end()) {
        // Collapse runs of white space the split did not catch.
        std::string collapsed;
        for (char c : norm) {
          if (c == ' ' && !collapsed.empty() && collapsed.back() == ' ') continue;
          collapsed += c;
        }
        st = v.status.find(collapsed);
        if (st == v.status.end()) continue;
      }
      DealStatus status = st->second;
      size_t first = TokenAt(t, sspan.begin + mb);
      size_t last_excl = TokenAt(t, sspan.begin + me);
      if (first >= t.size() || last_excl <= first) continue;

      // A percentage right before ("90% finalized") is progress.
      bool progress = false;
      for (size_t back = 1; back <= 2 && back <= first; ++back) {
        const Tok& p = t[first - back];
        if (p.low == "%" || p.low == "percent" || p.low == "cent" ||
            v.fractions.count(p.low)) {
          progress = true;
        }
      }
      if (progress) continue;

      // Negation and conditionals in the few words before the phrase.
      bool negated = false, hypothetical = false;
      for (size_t back = 1; back <= 5 && back <= first; ++back) {
        const Tok& p = t[first - back];
        if (IsClauseBreak(p)) break;
        if (p.kind == TokKind::kPunct) continue;  // "agreement, if finalized,"
        if (back <= 4 && IsNegation(p)) negated = true;
        if (IsConditionalCue(p)) hypothetical = true;
        if (IsNotYetCue(p) && DealStatusRank(status) >= DealStatusRank(DealStatus::kAgreedInPrinciple)) {
          hypothetical = true;
        }
        if (back == 1 && p.low == "be" && first >= 2 &&
            IsWordEq(t, first - 2, "to")) {
          hypothetical = true;  // "a medical to be completed"
        }
      }
      // "expected to sign a definitive agreement": an infinitive phrase of
      // status_phrases.txt states an intention, never the stage reached.
      if (IsWordEq(t, first, "to")) hypothetical = true;
      // A stage written as a noun phrase ("final agreement", "framework
      // deal") that is a goal ("working toward a final agreement", "pushing
      // for a framework deal") or comes with a future ("the final agreement was
      // expected to be signed", "a final deal could come next week") is not
      // reached yet.
      const bool noun_stage = IsWord(t, last_excl - 1) &&
                              v.IsSubjectNoun(t[last_excl - 1].low) && IsWord(t, first) &&
                              !EndsWith(t[first].low, "ed") && !t[first].cap;
      if (noun_stage) {
        size_t b = first;
        if (b > 0 && IsWord(t, b - 1) && InSet(t[b - 1].low, {"a", "an", "the"})) --b;
        if (b > 0 && IsWord(t, b - 1) &&
            InSet(t[b - 1].low, {"toward", "towards", "for"})) {
          hypothetical = true;
        }
      }
      if (negated) {
        if (status == DealStatus::kFinalized || status == DealStatus::kSigned ||
            status == DealStatus::kAgreedInPrinciple) {
          status = DealStatus::kUnderNegotiation;
        } else if (status != DealStatus::kUnderNegotiation) {
          continue;
        }
      }

      // The deal or document the status is about.
      double confidence = 0.8;
      bool own_noun = false;
      for (size_t k = first; k < last_excl; ++k) {
        if (IsWord(t, k) && v.IsSubjectNoun(t[k].low)) own_noun = true;
      }
      NounPhrase subject;
      if (!own_noun ||
          (IsWord(t, last_excl) &&
           InSet(t[last_excl].low, {"on", "of", "for", "over", "covering",
                                    "regarding", "concerning"}))) {
        subject = SubjectRight(v, t, last_excl, t.size(), 0, 8);
      }
      // Attributive "proposed"/"draft" describe the noun right after them.
      bool attributive = (status == DealStatus::kProposed) && subject.found &&
                         subject.first == last_excl;
      if (subject.found) {
        confidence = 0.9;
      } else {
        subject = SubjectLeft(v, t, first, first, 0, 14);
        if (!subject.found) {
          // The phrase's own noun: "trade talks collapsed" is covered above;
          // "framework agreement", "talks continue" name it themselves.
          for (size_t k = last_excl; k > first; --k) {
            if (IsWord(t, k - 1) && v.IsSubjectNoun(t[k - 1].low)) {
              subject = BuildSubject(v, t, k - 1, last_excl, 0);
              if (subject.first > first) subject.first = first;
              // Pre-modifiers left of the phrase ("trade talks continue").
              NounPhrase wider = BuildSubject(v, t, k - 1, last_excl, 0);
              subject.key = wider.key;
              confidence = 0.6;
              break;
            }
          }
        }
      }
      if (!subject.found || subject.key.empty()) continue;
      if (attributive) confidence = 0.5;
      // "The union proposed new talks": proposing to negotiate is no stage
      // of a deal.
      if (status == DealStatus::kProposed && subject.last < t.size() &&
          InSet(t[subject.last].low, {"talks", "negotiations", "negotiation"})) {
        continue;
      }
      // "completed four acquisitions", "signed 12 agreements": counted deals,
      // not the status of one.
      for (size_t k = subject.first + 1; k <= subject.last && k < t.size(); ++k) {
        bool number = (IsNumber(t, k - 1) && (k < 2 || CurrencyOf(t[k - 2]).empty())) ||
                      (IsWord(t, k - 1) && WordCardinal(v, t[k - 1].low) >= 2);
        if (number && IsWord(t, k) && LooksPlural(t[k].low) && v.IsSubjectNoun(t[k].low)) {
          subject.found = false;
        }
      }
      if (!subject.found) continue;
      if (noun_stage) {
        // The future after the noun phrase and its subject ("The final
        // agreement on the water treaty is expected to be signed").
        size_t a = std::max(last_excl, subject.last + 1);
        if (IsWord(t, a) && InSet(t[a].low, {"is", "was", "are", "were", "has", "had"})) ++a;
        if (IsWord(t, a) && IsConditionalCue(t[a]) &&
            !InSet(t[a].low, {"when", "if", "once", "whether"})) {
          hypothetical = true;
        }
      }

      Claim c;
      c.type = ClaimType::kStatus;
      c.sentence = si;
      size_t b = std::min(t[first].b, t[subject.first].b);
      size_t e = std::max(t[last_excl - 1].e, t[subject.last].e);
      c.span = Span{b, e};
      c.confidence = confidence;
      c.status = status;
      if (hypothetical) c.stance = Stance::kHypothetical;
      // "The buyout is still under negotiation, a week after it was
      // first reported on Monday": a status in the present tense is as of the
      // report, whatever earlier day its sentence names.
      if (doc.published_date && PresentTenseBefore(t, first)) {
        c.when = TimeValue::Day(*doc.published_date);
      }
      c.subject = MakeMention(doc, t[subject.first].b, t[subject.last].e,
                              subject.key);
      c.value = MakeMention(doc, t[first].b, t[last_excl - 1].e,
                            DealStatusName(status));
      out->push_back(std::move(c));
    }
  }
}

}  // namespace

void ExtractProgress(const ExtractContext& ctx, std::vector<Claim>* out) {
  SentenceToks cache(ctx.doc.text(), ctx.doc.sentences.size());
  ExtractProgressImpl(ctx, VocabFor(ctx.lexicons), &cache, out);
}

void ExtractQuantities(const ExtractContext& ctx, std::vector<Claim>* out) {
  SentenceToks cache(ctx.doc.text(), ctx.doc.sentences.size());
  ExtractQuantitiesImpl(ctx, VocabFor(ctx.lexicons), &cache, out);
}

void ExtractStatuses(const ExtractContext& ctx, std::vector<Claim>* out) {
  SentenceToks cache(ctx.doc.text(), ctx.doc.sentences.size());
  ExtractStatusesImpl(ctx, VocabFor(ctx.lexicons), &cache, out);
}

void ExtractValues(const ExtractContext& ctx, std::vector<Claim>* out) {
  const Vocab& v = VocabFor(ctx.lexicons);
  SentenceToks cache(ctx.doc.text(), ctx.doc.sentences.size());
  ExtractProgressImpl(ctx, v, &cache, out);
  ExtractQuantitiesImpl(ctx, v, &cache, out);
  ExtractStatusesImpl(ctx, v, &cache, out);
}

}  // namespace claimcheck
