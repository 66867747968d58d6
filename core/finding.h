// Findings: contradictions the rules report, in the shape of DESIGN.md's
// report schema. Rules (rules/) produce them; reports (core/report.h) print
// them.
#ifndef CLAIMCHECK_CORE_FINDING_H_
#define CLAIMCHECK_CORE_FINDING_H_

#include <string>
#include <vector>

#include "core/document.h"

namespace claimcheck {

enum class Severity { kLow, kMedium, kHigh };
const char* SeverityName(Severity s);  // "low", "medium", "high"
// Parses "low" | "medium" | "high"; false on anything else.
bool ParseSeverity(const std::string& text, Severity* out);

// One side of a conflict, as one document states it.
struct FindingValue {
  std::string value;     // normalized ("2025-03-06", "Maria Ortega", "90%")
  std::string text;      // as written in the original
  size_t doc = 0;        // index of the document in the run
  Span span;             // byte range in the ORIGINAL text of that document
  std::string quote;     // the original text of the sentence it stands in
  Span quote_span;       // byte range of the quote in the original text
  std::string claim_id;  // the claim it comes from
};

struct Finding {
  std::string id;        // "x1", "x2", ... numbered by the report
  std::string rule;      // rule module id, "event-date"
  std::string kind;      // DESIGN.md kind, "event_date"
  Severity severity = Severity::kMedium;
  double confidence = 0;
  std::string subject;   // what the conflict is about, in words
  std::vector<FindingValue> values;  // two or more distinct values
  std::string explanation;           // one plain sentence
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_FINDING_H_
