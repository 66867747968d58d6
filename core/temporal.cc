// The time tagger. See temporal.h for the contract and docs/temporal.md for
// the forms handled and the resolution rules.
//
// How it works: every rule is one RE2 pattern plus a handler. The patterns are
// run over each unit (a sentence) once, left to right; a handler checks the
// context RE2 cannot express (no look-behind: the word before a match, the
// word after it, letter case) and turns the groups into a Parsed value, or
// rejects the match. Of all accepted candidates the longest win and never
// overlap. Only then is each one resolved, with the tense of its clause and the
// publication date.
#include "core/temporal.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <utility>

namespace claimcheck {
namespace {

using re2::RE2;
using re2::StringPiece;

constexpr char kNoPublication[] = "relative to an unknown publication date";
constexpr char kNoYear[] = "the year is unknown (no publication date)";
constexpr char kNoAnchor[] =
    "relative to an earlier date the text does not give";

// ---------------------------------------------------------------- characters

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
char Lower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

bool InList(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (EqualsIgnoreCase(w, x)) return true;
  }
  return false;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() &&
         EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool IsAllLower(std::string_view s) {
  for (char c : s) {
    if (IsUpper(c)) return false;
  }
  return true;
}

bool IsWordChar(char c) { return IsAlpha(c) || c == '\''; }

// The word that ends right before `pos` (letters, apostrophes and dots, so
// "U.S." and "Jan." stay whole), skipping blanks but not line breaks. `start`
// receives where it begins.
std::string_view PrevWord(std::string_view s, size_t pos, size_t* start = nullptr) {
  size_t e = std::min(pos, s.size());
  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  size_t b = e;
  while (b > 0 && (IsWordChar(s[b - 1]) || s[b - 1] == '.')) --b;
  if (start != nullptr) *start = b;
  std::string_view w = s.substr(b, e - b);
  while (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

// The word that starts at or after `pos`, skipping blanks. Dots inside are
// kept ("a.m."), a trailing dot is dropped.
std::string_view NextWord(std::string_view s, size_t pos) {
  size_t b = std::min(pos, s.size());
  while (b < s.size() && (s[b] == ' ' || s[b] == '\t')) ++b;
  size_t e = b;
  while (e < s.size() && (IsWordChar(s[e]) || (s[e] == '.' && e > b))) ++e;
  std::string_view w = s.substr(b, e - b);
  while (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

char CharAt(std::string_view s, size_t pos) { return pos < s.size() ? s[pos] : '\0'; }

// The first non-blank character before `pos`, or '\0'.
char PrevNonBlank(std::string_view s, size_t pos) {
  while (pos > 0) {
    char c = s[--pos];
    if (c != ' ' && c != '\t') return c;
  }
  return '\0';
}

// True when `pos` starts the unit (only blanks, quotes or bullets before it on
// its line).
bool AtUnitStart(std::string_view s, size_t pos) {
  while (pos > 0) {
    char c = s[--pos];
    if (c == '\n') return true;
    if (!(IsSpace(c) || c == '"' || c == '\'' || c == '-' || c == '*' ||
          c == '(' || c == '#' || c == '|' || c == ':')) {
      return false;
    }
  }
  return true;
}

// Nouns that follow a count, never a date or a year: "May 5 people", "of 2000
// troops".
bool IsCountNoun(std::string_view w) {
  return InList(
      w, {"people", "persons", "percent", "per", "pct", "points", "point",
          "troops", "soldiers", "drones", "missiles", "rockets", "shells",
          "votes", "voters", "seats", "jobs", "workers", "employees",
          "members", "residents", "civilians", "children", "refugees",
          "migrants", "homes", "houses", "buildings", "cases", "deaths",
          "dead", "victims", "casualties", "tonnes", "tons", "kilometers",
          "kilometres", "km", "miles", "meters", "metres", "feet", "dollars",
          "euros", "pounds", "yuan", "rubles", "units", "vehicles", "tanks",
          "aircraft", "planes", "ships", "vessels", "cars", "barrels",
          "shares", "million", "billion", "trillion", "thousand", "hundred",
          "years", "months", "weeks", "days", "hours", "minutes", "times",
          "copies", "pages", "athletes", "delegates", "participants",
          "protesters", "students", "patients", "police", "officers",
          "fighters", "prisoners", "hostages", "detainees", "acres",
          "hectares", "degrees", "games", "matches", "goals", "runs", "yards",
          "pieces", "items", "companies", "firms", "households", "families",
          "beds", "doses", "tests", "ballots", "lives", "flights",
          "passengers", "visitors", "tourists", "users", "customers",
          "stores", "sites", "schools", "hospitals", "villages", "towns",
          "cities", "countries", "lawmakers", "men", "women", "staff",
          "personnel", "jets", "warheads", "rounds", "guns", "bombs", "mw",
          "kg", "mph", "am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock",
          "others"});
}

int ParseInt(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (!IsDigit(c)) break;
    v = v * 10 + (c - '0');
    if (v > 100000) break;
  }
  return v;
}

// 1..12 from any month name or abbreviation (the first three letters are
// unique), 0 when not a month.
int MonthIndex(std::string_view token) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec"};
  if (token.size() < 3) return 0;
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (EqualsIgnoreCase(token.substr(0, 3), kNames[i])) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

// 0 = Monday .. 6 = Sunday, -1 when not a weekday.
int WeekdayIndex(std::string_view token) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  if (token.size() < 3) return -1;
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (EqualsIgnoreCase(token.substr(0, 3), kNames[i])) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

int NumberWord(std::string_view w) {
  static constexpr std::array<std::pair<std::string_view, int>, 17> kWords = {{
      {"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3},
      {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8},
      {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
      {"fifteen", 15}, {"twenty", 20}, {"thirty", 30}}};
  if (!w.empty() && IsDigit(w[0])) return ParseInt(w);
  if (StartsWithIgnoreCase(w, "a couple")) return 2;
  for (const auto& [word, n] : kWords) {
    if (EqualsIgnoreCase(w, word)) return n;
  }
  return 0;
}

// ---------------------------------------------------------------- the parse

enum class Form {
  kDate,      // month + day (+ year) (+ weekday); a range when day2 is set
  kMonth,     // month (+ year), maybe a part of it (mod) or last/next (rel)
  kYear,      // year, maybe a part of it; a range when year2 is set
  kQuarter,   // "third-quarter", "Q3" without a year
  kSeason,    // "this summer", "last winter"
  kWeekday,   // "Monday", "last Thursday"
  kRelDay,    // today / yesterday / tomorrow (offset in days)
  kRelUnit,   // this/last/next week, weekend, month, year
  kAgo,       // "three days ago"
  kAnaphor,   // "the following day", "two days later": from the last date
  kHoliday,   // "Christmas", "Thanksgiving"
  kOrdinal,   // "on the 15th"
};

// A part of a period.
enum class Mod {
  kNone, kEarly, kMid, kLate, kStart, kEnd, kFirstHalf, kSecondHalf,
  kEarlier, kLater, kQ1, kQ2, kQ3, kQ4,
};

enum class Unit { kDay, kWeek, kWeekend, kMonth, kYear };

// How a weekday, weekend or season is placed.
enum class Rel { kNone, kLast, kNext, kThis, kComing, kThe, kPastWeekend };

enum class Holiday {
  kNewYearsDay, kNewYearsEve, kChristmasEve, kChristmas, kBoxingDay,
  kOrthodoxChristmas, kIndependenceDay, kHalloween, kValentines,
  kThanksgiving, kEaster, kGoodFriday, kEasterMonday, kMemorialDay,
  kLaborDay, kVeteransDay, kElectionDay, kMlkDay, kPresidentsDay,
  kJuneteenth, kStPatricks, kMayDay, kBlackFriday, kCyberMonday,
};

struct Parsed {
  Form form = Form::kDate;
  int year = 0, month = 0, day = 0, weekday = -1;
  int year2 = 0, month2 = 0, day2 = 0;
  int weekday2 = -1;  // kWeekday: "from Monday through Friday"
  int offset = 0;  // kRelDay days, kRelUnit / kAnaphor / kAgo units
  int quarter = 0;
  int season = 0;  // 0 spring, 1 summer, 2 fall, 3 winter
  Rel rel = Rel::kNone;
  Mod mod = Mod::kNone;
  Unit unit = Unit::kDay;
  bool period = false;  // kAnaphor: "the following week" is a whole week
  bool week_of = false;  // kDate: "the week of July 6", the week holding it
  Holiday holiday = Holiday::kChristmas;
};

struct Candidate {
  size_t begin = 0;
  size_t end = 0;
  int rule = 0;
  Parsed p;
};

// The groups of one match, with offsets relative to the unit.
struct Groups {
  std::string_view u;
  const StringPiece* g;
  int n;
  bool Has(int i) const { return i < n && g[i].data() != nullptr; }
  size_t B(int i) const { return static_cast<size_t>(g[i].data() - u.data()); }
  size_t E(int i) const { return B(i) + g[i].size(); }
  std::string_view S(int i) const {
    return Has(i) ? std::string_view(g[i].data(), g[i].size()) : std::string_view();
  }
  std::string L(int i) const { return LowerAscii(S(i)); }
};

size_t SkipBlanks(std::string_view u, size_t pos) {
  while (pos < u.size() && IsSpace(u[pos])) ++pos;
  return pos;
}

// Collapses inner white space and hyphens so modifiers compare simply.
std::string Squash(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsSpace(c) || c == '-') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += Lower(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Mod ParseMod(std::string_view text) {
  std::string m = Squash(text);
  if (m.rfind("the ", 0) == 0) m = m.substr(4);
  if (m.size() > 3 && m.compare(m.size() - 3, 3, " in") == 0) {
    m.resize(m.size() - 3);  // "early in 2026"
  }
  if (m == "early") return Mod::kEarly;
  if (m == "mid" || m == "middle of") return Mod::kMid;
  if (m == "late") return Mod::kLate;
  if (m == "earlier") return Mod::kEarlier;
  if (m == "later" || m == "rest of") return Mod::kLater;
  if (m == "end of") return Mod::kEnd;
  if (m == "beginning of" || m == "start of") return Mod::kStart;
  if (m == "first half of" || m == "h1") return Mod::kFirstHalf;
  if (m == "second half of" || m == "latter half of" || m == "h2") {
    return Mod::kSecondHalf;
  }
  if (m == "first quarter of" || m == "q1") return Mod::kQ1;
  if (m == "second quarter of" || m == "q2") return Mod::kQ2;
  if (m == "third quarter of" || m == "q3") return Mod::kQ3;
  if (m == "fourth quarter of" || m == "q4") return Mod::kQ4;
  return Mod::kNone;
}

int SeasonIndex(std::string_view w) {
  std::string s = LowerAscii(w);
  if (s.rfind("spring", 0) == 0) return 0;
  if (s.rfind("summer", 0) == 0) return 1;
  if (s.rfind("fall", 0) == 0 || s.rfind("autumn", 0) == 0) return 2;
  if (s.rfind("winter", 0) == 0) return 3;
  return -1;
}

// Rejects a day number that is really part of something else: "5%", "5,000",
// "3.5", "7-point", "5:30".
bool DayEndsCleanly(std::string_view u, size_t end) {
  char c = CharAt(u, end);
  char d = CharAt(u, end + 1);
  if (c == '%') return false;
  if ((c == ',' || c == '.' || c == ':' || c == '/') && IsDigit(d)) return false;
  if (c == '-' && IsAlpha(d)) return false;
  return true;
}

// "may" and "march" written in lower case are usually the modal and the verb.
bool IsAmbiguousLowerMonth(std::string_view token) {
  return IsAllLower(token) &&
         (token == "may" || token == "march" || token == "mar" ||
          token == "mar.");
}

// "day", "week", "weekend", "month", "year" (any case, plural or not).
Unit ParseUnit(std::string_view w) {
  if (StartsWithIgnoreCase(w, "weekend")) return Unit::kWeekend;
  if (StartsWithIgnoreCase(w, "day")) return Unit::kDay;
  if (StartsWithIgnoreCase(w, "week")) return Unit::kWeek;
  if (StartsWithIgnoreCase(w, "month")) return Unit::kMonth;
  return Unit::kYear;
}

// True when "before" / "after" ending at `end` takes an object: "two days
// after the vote" is anchored on the vote, not on a date the text gave.
bool HasEventObject(std::string_view u, size_t end) {
  std::string_view next = NextWord(u, end);
  char after = CharAt(u, SkipBlanks(u, end));
  return !next.empty() && after != ',' && after != '.' && after != ';' &&
         !InList(next, {"and", "but", "when", "as"});
}

// ---------------------------------------------------------------- handlers

// Month-first dates: "Jan. 7", "Wednesday, January 7, 2026", "Jan. 23-24",
// "from Jan. 23 to Jan. 24", "between Jan. 23 and 25", "Dec 15 2025".
// Groups: 1 from/between, 2 weekday, 3 month, 4 day, 5 year, 6 connector,
// 7 month2, 8 day2, 9 year2.
bool HandleMonthDay(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kDate;
  p.month = MonthIndex(m.S(3));
  p.day = ParseInt(m.S(4));
  if (p.month == 0 || p.day < 1 || p.day > DaysInMonth(2024, p.month)) return false;
  if (!DayEndsCleanly(m.u, m.E(4))) return false;
  size_t first_end = m.Has(5) ? m.E(5) : m.E(4);
  if (m.Has(5)) p.year = ParseInt(m.S(5));
  bool has_suffix = m.S(4).size() > 0 && IsAlpha(m.S(4).back());
  // The lower-case modal / verb: only with a year, an ordinal or punctuation.
  if (IsAmbiguousLowerMonth(m.S(3)) && !m.Has(5) && !has_suffix) {
    char after = CharAt(m.u, m.E(4));
    if (!(after == '\0' || after == ',' || after == '.' || after == ';' ||
          after == ')' || after == ':')) {
      return false;
    }
  }
  // A month name capitalized only as a person's name ("Jan 5" is fine, but
  // "Jan" alone is handled elsewhere), and hyphenated names such as "Mar-del-Plata".
  if (CharAt(m.u, m.E(3)) == '-') return false;
  if (m.Has(2)) p.weekday = WeekdayIndex(m.S(2));
  c->begin = m.B(0);
  c->end = m.E(0);
  bool range_ok = false;
  if (m.Has(8)) {
    p.day2 = ParseInt(m.S(8));
    p.month2 = m.Has(7) ? MonthIndex(m.S(7)) : p.month;
    if (m.Has(9)) p.year2 = ParseInt(m.S(9));
    std::string conn = m.L(6);
    range_ok = p.month2 > 0 && p.day2 >= 1 &&
               p.day2 <= DaysInMonth(2024, p.month2) &&
               DayEndsCleanly(m.u, m.E(8)) &&
               !IsCountNoun(NextWord(m.u, m.E(8)));
    if (range_ok && p.month2 == p.month && p.day2 <= p.day) range_ok = false;
    if (range_ok && m.Has(5) && !m.Has(9) && !m.Has(7)) range_ok = false;
    // "and" makes a range only between two days of one month, or after
    // "between": "Feb. 4 and 5", "between Jan. 30 and Feb. 2".
    if (range_ok && conn == "and" && m.Has(7) && !m.Has(1)) range_ok = false;
    if (range_ok && m.L(1) == "between" && conn != "and") range_ok = false;
    if (range_ok && m.L(1) == "from" && conn == "and") range_ok = false;
    if (range_ok && m.Has(9) && m.Has(5) && p.year2 < p.year) range_ok = false;
  }
  if (!range_ok) {
    p.day2 = p.month2 = p.year2 = 0;
    c->end = first_end;
    if (m.Has(1)) c->begin = SkipBlanks(m.u, m.E(1));
    if (!m.Has(5) && IsCountNoun(NextWord(m.u, m.E(4)))) return false;
  }
  if (p.year != 0 && (p.year < 1800 || p.year > 2199)) return false;
  return true;
}

// Day-first dates: "8 January", "the 7th of January", "2 January 2026",
// "23-24 January". Groups: 1 from/between, 2 weekday, 3 day, 4 connector,
// 5 day2, 6 month, 7 year.
bool HandleDayMonth(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kDate;
  p.month = MonthIndex(m.S(6));
  p.day = ParseInt(m.S(3));
  if (p.month == 0 || p.day < 1 || p.day > DaysInMonth(2024, p.month)) return false;
  if (m.Has(7)) p.year = ParseInt(m.S(7));
  if (IsAmbiguousLowerMonth(m.S(6)) && !m.Has(7)) return false;
  if (CharAt(m.u, m.E(6)) == '-' && IsAlpha(CharAt(m.u, m.E(6) + 1))) return false;
  size_t start = m.Has(2) ? m.B(2) : m.B(3);
  if (!m.Has(1) && !m.Has(2)) {
    // "Article 5 May ...", "$5 June", "1,5 March": not a day.
    char before = PrevNonBlank(m.u, m.B(0));
    if (before == '$' || before == '#' || IsDigit(before) || before == ',' ||
        before == '.') {
      if (before != ',' && before != '.') return false;
      size_t pb = m.B(0);
      while (pb > 0 && IsSpace(m.u[pb - 1])) --pb;
      if (pb >= 2 && IsDigit(m.u[pb - 2])) return false;
    }
    std::string_view prev = PrevWord(m.u, m.B(0));
    if (InList(prev, {"article", "section", "game", "chapter", "no", "number",
                      "page", "top", "group", "room", "flight", "route",
                      "round", "stage", "level", "phase", "grade", "act",
                      "item", "rule", "paragraph", "clause", "resolution",
                      "week", "day", "year", "season", "episode", "part",
                      "volume", "vol", "gate", "pier", "platform", "category"})) {
      return false;
    }
  }
  (void)start;
  if (m.Has(2)) p.weekday = WeekdayIndex(m.S(2));
  c->begin = m.B(0);
  c->end = m.E(0);
  if (m.Has(5)) {
    p.day2 = ParseInt(m.S(5));
    p.month2 = p.month;
    std::string conn = m.L(4);
    bool ok = p.day2 > p.day && p.day2 <= DaysInMonth(2024, p.month);
    if (ok && m.L(1) == "between" && conn != "and") ok = false;
    if (ok && m.L(1) == "from" && conn == "and") ok = false;
    if (!ok) return false;  // "5 and 7 March" style oddities: leave them.
  } else if (m.Has(1)) {
    c->begin = SkipBlanks(m.u, m.E(1));
  }
  if (p.year != 0 && (p.year < 1800 || p.year > 2199)) return false;
  return true;
}

// Months: "November 2025", "mid-December", "last December", "in January",
// "the end of March". Groups: 1 mod, 2 rel, 3 month, 4 year.
bool HandleMonth(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kMonth;
  std::string_view token = m.S(3);
  p.month = MonthIndex(token);
  if (p.month == 0) return false;
  if (CharAt(m.u, m.E(3)) == '-' && IsAlpha(CharAt(m.u, m.E(3) + 1))) return false;
  if (m.Has(1)) p.mod = ParseMod(m.S(1));
  std::string rel = m.L(2);
  if (rel == "last" || rel == "past") p.rel = Rel::kLast;
  if (rel == "next" || rel == "coming") p.rel = Rel::kNext;
  if (rel == "this") p.rel = Rel::kThis;
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december"};
  bool abbreviation = !EqualsIgnoreCase(token, kFull[p.month - 1]);
  bool ambiguous = p.month == 5 || p.month == 3;
  c->begin = m.B(0);
  c->end = m.E(0);
  if (m.Has(4)) {
    p.year = ParseInt(m.S(4));
    if (p.year < 1800 || p.year > 2199) return false;
    if (IsAmbiguousLowerMonth(token) && !m.Has(1)) {
      std::string_view prev = PrevWord(m.u, m.B(0));
      if (!InList(prev, {"in", "since", "until", "by", "of", "during", "from",
                         "through", "before", "after"})) {
        return false;
      }
    }
    char after = CharAt(m.u, m.E(4));
    if ((after == ',' || after == '.') && IsDigit(CharAt(m.u, m.E(4) + 1))) {
      return false;
    }
    if (IsCountNoun(NextWord(m.u, m.E(4)))) return false;
    return true;
  }
  // No year: the month name has to be clearly a month.
  if (abbreviation && p.mod == Mod::kNone && p.rel == Rel::kNone) return false;
  if (abbreviation && token.back() != '.' && p.mod == Mod::kNone) return false;
  if (IsAmbiguousLowerMonth(token) && !(p.mod == Mod::kMid)) return false;
  if (p.mod != Mod::kNone || p.rel != Rel::kNone) {
    if (ambiguous && IsAllLower(token)) return false;
    return true;
  }
  std::string_view prev = PrevWord(m.u, m.B(0));
  bool context = InList(prev, {"in", "since", "until", "till", "by", "during",
                               "through", "throughout", "from", "before",
                               "after", "of", "to", "for"});
  if (ambiguous) {
    // "May" and "March" alone only after a preposition and capitalized:
    // "in May", "since March"; not "Theresa May", "may", "to May".
    if (!IsUpper(token[0]) || !context || EqualsIgnoreCase(prev, "to") ||
        EqualsIgnoreCase(prev, "for")) {
      return false;
    }
    std::string_view after = NextWord(m.u, m.E(3));
    if (!after.empty() && IsUpper(after[0]) && CharAt(m.u, m.E(3)) == ' ') {
      return false;  // "in May County"
    }
    return true;
  }
  if (context) return true;
  if (!IsUpper(token[0])) return false;
  // A capitalized month right after or before another capitalized word is a
  // name ("April Ryan", "Mary June").
  std::string_view next = NextWord(m.u, m.E(3));
  size_t prev_start = 0;
  PrevWord(m.u, m.B(0), &prev_start);
  if (!prev.empty() && IsUpper(prev[0]) && !AtUnitStart(m.u, prev_start)) {
    return false;
  }
  if (!next.empty() && IsUpper(next[0])) return false;
  if (CharAt(m.u, m.E(3)) == '\'' ) return true;  // "December's vote"
  return true;
}

// ISO dates "2026-01-08", and "2026/01/08". Groups: 1 year, 2 month, 3 day.
bool HandleIso(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kDate;
  p.year = ParseInt(m.S(1));
  p.month = ParseInt(m.S(2));
  p.day = ParseInt(m.S(3));
  // Part of a longer run of numbers with the same separator: "1-2026-01-08",
  // "2026/01/08/7" (an ISO interval "2026-01-08/2026-01-09" is two dates).
  char sep = m.u[m.E(1)];
  char after = CharAt(m.u, m.E(0));
  if (IsDigit(after) || (after == sep && IsDigit(CharAt(m.u, m.E(0) + 1)))) {
    return false;
  }
  if (m.B(0) > 0 && (IsDigit(m.u[m.B(0) - 1]) || m.u[m.B(0) - 1] == sep)) return false;
  if (!CivilDate{p.year, p.month, p.day}.Valid()) return false;
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// US numeric dates "01/07/2026" (month first). Groups: 1 month, 2 day, 3 year.
bool HandleSlashDate(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kDate;
  p.month = ParseInt(m.S(1));
  p.day = ParseInt(m.S(2));
  p.year = ParseInt(m.S(3));
  if (m.B(0) > 0 && (m.u[m.B(0) - 1] == '/' || IsDigit(m.u[m.B(0) - 1]))) return false;
  if (CharAt(m.u, m.E(0)) == '/') return false;
  if (p.month > 12 && p.day <= 12) std::swap(p.month, p.day);  // "13/12/2025"
  if (p.year < 1800 || !CivilDate{p.year, p.month, p.day}.Valid()) return false;
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// "FY2026", "FY 2025": the fiscal year, taken as the year it is named after.
// Groups: 1 "FY", 2 year.
bool HandleFiscalYear(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kYear;
  if (m.S(1) != "FY") return false;
  p.year = ParseInt(m.S(2));
  if (!DayEndsCleanly(m.u, m.E(2)) || CharAt(m.u, m.E(2)) == '-') return false;
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// Day-first dotted dates "12.03.2026" (German, Russian, ... style).
// Groups: 1 day, 2 month, 3 year.
bool HandleDottedDate(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kDate;
  p.day = ParseInt(m.S(1));
  p.month = ParseInt(m.S(2));
  p.year = ParseInt(m.S(3));
  if (m.B(0) > 0 && (IsDigit(m.u[m.B(0) - 1]) || m.u[m.B(0) - 1] == '.')) return false;
  if (CharAt(m.u, m.E(0)) == '.' && IsDigit(CharAt(m.u, m.E(0) + 1))) return false;
  if (p.year < 1800 || p.year > 2199 || !CivilDate{p.year, p.month, p.day}.Valid()) {
    return false;
  }
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// "the week of July 6", "the week of 6 July": the Monday-to-Sunday week
// holding the date. Groups: 1 month, 2 day, 3 year (month first); 4 day,
// 5 month, 6 year (day first).
bool HandleWeekOf(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kDate;
  p.week_of = true;
  bool day_first = m.Has(4);
  p.month = MonthIndex(m.S(day_first ? 5 : 1));
  p.day = ParseInt(m.S(day_first ? 4 : 2));
  int yg = day_first ? 6 : 3;
  if (m.Has(yg)) p.year = ParseInt(m.S(yg));
  if (p.month == 0 || p.day < 1 || p.day > DaysInMonth(2024, p.month)) return false;
  if (!DayEndsCleanly(m.u, m.E(day_first ? 4 : 2))) return false;
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// Years: "in 2024", "the 2024 campaign", "(2024)", "early 2026", "the first
// half of 2026", "Q1 2026", "from 2014 to 2022". Groups: 1 from/between,
// 2 mod, 3 year, 4 connector, 5 year2.
bool HandleYear(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kYear;
  p.year = ParseInt(m.S(3));
  size_t yb = m.B(3), ye = m.E(3);
  char before = yb > 0 ? m.u[yb - 1] : '\0';
  if (before == '$' || before == '#' || before == '/' || before == '.' ||
      before == ':' || IsDigit(before)) {
    return false;
  }
  if (before == ',' && yb > 1 && IsDigit(m.u[yb - 2])) return false;
  if (!DayEndsCleanly(m.u, ye) || CharAt(m.u, ye) == '-' ) {
    if (!(CharAt(m.u, ye) == '-' && m.Has(5))) return false;
  }
  std::string_view next = NextWord(m.u, ye);
  c->begin = m.B(0);
  c->end = m.E(0);
  if (m.Has(2)) {
    std::string mod = Squash(m.S(2));
    int season = SeasonIndex(mod.rfind("the ", 0) == 0 ? mod.substr(4) : mod);
    if (season >= 0) {
      p.form = Form::kSeason;
      p.season = season;
    } else {
      p.mod = ParseMod(m.S(2));
      if (p.mod == Mod::kNone) return false;
      if ((mod == "q1" || mod == "q2" || mod == "q3" || mod == "q4" ||
           mod == "h1" || mod == "h2") &&
          !IsUpper(m.S(2)[0])) {
        return false;
      }
    }
  }
  bool range_ok = false;
  if (m.Has(5) && !m.Has(2)) {
    p.year2 = ParseInt(m.S(5));
    std::string conn = m.L(4);
    range_ok = p.year2 > p.year && p.year2 - p.year <= 100 &&
               DayEndsCleanly(m.u, m.E(5)) && !IsCountNoun(NextWord(m.u, m.E(5)));
    if (conn == "and" && m.L(1) != "between") range_ok = false;
    if (m.L(1) == "between" && conn != "and") range_ok = false;
  }
  if (!range_ok) {
    p.year2 = 0;
    c->end = ye;
    c->begin = m.Has(2) ? m.B(2) : yb;
    if (CharAt(m.u, ye) == '-' && IsDigit(CharAt(m.u, ye + 1))) return false;
    next = NextWord(m.u, ye);
  } else {
    next = NextWord(m.u, m.E(5));
  }
  if (IsCountNoun(next)) return false;
  if (m.Has(2) || range_ok) return true;
  // A bare year needs a context that makes it one.
  size_t prev_start = 0;
  std::string_view prev = PrevWord(m.u, yb, &prev_start);
  if (InList(prev, {"in", "since", "by", "until", "till", "before", "after",
                    "from", "through", "during", "of", "for", "throughout",
                    "fiscal", "year", "around", "circa", "and", "or", "to",
                    "early", "late", "mid", "between", "election", "season",
                    "class", "budget", "vintage", "spring", "summer",
                    "autumn", "fall", "winter"})) {
    return true;
  }
  if (before == '(' && CharAt(m.u, ye) == ')') return true;
  // "the company's 2025 results".
  if (prev.size() > 2 && prev.substr(prev.size() - 2) == "'s" && !next.empty() &&
      !IsUpper(next[0])) {
    return true;
  }
  if (CharAt(m.u, ye) == '\'' && Lower(CharAt(m.u, ye + 1)) == 's') return true;
  if (EqualsIgnoreCase(prev, "the") || EqualsIgnoreCase(prev, "a") ||
      EqualsIgnoreCase(prev, "its") || EqualsIgnoreCase(prev, "his") ||
      EqualsIgnoreCase(prev, "her") || EqualsIgnoreCase(prev, "their")) {
    // "the 2024 campaign", "the 2024 U.S. election".
    return !next.empty();
  }
  if (AtUnitStart(m.u, yb) &&
      InList(next, {"was", "is", "will", "has", "had", "saw", "marked",
                    "brought", "began", "ended"})) {
    return true;
  }
  // A year as the subject of a clause after a verb: "thinks 2028 is safe",
  // "said 2025 was a record". Not after a quantity word ("about 2000 were").
  if (InList(next, {"was", "is", "will"}) && !prev.empty() && IsAllLower(prev) &&
      IsAlpha(prev.back()) && before == ' ' &&
      !InList(prev, {"about", "some", "nearly", "almost", "over", "under",
                     "than", "only", "just", "roughly", "approximately",
                     "least", "most", "all", "those", "these", "another",
                     "number", "total", "figure"})) {
    return true;
  }
  return false;
}

// True when most words of the unit are capitalized: a title-case headline.
bool IsTitleCase(std::string_view u) {
  int words = 0, upper = 0;
  for (size_t i = 0; i < u.size(); ++i) {
    if (IsAlpha(u[i]) && (i == 0 || !IsWordChar(u[i - 1]))) {
      size_t e = i;
      while (e < u.size() && IsWordChar(u[e])) ++e;
      if (e - i > 3) {
        ++words;
        if (IsUpper(u[i])) ++upper;
      }
    }
  }
  return words >= 3 && upper * 10 >= words * 6;
}

// A weekday that is part of a name: "the Wednesday Club" (after "the" and
// before a capitalized word), "Greenford Sunday were beaten" (right after a
// capitalized word that opens the sentence and is not a date word, outside
// title-case headlines).
bool IsWeekdayInName(const Groups& m, std::string_view prev, std::string_view next) {
  size_t b = m.B(2);
  if (EqualsIgnoreCase(prev, "the") && !next.empty() && IsUpper(next[0]) &&
      CharAt(m.u, m.E(2)) == ' ' && MonthIndex(next) == 0) {
    return true;
  }
  if (prev.size() < 2 || !IsUpper(prev[0]) || b < 2 || m.u[b - 1] != ' ' ||
      !IsAlpha(m.u[b - 2])) {
    return false;  // no capitalized word right before (a comma, a dot)
  }
  bool all_caps = true;
  for (char ch : prev) all_caps = all_caps && (!IsAlpha(ch) || IsUpper(ch));
  if (all_caps) return false;  // "WASHINGTON Tuesday", "AP Tuesday"
  if (MonthIndex(prev) != 0 && prev.size() <= 9) return false;
  if (WeekdayIndex(prev) >= 0) return false;
  if (InList(prev, {"On", "Last", "Next", "This", "Since", "Until", "Till", "By",
                    "Before", "After", "From", "Through", "Early", "Late",
                    "Every", "Each", "Past", "Coming", "And", "Or", "To",
                    "Midnight", "Overnight", "Sunday", "Until", "Today",
                    "Yesterday", "Tomorrow", "Noon", "Mid", "As", "At",
                    "During", "For", "Of", "In", "That", "But", "Then",
                    "Starting", "Beginning", "Ending", "Published", "Updated",
                    "Posted", "Date", "Dated"})) {
    return false;
  }
  // Only as the subject opening the sentence: wire copy writes "arrived in
  // Paris Monday", "President Okafor Tuesday signed ...".
  size_t prev_start = 0;
  PrevWord(m.u, b, &prev_start);
  if (!AtUnitStart(m.u, prev_start)) return false;
  return !IsTitleCase(m.u);
}

// Weekdays: "Monday", "last Thursday", "Sunday night", "overnight into
// Monday", "after midnight on Friday". Groups: 1 prefix, 2 weekday, 3 suffix.
bool HandleWeekday(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kWeekday;
  std::string_view token = m.S(2);
  p.weekday = WeekdayIndex(token);
  if (p.weekday < 0) return false;
  bool abbreviated = token.back() == '.';
  std::string prefix = Squash(m.S(1));
  std::string_view prev = PrevWord(m.u, m.B(0));
  if (abbreviated) {
    if (!IsUpper(token[0])) return false;
    bool ctx = !prefix.empty() ||
               InList(prev, {"on", "by", "since", "until", "till", "from",
                             "through", "before", "after", "to"});
    if (!ctx) return false;
  }
  // Names, not days.
  if (!m.Has(1) &&
      InList(prev, {"Black", "Cyber", "Good", "Super", "Ash", "Holy", "Maundy",
                    "Bloody", "Palm", "Shrove", "Giving", "Easter"}) &&
      IsUpper(prev[0])) {
    return false;
  }
  std::string_view next = NextWord(m.u, m.E(2));
  if (!m.Has(3) && !next.empty() && IsUpper(next[0]) &&
      InList(next, {"Times", "Telegraph", "Express", "Mirror", "Post",
                    "Herald", "Mail", "School", "Night", "Morning", "Sport",
                    "Independent", "Star", "People", "Service"})) {
    return false;
  }
  if (EqualsIgnoreCase(prev, "on")) {
    size_t ps = 0;
    PrevWord(m.u, m.B(0), &ps);
    if (EqualsIgnoreCase(PrevWord(m.u, ps), "Mail")) return false;
  }
  if (!m.Has(1) && !m.Has(3) && !abbreviated && IsWeekdayInName(m, prev, next)) {
    return false;
  }
  if (prefix == "last" || prefix == "past" || prefix == "previous" ||
      prefix == "this past") {
    p.rel = Rel::kLast;
  } else if (prefix == "next") {
    p.rel = Rel::kNext;
  } else if (prefix == "coming" || prefix == "this coming") {
    p.rel = Rel::kComing;
  } else if (prefix == "this") {
    p.rel = Rel::kThis;
  }
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// Weekday ranges: "from Monday through Friday", "Friday to Sunday",
// "Monday-Wednesday" (not "Saturday and Sunday": two days).
// Groups: 1 from, 2 weekday, 3 connector, 4 weekday2.
bool HandleWeekdayRange(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kWeekday;
  p.weekday = WeekdayIndex(m.S(2));
  p.weekday2 = WeekdayIndex(m.S(4));
  if (p.weekday < 0 || p.weekday2 < 0 || p.weekday == p.weekday2) return false;
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// This/last/next week, weekend, month, year, with parts: "earlier this week",
// "late last year", "the end of the month", "over the weekend", "the
// following day". Groups: 1 mod, 2 rel, 3 unit.
bool HandleRelUnit(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kRelUnit;
  std::string rel = Squash(m.S(2));
  p.unit = ParseUnit(m.S(3));
  if (m.Has(1)) p.mod = ParseMod(m.S(1));
  if (m.Has(1) && p.mod == Mod::kNone) return false;
  c->begin = m.B(0);
  c->end = m.E(0);
  std::string_view prev = PrevWord(m.u, m.B(0));
  // Anaphoric: counted from the last date the text gave.
  if (rel == "the following" || rel == "the next" || rel == "the previous" ||
      rel == "the same" || (rel == "previous" && p.unit == Unit::kDay)) {
    if (p.unit == Unit::kWeekend || m.Has(1)) return false;
    if (rel == "the next" && p.unit != Unit::kDay) return false;  // vague
    p.form = Form::kAnaphor;
    p.offset = rel == "the same" ? 0 : (rel.find("previous") != std::string::npos ? -1 : 1);
    if (rel == "the same" && p.unit != Unit::kDay) return false;
    p.period = p.unit != Unit::kDay;
    return true;
  }
  if (p.unit == Unit::kDay) return false;
  if (rel == "this" || rel == "current" || rel == "the current") {
    p.offset = 0;
    p.rel = Rel::kThis;
  } else if (rel == "last" || rel == "previous") {
    // "the last year" is a duration, not last year.
    if (EqualsIgnoreCase(prev, "the") || EqualsIgnoreCase(prev, "past")) return false;
    p.offset = -1;
    p.rel = Rel::kLast;
  } else if (rel == "next") {
    if (EqualsIgnoreCase(prev, "the")) return false;
    p.offset = 1;
    p.rel = Rel::kNext;
  } else if (rel == "this coming" || rel == "coming" || rel == "the coming") {
    if (p.unit != Unit::kWeekend && rel == "the coming") return false;
    if (EqualsIgnoreCase(prev, "the") && rel == "coming") return false;
    p.offset = 1;
    p.rel = Rel::kComing;
  } else if (rel == "this past" || rel == "the past" || rel == "past") {
    if (p.unit != Unit::kWeekend) return false;  // "the past week": duration
    p.rel = Rel::kPastWeekend;
  } else if (rel == "the") {
    if (p.unit == Unit::kWeekend) {
      if (m.Has(1)) return false;
      p.rel = Rel::kThe;
    } else if (p.mod == Mod::kNone || p.mod == Mod::kEarly ||
               p.mod == Mod::kLate || p.mod == Mod::kMid ||
               p.mod == Mod::kEarlier || p.mod == Mod::kLater) {
      return false;  // "the year", "early the month": not dates
    } else {
      p.rel = Rel::kThis;
    }
  } else {
    return false;
  }
  if ((p.mod == Mod::kEarlier || p.mod == Mod::kLater) && p.offset != 0) {
    p.mod = Mod::kNone;  // "earlier last week" is just last week
  }
  return true;
}

// "year-end", "year's end". Groups: 1 unit.
bool HandleUnitEnd(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kRelUnit;
  p.unit = ParseUnit(m.S(1));
  p.mod = Mod::kEnd;
  p.rel = Rel::kThis;
  c->begin = m.B(0);
  c->end = m.E(0);
  std::string_view next = NextWord(m.u, m.E(0));
  // "year-end bonus" is still the year end; "year-end 2025" is left to years.
  (void)next;
  return true;
}

// Holidays. Groups: 1 "orthodox", 2 name, 3 year.
bool HandleHoliday(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kHoliday;
  std::string name = Squash(m.S(2));
  std::string_view raw = m.S(2);
  std::string_view prev = PrevWord(m.u, m.B(0));
  std::string_view next = NextWord(m.u, m.E(2));
  if (InList(next, {"island", "islands", "tree", "trees", "card", "cards",
                    "rising", "offensive", "uprising", "bombing"}) &&
      !m.Has(3)) {
    if (InList(next, {"island", "islands", "rising", "uprising", "offensive",
                      "bombing"})) {
      return false;
    }
  }
  bool orthodox = m.Has(1);
  if (name.rfind("new year", 0) == 0) {
    if (!IsUpper(raw[0])) return false;
    if (InList(prev, {"Lunar", "Chinese", "Persian", "Jewish", "Iranian",
                      "Vietnamese", "Korean", "Tibetan", "Islamic"})) {
      return false;
    }
    p.holiday = name.find("eve") != std::string::npos ? Holiday::kNewYearsEve
                                                      : Holiday::kNewYearsDay;
  } else if (name.rfind("christmas", 0) == 0 || name == "xmas") {
    if (name == "christmas eve") {
      p.holiday = Holiday::kChristmasEve;
    } else {
      p.holiday = orthodox ? Holiday::kOrthodoxChristmas : Holiday::kChristmas;
    }
  } else if (name == "boxing day") {
    p.holiday = Holiday::kBoxingDay;
  } else if (name == "independence day") {
    // Many countries have one; only the American date is known here.
    if ((prev.size() > 2 && prev.substr(prev.size() - 2) == "'s" &&
         !InList(prev, {"America's", "Nation's"})) ||
        (!prev.empty() && IsUpper(prev[0]) &&
         !InList(prev, {"On", "By", "Since", "Until", "Before", "After", "The",
                        "This", "Last", "Next", "US", "U.S", "American",
                        "Happy"}))) {
      return false;
    }
    if (!IsUpper(raw[0])) return false;
    p.holiday = Holiday::kIndependenceDay;
  } else if (name.find("july") != std::string::npos) {
    p.holiday = Holiday::kIndependenceDay;
  } else if (name == "halloween") {
    p.holiday = Holiday::kHalloween;
  } else if (name.rfind("valentine", 0) == 0) {
    p.holiday = Holiday::kValentines;
  } else if (name.rfind("thanksgiving", 0) == 0) {
    if (InList(prev, {"Canadian", "Canada's"})) return false;
    p.holiday = Holiday::kThanksgiving;
  } else if (name == "easter" || name == "easter sunday") {
    p.holiday = Holiday::kEaster;
  } else if (name == "easter monday") {
    p.holiday = Holiday::kEasterMonday;
  } else if (name == "good friday") {
    if (!IsUpper(raw[0])) return false;
    p.holiday = Holiday::kGoodFriday;
  } else if (name == "memorial day") {
    if (!IsUpper(raw[0])) return false;
    p.holiday = Holiday::kMemorialDay;
  } else if (name == "labor day") {
    if (!IsUpper(raw[0])) return false;
    p.holiday = Holiday::kLaborDay;
  } else if (name.rfind("veterans", 0) == 0) {
    if (!IsUpper(raw[0])) return false;
    p.holiday = Holiday::kVeteransDay;
  } else if (name == "election day") {
    if (!IsUpper(raw[0]) || !IsUpper(raw[raw.size() - 3])) return false;
    p.holiday = Holiday::kElectionDay;
  } else if (name.find("king") != std::string::npos || name == "mlk day") {
    p.holiday = Holiday::kMlkDay;
  } else if (name.rfind("presidents", 0) == 0) {
    if (!IsUpper(raw[0])) return false;
    p.holiday = Holiday::kPresidentsDay;
  } else if (name == "juneteenth") {
    p.holiday = Holiday::kJuneteenth;
  } else if (name == "may day") {
    if (raw.substr(0, 3) != "May" || raw.back() != 'y' || !IsUpper(raw[4])) return false;
    p.holiday = Holiday::kMayDay;
  } else if (name == "black friday" || name == "cyber monday") {
    if (!IsUpper(raw[0])) return false;
    p.holiday = name[0] == 'b' ? Holiday::kBlackFriday : Holiday::kCyberMonday;
  } else if (name.find("patrick") != std::string::npos) {
    p.holiday = Holiday::kStPatricks;
  } else {
    return false;
  }
  if (m.Has(3)) {
    p.year = ParseInt(m.S(3));
    if (IsCountNoun(NextWord(m.u, m.E(3)))) {
      p.year = 0;
      c->end = m.E(2);
    }
  }
  c->begin = orthodox ? m.B(1) : m.B(2);
  if (!c->end) c->end = m.E(0);
  return true;
}

// A day of the month alone: "on the 15th", "Friday the 13th".
// Groups: 1 weekday, 2 day, 3 suffix.
bool HandleOrdinal(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kOrdinal;
  p.day = ParseInt(m.S(2));
  if (p.day < 1 || p.day > 31) return false;
  std::string suffix = m.L(3);
  int last = p.day % 10;
  bool teen = p.day % 100 >= 11 && p.day % 100 <= 13;
  const char* want = teen ? "th" : last == 1 ? "st" : last == 2 ? "nd"
                                 : last == 3 ? "rd" : "th";
  if (suffix != want) return false;
  if (m.Has(1)) {
    p.weekday = WeekdayIndex(m.S(1));
  } else {
    std::string_view prev = PrevWord(m.u, m.B(0));
    if (!InList(prev, {"on", "by", "until", "till", "since", "from", "before",
                       "after", "through"})) {
      return false;
    }
  }
  // "on the 15th floor", "the 3rd round": an ordinal of something else.
  std::string_view next = NextWord(m.u, m.E(0));
  if (InList(next, {"floor", "day", "round", "anniversary", "century",
                    "time", "place", "minute", "hole", "inning", "lap", "stage",
                    "week", "month", "year", "game", "match", "straight",
                    "consecutive", "birthday", "edition", "amendment",
                    "district", "street", "avenue", "annual", "seed",
                    "overall", "pick", "spot", "position", "largest",
                    "biggest", "most", "season", "term", "congress", "division",
                    "battalion", "brigade", "army", "fleet", "regiment", "grade",
                    "generation", "person", "victim", "case", "attempt",
                    "of", "percentile", "quarter", "half", "period", "test",
                    "row"}) ||
      CharAt(m.u, m.E(0)) == '-') {
    return false;
  }
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// today, tonight, yesterday, tomorrow (+ part of day).
// Groups: 1 mod, 2 word, 3 suffix.
bool HandleRelDay(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kRelDay;
  std::string w = m.L(2);
  std::string_view prev = PrevWord(m.u, m.B(0));
  if (w == "today") {
    if (!m.Has(1) && InList(prev, {"USA", "Russia", "India", "Psychology"}) &&
        IsUpper(m.S(2)[0])) {
      return false;
    }
    if (!m.Has(1) && EqualsIgnoreCase(prev, "the") && IsUpper(m.S(2)[0])) return false;
    p.offset = 0;
  } else if (w == "tonight") {
    p.offset = 0;
  } else if (w == "yesterday") {
    p.offset = -1;
  } else {
    p.offset = 1;
  }
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// "this morning", "last night", "the day before yesterday". Groups: 1 phrase.
bool HandleRelDayPhrase(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kRelDay;
  std::string w = Squash(m.S(1));
  if (w.rfind("this ", 0) == 0) {
    p.offset = 0;
  } else if (w.rfind("last ", 0) == 0) {
    p.offset = -1;
  } else if (w == "the day after tomorrow") {
    p.offset = 2;
  } else {
    p.offset = -2;  // the day before yesterday, the night before last
  }
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// "three days ago", "two weeks later", "a day earlier".
// Groups: 1 number, 2 unit, 3 direction.
bool HandleCount(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  int n = NumberWord(m.S(1));
  if (n <= 0 || n > 400) return false;
  p.unit = ParseUnit(m.S(2));
  std::string dir = m.L(3);
  char before = m.B(0) > 0 ? m.u[m.B(0) - 1] : '\0';
  if (IsDigit(before) || before == ',' || before == '.') return false;
  // "a few days ago" is vague: "few" before "days" is not matched; "several"
  // neither. "more than"/"about" keep the value approximate but usable.
  if (dir == "ago") {
    p.form = Form::kAgo;
    p.offset = -n;
  } else {
    p.form = Form::kAnaphor;
    bool back = dir == "earlier" || dir == "before" || dir == "previously";
    p.offset = back ? -n : n;
    if ((dir == "before" || dir == "after") && HasEventObject(m.u, m.E(0))) {
      return false;
    }
  }
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// "the day before", "the day after" without an object. Groups: 1 unit, 2 dir.
bool HandleTheUnitBefore(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kAnaphor;
  p.unit = ParseUnit(m.S(1));
  std::string dir = m.L(2);
  p.offset = (dir == "after" || dir == "later") ? 1 : -1;
  p.period = p.unit != Unit::kDay;
  if (HasEventObject(m.u, m.E(0))) return false;
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// "this summer", "last winter", "mid-summer". Groups: 1 rel, 2 season.
bool HandleSeason(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kSeason;
  p.season = SeasonIndex(m.S(2));
  if (p.season < 0) return false;
  std::string rel = Squash(m.S(1));
  if (rel == "last" || rel == "the past" || rel == "this past") p.rel = Rel::kLast;
  else if (rel == "next" || rel == "the coming" || rel == "this coming") p.rel = Rel::kNext;
  else if (rel == "this") p.rel = Rel::kThis;
  else if (rel == "early") p.mod = Mod::kEarly;
  else if (rel == "late") p.mod = Mod::kLate;
  else if (rel == "mid") p.mod = Mod::kMid;
  else return false;
  // "this fall in prices": a noun, not the season.
  if (p.season == 2 && InList(NextWord(m.u, m.E(2)), {"in", "of", "from", "to"})) {
    return false;
  }
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// Sports report quarters of a game, not of a year.
bool HasSportsContext(std::string_view u) {
  std::string low = LowerAscii(u);
  for (const char* w : {" points", " scored", " score", " goal", " game",
                        " match", " touchdown", " half-time", " halftime",
                        " inning", " period", " lead", " led ", " trailed",
                        " rebounds", " basket", " possession"}) {
    if (low.find(w) != std::string::npos) return true;
  }
  return false;
}

// "third-quarter", "Q3", "the first quarter" without a year. Groups:
// 1 ordinal, 2 Q-form, 3 ordinal of "the ... quarter".
bool HandleQuarter(const Groups& m, Candidate* c) {
  Parsed& p = c->p;
  p.form = Form::kQuarter;
  if (m.Has(3)) {
    // "the first quarter of 2025" is the year rule's; "of the game" and
    // "the first quarter" of a match are not dates.
    if (EqualsIgnoreCase(NextWord(m.u, m.E(0)), "of") || HasSportsContext(m.u)) {
      return false;
    }
    std::string o = m.L(3);
    p.quarter = o == "first" ? 1 : o == "second" ? 2 : o == "third" ? 3 : 4;
  } else if (m.Has(2)) {
    if (m.S(2)[0] != 'Q') return false;
    p.quarter = m.S(2)[1] - '0';
  } else {
    std::string o = m.L(1);
    p.quarter = (o == "first" || o == "1st") ? 1 : (o == "second" || o == "2nd") ? 2
              : (o == "third" || o == "3rd") ? 3 : 4;
  }
  c->begin = m.B(0);
  c->end = m.E(0);
  return true;
}

// ---------------------------------------------------------------- patterns

using Handler = bool (*)(const Groups&, Candidate*);

struct RuleSpec {
  const char* name;
  std::string pattern;
  Handler handler;
};

const std::string kMonthRe =
    "((?:january|february|march|april|may|june|july|august|september|"
    "october|november|december)\\b|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|"
    "oct|nov|dec)(?:\\.|\\b))";
const std::string kWeekdayFull =
    "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b";
const std::string kWeekdayAny =
    "((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|"
    "(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)(?:\\.|\\b))";
const std::string kDayRe =
    "((?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?)\\b";
const std::string kYearRe = "((?:1[89]|20|21)[0-9][0-9])\\b";
const std::string kPartOfDayOf =
    "(?:the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)?";

std::vector<RuleSpec> RuleSpecs() {
  std::vector<RuleSpec> r;
  r.push_back({"month-day",
               "\\b(?:(from|between)\\s+)?" + kPartOfDayOf + "(?:" +
                   kWeekdayAny + ",?\\s+)?" + kMonthRe + "\\s*" + kDayRe +
                   "(?:(?:,\\s*|\\s+)(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\\s+"
                   "(?:[a-z]{2,4}\\s+)?)?" + kYearRe + ")?"
                   "(?:\\s*(-|to|through|until|till|and|&)\\s*(?:" + kMonthRe +
                   "\\s*)?" + kDayRe + "(?:,?\\s*" + kYearRe + ")?)?",
               HandleMonthDay});
  r.push_back({"day-month",
               "\\b(?:(from|between)\\s+)?" + kPartOfDayOf + "(?:" +
                   kWeekdayAny + ",?\\s+)?(?:the\\s+)?" + kDayRe +
                   "(?:\\s*(-|to|and|&)\\s*(?:the\\s+)?" + kDayRe +
                   ")?\\s+(?:of\\s+)?" + kMonthRe + "(?:,?\\s*" + kYearRe + ")?",
               HandleDayMonth});
  r.push_back({"month",
               "\\b(?:(early|mid|late|(?:the\\s+)?(?:end|beginning|start|middle|"
               "first\\s+half|second\\s+half)\\s+of)[-\\s]+)?"
               "(?:(this|last|next|past|coming)\\s+)?" + kMonthRe +
                   "(?:(?:,\\s*|\\s+)(?:of\\s+)?" + kYearRe + ")?",
               HandleMonth});
  r.push_back({"iso", "\\b([0-9]{4})-([0-9]{2})-([0-9]{2})", HandleIso});
  r.push_back({"slash", "\\b([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})\\b",
               HandleSlashDate});
  r.push_back({"year-slash", "\\b([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})\\b", HandleIso});
  r.push_back({"dotted", "\\b([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})\\b",
               HandleDottedDate});
  r.push_back({"week-of",
               "\\bthe\\s+week\\s+of\\s+(?:" + kMonthRe + "\\s*" + kDayRe +
                   "(?:,?\\s*" + kYearRe + ")?|" + kDayRe + "\\s+" + kMonthRe +
                   "(?:,?\\s*" + kYearRe + ")?)",
               HandleWeekOf});
  r.push_back({"year",
               "\\b(?:(from|between)\\s+)?(?:((?:early|mid|late)\\s+in|early|mid|"
               "late|(?:the\\s+)?(?:end|"
               "beginning|start|middle|first\\s+half|second\\s+half|latter\\s+"
               "half|first\\s+quarter|second\\s+quarter|third\\s+quarter|fourth"
               "\\s+quarter)\\s+of|(?:the\\s+)?(?:spring|summer|fall|autumn|"
               "winter)(?:\\s+of)?|q[1-4]|h[12])[-\\s]+)?\\b" + kYearRe +
                   "(?:\\s*(-|to|through|until|and)\\s*" + kYearRe + ")?",
               HandleYear});
  r.push_back({"weekday",
               "\\b(?:(this\\s+past|this\\s+coming|last|next|this|coming|past|"
               "previous|early|late|overnight(?:\\s+(?:into|to|on))?|(?:(?:just|"
               "shortly)\\s+)?(?:after|before)\\s+midnight(?:\\s+on)?|the\\s+"
               "(?:morning|afternoon|evening|night)\\s+of)\\s+)?(" +
                   kWeekdayFull +
                   "|(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.)"
                   "(?:\\s+(morning|afternoon|evening|night|overnight)\\b)?",
               HandleWeekday});
  r.push_back({"weekday-range",
               "\\b(?:(from)\\s+)?(" + kWeekdayFull + ")\\s*(?:(through|thru|to|"
               "until|till)\\s+|-\\s*)(" + kWeekdayFull + ")",
               HandleWeekdayRange});
  r.push_back({"fiscal-year", "\\b(fy)\\s?" + kYearRe, HandleFiscalYear});
  r.push_back({"relative-unit",
               "\\b(?:(earlier|later|early|mid|late|(?:the\\s+)?(?:end|beginning|"
               "start|middle|rest)\\s+of|(?:the\\s+)?(?:first|second|latter)\\s+"
               "half\\s+of|(?:the\\s+)?(?:first|second|third|fourth)\\s+quarter"
               "\\s+of)[-\\s]+)?(this\\s+past|this\\s+coming|the\\s+past|the\\s+"
               "coming|the\\s+previous|the\\s+following|the\\s+next|the\\s+same|"
               "the\\s+current|this|last|next|coming|current|past|previous|the)"
               "\\s+(day|week|weekend|month|year)\\b",
               HandleRelUnit});
  r.push_back({"unit-end", "\\b(year|month|week)(?:'s)?[-\\s]end\\b",
               HandleUnitEnd});
  r.push_back({"holiday",
               "\\b(orthodox\\s+)?(new\\s+year'?s(?:\\s+(?:day|eve))?|christmas"
               "(?:\\s+(?:eve|day))?|xmas|boxing\\s+day|independence\\s+day|"
               "(?:the\\s+)?fourth\\s+of\\s+july|july\\s+fourth|halloween|"
               "valentine'?s\\s+day|thanksgiving(?:\\s+day)?|easter(?:\\s+"
               "(?:sunday|monday))?|good\\s+friday|memorial\\s+day|labor\\s+day|"
               "veterans'?\\s+day|election\\s+day|(?:martin\\s+luther\\s+king"
               "(?:\\s+jr\\.?)?|mlk)\\s+day|presidents'?\\s+day|juneteenth|"
               "st\\.?\\s+patrick'?s\\s+day|may\\s+day|black\\s+friday|cyber\\s+monday)\\b(?:,?\\s+" + kYearRe + ")?",
               HandleHoliday});
  r.push_back({"ordinal",
               "\\b(?:(" + kWeekdayFull +
                   "),?\\s+)?the\\s+(3[01]|[12][0-9]|0?[1-9])(st|nd|rd|th)\\b",
               HandleOrdinal});
  r.push_back({"relative-day",
               "\\b(?:(earlier|later|early|late)\\s+)?(today|tonight|yesterday|"
               "tomorrow)\\b(?:\\s+(morning|afternoon|evening|night)\\b)?",
               HandleRelDay});
  r.push_back({"relative-day-phrase",
               "\\b(this\\s+(?:morning|afternoon|evening)|last\\s+(?:night|"
               "evening)|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after"
               "\\s+tomorrow|the\\s+night\\s+before\\s+last)\\b",
               HandleRelDayPhrase});
  r.push_back({"count",
               "\\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
               "twelve|fifteen|twenty|thirty|[0-9]{1,3}|a\\s+couple\\s+of)\\s+"
               "(day|week|month|year)s?\\s+(ago|earlier|later|before|after|"
               "previously)\\b",
               HandleCount});
  r.push_back({"the-unit-before",
               "\\bthe\\s+(day|week|month|year)\\s+(before|after|earlier|prior)\\b",
               HandleTheUnitBefore});
  r.push_back({"season",
               "\\b(this\\s+past|this\\s+coming|the\\s+past|the\\s+coming|this|"
               "last|next|early|late|mid)[-\\s]+(spring|summer|fall|autumn|"
               "winter)\\b",
               HandleSeason});
  r.push_back({"quarter",
               "\\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)-quarter|"
               "(q[1-4])|the\\s+(first|second|third|fourth)\\s+quarter)\\b",
               HandleQuarter});
  return r;
}

// ---------------------------------------------------------------- tense

struct Marker {
  size_t begin;
  size_t end;
  Tense tense;
  bool reporting;  // said, told, says: the time of the speech, not the event
  bool ahead_only;  // "would": a cue only for what follows it
};

// Words ending in -ed that are not past-tense verbs here.
bool IsFalsePast(std::string_view w) {
  return InList(w, {"need", "red", "bed", "shed", "speed", "seed", "feed",
                    "deed", "breed", "embed", "hundred", "united", "based",
                    "alleged", "proposed", "detailed", "limited", "armed",
                    "advanced", "unprecedented", "indeed", "unnamed",
                    "related", "skilled", "biased", "interested", "concerned",
                    "supposed", "experienced", "complicated", "sophisticated",
                    "dedicated", "renewed", "unexpected", "so-called", "tired",
                    "talented", "reed", "weed", "greed", "heed", "sled",
                    "coed", "unresolved", "undisclosed", "unidentified",
                    "expected", "scheduled", "planned", "anticipated",
                    "heightened", "sustained", "disputed", "contested",
                    "occupied", "annexed", "mixed", "fixed", "varied",
                    "coordinated", "integrated", "beloved", "wicked",
                    "naked", "sacred", "rugged", "crooked", "ragged"});
}

class TenseLexicon {
 public:
  TenseLexicon()
      : markers_(
            "\\b(?:((?:is|are|was|were)\\s+(?:scheduled|slated|planned|"
            "expected|set|due)\\b|(?:will|shall|won't|wo\\s+not|going\\s+to|gonna|[a-z]+'ll|"
            "(?:is|are|was|were|be|been)\\s+(?:set|expected|due|scheduled|slated|"
            "poised|likely|planning|preparing|going|about|forecast|predicted|"
            "projected)\\s+to|(?:is|are)\\s+"
            "due(?:\\s+to)?|(?:is|are)\\s+to|scheduled(?:\\s+to)?|slated(?:\\s+"
            "to)?|plans?\\s+to|planning\\s+to|intends?\\s+to|aims?\\s+to)"
            "(?:\\s+not)?(?:\\s+be|\\s+have(?:\\s+been)?)(?:\\s+(?:[a-z]+ed|held|"
            "made|given|taken|shown|seen|done|built|sent|met|signed|paid|sold|"
            "struck|won|brought|kept|told|known|cut|put|set|shut))?|will|shall|"
            "won't|wo\\s+not|going\\s+to|gonna|[a-z]+'ll|(?:is|are|was|were|be|"
            "been)\\s+(?:set|expected|due|scheduled|slated|poised|likely|"
            "planning|preparing|going|about|forecast|predicted|projected)\\s+to|"
            "(?:is|are)\\s+due|(?:is|"
            "are)\\s+to\\s+(?:be|meet|hold|travel|visit|sign|vote|take|begin|"
            "start|open|host|attend|make|announce|deliver|return|resume|appear|"
            "face|decide|speak|fly|arrive)|scheduled|slated|upcoming|expected|"
            "expects|planned|plans?\\s+to|planning\\s+to|intends?\\s+to|aims?"
            "\\s+to|to\\s+be\\s+held|ahead\\s+of|next|tomorrow|would|expect|"
            "targeted\\s+for|"
            // Present tense of scheduling verbs: "the fair opens Jan. 23".
            "opens|reopens|begins|starts|returns|resumes|resume|kicks\\s+off|"
            "convenes|reconvenes|reconvene|meets|meet|expires|premieres|debuts|"
            "takes\\s+effect|take\\s+effect|ends|closes|concludes)|"
            "((?:is|are|am)\\s+(?:being\\s+)?(?:[a-z]+ed|held|made|given|"
            "taken|shown|seen|done|built|sent|kept|told|known|cut|put|set|shut|"
            "paid|sold))|"
            "(said|told|met|held|took|was|were|had|did|went|came|made|gave|saw|"
            "left|began|spoke|wrote|sent|brought|thought|knew|found|fell|rose|"
            "sat|lay|slid|swung|spun|hung|sprang|ate|sang|rang|"
            "won|lost|struck|fled|led|paid|sold|bought|spent|ran|got|became|"
            "kept|fought|flew|drove|broke|chose|stood|hit|shot|drew|grew|threw|"
            "blew|withdrew|sought|caught|taught|built|spent|meant|felt|dealt|"
            "heard|understood|shook|woke|wore|tore|swore|froze|rode|sank|"
            "forgave|laid|fed|bled|fled|spread|stuck|overtook|undertook|"
            "oversaw|underwent|arose|became|bent|bound|clung|crept|dug|forgot|"
            "overcame|stole|strode|swept|wept|wound|lit|quit|ago|yesterday|"
            "earlier|previously|[a-z]+ed)|(is|are|am|says|tells|warns|"
            "remains|continues|does|say))\\b",
            Options()),
        boundaries_(
            "[,;:()\"]|\\b(?:that|but|while|although|though|because|whereas|"
            "when|where|which|who|and|or)\\b",
            Options()) {}

  static RE2::Options Options() {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    o.set_max_mem(32 << 20);
    return o;
  }

  std::vector<Marker> Markers(std::string_view s) const {
    std::vector<Marker> out;
    if (!markers_.ok()) return out;
    StringPiece text(s.data(), s.size());
    // Only the whole match is asked for: submatch extraction costs several
    // times the search itself, and the words tell the class just as well.
    StringPiece g[1];
    size_t pos = 0;
    while (pos < s.size() &&
           markers_.Match(text, pos, s.size(), RE2::UNANCHORED, g, 1)) {
      size_t b = static_cast<size_t>(g[0].data() - s.data());
      size_t e = b + g[0].size();
      pos = e > b ? e : b + 1;
      std::string_view w(g[0].data(), g[0].size());
      Tense t = Classify(w);
      if (t == Tense::kPast && w.size() > 2 &&
          EqualsIgnoreCase(w.substr(w.size() - 2), "ed")) {
        if (IsFalsePast(w)) continue;
        // Capitalized inside a sentence: a name ("Ahmed"), not a verb.
        if (IsUpper(w[0]) && !AtUnitStart(s, b)) continue;
        // A participle after a linking verb describes a state, not a past
        // event: "will remain closed until Wednesday", "have been cancelled".
        // "a delegation headed by X", "talks chaired by Y": a passive
        // participle in a reduced relative clause, not the clause's tense.
        {
          size_t k = e;
          while (k < s.size() && s[k] == ' ') ++k;
          if (k + 2 <= s.size() && EqualsIgnoreCase(s.substr(k, 2), "by") &&
              (k + 2 == s.size() || !IsWordChar(s[k + 2])) &&
              !InList(PrevWord(s, b), {"was", "were", "is", "are", "has", "have", "had"})) {
            continue;
          }
        }
        if (InList(PrevWord(s, b), {"be", "been", "being", "remain", "remains",
                                    "stay", "stays", "get", "gets", "become",
                                    "becomes", "seem", "seems", "keep",
                                    "keeps"})) {
          continue;
        }
      }
      if (w == "Fed") continue;  // the Federal Reserve
      bool reporting = InList(w, {"said", "says", "say", "told", "tells",
                                  "added", "noted", "stated", "reported",
                                  "wrote", "announced", "warned", "warns"});
      // "would" looks ahead from a past: "said service would be restored by
      // Thursday"; a "would" after the date ("met on Monday for talks on
      // what Europe would offer") says nothing about it.
      bool ahead_only = EqualsIgnoreCase(w, "would");
      out.push_back({b, e, t, reporting, ahead_only});
    }
    return out;
  }

  // The class of a marker the pattern matched (see the pattern: future
  // phrases, present passives "is held", past forms, present forms).
  static Tense Classify(std::string_view w) {
    size_t sp = 0;
    while (sp < w.size() && !IsSpace(w[sp])) ++sp;
    std::string_view first = w.substr(0, sp);
    size_t b2 = sp;
    while (b2 < w.size() && IsSpace(w[b2])) ++b2;
    size_t e2 = b2;
    while (e2 < w.size() && !IsSpace(w[e2])) ++e2;
    std::string_view second = w.substr(b2, e2 - b2);
    if (InList(first, {"will", "shall", "won't", "wo", "going", "gonna",
                       "upcoming", "expected", "expects", "planned", "plans",
                       "plan", "planning", "intends", "intend", "aims", "aim",
                       "ahead", "next", "tomorrow", "scheduled", "slated",
                       "to", "would", "expect", "targeted", "opens", "reopens", "begins",
                       "starts", "returns", "resumes", "resume", "kicks",
                       "convenes", "reconvenes", "reconvene", "meets", "meet",
                       "expires", "premieres", "debuts", "takes", "take",
                       "ends", "closes", "concludes"}) ||
        (first.size() > 3 && EqualsIgnoreCase(first.substr(first.size() - 3), "'ll"))) {
      return Tense::kFuture;
    }
    if (InList(first, {"is", "are", "am", "was", "were", "be", "been"}) &&
        !second.empty()) {
      if (InList(second, {"set", "expected", "due", "scheduled", "slated",
                          "poised", "likely", "planning", "preparing", "going",
                          "about", "planned", "to", "forecast", "predicted",
                          "projected"})) {
        return Tense::kFuture;
      }
      return Tense::kPresent;  // "is held", "are banned"
    }
    if (InList(first, {"is", "are", "am", "says", "tells", "warns", "remains",
                       "continues", "does", "say"})) {
      return Tense::kPresent;
    }
    return Tense::kPast;
  }

  std::vector<size_t> Boundaries(std::string_view s) const {
    std::vector<size_t> out;
    if (!boundaries_.ok()) return out;
    StringPiece text(s.data(), s.size());
    StringPiece g[1];
    size_t pos = 0;
    while (pos < s.size() &&
           boundaries_.Match(text, pos, s.size(), RE2::UNANCHORED, g, 1)) {
      size_t b = static_cast<size_t>(g[0].data() - s.data());
      out.push_back(b);
      pos = b + std::max<size_t>(g[0].size(), 1);
    }
    return out;
  }

 private:
  RE2 markers_;
  RE2 boundaries_;
};

const TenseLexicon& Lexicon() {
  static const TenseLexicon* lexicon = new TenseLexicon();
  return *lexicon;
}

// The tense of the clause around [b, e): the nearest marker wins, a clause
// boundary between them counting as a long distance.
Tense ClauseTense(std::string_view u, const std::vector<Marker>& markers,
                  const std::vector<size_t>& boundaries, size_t b, size_t e) {
  // "On Monday, officials said ...": a fronted adverbial belongs to the main
  // verb even across the comma.
  size_t prev_start = b;
  PrevWord(u, b, &prev_start);
  bool fronted = AtUnitStart(u, b) || AtUnitStart(u, prev_start);
  long best = -1;
  Tense tense = Tense::kUnknown;
  for (const Marker& m : markers) {
    if (m.end > b && m.begin < e) continue;  // inside the expression itself
    size_t lo = m.end <= b ? m.end : e;
    size_t hi = m.end <= b ? b : m.begin;
    long dist = static_cast<long>(hi - lo);
    auto first = std::lower_bound(boundaries.begin(), boundaries.end(), lo);
    auto last = std::lower_bound(boundaries.begin(), boundaries.end(), hi);
    long crossed = static_cast<long>(last - first);
    // "The fair opens Jan. 23, officials said": the reporting verb dates the
    // speech, not the fair.
    if (m.reporting && m.begin >= e && crossed > 0 && !fronted) continue;
    if (m.ahead_only && m.begin >= e) continue;
    dist += 60 * crossed;
    // A verb after the expression in another clause is a weaker cue.
    if (m.begin >= e) dist += 5;
    if (best < 0 || dist < best) {
      best = dist;
      tense = m.tense;
    }
  }
  return tense;
}

// True when the expression at `b` is the new date of a postponement: "was
// postponed until Friday", "extended to Dec. 31", "adjourned the case until
// March 9", "pushed the vote back to June". The new date lies ahead whatever
// the tense of the verb.
bool PostponedTo(std::string_view u, size_t b) {
  size_t at = 0;
  std::string_view prep = PrevWord(u, b, &at);
  if (!InList(prep, {"to", "until", "till", "for"})) return false;
  // The verb, at most four words back and in the same clause.
  for (int i = 0; i < 5 && at > 0; ++i) {
    char before = PrevNonBlank(u, at);
    if (!IsWordChar(before) && before != '.') return false;
    std::string_view w = PrevWord(u, at, &at);
    if (w.empty()) return false;
    if (InList(w, {"extended", "extends", "extend", "postponed", "postpones",
                   "postpone", "delayed", "delays", "delay", "moved", "moves",
                   "pushed", "rescheduled", "deferred", "adjourned",
                   "adjourns", "suspended"})) {
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- resolving

struct Context {
  std::optional<CivilDate> pub;
  Tense tense = Tense::kUnknown;
  std::optional<CivilDate> anchor;
};

TimeValue Span2(CivilDate a, CivilDate b) {
  if (a == b) return TimeValue::Day(a);
  if (b < a) std::swap(a, b);
  return TimeValue::Interval(a, b);
}

TimeValue PartialValue(int month, int day, int month2, int day2, std::string why) {
  TimeValue v;
  v.kind = TimeValue::Kind::kPartial;
  v.begin = CivilDate{0, month, day};
  v.end = CivilDate{0, month2 ? month2 : month, day2 ? day2 : day};
  v.reason = std::move(why);
  return v;
}

// How far [a, b] lies from the publication date, in days; 0 when it holds it.
long RangeDiff(CivilDate a, CivilDate b, CivilDate pub) {
  long p = pub.ToDays();
  if (a.ToDays() > p) return a.ToDays() - p;
  if (b.ToDays() < p) return b.ToDays() - p;
  return 0;
}

// Cost of a candidate at `diff` days from the publication date under the
// clause's tense: past clauses strongly prefer dates not after it, future
// ones dates not before it, others the nearest.
//
// A couple of days the wrong way are tolerated (publication dates are often
// a day off); beyond that the wrong direction loses to anything within a year.
long Cost(long diff, Tense t) {
  long abs = diff < 0 ? -diff : diff;
  bool wrong = (t == Tense::kPast && diff > 2) || (t == Tense::kFuture && diff < -2);
  return wrong ? 1000 + abs : abs;
}

// Chooses among the years around the publication date. `range(y, &a, &b)`
// gives the period for year y, false when it does not exist.
template <typename F>
int PickYear(CivilDate pub, Tense tense, F range) {
  long best = -1;
  int year = pub.year;
  for (int y = pub.year - 1; y <= pub.year + 1; ++y) {
    CivilDate a, b;
    if (!range(y, &a, &b)) continue;
    long cost = Cost(RangeDiff(a, b, pub), tense);
    if (best < 0 || cost < best) {
      best = cost;
      year = y;
    }
  }
  return year;
}

CivilDate NthWeekday(int year, int month, int weekday, int n) {
  CivilDate first{year, month, 1};
  int d = 1 + (weekday - first.Weekday() + 7) % 7 + 7 * (n - 1);
  return CivilDate{year, month, d};
}

CivilDate LastWeekday(int year, int month, int weekday) {
  CivilDate last{year, month, DaysInMonth(year, month)};
  return last.AddDays(-((last.Weekday() - weekday + 7) % 7));
}

CivilDate EasterSunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return CivilDate{y, month, day};
}

CivilDate HolidayDate(Holiday h, int y) {
  switch (h) {
    case Holiday::kNewYearsDay: return {y, 1, 1};
    case Holiday::kNewYearsEve: return {y, 12, 31};
    case Holiday::kChristmasEve: return {y, 12, 24};
    case Holiday::kChristmas: return {y, 12, 25};
    case Holiday::kBoxingDay: return {y, 12, 26};
    case Holiday::kOrthodoxChristmas: return {y, 1, 7};
    case Holiday::kIndependenceDay: return {y, 7, 4};
    case Holiday::kHalloween: return {y, 10, 31};
    case Holiday::kValentines: return {y, 2, 14};
    case Holiday::kThanksgiving: return NthWeekday(y, 11, 3, 4);
    case Holiday::kEaster: return EasterSunday(y);
    case Holiday::kGoodFriday: return EasterSunday(y).AddDays(-2);
    case Holiday::kEasterMonday: return EasterSunday(y).AddDays(1);
    case Holiday::kMemorialDay: return LastWeekday(y, 5, 0);
    case Holiday::kLaborDay: return NthWeekday(y, 9, 0, 1);
    case Holiday::kVeteransDay: return {y, 11, 11};
    case Holiday::kElectionDay: return NthWeekday(y, 11, 0, 1).AddDays(1);
    case Holiday::kMlkDay: return NthWeekday(y, 1, 0, 3);
    case Holiday::kPresidentsDay: return NthWeekday(y, 2, 0, 3);
    case Holiday::kJuneteenth: return {y, 6, 19};
    case Holiday::kStPatricks: return {y, 3, 17};
    case Holiday::kMayDay: return {y, 5, 1};
    case Holiday::kBlackFriday: return NthWeekday(y, 11, 3, 4).AddDays(1);
    case Holiday::kCyberMonday: return NthWeekday(y, 11, 3, 4).AddDays(4);
  }
  return {y, 1, 1};
}

bool FixedHoliday(Holiday h) {
  switch (h) {
    case Holiday::kThanksgiving: case Holiday::kEaster:
    case Holiday::kGoodFriday: case Holiday::kEasterMonday:
    case Holiday::kMemorialDay: case Holiday::kLaborDay:
    case Holiday::kElectionDay: case Holiday::kMlkDay:
    case Holiday::kPresidentsDay: case Holiday::kBlackFriday:
    case Holiday::kCyberMonday:
      return false;
    default:
      return true;
  }
}

// The part `mod` of the month (year, month).
TimeValue MonthPart(int year, int month, Mod mod, std::optional<CivilDate> pub) {
  int last = DaysInMonth(year, month);
  auto d = [&](int day) { return CivilDate{year, month, day}; };
  switch (mod) {
    case Mod::kEarly: case Mod::kStart: return Span2(d(1), d(10));
    case Mod::kMid: return Span2(d(11), d(20));
    case Mod::kLate: case Mod::kEnd: return Span2(d(21), d(last));
    case Mod::kFirstHalf: return Span2(d(1), d(15));
    case Mod::kSecondHalf: return Span2(d(16), d(last));
    case Mod::kEarlier:
      if (pub && pub->year == year && pub->month == month) return Span2(d(1), *pub);
      break;
    case Mod::kLater:
      if (pub && pub->year == year && pub->month == month) return Span2(*pub, d(last));
      break;
    default:
      break;
  }
  return TimeValue::Month(year, month);
}

// The part `mod` of the year.
TimeValue YearPart(int year, Mod mod, std::optional<CivilDate> pub) {
  auto d = [&](int m, int day) { return CivilDate{year, m, day}; };
  switch (mod) {
    case Mod::kEarly: return Span2(d(1, 1), d(4, 30));
    case Mod::kMid: return Span2(d(5, 1), d(8, 31));
    case Mod::kLate: return Span2(d(9, 1), d(12, 31));
    case Mod::kStart: return Span2(d(1, 1), d(3, 31));
    case Mod::kEnd: return Span2(d(10, 1), d(12, 31));
    case Mod::kFirstHalf: return Span2(d(1, 1), d(6, 30));
    case Mod::kSecondHalf: return Span2(d(7, 1), d(12, 31));
    case Mod::kQ1: return Span2(d(1, 1), d(3, 31));
    case Mod::kQ2: return Span2(d(4, 1), d(6, 30));
    case Mod::kQ3: return Span2(d(7, 1), d(9, 30));
    case Mod::kQ4: return Span2(d(10, 1), d(12, 31));
    case Mod::kEarlier:
      if (pub && pub->year == year) return Span2(d(1, 1), *pub);
      break;
    case Mod::kLater:
      if (pub && pub->year == year) return Span2(*pub, d(12, 31));
      break;
    default:
      break;
  }
  return TimeValue::Year(year);
}

// The part `mod` of the Monday-to-Sunday week starting `monday`.
TimeValue WeekPart(CivilDate monday, Mod mod, std::optional<CivilDate> pub) {
  auto d = [&](int n) { return monday.AddDays(n); };
  switch (mod) {
    case Mod::kEarly: return Span2(d(0), d(2));
    case Mod::kStart: return Span2(d(0), d(1));
    case Mod::kMid: return Span2(d(1), d(3));
    case Mod::kLate: return Span2(d(3), d(6));
    case Mod::kEnd: return Span2(d(4), d(6));
    case Mod::kEarlier:
      if (pub && *pub >= d(0) && *pub <= d(6)) return Span2(d(0), *pub);
      break;
    case Mod::kLater:
      if (pub && *pub >= d(0) && *pub <= d(6)) return Span2(*pub, d(6));
      break;
    default:
      break;
  }
  return Span2(d(0), d(6));
}

CivilDate MondayOf(CivilDate d) { return d.AddDays(-d.Weekday()); }

void ShiftMonth(int* year, int* month, int n) {
  int idx = *year * 12 + (*month - 1) + n;
  *year = idx / 12;
  *month = idx % 12 + 1;
}

// Start and end of season `s` (0 spring .. 3 winter) starting in year y.
void SeasonRange(int s, int y, CivilDate* a, CivilDate* b) {
  switch (s) {
    case 0: *a = {y, 3, 1}; *b = {y, 5, 31}; break;
    case 1: *a = {y, 6, 1}; *b = {y, 8, 31}; break;
    case 2: *a = {y, 9, 1}; *b = {y, 11, 30}; break;
    default: *a = {y, 12, 1}; *b = {y + 1, 2, DaysInMonth(y + 1, 2)}; break;
  }
}

TimeValue Resolve(const Parsed& p, const Context& ctx) {
  const std::optional<CivilDate>& pub = ctx.pub;
  if (p.week_of) {
    Parsed day = p;
    day.week_of = false;
    TimeValue v = Resolve(day, ctx);
    if (v.kind != TimeValue::Kind::kDay) return v;
    return WeekPart(MondayOf(v.begin), Mod::kNone, std::nullopt);
  }
  switch (p.form) {
    case Form::kDate: {
      if (p.year != 0) {
        CivilDate a{p.year, p.month, p.day};
        if (!a.Valid()) return TimeValue::Unresolved("no such date");
        if (p.day2 == 0) return TimeValue::Day(a);
        int y2 = p.year2 ? p.year2 : p.year + (p.month2 < p.month ? 1 : 0);
        CivilDate b{y2, p.month2, p.day2};
        if (!b.Valid() || b < a) return TimeValue::Day(a);
        return Span2(a, b);
      }
      if (p.year2 != 0 && p.day2 != 0) {  // "Jan. 23-24, 2026"
        int y1 = p.year2 - (p.month2 < p.month ? 1 : 0);
        CivilDate a{y1, p.month, p.day}, b{p.year2, p.month2, p.day2};
        if (a.Valid() && b.Valid() && a <= b) return Span2(a, b);
      }
      if (!pub) {
        return PartialValue(p.month, p.day, p.month2, p.day2, kNoYear);
      }
      // With a weekday ("Friday, Nov. 21") the year where it fits wins.
      bool weekday_fits = false;
      if (p.weekday >= 0) {
        for (int y = pub->year - 1; y <= pub->year + 1; ++y) {
          CivilDate d{y, p.month, p.day};
          if (d.Valid() && d.Weekday() == p.weekday) weekday_fits = true;
        }
      }
      int year = PickYear(*pub, ctx.tense, [&](int y, CivilDate* a, CivilDate* b) {
        *a = *b = CivilDate{y, p.month, p.day};
        if (!a->Valid()) return false;
        if (weekday_fits && a->Weekday() != p.weekday) return false;
        return true;
      });
      CivilDate a{year, p.month, p.day};
      if (!a.Valid()) return TimeValue::Unresolved("no such date");
      if (p.day2 == 0) return TimeValue::Day(a);
      CivilDate b{year + (p.month2 < p.month ? 1 : 0), p.month2, p.day2};
      if (!b.Valid()) return TimeValue::Day(a);
      return Span2(a, b);
    }
    case Form::kMonth: {
      int year = p.year;
      if (year == 0) {
        if (!pub) return TimeValue::Unresolved(kNoYear);
        if (p.rel == Rel::kLast) {
          year = p.month < pub->month ? pub->year : pub->year - 1;
        } else if (p.rel == Rel::kNext) {
          year = p.month > pub->month ? pub->year : pub->year + 1;
        } else if (p.rel == Rel::kThis) {
          year = pub->year;
        } else {
          year = PickYear(*pub, ctx.tense, [&](int y, CivilDate* a, CivilDate* b) {
            *a = CivilDate{y, p.month, 1};
            *b = CivilDate{y, p.month, DaysInMonth(y, p.month)};
            return true;
          });
        }
      }
      return MonthPart(year, p.month, p.mod, std::nullopt);
    }
    case Form::kYear: {
      if (p.year2 != 0) {
        return Span2(CivilDate{p.year, 1, 1}, CivilDate{p.year2, 12, 31});
      }
      return YearPart(p.year, p.mod, std::nullopt);
    }
    case Form::kQuarter: {
      if (!pub) return TimeValue::Unresolved(kNoYear);
      int q = p.quarter;
      int year = PickYear(*pub, ctx.tense, [&](int y, CivilDate* a, CivilDate* b) {
        *a = CivilDate{y, 3 * q - 2, 1};
        *b = CivilDate{y, 3 * q, DaysInMonth(y, 3 * q)};
        return true;
      });
      static constexpr Mod kQ[] = {Mod::kQ1, Mod::kQ2, Mod::kQ3, Mod::kQ4};
      return YearPart(year, kQ[q - 1], std::nullopt);
    }
    case Form::kSeason: {
      CivilDate a, b;
      if (p.year != 0) {
        SeasonRange(p.season, p.year, &a, &b);
        return Span2(a, b);
      }
      if (!pub) return TimeValue::Unresolved(kNoPublication);
      int year = pub->year;
      if (p.rel == Rel::kLast) {
        // The latest one that ended before the publication date.
        for (int y = pub->year; y >= pub->year - 2; --y) {
          SeasonRange(p.season, y, &a, &b);
          if (b < *pub) { year = y; break; }
        }
      } else if (p.rel == Rel::kNext) {
        for (int y = pub->year - 1; y <= pub->year + 1; ++y) {
          SeasonRange(p.season, y, &a, &b);
          if (a > *pub) { year = y; break; }
        }
      } else {
        Tense t = p.rel == Rel::kThis && ctx.tense != Tense::kPast ? Tense::kUnknown
                                                                    : ctx.tense;
        year = PickYear(*pub, t, [&](int y, CivilDate* x, CivilDate* z) {
          SeasonRange(p.season, y, x, z);
          return true;
        });
      }
      SeasonRange(p.season, year, &a, &b);
      if (p.mod == Mod::kEarly) return Span2(a, a.AddDays(29));
      if (p.mod == Mod::kLate) return Span2(b.AddDays(-29), b);
      if (p.mod == Mod::kMid) return Span2(a.AddDays(30), b.AddDays(-30));
      return Span2(a, b);
    }
    case Form::kWeekday: {
      if (!pub) return TimeValue::Unresolved(kNoPublication);
      if (p.weekday2 >= 0) {
        Parsed first = p;
        first.weekday2 = -1;
        TimeValue a = Resolve(first, ctx);
        if (a.kind != TimeValue::Kind::kDay) return a;
        return Span2(a.begin, a.begin.AddDays((p.weekday2 - p.weekday + 7) % 7));
      }
      int back = (pub->Weekday() - p.weekday + 7) % 7;
      int fwd = (p.weekday - pub->Weekday() + 7) % 7;
      switch (p.rel) {
        case Rel::kLast: return TimeValue::Day(pub->AddDays(-(back ? back : 7)));
        case Rel::kNext: case Rel::kComing:
          return TimeValue::Day(pub->AddDays(fwd ? fwd : 7));
        case Rel::kThis:
          return TimeValue::Day(ctx.tense == Tense::kPast ? pub->AddDays(-back)
                                                          : pub->AddDays(fwd));
        default: break;
      }
      if (ctx.tense == Tense::kPast) return TimeValue::Day(pub->AddDays(-back));
      if (ctx.tense == Tense::kFuture) return TimeValue::Day(pub->AddDays(fwd));
      return TimeValue::Day(back <= fwd ? pub->AddDays(-back) : pub->AddDays(fwd));
    }
    case Form::kRelDay: {
      if (!pub) return TimeValue::Unresolved(kNoPublication);
      return TimeValue::Day(pub->AddDays(p.offset));
    }
    case Form::kRelUnit: {
      if (!pub) return TimeValue::Unresolved(kNoPublication);
      switch (p.unit) {
        case Unit::kWeek:
          return WeekPart(MondayOf(*pub).AddDays(7L * p.offset), p.mod, pub);
        case Unit::kWeekend: {
          CivilDate monday = MondayOf(*pub);
          CivilDate sat = monday.AddDays(5);
          switch (p.rel) {
            case Rel::kLast: case Rel::kPastWeekend:
              sat = monday.AddDays(-2);
              break;
            case Rel::kNext:
              sat = monday.AddDays(12);
              break;
            case Rel::kComing:
              if (sat < *pub) sat = sat.AddDays(7);
              break;
            case Rel::kThe:
              // "over the weekend": the one just past, unless the clause
              // looks ahead.
              if (ctx.tense == Tense::kFuture) {
                if (sat.AddDays(1) < *pub) sat = sat.AddDays(7);
              } else if (sat > *pub) {
                sat = sat.AddDays(-7);
              }
              break;
            default:  // "this weekend"
              if (ctx.tense == Tense::kPast && sat > *pub) sat = sat.AddDays(-7);
              break;
          }
          return Span2(sat, sat.AddDays(1));
        }
        case Unit::kMonth: {
          int y = pub->year, m = pub->month;
          ShiftMonth(&y, &m, p.offset);
          return MonthPart(y, m, p.mod, pub);
        }
        case Unit::kYear:
          return YearPart(pub->year + p.offset, p.mod, pub);
        default:
          return TimeValue::Unresolved("not a date");
      }
    }
    case Form::kAgo: {
      if (!pub) return TimeValue::Unresolved(kNoPublication);
      switch (p.unit) {
        case Unit::kDay: return TimeValue::Day(pub->AddDays(p.offset));
        case Unit::kWeek: return TimeValue::Day(pub->AddDays(7L * p.offset));
        case Unit::kMonth: {
          int y = pub->year, m = pub->month;
          ShiftMonth(&y, &m, p.offset);
          return TimeValue::Month(y, m);
        }
        default: return TimeValue::Year(pub->year + p.offset);
      }
    }
    case Form::kAnaphor: {
      if (!ctx.anchor) return TimeValue::Unresolved(kNoAnchor);
      CivilDate a = *ctx.anchor;
      switch (p.unit) {
        case Unit::kDay: return TimeValue::Day(a.AddDays(p.offset));
        case Unit::kWeek:
          if (p.period) {
            return WeekPart(MondayOf(a).AddDays(7L * p.offset), Mod::kNone, std::nullopt);
          }
          return TimeValue::Day(a.AddDays(7L * p.offset));
        case Unit::kMonth: {
          int y = a.year, m = a.month;
          ShiftMonth(&y, &m, p.offset);
          return TimeValue::Month(y, m);
        }
        default: return TimeValue::Year(a.year + p.offset);
      }
    }
    case Form::kHoliday: {
      if (p.year != 0) return TimeValue::Day(HolidayDate(p.holiday, p.year));
      if (!pub) {
        if (FixedHoliday(p.holiday)) {
          CivilDate d = HolidayDate(p.holiday, 2000);
          return PartialValue(d.month, d.day, 0, 0, kNoYear);
        }
        return TimeValue::Unresolved(kNoYear);
      }
      int year = PickYear(*pub, ctx.tense, [&](int y, CivilDate* a, CivilDate* b) {
        *a = *b = HolidayDate(p.holiday, y);
        return true;
      });
      return TimeValue::Day(HolidayDate(p.holiday, year));
    }
    case Form::kOrdinal: {
      if (!pub) return TimeValue::Unresolved(kNoPublication);
      long best = -1;
      CivilDate pick;
      for (int k = -1; k <= 1; ++k) {
        int y = pub->year, m = pub->month;
        ShiftMonth(&y, &m, k);
        CivilDate d{y, m, p.day};
        if (!d.Valid()) continue;
        if (p.weekday >= 0 && d.Weekday() != p.weekday) continue;
        long cost = Cost(d.ToDays() - pub->ToDays(), ctx.tense);
        if (best < 0 || cost < best) {
          best = cost;
          pick = d;
        }
      }
      if (best < 0) return TimeValue::Unresolved("no such day near the publication date");
      return TimeValue::Day(pick);
    }
  }
  return TimeValue::Unresolved("not a date");
}

// Rough sentence ends for text passed without sentences: a stop, then blank
// space, then an upper-case letter, digit or quote; not after "Jan." or "Mr.".
class RoughSplitter {
 public:
  RoughSplitter() : ends_("[.!?][\"')\\]]*\\s+|\\n", TenseLexicon::Options()) {}

  std::vector<Span> Split(std::string_view s) const {
    std::vector<Span> out;
    size_t start = 0;
    StringPiece text(s.data(), s.size());
    StringPiece g[1];
    size_t pos = 0;
    while (pos < s.size() && ends_.ok() &&
           ends_.Match(text, pos, s.size(), RE2::UNANCHORED, g, 1)) {
      size_t b = static_cast<size_t>(g[0].data() - s.data());
      size_t e = b + g[0].size();
      pos = e > b ? e : b + 1;
      if (s[b] != '\n') {
        char next = CharAt(s, e);
        if (!(IsUpper(next) || IsDigit(next) || next == '"' || next == '\'')) continue;
        std::string_view w = PrevWord(s, b + 1);
        if (w.size() <= 1 ||
            InList(w, {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                       "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
                       "thu", "thur", "thurs", "fri", "sat", "sun", "mr", "mrs",
                       "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col",
                       "capt", "sgt", "jr", "sr", "no", "vs", "prof", "u.s",
                       "u.k", "u.n", "e.u", "a.m", "p.m", "inc", "corp", "co",
                       "ltd", "mt", "ft", "adm", "maj", "cmdr", "rev", "hon",
                       "pres", "gen", "messrs"})) {
          continue;
        }
      }
      if (e > start) out.push_back(Span{start, e});
      start = e;
    }
    if (start < s.size()) out.push_back(Span{start, s.size()});
    return out;
  }

 private:
  RE2 ends_;
};

}  // namespace

// ---------------------------------------------------------------- the tagger

struct TimeTagger::Impl {
  struct Rule {
    std::unique_ptr<RE2> re;
    Handler handler;
    int groups = 0;
  };
  std::vector<Rule> rules;
  // All rule patterns at once: one pass tells which rules can match a unit,
  // so a sentence without a date costs one scan, not one per rule.
  std::unique_ptr<RE2::Set> prefilter;
  RoughSplitter splitter;
  std::string error;  // the first pattern that failed to compile, if any

  Impl() {
    RE2::Options options = TenseLexicon::Options();
    RE2::Options set_options = options;
    set_options.set_max_mem(64 << 20);
    set_options.set_never_capture(true);
    prefilter = std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED);
    for (RuleSpec& spec : RuleSpecs()) {
      auto re = std::make_unique<RE2>(spec.pattern, options);
      if (!re->ok()) {
        if (error.empty()) error = std::string(spec.name) + ": " + re->error();
        continue;
      }
      std::string set_error;
      if (prefilter && prefilter->Add(spec.pattern, &set_error) !=
                           static_cast<int>(rules.size())) {
        prefilter.reset();  // indices would no longer line up: scan all rules
      }
      int groups = re->NumberOfCapturingGroups() + 1;
      rules.push_back({std::move(re), spec.handler, groups});
    }
    if (prefilter && !prefilter->Compile()) prefilter.reset();
    Lexicon();  // compile the tense lexicon now rather than on first use
  }

  // The rules worth running over `u`, in rule order.
  std::vector<int> RulesFor(std::string_view u) const {
    std::vector<int> which;
    if (prefilter) {
      RE2::Set::ErrorInfo info;
      if (prefilter->Match(StringPiece(u.data(), u.size()), &which, &info)) {
        std::sort(which.begin(), which.end());
        return which;
      }
      if (info.kind == RE2::Set::kNoError) return {};  // nothing matches
    }
    which.resize(rules.size());
    for (size_t i = 0; i < rules.size(); ++i) which[i] = static_cast<int>(i);
    return which;
  }

  // Tags one unit; offsets are relative to it. `anchor` is the last day
  // resolved before it, updated as days are found.
  void TagUnit(std::string_view u, const std::optional<CivilDate>& pub,
               std::optional<CivilDate>* anchor, size_t base, size_t sentence,
               std::vector<TimeExpr>* out) const {
    std::vector<Candidate> cands;
    StringPiece text(u.data(), u.size());
    std::array<StringPiece, 16> g;
    for (int r : RulesFor(u)) {
      const Rule& rule = rules[static_cast<size_t>(r)];
      int n = std::min<int>(rule.groups, static_cast<int>(g.size()));
      size_t pos = 0;
      while (pos < u.size() &&
             rule.re->Match(text, pos, u.size(), RE2::UNANCHORED, g.data(), n)) {
        size_t mb = static_cast<size_t>(g[0].data() - u.data());
        Candidate c;
        c.rule = r;
        Groups groups{u, g.data(), n};
        if (rule.handler(groups, &c) && c.end > c.begin) {
          cands.push_back(c);
          pos = std::max(c.end, mb + 1);
        } else {
          pos = mb + 1;
        }
      }
    }
    if (cands.empty()) return;
    // Longest first, then leftmost, then rule order; never overlapping.
    std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
      size_t la = a.end - a.begin, lb = b.end - b.begin;
      if (la != lb) return la > lb;
      if (a.begin != b.begin) return a.begin < b.begin;
      return a.rule < b.rule;
    });
    std::vector<Candidate> chosen;
    for (const Candidate& c : cands) {
      bool overlaps = false;
      for (const Candidate& k : chosen) {
        if (c.begin < k.end && k.begin < c.end) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) chosen.push_back(c);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
    const TenseLexicon& lex = Lexicon();
    std::vector<Marker> markers = lex.Markers(u);
    std::vector<size_t> boundaries = lex.Boundaries(u);
    for (const Candidate& c : chosen) {
      Context ctx;
      ctx.pub = pub;
      ctx.anchor = *anchor;
      ctx.tense = ClauseTense(u, markers, boundaries, c.begin, c.end);
      // "shut since 12 May": whatever the clause's verbs, a date after
      // "since" is not after the publication date.
      if (EqualsIgnoreCase(PrevWord(u, c.begin), "since")) ctx.tense = Tense::kPast;
      if (PostponedTo(u, c.begin)) ctx.tense = Tense::kFuture;
      if (ctx.tense == Tense::kUnknown || ctx.tense == Tense::kPresent) {
        std::string_view prev = PrevWord(u, c.begin);
        if (InList(prev, {"by", "until", "till", "through", "before"}) &&
            ctx.tense == Tense::kUnknown) {
          ctx.tense = Tense::kFuture;
        }
      }
      TimeExpr e;
      e.span = Span{base + c.begin, base + c.end};
      e.text = std::string(u.substr(c.begin, c.end - c.begin));
      e.value = Resolve(c.p, ctx);
      e.tense = ctx.tense;
      e.sentence = sentence;
      if (e.value.kind == TimeValue::Kind::kDay) *anchor = e.value.begin;
      out->push_back(std::move(e));
    }
  }
};

TimeTagger::TimeTagger() : impl_(std::make_unique<Impl>()) {}
TimeTagger::~TimeTagger() = default;

std::vector<TimeExpr> TimeTagger::Tag(std::string_view text,
                                      const std::vector<Sentence>& sentences,
                                      const std::optional<CivilDate>& published) const {
  std::vector<TimeExpr> out;
  std::optional<CivilDate> anchor;
  if (sentences.empty()) {
    for (const Span& s : impl_->splitter.Split(text)) {
      impl_->TagUnit(text.substr(s.begin, s.size()), published, &anchor, s.begin,
                     0, &out);
    }
    return out;
  }
  for (size_t i = 0; i < sentences.size(); ++i) {
    Span s = sentences[i].span;
    if (s.begin >= text.size() || s.empty()) continue;
    s.end = std::min(s.end, text.size());
    impl_->TagUnit(text.substr(s.begin, s.size()), published, &anchor, s.begin, i,
                   &out);
  }
  std::stable_sort(out.begin(), out.end(), [](const TimeExpr& a, const TimeExpr& b) {
    return a.span.begin < b.span.begin;
  });
  // Sentences passed in should not overlap; if they do, keep the first.
  std::vector<TimeExpr> clean;
  for (TimeExpr& e : out) {
    if (!clean.empty() && e.span.begin < clean.back().span.end) continue;
    clean.push_back(std::move(e));
  }
  return clean;
}

std::vector<TimeExpr> TimeTagger::TagText(
    std::string_view text, const std::optional<CivilDate>& published) const {
  return Tag(text, {}, published);
}

const std::string& TimeTagger::error() const { return impl_->error; }

Tense TimeTagger::DetectTense(std::string_view clause) {
  bool past = false, present = false;
  for (const Marker& m : Lexicon().Markers(clause)) {
    if (m.tense == Tense::kFuture) return Tense::kFuture;
    if (m.tense == Tense::kPast) past = true;
    if (m.tense == Tense::kPresent) present = true;
  }
  if (past) return Tense::kPast;
  if (present) return Tense::kPresent;
  return Tense::kUnknown;
}

}  // namespace claimcheck
