// The whole pipeline in process, and its last two stages on their own:
//
//   BM_Pipeline/T      every document through normalize, segment, time tags
//                      and extraction on T threads, then graph and rules
//   BM_GraphBuild/K    FactGraph::Build on K/16 of the corpus (K = 1, 4, 16)
//   BM_Rules/K         RunRules (graph build included) on K/16 of the corpus
//
// The corpus is the folder named by CLAIMCHECK_BENCH_CORPUS (tests/bench/run.sh
// writes one with claimcheck_gencorpus), or fixtures/demo. Read once, outside
// the timed loops. The K/16 subsets are the first documents in read order,
// which the generator writes event by event, so K = 1, 4, 16 show how graph
// and rule time grow with the corpus.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/graph.h"
#include "core/pipeline.h"
#include "core/reader.h"
#include "rules/ruleset.h"

namespace claimcheck {
namespace {

std::string CorpusDir() {
  const char* dir = std::getenv("CLAIMCHECK_BENCH_CORPUS");
  return dir && *dir ? dir : CLAIMCHECK_SOURCE_DIR "/fixtures/demo";
}

const ReadResult& Inputs() {
  static const ReadResult* read = [] {
    auto* r = new ReadResult(ReadInputs({CorpusDir()}, ReadOptions(), nullptr));
    return r;
  }();
  return *read;
}

const RuleSet& Rules() {
  static const RuleSet* set = [] {
    auto* s = new RuleSet;
    Status status = LoadRuleSet("", s);
    if (!status.ok()) std::abort();
    return s;
  }();
  return *set;
}

size_t Bytes(const std::vector<Document>& docs) {
  size_t n = 0;
  for (const Document& d : docs) n += d.original.size();
  return n;
}

std::vector<Document> Subset(int sixteenths) {
  const std::vector<Document>& all = Inputs().documents;
  size_t n = all.size() * static_cast<size_t>(sixteenths) / 16;
  if (n == 0) n = std::min<size_t>(all.size(), 1);
  return std::vector<Document>(all.begin(), all.begin() + static_cast<long>(n));
}

// The processed corpus of K/16 of the documents, computed once per K.
const Corpus& Processed(int sixteenths) {
  static std::map<int, std::unique_ptr<Corpus>> cache;
  auto& slot = cache[sixteenths];
  if (!slot) {
    PipelineOptions options;
    Pipeline pipeline(options);
    slot = std::make_unique<Corpus>(pipeline.Process(Subset(sixteenths), {}));
  }
  return *slot;
}

void BM_Pipeline(benchmark::State& state) {
  const std::vector<Document>& docs = Inputs().documents;
  const Lexicons& lexicons = Lexicons::Default();
  PipelineOptions options;
  options.threads = static_cast<int>(state.range(0));
  Pipeline pipeline(options);
  size_t findings = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> copy = docs;
    state.ResumeTiming();
    Corpus corpus = pipeline.Process(std::move(copy), {});
    std::vector<Finding> f = RunRules(Rules(), corpus, lexicons);
    findings = f.size();
    benchmark::DoNotOptimize(f);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(Bytes(docs)));
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(docs.size()) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
  state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(BM_Pipeline)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_GraphBuild(benchmark::State& state) {
  const Corpus& corpus = Processed(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    FactGraph g = FactGraph::Build(corpus, Rules().graph);
    benchmark::DoNotOptimize(g.vertex_count());
  }
  state.counters["docs"] = static_cast<double>(corpus.documents.size());
  state.counters["claims"] = static_cast<double>(corpus.claims.size());
}
BENCHMARK(BM_GraphBuild)->Arg(1)->Arg(4)->Arg(16)->Unit(benchmark::kMillisecond);

void BM_Rules(benchmark::State& state) {
  const Corpus& corpus = Processed(static_cast<int>(state.range(0)));
  const Lexicons& lexicons = Lexicons::Default();
  size_t findings = 0;
  for (auto _ : state) {
    std::vector<Finding> f = RunRules(Rules(), corpus, lexicons);
    findings = f.size();
    benchmark::DoNotOptimize(f);
  }
  state.counters["docs"] = static_cast<double>(corpus.documents.size());
  state.counters["claims"] = static_cast<double>(corpus.claims.size());
  state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(BM_Rules)->Arg(1)->Arg(4)->Arg(16)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
