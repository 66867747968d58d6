// ExtractStatuses: the status of a deal or document on DESIGN.md's scale.
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

struct StatusCase {
  const char* text;
  const char* subject;  // subject key; nullptr: no status claim
  DealStatus status;
  const char* words;    // the status words as written
  Stance stance;
};

const StatusCase kCases[] = {
    {"The two countries reached full agreement on the fisheries treaty.",
     "fisheries treaty", DealStatus::kFinalized, "full agreement",
     Stance::kAsserted},
    {"The steel tariff deal was finalized on Monday.", "steel tariff deal",
     DealStatus::kFinalized, "finalized", Stance::kAsserted},
    {"The ministers signed the water-sharing accord in Cairo.", "accord",
     DealStatus::kSigned, "signed", Stance::kAsserted},
    {"The striker inked a new contract with the club.", "contract",
     DealStatus::kSigned, "inked", Stance::kAsserted},
    {"The unions agreed in principle to the pension reform.", "pension reform",
     DealStatus::kAgreedInPrinciple, "agreed in principle", Stance::kAsserted},
    {"Negotiators said a framework agreement covering fishing rights was "
     "reached.",
     "framework agreement", DealStatus::kAgreedInPrinciple,
     "framework agreement",
     Stance::kAsserted},
    {"The airline merger is nearing completion, executives said.",
     "airline merger", DealStatus::kUnderNegotiation, "nearing completion",
     Stance::kAsserted},
    {"The grain export deal remains under negotiation in Ankara.",
     "grain export deal", DealStatus::kUnderNegotiation,
     "remains under negotiation", Stance::kAsserted},
    {"The coalition agreement is essentially ready for signature.",
     "coalition agreement", DealStatus::kUnderNegotiation,
     "essentially ready", Stance::kAsserted},
    {"The transfer deal is still being negotiated between the clubs.",
     "transfer deal", DealStatus::kUnderNegotiation,
     "still being negotiated", Stance::kAsserted},
    {"The ceasefire has not been signed.", "ceasefire",
     DealStatus::kUnderNegotiation, "signed", Stance::kAsserted},
    {"The trade pact is not yet finalized.", "trade pact",
     DealStatus::kUnderNegotiation, "not yet finalized", Stance::kAsserted},
    {"The mayor put forward a plan to rebuild the harbour.",
     "plan to rebuild harbour",
     DealStatus::kProposed, "put forward", Stance::kAsserted},
    {"Shareholders rejected the takeover bid on Thursday.", "takeover bid",
     DealStatus::kRejected, "rejected", Stance::kAsserted},
    {"The board turned down the merger proposal.", "merger proposal",
     DealStatus::kRejected, "turned down", Stance::kAsserted},
    {"The budget talks collapsed late on Friday.", "budget talks",
     DealStatus::kCollapsed, "collapsed", Stance::kAsserted},
    {"The broadcasting deal fell apart over the price.", "broadcasting deal",
     DealStatus::kCollapsed, "fell apart", Stance::kAsserted},
    {"The climate treaty could be signed next week.", "climate treaty",
     DealStatus::kSigned, "signed", Stance::kHypothetical},
    {"This agreement, if finalized, would end the dispute.", "agreement",
     DealStatus::kFinalized, "finalized", Stance::kHypothetical},
    // A completed stage after "before" or "pending" is not reached yet; a
    // failure after "before" is narration.
    {"Lawyers need weeks of review before the merger agreement is signed.",
     "merger agreement", DealStatus::kSigned, "signed", Stance::kHypothetical},
    {"Their first round of trade talks ran for a week before the talks collapsed.",
     "talks", DealStatus::kCollapsed, "collapsed", Stance::kAsserted},
    {"Officials said an understanding was reached on the border treaty.",
     "border treaty", DealStatus::kAgreedInPrinciple,
     "understanding was reached", Stance::kAsserted},
    // An infinitive states an intention, not the stage reached.
    {"The two firms expect to sign a definitive agreement next month.", "agreement",
     DealStatus::kSigned, "to sign", Stance::kHypothetical},
    {"The committee agreed to finalize the budget framework.", "budget framework",
     DealStatus::kFinalized, "to finalize", Stance::kHypothetical},
    // A container noun gives way to the deal it holds.
    {"The ministers finalized the text of the fisheries accord.", "fisheries accord",
     DealStatus::kFinalized, "finalized", Stance::kAsserted},
    {"Leaders finalized a document on border guarantees at the summit.",
     "border guarantees", DealStatus::kFinalized, "finalized", Stance::kAsserted},
    // A price before the noun is no count of deals.
    {"The board agreed in principle to a $48-a-share takeover.", "takeover",
     DealStatus::kAgreedInPrinciple, "agreed in principle", Stance::kAsserted},
    // Proposing talks is no stage of a deal.
    {"The union proposed new talks next week.", nullptr, DealStatus::kUnknown,
     nullptr, Stance::kAsserted},
    // Counted deals are not the status of one.
    {"The insurer completed three acquisitions last year.", nullptr,
     DealStatus::kUnknown, nullptr, Stance::kAsserted},
    {"The ministry signed 12 agreements with suppliers.", nullptr,
     DealStatus::kUnknown, nullptr, Stance::kAsserted},
    // No deal or document: no status.
    {"The club signed a new goalkeeper from Lyon.", nullptr,
     DealStatus::kUnknown, nullptr, Stance::kAsserted},
    {"Protesters rejected the mayor's claims about the budget.", nullptr,
     DealStatus::kUnknown, nullptr, Stance::kAsserted},
    {"The bridge collapsed during the storm.", nullptr, DealStatus::kUnknown,
     nullptr, Stance::kAsserted},
    {"The prime minister proposed a toast to the visitors.", nullptr,
     DealStatus::kUnknown, nullptr, Stance::kAsserted},
    {"The plan is 90% finalized.", nullptr, DealStatus::kUnknown, nullptr,
     Stance::kAsserted},
    // A purchase is a deal.
    {"The purchase of the shipyard by the port authority remains under negotiation.",
     "purchase",
     DealStatus::kUnderNegotiation, "remains under negotiation", Stance::kAsserted},
};

TEST(StatusTest, Table) {
  for (const StatusCase& c : kCases) {
    SCOPED_TRACE(c.text);
    std::vector<Claim> claims = ClaimsOf(c.text, ClaimType::kStatus);
    if (c.subject == nullptr) {
      for (const Claim& got : claims) {
        ADD_FAILURE() << "unexpected status " << got.value.value << " for '"
                      << got.subject.value << "'";
      }
      continue;
    }
    ASSERT_EQ(claims.size(), 1u);
    const Claim& got = claims[0];
    EXPECT_EQ(got.subject.value, c.subject);
    EXPECT_EQ(got.status, c.status);
    EXPECT_EQ(got.value.value, DealStatusName(c.status));
    EXPECT_EQ(got.value.text, c.words);
    EXPECT_EQ(got.stance, c.stance) << StanceName(got.stance);
  }
}

// A status in the present tense is as of the report, not of an earlier day
// its sentence names; a past one is as of that day.
TEST(StatusTest, PresentTenseIsAsOfTheReport) {
  struct Row {
    const char* text;
    const char* when;
  };
  const Row rows[] = {
      {"The buyout is still under negotiation, two weeks after it was first reported on "
       "Monday.",
       "2026-04-17"},
      {"The water pact remains under negotiation after talks broke up on Tuesday.",
       "2026-04-17"},
      {"The water pact was finalized on Tuesday.", "2026-04-14"},
      {"The buyout was still under negotiation on Monday.", "2026-04-13"},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.text);
    std::vector<Claim> claims =
        testing_util::ClaimsOfType(r.text, ClaimType::kStatus, "2026-04-17");
    ASSERT_EQ(claims.size(), 1u);
    ASSERT_TRUE(claims[0].when.has_value());
    EXPECT_EQ(claims[0].when->ToString(), r.when);
  }
}

// A stage written as a noun phrase is not reached when it is a goal or comes
// with a future.
TEST(StatusTest, NounPhraseStageAsGoalOrFuture) {
  struct Row {
    const char* text;
    bool asserted;  // an asserted finalized claim is expected
  };
  const Row rows[] = {
      {"Envoys are working toward a final agreement on the fisheries treaty.", false},
      {"The unions pressed for a final deal on the pension reform.", false},
      {"The final agreement on the fisheries treaty is expected to be signed in May.", false},
      {"A final deal on the pension reform could come next week.", false},
      {"The two governments reached a final agreement on the fisheries treaty.", true},
      {"A final agreement on the fisheries treaty was reached on Monday.", true},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.text);
    bool asserted = false;
    for (const Claim& c : ClaimsOf(r.text, ClaimType::kStatus)) {
      if (c.status == DealStatus::kFinalized && c.stance == Stance::kAsserted) asserted = true;
    }
    EXPECT_EQ(asserted, r.asserted);
  }
}

TEST(StatusTest, AttributiveProposedIsWeak) {
  std::vector<Claim> claims = ClaimsOf(
      "The proposed pipeline agreement would carry gas to the coast.",
      ClaimType::kStatus);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].status, DealStatus::kProposed);
  EXPECT_EQ(claims[0].subject.value, "pipeline agreement");
  EXPECT_LE(claims[0].confidence, 0.5);
}

TEST(StatusTest, CustomLexiconAddsPhrases) {
  Lexicons lex;
  ASSERT_TRUE(lex.Load({{"status_phrases", "rubber-stamped = signed\n"},
                        {"progress_words", "charter = subject\n"}})
                  .ok());
  Document doc;
  doc.original = "The city charter was rubber-stamped by voters.";
  TimeTagger tagger;
  std::vector<TimeExpr> times;
  std::vector<InputError> errors;
  PrepareDocument(&doc, tagger, SegmentOptions{}, &times, &errors);
  ExtractContext ctx{doc, 0, times, lex};
  std::vector<Claim> claims;
  ExtractStatuses(ctx, &claims);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].status, DealStatus::kSigned);
  EXPECT_EQ(claims[0].subject.value, "city charter");
}

}  // namespace
}  // namespace claimcheck
