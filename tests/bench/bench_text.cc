// Throughput of Normalize and Segment on ~1 MB of synthetic news text.
#include <benchmark/benchmark.h>

#include <string>

#include "core/normalize.h"
#include "core/segment.h"

namespace claimcheck {
namespace {

// Invented text mixing the things the normalizer and segmenter handle:
// curly quotes, dashes, abbreviations, glued punctuation, lists and tables.
std::string SyntheticNews(size_t bytes) {
  static const char* const kParts[] = {
      "Harbor Council Approves Flood Barrier\n",
      "The council of Port Mara voted 7\xE2\x80\x93" "2 on Tuesday to fund a "
      "$1.2 billion barrier. Gen. Ilse Varga said the U.S.engineers would "
      "arrive on Jan. 9,and the work would take 3.5 years.\n",
      "\xE2\x80\x9CWe cannot wait,\xE2\x80\x9D Mayor Ana Ruiz told reporters. "
      "Critics,however, warned of delays.The vote followed weeks of "
      "debate\xE2\x80\xA6\n",
      "- The barrier spans 4.2 km.\n- Costs are shared with the province.\n",
      "| Name | Role | Since |\n|---|---|---|\n| Ana Ruiz | Mayor | 2021 |\n"
      "| Ilse Varga | Engineer | 2019 |\n",
      "Key Figures\n",
      "Officials from the U.N. and Dr. Omar Field visited the site at 9 a.m. "
      "on Sept. 14. Details at www.portmara.example.org/plan.\n\n",
  };
  std::string out;
  out.reserve(bytes + 1024);
  size_t i = 0;
  while (out.size() < bytes) {
    out += kParts[i % (sizeof kParts / sizeof kParts[0])];
    ++i;
  }
  return out;
}

void BM_Normalize(benchmark::State& state) {
  const std::string text = SyntheticNews(1 << 20);
  for (auto _ : state) {
    NormalizedText n = Normalize(text, nullptr);
    benchmark::DoNotOptimize(n.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_Segment(benchmark::State& state) {
  const std::string text = Normalize(SyntheticNews(1 << 20), nullptr).text;
  size_t units = 0;
  for (auto _ : state) {
    std::vector<Sentence> s = Segment(text);
    units = s.size();
    benchmark::DoNotOptimize(s.data());
  }
  state.counters["units"] = static_cast<double>(units);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
