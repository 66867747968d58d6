// Value claims found in the seed articles (shared/seeds), checked against the
// text by hand. Skipped when the seeds are not there.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/extract.h"
#include "core/pipeline.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

// The claims of the seed whose file name starts with `prefix`.
bool SeedClaims(const std::string& prefix, std::vector<Claim>* claims) {
  fs::path dir(CLAIMCHECK_SEEDS_DIR);
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return false;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0 || entry.path().extension() != ".txt") {
      continue;
    }
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    static const TimeTagger* tagger = new TimeTagger;
    Document doc;
    doc.id = name;
    doc.original = ss.str();
    std::vector<TimeExpr> times;
    std::vector<InputError> errors;
    PrepareDocument(&doc, *tagger, SegmentOptions{}, &times, &errors);
    ExtractContext ctx{doc, 0, times, Lexicons::Default()};
    *claims = ExtractClaims(ctx);
    return true;
  }
  return false;
}

struct Expect {
  const char* seed;
  ClaimType type;
  const char* subject;  // subject key
  const char* value;    // normalized value
  const char* text;     // value as written
  const char* hedge;    // nullptr: not checked
};

const Expect kExpected[] = {
    // 000: "a bilateral security guarantee agreement ... is “essentially
    // ready” for finalization", "... is nearing completion".
    {"000_", ClaimType::kStatus, "security guarantee agreement",
     "under negotiation", "essentially ready", nullptr},
    {"000_", ClaimType::kStatus, "security guarantee agreement",
     "under negotiation", "nearing completion", nullptr},
    // 001: "a full agreement on bilateral security guarantees", "a
    // comprehensive 20-point peace proposal is now 90% complete", "security
    // guarantees are fully aligned".
    {"001_", ClaimType::kStatus, "security guarantees", "finalized",
     "full agreement", nullptr},
    {"001_", ClaimType::kProgress, "peace proposal", "90%", "90%", ""},
    {"001_", ClaimType::kProgress, "security guarantees", "100%", "fully",
     nullptr},
    // 002: "an agreement to end Russia's war deemed “90% ready.”", "a $30
    // billion “Future Ukraine Fund”".
    {"002_", ClaimType::kProgress, "agreement to end war", "90%", "90%", ""},
    {"002_", ClaimType::kQuantity, "usd fund", "30000000000", "$30 billion",
     ""},
    // 003: "Russia launched 153 drones overnight into Monday, with 133
    // intercepted", "approximately 800,000 troops", "roughly 90% of the
    // American-authored peace plan has been agreed upon", "has agreed in
    // principle to provide security guarantees", "shot down over 140
    // Ukrainian drones, including 18 over Moscow".
    {"003_", ClaimType::kQuantity, "drone launch", "153", "153", ""},
    {"003_", ClaimType::kQuantity, "drone intercept", "133", "133", ""},
    {"003_", ClaimType::kQuantity, "troop", "800000", "800,000",
     "approximately"},
    {"003_", ClaimType::kQuantity, "drone shoot down", "140", "140", "over"},
    {"003_", ClaimType::kProgress, "peace plan", "90%", "90%", "roughly"},
    {"003_", ClaimType::kStatus, "security guarantees", "agreed in principle",
     "agreed in principle", nullptr},
    // 004: "the negotiations were “about 90% ready,”", "the specifics of these
    // guarantees remain under negotiation".
    {"004_", ClaimType::kProgress, "negotiations", "90%", "90%", "about"},
    {"004_", ClaimType::kStatus, "guarantees", "under negotiation",
     "remain under negotiation", nullptr},
};

TEST(ValuesSeedsTest, ExpectedClaims) {
  std::vector<Claim> probe;
  if (!SeedClaims("000_", &probe)) {
    GTEST_SKIP() << "no seeds directory";
  }
  for (const Expect& e : kExpected) {
    SCOPED_TRACE(std::string(e.seed) + " " + e.subject + " " + e.value);
    std::vector<Claim> claims;
    ASSERT_TRUE(SeedClaims(e.seed, &claims));
    const Claim* found = nullptr;
    for (const Claim& c : claims) {
      if (c.type == e.type && c.subject.value == e.subject &&
          c.value.value == e.value && c.value.text == e.text) {
        found = &c;
        break;
      }
    }
    ASSERT_NE(found, nullptr);
    if (e.hedge != nullptr) {
      EXPECT_EQ(found->hedge, e.hedge);
    }
  }
}

// Attribution and stance where the seeds state them.
TEST(ValuesSeedsTest, AttributionAndStance) {
  std::vector<Claim> claims;
  if (!SeedClaims("003_", &claims)) {
    GTEST_SKIP() << "no seeds directory";
  }
  int checked = 0;
  for (const Claim& c : claims) {
    if (c.type == ClaimType::kQuantity && c.value.value == "153") {
      EXPECT_EQ(c.attribution, "Ukraine's Air Force");
      EXPECT_EQ(c.stance, Stance::kAsserted);
      ++checked;
    }
    if (c.type == ClaimType::kQuantity && c.value.value == "140") {
      EXPECT_EQ(c.attribution, "the Defense Ministry");
      ++checked;
    }
    if (c.type == ClaimType::kProgress) {
      EXPECT_EQ(c.attribution, "U.S. officials");
      ++checked;
    }
  }
  EXPECT_EQ(checked, 3);

  // 000: "This agreement, if finalized, could ..." is hypothetical.
  ASSERT_TRUE(SeedClaims("000_", &claims));
  bool hypothetical = false;
  for (const Claim& c : claims) {
    if (c.type == ClaimType::kStatus && c.status == DealStatus::kFinalized) {
      EXPECT_EQ(c.stance, Stance::kHypothetical);
      hypothetical = true;
    }
  }
  EXPECT_TRUE(hypothetical);
}

// No dates, years or list numbers become counts in the seeds.
TEST(ValuesSeedsTest, NoSpuriousCounts) {
  for (const char* seed : {"000_", "001_", "002_", "003_", "004_"}) {
    std::vector<Claim> claims;
    if (!SeedClaims(seed, &claims)) {
      GTEST_SKIP() << "no seeds directory";
    }
    for (const Claim& c : claims) {
      if (c.type != ClaimType::kQuantity) continue;
      EXPECT_FALSE(c.number >= 1900 && c.number <= 2100 && c.unit != "usd")
          << seed << ": " << c.value.text << " " << c.subject.value;
      EXPECT_NE(c.unit, "") << seed << ": " << c.value.text;
    }
  }
}

}  // namespace
}  // namespace claimcheck
