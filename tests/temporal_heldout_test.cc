// The time tagger on a held-out set of news sentences (tests/data/
// temporal_heldout.jsonl), written by a team member who had not seen the
// tagger's code or tests, with the conventions in
// tests/data/temporal_heldout.md. docs/temporal.md ("Held-out evaluation")
// records the figures and how they were obtained.
//
// Scoring. Each line gives a publication date (or null), a sentence and the
// expressions expected, each as (text, value); value is TimeValue::ToString(),
// or null for an expression that is tagged but cannot be resolved. The
// sentence is normalized like an article (core/normalize.h) and tagged with
// TimeTagger::TagText and the line's publication date. An expected expression
// is matched by at most one found expression whose span overlaps it and whose
// value is equal (span boundaries such as a leading "from" or "the" are
// conventions: the key writes "April 6 to April 10", the tagger "from April 6
// to April 10"). Then
//   - a line is right when every expected expression is matched and nothing
//     else is found (a line expecting nothing is right when nothing is found);
//   - per expression: precision = matched / found, recall = matched /
//     expected;
//   - the same figures with exact text instead of overlap ("exact"), and with
//     spans only, whatever the value ("span only": detection errors apart
//     from resolution errors), are printed too.
// The test fails when a line of the file cannot be read (naming the line) or
// when a figure falls below its floor (the figure recorded in
// docs/temporal.md, less a small margin), so a regression shows. Set
// CLAIMCHECK_HELDOUT_VERBOSE=1 to list the lines not right.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/normalize.h"
#include "core/temporal.h"

namespace claimcheck {
namespace {

constexpr double kLineFloor = 0.96;       // share of lines right (overlap + value)
constexpr double kPrecisionFloor = 0.96;  // per expression
constexpr double kRecallFloor = 0.96;

struct Pair {
  std::string text;
  std::string value;
  size_t begin = 0, end = 0;  // in the normalized sentence
};

bool Strict(const Pair& a, const Pair& b) { return a.text == b.text && a.value == b.value; }
bool Overlap(const Pair& a, const Pair& b) {
  return a.value == b.value && a.begin < b.end && b.begin < a.end;
}
bool SpanOnly(const Pair& a, const Pair& b) { return a.begin < b.end && b.begin < a.end; }

std::string Norm(const std::string& s) { return Normalize(s, nullptr).text; }

std::string ValueString(const TimeValue& v) {
  return v.kind == TimeValue::Kind::kUnresolved ? "null" : v.ToString();
}

// How many of `found` match an unused element of `expected` under `same`.
template <typename Same>
int CountMatches(const std::vector<Pair>& found, const std::vector<Pair>& expected,
                 Same same) {
  std::vector<bool> used(expected.size(), false);
  int tp = 0;
  for (const Pair& f : found) {
    for (size_t i = 0; i < expected.size(); ++i) {
      if (!used[i] && same(f, expected[i])) {
        used[i] = true;
        ++tp;
        break;
      }
    }
  }
  return tp;
}

std::string Show(const std::vector<Pair>& pairs) {
  std::string s;
  for (const Pair& p : pairs) s += " [" + p.text + "]=" + p.value;
  return s.empty() ? " (nothing)" : s;
}

TEST(TemporalHeldOutTest, NewsSentences) {
  const std::string path =
      std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/data/temporal_heldout.jsonl";
  std::ifstream in(path);
  ASSERT_TRUE(in) << path << ": cannot open";
  TimeTagger tagger;
  ASSERT_EQ(tagger.error(), "");
  int lines = 0, right = 0, expected_n = 0, found_n = 0, tp = 0, span_tp = 0;
  int strict_right = 0, strict_tp = 0;
  int negatives = 0, negatives_right = 0;
  std::string failures;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") ||
        !j["text"].is_string() || !j.contains("expect") || !j["expect"].is_array()) {
      ADD_FAILURE() << path << ":" << number << ": not a held-out line";
      continue;
    }
    std::optional<CivilDate> pub;
    if (j.contains("pub") && j["pub"].is_string()) {
      pub = ParseIsoDate(j["pub"].get<std::string>());
      if (!pub) {
        ADD_FAILURE() << path << ":" << number << ": bad pub date";
        continue;
      }
    }
    std::string text = Norm(j["text"].get<std::string>());
    std::vector<Pair> expected;
    bool bad = false;
    size_t from = 0;
    for (const nlohmann::json& e : j["expect"]) {
      if (!e.is_object() || !e.contains("text") || !e["text"].is_string() ||
          !e.contains("value") || !(e["value"].is_string() || e["value"].is_null())) {
        bad = true;
        break;
      }
      Pair want{Norm(e["text"].get<std::string>()),
                e["value"].is_null() ? "null" : e["value"].get<std::string>()};
      size_t at = text.find(want.text, from);
      if (at == std::string::npos) {
        bad = true;
        break;
      }
      want.begin = at;
      want.end = from = at + want.text.size();
      expected.push_back(want);
    }
    if (bad) {
      ADD_FAILURE() << path << ":" << number
                    << ": bad expected expression (or not in the sentence, in order)";
      continue;
    }
    std::vector<Pair> found;
    for (const TimeExpr& e : tagger.TagText(text, pub)) {
      found.push_back({e.text, ValueString(e.value), e.span.begin, e.span.end});
    }
    ++lines;
    expected_n += static_cast<int>(expected.size());
    found_n += static_cast<int>(found.size());
    int hits = CountMatches(found, expected, Overlap);
    tp += hits;
    span_tp += CountMatches(found, expected, SpanOnly);
    int strict_hits = CountMatches(found, expected, Strict);
    strict_tp += strict_hits;
    bool size_ok = found.size() == expected.size();
    bool ok = size_ok && hits == static_cast<int>(expected.size());
    if (size_ok && strict_hits == static_cast<int>(expected.size())) ++strict_right;
    if (expected.empty()) {
      ++negatives;
      if (ok) ++negatives_right;
    }
    if (ok) {
      ++right;
    } else {
      std::string id = j.contains("id") && j["id"].is_string()
                           ? j["id"].get<std::string>()
                           : "line " + std::to_string(number);
      failures += "  " + id + " (" +
                  (pub ? pub->ToString() : std::string("no date")) + ") " + text +
                  "\n    expected" + Show(expected) + "\n    found   " + Show(found) + "\n";
    }
  }
  ASSERT_GE(lines, 200) << path << ": too few lines";
  double line_share = static_cast<double>(right) / lines;
  double precision = found_n ? static_cast<double>(tp) / found_n : 0.0;
  double recall = expected_n ? static_cast<double>(tp) / expected_n : 0.0;
  auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
  std::printf(
      "held-out: %d lines, %d expressions expected, %d found\n"
      "overlapping span + value: %d lines right (%.1f%%), negatives %d of %d; "
      "precision %.1f%%, recall %.1f%%\n"
      "exact text + value:       %d lines right (%.1f%%); precision %.1f%%, "
      "recall %.1f%%\n"
      "span only (overlap):      precision %.1f%%, recall %.1f%%\n",
      lines, expected_n, found_n, right, pct(right, lines), negatives_right,
      negatives, pct(tp, found_n), pct(tp, expected_n), strict_right,
      pct(strict_right, lines), pct(strict_tp, found_n), pct(strict_tp, expected_n),
      pct(span_tp, found_n), pct(span_tp, expected_n));
  if (std::getenv("CLAIMCHECK_HELDOUT_VERBOSE") != nullptr || line_share < kLineFloor) {
    std::printf("lines not right:\n%s", failures.c_str());
  }
  EXPECT_GE(line_share, kLineFloor);
  EXPECT_GE(precision, kPrecisionFloor);
  EXPECT_GE(recall, kRecallFloor);
}

}  // namespace
}  // namespace claimcheck
