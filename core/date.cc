#include "core/date.h"

#include <cstdio>

namespace claimcheck {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

bool CivilDate::Valid() const {
  return month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
long CivilDate::ToDays() const {
  long y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilDate::FromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return CivilDate{static_cast<int>(y), m, d};
}

int CivilDate::Weekday() const {
  // 1970-01-01 was a Thursday (ISO index 3).
  long d = (ToDays() + 3) % 7;
  if (d < 0) d += 7;
  return static_cast<int>(d);
}

std::string CivilDate::ToString() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<CivilDate> ParseIsoDate(std::string_view t) {
  auto digits = [&](size_t pos, size_t n, int* out) {
    if (t.size() < pos + n) return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return false;
      v = v * 10 + (t[i] - '0');
    }
    *out = v;
    return true;
  };
  CivilDate d;
  if (!digits(0, 4, &d.year) || t.size() < 10 || t[4] != '-' || t[7] != '-' ||
      !digits(5, 2, &d.month) || !digits(8, 2, &d.day)) {
    return std::nullopt;
  }
  if (t.size() > 10 && t[10] != 'T' && t[10] != ' ' && t[10] != 't') {
    return std::nullopt;
  }
  if (!d.Valid()) return std::nullopt;
  return d;
}

TimeValue TimeValue::Month(int year, int month) {
  return {Kind::kMonth, CivilDate{year, month, 1},
          CivilDate{year, month, DaysInMonth(year, month)}, {}};
}

TimeValue TimeValue::Year(int year) {
  return {Kind::kYear, CivilDate{year, 1, 1}, CivilDate{year, 12, 31}, {}};
}

std::string TimeValue::ToString() const {
  char buf[32];
  switch (kind) {
    case Kind::kUnresolved:
      return "";
    case Kind::kDay:
      return begin.ToString();
    case Kind::kInterval:
      return begin.ToString() + "/" + end.ToString();
    case Kind::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", begin.year, begin.month);
      return buf;
    case Kind::kYear:
      std::snprintf(buf, sizeof buf, "%04d", begin.year);
      return buf;
    case Kind::kPartial:
      if (end.month != 0 && (end.month != begin.month || end.day != begin.day)) {
        std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d/XXXX-%02d-%02d", begin.month,
                      begin.day, end.month, end.day);
      } else {
        std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", begin.month, begin.day);
      }
      return buf;
  }
  return "";
}

bool TimeValue::Overlaps(const TimeValue& o) const {
  if (kind == Kind::kUnresolved || o.kind == Kind::kUnresolved) return true;
  if (kind == Kind::kPartial || o.kind == Kind::kPartial) {
    const TimeValue& p = kind == Kind::kPartial ? *this : o;
    const TimeValue& q = kind == Kind::kPartial ? o : *this;
    // A partial value covers month-days from begin to end (maybe across the
    // new year: "Dec. 30 to Jan. 2"); end unset means one day.
    auto md = [](const CivilDate& c) { return c.month * 100 + c.day; };
    auto range = [&](const TimeValue& v, int* b, int* e) {
      *b = md(v.begin);
      *e = v.end.month != 0 ? md(v.end) : *b;
    };
    auto within = [](int x, int b, int e) {
      return b <= e ? (x >= b && x <= e) : (x >= b || x <= e);
    };
    int pb = 0, pe = 0;
    range(p, &pb, &pe);
    if (q.kind == Kind::kPartial) {
      int qb = 0, qe = 0;
      range(q, &qb, &qe);
      return within(qb, pb, pe) || within(pb, qb, qe);
    }
    for (long d = q.begin.ToDays(); d <= q.end.ToDays(); ++d) {
      if (within(md(CivilDate::FromDays(d)), pb, pe)) return true;
      if (d - q.begin.ToDays() > 400) return true;  // long span: can't tell
    }
    return false;
  }
  return begin <= o.end && o.begin <= end;
}

}  // namespace claimcheck
