// ExtractQuantities: counts with what they count.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "core/extract.h"
#include "core/pipeline.h"
#include "tests/test_util.h"

namespace claimcheck {
namespace {

std::vector<Claim> ClaimsOf(const std::string& text, ClaimType type) {
  return testing_util::ClaimsOfType(text, type);
}

struct QuantityCase {
  const char* text;
  const char* value;    // digits; nullptr: no quantity claim in the text
  const char* subject;  // subject key
  const char* unit;
  const char* modifier;
};

const QuantityCase kCases[] = {
    // A state adjective after a copula says what happened.
    // The event written as a noun before "of".
    {"The blast forced the evacuation of at least 900 residents.", "900", "person evacuate",
     "person", "at least"},
    {"Strikers caused the cancellation of 412 flights on Monday.", "412", "flight cancel",
     "flight", ""},
    // The count of a closed period names the period in its key.
    {"The walkout cancelled 318 flights on its first day, the airline said.", "318",
     "flight cancel first day", "flight", ""},
    {"On the opening night alone, 640 trains were cancelled.", "640",
     "train cancel first night", "train", ""},
    {"During the second week, 75 ferries were cancelled by the strike.", "75",
     "ferry cancel second week", "ferry", ""},
    // An ordinal that is no period, or a period of another clause.
    {"Over the first stage of the strike 318 flights were cancelled.", "318",
     "flight cancel", "flight", ""},
    {"The first day saw heavy rain; 318 flights were cancelled.", "318", "flight cancel",
     "flight", ""},
    {"Nine miners are now confirmed dead, the company said.", "9", "miner kill", "miner", ""},
    {"Forty hikers were feared missing after the avalanche.", "40", "hiker missing", "hiker",
     ""},
    {"Six villagers remain unaccounted for after the landslide.", "6", "villager missing",
     "villager", ""},
    {"The army launched 153 drones overnight.", "153", "drone launch", "drone",
     ""},
    // People made to leave their homes, however it is written.
    {"Some 3,100 residents were under evacuation orders on Monday.", "3100",
     "person evacuate", "person", "some"},
    {"The flood forced about 900 people to leave their homes.", "900", "person evacuate",
     "person", "about"},
    {"Nearly 450 families were ordered to evacuate.", "450", "family evacuate", "family",
     "nearly"},
    {"Officials said 900 people were under curfew.", "900", "person", "person", ""},
    {"The storm forced 900 people to leave the stadium.", "900", "person", "person", ""},
    // Votes cast: after the noun, after a named body, as the agent of "backed by".
    {"Six lawmakers voted for the motion.", "6", "lawmaker vote", "lawmaker", ""},
    {"Three lawmakers voted against the motion.", "3", "lawmaker oppose", "lawmaker", ""},
    {"Two senators opposed the bill.", "2", "senator oppose", "senator", ""},
    {"Nine members of the Security Council voted for the resolution.", "9", "member vote",
     "member", ""},
    {"The motion was backed by 212 deputies.", "212", "deputy vote", "deputy", ""},
    {"Four deputies backed the motion.", "4", "deputy vote", "deputy", ""},
    {"Five miners back at work said the shaft was safe.", "5", "miner", "miner", ""},
    {"A tornado killed at least 12 people in the county.", "12", "person kill",
     "person", "at least"},
    {"The flooding has left 1,124 people killed across the delta.", "1124",
     "person kill", "person", ""},
    {"At least 12 dead were recovered from the rubble.", "12", "person kill",
     "person", "at least"},
    {"Air defences shot down more than 140 missiles.", "140",
     "missile shoot down", "missile", "more than"},
    {"The garrison numbers some 800,000 troops.", "800000", "troop", "troop",
     "some"},
    {"The donors created a $30 billion fund for the region.", "30000000000",
     "usd fund", "usd", ""},
    {"The insurer put losses at €5bn.", "5000000000", "eur", "eur", ""},
    {"Police detained two dozen protesters near the stadium.", "24",
     "protester arrest", "protester", ""},
    {"Rescuers evacuated 1.2 million residents before the storm hit.",
     "1200000", "person evacuate", "person", ""},
    {"The landslide buried three people in their homes.", "3", "person",
     "person", ""},
    {"The quake destroyed a dozen schools in the valley.", "12",
     "school destroy", "school", ""},
    {"Nearly 300 passengers were rescued from the ferry.", "300",
     "passenger rescue", "passenger", "nearly"},
    {"The clinic reported up to 40 injured after the blast.", "40",
     "person injure", "person", "up to"},
    {"The buyer offered $48 a share for the brewer.", "48", "usd per share",
     "usd", ""},
    {"The storm damaged about 2,600 homes in the province.", "2600",
     "home damage", "home", "about"},
    {"The carrier will cut 600 jobs at its plant in Leeds.", "600", "job cut", "job",
     ""},
    {"The centre-left party won 78 seats in the assembly.", "78", "seat",
     "seat", ""},
    // Not counts.
    {"The 45-year-old coach was appointed in 2021.", nullptr, nullptr,
     nullptr, nullptr},
    {"Leaders endorsed the 20-point plan on Jan. 7, 2026.", nullptr, nullptr,
     nullptr, nullptr},
    {"They invoked Article 5 before Game 7 began.", nullptr, nullptr, nullptr,
     nullptr},
    {"Support for the bill rose to 45% in March.", nullptr, nullptr, nullptr,
     nullptr},
    {"Call 555-0142 before 10 a.m. for tickets.", nullptr, nullptr, nullptr,
     nullptr},
    {"She finished 3rd in the 2019 championship.", nullptr, nullptr, nullptr,
     nullptr},
    {"One of the officials said the two leaders would meet again.", nullptr,
     nullptr, nullptr, nullptr},
    {"The summit lasted three days and the war entered its fourth year.",
     nullptr, nullptr, nullptr, nullptr},
    {"The team won 3-1 at home.", nullptr, nullptr, nullptr, nullptr},
    {"1. Background of the talks", nullptr, nullptr, nullptr, nullptr},
    {"Flight 370 vanished over the ocean.", nullptr, nullptr, nullptr,
     nullptr},
    // Partitive counts: the part counts, with the noun after the whole.
    {"Eight of the 11 members signed the charter.", "8", "member", "member", ""},
    {"Police said three of the five victims were killed instantly.", "3",
     "victim kill", "victim", ""},
    {"Four of its nine hostages were freed on Friday.", "4", "hostage release",
     "hostage", ""},
    {"Twelve of the union's 40 branches voted to strike.", "12", "branch vote",
     "branch", ""},
    {"The ministry said 45 of 60 schools were damaged.", "45", "school damage",
     "school", ""},
    // "member states" count members.
    {"Envoys from 27 member states attended.", "27", "member", "member", ""},
    // Not partitive: no whole number after "of".
    {"Two of them were later released.", nullptr, nullptr, nullptr, nullptr},
    {"Three of the soldiers were wounded.", nullptr, nullptr, nullptr, nullptr},
    // The event after a locative: "people on board were rescued".
    {"Rescuers said 167 of the 212 people on board had been rescued.", "167",
     "person rescue", "person", ""},
};

// "others" continue the previous count's kind; a bare count after a copula
// borrows it too.
TEST(QuantityTest, OthersAndBareCountsTakeThePreviousUnit) {
  std::vector<Claim> claims =
      ClaimsOf("Eleven workers died and 23 others were injured; 4 were missing.",
               ClaimType::kQuantity);
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[0].subject.value, "worker kill");
  EXPECT_EQ(claims[1].value.value, "23");
  EXPECT_EQ(claims[1].subject.value, "worker injure");
  EXPECT_EQ(claims[2].value.value, "4");
  EXPECT_EQ(claims[2].subject.value, "worker missing");
}

// The agent of "by" is counted as a voter only: "killed by 3 gunmen" does
// not count gunmen killed.
TEST(QuantityTest, OnlyVotersAreCountedAfterBy) {
  std::vector<Claim> claims =
      ClaimsOf("Two people were killed by 3 gunmen.", ClaimType::kQuantity);
  for (const Claim& c : claims) {
    if (c.value.value == "3") {
      EXPECT_EQ(c.subject.value.find("kill"), std::string::npos);
    }
  }
}

TEST(QuantityTest, Table) {
  for (const QuantityCase& c : kCases) {
    SCOPED_TRACE(c.text);
    std::vector<Claim> claims = ClaimsOf(c.text, ClaimType::kQuantity);
    if (c.value == nullptr) {
      for (const Claim& got : claims) {
        ADD_FAILURE() << "unexpected quantity " << got.value.value << " '"
                      << got.subject.value << "'";
      }
      continue;
    }
    ASSERT_EQ(claims.size(), 1u);
    const Claim& got = claims[0];
    EXPECT_EQ(got.value.value, c.value);
    EXPECT_EQ(got.subject.value, c.subject);
    EXPECT_EQ(got.unit, c.unit);
    EXPECT_EQ(got.modifier_word, c.modifier);
    EXPECT_DOUBLE_EQ(got.number, std::stod(c.value));
  }
}

// Several counts in one sentence: elliptical counts take the unit of the
// count before them and keep their own verb or place.
TEST(QuantityTest, EllipticalCountsInOneSentence) {
  std::vector<Claim> claims = ClaimsOf(
      "The navy said the rebels fired 60 rockets, with 52 intercepted and 8 "
      "striking the port.",
      ClaimType::kQuantity);
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[0].value.value, "60");
  EXPECT_EQ(claims[0].subject.value, "rocket launch");
  EXPECT_EQ(claims[1].value.value, "52");
  EXPECT_EQ(claims[1].subject.value, "rocket intercept");
  EXPECT_EQ(claims[2].value.value, "8");
  EXPECT_EQ(claims[2].subject.value, "rocket strike");
  for (const Claim& c : claims) EXPECT_EQ(c.attribution, "The navy");

  claims = ClaimsOf(
      "Border guards downed 40 balloons, including 12 over Riverton.",
      ClaimType::kQuantity);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].subject.value, "balloon shoot down");
  EXPECT_EQ(claims[1].value.value, "12");
  EXPECT_EQ(claims[1].subject.value, "balloon shoot down over riverton");
}

TEST(QuantityTest, PartOfWholeCountsThePart) {
  std::vector<Claim> claims = ClaimsOf(
      "The alliance took 87 of the 151 seats.", ClaimType::kQuantity);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].value.value, "87");
  EXPECT_EQ(claims[0].subject.value, "seat");
}

// "Eight of the 11 signed": the whole refers back to a count of an earlier
// sentence and lends its unit to the part.
TEST(QuantityTest, PartitiveWholeRefersBack) {
  std::vector<Claim> claims = ClaimsOf(
      "Delegates came from all 11 member states. Eight of the 11 signed the "
      "protocol on the spot.",
      ClaimType::kQuantity);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].value.value, "11");
  EXPECT_EQ(claims[1].value.value, "8");
  EXPECT_EQ(claims[1].subject.value, "member");
  // No earlier count of 11: the part has no unit and is not a claim.
  claims = ClaimsOf("Eight of the 11 signed the protocol on the spot.",
                    ClaimType::kQuantity);
  EXPECT_TRUE(claims.empty());
}

TEST(QuantityTest, DeathTollWithoutNoun) {
  std::vector<Claim> claims = ClaimsOf(
      "The death toll from the cyclone has risen to 57, the agency said.",
      ClaimType::kQuantity);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].subject.value, "person kill");
  EXPECT_EQ(claims[0].attribution, "the agency");
  // The toll a dozen words before the figure.
  claims = ClaimsOf(
      "The death toll from Sunday's flash floods in the country's northern "
      "mountain provinces has risen to 44, officials said.",
      ClaimType::kQuantity);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].value.value, "44");
  EXPECT_EQ(claims[0].subject.value, "person kill");
}

// A possessive time before a count names the event the count comes from
// ("Sunday's floods have killed 13"); the count is as of the report.
TEST(QuantityTest, PossessiveTimeDoesNotDateTheCount) {
  std::vector<Claim> claims = testing_util::ClaimsOfType(
      "Thursday's floods have killed 13 people in the valley.", ClaimType::kQuantity,
      "2025-02-16");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_FALSE(claims[0].when.has_value());
  claims = testing_util::ClaimsOfType("The floods killed 13 people on Thursday.",
                                      ClaimType::kQuantity, "2025-02-16");
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].when.has_value());
  EXPECT_EQ(claims[0].when->ToString(), "2025-02-13");
}

TEST(QuantityTest, HostileInputStaysLinear) {
  std::string digits(1000000, '7');
  std::string titles;
  for (int i = 0; i < 100000; ++i) titles += "President ";
  auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(ClaimsOf(digits, ClaimType::kQuantity).empty());
  EXPECT_TRUE(ClaimsOf(titles, ClaimType::kQuantity).empty());
  std::string many;
  for (int i = 0; i < 20000; ++i) many += "12 drones, ";
  // A sentence cut at the segmenter's length limit may lose a count.
  EXPECT_GT(ClaimsOf(many, ClaimType::kQuantity).size(), 19000u);
  auto seconds = std::chrono::duration<double>(
                     std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 30.0);
}

}  // namespace
}  // namespace claimcheck
