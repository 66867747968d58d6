#include "core/html_report.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
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
--high:#c62828;--medium:#ef8f00;--low:#607d8b;--mark:#ffe08a}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--ink)}
header{background:#1d2430;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;color:#c8ced8}main{max-width:1200px;margin:0 auto;padding:20px 28px}
.summary{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:16px}
.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:120px}
.stat b{display:block;font-size:22px}.stat span{color:var(--muted);font-size:13px}
table.counts{border-collapse:collapse;background:var(--card);margin-bottom:16px}
table.counts td,table.counts th{border:1px solid var(--line);padding:4px 10px;text-align:left}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin-bottom:16px}
.filters label{font-size:13px;color:var(--muted)}.filters select{font:inherit;padding:3px 6px}
.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--medium);border-radius:8px;padding:14px 18px;margin-bottom:16px;break-inside:avoid}
.card.high{border-left-color:var(--high)}.card.low{border-left-color:var(--low)}
.card h2{margin:0 0 4px;font-size:17px}.meta{color:var(--muted);font-size:13px}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;color:#fff;background:var(--medium);margin-right:6px}
.badge.high{background:var(--high)}.badge.low{background:var(--low)}.badge.kind{background:#3b4a63}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:12px;margin:12px 0}
.side{border:1px solid var(--line);border-radius:6px;padding:10px;background:#fbfcfd}
.side .value{font-weight:700;font-size:16px}.side blockquote{margin:6px 0 0;padding-left:10px;border-left:3px solid var(--line);color:#333}
mark{background:var(--mark);padding:0 2px;border-radius:2px}
.explanation{margin:6px 0}details{margin-top:6px}details svg{max-width:100%;height:auto}
.docs table{border-collapse:collapse;width:100%;background:var(--card)}
.docs td,.docs th{border:1px solid var(--line);padding:4px 8px;text-align:left;font-size:13px}
.errors li{font-family:ui-monospace,monospace;font-size:13px}.hidden{display:none}
@media print{.filters{display:none}body{background:#fff}.card{border:1px solid #999;border-left-width:6px}header{background:#fff;color:#000}header p{color:#333}}
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

// A small DOT graph of one finding: its subject, the values, which document
// says which.
std::string FindingDot(const Corpus& corpus, const Finding& f) {
  std::ostringstream dot;
  auto q = [](const std::string& s) {
    std::string o = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\') o += '\\';
      o += c;
    }
    return o + "\"";
  };
  dot << "digraph finding {\n  rankdir=LR; node [fontname=\"Helvetica\", fontsize=10];\n";
  dot << "  subject [label=" << q(f.subject) << ", shape=diamond, style=filled, fillcolor=\"#e3e8f0\"];\n";
  std::set<std::string> values, docs;
  for (const FindingValue& v : f.values) {
    const std::string& doc = corpus.documents[v.doc].id;
    if (values.insert(v.value).second) {
      dot << "  " << q("v:" + v.value) << " [label=" << q(v.value)
          << ", shape=box, style=filled, fillcolor=\"#ffe08a\"];\n  subject -> " << q("v:" + v.value)
          << " [label=" << q(f.kind) << "];\n";
    }
    if (docs.insert(doc).second) dot << "  " << q("d:" + doc) << " [label=" << q(doc) << ", shape=note];\n";
    dot << "  " << q("d:" + doc) << " -> " << q("v:" + v.value) << " [label=\"says\"];\n";
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
                       const RunInfo& info, const FactGraph& /*graph*/) {
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
  h << "<section class=\"summary\">"
    << "<div class=\"stat\"><b>" << findings.size() << "</b><span>contradictions</span></div>"
    << "<div class=\"stat\"><b>" << by_sev[2] << "</b><span>high</span></div>"
    << "<div class=\"stat\"><b>" << by_sev[1] << "</b><span>medium</span></div>"
    << "<div class=\"stat\"><b>" << by_sev[0] << "</b><span>low</span></div>"
    << "<div class=\"stat\"><b>" << corpus.documents.size() << "</b><span>documents</span></div>"
    << "<div class=\"stat\"><b>" << corpus.claims.size() << "</b><span>claims</span></div>"
    << "<div class=\"stat\"><b>" << corpus.errors.size() << "</b><span>input errors</span></div>"
    << "</section>\n";
  if (!by_kind.empty()) {
    h << "<table class=\"counts\"><tr><th>kind</th><th>high</th><th>medium</th><th>low</th></tr>";
    for (const auto& [kind, n] : by_kind) {
      h << "<tr><td><a href=\"#\" data-filter-kind=\"" << HtmlEscape(kind) << "\">"
        << HtmlEscape(kind) << "</a></td><td>" << n[2] << "</td><td>" << n[1] << "</td><td>"
        << n[0] << "</td></tr>";
    }
    h << "</table>\n";
  }
  // Filters.
  h << "<section class=\"filters\"><label>kind <select id=\"f-kind\"><option value=\"\">all</option>";
  for (const auto& [kind, n] : by_kind) {
    h << "<option value=\"" << HtmlEscape(kind) << "\">" << HtmlEscape(kind) << "</option>";
  }
  h << "</select></label><label>severity <select id=\"f-severity\"><option value=\"\">all</option>"
       "<option>high</option><option>medium</option><option>low</option></select></label>"
       "<label>document <select id=\"f-doc\"><option value=\"\">all</option>";
  for (const Document& d : corpus.documents) {
    h << "<option value=\"" << HtmlEscape(d.id) << "\">" << HtmlEscape(d.id) << "</option>";
  }
  h << "</select></label><span class=\"meta\"><span id=\"shown\">" << findings.size()
    << "</span> shown</span></section>\n";

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
      << "<div class=\"meta\"><span class=\"badge kind\">" << HtmlEscape(f.kind)
      << "</span><span class=\"badge " << sev << "\">" << sev << "</span>confidence " << conf
      << " · rule " << HtmlEscape(f.rule) << " · " << HtmlEscape(f.id) << "</div>\n"
      << "<p class=\"explanation\">" << HtmlEscape(f.explanation) << "</p><div class=\"sides\">\n";
    for (const FindingValue& v : f.values) {
      const Document& d = corpus.documents[v.doc];
      h << "<div class=\"side\"><div class=\"value\">" << HtmlEscape(v.value) << "</div>"
        << "<div class=\"meta\">" << HtmlEscape(d.source.empty() ? d.id : d.source);
      if (!d.published.empty()) h << " · " << HtmlEscape(d.published);
      h << " · <code>" << HtmlEscape(d.id) << "</code>";
      if (!d.url.empty()) h << " · <a href=\"" << HtmlEscape(d.url) << "\">link</a>";
      h << "</div><blockquote>" << Marked(v) << "</blockquote></div>\n";
    }
    h << "</div>";
    std::string svg, error;
    if (DotToSvg(FindingDot(corpus, f), &svg, &error)) {
      size_t at = svg.find("<svg");
      h << "<details><summary>fact graph around this contradiction</summary>"
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
