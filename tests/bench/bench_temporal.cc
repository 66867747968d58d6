// Throughput of TimeTagger::Tag() over ~1 MB of synthetic news text.
//
//   build/.../tests/bench_temporal --benchmark_min_time=2
//
// The text is built from varied sentence templates (dates, weekdays, ranges,
// relative expressions, numbers that are not dates, and sentences without any
// time at all), so the figure reflects a realistic mix rather than a best
// case.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/temporal.h"

namespace claimcheck {
namespace {

const char* const kTemplates[] = {
    "The storm made landfall on January 8, 2026, forecasters said.",
    "Officials confirmed on Monday that the talks would resume next week.",
    "Shares fell 3 percent after the company reported third-quarter results.",
    "The minister said the deal, worth $30 billion, was 90% complete.",
    "Negotiators will meet Jan. 23-24 in Geneva, according to two diplomats.",
    "Some 1,500 troops and 2,024 drones were deployed along the border.",
    "Police arrested 12 people overnight into Sunday after clashes downtown.",
    "The central bank expects inflation to ease in the first half of 2026.",
    "Rescue teams worked through the weekend to reach the stranded villagers.",
    "The mayor, who took office in 2019, plans to run again.",
    "A spokesperson declined to comment on the report.",
    "The union said its members would strike from Dec. 15 to Dec. 19.",
    "Three days ago, a landslide cut the only road to the valley.",
    "Prices rose by mid-December and are expected to fall early next year.",
    "The court will rule on the appeal on Friday, Nov. 21.",
    "Voters head to the polls on Election Day amid record early turnout.",
    "The team won Game 7 with a 2-1 victory at home.",
    "Members invoked Article 5 during an emergency session in the capital.",
    "Exports grew last month, while imports fell for the fourth month in a row.",
    "The 20-point plan calls for a 15-year guarantee and new elections.",
    "Earlier today, the ministry published figures for November 2025.",
    "Leaders gathered at the summit between Jan. 6 and 7 in Paris.",
    "The museum, founded in 1975, will reopen on Christmas Eve.",
    "Analysts said the merger could close by the end of the year.",
};

std::string BuildText(size_t target_bytes) {
  std::string text;
  text.reserve(target_bytes + 256);
  size_t n = std::size(kTemplates);
  for (size_t i = 0; text.size() < target_bytes; ++i) {
    // Vary the order so the same sentences do not always follow each other.
    text += kTemplates[(i * 7 + i / n) % n];
    text += (i % 6 == 5) ? "\n\n" : " ";
  }
  return text;
}

void BM_TagOneMegabyte(benchmark::State& state) {
  const std::string text = BuildText(1 << 20);
  TimeTagger tagger;
  const std::optional<CivilDate> published = CivilDate{2026, 1, 8};
  size_t found = 0;
  for (auto _ : state) {
    std::vector<TimeExpr> t = tagger.TagText(text, published);
    found = t.size();
    benchmark::DoNotOptimize(t.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["expressions"] = static_cast<double>(found);
}
BENCHMARK(BM_TagOneMegabyte)->Unit(benchmark::kMillisecond);

void BM_ConstructTagger(benchmark::State& state) {
  for (auto _ : state) {
    TimeTagger tagger;
    benchmark::DoNotOptimize(&tagger);
  }
}
BENCHMARK(BM_ConstructTagger)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
