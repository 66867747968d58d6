// Role claims: a person holds an office. Token based, over the person
// mentions of people.h and the titles lexicon (core/data/titles.txt):
//
//   before the name   "U.S. special envoy X", "German Chancellor X",
//                     "Trump's special envoys X and Y", "former President X",
//                     "the Russian envoy, X", "the envoy (currently X)"
//   after the name    "X, the Russian envoy", "X, a longtime adviser to Y",
//                     "X, who serves as Y", "X is the Y", "X (Y)"
//   tables            a person column and a role column
//
// An office phrase is parsed left to right: modifiers (former, acting, then-,
// -elect, ...), a qualifier (demonym, country, organization, possessive
// person), office words ending in an office head, then "for/of <Scope>" or
// "to <Person>". Generic nouns (officials, leaders) are not office heads.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/extract.h"
#include "core/people.h"
#include "core/places.h"

namespace claimcheck {
namespace {

constexpr double kClear = 0.9;
constexpr double kCommaBefore = 0.8;
constexpr double kWeaker = 0.6;
constexpr size_t kMaxOfficeTokens = 12;

bool IsDeterminer(std::string_view w) {
  return w == "a" || w == "an" || w == "another" || w == "the" || w == "his" || w == "her" ||
         w == "its" || w == "their";
}

bool IsSkippableAdjective(std::string_view w) {
  return w == "longtime" || w == "long-time" || w == "veteran" || w == "close" ||
         w == "key" || w == "current" || w == "new" || w == "newly" ||
         w == "trusted" || w == "influential" || w == "powerful" ||
         w == "longstanding" || w == "long-standing" || w == "appointed" ||
         w == "named" || w == "sitting" || w == "serving" || w == "now" ||
         w == "currently" || w == "recently" || w == "veteran" ||
         w == "hawkish" || w == "embattled" || w == "powerful";
}

bool ModifierWord(std::string_view w, TitleModifier* m) {
  if (w == "former" || w == "ex") *m = TitleModifier::kFormer;
  else if (w == "then") *m = TitleModifier::kThen;
  else if (w == "acting") *m = TitleModifier::kActing;
  else if (w == "interim") *m = TitleModifier::kInterim;
  else if (w == "incoming") *m = TitleModifier::kIncoming;
  else if (w == "outgoing") *m = TitleModifier::kOutgoing;
  else return false;
  return true;
}

struct OfficeWord {
  bool found = false;
  bool head = false;
  bool plural = false;
  bool honorific = false;
  std::string word;  // canonical spelling of this word
  TitleModifier modifier = TitleModifier::kNone;
};

struct OfficeParse {
  bool ok = false;
  size_t begin = 0, end = 0;  // tokens consumed
  size_t ob = 0, oe = 0;      // office words
  std::string office;
  std::string qualifier;
  std::string scope;
  TitleModifier modifier = TitleModifier::kNone;
  bool plural = false;
};

class RoleExtractor {
 public:
  RoleExtractor(const ExtractContext& ctx, std::vector<Claim>* out)
      : ctx_(ctx),
        out_(out),
        titles_(ctx.lexicons.Get("titles")),
        own_(ctx.persons ? PersonIndex() : FindPersons(ctx.doc, ctx.lexicons)),
        persons_(ctx.persons ? ctx.persons : &own_) {}

  void Run();

 private:
  void ScanSentence(size_t si);
  OfficeWord Word(const Token& t) const;
  std::string Canonical(std::vector<std::string> words, bool last_head,
                        bool* ok) const;
  OfficeParse Parse(size_t i, size_t limit, bool appositive) const;
  void Emit(size_t si, const PersonMention& m, const OfficeParse& p,
            double confidence);
  // "a U.S. envoy", "another adviser", "one of the ministers": an office
  // phrase starting at token `b` (or just after) that names one of several.
  bool IndefiniteAt(size_t b) const;
  // "X will chair the commission", "X, who chairs the committee", "X was
  // named chair of the board": office "chair", qualified by the body.
  void ChairAfter(size_t si, const PersonMention& m, size_t te, double confidence);
  // "A met her Japanese counterpart, B": B holds A's office for Japan.
  void Counterparts(size_t si, size_t first_claim);
  // A title phrase of two or three words at token `k` ("environment
  // minister", "chief operating officer"): its token count and canonical
  // value, or 0.
  size_t PhraseAt(size_t k, size_t limit, std::string* value) const;
  // True when token `k` is a word that names an organization before an
  // office ("Castell chief executive", "Northbridge manager"): capitalized,
  // not a known word, and written capitalized inside some sentence of the
  // document or never in lowercase (so a sentence-initial common noun is
  // not one).
  bool OrgWordAt(size_t k) const;
  // True when token `k` is a common noun that makes an office more precise
  // ("the conference president", "the club manager").
  bool NounModifierAt(size_t k, bool possessive_ok = false) const;
  static bool IsPortfolioHead(std::string_view w) {
    return w == "minister" || w == "secretary" || w == "commissioner" || w == "ministry";
  }
  // A demonym the lexicons do not know, as the name of its country when the
  // document writes that name ("Tarvosian" -> "Tarvosia", "Kalmari" ->
  // "Kalmar"); else `word` unchanged.
  std::string CountryFormOf(const std::string& word) const;
  // How the document writes a capitalized word elsewhere: capitalized inside
  // a sentence (a name), and in lowercase (a common noun).
  struct WordUse {
    bool mid_capital = false;
    bool lower = false;
  };
  WordUse UseOf(std::string_view word) const;
  const PersonMention* MentionAt(size_t k) const {
    return k < mention_at_.size() ? mention_at_[k] : nullptr;
  }

  const ExtractContext& ctx_;
  std::vector<Claim>* out_;
  const Lexicon& titles_;
  PersonIndex own_;             // when the context brings none
  const PersonIndex* persons_;  // ctx.persons or &own_
  // Per sentence.
  std::vector<Token> own_toks_;  // when the context has no token cache
  const std::vector<Token>* toks_ptr_ = &own_toks_;
  const std::vector<Token>& toks() const { return *toks_ptr_; }
  std::vector<const PersonMention*> mention_at_;  // mention starting at token
  std::vector<size_t> mention_end_;              // its end token
  std::set<std::pair<size_t, size_t>> seen_;     // (person begin, office begin)
  mutable std::map<std::string, WordUse, std::less<>> use_;  // per document
};

size_t RoleExtractor::PhraseAt(size_t k, size_t limit, std::string* value) const {
  for (size_t n = 3; n >= 2; --n) {
    if (k + n > limit) continue;
    bool words = true;
    for (size_t j = k; j < k + n; ++j) words = words && toks()[j].word;
    if (!words) continue;
    std::optional<std::string> v = titles_.Lookup(JoinLower(toks(), k, n));
    if (v && *v != "*" && *v != "-") {
      *value = *v;
      return n;
    }
  }
  return 0;
}

RoleExtractor::WordUse RoleExtractor::UseOf(std::string_view word) const {
  auto it = use_.find(word);
  if (it != use_.end()) return it->second;
  std::string_view text = ctx_.doc.text();
  WordUse use;
  auto scan = [&](std::string_view w, bool lower) {
    for (size_t pos = text.find(w); pos != std::string_view::npos;
         pos = text.find(w, pos + 1)) {
      size_t end = pos + w.size();
      if (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) continue;
      if (pos > 0 && std::isalnum(static_cast<unsigned char>(text[pos - 1]))) continue;
      if (lower) {
        use.lower = true;
        return;
      }
      if (pos < 2 || text[pos - 1] != ' ') continue;
      unsigned char before = static_cast<unsigned char>(text[pos - 2]);
      if (std::islower(before) || std::isdigit(before) || before == ',') {
        use.mid_capital = true;
        return;
      }
    }
  };
  scan(word, false);
  std::string low(word);
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (low != word) scan(low, true);
  use_.emplace(std::string(word), use);
  return use;
}

std::string RoleExtractor::CountryFormOf(const std::string& word) const {
  static const std::pair<std::string_view, std::string_view> kEndings[] = {
      {"ian", "ia"}, {"an", "a"}, {"ese", ""}, {"ish", ""}, {"i", ""}, {"ean", "ea"}};
  for (const auto& [ending, replacement] : kEndings) {
    if (word.size() <= ending.size() + 2 ||
        word.compare(word.size() - ending.size(), ending.size(), ending) != 0) {
      continue;
    }
    std::string country = word.substr(0, word.size() - ending.size()) + std::string(replacement);
    WordUse use = UseOf(country);
    if (use.mid_capital) return country;
  }
  return word;
}

bool RoleExtractor::OrgWordAt(size_t k) const {
  if (k >= toks().size()) return false;
  const Token& t = toks()[k];
  if (!t.word || !t.cap || t.initial || t.lower.size() < 2 || MentionAt(k)) return false;
  for (char c : t.lower) {
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-' && c != '&') return false;
  }
  const OfficeWord w = Word(t);
  if (w.found || w.honorific) return false;
  TitleModifier m;
  if (ModifierWord(t.lower, &m) || IsSkippableAdjective(t.lower)) return false;
  if (ctx_.lexicons.Get("name_stopwords").Contains(std::string(t.text))) return false;
  WordUse use = UseOf(t.text);
  return use.mid_capital || !use.lower;
}

bool RoleExtractor::NounModifierAt(size_t k, bool possessive_ok) const {
  if (k >= toks().size()) return false;
  const Token& t = toks()[k];
  if (!t.word || (t.possessive && !possessive_ok) || t.initial || t.lower.size() < 3 ||
      MentionAt(k)) {
    return false;
  }
  if (t.cap) {
    // Only a sentence's first word, written in lowercase elsewhere.
    WordUse use = UseOf(t.text);
    if (k > 0 || use.mid_capital || !use.lower) return false;
  }
  for (char c : t.lower) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  // Adjectives and participles ("elected", "regional", "likely") are not
  // the nouns news puts before an office.
  for (std::string_view suffix : {"ed", "ly", "ing", "al", "ous", "ive", "ic", "ian",
                                  "ese", "ish", "ful", "less", "est", "er"}) {
    if (t.lower.size() > suffix.size() &&
        t.lower.compare(t.lower.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return false;
    }
  }
  TitleModifier m;
  if (ModifierWord(t.lower, &m) || IsSkippableAdjective(t.lower) ||
      IsDeterminer(t.lower)) {
    return false;
  }
  static const std::set<std::string, std::less<>> kNotNouns = {
      "only", "first", "next", "last", "same", "late", "future", "previous", "top",
      "lead", "sole", "main", "most", "then", "now", "also", "who", "what", "which",
      "this", "that", "these", "those", "such", "each", "every", "any", "some",
      "all", "both", "two", "three", "one", "its", "our", "your", "new", "old",
      "young", "big", "great", "good", "bad", "real", "true", "very", "much"};
  return !kNotNouns.count(t.lower);
}

OfficeWord RoleExtractor::Word(const Token& t) const {
  OfficeWord w;
  if (!t.word) return w;
  std::string base = t.lower;
  auto strip_prefix = [&](std::string_view p, TitleModifier m) {
    if (base.size() > p.size() && base.compare(0, p.size(), p) == 0) {
      base = base.substr(p.size());
      w.modifier = m;
    }
  };
  auto strip_suffix = [&](std::string_view s, TitleModifier m) {
    if (base.size() > s.size() &&
        base.compare(base.size() - s.size(), s.size(), s) == 0) {
      base.resize(base.size() - s.size());
      w.modifier = m;
    }
  };
  strip_prefix("then-", TitleModifier::kThen);
  strip_prefix("ex-", TitleModifier::kFormer);
  strip_prefix("former-", TitleModifier::kFormer);
  strip_suffix("-elect", TitleModifier::kElect);
  strip_suffix("-designate", TitleModifier::kDesignate);
  auto lookup = [&](const std::string& key) -> bool {
    std::optional<std::string> v = titles_.Lookup(key);
    if (!v) return false;
    w.found = true;
    if (*v == "-") {
      w.honorific = true;
      w.found = false;
      return true;
    }
    w.head = *v != "*";
    w.word = w.head ? *v : key;
    return true;
  };
  if (lookup(base)) return w;
  size_t h = base.find('-');
  if (h != std::string::npos && h > 0) {
    OfficeWord first;
    std::optional<std::string> v = titles_.Lookup(base.substr(0, h));
    if (v && *v != "-" && *v != "*") {
      w.found = true;
      w.head = true;
      w.word = base;
      return w;
    }
  }
  // Plurals: "envoys", "secretaries".
  if (base.size() > 3 && base.back() == 's') {
    std::string sing = base.substr(0, base.size() - 1);
    if (base.size() > 4 && base.compare(base.size() - 3, 3, "ies") == 0) {
      std::string y = base.substr(0, base.size() - 3) + "y";
      if (lookup(y) && w.head) {
        w.plural = true;
        return w;
      }
      w = OfficeWord{};
    }
    if (lookup(sing) && w.head) {
      w.plural = true;
      return w;
    }
    w = OfficeWord{};
  }
  return w;
}

std::string RoleExtractor::Canonical(std::vector<std::string> words,
                                     bool last_head, bool* ok) const {
  *ok = false;
  if (words.empty()) return "";
  // Longest suffix that is an office head; earlier words keep their
  // canonical spelling.
  for (size_t j = 0; j < words.size(); ++j) {
    std::string suffix;
    for (size_t k = j; k < words.size(); ++k) {
      if (k > j) suffix.push_back(' ');
      suffix += words[k];
    }
    std::optional<std::string> v = titles_.Lookup(suffix);
    if (!v || *v == "*" || *v == "-") continue;
    std::string out;
    for (size_t k = 0; k < j; ++k) {
      out += words[k];
      out.push_back(' ');
    }
    out += *v;
    *ok = true;
    return out;
  }
  if (!last_head) return "";
  std::string out;
  for (size_t k = 0; k < words.size(); ++k) {
    if (k > 0) out.push_back(' ');
    out += words[k];
  }
  *ok = true;
  return out;
}

OfficeParse RoleExtractor::Parse(size_t i, size_t limit, bool appositive) const {
  OfficeParse p;
  p.begin = i;
  limit = std::min(limit, toks().size());
  size_t k = i;
  // "X, one of the deputy ministers": one of several holders.
  if (appositive && k + 1 < limit && toks()[k].lower == "one" && toks()[k + 1].lower == "of") {
    k += 2;
  }
  if (appositive && k < limit && toks()[k].word && IsDeterminer(toks()[k].lower)) ++k;
  // Modifiers, qualifiers, adjectives.
  while (k < limit) {
    const Token& t = toks()[k];
    if (!t.word) break;
    TitleModifier m;
    if (ModifierWord(t.lower, &m)) {
      p.modifier = m;
      ++k;
      continue;
    }
    if (IsSkippableAdjective(t.lower)) {
      ++k;
      continue;
    }
    if (const PersonMention* pm = MentionAt(k)) {
      size_t e = mention_end_[k];
      if (e <= limit && toks()[e - 1].possessive) {
        p.qualifier = pm->full_name;
        k = e;
        continue;
      }
      break;
    }
    // "the airline's former chief executive", "the union's negotiator": a
    // body named by a common noun refers back to one the text named; the
    // office stays unqualified (rules then compare it with any qualifier).
    if (p.qualifier.empty() && t.possessive && !t.cap && k >= 1 && k + 1 < limit &&
        IsDeterminer(toks()[k - 1].lower) && NounModifierAt(k, /*possessive_ok=*/true)) {
      ++k;
      continue;
    }
    // "Transport Minister X": a portfolio the lexicon does not list, not a
    // body (a demonym, "Tarvosian Minister", stays a qualifier).
    if (t.cap && k + 1 < limit && IsPortfolioHead(toks()[k + 1].lower) && !Word(t).found &&
        !MentionAt(k) && CountryFormOf(std::string(t.text)) == std::string(t.text)) {
      std::string qual;
      if (MatchQualifier(toks(), k, limit, ctx_.lexicons, &qual) == 0) break;
    }
    std::string q;
    size_t n = MatchQualifier(toks(), k, limit, ctx_.lexicons, &q);
    if (n == 0 && p.qualifier.empty() && OrgWordAt(k)) {
      // "Castell Chief Executive X", "Northbridge's manager": an
      // organization the lexicons do not know, named right before the office.
      size_t e = k + 1;
      while (e < limit && e < k + 3 && !toks()[e - 1].possessive && OrgWordAt(e)) ++e;
      std::string phrase;
      bool office_next = e < limit && (toks()[e].word && (Word(toks()[e]).found ||
                                                          PhraseAt(e, limit, &phrase) > 0));
      if (office_next || (toks()[e - 1].possessive && e < limit)) {
        q = std::string(ctx_.doc.Slice(Span{toks()[k].span.begin, toks()[e - 1].span.end}));
        if (toks()[e - 1].possessive && q.size() > 2 && q.compare(q.size() - 2, 2, "'s") == 0) {
          q.resize(q.size() - 2);
        }
        if (e == k + 1) q = CountryFormOf(q);
        n = e - k;
      }
    }
    if (n > 0) {
      // "the United States' envoy" or "U.S. envoy": a qualifier only when an
      // office word or another qualifier follows.
      p.qualifier = q;
      k += n;
      continue;
    }
    break;
  }
  // Office words.
  p.ob = k;
  std::vector<std::string> words;
  bool last_head = false;
  while (k < limit && toks()[k].word && k - p.ob < kMaxOfficeTokens) {
    const Token& t = toks()[k];
    if (!words.empty() && t.lower == "elect") {
      p.modifier = TitleModifier::kElect;
      ++k;
      continue;
    }
    if (!words.empty() && t.lower == "of") {
      // "secretary of state", "minister of foreign affairs".
      size_t best = 0;
      std::string best_value;
      for (size_t n = 1; n <= 4 && k + 1 + n <= limit; ++n) {
        std::string phrase = words.back() + " of " + JoinLower(toks(), k + 1, n);
        std::optional<std::string> v = titles_.Lookup(phrase);
        if (v && *v != "*" && *v != "-") {
          best = n;
          best_value = *v;
        }
      }
      if (best > 0) {
        words.back() = best_value;
        last_head = true;
        k += 1 + best;
        continue;
      }
      break;
    }
    OfficeWord w = Word(t);
    if (!w.found) {
      std::string phrase;
      if (size_t n = PhraseAt(k, limit, &phrase); n > 0) {
        // "Environment Minister": a title the lexicon knows as a phrase.
        words.push_back(phrase);
        last_head = true;
        k += n;
        if (toks()[k - 1].possessive) break;
        continue;
      }
      // "Transport Minister": a portfolio word before minister/secretary.
      if (words.empty() && t.cap && k + 1 < limit && IsPortfolioHead(toks()[k + 1].lower) &&
          !MentionAt(k) && !t.possessive) {
        words.push_back(t.lower);
        ++k;
        continue;
      }
      // "the conference president": a noun naming what the office heads.
      size_t before = k;
      TitleModifier skipped;
      while (before > 0 && toks()[before - 1].word && ModifierWord(toks()[before - 1].lower, &skipped)) {
        --before;
      }
      bool opens = before == 0 || (toks()[before - 1].word && IsDeterminer(toks()[before - 1].lower));
      if (words.empty() && opens && k + 1 < limit && NounModifierAt(k) &&
          (Word(toks()[k + 1]).head || PhraseAt(k + 1, limit, &phrase) > 0) &&
          !toks()[k + 1].possessive) {
        words.push_back(t.lower);
        ++k;
        continue;
      }
      break;
    }
    if (w.modifier != TitleModifier::kNone) p.modifier = w.modifier;
    if (w.plural) p.plural = true;
    words.push_back(w.word);
    last_head = w.head;
    ++k;
    if (t.possessive) break;
  }
  p.oe = k;
  if (words.empty()) return p;
  bool ok = false;
  p.office = Canonical(words, last_head, &ok);
  if (!ok) {
    // Maybe the last words were only modifiers ("U.S. special ...").
    return p;
  }
  // Scope: "for Ukraine", "for European Affairs", "of Ukraine".
  if (k + 1 < limit && toks()[k].word &&
      (toks()[k].lower == "for" || toks()[k].lower == "of")) {
    bool of = toks()[k].lower == "of";
    size_t s = k + 1;
    if (toks()[s].lower == "the" && s + 1 < limit) ++s;
    size_t e = s;
    while (e < limit && toks()[e].word && e - s < 6 &&
           (toks()[e].cap || ((toks()[e].lower == "and" || toks()[e].lower == "of") &&
                             e + 1 < limit && toks()[e + 1].cap))) {
      ++e;
      if (toks()[e - 1].possessive) break;
    }
    if (e > s && !MentionAt(s)) {
      std::string canonical;
      size_t n = MatchQualifier(toks(), s, e, ctx_.lexicons, &canonical);
      if (n != e - s) {
        canonical = std::string(
            ctx_.doc.Slice(Span{toks()[s].span.begin, toks()[e - 1].span.end}));
      }
      if (of && p.qualifier.empty() && n != e - s && e - s == 1 && OrgWordAt(s)) {
        // "Foreign Minister of Tarvosia", "Chief Executive of Veltro": a name
        // the lexicons do not know is the country or body, not a portfolio.
        p.qualifier = CountryFormOf(canonical);
      } else if (of && n == e - s && p.qualifier.empty()) {
        p.qualifier = canonical;
      } else {
        p.scope = canonical;
      }
      k = e;
    }
  }
  // "adviser to former President X": the person qualifies the office.
  if (appositive && k + 1 < limit && toks()[k].lower == "to") {
    size_t q = k + 1;
    if (q < limit && toks()[q].lower == "the") ++q;
    while (q < limit && q < k + 8) {
      TitleModifier m;
      if (ModifierWord(toks()[q].lower, &m) || Word(toks()[q]).found) {
        ++q;
        continue;
      }
      std::string c;
      size_t n = MatchQualifier(toks(), q, limit, ctx_.lexicons, &c);
      if (n > 0) {
        q += n;
        continue;
      }
      break;
    }
    if (const PersonMention* pm = MentionAt(q)) {
      if (p.qualifier.empty()) p.qualifier = pm->full_name;
      k = mention_end_[q];
    } else {
      std::string c;
      size_t n = MatchQualifier(toks(), k + 1, limit, ctx_.lexicons, &c);
      if (n > 0 && (k + 1 + n == limit || !toks()[k + 1 + n].word)) {
        p.scope = c;  // "ambassador to France"
        k = k + 1 + n;
      }
    }
  }
  p.end = k;
  p.ok = true;
  return p;
}

bool RoleExtractor::IndefiniteAt(size_t b) const {
  auto indefinite = [](std::string_view w) {
    return w == "a" || w == "an" || w == "another";
  };
  if (b < toks().size() && toks()[b].word && indefinite(toks()[b].lower)) return true;
  if (b == 0) return false;
  if (toks()[b - 1].word && indefinite(toks()[b - 1].lower)) return true;
  // "one of the ...", "one of Washington's ..."
  for (size_t k = b + 1; k-- > 0 && k + 3 >= b;) {
    if (k + 1 < toks().size() && toks()[k].lower == "one" && toks()[k + 1].lower == "of") {
      return true;
    }
  }
  return false;
}

void RoleExtractor::Counterparts(size_t si, size_t first_claim) {
  const size_t n = toks().size();
  for (size_t tb = 2; tb < n; ++tb) {
    const PersonMention* m = mention_at_[tb];
    if (!m) continue;
    size_t k = tb;
    if (toks()[k - 1].punct == ',') --k;
    if (k == 0 || (toks()[k - 1].lower != "counterpart" && toks()[k - 1].lower != "counterparts")) {
      continue;
    }
    const size_t cp = k - 1;
    // An optional demonym or country right before: "her Japanese counterpart".
    std::string qualifier;
    size_t q = cp;
    for (size_t start = cp >= 3 ? cp - 3 : 0; start < cp; ++start) {
      std::string v;
      if (MatchQualifier(toks(), start, cp, ctx_.lexicons, &v) == cp - start) {
        qualifier = v;
        q = start;
        break;
      }
    }
    // Whose counterpart: a possessive pronoun or name just before.
    if (q == 0) continue;
    const Token& owner = toks()[q - 1];
    if (!(owner.possessive || owner.lower == "his" || owner.lower == "her" ||
          owner.lower == "their" || owner.lower == "its")) {
      continue;
    }
    // The antecedent: the nearest role claim of this sentence before it.
    const Claim* ante = nullptr;
    for (size_t i = first_claim; i < out_->size(); ++i) {
      const Claim& c = (*out_)[i];
      if (c.type != ClaimType::kRole || c.person.value == m->full_name ||
          c.person.span.begin >= toks()[q - 1].span.begin) {
        continue;
      }
      if (!ante || c.person.span.begin > ante->person.span.begin) ante = &c;
    }
    if (!ante || ante->modifier != TitleModifier::kNone) continue;
    Claim c;
    c.type = ClaimType::kRole;
    c.sentence = si;
    c.confidence = kCommaBefore;
    c.person.span = m->span;
    c.person.text = m->text;
    c.person.value = m->full_name;
    c.office.span = toks()[cp].span;
    c.office.text = std::string(ctx_.doc.Slice(toks()[cp].span));
    c.office.value = ante->office.value;
    c.qualifier = qualifier;
    c.shared_office = toks()[cp].lower == "counterparts";
    c.span = Span{toks()[q].span.begin, m->span.end};
    if (!seen_.insert({m->span.begin, toks()[cp].span.begin}).second) continue;
    out_->push_back(std::move(c));
  }
}

void RoleExtractor::ChairAfter(size_t si, const PersonMention& m, size_t te,
                              double confidence) {
  static const std::set<std::string> kLead = {
      "will", "would", "shall", "to", "has", "have", "had", "been", "was", "is", "be",
      "named", "appointed", "elected", "chosen", "picked", "set", "due", "also",
      "now", "currently", "as", "become", "became", "becomes"};
  static const std::set<std::string> kBodies = {
      "commission", "committee", "subcommittee", "board", "council", "panel", "inquiry",
      "taskforce", "delegation", "authority", "agency", "tribunal", "caucus",
      "conference", "summit", "forum", "assembly", "parliament", "senate", "bank",
      "fund", "foundation", "association", "union", "federation", "league", "group",
      "bloc", "party", "secretariat", "working-group", "body"};
  static const std::set<std::string> kPlain = {"new", "joint", "standing", "special",
                                               "permanent", "interim", "first", "powerful"};
  const size_t n = toks().size();
  size_t k = te;
  if (k < n && toks()[k].punct == ',') {
    if (k + 1 >= n || toks()[k + 1].lower != "who") return;
    k += 2;
  }
  for (size_t skipped = 0; k < n && toks()[k].word && kLead.count(toks()[k].lower) && skipped < 5;
       ++skipped) {
    ++k;
  }
  if (k >= n || !toks()[k].word) return;
  const std::string& w = toks()[k].lower;
  const bool verb = w == "chair" || w == "chairs" || w == "chaired" || w == "chairing";
  const bool noun = w == "chair" || w == "chairman" || w == "chairwoman" || w == "chairperson";
  if (!verb && !noun) return;
  if (w == "chaired") confidence = std::min(confidence, kWeaker);  // the past
  OfficeParse p;
  p.begin = p.ob = k;
  p.oe = k + 1;
  p.office = "chair";
  ++k;
  if (k < n && toks()[k].lower == "of") {
    ++k;
  } else if (!verb) {
    return;  // "named chairman" without the body
  }
  if (k < n && toks()[k].word && IsDeterminer(toks()[k].lower)) ++k;
  // A possessor ("the bloc's", "the Southern Ocean Trade Compact's").
  for (size_t q = k; q < n && q < k + 6 && toks()[q].word; ++q) {
    if (toks()[q].possessive) {
      k = q + 1;
      break;
    }
  }
  std::vector<std::string> mods;
  size_t head = n;
  for (size_t q = k; q < n && q < k + 8 && toks()[q].word; ++q) {
    if (kBodies.count(toks()[q].lower)) {
      head = q;
      break;
    }
    if (toks()[q].lower == "of" || toks()[q].lower == "for" || toks()[q].lower == "which" ||
        toks()[q].lower == "that" || toks()[q].lower == "who") {
      break;
    }
    if (!kPlain.count(toks()[q].lower)) mods.push_back(toks()[q].lower);
  }
  if (head == n) return;
  std::string body = toks()[head].lower;
  body[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(body[0])));
  p.qualifier = body;
  for (size_t i = 0; i < mods.size(); ++i) p.scope += (i ? " " : "") + mods[i];
  p.end = head + 1;
  p.ok = true;
  Emit(si, m, p, confidence);
}

void RoleExtractor::Emit(size_t si, const PersonMention& m, const OfficeParse& p,
                         double confidence) {
  Span office_span{toks()[p.ob].span.begin, toks()[p.oe - 1].span.end};
  if (!seen_.insert({m.span.begin, office_span.begin}).second) return;
  Claim c;
  c.type = ClaimType::kRole;
  c.sentence = si;
  c.confidence = confidence;
  c.person.span = m.span;
  c.person.text = m.text;
  c.person.value = m.full_name;
  c.office.span = office_span;
  c.office.text = std::string(ctx_.doc.Slice(office_span));
  c.office.value = p.office;
  c.qualifier = p.qualifier;
  c.scope = p.scope;
  c.modifier = p.modifier;
  c.shared_office = p.plural || IndefiniteAt(p.begin);
  size_t b = std::min(m.span.begin, toks()[p.begin].span.begin);
  size_t e = std::max(m.span.end, toks()[std::max(p.end, p.begin + 1) - 1].span.end);
  // Keep the claim inside one sentence span for stance analysis.
  if (si < ctx_.doc.sentences.size()) {
    const Span& ss = ctx_.doc.sentences[si].span;
    b = std::max(b, ss.begin);
    e = std::min(e, ss.end);
  }
  c.span = Span{b, std::max(b, e)};
  out_->push_back(std::move(c));
}

void RoleExtractor::ScanSentence(size_t si) {
  const Sentence* sent =
      si < ctx_.doc.sentences.size() ? &ctx_.doc.sentences[si] : nullptr;
  toks_ptr_ = &SentenceTokensOf(ctx_, si, &own_toks_);
  const size_t n = toks().size();
  Span sspan = sent ? sent->span : Span{0, ctx_.doc.text().size()};
  AlignMentions(toks(), persons_->In(sspan), &mention_at_, &mention_end_);
  const size_t first_claim = out_->size();
  bool weak = sent && (sent->kind == BlockKind::kTableRow ||
                       sent->kind == BlockKind::kTableHeader ||
                       sent->kind == BlockKind::kHeading);
  for (size_t tb = 0; tb < n; ++tb) {
    const PersonMention* m = mention_at_[tb];
    if (!m) continue;
    const size_t te = mention_end_[tb];
    ChairAfter(si, *m, te, weak ? kWeaker : kClear);
    // Before the name.
    size_t limit = tb;
    bool comma = false;
    if (limit >= 2 && (toks()[limit - 1].lower == "currently" ||
                       toks()[limit - 1].lower == "now") &&
        toks()[limit - 2].punct == '(') {
      limit -= 2;
    } else if (limit >= 1 && toks()[limit - 1].punct == '(') {
      limit -= 1;
    } else if (limit >= 1 && toks()[limit - 1].punct == ',') {
      limit -= 1;
      comma = true;
    }
    // "the U.S. envoy, X, and the Russian envoy": a list, not an apposition.
    if (comma && te + 2 < n && toks()[te].punct == ',' && toks()[te + 1].lower == "and" &&
        IsDeterminer(toks()[te + 2].lower)) {
      comma = false;
      limit = 0;
    }
    bool got_before = false;
    size_t lo = limit > kMaxOfficeTokens ? limit - kMaxOfficeTokens : 0;
    for (size_t start = lo; start < limit; ++start) {
      if (!toks()[start].word) continue;
      if (comma && !(start > 0 && toks()[start - 1].word &&
                     IsDeterminer(toks()[start - 1].lower))) {
        continue;
      }
      OfficeParse p = Parse(start, limit, false);
      if (!p.ok || p.end != limit) continue;
      if (p.oe != limit && p.scope.empty()) continue;
      Emit(si, *m, p, weak ? kWeaker : comma ? kCommaBefore : kClear);
      got_before = true;
      // "the conference president, Kenyan Environment Minister X": a second
      // office in apposition before the first.
      if (!comma && p.begin >= 2 && toks()[p.begin - 1].punct == ',') {
        size_t lim2 = p.begin - 1;
        size_t lo2 = lim2 > kMaxOfficeTokens ? lim2 - kMaxOfficeTokens : 0;
        for (size_t s2 = lo2; s2 < lim2; ++s2) {
          if (!toks()[s2].word || !IsDeterminer(toks()[s2].lower)) continue;
          OfficeParse p2 = Parse(s2, lim2, true);
          if (p2.ok && p2.end == lim2 && p2.oe == lim2) {
            Emit(si, *m, p2, weak ? kWeaker : kCommaBefore);
            break;
          }
        }
      }
      // "special envoys X and Y": one claim per person.
      if (p.plural) {
        size_t k = te;
        while (k < n) {
          if (toks()[k].punct == ',') ++k;
          if (k < n && toks()[k].lower == "and") ++k;
          if (k >= n || !mention_at_[k] || k == te) break;
          Emit(si, *mention_at_[k], p, weak ? kWeaker : kClear);
          k = mention_end_[k];
          if (k >= n || (toks()[k].punct != ',' && toks()[k].lower != "and")) break;
        }
      }
      break;
    }
    (void)got_before;
    // After the name.
    if (toks()[te - 1].possessive || te >= n) continue;
    size_t k = te;
    double conf = weak ? kWeaker : kClear;
    bool paren = false;
    bool copula = false;
    if (toks()[k].punct == ',') {
      ++k;
      if (k < n && toks()[k].lower == "who") {
        ++k;
        copula = true;
      }
    } else if (toks()[k].punct == '(') {
      ++k;
      paren = true;
    } else {
      copula = true;
      if (!(toks()[k].word &&
            (toks()[k].lower == "is" || toks()[k].lower == "was" ||
             toks()[k].lower == "remains" || toks()[k].lower == "became" ||
             toks()[k].lower == "serves" || toks()[k].lower == "served"))) {
        continue;
      }
    }
    if (copula && k < n) {
      const std::string& v = toks()[k].lower;
      if ((v == "serves" || v == "served") && k + 1 < n && toks()[k + 1].lower == "as") {
        if (v == "served") conf = kWeaker;
        k += 2;
      } else if (v == "is" || v == "remains" || v == "became" || v == "was") {
        if (v == "was") conf = kWeaker;
        ++k;
        // "X is the Y" needs a determiner (or a possessive qualifier).
        if (k >= n || !toks()[k].word ||
            !(IsDeterminer(toks()[k].lower) || toks()[k].possessive ||
              (k + 1 < n && toks()[k + 1].possessive))) {
          continue;
        }
      } else if (toks()[te].punct != ',') {
        continue;
      } else {
        continue;  // "X, who said ..."
      }
    }
    if (k >= n) continue;
    OfficeParse p = Parse(k, n, true);
    if (!p.ok) continue;
    if (p.end < n) {
      const Token& stop = toks()[p.end];
      bool ok_end = paren ? stop.punct == ')'
                          : (!stop.word && stop.punct != '-' && stop.punct != '\'') ||
                                stop.lower == "who" || stop.lower == "and" ||
                                stop.lower == "since" || stop.lower == "until" ||
                                stop.lower == "said" || stop.lower == "says";
      if (!ok_end) continue;
    }
    Emit(si, *m, p, conf);
    // "X, Kenya's environment minister and the conference president": a
    // second office of the same person.
    if (!paren && p.end + 2 < n && toks()[p.end].lower == "and" &&
        IsDeterminer(toks()[p.end + 1].lower)) {
      OfficeParse p2 = Parse(p.end + 1, n, true);
      if (p2.ok && p2.oe == p2.end &&
          (p2.end == n || (!toks()[p2.end].word && toks()[p2.end].punct != '-' &&
                           toks()[p2.end].punct != '\''))) {
        Emit(si, *m, p2, conf);
      }
    }
  }

  Counterparts(si, first_claim);

  // Tables with a person column and a role column.
  if (sent && sent->kind == BlockKind::kTableRow && !sent->cells.empty()) {
    int pc = PersonColumn(*sent);
    int rc = RoleColumn(*sent);
    if (pc >= 0 && rc >= 0 && pc != rc &&
        static_cast<size_t>(std::max(pc, rc)) < sent->cells.size()) {
      Span pcell = sent->cells[pc].span;
      Span rcell = sent->cells[rc].span;
      const PersonMention* person = nullptr;
      for (const PersonMention* m : persons_->In(pcell)) {
        person = m;
        break;
      }
      size_t rb = n, re = n;
      for (size_t k = 0; k < n; ++k) {
        if (toks()[k].span.begin >= rcell.begin && toks()[k].span.end <= rcell.end &&
            toks()[k].punct != '|') {
          if (rb == n) rb = k;
          re = k + 1;
        }
      }
      if (person && rb < n) {
        OfficeParse p = Parse(rb, re, true);
        if (p.ok) Emit(si, *person, p, kWeaker);
      }
    }
  }
}

void RoleExtractor::Run() {
  if (persons_->mentions.empty()) return;
  const size_t ns = ctx_.doc.sentences.size();
  if (ns == 0) {
    ScanSentence(0);
    return;
  }
  for (size_t si = 0; si < ns; ++si) ScanSentence(si);
}

}  // namespace

void ExtractRoles(const ExtractContext& ctx, std::vector<Claim>* out) {
  RoleExtractor extractor(ctx, out);
  extractor.Run();
}

}  // namespace claimcheck
