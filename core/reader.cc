// Ingestion: files, directories and stdin to Documents. See reader.h and
// docs/inputs.md for the formats and every message this file produces.
#include "core/reader.h"

#include <gumbo.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <system_error>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace claimcheck {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// Binary sniffing looks at this many leading bytes.
constexpr size_t kSniffBytes = 8192;
// HTML deeper than this (estimated before parsing) is rejected: gumbo's tree
// construction costs O(bytes x depth), so unbounded nesting would hang.
constexpr int kMaxHtmlDepth = 256;
// Gumbo checks duplicate attributes pairwise: quadratic per tag.
constexpr int kMaxHtmlAttributes = 100;
// Text quoted in messages is cut to this many bytes.
constexpr size_t kMaxQuoted = 60;

// ---------------------------------------------------------------------------
// Small helpers.

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

bool AllSpace(std::string_view s) {
  return std::all_of(s.begin(), s.end(), IsSpace);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Messages start lowercase ("permission denied", not "Permission denied").
std::string LowerFirst(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z' &&
      (s.size() < 2 || !(s[1] >= 'A' && s[1] <= 'Z'))) {
    s[0] = static_cast<char>(s[0] - 'A' + 'a');
  }
  while (!s.empty() && (s.back() == '.' || IsSpace(s.back()))) s.pop_back();
  return s;
}

// "text" for a message: quoted, control bytes escaped, cut at kMaxQuoted
// bytes on a character boundary.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  size_t n = s.size();
  bool cut = false;
  if (n > kMaxQuoted) {
    n = kMaxQuoted;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    cut = true;
  }
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (cut) out += "...";
  out += '"';
  return out;
}

void AddError(ReadResult* out, const std::string& path, int line,
              std::string message) {
  out->errors.push_back(InputError{path, line, std::move(message)});
}

// 1-based line numbers of byte offsets, in O(log lines) each.
class LineIndex {
 public:
  explicit LineIndex(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\n') newlines_.push_back(i);
    }
  }
  int LineOf(size_t offset) const {
    return 1 + static_cast<int>(std::lower_bound(newlines_.begin(),
                                                 newlines_.end(), offset) -
                                newlines_.begin());
  }

 private:
  std::vector<size_t> newlines_;
};

std::string StemOf(const std::string& path) {
  if (path == "-") return "stdin";
  std::string stem = fs::path(path).stem().string();
  return stem.empty() ? std::string("doc") : stem;
}

// NUL bytes, or more than 30% control bytes, in the first kSniffBytes.
bool LooksBinary(std::string_view content) {
  std::string_view head = content.substr(0, kSniffBytes);
  if (head.empty()) return false;
  size_t control = 0;
  for (char ch : head) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if ((c < 0x20 && !IsSpace(ch) && c != 0x1B) || c == 0x7F) ++control;
  }
  return control * 10 > head.size() * 3;
}

// ---------------------------------------------------------------------------
// Invalid UTF-8 inside JSON. nlohmann rejects it, but invalid bytes are not a
// reader error (the normalizer reports and replaces them), so each invalid
// byte B is carried through the parser as the private-use code point
// U+10FF00+B and turned back into the raw byte in the strings we keep.

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if (k == 1 ? (d < lo || d > hi) : (d < 0x80 || d > 0xBF)) return 0;
  }
  return n;
}

// Returns false (and leaves *out alone) when `s` is valid UTF-8.
bool EscapeInvalidUtf8(std::string_view s, std::string* out) {
  size_t i = 0;
  while (i < s.size()) {
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) break;
    i += n;
  }
  if (i == s.size()) return false;
  out->assign(s.substr(0, i));
  while (i < s.size()) {
    size_t n = Utf8SequenceLength(s, i);
    if (n > 0) {
      out->append(s.substr(i, n));
      i += n;
      continue;
    }
    unsigned cp = 0x10FF00u + static_cast<unsigned char>(s[i]);
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    ++i;
  }
  return true;
}

void RestoreInvalidUtf8(std::string* s) {
  if (s->find("\xF4\x8F") == std::string::npos) return;
  std::string out;
  out.reserve(s->size());
  for (size_t i = 0; i < s->size();) {
    if (i + 3 < s->size() && (*s)[i] == '\xF4' && (*s)[i + 1] == '\x8F' &&
        ((*s)[i + 2] == '\xBE' || (*s)[i + 2] == '\xBF')) {
      unsigned cp = ((static_cast<unsigned char>((*s)[i + 2]) & 0x3Fu) << 6) |
                    (static_cast<unsigned char>((*s)[i + 3]) & 0x3Fu);
      out.push_back(static_cast<char>(cp & 0xFF));
      i += 4;
    } else {
      out.push_back((*s)[i++]);
    }
  }
  *s = std::move(out);
}

// ---------------------------------------------------------------------------
// JSON.

// A linear, non-recursive pre-scan: rejects nesting deeper than the limit
// before nlohmann sees the text, and finds where the elements of a top-level
// array start (for line numbers).
struct JsonScan {
  bool too_deep = false;
  size_t deep_at = 0;
  size_t first_value = std::string_view::npos;
  bool top_array = false;
  std::vector<size_t> element_starts;
};

JsonScan ScanJson(std::string_view s, int max_depth) {
  JsonScan scan;
  int depth = 0;
  bool in_string = false, escaped = false, expect_element = false;
  size_t i = StartsWith(s, kBom) ? kBom.size() : 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (IsSpace(c)) continue;
    if (scan.first_value == std::string_view::npos) {
      scan.first_value = i;
      scan.top_array = c == '[';
    }
    if (depth == 1 && scan.top_array && expect_element && c != ']' &&
        c != ',') {
      scan.element_starts.push_back(i);
      expect_element = false;
    }
    switch (c) {
      case '"':
        in_string = true;
        break;
      case '[':
      case '{':
        if (++depth > max_depth) {
          scan.too_deep = true;
          scan.deep_at = i;
          return scan;
        }
        if (depth == 1 && scan.top_array) expect_element = true;
        break;
      case ']':
      case '}':
        if (depth > 0) --depth;
        break;
      case ',':
        if (depth == 1 && scan.top_array) expect_element = true;
        break;
      default:
        break;
    }
  }
  return scan;
}

// Records where nlohmann's parser gave up.
class ErrorSax : public nlohmann::json_sax<Json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    position_ = position;
    what_ = ex.what();
    return false;
  }

  size_t position_ = 0;
  std::string what_;
};

// Parses `text`; on failure sets *line (1-based within `text`) and *message.
bool ParseJson(std::string_view text, Json* value, int* line,
               std::string* message) {
  try {
    *value = Json::parse(text.begin(), text.end(), nullptr,
                         /*allow_exceptions=*/false);
    if (!value->is_discarded()) return true;
    ErrorSax sax;
    Json::sax_parse(text.begin(), text.end(), &sax);
    // nlohmann: "[json.exception.parse_error.101] parse error at line 3,
    // column 1: syntax error while parsing object - unexpected end of input;
    // expected string literal".
    const std::string& w = sax.what_;
    *line = 0;
    size_t at = w.find("at line ");
    if (at != std::string::npos) {
      *line = std::atoi(w.c_str() + at + 8);
    } else {
      *line = LineIndex(text).LineOf(sax.position_ > 0 ? sax.position_ - 1 : 0);
    }
    std::string detail = w;
    size_t col = w.find("column ");
    if (col != std::string::npos) {
      size_t colon = w.find(": ", col);
      if (colon != std::string::npos) detail = w.substr(colon + 2);
    }
    size_t dash = detail.find(" - ");
    if (StartsWith(detail, "syntax error") && dash != std::string::npos) {
      detail = detail.substr(dash + 3);
    }
    *message = "invalid JSON: " + LowerFirst(detail);
    return false;
  } catch (const std::exception& e) {
    *line = 0;
    *message = "invalid JSON: " + LowerFirst(e.what());
    return false;
  }
}

// ---------------------------------------------------------------------------
// Metadata shared by every format.

struct Meta {
  std::optional<std::string> id, source, url, published, title;
  int published_line = 0;      // where `published` was given
  std::string published_path;  // file that gave it (sidecar or the file)

  // Fills the fields this one lacks from `other`.
  void FillFrom(const Meta& other) {
    if (!id) id = other.id;
    if (!source) source = other.source;
    if (!url) url = other.url;
    if (!title) title = other.title;
    if (!published) {
      published = other.published;
      published_line = other.published_line;
      published_path = other.published_path;
    }
  }
};

std::optional<std::string>* MetaField(Meta* meta, std::string_view key) {
  if (key == "id") return &meta->id;
  if (key == "source") return &meta->source;
  if (key == "url") return &meta->url;
  if (key == "published") return &meta->published;
  if (key == "title") return &meta->title;
  return nullptr;
}

constexpr const char* kMetaKeys[] = {"id", "source", "url", "published",
                                     "title"};

// The metadata keys of a JSON object; a value of the wrong type is reported
// and ignored. Null counts as absent.
Meta MetaFromJson(const Json& obj, const std::string& path, int line,
                  ReadResult* out) {
  Meta meta;
  for (const char* key : kMetaKeys) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) continue;
    if (!it->is_string()) {
      AddError(out, path, line,
               std::string("\"") + key + "\" is not a string; ignored");
      continue;
    }
    std::string value = it->get<std::string>();
    RestoreInvalidUtf8(&value);
    if (Trim(value).empty()) continue;
    *MetaField(&meta, key) = std::move(value);
  }
  if (meta.published) {
    meta.published_line = line;
    meta.published_path = path;
  }
  return meta;
}

// Copies metadata into `doc`. An unparseable `published` is reported and the
// date stays unknown (and empty). Returns true when the date was set.
bool ApplyMeta(const Meta& meta, Document* doc, ReadResult* out) {
  if (meta.id) doc->id = *meta.id;
  if (meta.source) doc->source = *meta.source;
  if (meta.url) doc->url = *meta.url;
  if (meta.title) doc->title = *meta.title;
  if (!meta.published) return false;
  std::string value(Trim(*meta.published));
  std::optional<CivilDate> date = ParseIsoDate(value);
  if (!date) {
    AddError(out, meta.published_path, meta.published_line,
             "invalid \"published\" date " + Quote(value) +
                 " (want ISO 8601, YYYY-MM-DD); the date stays unknown");
    return false;
  }
  doc->published = value;
  doc->published_date = date;
  return true;
}

// ---------------------------------------------------------------------------
// The run: documents added in order, ids made unique, the document limit.

class Run {
 public:
  Run(ReadResult* out, const ReadOptions& options)
      : out_(out),
        max_documents_(options.max_documents),
        max_line_bytes_(options.max_line_bytes) {
    for (const Document& d : out->documents) ids_.insert(d.id);
  }

  ReadResult* out() { return out_; }
  bool full() const { return dropped_; }

  // `line` is where the record starts; `file_lines` says that the lines of
  // doc.original are lines of the file from doc.first_line on (plain text),
  // so a message can name the exact line.
  void Add(Document doc, int line, bool file_lines = false) {
    if (out_->documents.size() >= max_documents_) {
      if (!dropped_) {
        AddError(out_, doc.path, line,
                 "over the limit of " + std::to_string(max_documents_) +
                     " documents; this and later documents are dropped");
      }
      dropped_ = true;
      return;
    }
    if (!ApplyLineLimit(&doc, line, file_lines)) return;
    if (doc.id.empty()) doc.id = StemOf(doc.path);
    if (!ids_.insert(doc.id).second) {
      std::string renamed;
      for (int n = 2;; ++n) {
        renamed = doc.id + "~" + std::to_string(n);
        if (ids_.insert(renamed).second) break;
      }
      AddError(
          out_, doc.path, line,
          "duplicate id " + Quote(doc.id) + "; renamed to " + Quote(renamed));
      doc.id = std::move(renamed);
    }
    out_->documents.push_back(std::move(doc));
  }

 private:
  // Cuts the text before its first line over max_line_bytes_; false when
  // nothing but blank space comes before it (the document is skipped).
  bool ApplyLineLimit(Document* doc, int line, bool file_lines) {
    if (max_line_bytes_ == 0 || doc->original.size() <= max_line_bytes_) {
      return true;
    }
    const std::string& s = doc->original;
    int k = 0;
    for (size_t begin = 0; begin < s.size(); ++k) {
      size_t nl = s.find('\n', begin);
      if (nl == std::string::npos) nl = s.size();
      if (nl - begin > max_line_bytes_) {
        const int at = file_lines ? doc->first_line + k : line;
        const std::string what =
            std::string(file_lines ? "line" : "a line of the text") + " is " +
            std::to_string(nl - begin) + " bytes, over the limit of " +
            std::to_string(max_line_bytes_);
        if (AllSpace(std::string_view(s).substr(0, begin))) {
          AddError(out_, doc->path, at, what + "; skipped");
          return false;
        }
        AddError(out_, doc->path, at, what + "; the text is cut before it");
        doc->original.resize(begin);
        return true;
      }
      begin = nl + 1;
    }
    return true;
  }

  ReadResult* out_;
  size_t max_documents_;
  size_t max_line_bytes_;
  bool dropped_ = false;
  std::unordered_set<std::string> ids_;
};

// One JSON record (an object with "text") to a Document.
void AddJsonRecord(const Json& record, const std::string& path, int line,
                   const std::string& default_id, Run* run) {
  ReadResult* out = run->out();
  if (!record.is_object()) {
    AddError(out, path, line, "record is not a JSON object; skipped");
    return;
  }
  auto text = record.find("text");
  if (text == record.end()) {
    AddError(out, path, line, "record has no \"text\"; skipped");
    return;
  }
  if (!text->is_string()) {
    AddError(out, path, line, "\"text\" is not a string; record skipped");
    return;
  }
  Document doc;
  doc.path = path;
  doc.first_line = line;
  doc.original = text->get<std::string>();
  RestoreInvalidUtf8(&doc.original);
  if (AllSpace(doc.original)) {
    AddError(out, path, line, "\"text\" is empty; record skipped");
    return;
  }
  Meta meta = MetaFromJson(record, path, line, out);
  ApplyMeta(meta, &doc, out);
  if (doc.id.empty()) doc.id = default_id;
  run->Add(std::move(doc), line);
}

std::string DepthMessage(int max_depth) {
  return "JSON nested deeper than " + std::to_string(max_depth) +
         " levels; skipped";
}

void ReadJsonImpl(std::string_view content, const std::string& path,
                  const ReadOptions& options, Run* run) {
  ReadResult* out = run->out();
  if (AllSpace(content) || Trim(content) == kBom) {
    AddError(out, path, 0, "empty file");
    return;
  }
  std::string escaped;
  if (EscapeInvalidUtf8(content, &escaped)) content = escaped;
  LineIndex lines(content);
  JsonScan scan = ScanJson(content, options.max_json_depth);
  if (scan.too_deep) {
    AddError(out, path, lines.LineOf(scan.deep_at),
             DepthMessage(options.max_json_depth));
    return;
  }
  Json value;
  int error_line = 0;
  std::string message;
  if (!ParseJson(content, &value, &error_line, &message)) {
    AddError(out, path, error_line, message);
    return;
  }
  int first_line = lines.LineOf(scan.first_value);
  std::string stem = StemOf(path);
  if (value.is_object()) {
    AddJsonRecord(value, path, first_line, stem, run);
  } else if (value.is_array()) {
    if (value.empty()) {
      AddError(out, path, first_line, "empty JSON array: no articles");
    }
    for (size_t i = 0; i < value.size() && !run->full(); ++i) {
      int line = i < scan.element_starts.size()
                     ? lines.LineOf(scan.element_starts[i])
                     : first_line;
      AddJsonRecord(value[i], path, line, stem + "-" + std::to_string(i + 1),
                    run);
    }
  } else {
    AddError(out, path, first_line,
             "expected a JSON object or an array of objects");
  }
}

void ReadJsonlImpl(std::string_view content, const std::string& path,
                   const ReadOptions& options, Run* run) {
  ReadResult* out = run->out();
  std::string escaped;
  if (EscapeInvalidUtf8(content, &escaped)) content = escaped;
  std::string stem = StemOf(path);
  int line_no = 0;
  bool any = false;
  for (size_t pos = 0; pos < content.size() && !run->full();) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line_no == 1 && StartsWith(line, kBom)) line.remove_prefix(3);
    if (AllSpace(line)) continue;
    any = true;
    if (options.max_line_bytes != 0 && line.size() > options.max_line_bytes) {
      AddError(out, path, line_no,
               "line is " + std::to_string(line.size()) +
                   " bytes, over the limit of " +
                   std::to_string(options.max_line_bytes) + "; skipped");
      continue;
    }
    JsonScan scan = ScanJson(line, options.max_json_depth);
    if (scan.too_deep) {
      AddError(out, path, line_no, DepthMessage(options.max_json_depth));
      continue;
    }
    Json value;
    int error_line = 0;
    std::string message;
    if (!ParseJson(line, &value, &error_line, &message)) {
      AddError(out, path, line_no, message);
      continue;
    }
    AddJsonRecord(value, path, line_no, stem + "-" + std::to_string(line_no),
                  run);
  }
  if (!any) AddError(out, path, 0, "empty file");
}

// ---------------------------------------------------------------------------
// Sidecars: NAME.meta.json next to NAME.txt.

std::string SidecarPathFor(const std::string& path) {
  fs::path p(path);
  p.replace_extension(".meta.json");
  return p.string();
}

Meta ReadSidecar(std::string_view json, const std::string& sidecar_path,
                 ReadResult* out) {
  if (AllSpace(json)) {
    AddError(out, sidecar_path, 0, "empty file");
    return {};
  }
  std::string escaped;
  if (EscapeInvalidUtf8(json, &escaped)) json = escaped;
  ReadOptions defaults;
  JsonScan scan = ScanJson(json, defaults.max_json_depth);
  LineIndex lines(json);
  if (scan.too_deep) {
    AddError(out, sidecar_path, lines.LineOf(scan.deep_at),
             DepthMessage(defaults.max_json_depth));
    return {};
  }
  Json value;
  int error_line = 0;
  std::string message;
  if (!ParseJson(json, &value, &error_line, &message)) {
    AddError(out, sidecar_path, error_line, message);
    return {};
  }
  int line = lines.LineOf(scan.first_value);
  if (!value.is_object()) {
    AddError(out, sidecar_path, line, "sidecar is not a JSON object; ignored");
    return {};
  }
  return MetaFromJson(value, sidecar_path, line, out);
}

// ---------------------------------------------------------------------------
// Plain text and Markdown.

// The line [begin, end) starting at `pos`, without its "\r\n" / "\n".
std::string_view LineAt(std::string_view s, size_t pos, size_t* next) {
  size_t nl = s.find('\n', pos);
  if (nl == std::string_view::npos) nl = s.size();
  *next = nl < s.size() ? nl + 1 : s.size();
  std::string_view line = s.substr(pos, nl - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::string UnquoteValue(std::string_view v) {
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
    std::string out;
    for (size_t i = 1; i + 1 < v.size(); ++i) {
      if (v[i] == '\\' && i + 2 < v.size() &&
          (v[i + 1] == '"' || v[i + 1] == '\\')) {
        ++i;
      }
      out += v[i];
    }
    return out;
  }
  if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') {
    std::string out;
    for (size_t i = 1; i + 1 < v.size(); ++i) {
      out += v[i];
      if (v[i] == '\'' && i + 2 < v.size() && v[i + 1] == '\'') ++i;
    }
    return out;
  }
  return std::string(v);
}

bool IsKeyChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// Parses front matter when `content` opens with a "---" line. Sets *body_pos
// to the first byte after it and *body_line to that byte's line.
Meta ParseFrontMatter(std::string_view content, const std::string& path,
                      size_t* body_pos, int* body_line, ReadResult* out) {
  Meta meta;
  size_t next = 0;
  if (Trim(LineAt(content, 0, &next)) != "---" ||
      LineAt(content, 0, &next).substr(0, 3) != "---") {
    return meta;
  }
  // Find the closing line first: without one this is not front matter.
  size_t pos = next;
  int line_no = 2;
  size_t close_next = std::string_view::npos;
  int close_line = 0;
  for (size_t p = pos; p < content.size(); ++line_no) {
    size_t n;
    std::string_view line = LineAt(content, p, &n);
    std::string_view t = Trim(line);
    if (line.substr(0, 3) == "---" && t == "---") {
      close_next = n;
      close_line = line_no;
      break;
    }
    if (line.substr(0, 3) == "..." && t == "...") {
      close_next = n;
      close_line = line_no;
      break;
    }
    p = n;
  }
  if (close_next == std::string_view::npos) {
    AddError(out, path, 1,
             "front matter is not closed by a \"---\" line; read as text");
    return meta;
  }
  std::optional<std::string> date_alias;
  int date_line = 0;
  int keys = 0;
  std::vector<int> bad_lines;
  line_no = 2;
  for (size_t p = pos; line_no < close_line; ++line_no) {
    size_t n;
    std::string_view raw = LineAt(content, p, &n);
    std::string_view line = Trim(raw);
    p = n;
    // Blank lines, comments and YAML continuations ("  - item") are skipped.
    if (line.empty() || line[0] == '#' || line[0] == '-' || IsSpace(raw[0])) {
      continue;
    }
    size_t colon = line.find(':');
    std::string_view key =
        colon == std::string_view::npos ? "" : Trim(line.substr(0, colon));
    if (key.empty() || !std::all_of(key.begin(), key.end(), IsKeyChar)) {
      bad_lines.push_back(line_no);
      continue;
    }
    ++keys;
    std::string value = UnquoteValue(Trim(line.substr(colon + 1)));
    std::string k = Lower(key);
    if (k == "date") {
      date_alias = value;
      date_line = line_no;
      continue;
    }
    std::optional<std::string>* field = MetaField(&meta, k);
    if (field == nullptr) continue;  // other keys (author, tags...) are fine
    if (Trim(value).empty()) {
      field->reset();
      continue;
    }
    *field = value;
    if (k == "published") meta.published_line = line_no;
  }
  if (keys == 0 && !bad_lines.empty()) {
    // "---", prose, "---": a Markdown rule, not front matter.
    return Meta();
  }
  for (int bad : bad_lines) {
    AddError(out, path, bad,
             "front matter line is not \"key: value\"; ignored");
  }
  if (!meta.published && date_alias && !Trim(*date_alias).empty()) {
    meta.published = date_alias;
    meta.published_line = date_line;
  }
  if (meta.published) meta.published_path = path;
  *body_pos = close_next;
  *body_line = close_line + 1;
  return meta;
}

void ReadPlainImpl(std::string_view content, const std::string& path,
                   const Meta& sidecar, Run* run) {
  ReadResult* out = run->out();
  if (AllSpace(content) || Trim(content) == kBom) {
    AddError(out, path, 0, "empty file");
    return;
  }
  if (StartsWith(content, kBom)) content.remove_prefix(kBom.size());
  size_t body_pos = 0;
  int body_line = 1;
  Meta meta = ParseFrontMatter(content, path, &body_pos, &body_line, out);
  meta.FillFrom(sidecar);
  std::string_view body = content.substr(body_pos);
  if (AllSpace(body)) {
    AddError(out, path, body_line, "no article text after the front matter");
    return;
  }
  Document doc;
  doc.path = path;
  doc.first_line = body_line;
  doc.original = std::string(body);
  bool dated = ApplyMeta(meta, &doc, out);
  if (!dated) {
    std::optional<Dateline> dl = ParseDateline(body);
    if (dl && dl->date.kind == TimeValue::Kind::kDay) {
      doc.published = dl->published;
      doc.published_date = dl->date.begin;
    } else if (dl && dl->date.kind == TimeValue::Kind::kPartial) {
      doc.dateline_day = dl->date.begin;
    }
  }
  if (doc.id.empty()) doc.id = StemOf(path);
  run->Add(std::move(doc), body_line, /*file_lines=*/true);
}

// ---------------------------------------------------------------------------
// HTML.

enum class Tok { kVoid, kNoNest, kRaw, kOther };

bool InList(std::string_view name, std::initializer_list<std::string_view> l) {
  return std::find(l.begin(), l.end(), name) != l.end();
}

bool IsScopeBoundary(std::string_view n) {
  return InList(n,
                {"table", "td", "th", "caption", "template", "applet", "object",
                 "marquee", "svg", "math", "foreignobject", "button"});
}

// A linear estimate of the element nesting gumbo will build: a model of the
// open-element stack (implied end tags for p/li/dt/dd/option and table parts,
// end tags close through the matching element within its scope). Each stack
// search is bounded by kMaxHtmlDepth, so the scan is linear. Sets *line and
// *message and returns false when the input is too deep or has a tag with
// too many attributes.
bool CheckHtmlShape(std::string_view s, int* line, std::string* message) {
  std::vector<std::string> stack;
  int foreign = 0;
  auto pop_through = [&](size_t k) {
    for (size_t j = k; j < stack.size(); ++j) {
      if (stack[j] == "svg" || stack[j] == "math") --foreign;
    }
    stack.resize(k);
  };
  // Index of the innermost element named in `targets` above any element in
  // `stops`, or npos.
  auto find_open = [&](std::initializer_list<std::string_view> targets,
                       std::initializer_list<std::string_view> stops,
                       bool stop_at_scope) -> size_t {
    for (size_t j = stack.size(); j-- > 0;) {
      if (InList(stack[j], targets)) return j;
      if (InList(stack[j], stops)) break;
      if (stop_at_scope && IsScopeBoundary(stack[j])) break;
    }
    return std::string::npos;
  };
  auto lower_name = [&](size_t i, size_t* end) {
    std::string name;
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) ||
                            s[i] == '-' || s[i] == ':' || s[i] == '_')) {
      char c = s[i++];
      name += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    *end = i;
    return name;
  };
  auto fail = [&](size_t at, std::string msg) {
    *line = LineIndex(s.substr(0, at)).LineOf(at);
    *message = std::move(msg);
    return false;
  };
  size_t i = 0;
  while (i < s.size()) {
    size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) break;
    i = lt + 1;
    if (i >= s.size()) break;
    if (s.substr(lt, 4) == "<!--") {
      size_t end = s.find("-->", lt + 4);
      i = end == std::string_view::npos ? s.size() : end + 3;
      continue;
    }
    if (s[i] == '!' || s[i] == '?') {
      size_t end = s.find('>', i);
      i = end == std::string_view::npos ? s.size() : end + 1;
      continue;
    }
    bool closing = s[i] == '/';
    if (closing) ++i;
    if (i >= s.size() || !std::isalpha(static_cast<unsigned char>(s[i]))) {
      continue;
    }
    size_t after;
    std::string name = lower_name(i, &after);
    i = after;
    // Attributes, to the closing '>' (quotes respected).
    int attributes = 0;
    bool self_closing = false;
    while (i < s.size() && s[i] != '>') {
      char c = s[i];
      if (IsSpace(c)) {
        ++i;
        continue;
      }
      if (c == '/') {
        self_closing = i + 1 < s.size() && s[i + 1] == '>';
        ++i;
        continue;
      }
      ++attributes;
      while (i < s.size() && !IsSpace(s[i]) && s[i] != '>' && s[i] != '=' &&
             s[i] != '/') {
        ++i;
      }
      while (i < s.size() && IsSpace(s[i])) ++i;
      if (i < s.size() && s[i] == '=') {
        ++i;
        while (i < s.size() && IsSpace(s[i])) ++i;
        if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
          size_t q = s.find(s[i], i + 1);
          i = q == std::string_view::npos ? s.size() : q + 1;
        } else {
          while (i < s.size() && !IsSpace(s[i]) && s[i] != '>') ++i;
        }
      }
    }
    if (i < s.size()) ++i;  // '>'
    if (attributes > kMaxHtmlAttributes) {
      return fail(lt, "HTML tag with more than " +
                          std::to_string(kMaxHtmlAttributes) +
                          " attributes; skipped");
    }
    if (closing) {
      if (InList(name, {"html", "head", "body", "br"})) continue;
      size_t k = IsScopeBoundary(name) ? find_open({name}, {}, false)
                                       : find_open({name}, {}, true);
      if (k != std::string::npos) pop_through(k);
      continue;
    }
    if (InList(name,
               {"area",  "base",  "br",     "col",      "embed",   "hr",
                "img",   "input", "link",   "meta",     "param",   "source",
                "track", "wbr",   "keygen", "basefont", "bgsound", "frame",
                "html",  "head",  "body"})) {
      continue;
    }
    if (InList(name, {"script", "style", "textarea", "title", "xmp", "iframe",
                      "noembed", "noframes"}) &&
        !self_closing) {
      // Raw text: skip to the matching end tag.
      std::string end_tag = "</" + name;
      size_t j = i;
      for (;;) {
        j = s.find("</", j);
        if (j == std::string_view::npos) break;
        if (Lower(s.substr(j, end_tag.size())) == end_tag) break;
        j += 2;
      }
      i = j == std::string_view::npos ? s.size() : j;
      continue;
    }
    if (name == "plaintext") break;
    if (self_closing &&
        (foreign > 0 || gumbo_tag_enum(name.c_str()) == GUMBO_TAG_UNKNOWN)) {
      continue;
    }
    // Implied end tags.
    size_t k = std::string::npos;
    if (InList(name, {"li"})) {
      k = find_open({"li"}, {"ul", "ol", "menu"}, true);
    } else if (InList(name, {"dt", "dd"})) {
      k = find_open({"dt", "dd"}, {"dl"}, true);
    } else if (InList(name, {"option", "optgroup"})) {
      k = find_open({"option", name}, {"select", "datalist"}, false);
    } else if (InList(name, {"td", "th"})) {
      k = find_open({"td", "th"}, {"tr", "table"}, false);
    } else if (name == "tr") {
      k = find_open({"tr"}, {"table", "tbody", "thead", "tfoot"}, false);
    } else if (InList(name, {"tbody", "thead", "tfoot"})) {
      k = find_open({"tbody", "thead", "tfoot"}, {"table"}, false);
    } else if (name == "a" || name == "nobr") {
      k = find_open({name}, {}, true);
    }
    if (k == std::string::npos && foreign == 0 &&
        !InList(name, {"a",     "b",     "big",   "code",   "em",      "font",
                       "i",     "nobr",  "s",     "small",  "strike",  "strong",
                       "tt",    "u",     "span",  "td",     "th",      "tr",
                       "tbody", "thead", "tfoot", "option", "optgroup"})) {
      // Block-level start tags close an open p (in button scope).
      k = find_open({"p"}, {}, true);
    }
    if (k != std::string::npos) pop_through(k);
    stack.push_back(name);
    if (name == "svg" || name == "math") ++foreign;
    if (static_cast<int>(stack.size()) > kMaxHtmlDepth) {
      return fail(lt, "HTML nested deeper than " +
                          std::to_string(kMaxHtmlDepth) + " elements; skipped");
    }
  }
  return true;
}

const GumboVector* ChildrenOf(const GumboNode* node) {
  switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
      return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      return &node->v.element.children;
    default:
      return nullptr;
  }
}

bool IsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

// Iterative pre-order walk: enter(node) returns false to skip the children;
// leave(node) runs after the children of an entered node.
template <typename Enter, typename Leave>
void Walk(const GumboNode* root, Enter enter, Leave leave) {
  std::vector<std::pair<const GumboNode*, unsigned>> stack;
  if (!enter(root)) return;
  stack.emplace_back(root, 0);
  while (!stack.empty()) {
    const GumboNode* node = stack.back().first;
    const GumboVector* kids = ChildrenOf(node);
    unsigned i = stack.back().second;
    if (kids != nullptr && i < kids->length) {
      ++stack.back().second;
      const GumboNode* child = static_cast<const GumboNode*>(kids->data[i]);
      if (enter(child)) stack.emplace_back(child, 0);
    } else {
      leave(node);
      stack.pop_back();
    }
  }
}

std::string Attr(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return "";
  const GumboAttribute* a =
      gumbo_get_attribute(&node->v.element.attributes, name);
  return a == nullptr ? "" : std::string(a->value);
}

// Elements whose content is never article text.
bool SkippedElement(const GumboNode* node) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_HEAD:
      return true;
    default:
      break;
  }
  if (node->type == GUMBO_NODE_TEMPLATE) return true;
  const GumboVector* attrs = &node->v.element.attributes;
  if (gumbo_get_attribute(attrs, "hidden") != nullptr) return true;
  std::string role = Lower(Attr(node, "role"));
  if (role == "navigation" || role == "banner" || role == "contentinfo" ||
      role == "complementary") {
    return true;
  }
  return Lower(Attr(node, "aria-hidden")) == "true";
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 ||
         tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

// Builds the text of an HTML subtree: blocks become lines, headings "# ",
// list items "- ", table rows "| a | b |" (a header row of <th> cells is
// followed by a "| --- |" rule), runs of blank space collapse to one space.
class TextBuilder {
 public:
  void Extract(const GumboNode* root) {
    Walk(
        root, [this](const GumboNode* node) { return Enter(node); },
        [this](const GumboNode* node) { Leave(node); });
  }

  std::string Finish() {
    if (out_.size() == prefix_end_) out_.resize(line_start_);
    prefix_end_ = std::string::npos;
    Break();
    while (!out_.empty() && IsSpace(out_.back())) out_.pop_back();
    return std::move(out_);
  }

 private:
  struct Row {
    int cells = 0;
    bool all_header = true;
    size_t line_start = 0;
  };

  bool Enter(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        Text(node->v.text.text);
        return false;
      case GUMBO_NODE_COMMENT:
        return false;
      case GUMBO_NODE_DOCUMENT:
        return true;
      default:
        break;
    }
    if (SkippedElement(node)) return false;
    GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
      if (pre_ > 0) {
        out_ += '\n';
      } else {
        Break();
      }
      return false;
    }
    if (IsHeading(tag)) {
      StartLine("# ");
    } else if (tag == GUMBO_TAG_LI) {
      StartLine("- ");
    } else if (tag == GUMBO_TAG_TR) {
      if (cell_ > 0) {
        Space();
      } else {
        StartLine("| ");
        rows_.push_back(Row{0, true, line_start_});
      }
    } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
      if (!rows_.empty() && cell_ == 0) {
        Row& row = rows_.back();
        if (row.cells > 0) {
          TrimTrailingSpace();
          out_ += " | ";
        }
        ++row.cells;
        if (tag != GUMBO_TAG_TH) row.all_header = false;
      } else {
        Space();
      }
      ++cell_;
    } else if (tag == GUMBO_TAG_TABLE) {
      Break();
      if (cell_ == 0) tables_.push_back(0);
    } else if (IsBlock(tag)) {
      Break();
    }
    if (tag == GUMBO_TAG_PRE) ++pre_;
    return true;
  }

  void Leave(const GumboNode* node) {
    if (!IsElement(node)) return;
    GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_PRE) --pre_;
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
      --cell_;
      return;
    }
    if (tag == GUMBO_TAG_TR && cell_ == 0 && !rows_.empty()) {
      Row row = rows_.back();
      rows_.pop_back();
      if (row.cells == 0) {
        out_.resize(row.line_start);
        prefix_end_ = std::string::npos;
        return;
      }
      TrimTrailingSpace();
      out_ += " |";
      Break();
      bool first = !tables_.empty() && tables_.back()++ == 0;
      if (first && row.all_header) {
        out_ += "|";
        for (int c = 0; c < row.cells; ++c) out_ += " --- |";
        out_ += "\n";
      }
      return;
    }
    if (tag == GUMBO_TAG_TABLE && cell_ == 0 && !tables_.empty()) {
      tables_.pop_back();
    }
    if ((IsHeading(tag) || tag == GUMBO_TAG_LI) && cell_ == 0 &&
        out_.size() == prefix_end_) {
      // An empty heading or item leaves no line behind.
      out_.resize(line_start_);
      prefix_end_ = std::string::npos;
      return;
    }
    if (IsHeading(tag) || tag == GUMBO_TAG_LI || IsBlock(tag)) Break();
  }

  bool AtLineStart() const {
    return out_.empty() || out_.back() == '\n' || out_.size() == prefix_end_;
  }

  void TrimTrailingSpace() {
    while (!out_.empty() && out_.size() != prefix_end_ &&
           (out_.back() == ' ' || out_.back() == '\t')) {
      out_.pop_back();
    }
  }

  // Ends the current line (inside a table cell: a space instead).
  void Break() {
    if (cell_ > 0) {
      Space();
      return;
    }
    space_ = false;
    if (out_.size() == prefix_end_) {
      // A line holding only a prefix ("- ") stays open for its content.
      return;
    }
    TrimTrailingSpace();
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    prefix_end_ = std::string::npos;
  }

  void Space() {
    if (!AtLineStart()) space_ = true;
  }

  void StartLine(std::string_view prefix) {
    if (cell_ > 0) {
      Space();
      return;
    }
    if (out_.size() == prefix_end_) {
      // An empty item ("- " with nothing yet) gives way to the new one.
      out_.resize(line_start_);
    }
    Break();
    line_start_ = out_.size();
    out_ += prefix;
    prefix_end_ = out_.size();
    space_ = false;
  }

  void Text(const char* text) {
    std::string_view t(text);
    if (pre_ > 0 && cell_ == 0) {
      for (char c : t) {
        if (c == '\r') continue;
        out_ += c;
      }
      space_ = false;
      return;
    }
    for (char c : t) {
      if (IsSpace(c)) {
        if (!AtLineStart()) space_ = true;
        continue;
      }
      if (space_ && !AtLineStart() && out_.back() != ' ') out_ += ' ';
      space_ = false;
      out_ += c;
    }
  }

  std::string out_;
  bool space_ = false;
  int pre_ = 0;
  int cell_ = 0;
  size_t line_start_ = 0;
  size_t prefix_end_ = std::string::npos;
  std::vector<Row> rows_;
  std::vector<int> tables_;  // rows seen per open table
};

std::string CollapsedText(const GumboNode* node) {
  std::string out;
  bool space = false;
  Walk(
      node,
      [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
            n->type == GUMBO_NODE_CDATA) {
          for (const char* p = n->v.text.text; *p; ++p) {
            if (IsSpace(*p)) {
              space = !out.empty();
            } else {
              if (space) out += ' ';
              space = false;
              out += *p;
            }
          }
          return false;
        }
        return true;
      },
      [](const GumboNode*) {});
  return out;
}

struct HtmlMeta {
  std::string title, og_title, url, og_url, site_name;
  // (priority, value, line) of every published-time candidate.
  struct Candidate {
    int priority;
    std::string value;
    int line;
  };
  std::vector<Candidate> published;
  std::vector<const GumboNode*> articles;  // outermost <article> elements
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
};

// Lower number = preferred.
int PublishedPriority(const std::string& key) {
  static const char* const kKeys[] = {
      "article:published_time", "datepublished",
      "og:published_time",      "pubdate",
      "publish-date",           "publishdate",
      "publish_date",           "date",
      "dc.date.issued",         "dc.date",
      "dcterms.date",           "dcterms.created",
      "sailthru.date",          "parsely-pub-date"};
  for (size_t i = 0; i < std::size(kKeys); ++i) {
    if (key == kKeys[i]) return static_cast<int>(i);
  }
  return -1;
}

constexpr int kTimeElementPriority = 1000;

HtmlMeta CollectHtmlMeta(const GumboOutput* output) {
  HtmlMeta meta;
  // skip_depth: inside elements that are not article text; noise_depth: the
  // same without <header> (an article's header holds its <time>).
  int article_depth = 0, skip_depth = 0, noise_depth = 0;
  bool title_seen = false;
  Walk(
      output->document,
      [&](const GumboNode* node) {
        if (!IsElement(node)) return node->type == GUMBO_NODE_DOCUMENT;
        const GumboElement& el = node->v.element;
        int line = static_cast<int>(el.start_pos.line);
        switch (el.tag) {
          case GUMBO_TAG_TITLE:
            if (!title_seen && skip_depth == 0) {
              meta.title = CollapsedText(node);
              title_seen = true;
            }
            return false;
          case GUMBO_TAG_META: {
            std::string key = Lower(Attr(node, "property"));
            if (key.empty()) key = Lower(Attr(node, "name"));
            if (key.empty()) key = Lower(Attr(node, "itemprop"));
            std::string content(Trim(Attr(node, "content")));
            if (content.empty()) return false;
            if (key == "og:title" || key == "twitter:title") {
              if (meta.og_title.empty()) meta.og_title = content;
            } else if (key == "og:url") {
              if (meta.og_url.empty()) meta.og_url = content;
            } else if (key == "og:site_name") {
              if (meta.site_name.empty()) meta.site_name = content;
            } else if (int p = PublishedPriority(key); p >= 0) {
              meta.published.push_back({p, content, line});
            }
            return false;
          }
          case GUMBO_TAG_LINK:
            if (meta.url.empty() && Lower(Attr(node, "rel")) == "canonical") {
              meta.url = std::string(Trim(Attr(node, "href")));
            }
            return false;
          default:
            break;
        }
        std::string itemprop = Lower(Attr(node, "itemprop"));
        if (itemprop == "datepublished" && el.tag != GUMBO_TAG_META) {
          std::string v(Trim(Attr(node, "datetime")));
          if (v.empty()) v = std::string(Trim(Attr(node, "content")));
          if (!v.empty()) {
            meta.published.push_back({PublishedPriority(itemprop), v, line});
          }
        } else if (el.tag == GUMBO_TAG_TIME && noise_depth == 0) {
          std::string v(Trim(Attr(node, "datetime")));
          if (!v.empty()) {
            meta.published.push_back({kTimeElementPriority, v, line});
          }
        }
        if (el.tag == GUMBO_TAG_BODY && meta.body == nullptr) meta.body = node;
        if (skip_depth == 0 && el.tag == GUMBO_TAG_MAIN &&
            meta.main == nullptr) {
          meta.main = node;
        }
        if (el.tag == GUMBO_TAG_HEAD) return true;  // <title>, <meta> inside
        if (SkippedElement(node)) {
          ++skip_depth;
          if (el.tag != GUMBO_TAG_HEADER) ++noise_depth;
        }
        if (el.tag == GUMBO_TAG_ARTICLE) {
          if (article_depth == 0 && skip_depth == 0) {
            meta.articles.push_back(node);
          }
          ++article_depth;
        }
        return true;
      },
      [&](const GumboNode* node) {
        if (!IsElement(node)) return;
        if (node->v.element.tag == GUMBO_TAG_HEAD) return;
        if (SkippedElement(node)) {
          --skip_depth;
          if (node->v.element.tag != GUMBO_TAG_HEADER) --noise_depth;
        }
        if (node->v.element.tag == GUMBO_TAG_ARTICLE) --article_depth;
      });
  std::stable_sort(
      meta.published.begin(), meta.published.end(),
      [](const HtmlMeta::Candidate& a, const HtmlMeta::Candidate& b) {
        return a.priority < b.priority;
      });
  return meta;
}

std::string ExtractText(const GumboNode* node) {
  TextBuilder builder;
  builder.Extract(node);
  return builder.Finish();
}

void ReadHtmlImpl(std::string_view content, const std::string& path,
                  const Meta& sidecar, Run* run) {
  ReadResult* out = run->out();
  if (AllSpace(content)) {
    AddError(out, path, 0, "empty file");
    return;
  }
  int bad_line = 0;
  std::string message;
  if (!CheckHtmlShape(content, &bad_line, &message)) {
    AddError(out, path, bad_line, message);
    return;
  }
  GumboOutput* output = gumbo_parse_with_options(
      &kGumboDefaultOptions, content.data(), content.size());
  if (output == nullptr) {
    AddError(out, path, 0, "cannot parse HTML; skipped");
    return;
  }
  HtmlMeta hm = CollectHtmlMeta(output);
  // The body text: the longest outermost <article>, else <main>, else <body>.
  std::string text;
  const GumboNode* chosen = nullptr;
  for (const GumboNode* article : hm.articles) {
    std::string t = ExtractText(article);
    if (t.size() > text.size()) {
      text = std::move(t);
      chosen = article;
    }
  }
  if (chosen == nullptr && hm.main != nullptr) {
    text = ExtractText(hm.main);
    if (!text.empty()) chosen = hm.main;
  }
  if (chosen == nullptr) {
    chosen = hm.body != nullptr ? hm.body : output->root;
    text = ExtractText(chosen);
  }
  int first_line = IsElement(chosen)
                       ? static_cast<int>(chosen->v.element.start_pos.line)
                       : 1;
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  if (AllSpace(text)) {
    AddError(out, path, 0, "no article text found in the HTML; skipped");
    return;
  }
  Document doc;
  doc.path = path;
  doc.first_line = std::max(first_line, 1);
  doc.original = std::move(text);
  Meta meta;
  if (!hm.title.empty()) {
    meta.title = hm.title;
  } else if (!hm.og_title.empty()) {
    meta.title = hm.og_title;
  }
  if (!hm.url.empty()) {
    meta.url = hm.url;
  } else if (!hm.og_url.empty()) {
    meta.url = hm.og_url;
  }
  if (!hm.site_name.empty()) meta.source = hm.site_name;
  // The first candidate (by priority) that parses; when meta tags give a
  // date and none parses, that is reported. <time> values that do not parse
  // (durations, times of day) are passed over silently.
  const HtmlMeta::Candidate* bad = nullptr;
  for (const HtmlMeta::Candidate& c : hm.published) {
    if (ParseIsoDate(c.value)) {
      meta.published = c.value;
      meta.published_line = c.line;
      meta.published_path = path;
      break;
    }
    if (bad == nullptr && c.priority != kTimeElementPriority) bad = &c;
  }
  if (!meta.published && bad != nullptr && !sidecar.published) {
    meta.published = bad->value;
    meta.published_line = bad->line;
    meta.published_path = path;
  }
  meta.FillFrom(sidecar);
  ApplyMeta(meta, &doc, out);
  if (doc.id.empty()) doc.id = StemOf(path);
  int line = doc.first_line;
  run->Add(std::move(doc), line);
}

// ---------------------------------------------------------------------------
// Files and directories.

enum class Kind { kJson, kJsonl, kText, kHtml, kSidecar, kUnknown };

Kind KindOf(const std::string& path) {
  std::string name = Lower(fs::path(path).filename().string());
  if (EndsWith(name, ".meta.json")) return Kind::kSidecar;
  std::string ext = Lower(fs::path(path).extension().string());
  if (ext == ".json") return Kind::kJson;
  if (ext == ".jsonl" || ext == ".ndjson") return Kind::kJsonl;
  if (ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".text") {
    return Kind::kText;
  }
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Kind::kHtml;
  return Kind::kUnknown;
}

std::string ErrnoMessage(int err) {
  return LowerFirst(std::generic_category().message(err));
}

// Reads a regular file of at most `limit` bytes. On failure returns false and
// sets *error.
bool ReadFileBytes(const std::string& path, size_t limit, std::string* content,
                   std::string* error) {
  std::error_code ec;
  uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > limit) {
    *error = "file is " + std::to_string(size) + " bytes, over the limit of " +
             std::to_string(limit) + "; skipped";
    return false;
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot open file: " + ErrnoMessage(errno ? errno : EIO);
    return false;
  }
  content->clear();
  char buf[1 << 16];
  while (in) {
    in.read(buf, sizeof buf);
    content->append(buf, static_cast<size_t>(in.gcount()));
    if (content->size() > limit) {
      *error = "file is over the limit of " + std::to_string(limit) +
               " bytes; skipped";
      return false;
    }
  }
  if (in.bad()) {
    *error = "cannot read file: " + ErrnoMessage(errno ? errno : EIO);
    return false;
  }
  return true;
}

class Reader {
 public:
  Reader(const ReadOptions& options, ReadResult* out)
      : options_(options), run_(out, options) {}

  void ReadPath(const std::string& path, std::istream* stdin_stream) {
    if (run_.full()) return;
    if (path == "-") {
      ReadStdin(stdin_stream);
      FileDone();
      return;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      if (ec && ec != std::errc::no_such_file_or_directory &&
          ec != std::errc::not_a_directory) {
        Error(path, 0, LowerFirst(ec.message()));
      } else {
        Error(path, 0, "no such file or directory");
      }
      return;
    }
    if (fs::is_directory(st)) {
      ReadDirectory(path);
    } else {
      ReadFile(path);
      FileDone();
    }
  }

 private:
  void FileDone() {
    ++files_;
    if (options_.on_file) options_.on_file(files_, run_.out()->documents.size());
  }

  void Error(const std::string& path, int line, std::string message) {
    AddError(run_.out(), path, line, std::move(message));
  }

  void ReadStdin(std::istream* in) {
    if (in == nullptr) {
      Error("-", 0, "no standard input to read");
      return;
    }
    std::string content;
    char buf[1 << 16];
    while (*in) {
      in->read(buf, sizeof buf);
      content.append(buf, static_cast<size_t>(in->gcount()));
      if (content.size() > options_.max_file_bytes) {
        Error("-", 0,
              "input is over the limit of " +
                  std::to_string(options_.max_file_bytes) + " bytes; skipped");
        return;
      }
    }
    if (AllSpace(content)) {
      Error("-", 0, "empty input");
      return;
    }
    if (LooksBinary(content)) {
      Error("-", 0, "binary data, skipped");
      return;
    }
    ReadJsonlImpl(content, "-", options_, &run_);
  }

  // Directory entries, depth first with an explicit stack; symlinks to
  // directories are not followed (no loops), hidden entries are skipped.
  void ReadDirectory(const std::string& root) {
    std::vector<std::string> files;
    std::vector<fs::path> dirs{fs::path(root)};
    while (!dirs.empty()) {
      fs::path dir = std::move(dirs.back());
      dirs.pop_back();
      std::error_code ec;
      fs::directory_iterator it(dir, fs::directory_options::none, ec);
      if (ec) {
        Error(dir.string(), 0,
              "cannot read directory: " + LowerFirst(ec.message()));
        continue;
      }
      for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const fs::path& p = it->path();
        std::string name = p.filename().string();
        if (name.empty() || name[0] == '.') continue;
        std::error_code sec;
        fs::file_status lst = it->symlink_status(sec);
        if (sec) continue;
        fs::file_status st = lst;
        if (fs::is_symlink(lst)) {
          st = it->status(sec);
          if (sec || fs::is_directory(st)) continue;
        }
        if (fs::is_directory(st)) {
          dirs.push_back(p);
        } else if (fs::is_regular_file(st)) {
          Kind kind = KindOf(p.string());
          if (kind != Kind::kSidecar && kind != Kind::kUnknown) {
            files.push_back(p.string());
          }
        }
      }
      if (ec) {
        Error(dir.string(), 0,
              "cannot read directory: " + LowerFirst(ec.message()));
      }
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
      if (run_.full()) return;
      ReadFile(f);
      FileDone();
    }
  }

  // Unknown extensions only arrive here when named on the command line (the
  // directory walk drops them): such a file is read as plain text.
  void ReadFile(const std::string& path) {
    Kind kind = KindOf(path);
    if (kind == Kind::kSidecar) {
      Error(path, 0, "metadata sidecar, not an article; skipped");
      return;
    }
    if (kind == Kind::kUnknown) kind = Kind::kText;
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (!ec && !fs::is_regular_file(st)) {
      Error(path, 0, "not a regular file; skipped");
      return;
    }
    std::string content, error;
    if (!ReadFileBytes(path, options_.max_file_bytes, &content, &error)) {
      Error(path, 0, error);
      return;
    }
    if (content.empty()) {
      Error(path, 0, "empty file");
      return;
    }
    if (LooksBinary(content)) {
      Error(path, 0, "binary file, skipped");
      return;
    }
    switch (kind) {
      case Kind::kJson:
        ReadJsonImpl(content, path, options_, &run_);
        return;
      case Kind::kJsonl:
        ReadJsonlImpl(content, path, options_, &run_);
        return;
      case Kind::kHtml:
        ReadHtmlImpl(content, path, LoadSidecar(path), &run_);
        return;
      default:
        ReadPlainImpl(content, path, LoadSidecar(path), &run_);
        return;
    }
  }

  Meta LoadSidecar(const std::string& path) {
    std::string sidecar = SidecarPathFor(path);
    std::error_code ec;
    if (!fs::is_regular_file(sidecar, ec)) return {};
    std::string content, error;
    if (!ReadFileBytes(sidecar, options_.max_file_bytes, &content, &error)) {
      Error(sidecar, 0, error);
      return {};
    }
    if (LooksBinary(content)) {
      Error(sidecar, 0, "binary file, skipped");
      return {};
    }
    return ReadSidecar(content, sidecar, run_.out());
  }

  const ReadOptions& options_;
  Run run_;
  size_t files_ = 0;
};

}  // namespace

// A dateline's day and month take the year that puts them nearest the
// median publication date of the run's dated documents ("CAIRO, March 6"
// among reports of March 2025), when that is within half a year and the
// dated documents themselves span at most half a year (a run mixing stories
// of different years decides nothing). Never the machine's clock: with no
// dated document the date stays unknown.
constexpr long kMaxInferredYearGapDays = 183;

static void InferDatelineYears(std::vector<Document>* docs) {
  std::vector<long> dated;
  for (const Document& d : *docs) {
    if (d.published_date) dated.push_back(d.published_date->ToDays());
  }
  if (dated.empty()) return;
  std::sort(dated.begin(), dated.end());
  const long median = dated[dated.size() / 2];
  const int median_year = CivilDate::FromDays(median).year;
  // A run mixing stories of different years decides nothing.
  if (dated.back() - dated.front() > kMaxInferredYearGapDays) return;
  for (Document& d : *docs) {
    if (d.published_date || !d.dateline_day) continue;
    std::optional<CivilDate> best;
    long best_gap = 0;
    for (int y = median_year - 1; y <= median_year + 1; ++y) {
      CivilDate c{y, d.dateline_day->month, d.dateline_day->day};
      if (!c.Valid()) continue;
      long gap = std::labs(c.ToDays() - median);
      if (!best || gap < best_gap) {
        best = c;
        best_gap = gap;
      }
    }
    if (!best || best_gap > kMaxInferredYearGapDays) continue;
    d.published_date = best;
    d.published = best->ToString();
    d.published_year_inferred = true;
  }
}

ReadResult ReadInputs(const std::vector<std::string>& paths,
                      const ReadOptions& options, std::istream* stdin_stream) {
  ReadResult result;
  Reader reader(options, &result);
  for (const std::string& path : paths) reader.ReadPath(path, stdin_stream);
  InferDatelineYears(&result.documents);
  return result;
}

void ReadJsonText(std::string_view content, const std::string& path,
                  const ReadOptions& options, ReadResult* out) {
  Run run(out, options);
  ReadJsonImpl(content, path, options, &run);
}

void ReadJsonlText(std::string_view content, const std::string& path,
                   const ReadOptions& options, ReadResult* out) {
  Run run(out, options);
  ReadJsonlImpl(content, path, options, &run);
}

void ReadPlainText(std::string_view content, const std::string& path,
                   std::string_view sidecar_json, ReadResult* out) {
  Run run(out, ReadOptions());
  Meta sidecar;
  if (!sidecar_json.empty()) {
    sidecar = ReadSidecar(sidecar_json, SidecarPathFor(path), out);
  }
  ReadPlainImpl(content, path, sidecar, &run);
}

void ReadHtmlText(std::string_view content, const std::string& path,
                  ReadResult* out) {
  Run run(out, ReadOptions());
  ReadHtmlImpl(content, path, Meta(), &run);
}

// ---------------------------------------------------------------------------
// Datelines.

namespace {

// Month number from a month name or abbreviation ("Jan", "jan.", "January",
// "Sept"), or 0.
int MonthNumber(std::string_view name) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr",
                                        "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"};
  std::string l = Lower(name.substr(0, 3));
  for (int i = 0; i < 12; ++i) {
    if (l == kMonths[i]) return i + 1;
  }
  return 0;
}

int ToInt(re2::StringPiece s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    if (v > 100000) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::string Str(re2::StringPiece s) { return std::string(s.data(), s.size()); }

#define CC_MONTH                                                           \
  "((?i:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|" \
  "may|jun(?:e|\\.)?|jul(?:y|\\.)?|aug(?:ust|\\.)?|"                       \
  "sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|"        \
  "dec(?:ember|\\.)?))"
#define CC_WEEKDAY                                                   \
  "(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|" \
  "mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?,?[ \\t]+)"
#define CC_SEP "[ \\t]*(—|–|--|-|:)"
#define CC_UPPER_WORD "\\p{Lu}[\\p{Lu}.'’&-]*"
#define CC_CAP_WORD "\\p{Lu}[\\p{L}.'’&-]*"

bool ValidDay(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year == 0 ? 2000 : year, month);
}

}  // namespace

std::optional<Dateline> ParseDateline(std::string_view text) {
  size_t skip = 0;
  while (skip < text.size()) {
    if (IsSpace(text[skip])) {
      ++skip;
    } else if (text.substr(skip, 3) == kBom) {
      skip += 3;
    } else {
      break;
    }
  }
  // Datelines are short; matching a bounded prefix keeps this O(1).
  std::string_view head = text.substr(skip, 240);
  re2::StringPiece input(head.data(), head.size());
  Dateline d;

  // date(1): "Thu Jan 08 12:40:04 UTC 2026:".
  static const re2::RE2* const kDateCmd = new re2::RE2(
      "((?i:mon|tue|wed|thu|fri|sat|sun))[ \\t]+((?i:jan|feb|mar|apr|may|jun|"
      "jul|aug|sep|oct|nov|dec))[ \\t]+(\\d{1,2})[ \\t]+(\\d{1,2}):(\\d{2})"
      "(?::(\\d{2}))?[ \\t]+(?:([A-Za-z]{1,5}|[+-]\\d{4})[ \\t]+)?(\\d{4})"
      "(?:" CC_SEP ")?");
  // "2026-01-08:", "2026-01-08T09:30:00Z -".
  static const re2::RE2* const kIso = new re2::RE2(
      "((\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
      "(?:Z|[+-]\\d{2}:?\\d{2})?)?)" CC_SEP);
  // "January 8, 2026 —", "Thursday, Jan. 8, 2026 -".
  static const re2::RE2* const kMonthDay =
      new re2::RE2(CC_WEEKDAY "?" CC_MONTH
                              "[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+"
                              "(\\d{4})" CC_SEP);
  // "8 January 2026 —".
  static const re2::RE2* const kDayMonth = new re2::RE2(
      CC_WEEKDAY "?(\\d{1,2})[ \\t]+" CC_MONTH ",?[ \\t]+(\\d{4})" CC_SEP);
  // "MOSCOW, Jan 22 (Reuters) -", "WASHINGTON (AP) —",
  // "KYIV, Ukraine, Jan. 8, 2026 (AFP) -".
  static const re2::RE2* const kPlace =
      new re2::RE2("(" CC_UPPER_WORD "(?:[ \\t]+" CC_UPPER_WORD
                   "){0,4})"
                   "(?:,[ \\t]+(" CC_CAP_WORD "(?:[ \\t]+" CC_CAP_WORD
                   "){0,3}))?"
                   "(?:,?[ \\t]+" CC_WEEKDAY "?" CC_MONTH
                   "[ \\t]+(\\d{1,2})"
                   "(?:st|nd|rd|th)?(?:,?[ \\t]+(\\d{4}))?)?"
                   "(?:[ \\t]+\\(([^()\\n]{1,40})\\))?" CC_SEP);

  re2::StringPiece g[10];
  auto match = [&](const re2::RE2* re, int groups) {
    return re->ok() &&
           re->Match(input, 0, input.size(), re2::RE2::ANCHOR_START, g, groups);
  };

  if (match(kDateCmd, 10)) {
    int month = MonthNumber(Str(g[2]));
    int day = ToInt(g[3]), year = ToInt(g[8]);
    if (ValidDay(year, month, day) && ToInt(g[4]) < 24) {
      CivilDate c{year, month, day};
      d.length = skip + g[0].size();
      d.date = TimeValue::Day(c);
      char buf[64];
      std::snprintf(buf, sizeof buf, "%sT%02d:%s:%s", c.ToString().c_str(),
                    ToInt(g[4]), Str(g[5]).c_str(),
                    g[6].empty() ? "00" : Str(g[6]).c_str());
      d.published = buf;
      std::string zone = Str(g[7]);
      if (zone == "UTC" || zone == "GMT" || zone == "Z" || zone == "+0000") {
        d.published += "Z";
      } else if (zone.size() == 5 && (zone[0] == '+' || zone[0] == '-')) {
        d.published += zone.substr(0, 3) + ":" + zone.substr(3);
      }
      return d;
    }
  }
  if (match(kIso, 6)) {
    std::optional<CivilDate> c = ParseIsoDate(Str(g[1]));
    if (c) {
      d.length = skip + g[0].size();
      d.date = TimeValue::Day(*c);
      d.published = Str(g[1]);
      return d;
    }
  }
  if (match(kMonthDay, 5) || match(kDayMonth, 5)) {
    bool month_first = !g[1].empty() && MonthNumber(Str(g[1])) > 0 &&
                       (g[1][0] < '0' || g[1][0] > '9');
    int month = MonthNumber(Str(month_first ? g[1] : g[2]));
    int day = ToInt(month_first ? g[2] : g[1]);
    int year = ToInt(g[3]);
    if (ValidDay(year, month, day)) {
      CivilDate c{year, month, day};
      d.length = skip + g[0].size();
      d.date = TimeValue::Day(c);
      d.published = c.ToString();
      return d;
    }
    return std::nullopt;
  }
  if (match(kPlace, 8)) {
    // g: 1 place, 2 country, 3 month, 4 day, 5 year, 6 agency, 7 separator.
    bool has_date = !g[4].empty();
    bool has_agency = !g[6].empty();
    bool long_dash = g[7] == "—" || g[7] == "–";
    if (!has_date && !has_agency && !(long_dash && !g[2].empty())) {
      return std::nullopt;
    }
    d.length = skip + g[0].size();
    d.place = Str(g[1]);
    d.agency = Str(Trim(Str(g[6])));
    if (has_date) {
      int month = MonthNumber(Str(g[3]));
      int day = ToInt(g[4]);
      int year = g[5].empty() ? 0 : ToInt(g[5]);
      if (!ValidDay(year, month, day)) return std::nullopt;
      if (year > 0) {
        CivilDate c{year, month, day};
        d.date = TimeValue::Day(c);
        d.published = c.ToString();
      } else {
        d.date =
            TimeValue{TimeValue::Kind::kPartial, CivilDate{0, month, day},
                      CivilDate{0, month, day}, "the dateline gives no year"};
      }
    } else {
      d.date = TimeValue::Unresolved("the dateline gives no date");
    }
    return d;
  }
  return std::nullopt;
}

}  // namespace claimcheck
