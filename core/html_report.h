// The HTML report: one self-contained file (no network, no external assets)
// for people. Counts by kind and severity at the top; each contradiction a
// card with its sources side by side (outlet, date, link, the quote with the
// conflicting words highlighted), the explanation, severity and confidence,
// and the part of the fact graph around it; filters by kind, severity and
// document; the documents read and the input errors.
#ifndef CLAIMCHECK_CORE_HTML_REPORT_H_
#define CLAIMCHECK_CORE_HTML_REPORT_H_

#include <string>
#include <vector>

#include "core/finding.h"
#include "core/graph.h"
#include "core/pipeline.h"
#include "core/report.h"

namespace claimcheck {

std::string ReportHtml(const Corpus& corpus, const std::vector<Finding>& findings,
                       const RunInfo& info, const FactGraph& graph);

// Renders DOT to SVG with Graphviz's `dot` (Debian package graphviz).
bool DotToSvg(const std::string& dot, std::string* svg, std::string* error);

// Escapes &, <, >, " and ' for HTML text and attributes.
std::string HtmlEscape(const std::string& s);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_HTML_REPORT_H_
