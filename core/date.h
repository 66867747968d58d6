// Calendar dates without time zones: the unit every claim's "when" is
// expressed in. Proleptic Gregorian; days are counted from 1970-01-01.
#ifndef CLAIMCHECK_CORE_DATE_H_
#define CLAIMCHECK_CORE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Days since 1970-01-01 (negative before).
  long ToDays() const;
  static CivilDate FromDays(long days);
  // 0 = Monday ... 6 = Sunday (ISO order).
  int Weekday() const;
  CivilDate AddDays(long n) const { return FromDays(ToDays() + n); }
  // "YYYY-MM-DD".
  std::string ToString() const;
  bool Valid() const;

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

int DaysInMonth(int year, int month);
bool IsLeapYear(int year);

// Parses the date part of an ISO 8601 date or date-time ("2026-01-08",
// "2026-01-08T12:40:04Z", "2026-01-08 12:40"). Returns nullopt when the text
// does not start with a valid YYYY-MM-DD.
std::optional<CivilDate> ParseIsoDate(std::string_view text);

// A resolved time expression value, as DESIGN.md writes it:
//   kDay       "2026-01-07"
//   kInterval  "2026-01-10/2026-01-11"   (weekends, ranges, "mid-December")
//   kMonth     "2025-11"
//   kYear      "2026"
//   kPartial   "XXXX-01-07"  a day and month whose year is unknown (TIMEX3)
//   kUnresolved  null in JSON; `reason` says why
struct TimeValue {
  enum class Kind { kUnresolved, kDay, kInterval, kMonth, kYear, kPartial };
  Kind kind = Kind::kUnresolved;
  CivilDate begin;  // first day covered (kPartial: year 0)
  CivilDate end;    // last day covered (== begin for kDay)
  std::string reason;  // for kUnresolved / kPartial: why it is not resolved

  static TimeValue Day(CivilDate d) { return {Kind::kDay, d, d, {}}; }
  static TimeValue Interval(CivilDate a, CivilDate b) {
    return {Kind::kInterval, a, b, {}};
  }
  static TimeValue Month(int year, int month);
  static TimeValue Year(int year);
  static TimeValue Unresolved(std::string why) {
    return {Kind::kUnresolved, {}, {}, std::move(why)};
  }

  bool resolved() const {
    return kind != Kind::kUnresolved && kind != Kind::kPartial;
  }
  // The DESIGN.md string; empty for kUnresolved.
  std::string ToString() const;
  // True when the two values can denote the same day (used by rules so that
  // "January 2026" does not conflict with "2026-01-07").
  bool Overlaps(const TimeValue& other) const;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_DATE_H_
