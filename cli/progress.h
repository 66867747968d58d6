// A one-line progress display on stderr for long runs: files read,
// documents, claims, findings, overwriting itself with '\r' and ending with a
// newline. Shown only when stderr is a terminal (and not --quiet); otherwise
// every call does nothing, so logs and pipes stay clean.
//
//   Progress progress(Progress::ShouldShow(quiet));
//   popts.on_progress = progress.Callback();
//   ... run ...
//   progress.AddFindings(findings.size());
//   progress.Finish();
#ifndef CLAIMCHECK_CLI_PROGRESS_H_
#define CLAIMCHECK_CLI_PROGRESS_H_

#include <chrono>
#include <cstdio>
#include <functional>
#include <mutex>
#include <string>

#include "core/pipeline.h"

namespace claimcheck {

class Progress {
 public:
  // True when stderr is a terminal and `quiet` is false.
  static bool ShouldShow(bool quiet);

  // `out` is where the line goes (stderr; a test may pass another stream).
  explicit Progress(bool enabled, std::FILE* out = stderr);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  bool enabled() const { return enabled_; }

  // For PipelineOptions::on_progress. Several runs (regression cases) add up:
  // call EndRun() after each.
  std::function<void(const PipelineProgress&)> Callback();
  void Update(const PipelineProgress& p);
  void EndRun();
  void AddFindings(size_t n);
  void AddCase();

  // Erases the line, before other output goes to the same terminal; the next
  // update draws it again.
  void Clear();
  // Draws the final counts and a newline (nothing if disabled).
  void Finish();

  // The text of the line, for tests: "12 files, 40 documents (40 done), ...".
  std::string Line() const;

 private:
  // Both need mu_ held.
  std::string LineLocked() const;
  void DrawLocked(bool force);

  const bool enabled_;
  std::FILE* const out_;
  mutable std::mutex mu_;
  PipelineProgress base_;     // finished runs
  PipelineProgress current_;  // the run under way
  size_t findings_ = 0;
  size_t cases_ = 0;
  size_t drawn_width_ = 0;  // characters on the line now, 0 = none
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_PROGRESS_H_
