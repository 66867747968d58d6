// Shared scaffolding for the extractor tests: a text through the pipeline's
// preparation (normalizer, segmenter, time tagger), then the extractors.
#ifndef CLAIMCHECK_TESTS_TEST_UTIL_H_
#define CLAIMCHECK_TESTS_TEST_UTIL_H_

#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/extract.h"
#include "core/lexicon.h"
#include "core/pipeline.h"

namespace claimcheck {
namespace testing_util {

struct PreparedText {
  Document doc;
  std::vector<TimeExpr> times;
};

// `published` may be null (no publication date).
inline PreparedText PrepareText(const std::string& text, const char* published = nullptr) {
  static const TimeTagger* tagger = new TimeTagger;
  PreparedText p;
  p.doc.id = "t";
  p.doc.original = text;
  if (published) {
    p.doc.published = published;
    p.doc.published_date = ParseIsoDate(published);
  }
  std::vector<InputError> errors;
  PrepareDocument(&p.doc, *tagger, SegmentOptions{}, &p.times, &errors);
  return p;
}

// Every claim of `type` ExtractClaims finds in `text`, in text order.
inline std::vector<Claim> ClaimsOfType(const std::string& text, ClaimType type,
                                       const char* published = nullptr) {
  PreparedText p = PrepareText(text, published);
  ExtractContext ctx{p.doc, 0, p.times, Lexicons::Default()};
  std::vector<Claim> out;
  for (Claim& c : ExtractClaims(ctx)) {
    if (c.type == type) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace testing_util
}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_TEST_UTIL_H_
