#include "rules/regression.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/json_schema.h"
#include "core/lexicon.h"
#include "core/people.h"
#include "rules/ruleset.h"

namespace claimcheck {

namespace fs = std::filesystem;
using nlohmann::json;

double KindScore::precision() const {
  int denominator = found + forbidden + unreviewed;
  return denominator == 0 ? 1.0 : static_cast<double>(found) / denominator;
}

double KindScore::recall() const {
  return expected == 0 ? 1.0 : static_cast<double>(found) / expected;
}

bool MatchesEntry(const json& entry, const Finding& f, const Corpus& corpus) {
  if (entry.value("kind", "") != f.kind) return false;
  // Each value of the entry needs a distinct value of the finding: ["Aurel
  // Vantic", "Aurel Vantić"] (one person written two ways) matches only a
  // finding that sets the two spellings against each other.
  std::vector<std::string> wants;
  for (const json& v : entry.value("values", json::array())) {
    wants.push_back(FoldedLower(v.get<std::string>()));
  }
  std::vector<std::string> have;
  for (const FindingValue& fv : f.values) {
    std::string folded = FoldedLower(fv.value);
    if (std::find(have.begin(), have.end(), folded) == have.end()) have.push_back(folded);
  }
  std::vector<std::string> distinct_wants;
  for (const std::string& w : wants) {
    if (std::find(distinct_wants.begin(), distinct_wants.end(), w) == distinct_wants.end()) {
      distinct_wants.push_back(w);
    }
  }
  if (distinct_wants.size() < wants.size()) {
    // The entry names one value twice: the finding must tell them apart by
    // spelling ("Vantic" against "Vantić").
    std::set<std::string> spellings;
    for (const FindingValue& fv : f.values) {
      if (std::find(wants.begin(), wants.end(), FoldedLower(fv.value)) != wants.end()) {
        spellings.insert(fv.value);
      }
    }
    if (spellings.size() < wants.size()) return false;
  }
  for (const std::string& w : distinct_wants) {
    if (std::find(have.begin(), have.end(), w) == have.end()) return false;
  }
  for (const json& d : entry.value("docs", json::array())) {
    const std::string want = d.get<std::string>();
    bool any = std::any_of(f.values.begin(), f.values.end(), [&](const FindingValue& fv) {
      return corpus.documents[fv.doc].id == want;
    });
    if (!any) return false;
  }
  return true;
}

namespace {

std::string Describe(const json& entry) {
  std::string s = entry.value("kind", "?") + " [";
  bool first = true;
  for (const json& v : entry.value("values", json::array())) {
    s += (first ? "" : ", ") + v.get<std::string>();
    first = false;
  }
  s += "]";
  if (entry.contains("docs") && !entry["docs"].empty()) {
    s += " in";
    for (const json& d : entry["docs"]) s += " " + d.get<std::string>();
  }
  return s;
}

json FindingEntry(const Finding& f, const Corpus& corpus) {
  std::vector<std::string> values, docs;
  for (const FindingValue& v : f.values) {
    if (std::find(values.begin(), values.end(), v.value) == values.end()) values.push_back(v.value);
    const std::string& id = corpus.documents[v.doc].id;
    if (std::find(docs.begin(), docs.end(), id) == docs.end()) docs.push_back(id);
  }
  return json{{"kind", f.kind}, {"values", values}, {"docs", docs}};
}

std::string FindingText(const Finding& f, const Corpus& corpus) {
  return Describe(FindingEntry(f, corpus));
}

// Case directories under `path`: itself when it holds expected.json, else
// every subdirectory (recursively) that does, in sorted order.
void FindCases(const fs::path& path, std::vector<fs::path>* out) {
  std::error_code ec;
  if (fs::exists(path / "expected.json", ec)) {
    out->push_back(path);
    return;
  }
  std::vector<fs::path> children;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(ec)) children.push_back(it->path());
  }
  std::sort(children.begin(), children.end());
  for (const fs::path& c : children) FindCases(c, out);
}

}  // namespace

Status RunRegression(const std::vector<std::string>& paths, const RegressionOptions& options,
                     std::ostream& out, RegressionSummary* summary) {
  RuleSet set;
  Status s = LoadRuleSet(options.rules_path, &set);
  if (!s.ok()) return s;
  Lexicons lexicons = set.ExtendLexicons(Lexicons::Default());

  std::vector<fs::path> cases;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) return Status::NotFound(p + ": not a case directory");
    size_t before = cases.size();
    FindCases(p, &cases);
    if (cases.size() == before) return Status::NotFound(p + ": no expected.json found");
  }

  // Validate every expected.json before anything runs.
  std::vector<json> expectations;
  for (const fs::path& c : cases) {
    std::string file = (c / "expected.json").string();
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    json j = json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return Status::InvalidArgument(file + ": not valid JSON");
    std::vector<std::string> problems;
    if (!ValidateJson(BuiltinSchema("expected.schema"), j, &problems)) {
      return Status::InvalidArgument(file + ": " + problems.front());
    }
    expectations.push_back(std::move(j));
  }

  PipelineOptions popts;
  popts.lexicons = &lexicons;
  popts.on_progress = options.on_progress;
  Pipeline pipeline(popts);
  for (size_t ci = 0; ci < cases.size(); ++ci) {
    const fs::path& dir = cases[ci];
    json& expected = expectations[ci];
    summary->cases++;
    // Inputs: the listed ones, or every file of the case but expected.json.
    std::vector<std::string> inputs;
    bool missing_input = false;
    if (expected.contains("inputs")) {
      for (const json& p : expected["inputs"]) {
        fs::path ip = dir / p.get<std::string>();
        std::error_code ec;
        if (!fs::exists(ip, ec)) missing_input = true;
        inputs.push_back(ip.lexically_normal().string());
      }
    } else {
      std::error_code ec;
      std::vector<std::string> files;
      for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        // A sidecar (NAME.meta.json) rides with its article; named on its own
        // the reader would report it as a skipped input.
        std::string name = it->path().filename().string();
        bool sidecar = name.size() > 10 && name.compare(name.size() - 10, 10, ".meta.json") == 0;
        if (name != "expected.json" && !sidecar) files.push_back(it->path().string());
      }
      std::sort(files.begin(), files.end());
      inputs = files;
    }
    if (missing_input) {
      summary->skipped++;
      if (options.on_case_done) options.on_case_done(0);
      out << "SKIP " << dir.string() << ": its inputs are not present\n";
      continue;
    }
    Corpus corpus = pipeline.Run(inputs, nullptr);
    std::vector<Finding> findings = RunRules(set, corpus, lexicons);

    std::vector<std::string> missing, forbidden, unreviewed, todo_passing, input_errors;
    std::vector<bool> explained(findings.size(), false);
    auto tally = [&](const std::string& kind) -> KindScore& { return summary->by_kind[kind]; };
    for (const json& e : expected.value("contradictions", json::array())) {
      std::string kind = e.value("kind", "");
      tally(kind).expected++;
      summary->total.expected++;
      bool hit = false;
      for (size_t i = 0; i < findings.size(); ++i) {
        if (MatchesEntry(e, findings[i], corpus)) {
          explained[i] = true;
          hit = true;
        }
      }
      if (hit) {
        tally(kind).found++;
        summary->total.found++;
      } else {
        missing.push_back(Describe(e));
      }
    }
    for (const json& e : expected.value("must_not_flag", json::array())) {
      for (size_t i = 0; i < findings.size(); ++i) {
        if (MatchesEntry(e, findings[i], corpus)) {
          explained[i] = true;
          forbidden.push_back(Describe(e) + " <- " + FindingText(findings[i], corpus));
          tally(findings[i].kind).forbidden++;
          summary->total.forbidden++;
        }
      }
    }
    // Known false positives (Semgrep's todook): reported, never failing.
    std::vector<std::string> todo_ok_firing, todo_ok_quiet;
    for (const json& e : expected.value("todo_ok", json::array())) {
      bool hit = false;
      for (size_t i = 0; i < findings.size(); ++i) {
        if (!explained[i] && MatchesEntry(e, findings[i], corpus)) {
          explained[i] = true;
          hit = true;
        }
      }
      (hit ? todo_ok_firing : todo_ok_quiet).push_back(Describe(e));
    }
    for (const json& e : expected.value("todo", json::array())) {
      for (size_t i = 0; i < findings.size(); ++i) {
        if (!explained[i] && MatchesEntry(e, findings[i], corpus)) {
          explained[i] = true;
          todo_passing.push_back(Describe(e));
        }
      }
    }
    for (size_t i = 0; i < findings.size(); ++i) {
      if (explained[i]) continue;
      unreviewed.push_back(FindingText(findings[i], corpus));
      tally(findings[i].kind).unreviewed++;
      summary->total.unreviewed++;
    }
    for (const InputError& e : corpus.errors) input_errors.push_back(e.ToString());

    bool failed = !missing.empty() || !forbidden.empty() ||
                  (options.strict && !unreviewed.empty());
    if (failed) summary->failed++;
    if (options.on_case_done) options.on_case_done(findings.size());
    out << (failed ? "FAIL " : "PASS ") << dir.string() << " (" << findings.size()
        << " findings)\n";
    for (const std::string& m : missing) out << "  missing:    " << m << "\n";
    for (const std::string& m : forbidden) out << "  forbidden:  " << m << "\n";
    for (const std::string& m : unreviewed) out << "  unreviewed: " << m << "\n";
    for (const std::string& m : todo_passing) out << "  todo fires: " << m << " (move it to contradictions)\n";
    for (const std::string& m : todo_ok_firing) out << "  known fp:   " << m << " (todo_ok)\n";
    for (const std::string& m : todo_ok_quiet) out << "  todo_ok ok: " << m << " (move it to must_not_flag)\n";
    for (const std::string& m : input_errors) out << "  input:      " << m << "\n";

    if (options.update) {
      json contradictions = json::array();
      for (const Finding& f : findings) {
        bool is_forbidden = false;
        for (const json& e : expected.value("must_not_flag", json::array())) {
          is_forbidden = is_forbidden || MatchesEntry(e, f, corpus);
        }
        if (!is_forbidden) contradictions.push_back(FindingEntry(f, corpus));
      }
      expected["contradictions"] = contradictions;
      std::ofstream o(dir / "expected.json", std::ios::binary | std::ios::trunc);
      o << expected.dump(2) << "\n";
      out << "  updated:    " << (dir / "expected.json").string() << " (review the diff)\n";
    }
  }

  // Totals.
  out << "\nprecision and recall by kind:\n";
  char line[200];
  std::snprintf(line, sizeof line, "  %-20s %8s %6s %9s %10s %9s %6s\n", "kind", "expected",
                "found", "forbidden", "unreviewed", "precision", "recall");
  out << line;
  auto row = [&](const std::string& kind, const KindScore& k) {
    std::snprintf(line, sizeof line, "  %-20s %8d %6d %9d %10d %9.2f %6.2f\n", kind.c_str(),
                  k.expected, k.found, k.forbidden, k.unreviewed, k.precision(), k.recall());
    out << line;
  };
  for (const auto& [kind, k] : summary->by_kind) row(kind, k);
  row("total", summary->total);
  out << "\n" << (summary->cases - summary->failed - summary->skipped) << " passed, "
      << summary->failed << " failed, " << summary->skipped << " skipped\n";
  return Status::OK();
}

}  // namespace claimcheck
