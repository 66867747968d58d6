// ExtractProgress: percent-complete of a plan, deal or document.
#include <gtest/gtest.h>

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

struct ProgressCase {
  const char* text;
  const char* subject;  // canonical subject key; nullptr: no progress claim
  const char* value;    // normalized, "90%"
  const char* value_text;
  const char* hedge;
};

const ProgressCase kCases[] = {
    {"The draft trade deal is now 80% complete, negotiators in Geneva said.",
     "trade deal", "80%", "80%", ""},
    {"Officials said the climate treaty was 90 percent ready for signature.",
     "climate treaty", "90%", "90 percent", ""},
    {"About 90% of the peace plan has been agreed, the mediators said.",
     "peace plan", "90%", "90%", "about"},
    {"The merger agreement is nine-tenths done, according to one banker.",
     "merger agreement", "90%", "nine-tenths", ""},
    {"Three-quarters of the text is agreed, a diplomat told reporters.",
     "text", "75%", "Three-quarters", ""},
    {"The two governments said the security guarantees are fully aligned.",
     "security guarantees", "100%", "fully", ""},
    {"The stadium project is halfway done after two years of delays.",
     "stadium project", "50%", "halfway", ""},
    {"Negotiators are halfway through the fisheries agreement.",
     "fisheries agreement", "50%", "halfway", ""},
    {"Roughly 70 per cent of the budget framework has been finalized.",
     "budget framework", "70%", "70 per cent", "roughly"},
    {"The union said the new labour contract was nearly 95% drafted.",
     "labour contract", "95%", "95%", "nearly"},
    {"An agreement to end the strike is 85% ready, the mediator said.",
     "agreement to end strike", "85%", "85%", ""},
    {"More than 60% of the provisions have been settled so far.",
     "provisions", "60%", "60%", "more than"},
    {"Talks on the customs union were described as 75% complete.",
     "customs union", "75%", "75%", ""},
    {"The broader transit framework is completely settled, officials said.",
     "transit framework", "100%", "completely", ""},
    {"The comprehensive 12-point reform plan is now 40% implemented.",
     "reform plan", "40%", "40%", ""},
    // The subject before an appositive: "The X, <appositive>, is 45% ...".
    {"The river tunnel, a joint venture of two cities, is 45 percent complete.",
     "river tunnel", "45%", "45 percent", ""},
    // An adjective completion word stays one before "on" (a time).
    {"The new terminal was about 70% complete on Friday, the airport said.",
     "terminal", "70%", "70%", "about"},
    // "of" + a definite singular noun phrase of work, then an auxiliary.
    {"Nearly 80% of the restoration work has been finished, the museum said.",
     "restoration work", "80%", "80%", "nearly"},
    // A container noun names the deal it holds.
    {"About 85 percent of the text of the fisheries treaty has been agreed.",
     "fisheries treaty", "85%", "85 percent", "about"},
    // "the agreement" after "border talks" in the same sentence.
    {"Envoys wrapped up a week of border talks, saying the agreement was 60% agreed.",
     "border agreement", "60%", "60%", ""},
    // A verb of speech stays out of the key.
    {"She said route planning was already 30 percent complete.", "route planning",
     "30%", "30 percent", ""},
    // A distance covered of a distance needed.
    {"The bore has reached a depth of about 150 meters of the 600 needed.", "bore",
     "25%", "150 meters of the 600", "about"},
    {"Crews have laid 12 km of the 20 km pipeline so far.", "pipeline", "60%",
     "12 km of the 20 km", ""},
    // A fire's containment, whatever the fire is called.
    {"The brush fire on the ridge was 30 percent contained by Sunday night.",
     "containment", "30%", "30 percent", ""},
    {"Crews pushed containment to about 65% overnight, the forest service said.",
     "containment", "65%", "65%", "about"},
    {"The blaze stood at 20% containment early on Monday.", "containment", "20%",
     "20%", ""},
    {"Containment: 85%", "containment", "85%", "85%", ""},
    // "through" before a time is a preposition.
    {"Humidity should stay below 15 percent through Friday.", nullptr, nullptr, nullptr,
     nullptr},
    {"The upgrade is now 80% through, the operator said.", "upgrade", "80%", "80%", ""},
    // Not containment figures.
    {"Containment costs rose 12% last year.", nullptr, nullptr, nullptr, nullptr},
    {"The report contained 45% more data than the last one.", nullptr, nullptr, nullptr,
     nullptr},
    {"Containment reached 40% of the eastern flank.", nullptr, nullptr, nullptr,
     nullptr},
    // Not progress: polls, growth, turnout, tariffs, changes, shares.
    {"In the latest poll, 45% of voters agreed with the government.", nullptr,
     nullptr, nullptr, nullptr},
    {"Inflation reached 3.5% in the third quarter.", nullptr, nullptr, nullptr,
     nullptr},
    {"Turnout of 62% was the highest in two decades.", nullptr, nullptr,
     nullptr, nullptr},
    {"Washington imposed a 20% tariff on imported steel.", nullptr, nullptr,
     nullptr, nullptr},
    {"Shares of the carmaker were down 5% after the merger plan was unveiled.",
     nullptr, nullptr, nullptr, nullptr},
    {"The club owns 30% of the stadium company.", nullptr, nullptr, nullptr,
     nullptr},
    {"The two sides fully agreed that the talks should resume.", nullptr,
     nullptr, nullptr, nullptr},
    {"Unemployment fell by half in the region over ten years.", nullptr,
     nullptr, nullptr, nullptr},
    {"The deal gives the buyer a 51 percent stake.", nullptr, nullptr, nullptr,
     nullptr},
    {"Some 45 percent of respondents said the plan was ready.", nullptr,
     nullptr, nullptr, nullptr},
    // The object of a preposition is not the subject of the copula.
    {"A relief well drilled toward the crew trapped at the old quarry was about "
     "70% complete.",
     nullptr, nullptr, nullptr, nullptr},
    {"Construction of the harbour bridge is 55% complete.", "harbour bridge", "55%", "55%",
     ""},
    // A distance with no progress verb, or a plural after "of".
    {"The fire burned 300 meters of the 2,000 meters of trail.", nullptr, nullptr,
     nullptr, nullptr},
    {"Divers searched 40 meters of the 90 meters of hull.", nullptr, nullptr, nullptr,
     nullptr},
    {"About 60% of the workers had already been paid.", nullptr, nullptr, nullptr,
     nullptr},
    {"Some 40% of the population was vaccinated.", nullptr, nullptr, nullptr,
     nullptr},
    // A bare "the agreement" with nothing qualified before it stays bare;
    // "the agreement was 75% agreed" with "a week of talks" is not qualified.
    {"After a week of talks the agreement was 75% agreed.", "agreement", "75%",
     "75%", ""},
    // A prepositional phrase between the deal noun and its completion word.
    {"Roughly 65% of the fishing pact for the northern coast has been agreed.",
     "fishing pact", "65%", "65%", "roughly"},
    {"About 65% of the fishing pact for the northern coast, officials said, was "
     "agreed.",
     nullptr, nullptr, nullptr, nullptr},
    // Recovery as a share of what was taken down; a plural object is fine.
    {"By Friday crews had restored nearly 45% of the region's substations.",
     "substations restoration", "45%", "45%", "nearly"},
    {"Some 70 percent of its bank branches have been reopened since the storm.",
     "bank branches restoration", "70%", "70 percent", "some"},
    // No restoring verb, or one that governs something else.
    {"About 30% of the substations were flooded on Monday.", nullptr, nullptr, nullptr,
     nullptr},
    {"The utility restored power after 20% of its customers complained.", nullptr, nullptr,
     nullptr, nullptr},
};

TEST(ProgressTest, Table) {
  for (const ProgressCase& c : kCases) {
    SCOPED_TRACE(c.text);
    std::vector<Claim> claims = ClaimsOf(c.text, ClaimType::kProgress);
    if (c.subject == nullptr) {
      for (const Claim& got : claims) {
        ADD_FAILURE() << "unexpected progress " << got.value.value << " for '"
                      << got.subject.value << "'";
      }
      continue;
    }
    ASSERT_EQ(claims.size(), 1u);
    const Claim& got = claims[0];
    EXPECT_EQ(got.subject.value, c.subject);
    EXPECT_EQ(got.value.value, c.value);
    EXPECT_EQ(got.value.text, c.value_text);
    EXPECT_EQ(got.hedge, c.hedge);
    EXPECT_EQ(got.unit, "%");
    EXPECT_DOUBLE_EQ(got.number, std::stod(c.value));
    EXPECT_GT(got.confidence, 0.0);
    EXPECT_LE(got.confidence, 1.0);
    EXPECT_FALSE(got.span.empty());
  }
}

// A bare "the text" is the text of the deal the previous sentences named.
TEST(ProgressTest, BareTextTakesTheDealOfThePreviousSentence) {
  std::vector<Claim> claims = ClaimsOf(
      "The customs pact was never certain. By Friday the text was about 85% agreed.",
      ClaimType::kProgress);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].subject.value, "customs pact");
  // With no deal named before it, it stays "text".
  claims = ClaimsOf("Talks dragged on. The mood was tense. By Friday the text was about "
                    "85% agreed.",
                    ClaimType::kProgress);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].subject.value, "text");
  // "a text" is not the deal's text.
  claims = ClaimsOf("The customs pact was never certain. By Friday a text was about 85% "
                    "agreed.",
                    ClaimType::kProgress);
  for (const Claim& c : claims) EXPECT_NE(c.subject.value, "customs pact");
}

// Every span points at the text it claims to.
TEST(ProgressTest, MentionsMatchText) {
  const std::string text =
      "Mediators said on Friday that the ceasefire text is 85% agreed.";
  std::vector<Claim> claims = ClaimsOf(text, ClaimType::kProgress);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(text.substr(claims[0].value.span.begin, claims[0].value.span.size()),
            "85%");
  EXPECT_EQ(claims[0].subject.text, "ceasefire text");
  EXPECT_EQ(claims[0].attribution, "Mediators");
}

// A progress figure in a sentence framed in the past is as of then ("A year
// ago the bridge was half finished"), a figure "on Friday" as of that day.
TEST(ProgressTest, DatedFromItsSentence) {
  std::vector<Claim> claims = testing_util::ClaimsOfType(
      "A year ago the bridge was about half finished.", ClaimType::kProgress,
      "2025-09-12");
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].when.has_value());
  EXPECT_EQ(claims[0].when->ToString().substr(0, 4), "2024");
  claims = testing_util::ClaimsOfType("The new terminal was 70% complete on Friday.",
                                      ClaimType::kProgress, "2025-09-14");
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].when.has_value());
  EXPECT_EQ(claims[0].when->ToString(), "2025-09-12");
}

// A time in a "which"/"where" clause the figure is not part of dates that
// clause's event ("which broke out on Sunday"), not the figure; a "who"
// clause of the speaker still dates what they said.
TEST(ProgressTest, RelativeClauseTimeDatesItsOwnEvent) {
  std::vector<Claim> claims = testing_util::ClaimsOfType(
      "The grass fire, which broke out on Sunday near the dam, was 30% contained.",
      ClaimType::kProgress, "2025-09-17");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_FALSE(claims[0].when.has_value()) << claims[0].when->ToString();
  claims = testing_util::ClaimsOfType(
      "Officials, who spoke on Sunday, said the grass fire was 30% contained.",
      ClaimType::kProgress, "2025-09-17");
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].when.has_value());
  EXPECT_EQ(claims[0].when->ToString(), "2025-09-14");
  claims = testing_util::ClaimsOfType("The grass fire was 30% contained on Sunday.",
                                      ClaimType::kProgress, "2025-09-17");
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].when.has_value());
  EXPECT_EQ(claims[0].when->ToString(), "2025-09-14");
}

TEST(ProgressTest, HostileInputStaysBounded) {
  std::string text(200000, '9');
  text += "% complete. ";
  for (int i = 0; i < 20000; ++i) text += "plan 50% ";
  std::vector<Claim> claims = ClaimsOf(text, ClaimType::kProgress);
  EXPECT_TRUE(claims.empty());
}

}  // namespace
}  // namespace claimcheck
