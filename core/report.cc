#include "core/report.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <set>
#include <utility>

namespace claimcheck {

using nlohmann::json;

const char* Version() { return CLAIMCHECK_VERSION; }

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kLow: return "low";
    case Severity::kMedium: return "medium";
    case Severity::kHigh: return "high";
  }
  return "medium";
}

bool ParseSeverity(const std::string& text, Severity* out) {
  if (text == "low") *out = Severity::kLow;
  else if (text == "medium") *out = Severity::kMedium;
  else if (text == "high") *out = Severity::kHigh;
  else return false;
  return true;
}

namespace {

json SpanJson(Span s) { return json::array({s.begin, s.end}); }

json NullIfEmpty(const std::string& s) { return s.empty() ? json() : json(s); }

// A mention as JSON: written text, normalized value, original span.
json MentionJson(const Document& doc, const Mention& m) {
  Span o = doc.ToOriginal(m.span);
  return json{{"text", std::string(doc.OriginalSlice(m.span))},
              {"value", m.value},
              {"span", SpanJson(o)}};
}

json DocumentJson(const Document& d) {
  return json{{"id", d.id},
              {"source", NullIfEmpty(d.source)},
              {"url", NullIfEmpty(d.url)},
              {"published", NullIfEmpty(d.published)},
              {"title", NullIfEmpty(d.title)},
              {"path", NullIfEmpty(d.path)}};
}

json ErrorsJson(const std::vector<InputError>& errors) {
  json out = json::array();
  for (const InputError& e : errors) {
    out.push_back(json{{"path", e.path},
                       {"line", e.line > 0 ? json(e.line) : json()},
                       {"message", e.message}});
  }
  return out;
}

std::string Escape(const std::string& s) {
  // For Markdown table cells: pipes and line breaks would break the row.
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

// The quote with the conflicting words in bold.
std::string MarkedQuote(const FindingValue& v) {
  if (v.span.begin < v.quote_span.begin || v.span.end > v.quote_span.end ||
      v.span.empty()) {
    return Escape(v.quote);
  }
  size_t b = v.span.begin - v.quote_span.begin;
  size_t e = v.span.end - v.quote_span.begin;
  return Escape(v.quote.substr(0, b)) + "**" + Escape(v.quote.substr(b, e - b)) +
         "**" + Escape(v.quote.substr(e));
}

}  // namespace

std::string SentenceQuote(const Document& doc, size_t index, Span* original) {
  if (index >= doc.sentences.size()) {
    if (original) *original = Span{};
    return "";
  }
  Span o = doc.ToOriginal(doc.sentences[index].span);
  if (original) *original = o;
  return std::string(doc.OriginalSlice(doc.sentences[index].span));
}

json ClaimJson(const Corpus& corpus, const Claim& c) {
  const Document& doc = corpus.documents[c.doc];
  Span o = doc.ToOriginal(c.span);
  json j{{"id", c.id},
         {"type", ClaimTypeName(c.type)},
         {"doc", doc.id},
         {"span", SpanJson(o)},
         {"text", std::string(doc.OriginalSlice(c.span))},
         {"quote", SentenceQuote(doc, c.sentence, nullptr)},
         {"confidence", c.confidence},
         {"stance", StanceName(c.stance)}};
  if (!c.attribution.empty()) j["attribution"] = c.attribution;
  if (!c.hedge.empty()) j["hedge"] = c.hedge;
  if (c.when) j["when"] = NullIfEmpty(c.when->ToString());
  switch (c.type) {
    case ClaimType::kRole:
      j["person"] = MentionJson(doc, c.person);
      j["office"] = MentionJson(doc, c.office);
      j["qualifier"] = NullIfEmpty(c.qualifier);
      j["scope"] = NullIfEmpty(c.scope);
      j["modifier"] = NullIfEmpty(TitleModifierName(c.modifier));
      if (c.shared_office) j["shared_office"] = true;
      break;
    case ClaimType::kMeeting: {
      j["event"] = EventKindName(c.event_kind);
      if (!c.occurrence.empty()) j["occurrence"] = c.occurrence;
      json people = json::array();
      for (const Mention& m : c.participants) people.push_back(MentionJson(doc, m));
      j["participants"] = people;
      json groups = json::array();
      for (const Mention& m : c.groups) groups.push_back(MentionJson(doc, m));
      j["groups"] = groups;
      j["place"] = c.place.present() ? MentionJson(doc, c.place) : json();
      j["date"] = c.date.present() ? MentionJson(doc, c.date) : json();
      if (c.subject.present()) j["subject"] = MentionJson(doc, c.subject);
      break;
    }
    case ClaimType::kProgress:
    case ClaimType::kQuantity:
    case ClaimType::kStatus:
      j["subject"] = MentionJson(doc, c.subject);
      j["value"] = MentionJson(doc, c.value);
      if (c.type == ClaimType::kQuantity) {
        j["number"] = c.number;
        j["unit"] = c.unit;
        j["modifier"] = NullIfEmpty(c.modifier_word);
      } else if (c.type == ClaimType::kProgress) {
        j["percent"] = c.number;
      } else {
        j["status"] = DealStatusName(c.status);
      }
      break;
  }
  return j;
}

json ReportJson(const Corpus& corpus, const std::vector<Finding>& findings,
                const RunInfo& info, bool include_claims) {
  json docs = json::array();
  for (const Document& d : corpus.documents) docs.push_back(DocumentJson(d));
  json contradictions = json::array();
  for (const Finding& f : findings) {
    json values = json::array();
    for (const FindingValue& v : f.values) {
      values.push_back(json{{"value", v.value},
                            {"text", v.text},
                            {"doc", corpus.documents[v.doc].id},
                            {"span", SpanJson(v.span)},
                            {"quote", v.quote}});
    }
    contradictions.push_back(json{{"id", f.id},
                                  {"rule", f.rule},
                                  {"kind", f.kind},
                                  {"severity", SeverityName(f.severity)},
                                  {"confidence", f.confidence},
                                  {"subject", f.subject},
                                  {"values", std::move(values)},
                                  {"explanation", f.explanation}});
  }
  json report{{"schema", kReportSchema},
              {"tool", {{"name", "claimcheck"}, {"version", Version()}}},
              {"ruleset", {{"name", info.ruleset_name}, {"rules", info.rule_ids}}},
              {"documents", std::move(docs)},
              {"errors", ErrorsJson(corpus.errors)}};
  if (include_claims) {
    json claims = json::array();
    for (const Claim& c : corpus.claims) claims.push_back(ClaimJson(corpus, c));
    report["claims"] = std::move(claims);
  }
  report["contradictions"] = std::move(contradictions);
  report["stats"] = {{"documents", corpus.documents.size()},
                     {"sentences", corpus.sentence_count()},
                     {"claims", corpus.claims.size()},
                     {"contradictions", findings.size()},
                     {"seconds", info.seconds}};
  return report;
}

std::string ReportMarkdown(const Corpus& corpus,
                           const std::vector<Finding>& findings,
                           const RunInfo& info) {
  std::string md = "# claimcheck report\n\n";
  char buf[160];
  std::snprintf(buf, sizeof buf,
                "%zu documents, %zu claims, %zu contradictions (rule set `%s`).\n\n",
                corpus.documents.size(), corpus.claims.size(), findings.size(),
                info.ruleset_name.c_str());
  md += buf;

  // Summary: kinds by severity.
  std::map<std::string, std::array<int, 3>> by_kind;
  for (const Finding& f : findings) by_kind[f.kind][static_cast<int>(f.severity)]++;
  if (!findings.empty()) {
    md += "| kind | high | medium | low |\n|---|---|---|---|\n";
    for (const auto& [kind, n] : by_kind) {
      md += "| " + kind + " | " + std::to_string(n[2]) + " | " +
            std::to_string(n[1]) + " | " + std::to_string(n[0]) + " |\n";
    }
    md += "\n";
  } else {
    md += "No contradictions found.\n\n";
  }

  for (const Finding& f : findings) {
    std::snprintf(buf, sizeof buf, "%.2f", f.confidence);
    md += "## " + f.id + " · " + f.kind + " · " + SeverityName(f.severity) +
          " (confidence " + buf + ")\n\n";
    md += "**" + Escape(f.subject) + "**\n\n" + f.explanation + "\n\n";
    md += "| value | source | quote |\n|---|---|---|\n";
    for (const FindingValue& v : f.values) {
      const Document& d = corpus.documents[v.doc];
      std::string source = "`" + d.id + "`";
      if (!d.source.empty()) source += " " + Escape(d.source);
      if (!d.published.empty()) source += ", " + Escape(d.published);
      md += "| **" + Escape(v.value) + "** | " + source + " | " + MarkedQuote(v) +
            " |\n";
    }
    md += "\n";
  }

  md += "## Documents\n\n| id | source | published | title |\n|---|---|---|---|\n";
  for (const Document& d : corpus.documents) {
    md += "| `" + d.id + "` | " + Escape(d.source) + " | " +
          Escape(d.published.empty() ? "unknown" : d.published) + " | " +
          Escape(d.title) + " |\n";
  }
  if (!corpus.errors.empty()) {
    md += "\n## Input errors\n\n";
    for (const InputError& e : corpus.errors) md += "- `" + Escape(e.ToString()) + "`\n";
  }
  return md;
}

json ExtractJson(const Corpus& corpus) {
  json docs = json::array();
  std::vector<json> claims(corpus.documents.size(), json::array());
  for (const Claim& c : corpus.claims) claims[c.doc].push_back(ClaimJson(corpus, c));
  for (size_t i = 0; i < corpus.documents.size(); ++i) {
    const Document& d = corpus.documents[i];
    json times = json::array();
    for (const TimeExpr& t : corpus.times[i]) {
      json tj{{"text", std::string(d.OriginalSlice(t.span))},
              {"span", SpanJson(d.ToOriginal(t.span))},
              {"value", t.value.kind == TimeValue::Kind::kUnresolved
                            ? json()
                            : json(t.value.ToString())}};
      if (!t.value.resolved() && !t.value.reason.empty()) tj["reason"] = t.value.reason;
      times.push_back(std::move(tj));
    }
    docs.push_back(json{{"id", d.id},
                        {"published", NullIfEmpty(d.published_date
                                                      ? d.published_date->ToString()
                                                      : "")},
                        {"sentences", d.sentences.size()},
                        {"times", std::move(times)},
                        {"claims", std::move(claims[i])}});
  }
  return json{{"schema", kClaimsSchema},
              {"documents", std::move(docs)},
              {"errors", ErrorsJson(corpus.errors)}};
}

}  // namespace claimcheck
