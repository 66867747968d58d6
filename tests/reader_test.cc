#include "core/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Errors(const ReadResult& r) {
  std::vector<std::string> out;
  for (const InputError& e : r.errors) out.push_back(e.ToString());
  return out;
}

std::vector<std::string> Ids(const ReadResult& r) {
  std::vector<std::string> out;
  for (const Document& d : r.documents) out.push_back(d.id);
  return out;
}

std::string DateOf(const Document& d) {
  return d.published_date ? d.published_date->ToString() : "unknown";
}

// A scratch directory, removed afterwards. Paths in messages are relative to
// it (the test changes into it) so expected messages are stable.
class TempDirTest : public testing::Test {
 protected:
  void SetUp() override {
    static int counter = 0;
    root_ = fs::temp_directory_path() /
            ("claimcheck_reader_test_" + std::to_string(::getpid()) + "_" +
             std::to_string(counter++));
    fs::create_directories(root_);
    old_cwd_ = fs::current_path();
    fs::current_path(root_);
  }
  void TearDown() override {
    fs::current_path(old_cwd_);
    std::error_code ec;
    fs::permissions(root_ / "locked", fs::perms::owner_all,
                    fs::perm_options::replace, ec);
    fs::remove_all(root_, ec);
  }
  void Write(const std::string& rel, std::string_view content) {
    fs::path p = root_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
  }

  fs::path root_;
  fs::path old_cwd_;
};

// ---------------------------------------------------------------------------
// Datelines.

TEST(DatelineTest, RecognizesEveryForm) {
  using K = TimeValue::Kind;
  struct Case {
    const char* text;
    const char* dateline;  // the prefix it should cover; nullptr: none
    K kind;
    const char* value;  // TimeValue::ToString()
    const char* place;
    const char* agency;
    const char* published;
  } cases[] = {
      {"Thu Jan 08 12:40:04 UTC 2026: # Harbor deal signed",
       "Thu Jan 08 12:40:04 UTC 2026:", K::kDay, "2026-01-08", "", "",
       "2026-01-08T12:40:04Z"},
      {"Mon Feb 02 07:05:00 EST 2026 - The ferry resumed.",
       "Mon Feb 02 07:05:00 EST 2026 -", K::kDay, "2026-02-02", "", "",
       "2026-02-02T07:05:00"},
      {"Sat Mar  7 23:59:01 +0100 2026 Markets closed.",
       "Sat Mar  7 23:59:01 +0100 2026", K::kDay, "2026-03-07", "", "",
       "2026-03-07T23:59:01+01:00"},
      {"MOSCOW, Jan 22 (Reuters) - A grain convoy left port.",
       "MOSCOW, Jan 22 (Reuters) -", K::kPartial, "XXXX-01-22", "MOSCOW",
       "Reuters", ""},
      {"KYIV, Ukraine, Jan. 9, 2026 (AFP) \xE2\x80\x94 Power returned.",
       "KYIV, Ukraine, Jan. 9, 2026 (AFP) \xE2\x80\x94", K::kDay, "2026-01-09",
       "KYIV", "AFP", "2026-01-09"},
      {"SAN JOSE, Feb 3 (Reuters) \xE2\x80\x93 Chip output rose.",
       "SAN JOSE, Feb 3 (Reuters) \xE2\x80\x93", K::kPartial, "XXXX-02-03",
       "SAN JOSE", "Reuters", ""},
      {"WASHINGTON (AP) \xE2\x80\x94 The committee met.",
       "WASHINGTON (AP) \xE2\x80\x94", K::kUnresolved, "", "WASHINGTON", "AP",
       ""},
      {"OSLO, Norway \xE2\x80\x94 Snow closed the airport.",
       "OSLO, Norway \xE2\x80\x94", K::kUnresolved, "", "OSLO", "", ""},
      {"January 8, 2026 \xE2\x80\x94 The council voted.",
       "January 8, 2026 \xE2\x80\x94", K::kDay, "2026-01-08", "", "",
       "2026-01-08"},
      {"Jan. 8, 2026 - The council voted.", "Jan. 8, 2026 -", K::kDay,
       "2026-01-08", "", "", "2026-01-08"},
      {"Friday, March 6, 2026 -- Rain fell.", "Friday, March 6, 2026 --",
       K::kDay, "2026-03-06", "", "", "2026-03-06"},
      {"6 March 2026: Rain fell.", "6 March 2026:", K::kDay, "2026-03-06", "",
       "", "2026-03-06"},
      {"2026-01-08: The port reopened.", "2026-01-08:", K::kDay, "2026-01-08",
       "", "", "2026-01-08"},
      {"2026-01-08T09:30:00Z - The port reopened.", "2026-01-08T09:30:00Z -",
       K::kDay, "2026-01-08", "", "", "2026-01-08T09:30:00Z"},
      {"\n  \xEF\xBB\xBFLISBON, Feb 29, 2024 (Lusa) - Trams ran late.",
       "\n  \xEF\xBB\xBFLISBON, Feb 29, 2024 (Lusa) -", K::kDay, "2024-02-29",
       "LISBON", "Lusa", "2024-02-29"},
      // Not datelines.
      {"The vote came on January 8, 2026 \xE2\x80\x94 late.", nullptr,
       K::kUnresolved, "", "", "", ""},
      {"Navigating the Storm: Ports Brace for Winter", nullptr, K::kUnresolved,
       "", "", "", ""},
      {"BREAKING: the bridge is closed", nullptr, K::kUnresolved, "", "", "",
       ""},
      {"February 30, 2026 \xE2\x80\x94 Impossible day.", nullptr,
       K::kUnresolved, "", "", "", ""},
      {"In Paris (Reuters) - lowercase place", nullptr, K::kUnresolved, "", "",
       "", ""},
      {"2026-13-08: not a month", nullptr, K::kUnresolved, "", "", "", ""},
      {"Headline first\nJanuary 8, 2026 - later line", nullptr, K::kUnresolved,
       "", "", "", ""},
      {"", nullptr, K::kUnresolved, "", "", "", ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    std::optional<Dateline> d = ParseDateline(c.text);
    if (c.dateline == nullptr) {
      EXPECT_FALSE(d.has_value());
      continue;
    }
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(std::string(c.text).substr(0, d->length), c.dateline);
    EXPECT_EQ(d->date.kind, c.kind);
    EXPECT_EQ(d->date.ToString(), c.value);
    EXPECT_EQ(d->place, c.place);
    EXPECT_EQ(d->agency, c.agency);
    EXPECT_EQ(d->published, c.published);
  }
}

// ---------------------------------------------------------------------------
// JSON and JSONL.

TEST(JsonTest, ReadsOneObjectWithEveryKey) {
  ReadResult r;
  ReadJsonText(
      "\n{\"id\": \"harbor-1\", \"source\": \"Coast Ledger\",\n"
      " \"url\": \"https://ledger.example/harbor\", \"published\": "
      "\"2026-02-11T08:00:00Z\",\n \"title\": \"Harbor works\", \"text\": "
      "\"Caf\\u00e9 owners\\nwelcomed the works.\", \"extra\": [1, 2]}\n",
      "in/one.json", ReadOptions(), &r);
  ASSERT_EQ(Errors(r), std::vector<std::string>{});
  ASSERT_EQ(r.documents.size(), 1u);
  const Document& d = r.documents[0];
  EXPECT_EQ(d.id, "harbor-1");
  EXPECT_EQ(d.source, "Coast Ledger");
  EXPECT_EQ(d.url, "https://ledger.example/harbor");
  EXPECT_EQ(d.title, "Harbor works");
  EXPECT_EQ(d.published, "2026-02-11T08:00:00Z");
  EXPECT_EQ(DateOf(d), "2026-02-11");
  EXPECT_EQ(d.original, "Caf\xC3\xA9 owners\nwelcomed the works.");
  EXPECT_EQ(d.path, "in/one.json");
  EXPECT_EQ(d.first_line, 2);
  EXPECT_TRUE(d.text().empty());
  EXPECT_TRUE(d.sentences.empty());
}

TEST(JsonTest, TableOfRecordsAndErrors) {
  struct Case {
    const char* name;
    std::string content;
    std::vector<std::string> ids;
    std::vector<std::string> errors;
  } cases[] = {
      {"array gets stem-n ids and per-record lines",
       "[\n  {\"text\": \"First note.\"},\n  {\"text\": \"Second note.\", "
       "\"id\": \"n2\"},\n  {\"text\": \"Third note.\"}\n]\n",
       {"batch-1", "n2", "batch-3"},
       {}},
      {"bad records are reported and skipped",
       "[{\"text\": \"Kept.\"},\n 42,\n {\"title\": \"No body\"},\n"
       " {\"text\": 7},\n {\"text\": \"  \"},\n"
       " {\"text\": \"Also kept.\", \"source\": 5, \"title\": null}]",
       {"batch-1", "batch-6"},
       {"batch.json:2: record is not a JSON object; skipped",
        "batch.json:3: record has no \"text\"; skipped",
        "batch.json:4: \"text\" is not a string; record skipped",
        "batch.json:5: \"text\" is empty; record skipped",
        "batch.json:6: \"source\" is not a string; ignored"}},
      {"bad published date",
       "{\"text\": \"Dated badly.\", \"published\": \"last Tuesday\"}",
       {"batch"},
       {"batch.json:1: invalid \"published\" date \"last Tuesday\" (want ISO "
        "8601, YYYY-MM-DD); the date stays unknown"}},
      {"syntax error names its line",
       "[\n {\"text\": \"One.\"},\n {\"text\": \"Two.\",}\n]\n",
       {},
       {"batch.json:3: invalid JSON: unexpected '}'; expected string "
        "literal"}},
      {"truncated file",
       "{\"text\": \"cut",
       {},
       {"batch.json:1: invalid JSON: invalid string: missing closing quote; "
        "last read: '\"cut'"}},
      {"not an object or array",
       "\"just a string\"",
       {},
       {"batch.json:1: expected a JSON object or an array of objects"}},
      {"empty array",
       " []",
       {},
       {"batch.json:1: empty JSON array: no articles"}},
      {"empty", " \n ", {}, {"batch.json: empty file"}},
      {"too deep",
       "{\"text\": \"x\", \"extra\":\n" + std::string(100000, '[') +
           std::string(100000, ']') + "}",
       {},
       {"batch.json:2: JSON nested deeper than 64 levels; skipped"}},
      {"brackets inside strings do not count",
       "{\"text\": \"" + std::string(500, '[') + "\"}",
       {"batch"},
       {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    ReadResult r;
    ReadJsonText(c.content, "batch.json", ReadOptions(), &r);
    EXPECT_EQ(Ids(r), c.ids);
    EXPECT_EQ(Errors(r), c.errors);
  }
}

TEST(JsonTest, ArrayRecordsKnowTheirLines) {
  ReadResult r;
  ReadJsonText("[\n\n {\"text\": \"a\"},\n\n\n {\"text\": \"b\"}]", "x.json",
               ReadOptions(), &r);
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[0].first_line, 3);
  EXPECT_EQ(r.documents[1].first_line, 6);
}

TEST(JsonTest, InvalidUtf8IsKeptAsIs) {
  ReadResult r;
  std::string text = "Bad \xFF byte and \xC3 cut, then caf\xC3\xA9.";
  ReadJsonText("{\"text\": \"" + text + "\", \"title\": \"T\xFE\"}", "u.json",
               ReadOptions(), &r);
  EXPECT_EQ(Errors(r), std::vector<std::string>{});
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].original, text);
  EXPECT_EQ(r.documents[0].title, "T\xFE");
}

TEST(JsonlTest, KeepsGoodLinesAroundBadOnes) {
  ReadResult r;
  ReadJsonlText(
      "{\"text\": \"Line one.\", \"published\": \"2026-03-01\"}\n"
      "{\"text\": \"broken\"\n"
      "\n"
      "{\"text\": \"Line four.\", \"id\": \"four\"}\r\n"
      "[{\"text\": \"in an array\"}]\n"
      "{\"text\": \"Line six.\"}",
      "feed.jsonl", ReadOptions(), &r);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"feed-1", "four", "feed-6"}));
  EXPECT_EQ(Errors(r),
            (std::vector<std::string>{
                "feed.jsonl:2: invalid JSON: unexpected end of input; "
                "expected '}'",
                "feed.jsonl:5: record is not a JSON object; skipped"}));
  ASSERT_EQ(r.documents.size(), 3u);
  EXPECT_EQ(r.documents[0].first_line, 1);
  EXPECT_EQ(DateOf(r.documents[0]), "2026-03-01");
  EXPECT_EQ(r.documents[1].first_line, 4);
  EXPECT_EQ(r.documents[1].original, "Line four.");
  EXPECT_EQ(r.documents[2].first_line, 6);
}

TEST(JsonlTest, DepthLimitPerLine) {
  ReadOptions opts;
  opts.max_json_depth = 3;
  ReadResult r;
  ReadJsonlText(
      "{\"text\": \"ok\", \"a\": [[1]]}\n"
      "{\"text\": \"no\", \"a\": [[[1]]]}\n" +
          std::string(1 << 20, '{') + "\n",
      "d.jsonl", opts, &r);
  EXPECT_EQ(Ids(r), std::vector<std::string>{"d-1"});
  EXPECT_EQ(Errors(r),
            (std::vector<std::string>{
                "d.jsonl:2: JSON nested deeper than 3 levels; skipped",
                "d.jsonl:3: JSON nested deeper than 3 levels; skipped"}));
}

TEST(JsonlTest, DocumentLimitDropsTheRestWithOneError) {
  ReadOptions opts;
  opts.max_documents = 2;
  ReadResult r;
  ReadJsonlText(
      "{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\"}\n"
      "{\"text\": \"d\"}\n",
      "many.jsonl", opts, &r);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"many-1", "many-2"}));
  EXPECT_EQ(Errors(r),
            std::vector<std::string>{
                "many.jsonl:3: over the limit of 2 documents; this and later "
                "documents are dropped"});
}

TEST(JsonlTest, DuplicateIdsAreRenamed) {
  ReadResult r;
  ReadJsonlText(
      "{\"id\": \"a\", \"text\": \"1\"}\n"
      "{\"id\": \"a\", \"text\": \"2\"}\n"
      "{\"id\": \"a~2\", \"text\": \"3\"}\n"
      "{\"id\": \"a\", \"text\": \"4\"}\n",
      "dup.jsonl", ReadOptions(), &r);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"a", "a~2", "a~2~2", "a~3"}));
  EXPECT_EQ(Errors(r),
            (std::vector<std::string>{
                "dup.jsonl:2: duplicate id \"a\"; renamed to \"a~2\"",
                "dup.jsonl:3: duplicate id \"a~2\"; renamed to \"a~2~2\"",
                "dup.jsonl:4: duplicate id \"a\"; renamed to \"a~3\""}));
}

// ---------------------------------------------------------------------------
// Plain text and Markdown.

TEST(PlainTextTest, FrontMatterDatelinesAndSidecars) {
  struct Case {
    const char* name;
    std::string content;
    std::string sidecar;
    std::string id, title, source, published, date, original;
    int first_line;
    std::vector<std::string> errors;
  } cases[] = {
      {"no metadata at all",
       "Ferry crews stayed in port.\nWinds eased by noon.\n",
       "",
       "harbor",
       "",
       "",
       "",
       "unknown",
       "Ferry crews stayed in port.\nWinds eased by noon.\n",
       1,
       {}},
      {"front matter with quotes, comments and unknown keys",
       "---\nid: ferry-7\n# a comment\ntitle: \"Crews \\\"stay\\\" put\"\n"
       "source: 'Isle Post'\nauthor: R. Vale\npublished: 2026-02-02\n---\n"
       "Ferry crews stayed in port.\n",
       "",
       "ferry-7",
       "Crews \"stay\" put",
       "Isle Post",
       "2026-02-02",
       "2026-02-02",
       "Ferry crews stayed in port.\n",
       9,
       {}},
      {"date is an alias of published",
       "---\ndate: 2026-02-03\n---\nText.\n",
       "",
       "harbor",
       "",
       "",
       "2026-02-03",
       "2026-02-03",
       "Text.\n",
       4,
       {}},
      {"dateline gives the date and stays in the text",
       "VALLETTA, Feb 4, 2026 (Reuters) - Ferry crews stayed in port.\n",
       "",
       "harbor",
       "",
       "",
       "2026-02-04",
       "2026-02-04",
       "VALLETTA, Feb 4, 2026 (Reuters) - Ferry crews stayed in port.\n",
       1,
       {}},
      {"a dateline without a year leaves the date unknown",
       "VALLETTA, Feb 4 (Reuters) - Ferry crews stayed in port.\n",
       "",
       "harbor",
       "",
       "",
       "",
       "unknown",
       "VALLETTA, Feb 4 (Reuters) - Ferry crews stayed in port.\n",
       1,
       {}},
      {"metadata wins over the dateline",
       "---\npublished: 2026-02-05\n---\nFeb. 4, 2026 - Crews waited.\n",
       "",
       "harbor",
       "",
       "",
       "2026-02-05",
       "2026-02-05",
       "Feb. 4, 2026 - Crews waited.\n",
       4,
       {}},
      {"bad front matter date falls back to the dateline",
       "---\npublished: soon\n---\nFeb. 4, 2026 - Crews waited.\n",
       "",
       "harbor",
       "",
       "",
       "2026-02-04",
       "2026-02-04",
       "Feb. 4, 2026 - Crews waited.\n",
       4,
       {"notes/harbor.txt:2: invalid \"published\" date \"soon\" (want ISO "
        "8601, YYYY-MM-DD); the date stays unknown"}},
      {"sidecar fills metadata",
       "Crews waited.\n",
       "{\"id\": \"side\", \"source\": \"Isle Post\", \"published\": "
       "\"2026-02-06\", \"url\": \"https://isle.example/a\"}",
       "side",
       "",
       "Isle Post",
       "2026-02-06",
       "2026-02-06",
       "Crews waited.\n",
       1,
       {}},
      {"front matter wins over the sidecar",
       "---\nsource: Harbor Desk\n---\nCrews waited.\n",
       "{\"source\": \"Isle Post\", \"published\": \"2026-02-06\"}",
       "harbor",
       "",
       "Harbor Desk",
       "2026-02-06",
       "2026-02-06",
       "Crews waited.\n",
       4,
       {}},
      {"malformed sidecar is named",
       "Crews waited.\n",
       "{\"source\": \"Isle Post\",\n \"published\": }",
       "harbor",
       "",
       "",
       "",
       "unknown",
       "Crews waited.\n",
       1,
       {"notes/harbor.meta.json:2: invalid JSON: unexpected '}'; expected "
        "'[', '{', or a literal"}},
      {"sidecar of the wrong shape",
       "Crews waited.\n",
       "[1, 2]",
       "harbor",
       "",
       "",
       "",
       "unknown",
       "Crews waited.\n",
       1,
       {"notes/harbor.meta.json:1: sidecar is not a JSON object; ignored"}},
      {"sidecar with a bad value",
       "Crews waited.\n",
       "{\"published\": 20260206, \"title\": \"Waiting\"}",
       "harbor",
       "Waiting",
       "",
       "",
       "unknown",
       "Crews waited.\n",
       1,
       {"notes/harbor.meta.json:1: \"published\" is not a string; ignored"}},
      {"unclosed front matter is read as text",
       "---\ntitle: Lost\nCrews waited.\n",
       "",
       "harbor",
       "",
       "",
       "",
       "unknown",
       "---\ntitle: Lost\nCrews waited.\n",
       1,
       {"notes/harbor.txt:1: front matter is not closed by a \"---\" line; "
        "read as text"}},
      {"front matter line without a colon",
       "---\ntitle: Kept\njust words\n---\nCrews waited.\n",
       "",
       "harbor",
       "Kept",
       "",
       "",
       "unknown",
       "Crews waited.\n",
       5,
       {"notes/harbor.txt:3: front matter line is not \"key: value\"; "
        "ignored"}},
      {"a rule around prose is not front matter",
       "---\nJust words here.\n---\nCrews waited.\n",
       "",
       "harbor",
       "",
       "",
       "",
       "unknown",
       "---\nJust words here.\n---\nCrews waited.\n",
       1,
       {}},
      {"YAML lists in front matter are skipped",
       "---\ntags:\n  - port\n- ferry\ntitle: Lists\n---\nCrews waited.\n",
       "",
       "harbor",
       "Lists",
       "",
       "",
       "unknown",
       "Crews waited.\n",
       7,
       {}},
      {"CRLF front matter and a BOM",
       "\xEF\xBB\xBF---\r\ntitle: Windows\r\n---\r\nCrews waited.\r\n",
       "",
       "harbor",
       "Windows",
       "",
       "",
       "unknown",
       "Crews waited.\r\n",
       4,
       {}},
      {"front matter and nothing else",
       "---\ntitle: Empty\n---\n\n",
       "",
       "",
       "",
       "",
       "",
       "",
       "",
       0,
       {"notes/harbor.txt:4: no article text after the front matter"}},
      {"empty",
       "  \n",
       "",
       "",
       "",
       "",
       "",
       "",
       "",
       0,
       {"notes/harbor.txt: empty file"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    ReadResult r;
    ReadPlainText(c.content, "notes/harbor.txt", c.sidecar, &r);
    EXPECT_EQ(Errors(r), c.errors);
    if (c.id.empty()) {
      EXPECT_TRUE(r.documents.empty());
      continue;
    }
    ASSERT_EQ(r.documents.size(), 1u);
    const Document& d = r.documents[0];
    EXPECT_EQ(d.id, c.id);
    EXPECT_EQ(d.title, c.title);
    EXPECT_EQ(d.source, c.source);
    EXPECT_EQ(d.published, c.published);
    EXPECT_EQ(DateOf(d), c.date);
    EXPECT_EQ(d.original, c.original);
    EXPECT_EQ(d.first_line, c.first_line);
    EXPECT_EQ(d.path, "notes/harbor.txt");
  }
}

TEST(PlainTextTest, DateCommandDatelineGivesDateTime) {
  ReadResult r;
  ReadPlainText("Thu Jan 08 12:40:04 UTC 2026: # Bridge reopens\n\nText.\n",
                "b.md", "", &r);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].published, "2026-01-08T12:40:04Z");
  EXPECT_EQ(DateOf(r.documents[0]), "2026-01-08");
  EXPECT_EQ(r.documents[0].id, "b");
}

// ---------------------------------------------------------------------------
// HTML.

const char kPage[] = R"(<!DOCTYPE html>
<html><head>
<title>Bridge  reopens &amp; traffic returns</title>
<meta property="og:title" content="OG title loses">
<meta property="article:published_time" content="2026-02-14T06:30:00+01:00">
<meta property="og:site_name" content="Valley Courier">
<link rel="canonical" href="https://courier.example/bridge">
<style>p { color: red }</style>
<script>var nav = "<p>not text</p>";</script>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<header class="site">Valley Courier &mdash; since 1921</header>
<div role="navigation">Skip me</div>
<article>
<header><h1>Ignored article header</h1><time datetime="2026-02-13">yesterday</time></header>
<h2>Bridge   reopens</h2>
<p>The river bridge reopened on Friday,
   three weeks <em>ahead</em> of schedule.</p>
<p>Engineers said &quot;the deck&quot; passed every test&nbsp;&ndash; twice.<br>Drivers cheered.</p>
<ul><li>Two lanes open</li><li>Cyclists <b>welcome</b></li><li></li></ul>
<table>
<tr><th>Span</th><th>Length</th></tr>
<tr><td>North</td><td>120 m</td></tr>
<tr><td><p>South</p></td><td>95 m</td></tr>
</table>
<noscript>Enable scripts</noscript>
<aside>Related: other bridges</aside>
<form><input name=q><button>Search</button></form>
<pre>  keep   this
 spacing</pre>
</article>
<footer>Copyright Valley Courier</footer>
</body></html>
)";

TEST(HtmlTest, ExtractsMetadataAndArticleText) {
  ReadResult r;
  ReadHtmlText(kPage, "web/bridge.html", &r);
  EXPECT_EQ(Errors(r), std::vector<std::string>{});
  ASSERT_EQ(r.documents.size(), 1u);
  const Document& d = r.documents[0];
  EXPECT_EQ(d.id, "bridge");
  EXPECT_EQ(d.title, "Bridge reopens & traffic returns");
  EXPECT_EQ(d.source, "Valley Courier");
  EXPECT_EQ(d.url, "https://courier.example/bridge");
  EXPECT_EQ(d.published, "2026-02-14T06:30:00+01:00");
  EXPECT_EQ(DateOf(d), "2026-02-14");
  EXPECT_EQ(d.first_line, 15);  // the <article>
  EXPECT_EQ(d.original,
            "# Bridge reopens\n"
            "The river bridge reopened on Friday, three weeks ahead of "
            "schedule.\n"
            "Engineers said \"the deck\" passed every test\xC2\xA0\xE2\x80\x93 "
            "twice.\n"
            "Drivers cheered.\n"
            "- Two lanes open\n"
            "- Cyclists welcome\n"
            "| Span | Length |\n"
            "| --- | --- |\n"
            "| North | 120 m |\n"
            "| South | 95 m |\n"
            "  keep   this\n"
            " spacing");
}

TEST(HtmlTest, TableOfPages) {
  struct Case {
    const char* name;
    std::string html;
    std::string title, published, url, original;
    std::vector<std::string> errors;
  } cases[] = {
      {"published from the first <time>, og:title without <title>",
       "<meta property=og:title content='Dam report'>"
       "<meta property=og:url content='https://x.example/dam'>"
       "<nav><time datetime='2020-01-01'>old</time></nav>"
       "<main><p>Water rose <time datetime='2026-03-02T10:00'>Monday</time>."
       "</p><time datetime='2026-03-09'>later</time></main>",
       "Dam report",
       "2026-03-02T10:00",
       "https://x.example/dam",
       "Water rose Monday.\nlater",
       {}},
      {"<main> when there is no <article>",
       "<title>T</title><body><div>Menu</div><main><h3>Dam</h3><p>Water "
       "rose.</p></main></body>",
       "T",
       "",
       "",
       "# Dam\nWater rose.",
       {}},
      {"<body> when there is neither",
       "<title>T</title><p>One.</p><div>Two<div>Three</div></div>"
       "<footer>f</footer>",
       "T",
       "",
       "",
       "One.\nTwo\nThree",
       {}},
      {"the longest outermost <article>",
       "<article><p>Short teaser.</p></article>"
       "<article><p>The full story is longer than the teaser.</p>"
       "<article><p>Nested comment.</p></article></article>",
       "",
       "",
       "",
       "The full story is longer than the teaser.\nNested comment.",
       {}},
      {"meta names and itemprop",
       "<meta name=pubdate content=20260301><meta itemprop=datePublished "
       "content=2026-03-04><p>x</p>",
       "",
       "2026-03-04",
       "",
       "x",
       {}},
      {"an unparseable meta date is reported",
       "<head>\n<meta name=\"date\" content=\"March 4th\">\n</head><p>x</p>",
       "",
       "",
       "",
       "x",
       {"page.html:2: invalid \"published\" date \"March 4th\" (want ISO 8601, "
        "YYYY-MM-DD); the date stays unknown"}},
      {"hidden and aria-hidden content",
       "<p>Seen.</p><p hidden>Hidden.</p><span aria-hidden=true>Icon</span>"
       "<div role=contentinfo>Legal</div>",
       "",
       "",
       "",
       "Seen.",
       {}},
      {"nothing but scripts",
       "<script>alert(1)</script><nav>Menu</nav>",
       "",
       "",
       "",
       "",
       {"page.html: no article text found in the HTML; skipped"}},
      {"deep nesting is rejected before parsing",
       "<p>x</p>\n" +
           [] {
             std::string s;
             for (int i = 0; i < 100000; ++i) s += "<div>";
             return s;
           }(),
       "",
       "",
       "",
       "",
       {"page.html:2: HTML nested deeper than 256 elements; skipped"}},
      {"deep formatting elements too",
       [] {
         std::string s;
         for (int i = 0; i < 5000; ++i) {
           s += "<b id=" + std::to_string(i) + ">x</p>";
         }
         return s;
       }(),
       "",
       "",
       "",
       "",
       {"page.html:1: HTML nested deeper than 256 elements; skipped"}},
      {"tables nested through misplaced end tags",
       [] {
         std::string s;
         for (int i = 0; i < 3000; ++i) s += "<div><table></div>";
         return s;
       }(),
       "",
       "",
       "",
       "",
       {"page.html:1: HTML nested deeper than 256 elements; skipped"}},
      {"too many attributes",
       [] {
         std::string s = "<p>ok</p>\n\n<div";
         for (int i = 0; i < 5000; ++i) s += " a" + std::to_string(i);
         return s + ">x</div>";
       }(),
       "",
       "",
       "",
       "",
       {"page.html:3: HTML tag with more than 100 attributes; skipped"}},
      {"sloppy but shallow HTML is fine",
       [] {
         std::string s = "<table>";
         for (int i = 0; i < 2000; ++i) s += "<tr><td>c<td>d";
         s += "</table><ul>";
         for (int i = 0; i < 2000; ++i) s += "<li><p><font>x";
         for (int i = 0; i < 2000; ++i) s += "<div><span>y</div>";
         return s;
       }(),
       "",
       "",
       "",
       "",
       {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    ReadResult r;
    auto start = std::chrono::steady_clock::now();
    ReadHtmlText(c.html, "page.html", &r);
    EXPECT_LT(std::chrono::steady_clock::now() - start,
              std::chrono::seconds(5));
    EXPECT_EQ(Errors(r), c.errors);
    if (!c.errors.empty()) {
      continue;
    }
    ASSERT_EQ(r.documents.size(), 1u);
    const Document& d = r.documents[0];
    EXPECT_EQ(d.title, c.title);
    EXPECT_EQ(d.published, c.published);
    EXPECT_EQ(d.url, c.url);
    if (!c.original.empty()) {
      EXPECT_EQ(d.original, c.original);
    }
  }
}

// ---------------------------------------------------------------------------
// ReadInputs: files, directories, stdin, bad input.

TEST_F(TempDirTest, DirectoriesAreReadRecursivelyInSortedOrder) {
  Write("in/b.txt", "Second file.\n");
  Write("in/a.md", "First file.\n");
  Write("in/sub/c.json", "{\"text\": \"Third.\"}");
  Write("in/sub/d.jsonl", "{\"text\": \"Fourth.\"}\n{\"text\": \"Fifth.\"}\n");
  Write("in/sub/e.html", "<title>Sixth</title><p>Sixth.</p>");
  Write("in/b.meta.json", "{\"title\": \"From the sidecar\"}");
  Write("in/orphan.meta.json", "{\"text\": \"never an article\"}");
  Write("in/.hidden.txt", "Hidden.\n");
  Write("in/.git/x.txt", "Hidden dir.\n");
  Write("in/.DS_Store", std::string("\0\0\1Bud1", 7));
  Write("in/notes.csv", "a,b\n");
  std::error_code ec;
  fs::create_directory_symlink(root_ / "in", root_ / "in/sub/loop", ec);
  ReadResult r = ReadInputs({"in"}, ReadOptions());
  EXPECT_EQ(Errors(r), std::vector<std::string>{});
  EXPECT_EQ(Ids(r),
            (std::vector<std::string>{"a", "b", "c", "d-1", "d-2", "e"}));
  ASSERT_EQ(r.documents.size(), 6u);
  EXPECT_EQ(r.documents[0].path, "in/a.md");
  EXPECT_EQ(r.documents[1].title, "From the sidecar");
  EXPECT_EQ(r.documents[3].path, "in/sub/d.jsonl");
  EXPECT_EQ(r.documents[4].first_line, 2);
  EXPECT_EQ(r.documents[5].title, "Sixth");
}

// A dateline without a year takes it from the other reports of the run, and
// only when they agree on the time of year.
TEST_F(TempDirTest, DatelineYearComesFromTheRun) {
  Write("one/a.txt", "CAIRO, Jan. 2 (Nile Press) - Talks resumed.\n");
  Write("one/b.txt", "---\npublished: 2025-12-30\n---\nTalks were due to resume.\n");
  ReadResult r = ReadInputs({"one"}, ReadOptions());
  ASSERT_EQ(r.documents.size(), 2u);
  ASSERT_TRUE(r.documents[0].published_date.has_value());
  EXPECT_EQ(r.documents[0].published, "2026-01-02");  // nearest, across the new year
  EXPECT_TRUE(r.documents[0].published_year_inferred);

  // Alone, or among reports of different years: unknown, never the clock.
  ReadResult alone = ReadInputs({"one/a.txt"}, ReadOptions());
  ASSERT_EQ(alone.documents.size(), 1u);
  EXPECT_FALSE(alone.documents[0].published_date.has_value());
  Write("mixed/a.txt", "CAIRO, Jan. 2 (Nile Press) - Talks resumed.\n");
  Write("mixed/b.txt", "---\npublished: 2025-12-30\n---\nTalks.\n");
  Write("mixed/c.txt", "---\npublished: 2024-06-01\n---\nOther talks.\n");
  ReadResult mixed = ReadInputs({"mixed"}, ReadOptions());
  ASSERT_EQ(mixed.documents.size(), 3u);
  EXPECT_FALSE(mixed.documents[0].published_date.has_value());
}

TEST_F(TempDirTest, BadInputsAreReportedAndTheRestIsRead) {
  Write("good.txt", "A good article.\n");
  Write("empty.txt", "");
  Write("blank.json", "  \n");
  Write("bin.txt", std::string("PK\3\4\0\0binary", 12));
  std::string controls(100, '\x01');
  controls += "mostly control bytes";
  Write("ctl.md", controls);
  Write("big.jsonl", std::string(2000, ' ') + "{\"text\": \"x\"}");
  Write("notes.log", "An explicitly named log file.\n");
  Write("x.meta.json", "{\"title\": \"t\"}");
  Write("sub/keep.txt", "Kept.\n");
  ReadOptions opts;
  opts.max_file_bytes = 1000;
  ReadResult r =
      ReadInputs({"good.txt", "missing.txt", "nodir/x.json", "empty.txt",
                  "blank.json", "bin.txt", "ctl.md", "big.jsonl", "notes.log",
                  "x.meta.json", "sub", "-"},
                 opts);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"good", "notes", "keep"}));
  EXPECT_EQ(
      Errors(r),
      (std::vector<std::string>{
          "missing.txt: no such file or directory",
          "nodir/x.json: no such file or directory",
          "empty.txt: empty file",
          "blank.json: empty file",
          "bin.txt: binary file, skipped",
          "ctl.md: binary file, skipped",
          "big.jsonl: file is 2013 bytes, over the limit of 1000; skipped",
          "x.meta.json: metadata sidecar, not an article; skipped",
          "-: no standard input to read",
      }));
}

TEST_F(TempDirTest, UnreadableFilesAndDirectories) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads everything";
  Write("locked/a.txt", "Text.\n");
  Write("secret.txt", "Text.\n");
  fs::permissions("secret.txt", fs::perms::none);
  fs::permissions("locked", fs::perms::none);
  ReadResult r = ReadInputs({"secret.txt", "locked"}, ReadOptions());
  EXPECT_EQ(Errors(r),
            (std::vector<std::string>{
                "secret.txt: cannot open file: permission denied",
                "locked: cannot read directory: permission denied"}));
  fs::permissions("secret.txt", fs::perms::owner_all);
}

TEST_F(TempDirTest, StdinIsJsonl) {
  std::istringstream in(
      "{\"text\": \"From a pipe.\", \"id\": \"p1\"}\nnot json\n"
      "{\"text\": \"Again.\"}\n");
  Write("p1.txt", "Same id as the first record.\n");
  ReadResult r = ReadInputs({"-", "p1.txt"}, ReadOptions(), &in);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"p1", "stdin-3", "p1~2"}));
  EXPECT_EQ(Errors(r),
            (std::vector<std::string>{
                "-:2: invalid JSON: invalid literal; last read: 'no'",
                "p1.txt:1: duplicate id \"p1\"; renamed to \"p1~2\""}));
  EXPECT_EQ(r.documents[0].path, "-");

  std::istringstream empty("");
  r = ReadInputs({"-"}, ReadOptions(), &empty);
  EXPECT_EQ(Errors(r), std::vector<std::string>{"-: empty input"});
}

TEST_F(TempDirTest, DocumentLimitStopsTheRun) {
  Write("d/1.txt", "One.\n");
  Write("d/2.txt", "Two.\n");
  Write("d/3.txt", "Three.\n");
  ReadOptions opts;
  opts.max_documents = 2;
  ReadResult r = ReadInputs({"d", "d/1.txt"}, opts);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(Errors(r),
            std::vector<std::string>{
                "d/3.txt:1: over the limit of 2 documents; this and later "
                "documents are dropped"});
}

TEST_F(TempDirTest, LineLimitCutsOrSkipsTexts) {
  Write("cut.txt", "First line.\n" + std::string(40, 'x') + "\nLast line.\n");
  Write("whole.txt", "---\nid: w\n---\n\n" + std::string(40, 'y') + "\n");
  Write("fine.txt", std::string(32, 'z') + "\n");
  ReadOptions opts;
  opts.max_line_bytes = 32;
  ReadResult r = ReadInputs({"cut.txt", "whole.txt", "fine.txt"}, opts);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"cut", "fine"}));
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[0].original, "First line.\n");
  EXPECT_EQ(Errors(r),
            (std::vector<std::string>{
                "cut.txt:2: line is 40 bytes, over the limit of 32; the text "
                "is cut before it",
                "whole.txt:5: line is 40 bytes, over the limit of 32; "
                "skipped"}));
  opts.max_line_bytes = 0;  // no limit
  r = ReadInputs({"cut.txt", "whole.txt"}, opts);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"cut", "w"}));
  EXPECT_TRUE(r.errors.empty());
}

TEST(JsonlTest, LineLimitSkipsLongLines) {
  ReadOptions opts;
  opts.max_line_bytes = 48;
  ReadResult r;
  ReadJsonlText("{\"text\": \"short\"}\n"
                "{\"text\": \"" + std::string(60, 'a') + "\"}\n"
                "{\"text\": \"also short\"}\n",
                "lines.jsonl", opts, &r);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"lines-1", "lines-3"}));
  EXPECT_EQ(Errors(r),
            std::vector<std::string>{
                "lines.jsonl:2: line is 72 bytes, over the limit of 48; "
                "skipped"});
}

TEST(JsonTest, LineLimitCutsTheTextAtTheRecordsLine) {
  ReadOptions opts;
  opts.max_line_bytes = 32;
  ReadResult r;
  ReadJsonText("[{\"text\": \"kept\"},\n {\"text\": \"ok\\n" +
                   std::string(40, 'b') + "\\nlost\"}]\n",
               "cut.json", opts, &r);
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[1].original, "ok\n");
  EXPECT_EQ(Errors(r),
            std::vector<std::string>{
                "cut.json:2: a line of the text is 40 bytes, over the limit "
                "of 32; the text is cut before it"});
}

TEST_F(TempDirTest, HostileBytesNeverCrash) {
  // Pseudo-random inputs through every reader: no crash, no hang.
  uint32_t state = 12345;
  auto next = [&] {
    state = state * 1103515245u + 12345u;
    return static_cast<char>((state >> 16) & 0xFF);
  };
  const char* alphabet[] = {
      "{",       "}",    "[",     "]",  "\"",   "\\",
      ":",       ",",    "<",     ">",  "</",   "<p>",
      "<table>", "<td>", "---\n", "\n", "text", "\xE2\x80\x94",
      "\xFF",    "&amp;"};
  for (int round = 0; round < 200; ++round) {
    std::string s;
    for (int i = 0; i < 300; ++i) {
      if (round % 2 == 0) {
        s += alphabet[static_cast<unsigned char>(next()) % 20];
      } else {
        char c = next();
        s += c == 0 ? ' ' : c;
      }
    }
    ReadResult r;
    ReadJsonText(s, "f.json", ReadOptions(), &r);
    ReadJsonlText(s, "f.jsonl", ReadOptions(), &r);
    ReadPlainText(s, "f.txt", s, &r);
    ReadHtmlText(s, "f.html", &r);
    ParseDateline(s);
  }
  SUCCEED();
}

// ---------------------------------------------------------------------------
// The example inputs under tests/data/inputs (used by the CLI tests too).

TEST(ExampleInputsTest, ReadAsDocumented) {
  std::string dir = std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/data/inputs";
  ReadResult r = ReadInputs({dir}, ReadOptions());
  std::vector<std::string> errors;
  for (InputError e : r.errors) {
    e.path = fs::path(e.path).filename().string();
    errors.push_back(e.ToString());
  }
  EXPECT_EQ(errors, (std::vector<std::string>{
                        "feed.jsonl:3: invalid JSON: unexpected number "
                        "literal; expected ':'"}));
  EXPECT_EQ(Ids(r),
            (std::vector<std::string>{
                "feed-1", "feed-2", "feed-4", "ferry-schedule", "library-vote",
                "museum-roof", "orchard-1", "orchard-2", "rail-strike"}));
  for (const Document& d : r.documents) {
    SCOPED_TRACE(d.id);
    EXPECT_TRUE(d.published_date.has_value());
    EXPECT_FALSE(d.original.empty());
  }
}

// ---------------------------------------------------------------------------
// The seed articles (third-party text: read in place, never copied).

TEST(SeedsTest, ReadsTheFiveSeeds) {
  std::string dir = CLAIMCHECK_SEEDS_DIR;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) GTEST_SKIP() << "no seeds at " << dir;
  ReadResult r = ReadInputs({dir}, ReadOptions());
  EXPECT_EQ(Errors(r), std::vector<std::string>{});
  ASSERT_EQ(Ids(r), (std::vector<std::string>{
                        "000_69e13e1760521a70", "001_e1d9d2420cfab3f6",
                        "002_e397fd3cfdd0e7be", "003_609237cab26fb9ed",
                        "004_59476e073aab8752"}));
  const char* dates[] = {"2026-01-08", "2025-12-29", "2026-01-08", "2025-12-16",
                         "unknown"};
  for (size_t i = 0; i < 5; ++i) {
    const Document& d = r.documents[i];
    SCOPED_TRACE(d.id);
    EXPECT_EQ(DateOf(d), dates[i]);
    EXPECT_EQ(fs::path(d.path).extension(), ".txt");
    EXPECT_EQ(d.first_line, 1);
    EXPECT_GT(d.original.size(), 1000u);
  }
  EXPECT_EQ(r.documents[0].published, "2026-01-08T12:40:04Z");
  EXPECT_TRUE(r.documents[0].original.starts_with("Thu Jan 08 12:40:04 UTC"));
  EXPECT_EQ(r.documents[2].source, "archyde.com");
  EXPECT_TRUE(r.documents[2].url.starts_with("https://www.archyde.com/"));
  EXPECT_EQ(r.documents[3].source, "globalnetnews.com");
  EXPECT_TRUE(r.documents[4].source.empty());
  EXPECT_FALSE(r.documents[4].published_date.has_value());
}

}  // namespace
}  // namespace claimcheck
