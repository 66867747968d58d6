// Text normalization: UTF-8 repair, NFKC, punctuation folding, glued
// punctuation repair. Two passes, both linear:
//   1. decode + fold + NFKC per character cluster (a base code point and the
//      combining marks after it); every output byte maps to the start of the
//      cluster it came from;
//   2. insert one space at glued punctuation ("U.S.envoy"); an inserted byte
//      maps to the original position of the byte after it.
#include "core/normalize.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstdio>
#include <string>

namespace claimcheck {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

// Decodes one code point at s[i]. Returns the sequence length (1..4), or 0
// when the bytes at i do not start a valid UTF-8 sequence (overlong forms,
// surrogates and values above U+10FFFF are invalid).
size_t DecodeOne(std::string_view s, size_t i, char32_t* cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t avail = s.size() - i;
  const unsigned char c = p[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  auto cont = [&](size_t k) { return k < avail && (p[k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) {
    if (!cont(1)) return 0;
    *cp = (char32_t(c & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[1] >= 0xA0) return 0;  // surrogate
    *cp = (char32_t(c & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) |
          (p[2] & 0x3F);
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && p[1] >= 0x90) return 0;  // > U+10FFFF
    *cp = (char32_t(c & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) |
          (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return 4;
  }
  return 0;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The project's own folds, applied before and after NFKC. Returns nullptr when
// `cp` is not folded; "" means the character is dropped.
const char* Fold(char32_t cp) {
  switch (cp) {
    case '\t':
    case '\v':
    case '\f':
      return " ";
    case 0x85:    // NEL
    case 0x2028:  // line separator
    case 0x2029:  // paragraph separator
      return "\n";
    case 0xAD:    // soft hyphen
    case 0x200B:  // zero-width space
    case 0x200C:  // zero-width non-joiner
    case 0x200D:  // zero-width joiner
    case 0x2060:  // word joiner
    case 0xFEFF:  // BOM / zero-width no-break space
      return "";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:  // minus sign
    case 0xFE58:  // small em dash
    case 0xFE63:  // small hyphen-minus
    case 0xFF0D:  // full-width hyphen-minus
      return "-";
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:  // prime
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:  // double prime
    case 0xAB:    // «
    case 0xBB:    // »
      return "\"";
    case 0xA0:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return " ";
    case 0x2026:
      return "...";
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return " ";
  // Remaining C0 controls and DEL become spaces ('\n' and '\r' are handled by
  // the caller).
  if (cp < 0x20 || cp == 0x7F) return " ";
  return nullptr;
}

// Continues a cluster: combining marks and conjoining Hangul vowels/trailers.
bool ContinuesCluster(char32_t cp) {
  if (cp < 0x300) return false;
  if (cp >= 0x1161 && cp <= 0x11C2) return true;
  const utf8proc_property_t* p = utf8proc_get_property(cp);
  return p->combining_class != 0 || p->category == UTF8PROC_CATEGORY_MN ||
         p->category == UTF8PROC_CATEGORY_MC ||
         p->category == UTF8PROC_CATEGORY_ME;
}

// True when NFKC leaves the lone code point `cp` unchanged.
bool NfkcStable(char32_t cp) {
  if (cp >= 0xAC00 && cp <= 0xD7A3) return true;  // precomposed Hangul
  const utf8proc_property_t* p = utf8proc_get_property(cp);
  return p->decomp_seqindex == UINT16_MAX && !p->comp_exclusion;
}

class Normalizer {
 public:
  Normalizer(std::string_view in, std::vector<NormalizeIssue>* issues)
      : in_(in), issues_(issues) {}

  NormalizedText Run() {
    FirstPass();
    NormalizedText out;
    RepairGlued(&out);
    return out;
  }

 private:
  void Emit(char c, size_t origin) {
    text_.push_back(c);
    offsets_.push_back(static_cast<uint32_t>(origin));
  }
  void EmitStr(const char* s, size_t origin) {
    for (; *s; ++s) Emit(*s, origin);
  }
  void EmitCp(char32_t cp, size_t origin) {
    AppendUtf8(cp, &text_);
    offsets_.resize(text_.size(), static_cast<uint32_t>(origin));
  }

  void ReportInvalid(size_t begin, size_t end) {
    if (issues_ == nullptr) return;
    NormalizeIssue issue;
    issue.line = line_;
    issue.offset = begin;
    char buf[96];
    if (end - begin == 1) {
      std::snprintf(buf, sizeof buf,
                    "invalid UTF-8 byte 0x%02x replaced with U+FFFD",
                    static_cast<unsigned char>(in_[begin]));
    } else {
      std::snprintf(buf, sizeof buf,
                    "invalid UTF-8 sequence of %zu bytes (first 0x%02x) "
                    "replaced with U+FFFD",
                    end - begin, static_cast<unsigned char>(in_[begin]));
    }
    issue.message = buf;
    issues_->push_back(std::move(issue));
  }

  // NFKC of the cluster cps_[0..n), then the project folds on the result.
  void EmitCluster(size_t origin) {
    if (cps_.size() == 1 && NfkcStable(cps_[0])) {
      EmitCp(cps_[0], origin);
      return;
    }
    utf8proc_int32_t buf[64];
    utf8proc_ssize_t n = 0;
    int boundclass = UTF8PROC_BOUNDCLASS_START;
    bool ok = true;
    for (char32_t cp : cps_) {
      const utf8proc_ssize_t r = utf8proc_decompose_char(
          static_cast<utf8proc_int32_t>(cp), buf + n, 64 - n,
          static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT),
          &boundclass);
      if (r < 0 || n + r > 64) {
        ok = false;
        break;
      }
      n += r;
    }
    if (ok) {
      n = utf8proc_normalize_utf32(
          buf, n,
          static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
      ok = n >= 0;
    }
    if (!ok) {  // pathological cluster: keep it as it is
      for (char32_t cp : cps_) EmitCp(cp, origin);
      return;
    }
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
      const char32_t cp = static_cast<char32_t>(buf[k]);
      if (const char* f = Fold(cp); f != nullptr && cp >= 0x80) {
        EmitStr(f, origin);
      } else {
        EmitCp(cp, origin);
      }
    }
  }

  void FirstPass() {
    const size_t n = in_.size();
    text_.reserve(n + n / 16);
    offsets_.reserve(n + n / 16 + 1);
    size_t i = 0;
    while (i < n) {
      // Bulk copy of printable ASCII; a letter or digit right before a
      // non-ASCII byte is left for the cluster path (a combining mark may
      // follow it).
      size_t j = i;
      while (j < n && static_cast<unsigned char>(in_[j]) >= 0x20 &&
             static_cast<unsigned char>(in_[j]) < 0x7F) {
        ++j;
      }
      if (j < n && j > i && static_cast<unsigned char>(in_[j]) >= 0x80 &&
          IsAlnum(in_[j - 1])) {
        --j;
      }
      if (j > i) {
        text_.append(in_.data() + i, j - i);
        const size_t base = offsets_.size();
        offsets_.resize(base + (j - i));
        for (size_t k = 0; k < j - i; ++k) {
          offsets_[base + k] = static_cast<uint32_t>(i + k);
        }
        i = j;
        continue;
      }
      const unsigned char c = static_cast<unsigned char>(in_[i]);
      if (c >= 0x20 && c < 0x7F &&
          (i + 1 == n || static_cast<unsigned char>(in_[i + 1]) < 0x80 ||
           !IsAlnum(static_cast<char>(c)))) {
        // Printable ASCII, not a letter or digit a combining mark may follow.
        Emit(static_cast<char>(c), i);
        ++i;
        continue;
      }
      if (c == '\n') {
        Emit('\n', i);
        ++line_;
        ++i;
        continue;
      }
      if (c == '\r') {
        Emit('\n', i);
        ++line_;
        i += (i + 1 < n && in_[i + 1] == '\n') ? 2 : 1;
        continue;
      }
      char32_t cp = 0;
      size_t len = DecodeOne(in_, i, &cp);
      if (len == 0) {
        const size_t begin = i;
        while (i < n && DecodeOne(in_, i, &cp) == 0) ++i;
        EmitCp(kReplacement, begin);
        ReportInvalid(begin, i);
        continue;
      }
      if (const char* f = Fold(cp); f != nullptr) {
        EmitStr(f, i);
        if (f[0] == '\n') ++line_;
        i += len;
        continue;
      }
      // A cluster: this code point and the combining marks after it.
      const size_t begin = i;
      cps_.clear();
      cps_.push_back(cp);
      i += len;
      while (i < n && static_cast<unsigned char>(in_[i]) >= 0x80 &&
             cps_.size() < 32) {
        char32_t next = 0;
        const size_t l = DecodeOne(in_, i, &next);
        if (l == 0 || Fold(next) != nullptr || !ContinuesCluster(next)) break;
        cps_.push_back(next);
        i += l;
      }
      EmitCluster(begin);
    }
    offsets_.push_back(static_cast<uint32_t>(n));
  }

  // ---- pass 2: glued punctuation -------------------------------------------

  static bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
  static bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
  static bool IsAlpha(char c) { return IsLower(c) || IsUpper(c); }
  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
  static bool IsSpace(char c) { return c == ' ' || c == '\n'; }

  char At(size_t i) const { return i < text_.size() ? text_[i] : '\0'; }

  // Marks tokens (runs without spaces) that look like URLs, e-mail addresses
  // or paths: nothing is inserted inside them.
  bool TokenIsLink(size_t begin, size_t end) const {
    std::string_view t(text_.data() + begin, end - begin);
    if (t.find('@') != std::string_view::npos) return true;
    if (t.find("://") != std::string_view::npos) return true;
    if (t.find('/') != std::string_view::npos) return true;
    if (t.find('\\') != std::string_view::npos) return true;
    for (size_t p = t.find("www."); p != std::string_view::npos;
         p = t.find("www.", p + 1)) {
      if (p == 0 || !IsAlpha(t[p - 1])) return true;
    }
    return false;
  }

  // Length of the letter run starting at i.
  size_t LetterRun(size_t i) const {
    size_t k = i;
    while (k < text_.size() && IsAlpha(text_[k])) ++k;
    return k - i;
  }

  // True when text_[dot] ends a dotted abbreviation of single letters such as
  // "U.S." or "e.g." (two or more letter-dot pairs, not preceded by a letter
  // or digit).
  bool EndsDottedAbbrev(size_t dot, bool* upper) const {
    size_t pairs = 0;
    size_t k = dot + 1;
    bool all_upper = true;
    while (k >= 2 && text_[k - 1] == '.' && IsAlpha(text_[k - 2])) {
      if (k >= 3 && (IsAlpha(text_[k - 3]) || IsDigit(text_[k - 3]))) {
        return false;
      }
      if (!IsUpper(text_[k - 2])) all_upper = false;
      ++pairs;
      k -= 2;
    }
    *upper = all_upper;
    return pairs >= 2;
  }

  // Whether one space goes between text_[i] (punctuation) and text_[i + 1].
  bool NeedsSpaceAfter(size_t i) const {
    const char p = text_[i];
    const char next = At(i + 1);
    const char prev = i > 0 ? text_[i - 1] : '\0';
    if (prev == '\0' || IsSpace(prev)) return false;
    switch (p) {
      case ',':
      case ';':
        // "today,officials", "e.g.,the"; never "1,124" or "$30,000".
        if (!IsAlpha(next)) return false;
        return !IsDigit(prev) || LetterRun(i + 1) >= 2;
      case '!':
      case '?':
        return IsLower(prev) && IsUpper(next) && IsLower(At(i + 2));
      case '.': {
        if (!IsAlpha(next)) return false;
        if (IsUpper(next)) {
          // "promised.The", "U.S.Army"; not "J.D." (next is a capital then
          // '.') and not a lone capital.
          return IsLower(At(i + 2)) && LetterRun(i + 1) >= 2 &&
                 (IsAlpha(prev) || IsDigit(prev) || prev == ')' ||
                  prev == '"' || prev == '\'' || prev == '.');
        }
        // Lowercase word after a dotted abbreviation: "U.S.envoy". A lowercase
        // letter on both sides ("archyde.com") is a domain: keep.
        bool upper = false;
        if (!EndsDottedAbbrev(i, &upper)) return false;
        const size_t run = LetterRun(i + 1);
        if (run < 3) return false;
        const char after = At(i + 1 + run);
        if (after == '.' && IsAlpha(At(i + 2 + run))) return false;
        if (upper) return true;
        // Lowercase abbreviations: only the usual ones.
        std::string_view a(text_.data() + i - 3, 4);
        return a == "e.g." || a == "i.e." || a == "a.m." || a == "p.m.";
      }
      default:
        return false;
    }
  }

  void RepairGlued(NormalizedText* out) {
    const size_t n = text_.size();
    // Where a space goes (before text_[pos]); the link status of a token is
    // computed once, on its first candidate.
    std::vector<size_t> inserts;
    size_t token_end = 0;
    bool token_is_link = false;
    for (size_t i = 0; i + 1 < n; ++i) {
      const char c = text_[i];
      if (c != '.' && c != ',' && c != ';' && c != '!' && c != '?') continue;
      if (!NeedsSpaceAfter(i)) continue;
      if (i >= token_end) {
        size_t b = i;
        while (b > 0 && !IsSpace(text_[b - 1])) --b;
        size_t e = i;
        while (e < n && !IsSpace(text_[e])) ++e;
        token_end = e;
        token_is_link = TokenIsLink(b, e);
      }
      if (!token_is_link) inserts.push_back(i + 1);
    }
    if (inserts.empty()) {
      out->text = std::move(text_);
      out->offsets = std::move(offsets_);
      return;
    }
    out->text.reserve(n + inserts.size());
    out->offsets.reserve(n + inserts.size() + 1);
    size_t from = 0;
    for (size_t pos : inserts) {
      out->text.append(text_, from, pos - from);
      out->offsets.insert(out->offsets.end(), offsets_.begin() + from,
                          offsets_.begin() + pos);
      out->text.push_back(' ');
      out->offsets.push_back(offsets_[pos]);
      from = pos;
    }
    out->text.append(text_, from, n - from);
    out->offsets.insert(out->offsets.end(), offsets_.begin() + from,
                        offsets_.end());
  }

  std::string_view in_;
  std::vector<NormalizeIssue>* issues_;
  int line_ = 1;
  std::string text_;
  std::vector<uint32_t> offsets_;
  std::vector<char32_t> cps_;
};

}  // namespace

NormalizedText Normalize(std::string_view original,
                         std::vector<NormalizeIssue>* issues) {
  return Normalizer(original, issues).Run();
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  char32_t cp = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t len = DecodeOne(s, i, &cp);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

}  // namespace claimcheck
