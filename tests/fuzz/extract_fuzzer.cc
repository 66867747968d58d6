// Fuzzes the whole per-document pipeline and the rules: the input is split
// at form feeds into up to four articles (published on consecutive days),
// which are normalized, segmented, time-tagged and extracted, and the
// built-in rule set runs over them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/pipeline.h"
#include "rules/ruleset.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const claimcheck::RuleSet* rules = [] {
    auto* set = new claimcheck::RuleSet;
    claimcheck::Status s = claimcheck::LoadRuleSet("", set);
    FUZZ_CHECK(s.ok());
    return set;
  }();
  static claimcheck::Pipeline* pipeline = [] {
    claimcheck::PipelineOptions options;
    options.threads = 1;
    return new claimcheck::Pipeline(options);
  }();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<claimcheck::Document> docs;
  while (docs.size() < 4) {
    size_t at = input.find('\f');
    claimcheck::Document doc;
    doc.id = "d" + std::to_string(docs.size() + 1);
    doc.path = doc.id + ".txt";
    doc.original = std::string(input.substr(0, at));
    doc.published_date =
        claimcheck::CivilDate{2026, 1, 10 + static_cast<int>(docs.size())};
    docs.push_back(std::move(doc));
    if (at == std::string_view::npos) break;
    input.remove_prefix(at + 1);
  }
  claimcheck::Corpus corpus = pipeline->Process(std::move(docs), {});
  for (const claimcheck::Claim& c : corpus.claims) {
    FUZZ_CHECK(c.doc < corpus.documents.size());
    const claimcheck::Document& d = corpus.documents[c.doc];
    FUZZ_CHECK(c.sentence < d.sentences.size());
    FUZZ_CHECK(c.span.begin <= c.span.end && c.span.end <= d.text().size());
    claimcheck::Span o = d.ToOriginal(c.span);
    FUZZ_CHECK(o.begin <= o.end && o.end <= d.original.size());
  }
  claimcheck::RunRules(*rules, corpus, claimcheck::Lexicons::Default());
  return 0;
}
