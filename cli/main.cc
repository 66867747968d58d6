// claimcheck: the command-line tool. Thin: parses flags, calls the library,
// writes output. Every error becomes one line on stderr.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/progress.h"
#include "core/html_report.h"
#include "core/pipeline.h"
#include "core/report.h"
#include "rules/regression.h"
#include "rules/ruleset.h"

namespace {

using claimcheck::Corpus;
using claimcheck::Finding;
using claimcheck::Status;

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;
constexpr int kExitRejected = 3;

// Writes `content` to `path` atomically (a temporary file in the same folder,
// then rename), or to stdout when `path` is empty or "-". A symbolic link is
// followed (the file it names is replaced, the link stays); a path that is
// not a regular file (/dev/null, /dev/stdout, a FIFO) is written directly,
// never replaced.
bool WriteOutput(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  namespace fs = std::filesystem;
  fs::path target(path);
  std::error_code st_ec;
  fs::file_status st = fs::status(target, st_ec);
  if (!st_ec && fs::exists(st) && !fs::is_regular_file(st)) {
    if (fs::is_directory(st)) {
      std::cerr << "claimcheck: " << path << ": cannot write output: is a directory\n";
      return false;
    }
    std::ofstream out(target, std::ios::binary);
    out << content;
    out.flush();
    if (!out) {
      std::cerr << "claimcheck: " << path << ": cannot write output\n";
      return false;
    }
    return true;
  }
  if (fs::is_symlink(fs::symlink_status(target, st_ec))) {
    fs::path resolved = fs::weakly_canonical(target, st_ec);
    if (!st_ec) target = resolved;
  }
  fs::path tmp = target;
  tmp += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << content;
    out.flush();
    if (!out) {
      std::cerr << "claimcheck: " << path << ": cannot write output\n";
      std::error_code ec;
      fs::remove(tmp, ec);
      return false;
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    std::cerr << "claimcheck: " << path << ": cannot write output: " << ec.message() << "\n";
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

std::string Dump(const nlohmann::json& j) {
  // Replace invalid UTF-8 instead of throwing: the input text is untrusted.
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

void PrintErrors(const Corpus& corpus) {
  for (const auto& e : corpus.errors) std::cerr << "claimcheck: " << e.ToString() << "\n";
}

struct CommonOptions {
  std::vector<std::string> inputs;
  std::string rules_path;
  std::string output;
  int threads = 0;
  claimcheck::ReadOptions read;        // the input limits
  claimcheck::SegmentOptions segment;  // the sentence limit
  bool quiet = false;
};

// The input limits (docs/cli.md, docs/robustness.md); sizes take K/M/G
// suffixes (powers of 1024), 0 means no limit.
void AddLimitOptions(CLI::App* app, CommonOptions* opts) {
  app->add_option("--max-file-size", opts->read.max_file_bytes,
                  "Skip larger files (bytes; K, M, G suffixes)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app->add_option("--max-line-length", opts->read.max_line_bytes,
                  "Skip longer JSONL lines, cut texts before a longer line "
                  "(bytes; 0 = no limit)")
      ->transform(CLI::AsSizeValue(false))
      ->capture_default_str();
  app->add_option("--max-json-depth", opts->read.max_json_depth,
                  "Skip JSON nested deeper")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  app->add_option("--max-documents", opts->read.max_documents,
                  "Drop documents beyond this many")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app->add_option("--max-sentence-length", opts->segment.max_sentence_bytes,
                  "Cut longer sentences (bytes; 0 = no limit)")
      ->transform(CLI::AsSizeValue(false))
      ->capture_default_str();
}

claimcheck::PipelineOptions PipelineOptionsFrom(const CommonOptions& opts) {
  claimcheck::PipelineOptions popts;
  popts.read = opts.read;
  popts.segment = opts.segment;
  popts.threads = opts.threads;
  return popts;
}

// Loads the rule set (status 2 on failure) and runs the pipeline.
bool LoadAndRun(const CommonOptions& opts, claimcheck::Progress* progress,
                claimcheck::RuleSet* set, claimcheck::Lexicons* lexicons, Corpus* corpus) {
  Status s = claimcheck::LoadRuleSet(opts.rules_path, set);
  if (!s.ok()) {
    std::cerr << "claimcheck: " << s.message() << "\n";
    return false;
  }
  *lexicons = set->ExtendLexicons(claimcheck::Lexicons::Default());
  claimcheck::PipelineOptions popts = PipelineOptionsFrom(opts);
  popts.lexicons = lexicons;
  popts.keep_times = false;  // check and graph never print the time expressions
  popts.on_progress = progress->Callback();
  claimcheck::Pipeline pipeline(popts);
  *corpus = pipeline.Run(opts.inputs, &std::cin);
  progress->Clear();
  PrintErrors(*corpus);
  return true;
}

bool HasRejected(const Corpus& corpus) { return !corpus.errors.empty(); }

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"claimcheck: finds where news sources contradict each other or themselves"};
  app.set_version_flag("--version", std::string("claimcheck ") + claimcheck::Version());
  app.require_subcommand(1);

  CommonOptions common;
  std::string format = "json";
  bool with_claims = false;
  std::string fail_on;

  CLI::App* check = app.add_subcommand("check", "Check articles for contradictions");
  check->add_option("--rules", common.rules_path, "Rule set file (default: the built-in set)");
  check->add_option("--format", format, "Report format")
      ->check(CLI::IsMember({"json", "markdown", "html", "dot"}));
  check->add_option("-o,--output", common.output, "Write the report to FILE");
  check->add_flag("--claims", with_claims, "Include every claim in the JSON report");
  check->add_option("--fail-on", fail_on, "Exit 1 when a finding has this severity or higher")
      ->check(CLI::IsMember({"low", "medium", "high"}));
  check->add_option("-j,--threads", common.threads, "Worker threads (default: one per core)");
  check->add_flag("-q,--quiet", common.quiet, "No progress line on a terminal");
  check->add_option("INPUT", common.inputs, "Files, directories, or - for JSONL on stdin")
      ->required();
  AddLimitOptions(check, &common);

  CLI::App* extract = app.add_subcommand("extract", "Print claims and time expressions as JSON");
  extract->add_option("-o,--output", common.output, "Write to FILE");
  extract->add_option("INPUT", common.inputs, "Files, directories, or -")->required();
  AddLimitOptions(extract, &common);

  std::vector<std::string> cases;
  bool update = false, strict = false;
  CLI::App* test = app.add_subcommand("test", "Run regression cases");
  test->add_option("--rules", common.rules_path, "Rule set file (default: the built-in set)");
  test->add_flag("--update", update, "Rewrite expected.json from the current output");
  test->add_flag("--strict", strict, "Fail on unreviewed findings too");
  test->add_flag("-q,--quiet", common.quiet, "No progress line on a terminal");
  test->add_option("CASE", cases, "Case directories (or folders of cases)")->required();

  std::string graph_format = "dot";
  CLI::App* graph = app.add_subcommand("graph", "Print the fact graph");
  graph->add_option("--rules", common.rules_path, "Rule set file");
  graph->add_option("--format", graph_format, "Graph format")
      ->check(CLI::IsMember({"dot", "svg", "json"}));
  graph->add_option("-o,--output", common.output, "Write to FILE");
  graph->add_flag("-q,--quiet", common.quiet, "No progress line on a terminal");
  graph->add_option("INPUT", common.inputs, "Files, directories, or -")->required();
  AddLimitOptions(graph, &common);

  std::string rule_id;
  CLI::App* rules = app.add_subcommand("rules", "List the rules, or describe one");
  rules->add_option("--rules", common.rules_path, "Rule set file");
  rules->add_option("ID", rule_id, "Rule id");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }

  if (*check) {
    auto start = std::chrono::steady_clock::now();
    claimcheck::RuleSet set;
    claimcheck::Lexicons lexicons;
    Corpus corpus;
    claimcheck::Progress progress(claimcheck::Progress::ShouldShow(common.quiet));
    if (!LoadAndRun(common, &progress, &set, &lexicons, &corpus)) return kExitUsage;
    std::unique_ptr<claimcheck::FactGraph> fact_graph;
    std::vector<Finding> findings = claimcheck::RunRules(set, corpus, lexicons, &fact_graph,
                                                            common.threads);
    progress.AddFindings(findings.size());
    progress.Finish();
    claimcheck::RunInfo info;
    info.ruleset_name = set.name;
    info.rule_ids = set.RuleIdList();
    info.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::string out;
    if (format == "json") {
      out = Dump(claimcheck::ReportJson(corpus, findings, info, with_claims));
    } else if (format == "markdown") {
      out = claimcheck::ReportMarkdown(corpus, findings, info);
    } else if (format == "html") {
      out = claimcheck::ReportHtml(corpus, findings, info, *fact_graph);
    } else {
      out = fact_graph->ToDot();
    }
    if (!WriteOutput(common.output, out)) return kExitUsage;
    if (!fail_on.empty()) {
      claimcheck::Severity threshold;
      claimcheck::ParseSeverity(fail_on, &threshold);
      for (const Finding& f : findings) {
        if (f.severity >= threshold) return kExitFindings;
      }
    }
    return HasRejected(corpus) ? kExitRejected : kExitOk;
  }

  if (*extract) {
    claimcheck::Pipeline pipeline(PipelineOptionsFrom(common));
    Corpus corpus = pipeline.Run(common.inputs, &std::cin);
    PrintErrors(corpus);
    if (!WriteOutput(common.output, Dump(claimcheck::ExtractJson(corpus)))) return kExitUsage;
    return HasRejected(corpus) ? kExitRejected : kExitOk;
  }

  if (*graph) {
    claimcheck::RuleSet set;
    claimcheck::Lexicons lexicons;
    Corpus corpus;
    claimcheck::Progress progress(claimcheck::Progress::ShouldShow(common.quiet));
    if (!LoadAndRun(common, &progress, &set, &lexicons, &corpus)) return kExitUsage;
    progress.Finish();
    claimcheck::FactGraph g = claimcheck::FactGraph::Build(corpus, set.graph);
    std::string out;
    if (graph_format == "json") {
      out = Dump(g.ToJson());
    } else if (graph_format == "dot") {
      out = g.ToDot();
    } else {
      std::string error;
      if (!claimcheck::DotToSvg(g.ToDot(), &out, &error)) {
        std::cerr << "claimcheck: " << error << "\n";
        return kExitUsage;
      }
    }
    if (!WriteOutput(common.output, out)) return kExitUsage;
    return HasRejected(corpus) ? kExitRejected : kExitOk;
  }

  if (*test) {
    claimcheck::RegressionOptions ropts;
    ropts.rules_path = common.rules_path;
    ropts.update = update;
    ropts.strict = strict;
    claimcheck::Progress progress(claimcheck::Progress::ShouldShow(common.quiet));
    ropts.on_progress = progress.Callback();
    ropts.on_case_done = [&progress](size_t findings) {
      progress.EndRun();
      progress.AddCase();
      progress.AddFindings(findings);
      progress.Clear();
      std::cout.flush();
    };
    claimcheck::RegressionSummary summary;
    Status s = claimcheck::RunRegression(cases, ropts, std::cout, &summary);
    std::cout.flush();
    progress.Finish();
    if (!s.ok()) {
      std::cerr << "claimcheck: " << s.message() << "\n";
      return kExitUsage;
    }
    return summary.passed() ? kExitOk : kExitFindings;
  }

  if (*rules) {
    claimcheck::RuleSet set;
    Status s = claimcheck::LoadRuleSet(common.rules_path, &set);
    if (!s.ok()) {
      std::cerr << "claimcheck: " << s.message() << "\n";
      return kExitUsage;
    }
    if (rule_id.empty()) {
      std::cout << "Rules in set \"" << set.name << "\":\n";
      for (const auto& r : set.rules) {
        std::printf("  %-20s %-20s %s\n", std::string(r->id()).c_str(),
                    std::string(r->kind()).c_str(), std::string(r->summary()).c_str());
      }
      std::cout.flush();
      return kExitOk;
    }
    for (const auto& r : set.rules) {
      if (r->id() != rule_id) continue;
      std::cout << "id:       " << r->id() << "\nkind:     " << r->kind()
                << "\nsummary:  " << r->summary() << "\noptions:  " << Dump(r->Options())
                << "docs:     docs/rules/" << r->id() << ".md\n";
      return kExitOk;
    }
    std::cerr << "claimcheck: unknown rule \"" << rule_id << "\" (see `claimcheck rules`)\n";
    return kExitUsage;
  }
  return kExitUsage;
}
