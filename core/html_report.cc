#include "core/html_report.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace claimcheck {

std::string HtmlEscape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

constexpr char kStyle[] = R"css(
:root{--bg:#f6f7f9;--card:#fff;--ink:#1d2430;--muted:#5b6472;--line:#dde1e7;
--high:#c62828;--medium:#b86e00;--low:#607d8b;--mark:#ffe08a}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--ink)}
header{background:#1d2430;color:#fff;padding:14px 28px}header h1{margin:0;font-size:21px}
header p{margin:2px 0 0;color:#c8ced8;font-size:14px}main{max-width:1200px;margin:0 auto;padding:16px 28px}
.top{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start;margin-bottom:14px}
.summary{display:flex;flex-wrap:wrap;gap:8px}
.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:6px 12px;min-width:92px}
.stat b{display:block;font-size:20px}.stat span{color:var(--muted);font-size:12px}
.stat.high b{color:var(--high)}.stat.medium b{color:var(--medium)}
table.counts{border-collapse:collapse;background:var(--card);font-size:13px}
table.counts td,table.counts th{border:1px solid var(--line);padding:2px 10px;text-align:left}
table.counts td+td{text-align:right}
.filters{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;gap:12px;align-items:center;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 14px;margin-bottom:14px;box-shadow:0 1px 3px rgba(0,0,0,.06)}
.filters label{font-size:13px;color:var(--muted)}.filters select{font:inherit;font-size:14px;padding:2px 4px;max-width:260px}
.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--medium);border-radius:8px;padding:12px 18px;margin-bottom:14px}
.card.high{border-left-color:var(--high)}.card.low{border-left-color:var(--low)}
.card h2{margin:0 0 2px;font-size:17px}.meta{color:var(--muted);font-size:13px}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;color:#fff;background:var(--medium);margin-right:6px}
.badge.high{background:var(--high)}.badge.low{background:var(--low)}.badge.kind{background:#3b4a63}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px;margin:10px 0}
.side{border:1px solid var(--line);border-radius:6px;padding:8px 12px;background:#fbfcfd}
.side .value{font-weight:700;font-size:16px}.count{font-weight:400;font-size:12px;color:var(--muted)}
.source{padding-top:6px}.source+.source{border-top:1px dashed var(--line);margin-top:8px}
.source blockquote{margin:4px 0 0;padding-left:10px;border-left:3px solid var(--line);color:#333}
.url{display:inline-block;max-width:22em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;vertical-align:bottom}
mark{background:var(--mark);padding:0 2px;border-radius:2px;font-weight:600;color:inherit}
.explanation{margin:6px 0}details.graph{margin-top:4px}details.graph summary{cursor:pointer;color:var(--muted);font-size:13px}
details.graph svg{display:block;max-width:100%;height:auto;max-height:340px;margin:6px 0}
.docs table{border-collapse:collapse;width:100%;background:var(--card)}
.docs td,.docs th{border:1px solid var(--line);padding:4px 8px;text-align:left;font-size:13px}
.errors li{font-family:ui-monospace,monospace;font-size:13px}.hidden{display:none}
@media print{
 @page{margin:14mm}
 body{background:#fff;font-size:11pt}main{max-width:none;padding:0}
 header{background:#fff;color:#000;padding:0 0 6px;border-bottom:2px solid #000;margin-bottom:10px}header p{color:#333}
 .filters,details.graph summary{display:none}
 .card{border:1px solid #999;border-left-width:6px;break-inside:auto}
 .card h2,.side .value{break-after:avoid}.source,details.graph svg,.stat,tr{break-inside:avoid}
 .url{white-space:normal;overflow-wrap:anywhere;max-width:none}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)css";

constexpr char kScript[] = R"js(
(function(){
  var sel = {kind: document.getElementById('f-kind'), severity: document.getElementById('f-severity'), doc: document.getElementById('f-doc')};
  function apply(){
    var cards = document.querySelectorAll('.card'); var shown = 0;
    for (var i = 0; i < cards.length; i++) {
      var c = cards[i];
      var ok = (!sel.kind.value || c.dataset.kind === sel.kind.value) &&
               (!sel.severity.value || c.dataset.severity === sel.severity.value) &&
               (!sel.doc.value || (' ' + c.dataset.docs + ' ').indexOf(' ' + sel.doc.value + ' ') >= 0);
      c.classList.toggle('hidden', !ok); if (ok) shown++;
    }
    document.getElementById('shown').textContent = shown;
  }
  ['kind','severity','doc'].forEach(function(k){ sel[k].addEventListener('change', apply); });
  var chips = document.querySelectorAll('[data-filter-kind]');
  for (var i = 0; i < chips.length; i++) chips[i].addEventListener('click', function(e){
    e.preventDefault(); sel.kind.value = this.dataset.filterKind; apply(); });
  apply();
})();
)js";

std::string Marked(const FindingValue& v) {
  if (v.span.begin < v.quote_span.begin || v.span.end > v.quote_span.end || v.span.empty()) {
    return HtmlEscape(v.quote);
  }
  size_t b = v.span.begin - v.quote_span.begin, e = v.span.end - v.quote_span.begin;
  return HtmlEscape(v.quote.substr(0, b)) + "<mark>" + HtmlEscape(v.quote.substr(b, e - b)) +
         "</mark>" + HtmlEscape(v.quote.substr(e));
}

// "event_date" -> "event date".
std::string KindLabel(const std::string& kind) {
  std::string out = kind;
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  return out;
}

// "2026-01-15T19:45:00+01:00" -> "2026-01-15": the day is what a reader
// compares; the full timestamp stays in the title attribute.
std::string DayOf(const std::string& published) {
  return published.size() > 10 && published[4] == '-' && published[7] == '-'
             ? published.substr(0, 10)
             : published;
}

std::string Outlet(const Document& d) { return d.source.empty() ? d.id : d.source; }

// The index of a claim in the corpus from its id ("c12" is usually index 11).
const Claim* ClaimById(const Corpus& corpus, const std::string& id) {
  if (id.size() > 1 && id[0] == 'c') {
    size_t n = std::strtoul(id.c_str() + 1, nullptr, 10);
    if (n >= 1 && n <= corpus.claims.size() && corpus.claims[n - 1].id == id) {
      return &corpus.claims[n - 1];
    }
  }
  for (const Claim& c : corpus.claims) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

std::string DotQuote(const std::string& s) {
  std::string o = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') o += '\\';
    if (c == '\n') {
      o += "\\n";
      continue;
    }
    o += c;
  }
  return o + "\"";
}

// The part of the fact graph around one finding: the event its claims were
// grouped into (when they are meeting claims) with the participants, or the
// subject; the conflicting values; which document says which.
std::string FindingDot(const Corpus& corpus, const FactGraph& graph, const Finding& f) {
  std::ostringstream dot;
  dot << "digraph finding {\n  rankdir=LR; bgcolor=\"transparent\"; nodesep=0.15; ranksep=0.5;\n"
         "  node [fontname=\"Helvetica\", fontsize=10, margin=\"0.08,0.03\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#5b6472\", fontcolor=\"#5b6472\"];\n";
  // Events of the claims behind the values, in order of first use.
  std::vector<const EventNode*> events;
  std::map<std::string, const EventNode*> event_of_value;
  for (const FindingValue& v : f.values) {
    const Claim* c = ClaimById(corpus, v.claim_id);
    if (c == nullptr || c->type != ClaimType::kMeeting) continue;
    const EventNode* e = graph.EventOf(static_cast<size_t>(c - corpus.claims.data()));
    if (e == nullptr) continue;
    if (std::find(events.begin(), events.end(), e) == events.end()) events.push_back(e);
    event_of_value.emplace(v.value, e);
  }
  std::set<std::string> people;
  for (const EventNode* e : events) {
    std::string id = "e" + std::to_string(e->id);
    dot << "  " << id << " [label=" << DotQuote(e->label.empty() ? EventKindName(e->kind) : e->label)
        << ", shape=ellipse, style=filled, fillcolor=\"#dbe7f6\"];\n";
    for (const std::string& key : e->participants) {
      const PersonNode* p = graph.Person(key);
      std::string name = p != nullptr ? p->name : key;
      if (people.insert(key).second) {
        dot << "  " << DotQuote("p:" + key) << " [label=" << DotQuote(name)
            << ", shape=box, style=\"rounded,filled\", fillcolor=\"#eef1f5\"];\n";
      }
      dot << "  " << DotQuote("p:" + key) << " -> " << id << " [label=\"took part\"];\n";
    }
  }
  if (events.empty()) {
    dot << "  subject [label=" << DotQuote(f.subject)
        << ", shape=ellipse, style=filled, fillcolor=\"#dbe7f6\"];\n";
  }
  std::set<std::string> values, docs;
  const std::string relation = KindLabel(f.kind);
  for (const FindingValue& v : f.values) {
    const Document& d = corpus.documents[v.doc];
    std::string vid = DotQuote("v:" + v.value);
    if (values.insert(v.value).second) {
      auto e = event_of_value.find(v.value);
      std::string from = e == event_of_value.end()
                             ? (events.empty() ? "subject" : "e" + std::to_string(events[0]->id))
                             : "e" + std::to_string(e->second->id);
      dot << "  " << vid << " [label=" << DotQuote(v.value)
          << ", shape=box, style=filled, fillcolor=\"#ffe08a\", penwidth=1.5];\n  " << from
          << " -> " << vid << " [label=" << DotQuote(relation) << "];\n";
    }
    std::string did = DotQuote("d:" + d.id);
    if (docs.insert(d.id).second) {
      std::string label = Outlet(d);
      if (!d.published.empty()) label += "\n" + DayOf(d.published);
      dot << "  " << did << " [label=" << DotQuote(label) << ", shape=note];\n";
    }
    dot << "  " << did << " -> " << vid << " [label=\"says\", style=dashed];\n";
  }
  dot << "}\n";
  return dot.str();
}

}  // namespace

bool DotToSvg(const std::string& dot, std::string* svg, std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::temp_directory_path(ec);
  if (ec) dir = ".";
  std::string stem = (dir / ("claimcheck-" + std::to_string(::getpid()) + "-" +
                             std::to_string(reinterpret_cast<uintptr_t>(&dot))))
                         .string();
  std::string in = stem + ".dot", out = stem + ".svg";
  {
    std::ofstream f(in, std::ios::binary);
    f << dot;
    if (!f) {
      *error = "cannot write a temporary file for Graphviz";
      return false;
    }
  }
  pid_t pid = ::fork();
  if (pid == 0) {
    ::execlp("dot", "dot", "-Tsvg", in.c_str(), "-o", out.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  bool ok = pid > 0 && ::waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
            WEXITSTATUS(status) == 0;
  if (ok) {
    std::ifstream f(out, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    *svg = s.str();
  } else {
    *error = "Graphviz 'dot' failed or is not installed (Debian package graphviz)";
  }
  fs::remove(in, ec);
  fs::remove(out, ec);
  return ok;
}

std::string ReportHtml(const Corpus& corpus, const std::vector<Finding>& findings,
                       const RunInfo& info, const FactGraph& graph) {
  std::ostringstream h;
  h << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
       "<title>claimcheck report</title><style>"
    << kStyle << "</style></head><body>\n";
  h << "<header><h1>claimcheck report</h1><p>rule set <b>" << HtmlEscape(info.ruleset_name)
    << "</b> · claimcheck " << Version() << "</p></header><main>\n";

  std::map<std::string, std::array<int, 3>> by_kind;
  std::array<int, 3> by_sev{};
  for (const Finding& f : findings) {
    by_kind[f.kind][static_cast<int>(f.severity)]++;
    by_sev[static_cast<int>(f.severity)]++;
  }
  h << "<div class=\"top\"><section class=\"summary\">"
    << "<div class=\"stat\"><b>" << findings.size() << "</b><span>contradictions</span></div>"
    << "<div class=\"stat high\"><b>" << by_sev[2] << "</b><span>high</span></div>"
    << "<div class=\"stat medium\"><b>" << by_sev[1] << "</b><span>medium</span></div>"
    << "<div class=\"stat\"><b>" << by_sev[0] << "</b><span>low</span></div>"
    << "<div class=\"stat\"><b>" << corpus.documents.size() << "</b><span>documents</span></div>"
    << "<div class=\"stat\"><b>" << corpus.claims.size() << "</b><span>claims</span></div>"
    << "<div class=\"stat\"><b>" << corpus.errors.size() << "</b><span>input errors</span></div>"
    << "</section>\n";
  if (!by_kind.empty()) {
    h << "<table class=\"counts\"><tr><th>kind</th><th>high</th><th>medium</th><th>low</th></tr>";
    for (const auto& [kind, n] : by_kind) {
      h << "<tr><td><a href=\"#\" data-filter-kind=\"" << HtmlEscape(kind) << "\">"
        << HtmlEscape(KindLabel(kind)) << "</a></td><td>" << n[2] << "</td><td>" << n[1] << "</td><td>"
        << n[0] << "</td></tr>";
    }
    h << "</table>";
  }
  h << "</div>\n";
  // Filters.
  h << "<section class=\"filters\"><label>kind <select id=\"f-kind\"><option value=\"\">all</option>";
  for (const auto& [kind, n] : by_kind) {
    h << "<option value=\"" << HtmlEscape(kind) << "\">" << HtmlEscape(KindLabel(kind))
      << "</option>";
  }
  h << "</select></label><label>severity <select id=\"f-severity\"><option value=\"\">all</option>"
       "<option value=\"high\">high</option><option value=\"medium\">medium</option>"
       "<option value=\"low\">low</option></select></label>"
       "<label>document <select id=\"f-doc\"><option value=\"\">all</option>";
  for (const Document& d : corpus.documents) {
    h << "<option value=\"" << HtmlEscape(d.id) << "\">" << HtmlEscape(d.id);
    if (!d.source.empty()) h << " (" << HtmlEscape(d.source) << ")";
    h << "</option>";
  }
  h << "</select></label><span class=\"meta\"><span id=\"shown\">" << findings.size()
    << "</span> of " << findings.size() << " shown</span></section>\n";

  if (findings.empty()) h << "<p>No contradictions found.</p>\n";
  for (const Finding& f : findings) {
    std::set<std::string> docs;
    for (const FindingValue& v : f.values) docs.insert(corpus.documents[v.doc].id);
    std::string doc_list;
    for (const std::string& d : docs) doc_list += (doc_list.empty() ? "" : " ") + d;
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.2f", f.confidence);
    const char* sev = SeverityName(f.severity);
    h << "<article class=\"card " << sev << "\" id=\"" << HtmlEscape(f.id) << "\" data-kind=\""
      << HtmlEscape(f.kind) << "\" data-severity=\"" << sev << "\" data-docs=\""
      << HtmlEscape(doc_list) << "\">\n<h2>" << HtmlEscape(f.subject) << "</h2>"
      << "<div class=\"meta\"><span class=\"badge kind\">" << HtmlEscape(KindLabel(f.kind))
      << "</span><span class=\"badge " << sev << "\">" << sev << "</span>confidence " << conf
      << " · rule " << HtmlEscape(f.rule) << " · <a href=\"#" << HtmlEscape(f.id) << "\">"
      << HtmlEscape(f.id) << "</a></div>\n"
      << "<p class=\"explanation\">" << HtmlEscape(f.explanation) << "</p><div class=\"sides\">\n";
    // One column per value, its sources under it: "A (1 source) against B
    // (3 sources)" reads at a glance.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const FindingValue*>> by_value;
    for (const FindingValue& v : f.values) {
      if (by_value[v.value].empty()) order.push_back(v.value);
      by_value[v.value].push_back(&v);
    }
    for (const std::string& value : order) {
      const auto& sources = by_value[value];
      h << "<div class=\"side\"><div class=\"value\">" << HtmlEscape(value)
        << " <span class=\"count\">" << sources.size()
        << (sources.size() == 1 ? " source" : " sources") << "</span></div>";
      for (const FindingValue* v : sources) {
        const Document& d = corpus.documents[v->doc];
        h << "<div class=\"source\"><div class=\"meta\"><b>" << HtmlEscape(Outlet(d)) << "</b>";
        if (!d.published.empty()) {
          h << " · <time datetime=\"" << HtmlEscape(d.published) << "\" title=\""
            << HtmlEscape(d.published) << "\">" << HtmlEscape(DayOf(d.published)) << "</time>";
        } else {
          h << " · date unknown";
        }
        if (!d.source.empty()) h << " · <code>" << HtmlEscape(d.id) << "</code>";
        if (!d.url.empty()) {
          h << " · <a class=\"url\" href=\"" << HtmlEscape(d.url) << "\">" << HtmlEscape(d.url)
            << "</a>";
        }
        h << "</div><blockquote>" << Marked(*v) << "</blockquote></div>";
      }
      h << "</div>\n";
    }
    h << "</div>";
    std::string svg, error;
    if (DotToSvg(FindingDot(corpus, graph, f), &svg, &error)) {
      size_t at = svg.find("<svg");
      h << "<details class=\"graph\" open><summary>fact graph around this contradiction</summary>"
        << (at == std::string::npos ? svg : svg.substr(at)) << "</details>";
    }
    h << "</article>\n";
  }

  h << "<section class=\"docs\"><h2>Documents read</h2><table><tr><th>id</th><th>source</th>"
       "<th>published</th><th>title</th><th>path</th></tr>";
  for (const Document& d : corpus.documents) {
    h << "<tr><td><code>" << HtmlEscape(d.id) << "</code></td><td>" << HtmlEscape(d.source)
      << "</td><td>" << HtmlEscape(d.published.empty() ? "unknown" : d.published) << "</td><td>"
      << HtmlEscape(d.title) << "</td><td>" << HtmlEscape(d.path) << "</td></tr>";
  }
  h << "</table></section>\n<section class=\"errors\"><h2>Input errors</h2>";
  if (corpus.errors.empty()) {
    h << "<p>None.</p>";
  } else {
    h << "<ul>";
    for (const InputError& e : corpus.errors) h << "<li>" << HtmlEscape(e.ToString()) << "</li>";
    h << "</ul>";
  }
  h << "</section></main><script>" << kScript << "</script></body></html>\n";
  return h.str();
}

}  // namespace claimcheck
