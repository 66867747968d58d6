// Ingestion: turns input paths into Documents (metadata + original bytes).
//
//   ReadOptions opts;
//   ReadResult r = ReadInputs({"articles/", "more.jsonl"}, opts);
//   for (const InputError& e : r.errors) std::cerr << e.ToString() << "\n";
//
// Inputs (DESIGN.md, "Inputs"):
//   - a directory is read recursively, files in sorted path order; files of
//     unknown type and NAME.meta.json sidecars are skipped (a sidecar is never
//     read as an article);
//   - .json: one article object or an array of them; .jsonl: one a line;
//     keys id, source, url, published, title, text (only text is required);
//   - .txt / .md: optional front matter between "---" lines (key: value), or
//     a sidecar NAME.meta.json; else id = file stem and the publication date
//     comes from a dateline ("Thu Jan 08 12:40:04 UTC 2026:",
//     "MOSCOW, Jan 22 (Reuters) -", "January 8, 2026 —") when there is one;
//   - .html / .htm: title, published time (meta tags such as
//     article:published_time, <time datetime>), the body text without
//     navigation, scripts and styles;
//   - "-": JSONL on standard input.
// Every problem (missing or unreadable path, invalid JSON line, binary data,
// a file over the size limit, a record without text) becomes an InputError
// naming the file and line, and the rest is still read.
//
// docs/inputs.md is the reference: front matter keys, dateline forms, HTML
// extraction rules, id rules and every message.
#ifndef CLAIMCHECK_CORE_READER_H_
#define CLAIMCHECK_CORE_READER_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace claimcheck {

struct ReadOptions {
  size_t max_file_bytes = 64u << 20;     // larger files are rejected
  size_t max_documents = 1000000;        // further documents are dropped
  int max_json_depth = 64;               // deeper JSON is rejected
  // A JSONL line longer than this is skipped; an article whose text has a
  // longer line is cut before that line (skipped when nothing is left).
  // 0 = no limit.
  size_t max_line_bytes = 1u << 20;
  // Called after each file (or standard input) is read, with the number of
  // files and of documents read so far. Progress display only.
  std::function<void(size_t files, size_t documents)> on_file;
};

struct ReadResult {
  std::vector<Document> documents;  // original text + metadata, not normalized
  std::vector<InputError> errors;
};

// Reads every path ("-" = JSONL from `stdin_stream`, which may be null when
// no path is "-").
ReadResult ReadInputs(const std::vector<std::string>& paths,
                      const ReadOptions& options,
                      std::istream* stdin_stream = nullptr);

// The pieces, for tests and for callers with text in memory. `path` is used
// for ids and messages only.
void ReadJsonText(std::string_view content, const std::string& path,
                  const ReadOptions& options, ReadResult* out);
void ReadJsonlText(std::string_view content, const std::string& path,
                   const ReadOptions& options, ReadResult* out);
// `sidecar_json` is the content of NAME.meta.json, or empty.
void ReadPlainText(std::string_view content, const std::string& path,
                   std::string_view sidecar_json, ReadResult* out);
void ReadHtmlText(std::string_view content, const std::string& path,
                  ReadResult* out);

// A dateline recognized at the start of an article's text.
struct Dateline {
  size_t length = 0;      // bytes, including the separator (":", "-", "—"),
                          // counted from the start of the text passed in
                          // (leading blank space included)
  std::string place;      // "MOSCOW" when the dateline names one
  std::string agency;     // "Reuters" when it names one
  // The date; kDay when the dateline has a year, kPartial when it has only a
  // day and month ("MOSCOW, Jan 22 (Reuters) -"), kUnresolved when none.
  TimeValue date;
  std::string published;  // ISO date-time when the dateline has a full one
};

// Recognizes a dateline at the start of `text` (after leading blank space).
std::optional<Dateline> ParseDateline(std::string_view text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_READER_H_
