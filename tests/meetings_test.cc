// Meeting claims: table-driven, through PrepareDocument (normalizer,
// segmenter, time tagger) and ExtractMeetings. Each case lists every meeting
// claim expected, as "kind | participants sorted, '; ' | place | date".
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/extract.h"
#include "core/lexicon.h"
#include "core/pipeline.h"
#include "tests/test_util.h"

namespace claimcheck {
namespace {

using Prepared = testing_util::PreparedText;

Prepared Prepare(const std::string& text, const char* published) {
  return testing_util::PrepareText(text, published);
}

std::vector<Claim> Meetings(const Prepared& p) {
  ExtractContext ctx{p.doc, 0, p.times, Lexicons::Default()};
  std::vector<Claim> claims;
  ExtractMeetings(ctx, &claims);
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    return a.span.begin < b.span.begin;
  });
  return claims;
}

std::string Describe(const Claim& c) {
  std::vector<std::string> names;
  for (const Mention& m : c.participants) names.push_back(m.value);
  std::sort(names.begin(), names.end());
  std::string who;
  for (const std::string& n : names) {
    if (!who.empty()) who += "; ";
    who += n;
  }
  return std::string(EventKindName(c.event_kind)) + " | " + who + " | " +
         c.place.value + " | " + c.date.value;
}

struct MeetingCase {
  const char* text;
  const char* published;  // may be null
  std::vector<std::string> want;
};

constexpr const char* kPub = "2025-03-14";  // a Friday

TEST(MeetingsTest, ExtractsKindParticipantsPlaceDate) {
  const MeetingCase kCases[] = {
      // Verbs.
      {"Chancellor Lukas Hartmann met Prime Minister Kenji Morita in Tokyo on "
       "March 3.",
       kPub, {"meeting | Kenji Morita; Lukas Hartmann | Tokyo | 2025-03-03"}},
      {"Lukas Hartmann met with Kenji Morita in Osaka on Tuesday.", kPub,
       {"meeting | Kenji Morita; Lukas Hartmann | Osaka | 2025-03-11"}},
      {"President Maria Santos held talks with Omar Farouk in Cairo on March 2.",
       kPub, {"talks | Maria Santos; Omar Farouk | Cairo | 2025-03-02"}},
      {"Maria Santos sat down with Omar Farouk at the Elysee Palace on March 9.",
       kPub, {"meeting | Maria Santos; Omar Farouk | Paris | 2025-03-09"}},
      {"Maria Santos hosted Omar Farouk at the White House on Monday.", kPub,
       {"meeting | Maria Santos; Omar Farouk | Washington | 2025-03-10"}},
      {"President Maria Santos received Omar Farouk at the Kremlin.", kPub,
       {"meeting | Maria Santos; Omar Farouk | Moscow | "}},
      {"Lukas Hartmann spoke by phone with Kenji Morita on Wednesday.", kPub,
       {"call | Kenji Morita; Lukas Hartmann |  | 2025-03-12"}},
      {"Lukas Hartmann and Kenji Morita met in Geneva on March 1.", kPub,
       {"meeting | Kenji Morita; Lukas Hartmann | Geneva | 2025-03-01"}},
      {"Envoy Diego Ruiz convened in Madrid on March 4 with Carla Mendes, the "
       "Portuguese envoy, to discuss fishing quotas.",
       kPub, {"meeting | Carla Mendes; Diego Ruiz | Madrid | 2025-03-04"}},
      {"Diego Ruiz, a longtime adviser to former President Alan Reyes, met "
       "Carla Mendes in Lisbon on March 5.",
       kPub, {"meeting | Carla Mendes; Diego Ruiz | Lisbon | 2025-03-05"}},
      {"Coach Marco Bellini met with team owner Rita Alvarez in Milan on "
       "March 6.",
       kPub, {"meeting | Marco Bellini; Rita Alvarez | Milan | 2025-03-06"}},
      {"Diego Ruiz met senior Chilean officials in Santiago on March 7.", kPub,
       {"meeting | Diego Ruiz | Santiago | 2025-03-07"}},
      {"Tesla chief executive Nora Lindgren met with German Chancellor Lukas "
       "Hartmann in Berlin on March 8.",
       kPub, {"meeting | Lukas Hartmann; Nora Lindgren | Berlin | 2025-03-08"}},
      {"Lukas Hartmann welcomed Kenji Morita in the German capital on March 2.",
       kPub, {"meeting | Kenji Morita; Lukas Hartmann | Berlin | 2025-03-02"}},
      {"Governor Ruth Okafor met Mayor Greta Lindqvist at a private resort in "
       "Arizona on March 1.",
       kPub, {"meeting | Greta Lindqvist; Ruth Okafor | Arizona | 2025-03-01"}},
      {"Kenji Morita held a phone call with Lukas Hartmann on March 10.", kPub,
       {"call | Kenji Morita; Lukas Hartmann |  | 2025-03-10"}},
      {"Omar Farouk telephoned Maria Santos on Thursday.", kPub,
       {"call | Maria Santos; Omar Farouk |  | 2025-03-13"}},
      // Nouns.
      {"Talks between Maria Santos and Omar Farouk in Doha ended on March 4.",
       kPub, {"talks | Maria Santos; Omar Farouk | Doha | 2025-03-04"}},
      {"A summit with Kenji Morita is planned in Hanoi on March 20.", kPub,
       {"summit | Kenji Morita | Hanoi | 2025-03-20"}},
      {"Maria Santos's meeting with Omar Farouk in Amman lasted an hour.", kPub,
       {"meeting | Maria Santos; Omar Farouk | Amman | "}},
      {"The Lisbon meeting of fisheries ministers ended without a deal.", kPub,
       {"meeting |  | Lisbon | "}},
      {"The meeting, held at Camp David on March 2, brought together the two "
       "leaders.",
       kPub, {"meeting |  | Thurmont | 2025-03-02"}},
      {"Lukas Hartmann attended a summit with Kenji Morita in Seoul on March 9.",
       kPub, {"summit | Kenji Morita; Lukas Hartmann | Seoul | 2025-03-09"}},
      // A joint act of two named people at a place is a meeting.
      {"Ana Ruiz and Pablo Vera agreed in Lima on Monday to extend the truce.", kPub,
       {"meeting | Ana Ruiz; Pablo Vera | Lima | 2025-03-10"}},
      {"Ana Ruiz agreed in Lima on Monday to extend the truce.", kPub, {}},
      {"Ana Ruiz and Pablo Vera agreed on Monday to extend the truce.", kPub, {}},
      // Leaders act jointly where they meet: dated or placed, it is a meeting.
      {"Leaders of the Andean bloc agreed on Monday to cut tariffs.", kPub,
       {"meeting |  |  | 2025-03-10"}},
      {"Officials agreed on Monday to cut tariffs.", kPub, {}},
      {"Leaders of the bloc agreed to cut tariffs.", kPub, {}},
      // A fronted adverbial names another event: it is not the verb's subject.
      {"After Monday's summit in Berlin, Ana Ruiz met Pablo Vera in Paris on "
       "Wednesday.",
       kPub,
       {"summit |  | Berlin | ", "meeting | Ana Ruiz; Pablo Vera | Paris | 2025-03-12"}},
      // One report of a meeting, not two, when leaders "met ... and agreed".
      {"Bloc leaders met in Lima on Monday and agreed to cut tariffs.", kPub,
       {"meeting |  | Lima | 2025-03-10"}},
      // One day cannot date a two-day summit: the date hangs on the verb
      // and dates the subject's event.
      {"The Oslo talks followed a two-day summit in the Danish capital on "
       "March 5, where Diego Ruiz and Carla Mendes took part in talks with "
       "Nordic leaders.",
       kPub,
       {"talks |  | Oslo | 2025-03-05",
        "summit | Carla Mendes; Diego Ruiz | Copenhagen | "}},
      // Without the duration the date stays with the nearest event noun.
      {"The Oslo talks followed a summit in the Danish capital on March 5, "
       "where Diego Ruiz and Carla Mendes took part in talks with Nordic "
       "leaders.",
       kPub,
       {"talks |  | Oslo | ",
        "summit | Carla Mendes; Diego Ruiz | Copenhagen | 2025-03-05"}},
      // A one-day event keeps its date.
      {"The Oslo talks followed a one-day summit in the Danish capital on "
       "March 5, where Diego Ruiz and Carla Mendes took part in talks with "
       "Nordic leaders.",
       kPub,
       {"talks |  | Oslo | ",
        "summit | Carla Mendes; Diego Ruiz | Copenhagen | 2025-03-05"}},
      {"Negotiations between the unions and Rita Alvarez in Turin resumed on "
       "Monday.",
       kPub, {"talks | Rita Alvarez | Turin | 2025-03-10"}},
      // A time expression of another verb does not date the meeting.
      {"Omar Farouk announced on March 12 that Maria Santos met Kenji Morita "
       "in Tunis.",
       kPub, {"meeting | Kenji Morita; Maria Santos | Tunis | "}},
      {"Officials said on Monday that Lukas Hartmann held talks with Kenji "
       "Morita in Prague on March 3.",
       kPub, {"talks | Kenji Morita; Lukas Hartmann | Prague | 2025-03-03"}},
      // Key/value tables.
      {"| Date | March 4, 2025 |\n|---|---|\n| Location | Lima, Peru |\n"
       "| Participants | Diego Ruiz; Carla Mendes; trade delegations |\n",
       kPub, {"meeting | Carla Mendes; Diego Ruiz | Lima | 2025-03-04"}},
      // Towns the lexicons do not know; countries named as parties.
      {"Askeria and Tarvosia began ceasefire talks in Vessen on Monday.", kPub,
       {"talks |  | Vessen | 2025-03-10"}},
      {"Delegations from Askeria and Tarvosia sat down together in Port Lissa "
       "on Monday.",
       kPub, {"meeting |  | Port Lissa | 2025-03-10"}},
      {"Tarvosia's delegation met mediators in Tarvosia on Monday.", kPub,
       {"meeting |  |  | 2025-03-10"}},
      {"Negotiators met in January in Vessen.", kPub, {"meeting |  | Vessen | 2025-01"}},
      // Occurrences: placed and dated, no parties needed.
      {"The jet made an emergency landing in Natal on Thursday.", kPub,
       {"occurrence |  | Natal | 2025-03-13"}},
      {"Flying from Lisbon to Madrid, the jet landed in Porto on Monday.", kPub,
       {"occurrence |  | Porto | 2025-03-10"}},
      {"The storm made landfall near Tampico early on Thursday.", kPub,
       {"occurrence |  | Tampico | 2025-03-13"}},
      {"Ana Ruiz, speaking at a news conference in Oran on Monday, declared an "
       "emergency.",
       kPub, {"occurrence | Ana Ruiz | Oran | 2025-03-10"}},
      {"The storm made landfall near the port city of Tampico on Thursday.", kPub,
       {"occurrence |  | Tampico | 2025-03-13"}},
      {"Hurricane Lidia came ashore in the town of Bilje on Wednesday night.", kPub,
       {"occurrence |  | Bilje | 2025-03-12"}},
      {"The central bank cut its benchmark interest rate to 4.75% on Wednesday.", kPub,
       {"occurrence |  |  | 2025-03-12"}},
      {"The firm launched its Skarv rocket from Andoya on Tuesday.", kPub,
       {"occurrence |  |  | 2025-03-11"}},
      {"The company launched a review on Tuesday.", kPub, {}},
      {"The rocket lifted off at 14:02 local time on March 11.", kPub,
       {"occurrence |  |  | 2025-03-11"}},
      {"The train came off the tracks shortly after midnight on Wednesday.", kPub,
       {"occurrence |  |  | 2025-03-12"}},
      // A firm's name before its facility, and a town after "in" with an
      // apposition, are no persons.
      {"Two died in Monday's explosion at the Ebrena Quimica chemical plant in Reus, the "
       "health service said.",
       kPub, {"occurrence |  | Reus | 2025-03-10"}},
      {"The plane landed safely.", kPub, {}},
      // A participants table captioned with an event.
      {"Key Participants in the Lima Meeting\n"
       "| Participant | Role |\n|---|---|\n"
       "| Diego Ruiz | Peruvian Trade Minister |\n"
       "| Carla Mendes | Chilean Trade Minister |\n",
       kPub,
       // The caption itself is also a mention of the Lima meeting.
       {"meeting | Carla Mendes; Diego Ruiz | Lima | ", "meeting |  | Lima | "}},
      {"Squad for the season\n"
       "| Player | Position |\n|---|---|\n"
       "| Diego Ruiz | striker |\n| Carla Mendes | keeper |\n",
       kPub, {}},
      // Negatives.
      {"The board met on Tuesday to approve the budget.", kPub, {}},
      {"Omar Farouk received an award in Cairo.", kPub, {}},
      {"Maria Santos called for a ceasefire on Monday.", kPub, {}},
      {"Kenji Morita said the economy would grow.", kPub, {}},
      {"The talks collapsed.", kPub, {}},
      {"Lukas Hartmann visited a factory in Leipzig.", kPub, {}},
      {"Thousands met the deadline.", kPub, {}},
      {"Rita Alvarez joined the company in 2019.", kPub, {}},
      {"The meeting room was empty.", kPub, {}},
      {"Carla Mendes welcomed the decision.", kPub, {}},
      {"Stocks rose after the central bank meeting.", kPub, {}},
      // Not a meeting of people, but a signing placed in Warsaw.
      {"Ukraine and Poland signed a grain deal in Warsaw.", kPub,
       {"occurrence |  | Warsaw | "}},
  };
  int n = 0;
  for (const MeetingCase& c : kCases) {
    Prepared p = Prepare(c.text, c.published);
    std::vector<std::string> got;
    for (const Claim& claim : Meetings(p)) got.push_back(Describe(claim));
    EXPECT_EQ(got, c.want) << "text: " << c.text;
    ++n;
  }
  EXPECT_GE(n, 40);
}

TEST(MeetingsTest, GroupsSubjectAndSpans) {
  Prepared p = Prepare(
      "The meeting, held at Camp David on March 2, brought together the two "
      "leaders.",
      kPub);
  std::vector<Claim> claims = Meetings(p);
  ASSERT_EQ(claims.size(), 1u);
  const Claim& c = claims[0];
  EXPECT_EQ(c.type, ClaimType::kMeeting);
  ASSERT_EQ(c.groups.size(), 1u);
  EXPECT_EQ(c.groups[0].text, "the two leaders");
  EXPECT_EQ(c.subject.text, "The meeting");
  EXPECT_EQ(c.place.text, "Camp David");
  EXPECT_EQ(p.doc.Slice(c.date.span), "March 2");
  ASSERT_TRUE(c.date_value.has_value());
  EXPECT_EQ(c.date_value->ToString(), "2025-03-02");

  Prepared q = Prepare(
      "Diego Ruiz took part in talks with senior Chilean officials and the "
      "heads of Peru, Bolivia, and Ecuador in Lima on March 3.",
      kPub);
  claims = Meetings(q);
  ASSERT_EQ(claims.size(), 1u);
  std::vector<std::string> groups;
  for (const Mention& g : claims[0].groups) groups.push_back(g.text);
  EXPECT_EQ(groups, (std::vector<std::string>{
                        "senior Chilean officials",
                        "the heads of Peru, Bolivia, and Ecuador"}));
  EXPECT_EQ(claims[0].place.value, "Lima");
}

TEST(MeetingsTest, HostileInputStaysBounded) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "met with talks between ";
  text += "Maria Santos.";
  Prepared p = Prepare(text, kPub);
  std::vector<Claim> claims = Meetings(p);
  EXPECT_LE(claims.size(), 2u);
}

}  // namespace
}  // namespace claimcheck
