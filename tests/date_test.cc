#include "core/date.h"

#include <gtest/gtest.h>

namespace claimcheck {
namespace {

TEST(CivilDateTest, RoundTripsThroughDays) {
  for (long d = -800000; d < 800000; d += 997) {
    CivilDate c = CivilDate::FromDays(d);
    ASSERT_TRUE(c.Valid()) << d;
    ASSERT_EQ(c.ToDays(), d);
  }
  EXPECT_EQ((CivilDate{1970, 1, 1}).ToDays(), 0);
  EXPECT_EQ((CivilDate{2026, 1, 8}).ToDays(), 20461);
}

TEST(CivilDateTest, Weekdays) {
  struct Case { CivilDate d; int weekday; } cases[] = {
      {{2026, 1, 8}, 3},    // Thursday
      {{2025, 12, 15}, 0},  // Monday
      {{2024, 2, 29}, 3},   // Thursday
      {{2000, 1, 1}, 5},    // Saturday
  };
  for (const auto& c : cases) EXPECT_EQ(c.d.Weekday(), c.weekday) << c.d.ToString();
}

TEST(CivilDateTest, ParsesIsoDates) {
  struct Case { const char* in; const char* out; } cases[] = {
      {"2026-01-08", "2026-01-08"},
      {"2026-01-08T12:40:04Z", "2026-01-08"},
      {"2025-12-16 09:00", "2025-12-16"},
      {"2024-02-29", "2024-02-29"},
      {"2025-02-29", nullptr},
      {"2026-13-01", nullptr},
      {"2026-1-8", nullptr},
      {"20260108", nullptr},
      {"2026-01-08x", nullptr},
      {"", nullptr},
  };
  for (const auto& c : cases) {
    auto d = ParseIsoDate(c.in);
    if (c.out == nullptr) {
      EXPECT_FALSE(d.has_value()) << c.in;
    } else {
      ASSERT_TRUE(d.has_value()) << c.in;
      EXPECT_EQ(d->ToString(), c.out);
    }
  }
}

TEST(TimeValueTest, FormatsEveryKind) {
  EXPECT_EQ(TimeValue::Day({2026, 1, 7}).ToString(), "2026-01-07");
  EXPECT_EQ(TimeValue::Interval({2026, 1, 10}, {2026, 1, 11}).ToString(),
            "2026-01-10/2026-01-11");
  EXPECT_EQ(TimeValue::Month(2025, 11).ToString(), "2025-11");
  EXPECT_EQ(TimeValue::Month(2024, 2).end.day, 29);
  EXPECT_EQ(TimeValue::Year(2026).ToString(), "2026");
  EXPECT_EQ(TimeValue::Unresolved("no publication date").ToString(), "");
  TimeValue partial{TimeValue::Kind::kPartial, {0, 1, 7}, {0, 1, 7}, "no year"};
  EXPECT_EQ(partial.ToString(), "XXXX-01-07");
}

TEST(TimeValueTest, Overlaps) {
  EXPECT_TRUE(TimeValue::Month(2026, 1).Overlaps(TimeValue::Day({2026, 1, 7})));
  EXPECT_FALSE(TimeValue::Day({2026, 1, 6}).Overlaps(TimeValue::Day({2026, 1, 7})));
  EXPECT_TRUE(TimeValue::Interval({2026, 1, 6}, {2026, 1, 7})
                  .Overlaps(TimeValue::Day({2026, 1, 7})));
  TimeValue partial{TimeValue::Kind::kPartial, {0, 1, 7}, {0, 1, 7}, ""};
  EXPECT_TRUE(partial.Overlaps(TimeValue::Day({2026, 1, 7})));
  EXPECT_FALSE(partial.Overlaps(TimeValue::Day({2026, 1, 6})));
  // A range without a year ("from Dec. 30 to Jan. 2"), across the new year.
  TimeValue range{TimeValue::Kind::kPartial, {0, 12, 30}, {0, 1, 2}, ""};
  EXPECT_EQ(range.ToString(), "XXXX-12-30/XXXX-01-02");
  EXPECT_TRUE(range.Overlaps(TimeValue::Day({2026, 1, 1})));
  EXPECT_TRUE(range.Overlaps(TimeValue::Day({2025, 12, 31})));
  EXPECT_FALSE(range.Overlaps(TimeValue::Day({2026, 1, 3})));
  EXPECT_FALSE(range.Overlaps(partial));  // Jan. 7 is outside it
  TimeValue new_year{TimeValue::Kind::kPartial, {0, 1, 1}, {0, 1, 1}, ""};
  EXPECT_TRUE(range.Overlaps(new_year));
  EXPECT_TRUE(new_year.Overlaps(range));
}

}  // namespace
}  // namespace claimcheck
