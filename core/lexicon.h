// Lexicons: the word lists extraction grows with (title words, office heads,
// demonyms and their countries, meeting verbs, status phrases, capitals and
// venues with their cities, ...). They are data, not code: the defaults are
// the files in core/data/ (compiled into the library, so the installed tool
// needs no data directory), and a rule set may add entries of its own.
//
// File format, one entry a line:
//   # comment
//   entry                     a list entry (Contains)
//   key = value               a map entry (Lookup); keys are matched
//                             case-insensitively, values kept as written
//
//   const Lexicons& lex = Lexicons::Default();
//   if (lex.Get("demonyms").Lookup("French")) ...
#ifndef CLAIMCHECK_CORE_LEXICON_H_
#define CLAIMCHECK_CORE_LEXICON_H_

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace claimcheck {

class Lexicon {
 public:
  // Parses the file format above. Errors name `origin` and the line.
  Status Parse(std::string_view content, const std::string& origin);
  void Add(const std::string& key, const std::string& value);

  bool Contains(std::string_view key) const;
  // The value of `key` (case-insensitive), or nullopt.
  std::optional<std::string> Lookup(std::string_view key) const;
  // The value of `lower_key`, which must be ASCII-lowercase already, or null;
  // no copies (the hot path of token matchers).
  const std::string* FindLower(std::string_view lower_key) const;
  // True when `lower_key` (ASCII-lowercase) is the first words of a longer
  // key ("united" of "united states"): a matcher extending a phrase word by
  // word can stop when it is not.
  bool HasLongerKey(std::string_view lower_key) const;
  // Entries in file order (key as written, value; value == key for lists).
  const std::vector<std::pair<std::string, std::string>>& entries() const {
    return entries_;
  }
  size_t size() const { return entries_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<std::pair<std::string, std::string>> entries_;
  // lowercased key -> entry
  std::unordered_map<std::string, size_t, Hash, std::equal_to<>> index_;
  // The lowercased keys' proper word prefixes (cut before each space).
  std::unordered_map<std::string, int, Hash, std::equal_to<>> prefixes_;
};

class Lexicons {
 public:
  Lexicons() = default;
  // Copies the word lists, not the derived data (see Derived).
  Lexicons(const Lexicons& other) : lexicons_(other.lexicons_) { RebuildIndex(); }
  Lexicons& operator=(const Lexicons& other);

  // The built-in lexicons (core/data/*.txt), parsed once.
  static const Lexicons& Default();

  // The lexicon called `name` (the data file's stem); an empty one when there
  // is none.
  const Lexicon& Get(std::string_view name) const;
  // Changing a lexicon drops the derived data.
  Lexicon* Mutable(const std::string& name);
  std::vector<std::string> Names() const;

  // Parses a set of named files. Used for the defaults and by tests.
  Status Load(const std::map<std::string, std::string>& files);

  // Data an extractor derives from the lexicons (compiled patterns, lookup
  // tables), built by `build()` (returning std::unique_ptr<T>) on the first
  // call for `key` and shared by every later call and every thread, so that
  // a run compiles its patterns once per Lexicons object, whether it is the
  // default one or one extended by a rule set.
  //
  //   const Vocab& v = lex.Derived<Vocab>("values.vocab",
  //                                      [&] { return std::make_unique<Vocab>(lex); });
  template <typename T, typename Build>
  const T& Derived(const std::string& key, Build build) const {
    std::lock_guard<std::mutex> lock(derived_mu_);
    std::shared_ptr<const void>& slot = derived_[key];
    if (!slot) slot = std::shared_ptr<const T>(build());
    return *static_cast<const T*>(slot.get());
  }

 private:
  void RebuildIndex();

  std::map<std::string, Lexicon, std::less<>> lexicons_;
  // name -> lexicon, for Get() (called per token by the finders); the views
  // point into lexicons_'s keys and are rebuilt whenever it changes.
  std::unordered_map<std::string_view, const Lexicon*> index_;
  mutable std::mutex derived_mu_;
  mutable std::map<std::string, std::shared_ptr<const void>> derived_;
};

// Lowercases ASCII letters.
std::string AsciiLower(std::string_view s);

// An RE2 alternation of word-list phrases: longest first (so "agreed in
// principle" wins over "agreed"), each word quoted, words joined by \s+.
// The phrases are used as given (callers lowercase them and match with (?i)).
std::string PhraseAlternation(std::vector<std::string> phrases);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_LEXICON_H_
