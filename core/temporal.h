// The time tagger: finds time expressions in normalized text and resolves each
// against the document's publication date (the "document creation time" of
// HeidelTime's news mode and SUTime).
//
//   TimeTagger tagger;  // compiles its patterns once; thread-safe after that
//   std::vector<TimeExpr> t = tagger.Tag(doc.text(), doc.sentences,
//                                        doc.published_date);
//
// Resolution rules (news mode):
//   - absolute dates with a year are taken as written;
//   - a day and month without a year take the year that puts them nearest the
//     publication date, biased by the clause's tense (past -> not after the
//     publication date, future -> not before);
//   - a bare weekday in a past-tense clause is the latest such day before the
//     publication date, in a future clause (will, is set to, is expected to, is
//     due, scheduled, plans to) the next one; otherwise the nearest;
//   - relative expressions ("yesterday", "last week", "three days ago") are
//     resolved against the publication date; without one they stay unresolved
//     (TimeValue::kUnresolved, with the reason), never against the clock;
//   - weeks run Monday to Sunday; a weekend is Saturday/Sunday.
#ifndef CLAIMCHECK_CORE_TEMPORAL_H_
#define CLAIMCHECK_CORE_TEMPORAL_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/document.h"

namespace claimcheck {

enum class Tense { kUnknown, kPast, kPresent, kFuture };

struct TimeExpr {
  Span span;          // in the normalized text
  std::string text;   // the normalized text of the span
  TimeValue value;
  Tense tense = Tense::kUnknown;  // of the clause it stands in
  size_t sentence = 0;            // index into the sentences passed to Tag()
};

class TimeTagger {
 public:
  TimeTagger();
  ~TimeTagger();
  TimeTagger(const TimeTagger&) = delete;
  TimeTagger& operator=(const TimeTagger&) = delete;

  // Tags every sentence of `text`. `sentences` may be empty, in which case the
  // whole text is one unit. Expressions are returned in text order and never
  // overlap.
  std::vector<TimeExpr> Tag(std::string_view text,
                            const std::vector<Sentence>& sentences,
                            const std::optional<CivilDate>& published) const;

  // Tags one piece of text (offsets relative to it).
  std::vector<TimeExpr> TagText(std::string_view text,
                                const std::optional<CivilDate>& published) const;

  // The tense of a clause, from its verbs ("will", "met", "is expected to").
  static Tense DetectTense(std::string_view clause);

  // Empty when every pattern compiled; else names the first one that did
  // not (that rule is then skipped).
  const std::string& error() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_TEMPORAL_H_
