// AnalyzeStance: stance, attribution and hedges of a claim in its sentence.
#include "core/stance.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimcheck {
namespace {

struct StanceCase {
  const char* sentence;
  const char* claim;  // the claim's text; its first occurrence is the range
  Stance stance;
  const char* attribution;
  const char* hedge;
};

const StanceCase kCases[] = {
    {"The storm killed 40 people, officials said.", "killed 40 people",
     Stance::kAsserted, "officials", ""},
    {"According to the Red Cross, about 300 families lost their homes.",
     "300 families", Stance::kAsserted, "the Red Cross", "about"},
    {"The regional governor said at least 18 villages were flooded.",
     "18 villages", Stance::kAsserted, "The regional governor", "at least"},
    {"Nearly 2,000 workers joined the strike, the union told reporters.",
     "2,000 workers", Stance::kAsserted, "the union", "nearly"},
    {"The Interior Ministry claimed it had arrested 75 smugglers.",
     "arrested 75 smugglers", Stance::kAsserted, "The Interior Ministry", ""},
    {"\"We have signed the deal,\" said the league's chief executive.",
     "signed the deal", Stance::kAsserted, "the league's chief executive", ""},
    {"The merger is 80% complete, Reuters reported.", "80% complete",
     Stance::kAsserted, "Reuters", ""},
    {"Citing two people familiar with the talks, the paper said the pact was "
     "finalized.",
     "pact was finalized", Stance::kAsserted, "the paper", ""},
    {"The club denied that the transfer had been agreed.",
     "transfer had been agreed", Stance::kDenied, "The club", ""},
    {"Officials dismissed reports that 200 soldiers were captured.",
     "200 soldiers were captured", Stance::kDenied, "", ""},
    {"The claim that the treaty was signed is not true.", "treaty was signed",
     Stance::kDenied, "", ""},
    {"The government said no such agreement exists.", "agreement exists",
     Stance::kDenied, "The government", ""},
    {"An earlier version of this article incorrectly reported that 52 people "
     "died.",
     "52 people died", Stance::kRetracted, "", ""},
    {"The agency corrected its toll to 31 dead.", "31 dead",
     Stance::kRetracted, "", ""},
    {"The ceasefire could be signed next week.", "ceasefire could be signed",
     Stance::kHypothetical, "", ""},
    {"If ratified, the accord would cut tariffs by half.", "accord",
     Stance::kHypothetical, "", ""},
    {"The company hopes to close the $2 billion acquisition.",
     "$2 billion acquisition", Stance::kHypothetical, "", ""},
    {"Up to 60 people may have been trapped, rescuers warned.",
     "60 people may have been trapped", Stance::kHypothetical, "rescuers",
     "up to"},
    {"Governor Ana Lind said the bank would wait for the wage talks.",
     "Governor Ana Lind", Stance::kAsserted, "Governor Ana Lind", ""},
    {"Investigators would examine the jet that landed in Recife on Thursday.",
     "landed in Recife on Thursday", Stance::kAsserted, "", ""},
    {"The jet could have landed in Recife on Thursday.",
     "landed in Recife on Thursday", Stance::kHypothetical, "", ""},
    {"Ana Lind spoke at a news conference in Oran that the state would help.",
     "news conference in Oran", Stance::kAsserted, "", ""},
    {"Ana Lind could become governor next year.", "Ana Lind",
     Stance::kHypothetical, "", ""},
    {"The merger is expected to close in May.", "merger",
     Stance::kAsserted, "", ""},
    {"The vote is scheduled for May 4 and about 12 parties are running.",
     "12 parties", Stance::kAsserted, "", "about"},
    {"The deal was signed on Monday, but the parliament might reject it.",
     "deal was signed", Stance::kAsserted, "", ""},
    {"More than 500 homes were destroyed, marking what could become the "
     "worst season on record.",
     "500 homes were destroyed", Stance::kAsserted, "", "more than"},
    {"Roughly 90% of the text is settled, according to EU diplomats.",
     "90% of the text is settled", Stance::kAsserted, "EU diplomats",
     "roughly"},
    {"The minister announced that 1,500 new teachers were hired.",
     "1,500 new teachers", Stance::kAsserted, "The minister", ""},
    {"Approximately 4,000 fans attended, the organizers estimated.",
     "4,000 fans", Stance::kAsserted, "the organizers", "approximately"},
};

TEST(StanceTest, Table) {
  for (const StanceCase& c : kCases) {
    SCOPED_TRACE(c.sentence);
    std::string s = c.sentence;
    size_t b = s.find(c.claim);
    ASSERT_NE(b, std::string::npos);
    StanceInfo info = AnalyzeStance(s, b, b + std::string(c.claim).size());
    EXPECT_EQ(info.stance, c.stance) << StanceName(info.stance);
    EXPECT_EQ(info.attribution, c.attribution);
    EXPECT_EQ(info.hedge, c.hedge);
  }
}

// StanceHints only skip patterns that cannot match: the same results with
// them, for every case and for windows cut inside words.
TEST(StanceTest, HintsDoNotChangeResults) {
  const Lexicons& lex = Lexicons::Default();
  std::vector<std::string> sentences;
  for (const StanceCase& c : kCases) sentences.push_back(c.sentence);
  sentences.push_back("No cue here at all: 12 people.");
  sentences.push_back("The deal, which could be signed; but officials saidx 40.");
  for (const std::string& s : sentences) {
    StanceHints hints = StanceHintsFor(s, lex);
    for (size_t b = 0; b <= s.size(); b += 3) {
      for (size_t e = b; e <= s.size(); e += 7) {
        StanceInfo plain = AnalyzeStance(s, b, e, lex);
        StanceInfo hinted = AnalyzeStance(s, b, e, lex, hints);
        EXPECT_EQ(plain.stance, hinted.stance) << s << " " << b << " " << e;
        EXPECT_EQ(plain.attribution, hinted.attribution) << s << " " << b << " " << e;
        EXPECT_EQ(plain.hedge, hinted.hedge) << s << " " << b << " " << e;
      }
    }
  }
}

TEST(StanceTest, OutOfRangeIsClamped) {
  StanceInfo info = AnalyzeStance("Officials said 12 died.", 100, 200);
  EXPECT_EQ(info.stance, Stance::kAsserted);
  info = AnalyzeStance("", 0, 0);
  EXPECT_EQ(info.attribution, "");
}

TEST(StanceTest, HugeSentenceStaysBounded) {
  std::string s;
  for (int i = 0; i < 100000; ++i) s += "President said could ";
  s += "12 people died";
  StanceInfo info = AnalyzeStance(s, s.size() - 14, s.size());
  EXPECT_EQ(info.stance, Stance::kHypothetical);
}

}  // namespace
}  // namespace claimcheck
