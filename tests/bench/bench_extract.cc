// Throughput of ExtractClaims (every extractor plus stance) on about 1 MB of
// synthetic news text, prepared once outside the timed loop.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/extract.h"
#include "core/pipeline.h"

namespace claimcheck {
namespace {

std::string SyntheticNews(size_t bytes) {
  static const char* kParagraphs[] = {
      "A strong earthquake struck the northern coast early on Tuesday, "
      "killing at least 23 people and injuring about 180, officials said. "
      "More than 1,400 homes were damaged, according to the civil defense "
      "agency.\n\n",
      "The trade deal between the two blocs is now 85% complete, negotiators "
      "said on Friday, and the remaining chapters are still being "
      "negotiated. The customs framework was finalized last month.\n\n",
      "The navy said rebels fired 60 rockets overnight, with 52 intercepted "
      "and 8 striking the port. The defense ministry claimed it shot down "
      "over 40 drones, including 12 over the capital.\n\n",
      "Shareholders rejected the $4.2 billion takeover bid on Thursday. The "
      "board had put forward a counter-proposal worth $52 a share, but the "
      "merger talks collapsed after the buyer walked away.\n\n",
      "President Ana Ruiz met the visiting prime minister in the capital on "
      "Monday. The two leaders discussed the 12-point plan, the 2026 budget "
      "and a possible summit in March.\n\n",
      "The club denied reports that the transfer had been agreed. An earlier "
      "version of this article incorrectly reported that the striker signed "
      "a five-year contract worth EUR 80 million.\n\n",
      "Turnout was 71.8%, up from 66% four years ago, and the alliance took "
      "87 of the 151 seats. The coalition agreement could be signed next "
      "week if the smaller parties agree.\n\n",
  };
  std::string text;
  size_t i = 0;
  while (text.size() < bytes) {
    text += kParagraphs[i % (sizeof(kParagraphs) / sizeof(kParagraphs[0]))];
    ++i;
  }
  return text;
}

void BM_ExtractClaims(benchmark::State& state) {
  TimeTagger tagger;
  Document doc;
  doc.id = "bench";
  doc.original = SyntheticNews(1 << 20);
  std::vector<TimeExpr> times;
  std::vector<InputError> errors;
  PrepareDocument(&doc, tagger, SegmentOptions{}, &times, &errors);
  ExtractContext ctx{doc, 0, times, Lexicons::Default()};
  size_t claims = 0;
  for (auto _ : state) {
    std::vector<Claim> out = ExtractClaims(ctx);
    claims = out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(doc.original.size()));
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["sentences"] = static_cast<double>(doc.sentences.size());
}
BENCHMARK(BM_ExtractClaims)->Unit(benchmark::kMillisecond);

void BM_ExtractValuesOnly(benchmark::State& state) {
  TimeTagger tagger;
  Document doc;
  doc.original = SyntheticNews(1 << 20);
  std::vector<TimeExpr> times;
  std::vector<InputError> errors;
  PrepareDocument(&doc, tagger, SegmentOptions{}, &times, &errors);
  ExtractContext ctx{doc, 0, times, Lexicons::Default()};
  for (auto _ : state) {
    std::vector<Claim> out;
    ExtractProgress(ctx, &out);
    ExtractQuantities(ctx, &out);
    ExtractStatuses(ctx, &out);
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(doc.original.size()));
}
BENCHMARK(BM_ExtractValuesOnly)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
