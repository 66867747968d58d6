#include "cli/progress.h"

#include <unistd.h>

namespace claimcheck {

namespace {

// At most this many redraws a second: a terminal is slow next to a document.
constexpr auto kMinInterval = std::chrono::milliseconds(100);

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

bool Progress::ShouldShow(bool quiet) {
  return !quiet && ::isatty(STDERR_FILENO) == 1;
}

Progress::Progress(bool enabled, std::FILE* out)
    : enabled_(enabled), out_(out) {}

std::function<void(const PipelineProgress&)> Progress::Callback() {
  if (!enabled_) return nullptr;
  return [this](const PipelineProgress& p) { Update(p); };
}

void Progress::Update(const PipelineProgress& p) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  current_ = p;
  DrawLocked(false);
}

void Progress::EndRun() {
  std::lock_guard<std::mutex> lock(mu_);
  base_.files += current_.files;
  base_.documents += current_.documents;
  base_.processed += current_.processed;
  base_.claims += current_.claims;
  current_ = PipelineProgress{};
}

void Progress::AddFindings(size_t n) {
  std::lock_guard<std::mutex> lock(mu_);
  findings_ += n;
  if (enabled_) DrawLocked(false);
}

void Progress::AddCase() {
  std::lock_guard<std::mutex> lock(mu_);
  cases_++;
}

std::string Progress::Line() const {
  std::lock_guard<std::mutex> lock(mu_);
  return LineLocked();
}

std::string Progress::LineLocked() const {
  size_t files = base_.files + current_.files;
  size_t docs = base_.documents + current_.documents;
  size_t done = base_.processed + current_.processed;
  std::string line;
  if (cases_ > 0) line = Plural(cases_, "case", "cases") + ", ";
  line += Plural(files, "file", "files") + ", " +
          Plural(docs, "document", "documents");
  if (done < docs) line += " (" + std::to_string(done) + " done)";
  line += ", " + Plural(base_.claims + current_.claims, "claim", "claims") +
          ", " + Plural(findings_, "finding", "findings");
  return line;
}

void Progress::DrawLocked(bool force) {
  auto now = std::chrono::steady_clock::now();
  if (!force && drawn_width_ > 0 && now - last_draw_ < kMinInterval) return;
  last_draw_ = now;
  std::string line = "claimcheck: " + LineLocked();
  // Pad with spaces over a longer previous line instead of relying on an
  // erase-line escape, so the output stays plain text.
  std::string padded = line;
  if (padded.size() < drawn_width_)
    padded.append(drawn_width_ - padded.size(), ' ');
  std::fprintf(out_, "\r%s", padded.c_str());
  std::fflush(out_);
  drawn_width_ = line.size();
}

void Progress::Clear() {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (drawn_width_ == 0) return;
  std::fprintf(out_, "\r%s\r", std::string(drawn_width_, ' ').c_str());
  std::fflush(out_);
  drawn_width_ = 0;
}

void Progress::Finish() {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  DrawLocked(true);
  std::fputc('\n', out_);
  std::fflush(out_);
  drawn_width_ = 0;
}

}  // namespace claimcheck
