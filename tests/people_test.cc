// Person names: table-driven cases through the real pipeline preparation
// (normalizer, segmenter, tagger), then FindPersons.
#include "core/people.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/lexicon.h"
#include "core/pipeline.h"

#include "tests/test_util.h"

namespace claimcheck {
namespace {

Document Prepare(const std::string& text) {
  return testing_util::PrepareText(text).doc;
}

// "mention text => full name" for every mention, in text order.
std::vector<std::string> Mentions(const std::string& text) {
  Document doc = Prepare(text);
  PersonIndex index = FindPersons(doc, Lexicons::Default());
  std::vector<std::string> out;
  for (const PersonMention& m : index.mentions) {
    out.push_back(m.text + " => " + m.full_name);
  }
  return out;
}

struct NameCase {
  const char* text;
  std::vector<std::string> want;
};

TEST(PeopleTest, FindsAndResolvesNames) {
  const NameCase kCases[] = {
      // Full names with initials, particles and hyphens.
      {"Deputy Secretary of State Marcia P. Hollander arrived late.",
       {"Marcia P. Hollander => Marcia P. Hollander"}},
      {"The award went to Anne Whitfield-Barnes on Friday.",
       {"Anne Whitfield-Barnes => Anne Whitfield-Barnes"}},
      {"J.D. Vance spoke to reporters in Ohio.", {"J.D. Vance => J.D. Vance"}},
      {"Sheikh Abdullah bin Zayed Al Nahyan greeted the delegation.",
       {"Abdullah bin Zayed Al Nahyan => Abdullah bin Zayed Al Nahyan"}},
      {"European Commission President Ursula von der Leyen said the deal was done.",
       {"Ursula von der Leyen => Ursula von der Leyen"}},
      {"Turkish President Recep Tayyip Erdogan hosted the talks.",
       {"Recep Tayyip Erdogan => Recep Tayyip Erdogan"}},
      {"The airport is named after Charles de Gaulle.",
       {"Charles de Gaulle => Charles de Gaulle"}},
      {"Crowds remembered Martin Luther King Jr. at the memorial.",
       {"Martin Luther King Jr. => Martin Luther King Jr."}},
      // Titles are not part of the name.
      {"President Emmanuel Macron arrived in Madrid.",
       {"Emmanuel Macron => Emmanuel Macron"}},
      {"Gen. Tomasz Wrobel inspected the base.",
       {"Tomasz Wrobel => Tomasz Wrobel"}},
      {"Mayor Ingrid Halvorsen opened the bridge on Sunday.",
       {"Ingrid Halvorsen => Ingrid Halvorsen"}},
      // Places, organizations, months and heading words are not names.
      {"Officials in Ukraine and the White House met in Moscow in March.", {}},
      {"The European Union and NATO issued a Russian-language statement.", {}},
      {"Key Points", {}},
      {"The Story:", {}},
      {"Ukrainian negotiators left Geneva on Tuesday.", {}},
      // Surname-only mentions resolve to the full name.
      {"Chancellor Olaf Brenner met union leaders. Brenner said the talks "
       "went well.",
       {"Olaf Brenner => Olaf Brenner", "Brenner => Olaf Brenner"}},
      {"Brenner's plan was praised. Economy Minister Olaf Brenner defended it.",
       {"Brenner => Olaf Brenner", "Olaf Brenner => Olaf Brenner"}},
      // Two people sharing a surname: the bare surname stays unresolved.
      {"Senator Paula Ortega and her brother, Luis Ortega, attended. Ortega "
       "said nothing.",
       {"Paula Ortega => Paula Ortega", "Luis Ortega => Luis Ortega",
        "Ortega => Ortega"}},
      // Transliteration variants are one person within a document.
      {"Dmitriy Orlov said yes. Later Dmitry Orlov said no.",
       {"Dmitriy Orlov => Dmitriy Orlov", "Dmitry Orlov => Dmitriy Orlov"}},
      // A lone name with a verb of saying.
      {"Halvorsen said the budget was final.",
       {"Halvorsen => Halvorsen"}},
      // A name written with an appositive after it.
      {"The plan came from Greta Lindqvist, the mayor of Malmo.",
       {"Greta Lindqvist => Greta Lindqvist"}},
      // Possessives give the bare name.
      {"Coach Marco Bellini's team won. Bellini's players celebrated.",
       {"Marco Bellini => Marco Bellini", "Bellini => Marco Bellini"}},
      // A capitalized headline keeps only names confirmed elsewhere.
      {"Energy Deal Talks Stall as Oslo Waits\nPrime Minister Kari Nygaard "
       "said talks would resume.",
       {"Kari Nygaard => Kari Nygaard"}},
      // Accented names.
      {"Foreign Minister José Álvarez Núñez flew to Lima.",
       {"José Álvarez Núñez => José Álvarez Núñez"}},
  };
  for (const NameCase& c : kCases) {
    EXPECT_EQ(Mentions(c.text), c.want) << "text: " << c.text;
  }
}

TEST(PeopleTest, TableRowsCount) {
  Document doc = Prepare(
      "| Participant | Role |\n|---|---|\n| Hana Kobayashi | Trade Minister |\n");
  PersonIndex index = FindPersons(doc, Lexicons::Default());
  bool found = false;
  for (const PersonMention& m : index.mentions) {
    if (m.full_name == "Hana Kobayashi") found = true;
  }
  EXPECT_TRUE(found);
}

TEST(PeopleTest, HostileInputStaysBounded) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "President ";
  for (int i = 0; i < 100000; ++i) text += "Capitalized ";
  Document doc = Prepare(text);
  PersonIndex index = FindPersons(doc, Lexicons::Default());
  EXPECT_LE(index.mentions.size(), 1u);
}

struct KeyCase {
  const char* a;
  const char* b;
  bool same;
};

TEST(PeopleTest, PersonKeyFoldsVariants) {
  const KeyCase kCases[] = {
      {"Volodymyr Zelenskyy", "Volodymyr Zelensky", true},
      {"Volodymyr Zelenskiy", "Volodymyr Zelenskij", true},
      {"Dmitriy Peskin", "Dmitry Peskin", true},
      {"Sergey Lavrenko", "Sergei Lavrenko", true},
      {"Aleksandr Novak", "Alexander Novak", true},
      {"Mikhail Orlov", "Mihail Orlov", true},
      {"José Núñez", "jose nunez", true},
      {"J.D. Vance", "JD Vance", true},
      {"Anne Whitfield-Barnes", "Anne Whitfield Barnes", true},
      {"Paula Ortega", "Luis Ortega", false},
      {"Olaf Brenner", "Olga Brenner", false},
  };
  for (const KeyCase& c : kCases) {
    EXPECT_EQ(PersonKey(c.a) == PersonKey(c.b), c.same)
        << c.a << " vs " << c.b << ": " << PersonKey(c.a) << " / "
        << PersonKey(c.b);
  }
  EXPECT_EQ(SurnameKey("Volodymyr Zelenskyy"), SurnameKey("Zelensky"));
  EXPECT_EQ(SurnameKey("Martin Luther King Jr."), "king");
  EXPECT_EQ(PersonKey("Volodymyr Zelenskyy"), "volodymyr zelensky");
}

}  // namespace
}  // namespace claimcheck
