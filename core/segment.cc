// Segmentation: lines -> blocks (dateline, headings, lists, pipe tables,
// flattened tables, paragraphs) -> sentence-like units. One pass over the
// lines; every scan moves forward, so the whole is linear in the text size.
#include "core/segment.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <tuple>
#include <utility>

namespace claimcheck {
namespace {

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlpha(char c) { return IsLower(c) || IsUpper(c); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) { return IsAlpha(c) || IsDigit(c); }
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool IsSpace(char c) { return IsBlank(c) || c == '\n'; }
char Lower(char c) { return IsUpper(c) ? static_cast<char>(c + 32) : c; }

bool EqualsLower(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != lower[i]) return false;
  }
  return true;
}

template <size_t N>
bool InList(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list) {
    if (EqualsLower(w, x)) return true;
  }
  return false;
}

// Abbreviations after which a period never ends a sentence (titles, months,
// "No.", "vs.", ...). Compared lowercase, without the final period.
constexpr std::string_view kNeverEnd[] = {
    "mr",    "mrs",  "ms",   "dr",   "st",    "lt",   "col",  "sen",  "rep",
    "gov",   "prof", "gen",  "capt", "sgt",   "maj",  "adm",  "rev",  "hon",
    "pres",  "amb",  "cmdr", "supt", "fr",    "mt",   "ft",   "jan",  "feb",
    "mar",   "apr",  "jun",  "jul",  "aug",   "sep",  "sept", "oct",  "nov",
    "dec",   "no",   "nos",  "vs",   "v",     "e.g",  "i.e",  "approx",
    "ca",    "cf",   "fig",  "vol",  "pp",    "messrs"};

// Abbreviations that may end a sentence: a boundary only before a word that
// usually starts one ("... from the U.S. The talks").
constexpr std::string_view kMayEnd[] = {
    "inc", "corp", "ltd", "co", "jr", "sr", "etc", "bros", "llc"};

constexpr std::string_view kSentenceStarters[] = {
    "the",       "this",   "that",   "these",   "those",  "it",     "its",
    "he",        "she",    "they",   "we",      "i",      "you",    "but",
    "and",       "however", "in",    "on",      "at",     "for",    "as",
    "after",     "before", "while",  "when",    "if",     "there",  "a",
    "an",        "meanwhile", "his", "her",     "their",  "our",    "also",
    "still",     "yet",    "so",     "then",    "earlier", "later", "according",
    "last",      "next",   "since",  "both",    "such",   "some",   "many",
    "most",      "officials", "what", "why",    "how",    "during", "despite",
    "under",     "with"};

// Words that mark a column name in a flattened table header.
constexpr std::string_view kColumnWords[] = {
    "participant", "name",        "role",         "title",       "position",
    "country",     "organization", "organisation", "date",       "location",
    "notes",       "note",        "notable",      "affiliation", "party",
    "votes",       "team",        "score",        "casualties",  "involvement",
    "description", "details",     "status",       "year",        "source",
    "event",       "result",      "age",          "nationality", "agency",
    "ministry",    "department",  "outcome",      "type",        "amount",
    "number",      "count",       "population",   "percent",     "share",
    "seats",       "candidate",   "winner",       "venue",       "topic",
    "issue",       "field",       "item",         "category",    "comment",
    "comments",    "remarks",     "responsibility", "responsibilities",
    "statement",   "term",        "tenure",       "period",      "deaths",
    "injured",     "player",      "goals",        "points",      "club"};

constexpr std::string_view kConnectors[] = {
    "of", "and", "for", "the", "in", "on", "&", "/", "-", "to", "at", "or"};

constexpr std::string_view kWeekdays[] = {
    "mon",    "tue",     "wed",       "thu",      "fri",    "sat",
    "sun",    "monday",  "tuesday",   "wednesday", "thursday", "friday",
    "saturday", "sunday"};
constexpr std::string_view kMonths3[] = {
    "jan", "feb", "mar", "apr", "may", "jun",
    "jul", "aug", "sep", "oct", "nov", "dec", "sept", "january",
    "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december"};

bool IsColumnWord(std::string_view w) {
  if (InList(w, kColumnWords)) return true;
  if (w.size() > 2 && (w.back() == 's' || w.back() == 'S')) {
    return InList(w.substr(0, w.size() - 1), kColumnWords);
  }
  return false;
}

// Starts of column names in a header written with spaces
// ("Participant Role Notable Prior Involvement").
bool IsColumnStarter(std::string_view w) {
  return IsColumnWord(w) && !EqualsLower(w, "involvement") &&
         !EqualsLower(w, "details") && !EqualsLower(w, "notes");
}

// The first code point at s[i] is an uppercase letter (any script).
bool UpperAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  const char c = s[i];
  if (static_cast<unsigned char>(c) < 0x80) return IsUpper(c);
  utf8proc_int32_t cp = 0;
  const utf8proc_ssize_t n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
      static_cast<utf8proc_ssize_t>(std::min<size_t>(4, s.size() - i)), &cp);
  return n > 0 && utf8proc_isupper(cp);
}

bool LowerAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  const char c = s[i];
  if (static_cast<unsigned char>(c) < 0x80) return IsLower(c);
  utf8proc_int32_t cp = 0;
  const utf8proc_ssize_t n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
      static_cast<utf8proc_ssize_t>(std::min<size_t>(4, s.size() - i)), &cp);
  return n > 0 && utf8proc_islower(cp);
}

struct Line {
  size_t begin = 0;
  size_t end = 0;  // excludes the '\n'
};

class Segmenter {
 public:
  Segmenter(std::string_view text, const SegmentOptions& options)
      : t_(text), max_(options.max_sentence_bytes) {}

  const SegmentReport& report() const { return report_; }

  std::vector<Sentence> Run() {
    size_t b = 0;
    for (size_t i = 0; i <= t_.size(); ++i) {
      if (i == t_.size() || t_[i] == '\n') {
        lines_.push_back(Line{b, i});
        b = i + 1;
      }
    }
    size_t li = 0;
    bool first = true;
    while (li < lines_.size()) {
      auto [lb, le] = Trim(lines_[li].begin, lines_[li].end);
      if (lb == le) {
        prev_list_ = false;
        ++li;
        continue;
      }
      if (first) {
        first = false;
        const size_t d = DatelineEnd(lb, le);
        if (d > lb) {
          NewBlock();
          Add(Span{lb, d}, BlockKind::kDateline);
          std::tie(lb, le) = Trim(d, le);
          if (lb == le) {
            ++li;
            continue;
          }
          // The rest of the line starts after the dateline, also for the
          // table and list checks that read lines_ (else a row could
          // overlap the dateline).
          lines_[li].begin = lb;
        }
      }
      li += ProcessLine(li, lb, le);
    }
    return std::move(out_);
  }

 private:
  // ---- small helpers --------------------------------------------------------

  std::pair<size_t, size_t> Trim(size_t b, size_t e) const {
    while (b < e && IsSpace(t_[b])) ++b;
    while (e > b && IsSpace(t_[e - 1])) --e;
    return {b, e};
  }

  int LineOf(size_t pos) const {
    auto it = std::upper_bound(
        lines_.begin(), lines_.end(), pos,
        [](size_t p, const Line& l) { return p < l.begin; });
    return static_cast<int>(it - lines_.begin());  // 1-based
  }

  void NewBlock() { ++block_; }

  bool HasAlnum(size_t b, size_t e) const {
    for (size_t i = b; i < e; ++i) {
      if (IsAlnum(t_[i]) || static_cast<unsigned char>(t_[i]) >= 0x80) {
        return true;
      }
    }
    return false;
  }

  // Appends a unit, cutting it at spaces when it is longer than max_.
  void Add(Span s, BlockKind kind, const std::vector<Cell>& cells = {},
           const std::vector<std::string>* header = nullptr) {
    auto [b, e] = Trim(s.begin, s.end);
    if (b >= e) return;
    const bool whole = max_ == 0 || e - b <= max_;
    if (!whole && report_.cut_units++ == 0) report_.first_cut_line = LineOf(b);
    while (b < e) {
      size_t cut = e;
      if (!whole && e - b > max_) {
        cut = b + max_;
        size_t k = cut;
        while (k > b && !IsSpace(t_[k])) --k;
        if (k > b) {
          cut = k;
        } else {  // no space: cut at a character boundary
          while (cut > b + 1 &&
                 (static_cast<unsigned char>(t_[cut]) & 0xC0) == 0x80) {
            --cut;
          }
        }
      }
      auto [pb, pe] = Trim(b, cut);
      if (pb < pe) {
        Sentence u;
        u.span = Span{pb, pe};
        u.kind = kind;
        u.line = LineOf(pb);
        u.block = block_ < 0 ? 0 : block_;
        if (whole) {
          u.cells = cells;
        } else {
          for (const Cell& c : cells) {
            const Span clipped{std::max(c.span.begin, pb),
                               std::min(c.span.end, pe)};
            if (clipped.begin < clipped.end ||
                (c.span.empty() && c.span.begin >= pb &&
                 c.span.begin <= pe)) {
              u.cells.push_back(Cell{clipped});
            }
          }
        }
        if (header != nullptr) u.header = *header;
        out_.push_back(std::move(u));
      }
      b = cut;
      while (b < e && IsSpace(t_[b])) ++b;
    }
  }

  // ---- dateline -------------------------------------------------------------

  // End of a dateline at the start of the first line, or `b` when none:
  // "Thu Jan 08 12:40:04 UTC 2026:", "MOSCOW, Jan 22 (Reuters) -",
  // "January 8, 2026 -", or a line that is only a date.
  size_t DatelineEnd(size_t b, size_t e) const {
    std::string_view line = t_.substr(b, e - b);
    size_t w = 0;
    while (w < line.size() && IsAlpha(line[w])) ++w;
    const std::string_view first_word = line.substr(0, w);
    const bool starts_weekday = InList(first_word, kWeekdays);
    const bool starts_month = InList(first_word, kMonths3);
    const size_t limit = std::min<size_t>(line.size(), 80);
    auto has_year_before = [&](size_t at) {
      return at >= 4 && IsDigit(line[at - 1]) && IsDigit(line[at - 2]) &&
             IsDigit(line[at - 3]) && IsDigit(line[at - 4]) &&
             (at == 4 || !IsDigit(line[at - 5]));
    };
    if (starts_weekday || starts_month) {
      for (size_t i = 4; i < limit; ++i) {
        if ((line[i] == ':' || line[i] == '-' || line[i] == ',') &&
            has_year_before(i - (line[i] == '-' && line[i - 1] == ' ' ? 1 : 0)) &&
            (i + 1 == line.size() || line[i + 1] == ' ')) {
          if (line[i] == ',' && i + 1 < line.size()) continue;
          return b + i + 1;
        }
      }
      // A short line that is only a date.
      if (line.size() <= 40) {
        for (size_t i = 4; i <= line.size(); ++i) {
          if (has_year_before(i) && line.find_first_of(".!?") ==
                                        std::string_view::npos) {
            return e;
          }
        }
      }
    }
    // "CITY, Mon DD (Agency) -".
    size_t caps = 0;
    while (caps < line.size() && (IsUpper(line[caps]) || line[caps] == ' ' ||
                                  line[caps] == '.' || line[caps] == '-')) {
      ++caps;
    }
    if (caps >= 3 && caps < line.size() && line[caps] == ',') {
      for (size_t i = caps + 1; i + 1 < limit; ++i) {
        if (line[i] == '-' && line[i - 1] == ' ' && line[i + 1] == ' ') {
          std::string_view mid = line.substr(caps, i - caps);
          if (mid.find('(') != std::string_view::npos ||
              std::any_of(mid.begin(), mid.end(), IsDigit)) {
            return b + i + 1;
          }
          break;
        }
        if (line[i] == '.' && i + 1 < line.size() && line[i + 1] == ' ' &&
            i > caps + 6) {
          break;
        }
      }
    }
    return b;
  }

  // ---- line dispatch --------------------------------------------------------

  // Handles the block starting at line li (its trimmed content [b, e)).
  // Returns how many lines were consumed.
  size_t ProcessLine(size_t li, size_t b, size_t e) {
    if (IsPipeLine(b, e) || (li + 1 < lines_.size() && HasPipe(b, e) &&
                             IsSeparatorLine(li + 1))) {
      prev_list_ = false;
      return PipeTable(li);
    }
    if (size_t n = LineTable(li); n > 0) {
      prev_list_ = false;
      return n;
    }
    if (!HasAlnum(b, e)) {  // rules, stray '>' and the like
      return 1;
    }
    if (t_[b] == '#') {
      size_t k = b;
      while (k < e && t_[k] == '#') ++k;
      if (k - b <= 6 && (k == e || t_[k] == ' ')) {
        size_t te = e;
        while (te > k && (t_[te - 1] == '#' || t_[te - 1] == ' ')) --te;
        NewBlock();
        prev_list_ = false;
        Add(Span{k, te}, BlockKind::kHeading);
        return 1;
      }
    }
    if (size_t m = ListMarkerEnd(b, e); m > b) {
      if (!prev_list_) NewBlock();
      prev_list_ = true;
      size_t c = SkipJunk(SkipNumbering(m, e), e);
      if (GluedTable(c, e)) return 1;
      Sentences(SkipNumbering(m, e), e, BlockKind::kListItem);
      return 1;
    }
    prev_list_ = false;
    {
      size_t c = SkipJunk(b, e);
      if (GluedTable(c, e)) return 1;
    }
    // A paragraph: join hard-wrapped continuation lines.
    size_t end = e;
    size_t n = 1;
    while (li + n < lines_.size()) {
      auto [nb, ne] = Trim(lines_[li + n].begin, lines_[li + n].end);
      if (nb == ne || !IsLower(t_[nb]) || end - lines_[li + n - 1].begin < 30 ||
          EndsSentence(end) || ListMarkerEnd(nb, ne) > nb ||
          (n == 1 && TitleCase(b, end))) {
        break;
      }
      end = ne;
      ++n;
    }
    NewBlock();
    if (n == 1 && IsHeadingLine(b, e) && li + 1 < lines_.size()) {
      Add(Span{b, e}, BlockKind::kHeading);
    } else {
      Sentences(b, end, BlockKind::kParagraph);
    }
    return n;
  }

  // Most longer words capitalized: "Balancing Pressure and Incentives".
  bool TitleCase(size_t b, size_t e) const {
    int upper = 0, lower = 0;
    size_t i = b;
    while (i < e) {
      size_t we = i;
      while (we < e && t_[we] != ' ') ++we;
      if (we - i >= 4) {
        if (UpperAt(t_, i)) ++upper;
        if (LowerAt(t_, i)) ++lower;
      }
      i = we + 1;
    }
    return upper > 0 && upper >= 2 * lower;
  }

  bool EndsSentence(size_t end) const {
    size_t k = end;
    while (k > 0 && (t_[k - 1] == '"' || t_[k - 1] == '\'' ||
                     t_[k - 1] == ')' || t_[k - 1] == ']')) {
      --k;
    }
    if (k == 0) return false;
    const char c = t_[k - 1];
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
  }

  // A short line without final punctuation: "Territory and Nuclear Concerns".
  bool IsHeadingLine(size_t b, size_t e) const {
    if (e - b > 120) return false;
    const char last = t_[e - 1];
    if (last == '.' || last == '!' || last == '?' || last == ',' ||
        last == ';' || last == ':' || last == '-') {
      return false;
    }
    if (last == '"' || last == '\'' || last == ')') {
      const char before = e - b >= 2 ? t_[e - 2] : ' ';
      if (before == '.' || before == '!' || before == '?') return false;
    }
    int words = 1;
    for (size_t i = b; i < e; ++i) {
      if (t_[i] == ' ') ++words;
      if ((t_[i] == '.' || t_[i] == '!' || t_[i] == '?') && i + 1 < e &&
          t_[i + 1] == ' ' && IsBoundary(b, i, e).first) {
        return false;  // holds a sentence break
      }
    }
    return words <= 18;
  }

  // End of a list marker ("- ", "* ", "• ", "1. ", "1) ") or b.
  size_t ListMarkerEnd(size_t b, size_t e) const {
    if (e - b < 2) return b;
    const char c = t_[b];
    if ((c == '-' || c == '*' || c == '+') && t_[b + 1] == ' ') return b + 2;
    static constexpr std::string_view kBullets[] = {
        "\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x97\x8F"};
    for (std::string_view bullet : kBullets) {
      if (t_.substr(b, bullet.size()) == bullet) {
        size_t k = b + bullet.size();
        while (k < e && t_[k] == ' ') ++k;
        return k;
      }
    }
    return SkipNumbering(b, e);
  }

  // After "7. " / "7) " at b, or b.
  size_t SkipNumbering(size_t b, size_t e) const {
    size_t k = b;
    while (k < e && k - b < 3 && IsDigit(t_[k])) ++k;
    if (k > b && k + 1 < e && (t_[k] == '.' || t_[k] == ')') &&
        t_[k + 1] == ' ') {
      return k + 2;
    }
    return b;
  }

  // Skips scraping debris before text: '>', '|', ':', spaces.
  size_t SkipJunk(size_t b, size_t e) const {
    while (b < e && (t_[b] == '>' || t_[b] == '|' || t_[b] == ':' ||
                     t_[b] == ' ')) {
      ++b;
    }
    return b;
  }

  // ---- sentences ------------------------------------------------------------

  // Whether the terminator at p (in [b, e)) ends a sentence; also returns
  // where the sentence ends (after closing quotes and brackets).
  std::pair<bool, size_t> IsBoundary(size_t b, size_t p, size_t e) const {
    size_t q = p;
    bool dots_only = true;
    size_t dots = 0;
    while (q < e && (t_[q] == '.' || t_[q] == '!' || t_[q] == '?')) {
      if (t_[q] != '.') dots_only = false;
      ++dots;
      ++q;
    }
    while (q < e && (t_[q] == '"' || t_[q] == '\'' || t_[q] == ')' ||
                     t_[q] == ']')) {
      ++q;
    }
    if (q < e && !IsSpace(t_[q])) return {false, q};
    size_t r = q;
    while (r < e && IsSpace(t_[r])) ++r;
    if (r >= e) return {true, q};
    if (dots_only && dots >= 2) return {false, q};  // ellipsis
    const char n = t_[r];
    const bool strong_next = UpperAt(t_, r) || IsDigit(n) || n == '"' ||
                             n == '\'' || n == '(' || n == '[';
    if (t_[p] != '.') return {strong_next, q};
    // The word before the period, without opening quotes or brackets.
    size_t wb = p;
    while (wb > b && !IsSpace(t_[wb - 1])) --wb;
    while (wb < p && (t_[wb] == '(' || t_[wb] == '"' || t_[wb] == '\'' ||
                      t_[wb] == '[')) {
      ++wb;
    }
    std::string_view word = t_.substr(wb, p - wb);
    if (word.empty()) return {strong_next, q};
    if (word.size() == 1 && IsUpper(word[0])) return {false, q};  // initial
    if (InList(word, kNeverEnd)) return {false, q};
    const bool dotted = IsDottedAbbrev(word);
    if (dotted || InList(word, kMayEnd)) {
      // "... in the U.S. The talks", also after an opening quote.
      size_t r2 = r;
      if (n == '"' || n == '\'') ++r2;
      size_t we2 = r2;
      while (we2 < e && IsAlpha(t_[we2])) ++we2;
      return {UpperAt(t_, r2) &&
                  InList(t_.substr(r2, we2 - r2), kSentenceStarters),
              q};
    }
    if (strong_next) return {true, q};
    // A lowercase start after an ordinary word: scraped text loses capitals
    // ("in Moscow. direct talks").
    if (LowerAt(t_, r) && word.size() >= 3 &&
        std::all_of(word.begin(), word.end(),
                    [](char c) { return IsAlpha(c) || c == '\''; })) {
      return {true, q};
    }
    return {false, q};
  }

  // "U.S", "e.g", "Ph.D": letter groups of at most two separated by periods.
  static bool IsDottedAbbrev(std::string_view w) {
    if (w.find('.') == std::string_view::npos) return false;
    size_t run = 0;
    for (char c : w) {
      if (c == '.') {
        if (run == 0) return false;
        run = 0;
      } else if (IsAlpha(c) && ++run <= 2) {
        continue;
      } else {
        return false;
      }
    }
    return run > 0;
  }

  void Sentences(size_t b, size_t e, BlockKind kind) {
    size_t start = b;
    for (size_t p = b; p < e; ++p) {
      const char c = t_[p];
      if (c != '.' && c != '!' && c != '?') continue;
      auto [boundary, q] = IsBoundary(b, p, e);
      if (boundary) {
        Add(Span{start, q}, kind);
        start = q;
      }
      p = std::max(p, q > 0 ? q - 1 : 0);
    }
    Add(Span{start, e}, kind);
  }

  // ---- pipe tables ----------------------------------------------------------

  bool HasPipe(size_t b, size_t e) const {
    return t_.substr(b, e - b).find('|') != std::string_view::npos;
  }

  bool IsPipeLine(size_t b, size_t e) const {
    return e - b >= 2 && t_[b] == '|' &&
           t_.substr(b + 1, e - b - 1).find('|') != std::string_view::npos;
  }

  std::vector<Cell> Cells(size_t b, size_t e) const {
    std::vector<Cell> cells;
    if (b < e && t_[b] == '|') ++b;
    if (e > b && t_[e - 1] == '|' && (e - b < 2 || t_[e - 2] != '\\')) --e;
    size_t start = b;
    for (size_t i = b; i <= e; ++i) {
      if (i == e || (t_[i] == '|' && (i == b || t_[i - 1] != '\\'))) {
        auto [cb, ce] = Trim(start, i);
        cells.push_back(Cell{Span{cb, ce}});
        start = i + 1;
      }
    }
    return cells;
  }

  bool IsSeparatorRow(const std::vector<Cell>& cells) const {
    if (cells.empty()) return false;
    for (const Cell& c : cells) {
      bool dash = false;
      for (size_t i = c.span.begin; i < c.span.end; ++i) {
        const char ch = t_[i];
        if (ch == '-') {
          dash = true;
        } else if (ch != ':' && ch != ' ') {
          return false;
        }
      }
      if (!dash) return false;
    }
    return true;
  }

  bool IsSeparatorLine(size_t li) const {
    auto [b, e] = Trim(lines_[li].begin, lines_[li].end);
    return b < e && HasPipe(b, e) && IsSeparatorRow(Cells(b, e));
  }

  std::string HeaderText(Span s) const {
    std::string_view v = t_.substr(s.begin, s.size());
    for (std::string_view mark : {"**", "__"}) {
      if (v.size() >= 4 && v.substr(0, 2) == mark &&
          v.substr(v.size() - 2) == mark) {
        v = v.substr(2, v.size() - 4);
      }
    }
    return std::string(v);
  }

  // A cell that reads like a column name rather than a value.
  bool HeaderLike(Span s) const {
    if (s.size() > 32) return false;
    int words = 1;
    for (size_t i = s.begin; i < s.end; ++i) {
      const char c = t_[i];
      if (IsDigit(c) || c == ',' || c == ';' || c == '.') return false;
      if (c == ' ') ++words;
    }
    return words <= 4;
  }

  size_t PipeTable(size_t li) {
    struct Row {
      size_t b, e;
      std::vector<Cell> cells;
    };
    std::vector<Row> rows;
    size_t n = 0;
    while (li + n < lines_.size()) {
      auto [b, e] = Trim(lines_[li + n].begin, lines_[li + n].end);
      if (b == e || (n > 0 && !HasPipe(b, e))) break;
      rows.push_back(Row{b, e, Cells(b, e)});
      ++n;
    }
    const bool has_header = rows.size() >= 2 && IsSeparatorRow(rows[1].cells);
    bool key_value = false;
    if (has_header && rows[0].cells.size() == 2) {
      // "| date | jan. 7, 2026 |" + "|---|---|": a key/value table whose
      // first pair sits in the header row.
      bool short_keys = true;
      for (const Row& r : rows) {
        if (IsSeparatorRow(r.cells) || r.cells.empty()) continue;
        const Span k = r.cells[0].span;
        int words = 1;
        for (size_t i = k.begin; i < k.end; ++i) words += t_[i] == ' ';
        if (k.size() > 40 || words > 5) short_keys = false;
      }
      key_value = short_keys && !HeaderLike(rows[0].cells[1].span);
    }
    std::vector<std::string> header;
    if (has_header && !key_value) {
      for (const Cell& c : rows[0].cells) header.push_back(HeaderText(c.span));
    }
    NewBlock();
    for (size_t i = 0; i < rows.size(); ++i) {
      if (IsSeparatorRow(rows[i].cells)) continue;
      const bool is_header = has_header && !key_value && i == 0;
      Add(Span{rows[i].b, rows[i].e},
          is_header ? BlockKind::kTableHeader : BlockKind::kTableRow,
          rows[i].cells, &header);
    }
    return n;
  }

  // ---- flattened tables -----------------------------------------------------

  // [b, e) is shaped like a column name: 1-4 capitalized words (connectors
  // aside), at most 40 bytes. *column_word tells whether one of the words is a
  // known column word ("Notable Prior Involvement").
  bool ColumnShape(size_t b, size_t e, bool* column_word) const {
    *column_word = false;
    if (e <= b || e - b > 40 || !IsUpper(t_[b])) return false;
    int words = 0;
    size_t i = b;
    while (i < e) {
      size_t we = i;
      while (we < e && t_[we] != ' ') ++we;
      std::string_view w = t_.substr(i, we - i);
      if (!w.empty()) {
        ++words;
        if (IsColumnWord(w)) *column_word = true;
        if (!IsUpper(w[0]) && !InList(w, kConnectors)) return false;
        for (char c : w) {
          if (!IsAlpha(c) && c != '-' && c != '&' && c != '/' && c != '\'') {
            return false;
          }
        }
      }
      i = we + 1;
    }
    return words >= 1 && words <= 4;
  }

  // How many of the candidate column names make the header: the longest run
  // from the start, of column-shaped names, that ends with a column word, has
  // at least two column words and at most one name that is not one
  // ("Delegate", "Role", "Notable Prior Work"). 0 when there is none.
  size_t HeaderLength(const std::vector<Span>& candidates) const {
    size_t best = 0;
    int words = 0, others = 0;
    for (size_t i = 0; i < candidates.size() && i < 5; ++i) {
      bool column_word = false;
      if (!ColumnShape(candidates[i].begin, candidates[i].end, &column_word)) {
        break;
      }
      if (column_word) {
        ++words;
      } else if (++others > 1) {
        break;
      }
      if (column_word && words >= 2) best = i + 1;
    }
    return best;
  }

  // A point where glued text starts a new cell: before t_[j], an uppercase
  // letter that follows a lowercase word ("ParticipantRole"), a closing
  // bracket ("(host)Coordinated") or ends an acronym ("FCGoalkeeper").
  bool StrongGlue(size_t j, size_t lo) const {
    if (j <= lo || j + 1 >= t_.size() || !IsUpper(t_[j])) return false;
    const char p = t_[j - 1];
    if (IsLower(p)) {
      size_t k = j;
      while (k > lo && IsLower(t_[k - 1])) --k;
      const size_t run = j - k;
      if (k > lo && IsUpper(t_[k - 1])) return run >= 2;  // not "McD", "DeS"
      return run >= 3;                                      // not "iPhone"
    }
    if (p == ')') return IsAlpha(t_[j + 1]);
    if (p == '.') {  // "reconstruction.Sergey" (text that was not normalized)
      return j >= lo + 4 && IsLower(t_[j - 2]) && IsLower(t_[j - 3]) &&
             IsLower(t_[j - 4]) && IsLower(t_[j + 1]);
    }
    if (IsUpper(p) && j >= lo + 2 && IsUpper(t_[j - 2]) &&
        j + 2 < t_.size() && IsLower(t_[j + 1]) && IsLower(t_[j + 2])) {
      return true;
    }
    return false;
  }

  // Where a glued row's last cell ends: a strong glue point or a sentence
  // boundary ("... (2024). Maria Ortega").
  size_t NextCellEnd(size_t from, size_t e, bool last) const {
    for (size_t j = from + 1; j < e; ++j) {
      if (StrongGlue(j, from)) return j;
      if (last && t_[j] == '.' && j + 1 < e) {
        auto [boundary, q] = IsBoundary(from, j, e);
        if (boundary && q < e) return q;
      }
    }
    return e;
  }

  // Parses a glued header at c; returns its columns and sets *data to where
  // the first cell begins.
  std::vector<Span> GluedHeader(size_t c, size_t e, size_t* data) const {
    std::vector<Span> cols;
    size_t pos = c;
    std::vector<size_t> ends;
    while (pos < e && cols.size() < 6) {
      size_t end = pos + 1;
      while (end < e && !StrongGlue(end, pos)) ++end;
      auto [hb, he] = Trim(pos, end);
      bool column_word = false;
      if (!ColumnShape(hb, he, &column_word)) break;
      cols.push_back(Span{hb, he});
      ends.push_back(end);
      pos = end;
    }
    const size_t k = HeaderLength(cols);
    cols.resize(k);
    *data = k == 0 ? c : ends[k - 1];
    return cols;
  }

  // The header "Participant Role Notable Prior Involvement": a column starts
  // at each column starter word.
  std::vector<Span> SpacedHeader(size_t b, size_t e) const {
    std::vector<Span> cols;
    if (e - b > 80) return {};
    size_t i = b;
    while (i < e) {
      size_t we = i;
      while (we < e && t_[we] != ' ') ++we;
      std::string_view w = t_.substr(i, we - i);
      if (w.empty() || (!IsUpper(w[0]) && !InList(w, kConnectors))) return {};
      for (char ch : w) {
        if (!IsAlpha(ch) && ch != '-' && ch != '&' && ch != '/') return {};
      }
      if (IsColumnStarter(w) || cols.empty()) {
        if (cols.empty() && !IsColumnStarter(w)) return {};
        cols.push_back(Span{i, we});
      } else {
        cols.back().end = we;
      }
      i = we + 1;
    }
    if (cols.size() < 2 || cols.size() > 5) return {};
    return cols;
  }

  std::vector<std::string> HeaderStrings(const std::vector<Span>& cols) const {
    std::vector<std::string> h;
    for (const Span& s : cols) h.push_back(HeaderText(s));
    return h;
  }

  // A single line may be a cell of a one-cell-per-line table.
  bool CellLine(size_t li, bool first_column) const {
    if (li >= lines_.size()) return false;
    auto [b, e] = Trim(lines_[li].begin, lines_[li].end);
    if (b == e || e - b > 300 || t_[b] == '#' || t_[b] == '|' ||
        !HasAlnum(b, e)) {
      return false;
    }
    if ((t_[b] == '-' || t_[b] == '*' || t_[b] == '+') && e - b > 1 &&
        t_[b + 1] == ' ') {
      return false;
    }
    if (first_column && (e - b > 80 || EndsSentence(e))) return false;
    return true;
  }

  // Emits header and rows of a table whose cells come one per line from line
  // `first`; returns the number of rows.
  size_t PerLineRows(size_t first, size_t k, size_t min_rows,
                     const std::vector<std::string>& header, bool emit) {
    size_t rows = 0;
    while (true) {
      size_t base = first + rows * k;
      bool ok = true;
      for (size_t c = 0; c < k && ok; ++c) ok = CellLine(base + c, c == 0);
      if (!ok) break;
      ++rows;
    }
    if (rows < min_rows || !emit) return rows;
    for (size_t r = 0; r < rows; ++r) {
      std::vector<Cell> cells;
      for (size_t c = 0; c < k; ++c) {
        auto [b, e] = Trim(lines_[first + r * k + c].begin,
                           lines_[first + r * k + c].end);
        cells.push_back(Cell{Span{b, e}});
      }
      Add(Span{cells.front().span.begin, cells.back().span.end},
          BlockKind::kTableRow, cells, &header);
    }
    return rows;
  }

  // Parses glued rows of k cells from [pos, e); returns the rows' cells and
  // leaves *pos after the last complete row.
  std::vector<std::vector<Cell>> GluedRows(size_t* pos, size_t e,
                                           size_t k) const {
    std::vector<std::vector<Cell>> rows;
    size_t p = *pos;
    while (p < e) {
      std::vector<Cell> row;
      size_t q = p;
      bool ok = true;
      for (size_t c = 0; c < k && ok; ++c) {
        while (q < e && t_[q] == ' ') ++q;
        if (q >= e) {
          ok = false;
          break;
        }
        const bool last = c + 1 == k;
        const size_t end = NextCellEnd(q, e, last);
        if (end >= e && !last) {
          ok = false;
          break;
        }
        auto [cb, ce] = Trim(q, end);
        if (cb == ce || (!last && ce - cb > 160) || (c == 0 && ce - cb > 80)) {
          ok = false;
          break;
        }
        row.push_back(Cell{Span{cb, ce}});
        q = end;
      }
      if (!ok) break;
      rows.push_back(std::move(row));
      p = q;
    }
    *pos = p;
    return rows;
  }

  // A table glued into one line: "ParticipantRoleNotable Prior
  // InvolvementMaria OrtegaChief Negotiator...". The header may also
  // stand alone, with the rows on the following lines (glued, one row a line,
  // or one cell a line); that case is handled by LineTable.
  bool GluedTable(size_t c, size_t e) {
    if (c >= e || !IsUpper(t_[c])) return false;
    size_t data = c;
    std::vector<Span> cols = GluedHeader(c, e, &data);
    if (cols.size() < 2 || cols.size() > 5) return false;
    while (data < e && t_[data] == ' ') ++data;
    if (data >= e) return false;  // header alone: see LineTable
    size_t pos = data;
    auto rows = GluedRows(&pos, e, cols.size());
    if (rows.empty()) return false;
    NewBlock();
    std::vector<std::string> header = HeaderStrings(cols);
    std::vector<Cell> hcells;
    for (const Span& s : cols) hcells.push_back(Cell{s});
    Add(Span{cols.front().begin, cols.back().end}, BlockKind::kTableHeader,
        hcells, &header);
    for (auto& row : rows) {
      Add(Span{row.front().span.begin, row.back().span.end},
          BlockKind::kTableRow, row, &header);
    }
    auto [rb, re] = Trim(pos, e);
    if (rb < re) {
      NewBlock();
      if (IsHeadingLine(rb, re)) {
        Add(Span{rb, re}, BlockKind::kHeading);
      } else {
        Sentences(rb, re, BlockKind::kParagraph);
      }
    }
    prev_list_ = false;
    return true;
  }

  // Tables whose header is on its own line(s): one column name a line
  // ("Participant" / "Role" / ...), a spaced header line, or a glued header
  // line; the rows follow one cell a line or one glued row a line.
  // Returns the number of lines consumed, 0 when there is no such table.
  size_t LineTable(size_t li) {
    std::vector<Span> cols;
    size_t header_lines = 0;
    size_t min_rows = 1;
    // One column name per line.
    while (li + header_lines < lines_.size() && header_lines < 6) {
      auto [b, e] = Trim(lines_[li + header_lines].begin,
                         lines_[li + header_lines].end);
      bool column_word = false;
      if (!ColumnShape(b, e, &column_word)) break;
      cols.push_back(Span{b, e});
      ++header_lines;
    }
    header_lines = HeaderLength(cols);
    cols.resize(header_lines);
    if (cols.size() < 2 || cols.size() > 5) {
      cols.clear();
      auto [b, e] = Trim(lines_[li].begin, lines_[li].end);
      size_t data = b;
      cols = GluedHeader(b, e, &data);
      if (cols.size() < 2 || cols.size() > 5 || Trim(data, e).first < e) {
        cols = SpacedHeader(b, e);
        min_rows = 2;
      }
      header_lines = 1;
      if (cols.size() < 2 || cols.size() > 5) return 0;
    }
    if (cols.size() == 2) min_rows = std::max<size_t>(min_rows, 2);
    const size_t k = cols.size();
    const size_t first = li + header_lines;
    std::vector<std::string> header = HeaderStrings(cols);
    // Glued rows, one a line.
    size_t glued = 0;
    while (first + glued < lines_.size()) {
      auto [b, e] = Trim(lines_[first + glued].begin, lines_[first + glued].end);
      size_t pos = b;
      if (b == e) break;
      auto rows = GluedRows(&pos, e, k);
      if (rows.size() != 1 || Trim(pos, e).first < e) break;
      ++glued;
    }
    size_t per_line = PerLineRows(first, k, min_rows, header, false);
    if (glued < min_rows && per_line < min_rows) return 0;
    NewBlock();
    std::vector<Cell> hcells;
    for (const Span& s : cols) hcells.push_back(Cell{s});
    Add(Span{cols.front().begin, cols.back().end}, BlockKind::kTableHeader,
        hcells, &header);
    if (glued >= min_rows && glued >= per_line) {
      for (size_t r = 0; r < glued; ++r) {
        auto [b, e] = Trim(lines_[first + r].begin, lines_[first + r].end);
        size_t pos = b;
        auto rows = GluedRows(&pos, e, k);
        Add(Span{b, e}, BlockKind::kTableRow, rows[0], &header);
      }
      return header_lines + glued;
    }
    PerLineRows(first, k, min_rows, header, true);
    return header_lines + per_line * k;
  }

  std::string_view t_;
  size_t max_;
  std::vector<Line> lines_;
  std::vector<Sentence> out_;
  SegmentReport report_;
  int block_ = -1;
  bool prev_list_ = false;
};

}  // namespace

std::vector<Sentence> Segment(std::string_view text,
                              const SegmentOptions& options,
                              SegmentReport* report) {
  Segmenter segmenter(text, options);
  std::vector<Sentence> sentences = segmenter.Run();
  if (report != nullptr) *report = segmenter.report();
  return sentences;
}

}  // namespace claimcheck
