// The person finder. Token based: a run of capitalized tokens (with initials,
// particles and suffixes) is split at title words, places, organizations and
// never-name words (lexicons titles, demonyms, countries, cities, venues,
// organizations, name_stopwords); what is left is a name candidate when it has
// a signal (a title before it, a known given name, an initial or particle,
// "said" or an appositive after it) or stands mid-sentence in running text.
// A second pass resolves single-token mentions to the full names of the
// document by surname.
#include "core/people.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/places.h"

namespace claimcheck {
namespace {

// Accent folding for U+00C0..U+024F ('?' = no ASCII letter).
constexpr std::string_view kFold =
    "AAAAAAACEEEEIIIIDNOOOOO?OUUUUYTsaaaaaaaceeeeiiiidnooooo?ouuuuyty"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlL"
    "lLlNnNnNnn??OoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"
    "????????????????????????????????Oo?????????????Uu???????????????"
    "????DDdLLlNNnAaIiOoUuUuUuUuUu?AaAa????GgKkOoOo??jDDdGg??NnAa????"
    "AaAaEeEeIiIiOoOoRrRrUuUuSsTt??Hh??????AaEeOoOoOoOoYy????????????"
    "????????????????";

uint32_t Decode(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) {
    *len = 1;
    return 0xFFFD;
  }
  uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (int k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  *len = static_cast<size_t>(n);
  return cp;
}

char FoldChar(uint32_t cp) {
  if (cp < 0x80) return static_cast<char>(cp);
  if (cp >= 0xC0 && cp < 0xC0 + kFold.size()) return kFold[cp - 0xC0];
  return '?';
}

bool IsSpaceCp(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' ||
         cp == '\f' || cp == 0xA0 || cp == 0xAD || (cp >= 0x2000 && cp <= 0x200D) ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

bool IsLetterCp(uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9');
  }
  if (cp < 0xC0) return false;  // Latin-1 punctuation and symbols
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE00 && cp <= 0xFFFF) return false;
  if (cp >= 0x1F000) return false;  // emoji
  return true;
}

bool IsUpperCp(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return true;
  if (cp >= 0xC0 && cp < 0xC0 + kFold.size()) {
    char f = kFold[cp - 0xC0];
    return f >= 'A' && f <= 'Z';
  }
  if (cp >= 0x391 && cp <= 0x3AB) return true;  // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;  // Cyrillic
  return false;
}

bool IsHyphenCp(uint32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool IsApostropheCp(uint32_t cp) { return cp == '\'' || cp == 0x2019; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsAbbreviation(std::string_view lower) {
  static const std::unordered_set<std::string_view> kAbbrev = {
      "jr", "sr", "gen", "dr", "mr", "mrs", "ms", "st", "sen", "rep", "gov",
      "lt", "col", "sgt", "adm", "capt", "maj", "prof", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
      "corp", "co", "ltd", "vs", "mt", "ft", "rev", "hon", "amb", "pres",
      "supt", "cmdr", "gens", "sens", "reps", "messrs", "brig", "cpl", "pvt",
      "dept", "gov't", "sgt", "msgr", "fr", "mme", "mlle", "hr", "esq"};
  return kAbbrev.count(lower) > 0;
}

// ASCII-lowercased, accents folded, dashes/apostrophes unified.
std::string LowerFold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t len;
    uint32_t cp = Decode(s, i, &len);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    } else if (cp == 0x2010 || cp == 0x2011) {
      out.push_back('-');
    } else if (cp == 0x2019) {
      out.push_back('\'');
    } else {
      char f = FoldChar(cp);
      if (f != '?') {
        out.push_back(f >= 'A' && f <= 'Z' ? static_cast<char>(f - 'A' + 'a') : f);
      } else {
        out.append(s.substr(i, len));
      }
    }
    i += len;
  }
  return out;
}

}  // namespace

void Tokenize(std::string_view text, size_t base, std::vector<Token>* out) {
  const size_t n = text.size();
  size_t i = 0;
  auto letter_at = [&](size_t at) {
    if (at >= n) return false;
    size_t l;
    return IsLetterCp(Decode(text, at, &l));
  };
  while (i < n) {
    size_t len;
    uint32_t cp = Decode(text, i, &len);
    if (IsSpaceCp(cp)) {
      i += len;
      continue;
    }
    Token t;
    if (!IsLetterCp(cp)) {
      t.span = Span{base + i, base + i + len};
      t.text = text.substr(i, len);
      t.lower = std::string(t.text);
      if (cp < 0x80) {
        t.punct = static_cast<char>(cp);
      } else if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) {
        t.punct = '-';
      } else if (cp >= 0x2018 && cp <= 0x201F) {
        t.punct = '"';
      } else if (cp == 0x2022 || cp == 0x25CF || cp == 0xB7) {
        t.punct = '*';
      } else if (cp == 0x2026) {
        t.punct = '.';
      } else {
        t.punct = '?';
      }
      out->push_back(std::move(t));
      i += len;
      continue;
    }
    const size_t b = i;
    size_t wend = std::string_view::npos;
    bool possessive = false;
    bool initial = false;
    i += len;
    auto consume = [&] {
      while (i < n) {
        size_t l;
        if (!IsLetterCp(Decode(text, i, &l))) break;
        i += l;
      }
    };
    consume();
    while (i < n) {
      size_t l;
      uint32_t c = Decode(text, i, &l);
      if (IsHyphenCp(c) && letter_at(i + l)) {
        i += l;
        consume();
        continue;
      }
      if (c == '.') {
        bool one_letter = i - b == 1 && IsAsciiAlpha(text[b]);
        if (one_letter) {
          ++i;
          initial = true;
          while (i + 1 < n && IsAsciiAlpha(text[i]) && text[i + 1] == '.') i += 2;
          break;
        }
        if (IsDigit(text[i - 1]) && i + 1 < n && IsDigit(text[i + 1])) {
          ++i;
          consume();
          continue;
        }
        if (IsAbbreviation(AsciiLower(text.substr(b, i - b)))) ++i;
        break;
      }
      if (c == ',' && IsDigit(text[i - 1]) && i + 3 < n + 0 && IsDigit(text[i + 1]) &&
          i + 3 < n && IsDigit(text[i + 2]) && IsDigit(text[i + 3])) {
        ++i;
        consume();
        continue;
      }
      if (IsApostropheCp(c)) {
        size_t after = i + l;
        if (after < n && (text[after] == 's' || text[after] == 'S') &&
            !letter_at(after + 1)) {
          possessive = true;
          wend = i;
          i = after + 1;
          break;
        }
        if (letter_at(after)) {
          i = after;
          consume();
          continue;
        }
        if (text[i - 1] == 's') {  // plural possessive: "envoys'"
          possessive = true;
          wend = i;
          i = after;
        }
        break;
      }
      break;
    }
    if (wend == std::string_view::npos) wend = i;
    t.span = Span{base + b, base + wend};
    t.text = text.substr(b, wend - b);
    t.lower = LowerFold(t.text);
    t.word = true;
    t.possessive = possessive;
    t.initial = initial;
    size_t l0;
    t.cap = IsUpperCp(Decode(text, b, &l0));
    if (!t.cap && t.lower.size() > 3) {
      // "al-Sisi", "el-Sheikh", "bin-Salman"-style prefixes.
      size_t h = t.lower.find('-');
      if (h != std::string::npos && h <= 3 && h + 1 < t.text.size() &&
          IsNameParticle(t.lower.substr(0, h))) {
        size_t raw = t.text.find('-');
        if (raw != std::string_view::npos && raw + 1 < t.text.size()) {
          size_t l1;
          t.cap = IsUpperCp(Decode(t.text, raw + 1, &l1));
        }
      }
    }
    out->push_back(std::move(t));
  }
}

std::vector<Token> SentenceOrTextTokens(const Document& doc, size_t si) {
  if (si < doc.sentences.size()) return SentenceTokens(doc, doc.sentences[si]);
  std::vector<Token> toks;
  Tokenize(doc.text(), 0, &toks);
  return toks;
}

void AlignMentions(const std::vector<Token>& toks,
                   const std::vector<const PersonMention*>& mentions,
                   std::vector<const PersonMention*>* at, std::vector<size_t>* end) {
  const size_t n = toks.size();
  at->assign(n, nullptr);
  end->assign(n, 0);
  size_t t = 0;
  for (const PersonMention* m : mentions) {
    while (t < n && toks[t].span.begin < m->span.begin) ++t;
    if (t >= n || toks[t].span.begin != m->span.begin) continue;
    size_t e = t;
    while (e < n && toks[e].span.end <= m->span.end && toks[e].word) ++e;
    if (e == t) continue;
    (*at)[t] = m;
    (*end)[t] = e;
  }
}

std::vector<Token> SentenceTokens(const Document& doc, const Sentence& s) {
  std::vector<Token> tokens;
  const std::string& text = doc.text();
  auto slice = [&](Span sp) {
    size_t b = std::min(sp.begin, text.size());
    size_t e = std::min(std::max(sp.end, b), text.size());
    return std::make_pair(std::string_view(text).substr(b, e - b), b);
  };
  if (!s.cells.empty()) {
    for (size_t c = 0; c < s.cells.size(); ++c) {
      auto [sv, b] = slice(s.cells[c].span);
      Tokenize(sv, b, &tokens);
      Token bar;
      bar.span = Span{b + sv.size(), b + sv.size()};
      bar.lower = "|";
      bar.punct = '|';
      tokens.push_back(std::move(bar));
    }
  } else {
    auto [sv, b] = slice(s.span);
    Tokenize(sv, b, &tokens);
  }
  return tokens;
}

namespace {

int FindColumn(const Sentence& s, std::initializer_list<std::string_view> names) {
  for (size_t i = 0; i < s.header.size(); ++i) {
    std::string h = LowerFold(s.header[i]);
    for (std::string_view n : names) {
      if (h.find(n) != std::string::npos) return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace

int PersonColumn(const Sentence& s) {
  return FindColumn(s, {"participant", "name", "person", "official", "who",
                        "attendee", "delegate", "member", "speaker", "player"});
}

int RoleColumn(const Sentence& s) {
  return FindColumn(s, {"role", "title", "position", "office", "post", "job"});
}

bool IsNameParticle(std::string_view lower) {
  static const std::unordered_set<std::string_view> kParticles = {
      "von", "van", "der", "den", "de", "del", "della", "di", "da", "du",
      "la", "le", "bin", "ibn", "bint", "al", "el", "dos", "das", "ter",
      "ten", "zu", "y", "ben", "abu", "vom", "des", "mac", "ould"};
  return kParticles.count(lower) > 0;
}

// ---------------------------------------------------------------------------
// PersonIndex

const PersonMention* PersonIndex::At(size_t begin) const {
  auto it = std::lower_bound(
      mentions.begin(), mentions.end(), begin,
      [](const PersonMention& m, size_t b) { return m.span.begin < b; });
  if (it != mentions.end() && it->span.begin == begin) return &*it;
  return nullptr;
}

std::vector<const PersonMention*> PersonIndex::In(Span span) const {
  std::vector<const PersonMention*> out;
  auto it = std::lower_bound(
      mentions.begin(), mentions.end(), span.begin,
      [](const PersonMention& m, size_t b) { return m.span.begin < b; });
  for (; it != mentions.end() && it->span.begin < span.end; ++it) {
    if (it->span.end <= span.end) out.push_back(&*it);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Keys

namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  size_t pos = 0;
  while ((pos = s->find(from, pos)) != std::string::npos) {
    s->replace(pos, from.size(), to);
    pos += to.size();
  }
}

std::string FoldToken(std::string t) {
  ReplaceAll(&t, "kh", "h");
  ReplaceAll(&t, "ks", "x");
  if (t.size() > 3) {
    for (std::string_view end : {"yy", "iy", "ij", "ii", "yi", "ji"}) {
      if (EndsWith(t, end)) {
        t.resize(t.size() - 2);
        t.push_back('y');
        break;
      }
    }
    if (EndsWith(t, "ei")) t.back() = 'y';
    if (EndsWith(t, "ander")) t.replace(t.size() - 5, 5, "andr");
  }
  return t;
}

bool IsSuffixKey(std::string_view t) {
  return t == "jr" || t == "sr" || t == "ii" || t == "iii" || t == "iv";
}

std::vector<std::string> KeyTokens(std::string_view full_name) {
  std::string lower = LowerFold(full_name);
  std::vector<std::string> raw;
  std::string cur;
  for (char c : lower) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      cur.push_back(c);
    } else if (c == ' ' || c == '-' || c == '.' || c == ',') {
      if (!cur.empty()) raw.push_back(std::move(cur));
      cur.clear();
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      cur.push_back(c);  // non-Latin letters kept as they are
    }
    // apostrophes and other marks are dropped
  }
  if (!cur.empty()) raw.push_back(std::move(cur));
  // Merge runs of single letters: "j d vance" -> "jd vance".
  std::vector<std::string> tokens;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i].size() == 1 && !tokens.empty() && tokens.back().size() < 4 &&
        i > 0 && raw[i - 1].size() == 1) {
      tokens.back() += raw[i];
      continue;
    }
    tokens.push_back(raw[i]);
  }
  for (std::string& t : tokens) t = FoldToken(std::move(t));
  return tokens;
}

}  // namespace

std::string FoldedLower(std::string_view s) { return LowerFold(s); }

namespace {

// A per-thread memo of a pure string -> string function: the same names are
// keyed over and over (every mention in a document, every document of a
// story, the graph's person resolution). Bounded: cleared when full.
class KeyMemo {
 public:
  template <typename F>
  const std::string& Get(std::string_view name, F compute) {
    auto it = map_.find(name);
    if (it != map_.end()) return it->second;
    if (map_.size() >= kMaxEntries) map_.clear();
    return map_.emplace(std::string(name), compute(name)).first->second;
  }

 private:
  static constexpr size_t kMaxEntries = 1 << 16;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> map_;
};

std::string ComputePersonKey(std::string_view full_name) {
  std::vector<std::string> tokens = KeyTokens(full_name);
  std::string out;
  for (const std::string& t : tokens) {
    if (!out.empty()) out.push_back(' ');
    out += t;
  }
  return out;
}

std::string ComputeSurnameKey(std::string_view full_name) {
  std::vector<std::string> tokens = KeyTokens(full_name);
  while (tokens.size() > 1 && IsSuffixKey(tokens.back())) tokens.pop_back();
  return tokens.empty() ? std::string() : tokens.back();
}

}  // namespace

std::string PersonKey(std::string_view full_name) {
  thread_local KeyMemo memo;
  return memo.Get(full_name, ComputePersonKey);
}

std::string SurnameKey(std::string_view full_name) {
  thread_local KeyMemo memo;
  return memo.Get(full_name, ComputeSurnameKey);
}

// ---------------------------------------------------------------------------
// FindPersons

namespace {

constexpr size_t kMaxRun = 12;      // longer capitalized runs are not names
constexpr size_t kMaxNameTokens = 6;

enum class Cls { kName, kTitle, kStop, kPlace, kParticle, kSuffix };

// Verbs of saying: a lone capitalized word before one is a person.
bool IsSaidVerb(std::string_view w) {
  static const std::unordered_set<std::string_view> kSaid = {
      "said", "says", "told", "added", "wrote", "posted", "tweeted",
      "stated", "insisted", "argued", "replied", "explained", "recalled"};
  return kSaid.count(w) > 0;
}

// Verbs that often follow a person; a signal for multi-token names only.
bool IsPersonVerb(std::string_view w) {
  static const std::unordered_set<std::string_view> kSaid = {
      "said", "says", "told", "added", "wrote", "posted", "announced",
      "stated", "noted", "argued", "insisted", "warned", "tweeted",
      "explained", "declared", "confirmed", "replied", "urged",
      "acknowledged", "described", "met", "meets", "spoke", "called",
      "asked", "denied", "signed", "visited", "arrived", "traveled",
      "travelled", "hosted", "welcomed", "received", "telephoned",
      "phoned", "held", "has", "had", "was", "is", "will", "would",
      "did", "does", "who", "also", "praised", "criticized", "criticised",
      "thanked", "rejected", "admitted", "emphasized", "stressed"};
  return kSaid.count(w) > 0;
}

bool IsAppositiveStart(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "who" || w == "whose" ||
         w == "his" || w == "her" || w == "its" || w == "their" ||
         w == "now" || w == "currently" || w == "then" || w == "former";
}

bool IsNameSuffix(std::string_view lower) {
  return lower == "jr." || lower == "sr." || lower == "jr" || lower == "sr" ||
         lower == "ii" || lower == "iii" || lower == "iv";
}

struct Candidate {
  size_t sentence = 0;
  size_t tb = 0, te = 0;  // token range in the sentence
  Span span;
  std::string text;
  size_t ntok = 0;
  bool strong = false;    // a clear person signal
  bool weak_ok = false;   // acceptable without signal (mid-sentence text)
  bool title_before = false;
  bool said_after = false;  // a verb of saying, or an appositive, follows
  bool verb_after = false;  // a verb that usually has a person subject
};

std::string FoldHyphens(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t len;
    uint32_t cp = Decode(s, i, &len);
    if (cp == 0x2010 || cp == 0x2011) {
      out.push_back('-');
    } else if (cp == 0x2019) {
      out.push_back('\'');
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

class Finder {
 public:
  Finder(const Document& doc, const Lexicons& lex)
      : doc_(doc),
        lex_(lex),
        titles_(lex.Get("titles")),
        stop_(lex.Get("name_stopwords")),
        given_(lex.Get("given_names")),
        cities_(lex.Get("cities")),
        venues_(lex.Get("venues")) {}

  PersonIndex Run(const std::vector<std::vector<Token>>* sentence_tokens);

 private:
  bool IsTitleToken(const Token& t) const {
    if (titles_.Contains(t.lower)) return true;
    size_t h = t.lower.find('-');
    if (h != std::string::npos && h > 0) {
      std::string_view head = std::string_view(t.lower).substr(0, h);
      std::string_view tail = std::string_view(t.lower).substr(h + 1);
      if (head == "then" || head == "ex" || head == "former") {
        return titles_.Contains(tail);
      }
      if (tail == "elect" || tail == "designate") return titles_.Contains(head);
      return titles_.Contains(head) && titles_.Contains(tail);
    }
    return false;
  }
  void ScanSentence(size_t si, const std::vector<Token>& toks);
  void ScanRun(size_t si, const std::vector<Token>& toks, size_t rb, size_t re,
               bool titlecase, size_t first_word);

  const Document& doc_;
  const Lexicons& lex_;
  const Lexicon& titles_;
  const Lexicon& stop_;
  const Lexicon& given_;
  const Lexicon& cities_;
  const Lexicon& venues_;
  std::vector<Candidate> cands_;
  Span person_cell_;  // the person column's cell of the current table row
};

void Finder::ScanSentence(size_t si, const std::vector<Token>& toks) {
  // Title case: most longer words capitalized (headlines, table headers).
  size_t longer = 0, capped = 0;
  for (const Token& t : toks) {
    if (!t.word || t.lower.size() < 4 || !IsAsciiAlpha(t.lower[0])) continue;
    ++longer;
    if (t.cap) ++capped;
  }
  bool titlecase = longer >= 3 && capped * 4 >= longer * 3;
  person_cell_ = Span{};
  if (si < doc_.sentences.size()) {
    const Sentence& s = doc_.sentences[si];
    if (s.kind == BlockKind::kHeading) titlecase = true;
    if (s.kind == BlockKind::kTableRow || s.kind == BlockKind::kTableHeader) {
      titlecase = false;  // cells are capitalized by habit
      int col = PersonColumn(s);
      if (col >= 0 && static_cast<size_t>(col) < s.cells.size() &&
          s.kind == BlockKind::kTableRow) {
        person_cell_ = s.cells[col].span;
      }
    }
  }
  size_t first_word = 0;  // first word token of the current clause start
  for (size_t i = 0; i < toks.size();) {
    const Token& t = toks[i];
    if (!t.word) {
      if (t.punct == '.' || t.punct == ':' || t.punct == '|' || t.punct == '*' ||
          t.punct == '!' || t.punct == '?' || t.punct == '"' || t.punct == '(' ||
          t.punct == '>' || t.punct == '#') {
        first_word = i + 1;
      }
      ++i;
      continue;
    }
    if (!(t.cap || t.initial)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < toks.size() && j - i <= kMaxRun) {
      const Token& u = toks[j];
      if (!u.word) break;
      bool ok = u.cap || u.initial || IsNameSuffix(u.lower);
      if (!ok && IsNameParticle(u.lower) && !u.possessive && j > i) {
        // "von der Leyen": particles followed by a capitalized word.
        size_t q = j + 1;
        while (q < toks.size() && q < j + 3 && toks[q].word &&
               IsNameParticle(toks[q].lower) && !toks[q].cap) {
          ++q;
        }
        ok = q < toks.size() && toks[q].word && toks[q].cap;
      }
      if (!ok) break;
      ++j;
      if (u.possessive) break;
    }
    if (j - i > kMaxRun) {
      // Hostile or table-like run: skip all of it.
      while (j < toks.size() && toks[j].word && (toks[j].cap || toks[j].initial)) ++j;
      i = j;
      continue;
    }
    ScanRun(si, toks, i, j, titlecase, first_word);
    i = j;
  }
}

void Finder::ScanRun(size_t si, const std::vector<Token>& toks, size_t rb,
                     size_t re, bool titlecase, size_t first_word) {
  const size_t n = re - rb;
  std::vector<Cls> cls(n, Cls::kName);
  for (size_t k = 0; k < n;) {
    const Token& t = toks[rb + k];
    std::string v;
    size_t m = MatchQualifier(toks, rb + k, re, lex_, &v);
    m = std::max(m, MatchEntry(toks, rb + k, re, cities_, false, &v));
    m = std::max(m, MatchEntry(toks, rb + k, re, venues_, false, &v));
    // A one-word place that is also a given name, followed by a capitalized
    // word that is no place or stopword, opens a name ("Sofia Lacerda",
    // "Florence Dupont"); "Sofia Airport" stays a place.
    bool given_first = m == 1 && k + 1 < n && given_.Contains(std::string(t.text)) &&
                       toks[rb + k + 1].cap && !stop_.Contains(toks[rb + k + 1].lower) &&
                       !stop_.Contains(std::string(toks[rb + k + 1].text)) &&
                       MatchEntry(toks, rb + k + 1, re, cities_, false, &v) == 0 &&
                       MatchQualifier(toks, rb + k + 1, re, lex_, &v) == 0;
    if (m > 0 && !given_first && !(m == 1 && t.initial && t.lower.size() <= 2)) {
      for (size_t q = 0; q < m; ++q) cls[k + q] = Cls::kPlace;
      k += m;
      continue;
    }
    if (IsNameSuffix(t.lower)) {
      cls[k] = Cls::kSuffix;
    } else if (!t.cap && !t.initial && IsNameParticle(t.lower)) {
      cls[k] = Cls::kParticle;
    } else if (stop_.Contains(t.lower) &&
               !(given_.Contains(std::string(t.text)) && k + 1 < n && !t.possessive &&
                 toks[rb + k + 1].cap && !toks[rb + k + 1].initial &&
                 !stop_.Contains(toks[rb + k + 1].lower))) {
      // A stopword that is also a given name ("Jan", the month) before a
      // capitalized word that is no stopword opens a name ("Jan Berg"); "Jan
      // 7" and "Jan. 7" stay dates.
      cls[k] = Cls::kStop;
    } else if (IsTitleToken(t)) {
      cls[k] = Cls::kTitle;
    }
    ++k;
  }
  // A title word between two name tokens stays in the name ("Martin Luther
  // King Jr.").
  for (size_t k = 2; k + 1 < n; ++k) {
    if (cls[k] == Cls::kTitle && cls[k - 1] == Cls::kName &&
        cls[k - 2] == Cls::kName &&
        (cls[k + 1] == Cls::kSuffix ||
         (cls[k + 1] == Cls::kName && !given_.Contains(toks[rb + k + 1].lower)))) {
      cls[k] = Cls::kName;
    }
  }
  auto in_name = [&](size_t k) {
    return cls[k] == Cls::kName || cls[k] == Cls::kParticle || cls[k] == Cls::kSuffix;
  };
  for (size_t k = 0; k < n;) {
    if (!in_name(k)) {
      ++k;
      continue;
    }
    size_t a = k;
    while (k < n && in_name(k)) ++k;
    size_t b = k;
    // Names neither start nor end with a particle; start not with a suffix.
    while (a < b && (cls[a] == Cls::kParticle || cls[a] == Cls::kSuffix)) ++a;
    while (b > a && cls[b - 1] == Cls::kParticle) --b;
    if (a >= b) continue;
    size_t ntok = b - a;
    if (ntok > kMaxNameTokens) continue;
    size_t tb = rb + a, te = rb + b;
    Candidate c;
    c.sentence = si;
    c.tb = tb;
    c.te = te;
    c.span = Span{toks[tb].span.begin, toks[te - 1].span.end};
    c.text = FoldHyphens(doc_.Slice(c.span));
    c.ntok = ntok;
    // Signals.
    if (a > 0 && cls[a - 1] == Cls::kTitle) c.title_before = true;
    if (a == 0 && tb > 0 && toks[tb - 1].word && IsTitleToken(toks[tb - 1])) {
      c.title_before = true;
    }
    if (a == 0 && tb >= 2 && toks[tb - 1].punct == ',' && toks[tb - 2].word &&
        IsTitleToken(toks[tb - 2])) {
      c.title_before = true;  // "the Russian envoy, Kirill ..."
    }
    bool ends_run = b == n;
    // "in Reus, the regional health service said": a name after a locative
    // preposition is a place, and its apposition describes the place.
    const bool after_locative =
        a == 0 && tb > 0 && toks[tb - 1].word &&
        (toks[tb - 1].lower == "in" || toks[tb - 1].lower == "near" ||
         toks[tb - 1].lower == "outside" || toks[tb - 1].lower == "at");
    // "the Ebrena Quimica chemical plant": a name before the noun of a
    // facility or a firm names that, not a person.
    static const std::unordered_set<std::string_view> kFacilities = {
        "plant", "factory", "refinery", "company", "group", "firm", "hospital", "airport",
        "mine", "station", "bank", "university", "stadium", "port", "terminal", "facility",
        "works", "mill", "site", "club", "school", "party", "union", "brand", "store"};
    bool facility_after = false;
    for (size_t q = te; q < toks.size() && q < te + 3 && toks[q].word && !toks[q].cap; ++q) {
      if (kFacilities.count(toks[q].lower)) {
        facility_after = true;
        break;
      }
    }
    if (ends_run && te < toks.size() && !toks[te - 1].possessive) {
      const Token& next = toks[te];
      if (next.word && IsSaidVerb(next.lower)) c.said_after = true;
      if (next.word && IsPersonVerb(next.lower)) c.verb_after = true;
      if (next.punct == ',' && te + 1 < toks.size() && toks[te + 1].word &&
          IsAppositiveStart(toks[te + 1].lower) && !(after_locative && ntok == 1)) {
        c.said_after = true;
      }
    }
    if (facility_after && !c.title_before && !given_.Contains(std::string(toks[tb].text))) {
      continue;
    }
    bool has_marker = false;
    for (size_t q = a; q < b; ++q) {
      if (cls[q] == Cls::kParticle || cls[q] == Cls::kSuffix ||
          (toks[rb + q].initial && toks[rb + q].lower.size() <= 4)) {
        has_marker = true;
      }
    }
    bool first_given = given_.Contains(toks[tb].lower);
    c.strong = ntok >= 2 && (c.title_before || first_given || has_marker ||
                             c.said_after || c.verb_after);
    bool sentence_initial = tb <= first_word;
    bool stop_after = b < n && (cls[b] == Cls::kStop || cls[b] == Cls::kPlace);
    bool stop_before = a > 0 && cls[a - 1] == Cls::kPlace;
    c.weak_ok = ntok >= 2 && !titlecase && !sentence_initial && !stop_after &&
                !stop_before;
    if (person_cell_.begin < person_cell_.end &&
        c.span.begin >= person_cell_.begin && c.span.end <= person_cell_.end) {
      c.strong = true;  // the person column of a table
    }
    cands_.push_back(std::move(c));
  }
}

PersonIndex Finder::Run(const std::vector<std::vector<Token>>* sentence_tokens) {
  const size_t ns = doc_.sentences.size();
  if (ns == 0 && !doc_.text().empty()) {
    std::vector<Token> toks;
    Tokenize(doc_.text(), 0, &toks);
    ScanSentence(0, toks);
  }
  for (size_t si = 0; si < ns; ++si) {
    if (sentence_tokens && si < sentence_tokens->size()) {
      ScanSentence(si, (*sentence_tokens)[si]);
    } else {
      ScanSentence(si, SentenceTokens(doc_, doc_.sentences[si]));
    }
  }

  // Full names: accepted multi-token candidates, keyed by PersonKey.
  std::unordered_map<std::string, std::string> full_by_key;
  std::map<std::string, std::set<std::string>> keys_by_surname;
  std::map<std::pair<std::string, std::string>, std::string> by_first_last;
  std::vector<int> accepted(cands_.size(), 0);  // 1 full, 2 single
  auto add_full = [&](const Candidate& c) {
    std::string key = PersonKey(c.text);
    auto [it, inserted] = full_by_key.emplace(key, c.text);
    std::vector<std::string> kt = KeyTokens(c.text);
    while (kt.size() > 1 && IsSuffixKey(kt.back())) kt.pop_back();
    if (kt.size() >= 2) {
      auto fl = std::make_pair(kt.front(), kt.back());
      auto f = by_first_last.find(fl);
      if (f == by_first_last.end() || f->second.size() < it->second.size()) {
        by_first_last[fl] = it->second;
      }
    }
    keys_by_surname[SurnameKey(c.text)].insert(key);
  };
  for (size_t k = 0; k < cands_.size(); ++k) {
    const Candidate& c = cands_[k];
    if (c.ntok >= 2 && (c.strong || c.weak_ok)) {
      accepted[k] = 1;
      add_full(c);
    }
  }
  // Title-case or sentence-initial pairs confirmed by a full name elsewhere.
  for (size_t k = 0; k < cands_.size(); ++k) {
    const Candidate& c = cands_[k];
    if (accepted[k] || c.ntok < 2) continue;
    std::string key = PersonKey(c.text);
    if (full_by_key.count(key)) accepted[k] = 1;
  }

  PersonIndex index;
  auto first_last_full = [&](const std::string& text) -> std::string {
    std::vector<std::string> kt = KeyTokens(text);
    while (kt.size() > 1 && IsSuffixKey(kt.back())) kt.pop_back();
    if (kt.size() < 2) return "";
    auto f = by_first_last.find(std::make_pair(kt.front(), kt.back()));
    return f == by_first_last.end() ? "" : f->second;
  };
  for (size_t k = 0; k < cands_.size(); ++k) {
    const Candidate& c = cands_[k];
    PersonMention m;
    m.span = c.span;
    m.text = c.text;
    m.sentence = c.sentence;
    if (accepted[k] == 1) {
      std::string longer = first_last_full(c.text);
      m.full_name = !longer.empty() ? longer : full_by_key[PersonKey(c.text)];
      if (m.full_name.empty()) m.full_name = c.text;
      index.mentions.push_back(std::move(m));
      continue;
    }
    if (c.ntok != 1) continue;
    auto it = keys_by_surname.find(SurnameKey(c.text));
    if (it != keys_by_surname.end() && !it->second.empty()) {
      m.surname_only = true;
      if (it->second.size() == 1) {
        m.full_name = full_by_key[*it->second.begin()];
        std::string longer = first_last_full(m.full_name);
        if (!longer.empty()) m.full_name = longer;
      } else {
        m.full_name = c.text;  // shared surname: ambiguous
      }
      index.mentions.push_back(std::move(m));
      continue;
    }
    if (c.title_before || c.said_after) {
      // A lone name with a title or a verb of saying after it. Given names
      // alone ("Maria said") are kept too; they are rare in news.
      std::string lower = AsciiLower(c.text);
      if (stop_.Contains(lower)) continue;
      m.surname_only = true;
      m.full_name = c.text;
      index.mentions.push_back(std::move(m));
    }
  }
  std::sort(index.mentions.begin(), index.mentions.end(),
            [](const PersonMention& a, const PersonMention& b) {
              return a.span.begin < b.span.begin;
            });
  index.mentions.erase(
      std::unique(index.mentions.begin(), index.mentions.end(),
                  [](const PersonMention& a, const PersonMention& b) {
                    return a.span.begin == b.span.begin;
                  }),
      index.mentions.end());
  return index;
}

}  // namespace

PersonIndex FindPersons(const Document& doc, const Lexicons& lexicons,
                        const std::vector<std::vector<Token>>* sentence_tokens) {
  Finder finder(doc, lexicons);
  return finder.Run(sentence_tokens);
}

}  // namespace claimcheck
