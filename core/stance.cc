// Stance, attribution and hedges (stance.h).
//
// Everything here looks at a bounded window around the claim (kWindow bytes
// each side), so analyzing every claim of a huge sentence stays linear.
//
// Stance. The cue phrases come from core/data/stance_cues.txt. The claim's
// clause is the stretch of the sentence between clause breaks (";", " but ",
// " although ", " whereas ", " however") around the claim. Rules, simple on
// purpose:
//   - a retraction cue anywhere in the window counts (a correction note talks
//     about the whole sentence);
//   - a denial or hypothetical cue counts when it stands in the claim's
//     clause before the claim's end, or after it by at most kAfterReach bytes
//     with no comma in between ("12 killed if confirmed", not "..., marking a
//     potentially significant step");
//   - precedence: retracted > denied > hypothetical > asserted;
//   - "may" is a cue only in lower case (not the month).
// Attribution: "according to X", "citing X", "X said/told/reported/claimed/
// announced/...", "..., said X"; the candidate nearest the claim wins; X is
// kept as written, cut to a short noun phrase (at most six words).
// Hedge: a hedge phrase (core/data/hedges.txt) directly before a number in
// or just before the claim ("about 90%", "at least 12").
#include "core/stance.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "core/lexicon.h"

namespace claimcheck {
namespace {

constexpr size_t kWindow = 400;
constexpr size_t kAfterReach = 20;

bool IsSpaceChar(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool IsAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsDigitChar(char c) { return c >= '0' && c <= '9'; }
bool IsWordByte(char c) {
  return IsAlpha(c) || IsDigitChar(c) || static_cast<unsigned char>(c) >= 0x80 ||
         c == '\'' || c == '-' || c == '.';
}

std::string LowerAscii(std::string_view s) { return AsciiLower(s); }

std::unique_ptr<RE2> Compile(const std::string& pattern) {
  RE2::Options opt;
  opt.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, opt);
  if (!re->ok()) return nullptr;
  return re;
}

enum PatternId { kClauseBreaks, kCues, kAccording, kSpeech, kHedges };

struct StancePatterns {
  std::unique_ptr<RE2> cues;     // group 1: the cue
  std::unique_ptr<RE2> hedges;   // group 1: the hedge
  std::unique_ptr<RE2> clause_breaks;
  std::unique_ptr<RE2> according;  // "according to", "citing"
  std::unique_ptr<RE2> speech;     // "said", "reported", ...
  std::unique_ptr<RE2> relative;   // "that", "which", "who", "where"
  std::vector<std::pair<std::string, Stance>> cue_kind;  // lowercased cue
  // The patterns without their \b assertions, one Set entry each (a match
  // of a pattern anywhere in a sentence is a match of its entry): bit k of
  // StanceHints::possible says whether pattern k can match.
  std::unique_ptr<RE2::Set> any;
  int set_index[5] = {-1, -1, -1, -1, -1};

  explicit StancePatterns(const Lexicons& lex) {
    std::vector<std::string> cue_list;
    for (const auto& [k, v] : lex.Get("stance_cues").entries()) {
      std::string kind = LowerAscii(v);
      Stance s = Stance::kAsserted;
      if (kind == "denied") s = Stance::kDenied;
      if (kind == "retracted") s = Stance::kRetracted;
      if (kind == "hypothetical") s = Stance::kHypothetical;
      if (s == Stance::kAsserted) continue;
      std::string key = LowerAscii(k);
      cue_kind.emplace_back(key, s);
      cue_list.push_back(key);
    }
    std::string alt = PhraseAlternation(cue_list);
    if (!alt.empty()) cues = Compile("(?i)\\b(" + alt + ")\\b");
    std::string any_patterns[5];
    if (cues) any_patterns[kCues] = "(?i)(?:" + alt + ")";
    std::vector<std::string> hedge_list;
    for (const auto& [k, v] : lex.Get("hedges").entries()) {
      hedge_list.push_back(LowerAscii(k));
    }
    std::string halt = PhraseAlternation(hedge_list);
    if (!halt.empty()) hedges = Compile("(?i)\\b(" + halt + ")\\s+");
    if (hedges) any_patterns[kHedges] = "(?i)(?:" + halt + ")\\s";
    clause_breaks = Compile(
        "(;|\\s(?:but|although|though|whereas|however|meanwhile)\\b)");
    according = Compile("(?i)\\b(according\\s+to|citing)\\s+");
    relative = Compile("(?i)\\b(that|which|who|where)\\b");
    speech = Compile(
        "\\b(said|says|told|tells|reported|claimed|announced|announces|"
        "stated|confirmed|confirms|noted|added|adds|warned|warns|insisted|"
        "insists|indicated|indicates|estimated|wrote|writes|posted|tweeted|"
        "acknowledged|argued|argues|admitted|disclosed|revealed|reveals|"
        "asserted|alleged|alleges|denied|denies)\\b");
    if (clause_breaks) {
      any_patterns[kClauseBreaks] = ";|\\s(?:but|although|though|whereas|however|meanwhile)";
    }
    if (according) any_patterns[kAccording] = "(?i)(?:according\\s+to|citing)\\s";
    if (speech) {
      any_patterns[kSpeech] =
          "said|says|told|tells|reported|claimed|announced|announces|"
          "stated|confirmed|confirms|noted|added|adds|warned|warns|insisted|"
          "insists|indicated|indicates|estimated|wrote|writes|posted|tweeted|"
          "acknowledged|argued|argues|admitted|disclosed|revealed|reveals|"
          "asserted|alleged|alleges|denied|denies";
    }
    RE2::Options opt;
    opt.set_log_errors(false);
    auto set = std::make_unique<RE2::Set>(opt, RE2::UNANCHORED);
    bool ok = true;
    for (int k = 0; k < 5 && ok; ++k) {
      if (any_patterns[k].empty()) continue;
      set_index[k] = set->Add(any_patterns[k], nullptr);
      ok = set_index[k] >= 0;
    }
    if (ok && set->Compile()) any = std::move(set);
  }

  // Bit k: pattern k may match somewhere in `sentence`.
  unsigned Possible(std::string_view sentence) const {
    if (!any) return ~0u;
    std::vector<int> hits;
    any->Match(re2::StringPiece(sentence.data(), sentence.size()), &hits);
    unsigned mask = 0;
    for (int k = 0; k < 5; ++k) {
      if (set_index[k] < 0) continue;  // a null pattern matches nothing anyway
      if (std::find(hits.begin(), hits.end(), set_index[k]) != hits.end()) mask |= 1u << k;
    }
    return mask;
  }

  Stance KindOf(std::string_view cue) const {
    std::string low = LowerAscii(cue);
    // Collapse white space runs to one space.
    std::string norm;
    for (char c : low) {
      if (IsSpaceChar(c)) {
        if (!norm.empty() && norm.back() != ' ') norm += ' ';
      } else {
        norm += c;
      }
    }
    for (const auto& [k, s] : cue_kind) {
      if (k == norm) return s;
    }
    return Stance::kAsserted;
  }
};

const StancePatterns& PatternsFor(const Lexicons& lex) {
  return lex.Derived<StancePatterns>(
      "stance.patterns", [&] { return std::make_unique<StancePatterns>(lex); });
}

// A word of the window: [b, e).
struct Word {
  size_t b, e;
};

// Words of s[from, to): runs of word bytes; punctuation ends a word and is
// reported as a one-byte "word" so callers see the breaks.
std::vector<Word> Words(std::string_view s, size_t from, size_t to) {
  std::vector<Word> out;
  size_t i = from;
  while (i < to) {
    if (IsSpaceChar(s[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    if (IsWordByte(s[i]) && s[i] != '.' && s[i] != '-' && s[i] != '\'') {
      while (j < to && IsWordByte(s[j])) {
        // Curly quotes and dashes (E2 80 xx) are punctuation.
        if (static_cast<unsigned char>(s[j]) == 0xE2 && j + 1 < to &&
            static_cast<unsigned char>(s[j + 1]) == 0x80 &&
            !(j + 2 < to && static_cast<unsigned char>(s[j + 2]) == 0x99 &&
              j + 3 < to && IsAlpha(s[j + 3]))) {
          break;
        }
        ++j;
      }
      // A trailing dot belongs to the word only for abbreviations ("U.S.").
      while (j > i + 1 && (s[j - 1] == '.' || s[j - 1] == '-') &&
             std::string_view(s.data() + i, j - i - 1).find('.') ==
                 std::string_view::npos) {
        --j;
      }
      if (j == i) j = i + 1;
    } else {
      j = i + 1;
      if (static_cast<unsigned char>(s[i]) == 0xE2 && i + 2 < to) j = i + 3;
    }
    out.push_back(Word{i, j});
    i = j;
  }
  return out;
}

bool IsPunctWord(std::string_view s, const Word& w) {
  return !(IsAlpha(s[w.b]) || IsDigitChar(s[w.b]) ||
           (static_cast<unsigned char>(s[w.b]) >= 0x80 &&
            static_cast<unsigned char>(s[w.b]) != 0xE2));
}

bool InList(std::string_view w, std::initializer_list<std::string_view> l) {
  for (std::string_view x : l) {
    if (w == x) return true;
  }
  return false;
}

// Words that end a noun phrase when read away from the speech verb.
bool IsNpBreak(const std::string& low) {
  return InList(low, {"that", "which", "who", "whom", "and", "but", "or",
                      "if", "when", "as", "while", "because", "after",
                      "before", "has", "have", "had", "is", "was", "were",
                      "are", "will", "would", "could", "may", "might", "can",
                      "in", "on", "at", "of", "for", "to", "from", "by",
                      "with", "about", "than", "since", "during", "where",
                      "so", "then", "also", "it", "its", "this", "these",
                      "those", "not", "did", "does", "do", "said", "says",
                      "told", "reported", "familiar", "close", "speaking",
                      "according", "citing", "there", "here", "what"});
}

bool IsAdverb(const std::string& low) {
  return InList(low, {"also", "later", "previously", "separately", "earlier",
                      "repeatedly", "publicly", "privately", "again", "then",
                      "once", "initially", "first", "subsequently", "had",
                      "has", "have", "officially", "reportedly",
                      "incorrectly", "wrongly", "mistakenly", "erroneously",
                      "falsely", "initially"});
}

bool IsPronoun(const std::string& low) {
  return InList(low, {"he", "she", "they", "it", "we", "i", "you"});
}

// The noun phrase ending right before byte `end` (the speech verb), read
// leftwards within [from, end).
std::string NpBefore(std::string_view s, size_t from, size_t end) {
  std::vector<Word> w = Words(s, from, end);
  size_t k = w.size();
  // Skip adverbs between the phrase and the verb ("officials also said").
  while (k > 0 && !IsPunctWord(s, w[k - 1]) &&
         IsAdverb(LowerAscii(s.substr(w[k - 1].b, w[k - 1].e - w[k - 1].b)))) {
    --k;
  }
  size_t last = k;
  size_t n = 0;
  while (k > 0 && n < 6) {
    const Word& x = w[k - 1];
    if (IsPunctWord(s, x)) break;
    std::string low = LowerAscii(s.substr(x.b, x.e - x.b));
    if (IsPronoun(low)) {
      if (n == 0) {
        --k;
        ++n;
      }
      break;
    }
    if (IsNpBreak(low)) break;
    --k;
    ++n;
  }
  if (n == 0 || last == 0) return "";
  // "an earlier version of this article reported": the publication itself.
  std::string head = LowerAscii(s.substr(w[last - 1].b, w[last - 1].e - w[last - 1].b));
  if (InList(head, {"article", "story", "version", "report", "page"})) return "";
  // Lowercase verbs ending the phrase on the left ("drones launched
  // overnight, officials said" is cut by the comma; "the company has said"
  // by "has"). A phrase must contain a capital or a plural/agent noun.
  return std::string(s.substr(w[k].b, w[last - 1].e - w[k].b));
}

// The noun phrase starting at byte `begin`, read rightwards to `to`.
std::string NpAfter(std::string_view s, size_t begin, size_t to) {
  std::vector<Word> w = Words(s, begin, to);
  size_t n = 0;
  size_t k = 0;
  while (k < w.size() && n < 6) {
    const Word& x = w[k];
    if (IsPunctWord(s, x)) break;
    std::string low = LowerAscii(s.substr(x.b, x.e - x.b));
    if (IsNpBreak(low) && !(k == 0 && InList(low, {"the", "a", "an"}))) break;
    ++k;
    ++n;
  }
  if (k == 0) return "";
  return std::string(s.substr(w[0].b, w[k - 1].e - w[0].b));
}

size_t Distance(size_t b, size_t e, size_t claim_b, size_t claim_e) {
  if (e <= claim_b) return claim_b - e;
  if (b >= claim_e) return b - claim_e;
  return 0;
}

// Is the byte right before `pos` (skipping spaces) one of `chars`?
bool PrecededBy(std::string_view s, size_t from, size_t pos,
                std::string_view chars) {
  while (pos > from && IsSpaceChar(s[pos - 1])) --pos;
  if (pos == from) return false;
  if (chars.find(s[pos - 1]) != std::string_view::npos) return true;
  // Closing curly quote.
  return pos >= from + 3 && s.compare(pos - 3, 3, "\xE2\x80\x9D") == 0;
}

// Calls fn(match_begin, match_end, match) for each match of `re` in
// sentence[from, to), left to right and without overlap; fn returns false to
// stop. sentence[0, context_end) is the text the pattern sees around the
// range (word boundaries at its ends). A null pattern matches nothing.
template <typename F>
void ForEachMatch(const RE2* re, std::string_view sentence, size_t context_end,
                  size_t from, size_t to, F fn) {
  if (re == nullptr) return;
  re2::StringPiece text(sentence.data(), context_end);
  re2::StringPiece m;
  size_t pos = from;
  while (pos < to && re->Match(text, pos, to, RE2::UNANCHORED, &m, 1)) {
    size_t mb = static_cast<size_t>(m.data() - sentence.data());
    size_t me = mb + m.size();
    pos = std::max(me, mb + 1);
    if (!fn(mb, me, std::string_view(m.data(), m.size()))) return;
  }
}

}  // namespace

StanceHints StanceHintsFor(std::string_view sentence, const Lexicons& lexicons) {
  return StanceHints{PatternsFor(lexicons).Possible(sentence)};
}

StanceInfo AnalyzeStance(std::string_view sentence, size_t begin, size_t end,
                         const Lexicons& lexicons) {
  return AnalyzeStance(sentence, begin, end, lexicons, StanceHints{});
}

StanceInfo AnalyzeStance(std::string_view sentence, size_t begin, size_t end,
                         const Lexicons& lexicons, const StanceHints& hints) {
  StanceInfo info;
  end = std::min(end, sentence.size());
  begin = std::min(begin, end);
  const StancePatterns& p = PatternsFor(lexicons);
  // A pattern the hints rule out is skipped (as a null pattern is).
  auto Use = [&](const RE2* re, PatternId id) -> const RE2* {
    return (hints.possible >> id) & 1u ? re : nullptr;
  };
  const size_t wb = begin > kWindow ? begin - kWindow : 0;
  const size_t we = std::min(sentence.size(), end + kWindow);

  // The claim's clause.
  size_t clause_b = wb, clause_e = we;
  ForEachMatch(Use(p.clause_breaks.get(), kClauseBreaks), sentence, we, wb, we,
               [&](size_t mb, size_t me, std::string_view) {
                 if (me <= begin) {
                   clause_b = me;
                 } else if (mb >= end) {
                   clause_e = mb;
                   return false;
                 }
                 return true;
               });

  // Stance cues.
  bool retracted = false, denied = false, hypothetical = false;
  ForEachMatch(Use(p.cues.get(), kCues), sentence, we, wb, we,
               [&](size_t mb, size_t me, std::string_view cue) {
                 if (cue == "May" || cue == "MAY") return true;  // the month
                 Stance kind = p.KindOf(cue);
                 if (kind == Stance::kRetracted) {
                   retracted = true;
                   return true;
                 }
                 if (mb < clause_b || me > clause_e) return true;
                 bool counts = mb < end;
                 if (kind == Stance::kHypothetical && me <= begin &&
                     RE2::PartialMatch(sentence.substr(me, begin - me), *p.relative)) {
                   // "they would send a team to examine a jet that landed in
                   // X": the modal governs another verb than the claim's.
                   counts = false;
                 }
                 if (!counts && mb - end <= kAfterReach) {
                   // "A could ..." binds the claim; "A said the bank would
                   // ..." and "A, who ..." put the cue in another clause.
                   std::string_view gap = sentence.substr(end, mb - end);
                   counts = gap.find(',') == std::string_view::npos &&
                            !RE2::PartialMatch(gap, *p.speech) &&
                            !RE2::PartialMatch(gap, *p.relative);
                 }
                 if (kind == Stance::kDenied && counts) denied = true;
                 if (kind == Stance::kHypothetical && counts) hypothetical = true;
                 return true;
               });
  if (retracted) {
    info.stance = Stance::kRetracted;
  } else if (denied) {
    info.stance = Stance::kDenied;
  } else if (hypothetical) {
    info.stance = Stance::kHypothetical;
  }

  // Attribution: the candidate nearest the claim.
  size_t best = std::string_view::npos;
  auto consider = [&](std::string who, size_t cb, size_t ce) {
    while (!who.empty() && (who.back() == ',' || who.back() == '.')) {
      // Keep the dot of "U.S." style abbreviations.
      if (who.back() == '.' && who.size() >= 2 &&
          who.find('.') != who.size() - 1) {
        break;
      }
      who.pop_back();
    }
    if (who.empty()) return;
    size_t d = Distance(cb, ce, begin, end);
    if (best == std::string_view::npos || d < best) {
      best = d;
      info.attribution = std::move(who);
    }
  };
  ForEachMatch(Use(p.according.get(), kAccording), sentence, we, wb, we,
               [&](size_t mb, size_t me, std::string_view) {
                 std::string who = NpAfter(sentence, me, std::min(we, me + 120));
                 consider(who, mb, me + who.size());
                 return true;
               });
  ForEachMatch(Use(p.speech.get(), kSpeech), sentence, we, wb, we,
               [&](size_t mb, size_t me, std::string_view) {
      size_t from = mb > 120 ? mb - 120 : 0;
      from = std::max(from, wb);
      bool inverted = PrecededBy(sentence, from, mb, ",\"'");
      std::string who;
      if (!inverted) who = NpBefore(sentence, from, mb);
      if (who.empty()) {
        std::string after = NpAfter(sentence, me, std::min(we, me + 120));
        // "said X" needs X to start like a name or a determiner phrase.
        size_t k = me;
        while (k < we && IsSpaceChar(sentence[k])) ++k;
        if (!after.empty() && k < we &&
            ((sentence[k] >= 'A' && sentence[k] <= 'Z') ||
             after.rfind("the ", 0) == 0 || after.rfind("a ", 0) == 0)) {
          who = after;
        }
      }
      consider(who, mb, me);
      return true;
    });

  // Hedge: a hedge phrase followed by a number in or just before the claim.
  const size_t hb = begin > 40 ? begin - 40 : 0;
  ForEachMatch(Use(p.hedges.get(), kHedges), sentence, we, hb, end,
               [&](size_t, size_t me, std::string_view match) {
      size_t k = me;
      while (k < sentence.size() &&
             (sentence[k] == '"' || sentence[k] == '\'' ||
              (k + 2 < sentence.size() &&
               sentence.compare(k, 3, "\xE2\x80\x9C") == 0))) {
        k += sentence[k] == '"' || sentence[k] == '\'' ? 1 : 3;
      }
      if (k >= sentence.size()) return false;
      char c = sentence[k];
      bool number = IsDigitChar(c) || c == '$' ||
                    static_cast<unsigned char>(c) == 0xE2 ||  // euro sign
                    static_cast<unsigned char>(c) == 0xC2;    // pound sign
      if (!number || k < begin) return true;
      // The hedge text without trailing spaces, lowercased, spaces collapsed.
      std::string h;
      for (char ch : match) {
        if (IsSpaceChar(ch)) {
          if (!h.empty() && h.back() != ' ') h += ' ';
        } else {
          h += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
        }
      }
      while (!h.empty() && h.back() == ' ') h.pop_back();
      info.hedge = h;
      return true;
    });
  return info;
}

StanceInfo AnalyzeStance(std::string_view sentence, size_t begin, size_t end) {
  return AnalyzeStance(sentence, begin, end, Lexicons::Default());
}

}  // namespace claimcheck
