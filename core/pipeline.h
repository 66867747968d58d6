// The pipeline: inputs -> processed documents -> claims.
//
//   Pipeline pipeline(PipelineOptions{});
//   Corpus corpus = pipeline.Run(paths, &std::cin);
//   // corpus.documents, corpus.times, corpus.claims, corpus.errors
//
// Documents are processed independently (normalize, segment, tag times,
// extract) in a pool of threads sized to the cores; the result does not depend
// on the number of threads.
#ifndef CLAIMCHECK_CORE_PIPELINE_H_
#define CLAIMCHECK_CORE_PIPELINE_H_

#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "core/claim.h"
#include "core/document.h"
#include "core/lexicon.h"
#include "core/reader.h"
#include "core/segment.h"
#include "core/status.h"
#include "core/temporal.h"

namespace claimcheck {

// How far a run has come, for a progress display (cli/progress.h).
struct PipelineProgress {
  size_t files = 0;       // files read (standard input counts as one)
  size_t documents = 0;   // documents read
  size_t processed = 0;   // documents normalized, segmented and extracted
  size_t claims = 0;      // claims extracted so far
};

struct PipelineOptions {
  ReadOptions read;
  SegmentOptions segment;
  int threads = 0;  // 0 = one per core
  const Lexicons* lexicons = nullptr;  // null = Lexicons::Default()
  // false: each document's time expressions are dropped once its claims are
  // extracted (Corpus::times then holds empty lists); for runs that do not
  // print them (only ExtractJson does).
  bool keep_times = true;
  // Called as files are read and documents processed; calls are serialized
  // (never two at once) but may come from worker threads. Keep it cheap.
  std::function<void(const PipelineProgress&)> on_progress;
};

// Everything known about a run.
struct Corpus {
  std::vector<Document> documents;
  std::vector<std::vector<TimeExpr>> times;  // per document
  std::vector<Claim> claims;                 // all documents, ids c1, c2, ...
  std::vector<InputError> errors;
  size_t sentence_count() const;
};

// Normalizes, segments and time-tags one document in place (its `original`
// must be set); problems are appended to `errors`. Used by the pipeline and
// by tests that build documents from strings.
void PrepareDocument(Document* doc, const TimeTagger& tagger,
                     const SegmentOptions& options,
                     std::vector<TimeExpr>* times,
                     std::vector<InputError>* errors);

class Pipeline {
 public:
  explicit Pipeline(PipelineOptions options);

  // Reads `paths` and processes every document.
  Corpus Run(const std::vector<std::string>& paths, std::istream* stdin_stream);
  // Processes documents already read (original + metadata set).
  Corpus Process(std::vector<Document> documents,
                 std::vector<InputError> errors);

 private:
  PipelineOptions options_;
  TimeTagger tagger_;
  size_t files_read_ = 0;  // by the last Run, for progress
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_PIPELINE_H_
