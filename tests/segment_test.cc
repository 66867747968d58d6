#include "core/segment.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/normalize.h"

namespace claimcheck {
namespace {

// One unit as "kind: text", plus " [cell|cell]" for cells and " {h|h}" for
// header texts.
std::string Render(std::string_view text, const Sentence& s) {
  std::string out = BlockKindName(s.kind);
  out += ": ";
  out += text.substr(s.span.begin, s.span.size());
  if (!s.cells.empty()) {
    out += " [";
    for (size_t i = 0; i < s.cells.size(); ++i) {
      if (i > 0) out += "|";
      out += text.substr(s.cells[i].span.begin, s.cells[i].span.size());
    }
    out += "]";
  }
  if (!s.header.empty()) {
    out += " {";
    for (size_t i = 0; i < s.header.size(); ++i) {
      if (i > 0) out += "|";
      out += s.header[i];
    }
    out += "}";
  }
  return out;
}

std::vector<std::string> RenderAll(std::string_view text,
                                   const std::vector<Sentence>& units) {
  std::vector<std::string> out;
  for (const Sentence& s : units) out.push_back(Render(text, s));
  return out;
}

struct Case {
  const char* name;
  std::string text;
  std::vector<std::string> want;
};

TEST(SegmentTest, Units) {
  const Case cases[] = {
      {"empty", "", {}},
      {"blank lines only", "\n  \n\n", {}},
      {"two sentences",
       "The ferry sank at dawn. Rescuers saved 40 people.",
       {"paragraph: The ferry sank at dawn.",
        "paragraph: Rescuers saved 40 people."}},
      {"abbreviations",
       "Gen. Ilse Varga met Dr. Omar Field in St. Cloud on Sept. 14 and "
       "Jan. 3. The U.S. and U.N. delegations, e.g. the harbor team, left at "
       "9 a.m. sharp. Mr. and Mrs. Lund vs. Ms. Odu No. 5 approx. eight.",
       {"paragraph: Gen. Ilse Varga met Dr. Omar Field in St. Cloud on Sept. "
        "14 and Jan. 3.",
        "paragraph: The U.S. and U.N. delegations, e.g. the harbor team, left "
        "at 9 a.m. sharp.",
        "paragraph: Mr. and Mrs. Lund vs. Ms. Odu No. 5 approx. eight."}},
      {"abbreviation ends a sentence before a starter",
       "The grain came from the U.S. The ship left Corp. headquarters.",
       {"paragraph: The grain came from the U.S.",
        "paragraph: The ship left Corp. headquarters."}},
      {"initials",
       "Deputy Minister Harriet Q. Lowe and J. P. Ambrose spoke. Both agreed.",
       {"paragraph: Deputy Minister Harriet Q. Lowe and J. P. Ambrose spoke.",
        "paragraph: Both agreed."}},
      {"decimals and money",
       "Output grew 3.5 percent to $1.2 billion. Costs fell 0.4 points.",
       {"paragraph: Output grew 3.5 percent to $1.2 billion.",
        "paragraph: Costs fell 0.4 points."}},
      {"ellipsis does not end",
       "The mayor paused... Then she left. Done!",
       {"paragraph: The mayor paused... Then she left.", "paragraph: Done!"}},
      {"quotes after the period",
       "\"We will rebuild,\" she said. \"It starts now.\" Then the crowd "
       "cheered. He asked: \"Why?\" Nobody knew.",
       {"paragraph: \"We will rebuild,\" she said.",
        "paragraph: \"It starts now.\"",
        "paragraph: Then the crowd cheered.",
        "paragraph: He asked: \"Why?\"", "paragraph: Nobody knew."}},
      {"question and exclamation",
       "Was it ready? Officials said yes! 2025 was a record.",
       {"paragraph: Was it ready?", "paragraph: Officials said yes!",
        "paragraph: 2025 was a record."}},
      {"lowercase start after an ordinary word",
       "The pact held in Tallinn. talks resumed later.",
       {"paragraph: The pact held in Tallinn.",
        "paragraph: talks resumed later."}},
      {"url and domain stay whole",
       "See riverpost.example.com for details. Visit www.example.org today.",
       {"paragraph: See riverpost.example.com for details.",
        "paragraph: Visit www.example.org today."}},
      {"each line a block",
       "The storm hit Port Mara on Monday.\nPower returned on Tuesday.\n",
       {"paragraph: The storm hit Port Mara on Monday.",
        "paragraph: Power returned on Tuesday."}},
      {"hard-wrapped paragraph joined",
       "The committee voted on the proposal after a long\ndebate that lasted "
       "into the night.\n",
       {"paragraph: The committee voted on the proposal after a long\ndebate "
        "that lasted into the night."}},
      {"markdown heading",
       "# Flood Relief Reaches Delta\nAid arrived Friday.\n",
       {"heading: Flood Relief Reaches Delta",
        "paragraph: Aid arrived Friday."}},
      {"short line heading",
       "Water Rights and Border Concerns\nThe two provinces disagree.\n",
       {"heading: Water Rights and Border Concerns",
        "paragraph: The two provinces disagree."}},
      {"heading followed by lowercase paragraph is not joined",
       "The Mayor's Plan: Balancing Budgets and Growth\nthe mayor's plan was "
       "unveiled on Monday after weeks of delay.\n",
       {"heading: The Mayor's Plan: Balancing Budgets and Growth",
        "paragraph: the mayor's plan was unveiled on Monday after weeks of "
        "delay."}},
      {"bullets",
       "- Rescue teams arrived.\n* Roads reopened.\n\xE2\x80\xA2 Schools stay "
       "shut. Exams moved to May.\n",
       {"list_item: Rescue teams arrived.", "list_item: Roads reopened.",
        "list_item: Schools stay shut.", "list_item: Exams moved to May."}},
      {"numbered list",
       "1. Sign the accord.\n2) Open the border.\n- 3. Hold a vote\n",
       {"list_item: Sign the accord.", "list_item: Open the border.",
        "list_item: Hold a vote"}},
      {"dateline prefix",
       "Thu Mar 05 09:15:00 UTC 2026: # Dam Talks Resume\n\nThe talks "
       "resumed.\n",
       {"dateline: Thu Mar 05 09:15:00 UTC 2026:", "heading: Dam Talks Resume",
        "paragraph: The talks resumed."}},
      {"agency dateline",
       "LISBON, Feb 2 (Wirepost) - The port reopened on Sunday.\n",
       {"dateline: LISBON, Feb 2 (Wirepost) -",
        "paragraph: The port reopened on Sunday."}},
      {"pipe table with header",
       "| Name | Office | Since |\n|---|:---:|---|\n| Ana Ruiz | Mayor | 2021 "
       "|\n| Tom Beck | Treasurer |  |\n",
       {"table_header: | Name | Office | Since | [Name|Office|Since] "
        "{Name|Office|Since}",
        "table_row: | Ana Ruiz | Mayor | 2021 | [Ana Ruiz|Mayor|2021] "
        "{Name|Office|Since}",
        "table_row: | Tom Beck | Treasurer |  | [Tom Beck|Treasurer|] "
        "{Name|Office|Since}"}},
      {"two-column table with a real header",
       "| Field | Value |\n|---|---|\n| Venue | Old Harbor Hall |\n",
       {"table_header: | Field | Value | [Field|Value] {Field|Value}",
        "table_row: | Venue | Old Harbor Hall | [Venue|Old Harbor Hall] "
        "{Field|Value}"}},
      {"key/value table",
       "| date | mar. 4, 2026 |\n|---|---|\n| Venue | Old Harbor Hall |\n| "
       "Turnout | 61% |\n",
       {"table_row: | date | mar. 4, 2026 | [date|mar. 4, 2026]",
        "table_row: | Venue | Old Harbor Hall | [Venue|Old Harbor Hall]",
        "table_row: | Turnout | 61% | [Turnout|61%]"}},
      {"pipe table without header",
       "| Venue | Old Harbor Hall |\n| Turnout | 61% |\n",
       {"table_row: | Venue | Old Harbor Hall | [Venue|Old Harbor Hall]",
        "table_row: | Turnout | 61% | [Turnout|61%]"}},
      {"glued flattened table",
       "NameTeamPositionMaria OrtegaRiver City FCGoalkeeperJonas "
       "BerglundHarbor UnitedDefenderLeo McAllisterNorth Vale "
       "(reserves)Striker\n",
       {"table_header: NameTeamPosition [Name|Team|Position] "
        "{Name|Team|Position}",
        "table_row: Maria OrtegaRiver City FCGoalkeeper [Maria Ortega|River "
        "City FC|Goalkeeper] {Name|Team|Position}",
        "table_row: Jonas BerglundHarbor UnitedDefender [Jonas Berglund|Harbor "
        "United|Defender] {Name|Team|Position}",
        "table_row: Leo McAllisterNorth Vale (reserves)Striker [Leo "
        "McAllister|North Vale (reserves)|Striker] {Name|Team|Position}"}},
      {"glued table with sentence cells and a trailing heading",
       "- 4. >DelegateRoleNotable Prior WorkPia LundNordic Envoy for "
       "WaterDrafted the river accord (2019). Karl OsterFinance "
       "Minister (acting)Led the bond talks. Next Steps\n",
       {"table_header: DelegateRoleNotable Prior Work [Delegate|Role|Notable "
        "Prior Work] {Delegate|Role|Notable Prior Work}",
        "table_row: Pia LundNordic Envoy for WaterDrafted the river accord "
        "(2019). [Pia Lund|Nordic Envoy for Water|Drafted the river accord "
        "(2019).] {Delegate|Role|Notable Prior Work}",
        "table_row: Karl OsterFinance Minister (acting)Led the bond talks. "
        "[Karl Oster|Finance Minister (acting)|Led the bond talks.] "
        "{Delegate|Role|Notable Prior Work}",
        "heading: Next Steps"}},
      {"per-line flattened table",
       "Candidate\nParty\nVotes\nIrena Holm\nGreen Coast\n12,408\nPaul "
       "Dane\nUnion List\n9,377\n\nTurnout rose.\n",
       {"table_header: Candidate\nParty\nVotes [Candidate|Party|Votes] "
        "{Candidate|Party|Votes}",
        "table_row: Irena Holm\nGreen Coast\n12,408 [Irena Holm|Green "
        "Coast|12,408] {Candidate|Party|Votes}",
        "table_row: Paul Dane\nUnion List\n9,377 [Paul Dane|Union List|9,377] "
        "{Candidate|Party|Votes}",
        "paragraph: Turnout rose."}},
      {"spaced header with one cell a line",
       "Name Role Affiliation\nRosa Vint\nSpokeswoman\nCity Hall\nIvo "
       "Maric\nAuditor\nState Bank\n",
       {"table_header: Name Role Affiliation [Name|Role|Affiliation] "
        "{Name|Role|Affiliation}",
        "table_row: Rosa Vint\nSpokeswoman\nCity Hall [Rosa "
        "Vint|Spokeswoman|City Hall] {Name|Role|Affiliation}",
        "table_row: Ivo Maric\nAuditor\nState Bank [Ivo Maric|Auditor|State "
        "Bank] {Name|Role|Affiliation}"}},
      {"column-word headings without rows are headings",
       "Party Politics\nThe vote is in May.\n",
       {"heading: Party Politics", "paragraph: The vote is in May."}},
  };
  for (const Case& c : cases) {
    std::vector<Sentence> units = Segment(c.text);
    EXPECT_EQ(RenderAll(c.text, units), c.want) << c.name;
  }
}

TEST(SegmentTest, LinesAndBlocks) {
  const std::string text =
      "Harbor Deal Signed\n"
      "The deal was signed. It runs ten years.\n"
      "\n"
      "- First item.\n"
      "- Second item.\n"
      "| A | B |\n"
      "|---|---|\n"
      "| 1 | 2 |\n";
  std::vector<Sentence> u = Segment(text);
  ASSERT_EQ(u.size(), 7u);
  const int want_lines[] = {1, 2, 2, 4, 5, 6, 8};
  const int want_blocks[] = {0, 1, 1, 2, 2, 3, 3};
  for (size_t i = 0; i < u.size(); ++i) {
    EXPECT_EQ(u[i].line, want_lines[i]) << i;
    EXPECT_EQ(u[i].block, want_blocks[i]) << i;
  }
}

TEST(SegmentTest, LongSentencesAreCut) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "word" + std::to_string(i) + " ";
  text += "end.";
  const std::string no_spaces(50, 'x');
  struct LongCase {
    std::string text;
    size_t max;
  };
  const LongCase cases[] = {{text, 100}, {text, 37}, {no_spaces, 16},
                            {"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 3}};
  for (const LongCase& c : cases) {
    SegmentOptions options;
    options.max_sentence_bytes = c.max;
    std::vector<Sentence> u = Segment(c.text, options);
    ASSERT_FALSE(u.empty());
    size_t covered = 0;
    for (const Sentence& s : u) {
      EXPECT_LE(s.span.size(), c.max);
      EXPECT_GE(s.span.begin, covered);
      covered = s.span.end;
      // Never inside a UTF-8 sequence.
      EXPECT_NE(static_cast<unsigned char>(c.text[s.span.begin]) & 0xC0, 0x80);
    }
    EXPECT_EQ(u.back().span.end, c.text.size());
  }
}

TEST(SegmentTest, NeverCrashesOnRandomText) {
  const std::string alphabet[] = {"a", "B", " ", "\n", ".", "|", "-", "* ",
                                  "1. ", "#", "U.S.", "Name", "Role", ")",
                                  "\"", "\xE2\x80\xA2 ", "Mc", "FC", "---"};
  uint32_t seed = 12345;
  for (int iter = 0; iter < 2000; ++iter) {
    std::string text;
    const int len = static_cast<int>(seed % 60);
    for (int k = 0; k < len; ++k) {
      seed = seed * 1103515245u + 12345u;
      text += alphabet[(seed >> 16) % (sizeof alphabet / sizeof alphabet[0])];
    }
    seed = seed * 1103515245u + 12345u;
    SegmentOptions options;
    options.max_sentence_bytes = 1 + seed % 40;
    for (const Sentence& s : Segment(text, options)) {
      ASSERT_LE(s.span.end, text.size());
      ASSERT_LT(s.span.begin, s.span.end);
      for (const Cell& c : s.cells) ASSERT_LE(c.span.end, text.size());
    }
  }
}

TEST(SegmentTest, ReportsCutUnits) {
  SegmentOptions options;
  options.max_sentence_bytes = 20;
  SegmentReport report;
  Segment("Short one.\nA sentence that runs on and on and on.\n"
          "Another long sentence without any end at all",
          options, &report);
  EXPECT_EQ(report.cut_units, 2u);
  EXPECT_EQ(report.first_cut_line, 2);
  Segment("Short one. Two.", options, &report);
  EXPECT_EQ(report.cut_units, 0u);
  EXPECT_EQ(report.first_cut_line, 0);
}

TEST(SegmentTest, SeedArticle) {
  const std::filesystem::path path =
      std::filesystem::path(CLAIMCHECK_SEEDS_DIR) / "002_e397fd3cfdd0e7be.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no seeds at " << path;
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string original = buf.str();
  std::vector<NormalizeIssue> issues;
  NormalizedText n = Normalize(original, &issues);
  EXPECT_TRUE(issues.empty());
  EXPECT_NE(n.text.find("a U.S. envoy, Steve"), std::string::npos);
  EXPECT_NE(n.text.find("today, zelensky"), std::string::npos);
  EXPECT_NE(n.text.find("Ukraine-U.S. security"), std::string::npos);
  std::vector<Sentence> units = Segment(n.text);
  auto cell = [&](const Sentence& s, size_t i) {
    return i < s.cells.size()
               ? std::string(n.text.substr(s.cells[i].span.begin,
                                           s.cells[i].span.size()))
               : std::string();
  };
  const std::vector<std::string> names = {"Linda Thomas-Graham",
                                          "Jared Kushner", "Sergey Kovalev",
                                          "Ambassador Sophie Lacroix"};
  int pipe_rows = 0, kv_location = 0, glued_rows = 0, line_rows = 0;
  for (const Sentence& s : units) {
    if (s.kind != BlockKind::kTableRow) continue;
    const std::string first = cell(s, 0);
    const bool is_name =
        std::find(names.begin(), names.end(), first) != names.end();
    const int line = s.line;
    if (n.text[s.span.begin] == '|') {
      if (is_name) {
        ++pipe_rows;
        ASSERT_EQ(s.header.size(), 3u);
        EXPECT_EQ(s.header[0], "Participant");
        EXPECT_EQ(s.header[1], "Role");
        EXPECT_EQ(s.header[2], "Notable Prior Involvement");
      }
      if (first == "Location") {
        ++kv_location;
        EXPECT_TRUE(s.header.empty());
        EXPECT_EQ(cell(s, 1), "Paris, France");
      }
    } else if (line == 9) {  // "- 7. >ParticipantRole..." glued in one line
      EXPECT_TRUE(is_name) << first;
      EXPECT_EQ(s.cells.size(), 3u);
      ++glued_rows;
    } else {
      EXPECT_TRUE(is_name) << first;
      ++line_rows;
    }
    if (is_name) {
      EXPECT_EQ(s.header.size(), 3u);
    }
  }
  EXPECT_EQ(pipe_rows, 4);
  EXPECT_EQ(kv_location, 1);
  EXPECT_EQ(glued_rows, 4);
  EXPECT_EQ(line_rows, 4);
  // Every unit maps back into the original.
  for (const Sentence& s : units) {
    Span o = n.ToOriginal(s.span);
    EXPECT_LE(o.end, original.size());
    EXPECT_LT(o.begin, o.end);
  }
}

}  // namespace
}  // namespace claimcheck
