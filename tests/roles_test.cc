// Role claims: table-driven, through PrepareDocument (normalizer, segmenter,
// time tagger) and ExtractRoles. Each case lists every role claim expected,
// as "person | office | qualifier | modifier", in text order.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
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

std::vector<Claim> Roles(const Prepared& p) {
  ExtractContext ctx{p.doc, 0, p.times, Lexicons::Default()};
  std::vector<Claim> claims;
  ExtractRoles(ctx, &claims);
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    return a.person.span.begin < b.person.span.begin;
  });
  return claims;
}

std::string Describe(const Claim& c) {
  return c.person.value + " | " + c.office.value + " | " + c.qualifier + " | " +
         TitleModifierName(c.modifier);
}

struct RoleCase {
  const char* text;
  const char* published;  // may be null
  std::vector<std::string> want;
};

TEST(RolesTest, ExtractsPersonOfficeQualifierModifier) {
  const RoleCase kCases[] = {
      // Title before the name.
      {"French President Emmanuel Macron opened the fair.", nullptr,
       {"Emmanuel Macron | president | France | "}},
      {"U.S. special envoy Thomas Brandt arrived in Doha.", nullptr,
       {"Thomas Brandt | special envoy | United States | "}},
      {"Japanese Prime Minister Kenji Morita spoke first.", nullptr,
       {"Kenji Morita | prime minister | Japan | "}},
      {"Brazilian Deputy Foreign Minister Ana Lucia Ferraz signed the memo.",
       nullptr, {"Ana Lucia Ferraz | deputy foreign minister | Brazil | "}},
      {"Deputy Secretary of State Marcia P. Hollander took questions.", nullptr,
       {"Marcia P. Hollander | deputy secretary of state |  | "}},
      {"Kremlin spokesperson Anton Yermilov denied the report.", nullptr,
       {"Anton Yermilov | spokesperson | Russia | "}},
      {"Kremlin spokesman Anton Yermilov denied the report.", nullptr,
       {"Anton Yermilov | spokesperson | Russia | "}},
      {"U.S. Air Force General Dana Whitcomb leads the command.", nullptr,
       {"Dana Whitcomb | air force general | United States | "}},
      {"German Chancellor Lukas Hartmann flew to Rome on Monday.", nullptr,
       {"Lukas Hartmann | chancellor | Germany | "}},
      {"Gen. Tomasz Wrobel inspected the troops.", nullptr,
       {"Tomasz Wrobel | general |  | "}},
      {"Apple CEO Nora Lindgren unveiled the phone.", nullptr,
       {"Nora Lindgren | chief executive | Apple | "}},
      {"Senior adviser Farid Haddad drafted the letter.", nullptr,
       {"Farid Haddad | senior adviser |  | "}},
      {"Canadian Finance Minister Claire Dubois tabled the budget.", nullptr,
       {"Claire Dubois | finance minister | Canada | "}},
      {"Nigerian senior advisor Bola Adeyemi resigned.", nullptr,
       {"Bola Adeyemi | senior adviser | Nigeria | "}},
      // Modifiers.
      {"Former President Alan Reyes campaigned in Texas.", nullptr,
       {"Alan Reyes | president |  | former"}},
      {"President-elect Maria Santos named her cabinet.", nullptr,
       {"Maria Santos | president |  | elect"}},
      {"Then-candidate Peter Hall promised lower taxes.", nullptr,
       {"Peter Hall | candidate |  | then"}},
      {"Acting Defense Secretary Ruth Okafor visited the base.", nullptr,
       {"Ruth Okafor | defense secretary |  | acting"}},
      {"Incoming Prime Minister Lars Eklund met the king.", nullptr,
       {"Lars Eklund | prime minister |  | incoming"}},
      {"Outgoing Mayor Greta Lindqvist gave a farewell speech.", nullptr,
       {"Greta Lindqvist | mayor |  | outgoing"}},
      {"Interim President Jorge Salas called elections.", nullptr,
       {"Jorge Salas | president |  | interim"}},
      {"Secretary-designate Paul Kerrigan faced senators.", nullptr,
       {"Paul Kerrigan | secretary |  | designate"}},
      {"Ex-president Alan Reyes returned.", nullptr,
       {"Alan Reyes | president |  | former"}},
      // Possessives.
      {"Ukraine's defense minister Oleh Marchuk asked for air defenses.",
       nullptr, {"Oleh Marchuk | defense minister | Ukraine | "}},
      {"Chancellor Lukas Hartmann attended. Hartmann's chief of staff Ines "
       "Vogel stayed home.",
       nullptr,
       {"Lukas Hartmann | chancellor |  | ",
        "Ines Vogel | chief of staff | Lukas Hartmann | "}},
      {"President Maria Santos spoke. Santos's special envoys Diego Ruiz and "
       "Carla Mendes flew to Lima.",
       nullptr,
       {"Maria Santos | president |  | ",
        "Diego Ruiz | special envoy | Maria Santos | ",
        "Carla Mendes | special envoy | Maria Santos | "}},
      // Appositives.
      {"The fund was run by Farid Haddad, the Jordanian envoy, until May.",
       nullptr, {"Farid Haddad | envoy | Jordan | "}},
      {"Paolo Conti, a longtime adviser to former Prime Minister Livia Moretti, "
       "resigned.",
       nullptr,
       {"Paolo Conti | adviser | Livia Moretti | ",
        "Livia Moretti | prime minister |  | former"}},
      {"Helen Park, who serves as Seoul's trade minister, declined to comment.",
       nullptr, {"Helen Park | trade minister | South Korea | "}},
      {"Helen Park is the South Korean trade minister.", nullptr,
       {"Helen Park | trade minister | South Korea | "}},
      {"The talks were led by the Irish foreign minister, Sean Gallagher, "
       "on Friday.",
       nullptr, {"Sean Gallagher | foreign minister | Ireland | "}},
      {"Ambassador Ruth Okafor (then deputy mayor) spoke.", nullptr,
       {"Ruth Okafor | ambassador |  | ", "Ruth Okafor | deputy mayor |  | then"}},
      {"The UN special envoy for Yemen (currently Hans Grunberg) left Aden.",
       nullptr, {"Hans Grunberg | special envoy | United Nations | "}},
      {"Gabriel Ortiz, Mexico's ambassador to Canada, presented credentials.",
       nullptr, {"Gabriel Ortiz | ambassador | Mexico | "}},
      // Tables with participant and role columns.
      {"| Participant | Role |\n|---|---|\n| Hana Kobayashi | Japanese Trade "
       "Minister |\n| Omar Farouk | Egyptian Deputy Foreign Minister |\n",
       nullptr,
       {"Hana Kobayashi | trade minister | Japan | ",
        "Omar Farouk | deputy foreign minister | Egypt | "}},
      // Negatives: generic nouns, no office, no person.
      {"European leaders and senior officials met on Monday.", nullptr, {}},
      {"A source familiar with the talks said they would resume.", nullptr, {}},
      // Organizations the lexicons do not know, named before the office.
      {"The board of Veltro met on Monday. Veltro Chief Executive Ana Lind "
       "opened the meeting.",
       nullptr, {"Ana Lind | chief executive | Veltro | "}},
      {"Ostrava manager Petr Dvorak praised the squad after Ostrava won.", nullptr,
       {"Petr Dvorak | manager | Ostrava | "}},
      // A sentence-initial common noun is part of the office, not a body.
      {"Delegates at the conference cheered. Conference president Ines Vogel "
       "closed the session.",
       nullptr, {"Ines Vogel | conference president |  | "}},
      {"The club manager Paul Dempsey said the squad was ready.", nullptr,
       {"Paul Dempsey | club manager |  | "}},
      {"The elected president Ana Lind spoke.", nullptr,
       {"Ana Lind | president |  | "}},
      // Title phrases the lexicon knows as a whole.
      {"Kenyan Environment Minister Grace Mutua spoke first.", nullptr,
       {"Grace Mutua | environment minister | Kenya | "}},
      // Two offices of one person.
      {"The deal was presented by the conference president, Kenyan Environment "
       "Minister Grace Mutua, on Saturday.",
       nullptr,
       {"Grace Mutua | environment minister | Kenya | ",
        "Grace Mutua | conference president |  | "}},
      {"Grace Mutua, Kenya's environment minister and the conference president, "
       "was praised.",
       nullptr,
       {"Grace Mutua | environment minister | Kenya | ",
        "Grace Mutua | conference president |  | "}},
      // Countries the lexicons do not know, by name or demonym.
      {"Tarvosia sent its delegation. Lukas Brenner, Foreign Minister of Tarvosia, "
       "arrived.",
       nullptr, {"Lukas Brenner | foreign minister | Tarvosia | "}},
      {"Troops left Tarvosia on Friday. Tarvosian Foreign Minister Piotr Danek "
       "welcomed it.",
       nullptr, {"Piotr Danek | foreign minister | Tarvosia | "}},
      {"Ana Lind, the Kalmari envoy, spoke.", nullptr, {"Ana Lind | envoy | Kalmari | "}},
      // A given name that is also a city opens a name; offices beyond
      // national politics.
      {"Foreign Minister Sofia Lacerda signed the accord.", nullptr,
       {"Sofia Lacerda | foreign minister |  | "}},
      {"\"We are ready,\" said Marko Kovac, the county prefect.", nullptr,
       {"Marko Kovac | prefect |  | "}},
      {"Police Chief Dana Lutz said two men were held.", nullptr,
       {"Dana Lutz | police chief |  | "}},
      // Portfolios the lexicon does not list; bodies named by a common noun.
      {"Transport Minister Eva Lind visited the site.", nullptr,
       {"Eva Lind | transport minister |  | "}},
      {"Rui Alves, the airline's former chief executive, spoke.", nullptr,
       {"Rui Alves | chief executive |  | former"}},
      {"At the meeting, the railway's chief executive, Johan Berg, spoke.", nullptr,
       {"Johan Berg | chief executive |  | "}},
      // A month that is also a given name opens a name before a surname.
      {"Chief Executive Jan Berg resigned on Jan. 7.", nullptr,
       {"Jan Berg | chief executive |  | "}},
      {"Officials said Ines Vogel would attend.", nullptr, {}},
      {"Diego Ruiz, Carla Mendes and Omar Farouk signed the letter.", nullptr,
       {}},
      {"Omar Farouk is the best player in the league.", nullptr, {}},
      {"Mr. Farouk declined to comment.", nullptr, {}},
      {"The president said the economy was strong.", nullptr, {}},
      {"Dr. Ines Vogel treated the patients.", nullptr, {}},
      {"Thousands of workers marched in Berlin on Saturday.", nullptr, {}},
  };
  int n = 0;
  for (const RoleCase& c : kCases) {
    Prepared p = Prepare(c.text, c.published);
    std::vector<std::string> got;
    for (const Claim& claim : Roles(p)) got.push_back(Describe(claim));
    EXPECT_EQ(got, c.want) << "text: " << c.text;
    ++n;
  }
  EXPECT_GE(n, 40);
}

struct ScopeCase {
  const char* text;
  const char* person;
  const char* office;
  const char* scope;
};

TEST(RolesTest, ScopeAndSpans) {
  const ScopeCase kCases[] = {
      {"The U.S. Special Envoy for Sudan (currently Ruth Okafor) left Khartoum.",
       "Ruth Okafor", "special envoy", "Sudan"},
      {"Anne Keller, the EU special representative for the Sahel, spoke.",
       "Anne Keller", "special representative", "Sahel"},
      {"Sophie Marchand, French minister for European Affairs, arrived.",
       "Sophie Marchand", "minister", "European Affairs"},
  };
  for (const ScopeCase& c : kCases) {
    Prepared p = Prepare(c.text, nullptr);
    std::vector<Claim> claims = Roles(p);
    ASSERT_EQ(claims.size(), 1u) << c.text;
    EXPECT_EQ(claims[0].person.value, c.person) << c.text;
    EXPECT_EQ(claims[0].office.value, c.office) << c.text;
    EXPECT_EQ(claims[0].scope, c.scope) << c.text;
    // Spans point at the words.
    EXPECT_EQ(p.doc.Slice(claims[0].person.span), claims[0].person.text);
    EXPECT_EQ(claims[0].type, ClaimType::kRole);
    EXPECT_GT(claims[0].confidence, 0.5);
  }
}

// Whether the text presents the office as held by several people.
TEST(RolesTest, SharedOffice) {
  const struct {
    const char* text;
    const char* person;
    bool shared;
  } kCases[] = {
      {"The mayor's special envoys Diego Ruiz and Ana Ferraz arrived.", "Diego Ruiz", true},
      {"The mayor's special envoys Diego Ruiz and Ana Ferraz arrived.", "Ana Ferraz", true},
      {"A Chilean envoy, Pablo Vera, declined to comment.", "Pablo Vera", true},
      {"Pablo Vera, a Chilean envoy, declined to comment.", "Pablo Vera", true},
      {"Pablo Vera, another Chilean envoy, declined to comment.", "Pablo Vera", true},
      {"Pablo Vera, one of the deputy ministers, declined to comment.", "Pablo Vera", true},
      {"Chilean envoy Pablo Vera declined to comment.", "Pablo Vera", false},
      {"Pablo Vera, the Chilean envoy, declined to comment.", "Pablo Vera", false},
      {"The U.S. Special Envoy for Sudan (currently Ruth Okafor) left.", "Ruth Okafor", false},
  };
  for (const auto& c : kCases) {
    Prepared p = Prepare(c.text, nullptr);
    std::vector<Claim> claims = Roles(p);
    auto it = std::find_if(claims.begin(), claims.end(),
                           [&](const Claim& cl) { return cl.person.value == c.person; });
    ASSERT_NE(it, claims.end()) << c.text;
    EXPECT_EQ(it->shared_office, c.shared) << c.text;
  }
}

// An office in a sentence that narrates the past is dated by its framing
// time; later or open-ended times date something else.
TEST(RolesTest, PastSentenceDatesTheRole) {
  const struct {
    const char* text;
    const char* when;  // "" = no time of its own
  } kCases[] = {
      {"In 2019, Deputy Minister Pablo Vera signed the accord.", "2019"},
      {"During the 2021 talks, Chilean envoy Pablo Vera brokered a truce.", "2021"},
      {"Chilean envoy Pablo Vera, in office since 2019, spoke on Monday.", ""},
      {"Chilean envoy Pablo Vera said on Monday that talks would resume.", ""},
      {"Chilean envoy Pablo Vera, who took office in 2019, spoke.", ""},
  };
  for (const auto& c : kCases) {
    Prepared p = Prepare(c.text, "2026-03-04");
    ExtractContext ctx{p.doc, 0, p.times, Lexicons::Default()};
    std::vector<Claim> claims = ExtractClaims(ctx);
    auto it = std::find_if(claims.begin(), claims.end(), [](const Claim& cl) {
      return cl.type == ClaimType::kRole && cl.person.value == "Pablo Vera";
    });
    ASSERT_NE(it, claims.end()) << c.text;
    EXPECT_EQ(it->when ? it->when->ToString() : std::string(), c.when) << c.text;
  }
}

// "chair" as a verb or a noun with the body it heads.
TEST(RolesTest, ChairOfABody) {
  const struct {
    const char* text;
    const char* want;  // "qualifier | scope", or "" for no chair claim
  } kCases[] = {
      {"Ana Ruiz will chair the new commission for two years.", "Commission | "},
      {"Ana Ruiz has been named to chair the bloc's fisheries committee.", "Committee | fisheries"},
      {"Ana Ruiz, who chairs the ethics panel, declined to comment.", "Panel | ethics"},
      {"Ana Ruiz was elected chairwoman of the board on Friday.", "Board | "},
      {"Ana Ruiz pulled up a chair and sat down.", ""},
      {"Ana Ruiz was named chairman last year.", ""},
      {"Ana Ruiz will chair talks on Monday.", ""},
  };
  for (const auto& c : kCases) {
    Prepared p = Prepare(c.text, nullptr);
    std::vector<Claim> claims = Roles(p);
    std::string got;
    for (const Claim& cl : claims) {
      if (cl.office.value == "chair") got = cl.qualifier + " | " + cl.scope;
    }
    EXPECT_EQ(got, c.want) << c.text;
  }
}

// "A met her Japanese counterpart, B": B holds A's office for Japan.
TEST(RolesTest, CounterpartTakesTheOffice) {
  const struct {
    const char* text;
    const char* want;  // "office | qualifier" of Pablo Vera, "" for none
  } kCases[] = {
      {"Chilean Trade Minister Ana Ruiz met her Peruvian counterpart, Pablo Vera, in Lima.",
       "trade minister | Peru"},
      {"Chilean Trade Minister Ana Ruiz met her counterpart Pablo Vera in Lima.",
       "trade minister | "},
      {"Chilean Trade Minister Ana Ruiz met Pablo Vera in Lima.", ""},
      {"Ana Ruiz met her Peruvian counterpart, Pablo Vera, in Lima.", ""},  // no office to take
  };
  for (const auto& c : kCases) {
    Prepared p = Prepare(c.text, nullptr);
    std::string got;
    for (const Claim& cl : Roles(p)) {
      if (cl.person.value == "Pablo Vera") got = cl.office.value + " | " + cl.qualifier;
    }
    EXPECT_EQ(got, c.want) << c.text;
  }
}

TEST(RolesTest, HostileTitlesStayBounded) {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "President ";
  text += "Maria Santos spoke.";
  Prepared p = Prepare(text, nullptr);
  std::vector<Claim> claims = Roles(p);
  EXPECT_LE(claims.size(), 1u);
}

}  // namespace
}  // namespace claimcheck
