#include "core/normalize.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace claimcheck {
namespace {

struct FoldCase {
  const char* name;
  std::string in;
  std::string want;
};

TEST(NormalizeTest, Folds) {
  const FoldCase cases[] = {
      {"ascii unchanged", "The ferry left at 9 a.m. on Tuesday.",
       "The ferry left at 9 a.m. on Tuesday."},
      {"empty", "", ""},
      {"ligature", "\xEF\xAC\x81nance", "finance"},
      {"full-width", "\xEF\xBC\xB4\xEF\xBD\x8F\xEF\xBD\x8B\xEF\xBD\x99"
                     "\xEF\xBD\x8F",
       "Tokyo"},
      {"combining accent composes", "Jose\xCC\x81", "Jos\xC3\xA9"},
      {"precomposed kept", "Jos\xC3\xA9 Mart\xC3\xAD", "Jos\xC3\xA9 Mart\xC3\xAD"},
      {"cyrillic kept", "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2",
       "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2"},
      {"hyphen U+2010", "a\xE2\x80\x90" "b", "a-b"},
      {"nb hyphen U+2011", "cease\xE2\x80\x91" "fire", "cease-fire"},
      {"figure dash U+2012", "a\xE2\x80\x92" "b", "a-b"},
      {"en dash U+2013", "2024\xE2\x80\x93" "2025", "2024-2025"},
      {"em dash U+2014", "talks \xE2\x80\x94 stalled", "talks - stalled"},
      {"bar U+2015", "a\xE2\x80\x95" "b", "a-b"},
      {"minus U+2212", "\xE2\x88\x92" "5", "-5"},
      {"small em dash U+FE58", "a\xEF\xB9\x98" "b", "a-b"},
      {"small hyphen U+FE63", "a\xEF\xB9\xA3" "b", "a-b"},
      {"full-width hyphen U+FF0D", "a\xEF\xBC\x8D" "b", "a-b"},
      {"single quotes",
       "\xE2\x80\x98" "a\xE2\x80\x99 \xE2\x80\x9A" "b\xE2\x80\x9B 5\xE2\x80\xB2",
       "'a' 'b' 5'"},
      {"double quotes",
       "\xE2\x80\x9C" "a\xE2\x80\x9D \xE2\x80\x9E" "b\xE2\x80\x9F 5\xE2\x80\xB3",
       "\"a\" \"b\" 5\""},
      {"guillemets", "\xC2\xAB" "oui\xC2\xBB", "\"oui\""},
      {"nbsp", "10\xC2\xA0km", "10 km"},
      {"en quad to hair space", "a\xE2\x80\x80" "b\xE2\x80\x85" "c\xE2\x80\x8A" "d",
       "a b c d"},
      {"narrow nbsp, math space, ideographic space",
       "a\xE2\x80\xAF" "b\xE2\x81\x9F" "c\xE3\x80\x80" "d", "a b c d"},
      {"zero-width dropped",
       "a\xE2\x80\x8B" "b\xE2\x80\x8C" "c\xE2\x80\x8D" "d\xE2\x81\xA0" "e\xEF\xBB\xBF" "f",
       "abcdef"},
      {"soft hyphen dropped", "nego\xC2\xADtiations", "negotiations"},
      {"bom dropped", "\xEF\xBB\xBFHello", "Hello"},
      {"bullet kept", "\xE2\x80\xA2 first point", "\xE2\x80\xA2 first point"},
      {"ellipsis", "wait\xE2\x80\xA6", "wait..."},
      {"crlf", "one\r\ntwo\rthree\n", "one\ntwo\nthree\n"},
      {"tab", "a\tb", "a b"},
      {"line separator", "a\xE2\x80\xA8" "b", "a\nb"},
      // Glued punctuation repaired.
      {"abbrev + lowercase word", "a U.S.envoy said", "a U.S. envoy said"},
      {"U.N. + lowercase word", "the U.N.monitoring team",
       "the U.N. monitoring team"},
      {"comma + lowercase", "Earlier today,kovac posted",
       "Earlier today, kovac posted"},
      {"comma between words", "guarantees,credible ones",
       "guarantees, credible ones"},
      {"comma between names", "Vardenfell,Morrowind and", "Vardenfell, Morrowind and"},
      {"period + capitalized word", "as promised.The council",
       "as promised. The council"},
      {"e.g. + comma", "(e.g.,the 2019 accord)", "(e.g., the 2019 accord)"},
      {"dash + abbrev + word", "a draft Norway\xE2\x80\x93U.S.security pact",
       "a draft Norway-U.S. security pact"},
      {"paren period", "corridors (2024).Marta Silva", "corridors (2024). Marta Silva"},
      {"semicolon", "ready;the rest", "ready; the rest"},
      {"question mark", "why?Because", "why? Because"},
      // Keep-list: nothing inserted.
      {"keep U.S.", "the U.S. and the U.N. agreed", "the U.S. and the U.N. agreed"},
      {"keep decimal", "grew 3.5 percent", "grew 3.5 percent"},
      {"keep money", "$30,000 and 1,124 drones", "$30,000 and 1,124 drones"},
      {"keep e.g.", "e.g. the harbor", "e.g. the harbor"},
      {"keep a.m.", "at 7 a.m. sharp", "at 7 a.m. sharp"},
      {"keep url", "see https://news.example.org/a,b.Story?x=1,y",
       "see https://news.example.org/a,b.Story?x=1,y"},
      {"keep www", "www.Example.com/Path", "www.Example.com/Path"},
      {"keep domain", "archyde.com reported", "archyde.com reported"},
      {"keep email", "write to desk.Editor@paper.example", "write to desk.Editor@paper.example"},
      {"keep file name", "open report.pdf now", "open report.pdf now"},
      {"keep time", "at 12:40:04 UTC", "at 12:40:04 UTC"},
      {"glued initials", "J.D.Salinger wrote", "J.D. Salinger wrote"},
      {"keep initials", "J. D. Salinger and J.D. wrote", "J. D. Salinger and J.D. wrote"},
      {"keep U.S.-backed", "U.S.-backed plan", "U.S.-backed plan"},
      {"keep lowercase dotted pair", "a.b.com", "a.b.com"},
      {"keep version", "v1.2.3", "v1.2.3"},
  };
  for (const FoldCase& c : cases) {
    std::vector<NormalizeIssue> issues;
    NormalizedText n = Normalize(c.in, &issues);
    EXPECT_EQ(n.text, c.want) << c.name;
    EXPECT_TRUE(issues.empty()) << c.name;
    ASSERT_EQ(n.offsets.size(), n.text.size() + 1) << c.name;
    EXPECT_EQ(n.offsets.back(), c.in.size()) << c.name;
  }
}

struct InvalidCase {
  const char* name;
  std::string in;
  std::string want;
  std::vector<std::pair<int, size_t>> issues;  // line, offset
};

TEST(NormalizeTest, InvalidUtf8ReplacedAndReported) {
  const std::string kFffd = "\xEF\xBF\xBD";
  const InvalidCase cases[] = {
      {"lone 0xff", "ab\xFF" "cd", "ab" + kFffd + "cd", {{1, 2}}},
      {"run is one issue", "x\xFF\xFE\xFDy", "x" + kFffd + "y", {{1, 1}}},
      {"line counted", "one\ntwo\r\nthr\xC3", "one\ntwo\nthr" + kFffd, {{3, 12}}},
      {"two runs", "\x80 ok \xC0\xAF", kFffd + " ok " + kFffd, {{1, 0}, {1, 5}}},
      {"surrogate", "a\xED\xA0\x80" "b", "a" + kFffd + "b", {{1, 1}}},
      {"overlong", "\xE0\x80\xAF", kFffd, {{1, 0}}},
      {"above U+10FFFF", "\xF4\x90\x80\x80!", kFffd + "!", {{1, 0}}},
      {"truncated then ascii", "\xE2\x80" "a", kFffd + "a", {{1, 0}}},
  };
  for (const InvalidCase& c : cases) {
    std::vector<NormalizeIssue> issues;
    NormalizedText n = Normalize(c.in, &issues);
    EXPECT_EQ(n.text, c.want) << c.name;
    ASSERT_EQ(issues.size(), c.issues.size()) << c.name;
    for (size_t i = 0; i < issues.size(); ++i) {
      EXPECT_EQ(issues[i].line, c.issues[i].first) << c.name;
      EXPECT_EQ(issues[i].offset, c.issues[i].second) << c.name;
      EXPECT_NE(issues[i].message.find("invalid UTF-8"), std::string::npos);
    }
    EXPECT_FALSE(IsValidUtf8(c.in)) << c.name;
    EXPECT_TRUE(IsValidUtf8(n.text)) << c.name;
  }
  EXPECT_TRUE(IsValidUtf8("plain \xC3\xA9 \xF0\x9F\x98\x80"));
  // Null issues pointer is fine.
  EXPECT_EQ(Normalize("\xFF", nullptr).text, kFffd);
}

// The offsets contract: one entry per byte plus one, non-decreasing, within
// the original, the last equal to its size.
void ExpectOffsetsValid(const std::string& original, const NormalizedText& n,
                        const std::string& label) {
  ASSERT_EQ(n.offsets.size(), n.text.size() + 1) << label;
  EXPECT_EQ(n.offsets.back(), original.size()) << label;
  for (size_t i = 0; i < n.offsets.size(); ++i) {
    ASSERT_LE(n.offsets[i], original.size()) << label << " at " << i;
    if (i > 0) {
      ASSERT_LE(n.offsets[i - 1], n.offsets[i]) << label << " at " << i;
    }
  }
}

// A byte is inserted when it is a space and maps to the same original byte as
// the byte after it while that original byte is not a space-producing one.
bool Inserted(const std::string& original, const NormalizedText& n, size_t i) {
  if (n.text[i] != ' ' || i + 1 >= n.text.size() + 1) return false;
  const size_t o = n.offsets[i];
  if (o >= original.size()) return false;
  return n.offsets[i + 1] == o && original[o] != ' ' && original[o] != '\t';
}

// For every space-delimited token of the normalized text, the original bytes
// it maps to normalize back to the same token.
void ExpectTokensRoundTrip(const std::string& original,
                           const NormalizedText& n, const std::string& label) {
  const std::string& t = n.text;
  size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\n')) ++i;
    size_t e = i;
    while (e < t.size() && t[e] != ' ' && t[e] != '\n') ++e;
    if (e > i) {
      Span o = n.ToOriginal(Span{i, e});
      ASSERT_LE(o.end, original.size());
      std::string back = Normalize(original.substr(o.begin, o.size()),
                                   nullptr).text;
      // Dropped characters (zero-width) at the edges may be swallowed; they
      // normalize to nothing, so the token must come back exactly.
      EXPECT_EQ(back, t.substr(i, e - i))
          << label << ": token [" << i << "," << e << ") from original ["
          << o.begin << "," << o.end << ")";
    }
    i = e;
  }
}

TEST(NormalizeTest, OffsetMapCrafted) {
  const std::string cases[] = {
      "a U.S.envoy met the U.N.monitoring team",
      "Earlier today,kovac said the Norway\xE2\x80\x93U.S.security deal is "
      "\xE2\x80\x9C" "essentially ready\xE2\x80\x9D.",
      "Prices rose 3.5% to $30,000;then fell.\r\nNext line\twith tab",
      "bad \xFF\xFE bytes, \xC3 and more\xE2\x80\x8B" "glued,words.Here",
      "\xEF\xAC\x81nance \xEF\xBC\xB4okyo Jose\xCC\x81 caf\xC3\xA9\xE2\x80\xA6",
      "(e.g.,the 2019 accord) promised.The end",
      "\xEF\xBB\xBF\xC2\xAD\xE2\x80\x8B",
  };
  for (const std::string& in : cases) {
    NormalizedText n = Normalize(in, nullptr);
    ExpectOffsetsValid(in, n, in);
    ExpectTokensRoundTrip(in, n, in);
  }
  // Inserted space maps to the byte after it: the span of "U.S." does not
  // swallow it, and "envoy" maps to "envoy".
  const std::string in = "a U.S.envoy";
  NormalizedText n = Normalize(in, nullptr);
  ASSERT_EQ(n.text, "a U.S. envoy");
  EXPECT_TRUE(Inserted(in, n, 6));
  EXPECT_EQ(n.ToOriginal(Span{2, 6}), (Span{2, 6}));
  EXPECT_EQ(n.ToOriginal(Span{7, 12}), (Span{6, 11}));
  EXPECT_EQ(n.ToOriginal(Span{2, 12}), (Span{2, 11}));
}

TEST(NormalizeTest, OffsetMapRandomProperty) {
  std::mt19937 rng(20260108);
  const std::vector<std::string> pieces = {
      "a",  "Z",  "e",  " ",  ".",  ",",  ";",  "U.S.", "3",  "\n", "\r",
      "\r\n", "\t", "www.", "@",  "/",  ":",  "$",  "\xC3\xA9", "\xE2\x80\x94",
      "\xE2\x80\x9C", "\xE2\x80\x8B", "\xC2\xAD", "\xEF\xAC\x81", "\xCC\x81",
      "\xE2\x80\xA6", "\xC2\xA0", "\xFF", "\xC3", "\xE2\x80", "\xF0\x9F\x98\x80",
      "The", "envoy", "e.g.", "\xED\xA0\x80", "\xEF\xBC\xA1", "\xEA\xB0\x80",
      "\xE1\x84\x80\xE1\x85\xA1"};
  std::uniform_int_distribution<int> len_dist(0, 40);
  std::uniform_int_distribution<size_t> piece_dist(0, pieces.size() - 1);
  std::uniform_int_distribution<int> byte_dist(0, 255);
  for (int iter = 0; iter < 3000; ++iter) {
    std::string in;
    const int len = len_dist(rng);
    for (int k = 0; k < len; ++k) {
      if (iter % 3 == 0) {
        in.push_back(static_cast<char>(byte_dist(rng)));
      } else {
        in += pieces[piece_dist(rng)];
      }
    }
    std::vector<NormalizeIssue> issues;
    NormalizedText n = Normalize(in, &issues);
    const std::string label = "iteration " + std::to_string(iter);
    ExpectOffsetsValid(in, n, label);
    EXPECT_TRUE(IsValidUtf8(n.text)) << label;
    EXPECT_EQ(issues.empty(), IsValidUtf8(in)) << label;
    for (const NormalizeIssue& issue : issues) {
      EXPECT_GE(issue.line, 1) << label;
      EXPECT_LT(issue.offset, in.size()) << label;
    }
    if (iter % 3 != 0) ExpectTokensRoundTrip(in, n, label);
    if (HasFailure()) break;
  }
}

TEST(NormalizeTest, Idempotent) {
  const std::string cases[] = {
      "a U.S.envoy met them today,kovac said.The end",
      "\xE2\x80\x9CQuote\xE2\x80\x9D \xE2\x80\x94 caf\xC3\xA9 \xEF\xAC\x81",
  };
  for (const std::string& in : cases) {
    const std::string once = Normalize(in, nullptr).text;
    EXPECT_EQ(Normalize(once, nullptr).text, once) << in;
  }
}

}  // namespace
}  // namespace claimcheck
