#include "core/pipeline.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <mutex>
#include <string>
#include <thread>

#include "core/extract.h"
#include "core/normalize.h"

namespace claimcheck {

namespace {

constexpr size_t kTrimBytes = size_t{8} << 20;

// Returns free heap pages to the system (glibc keeps them otherwise).
void ReleaseFreeMemory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace

size_t Corpus::sentence_count() const {
  size_t n = 0;
  for (const Document& d : documents) n += d.sentences.size();
  return n;
}

void PrepareDocument(Document* doc, const TimeTagger& tagger,
                     const SegmentOptions& options,
                     std::vector<TimeExpr>* times,
                     std::vector<InputError>* errors) {
  std::vector<NormalizeIssue> issues;
  doc->normalized = Normalize(doc->original, &issues);
  for (const NormalizeIssue& issue : issues) {
    errors->push_back(InputError{doc->path.empty() ? doc->id : doc->path,
                                 doc->first_line - 1 + std::max(issue.line, 1),
                                 issue.message});
  }
  SegmentReport cut;
  doc->sentences = Segment(doc->normalized.text, options, &cut);
  if (cut.cut_units > 0) {
    std::string message = "sentence over the limit of " +
                          std::to_string(options.max_sentence_bytes) +
                          " bytes; cut into pieces";
    if (cut.cut_units > 1) {
      message += " (" + std::to_string(cut.cut_units) + " such sentences)";
    }
    errors->push_back(InputError{doc->path.empty() ? doc->id : doc->path,
                                 doc->first_line - 1 + cut.first_cut_line,
                                 std::move(message)});
  }
  *times = tagger.Tag(doc->normalized.text, doc->sentences, doc->published_date);
  doc->normalized.Compact();  // only ToOriginal() reads the map from here on
}

Pipeline::Pipeline(PipelineOptions options) : options_(std::move(options)) {}

Corpus Pipeline::Run(const std::vector<std::string>& paths,
                     std::istream* stdin_stream) {
  ReadOptions read_options = options_.read;
  if (options_.on_progress) {
    read_options.on_file = [this](size_t files, size_t documents) {
      PipelineProgress p;
      p.files = files;
      p.documents = documents;
      files_read_ = files;
      options_.on_progress(p);
    };
  }
  files_read_ = 0;
  ReadResult read = ReadInputs(paths, read_options, stdin_stream);
  return Process(std::move(read.documents), std::move(read.errors));
}

Corpus Pipeline::Process(std::vector<Document> documents,
                         std::vector<InputError> errors) {
  const Lexicons& lexicons =
      options_.lexicons ? *options_.lexicons : Lexicons::Default();
  Corpus corpus;
  corpus.documents = std::move(documents);
  const size_t n = corpus.documents.size();
  corpus.times.resize(n);
  std::vector<std::vector<Claim>> claims(n);
  std::vector<std::vector<InputError>> doc_errors(n);

  std::atomic<size_t> next{0};
  std::mutex progress_mu;
  PipelineProgress progress;
  progress.files = files_read_;
  files_read_ = 0;  // a later Process() of documents in memory reads no files
  progress.documents = n;
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) {
      Document& doc = corpus.documents[i];
      PrepareDocument(&doc, tagger_, options_.segment, &corpus.times[i],
                      &doc_errors[i]);
      ExtractContext ctx{doc, i, corpus.times[i], lexicons};
      claims[i] = ExtractClaims(ctx);
      claims[i].shrink_to_fit();  // kept until the merge: no growth slack
      if (!options_.keep_times) std::vector<TimeExpr>().swap(corpus.times[i]);
      if (options_.on_progress) {
        std::lock_guard<std::mutex> lock(progress_mu);
        progress.processed++;
        progress.claims += claims[i].size();
        options_.on_progress(progress);
      }
    }
  };
  unsigned threads = options_.threads > 0
                         ? static_cast<unsigned>(options_.threads)
                         : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(n, 1)));
  if (threads <= 1) {
    work();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
    for (std::thread& t : pool) t.join();
  }

  corpus.errors = std::move(errors);
  size_t total = 0;
  for (const std::vector<Claim>& v : claims) total += v.size();
  corpus.claims.reserve(total);
  size_t id = 0;
  size_t freed = 0;  // bytes of per-document claims released since the last trim
  for (size_t i = 0; i < n; ++i) {
    for (InputError& e : doc_errors[i]) corpus.errors.push_back(std::move(e));
    for (Claim& c : claims[i]) {
      c.id = "c" + std::to_string(++id);
      corpus.claims.push_back(std::move(c));
    }
    // Release each document's claims once moved, and hand the freed pages
    // back now and then, so that the run never holds every claim twice.
    freed += claims[i].capacity() * sizeof(Claim);
    std::vector<Claim>().swap(claims[i]);
    if (freed >= kTrimBytes) {
      ReleaseFreeMemory();
      freed = 0;
    }
  }
  return corpus;
}

}  // namespace claimcheck
