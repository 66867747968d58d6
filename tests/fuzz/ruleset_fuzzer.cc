// Fuzzes the rule-set loader (schema validation, rule options, knowledge and
// lexicon additions). A set that loads also runs over a small fixed corpus,
// so option values that pass validation are exercised.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/pipeline.h"
#include "rules/ruleset.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

const char* const kArticles[] = {
    "The council said 120 homes were damaged in the flood on Monday. "
    "Mayor Ana Ruiz met the regional governor in Tarsel on Tuesday.",
    "Officials said 210 homes were damaged in the flood on Monday. "
    "The plan is 80% complete, the governor's office said. "
    "Deputy Mayor Ana Ruiz met the governor in Pellan on Wednesday.",
};

// The articles, processed once with the default lexicons.
const claimcheck::Corpus& Corpus() {
  static const claimcheck::Corpus* corpus = [] {
    std::vector<claimcheck::Document> docs;
    for (const char* article : kArticles) {
      claimcheck::Document doc;
      doc.id = "a" + std::to_string(docs.size() + 1);
      doc.original = article;
      doc.published_date = claimcheck::CivilDate{2026, 3, 4};
      docs.push_back(std::move(doc));
    }
    claimcheck::PipelineOptions options;
    options.threads = 1;
    claimcheck::Pipeline pipeline(options);
    return new claimcheck::Corpus(pipeline.Process(std::move(docs), {}));
  }();
  return *corpus;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  claimcheck::RuleSet set;
  claimcheck::Status s =
      claimcheck::ParseRuleSet(text, "fuzz-rules.json", &set);
  if (!s.ok()) {
    FUZZ_CHECK(!s.message().empty());
    FUZZ_CHECK(s.message().find('\n') == std::string::npos);
    return 0;
  }
  claimcheck::Lexicons lexicons =
      set.ExtendLexicons(claimcheck::Lexicons::Default());
  claimcheck::RunRules(set, Corpus(), lexicons);
  return 0;
}
