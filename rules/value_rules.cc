// progress, quantity, status: one subject (a plan, a count, a deal) given
// values that cannot all be true at the time.
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "rules/conflict.h"
#include "rules/rules.h"

namespace claimcheck {

namespace {

// Groups claims of one type whose subjects are alike (token Jaccard >=
// `threshold`), by union-find over an index of subject tokens, so that only
// claims sharing a token are ever compared.
std::vector<std::vector<size_t>> GroupBySubject(const Corpus& corpus, ClaimType type,
                                                double threshold, bool fold_deal_nouns = false) {
  std::vector<size_t> ids;
  for (size_t i = 0; i < corpus.claims.size(); ++i) {
    const Claim& c = corpus.claims[i];
    if (c.type == type && UsableStance(c) && !c.subject.value.empty()) ids.push_back(i);
  }
  std::vector<size_t> parent(ids.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::unordered_map<std::string, std::vector<size_t>> by_token;
  std::unordered_map<std::string, size_t> exact;
  constexpr size_t kMaxCompare = 64;  // per token: keeps the cost near-linear
  for (size_t k = 0; k < ids.size(); ++k) {
    const std::string& subject = corpus.claims[ids[k]].subject.value;
    std::string lower = AsciiLower(subject);
    if (auto it = exact.find(lower); it != exact.end()) {
      parent[find(k)] = find(it->second);
      continue;
    }
    exact.emplace(lower, k);
    for (const std::string& t : SubjectTokens(subject, fold_deal_nouns)) {
      std::vector<size_t>& bucket = by_token[t];
      size_t start = bucket.size() > kMaxCompare ? bucket.size() - kMaxCompare : 0;
      for (size_t b = start; b < bucket.size(); ++b) {
        size_t other = bucket[b];
        if (find(other) == find(k)) continue;
        if (SubjectSimilarity(subject, corpus.claims[ids[other]].subject.value,
                              fold_deal_nouns) >= threshold) {
          parent[find(k)] = find(other);
        }
      }
      bucket.push_back(k);
    }
  }
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t k = 0; k < ids.size(); ++k) groups[find(k)].push_back(ids[k]);
  std::vector<std::vector<size_t>> out;
  for (auto& [root, members] : groups) {
    if (members.size() > 1) out.push_back(std::move(members));
  }
  return out;
}

// Splits a group into runs whose reference days lie within `max_days` of the
// run's first claim (claims with unknown days join every run).
std::vector<std::vector<size_t>> TimeWindows(const Corpus& corpus, std::vector<size_t> group,
                                             double max_days, bool undated_join = true) {
  std::vector<size_t> unknown;
  std::vector<std::pair<long, size_t>> dated;
  for (size_t i : group) {
    auto d = ReferenceDay(corpus, corpus.claims[i]);
    if (d) dated.emplace_back(*d, i);
    else if (undated_join) unknown.push_back(i);
  }
  std::sort(dated.begin(), dated.end());
  std::vector<std::vector<size_t>> out;
  size_t start = 0;
  while (start < dated.size()) {
    size_t end = start;
    while (end < dated.size() && dated[end].first - dated[start].first <= max_days) ++end;
    std::vector<size_t> w;
    for (size_t k = start; k < end; ++k) w.push_back(dated[k].second);
    w.insert(w.end(), unknown.begin(), unknown.end());
    out.push_back(std::move(w));
    start = end;
  }
  if (dated.empty() && !unknown.empty()) out.push_back(unknown);
  return out;
}

std::string MostCommonSubject(const Corpus& corpus, const std::vector<size_t>& group) {
  std::map<std::string, int> n;
  for (size_t i : group) n[corpus.claims[i].subject.value]++;
  return std::max_element(n.begin(), n.end(), [](const auto& a, const auto& b) {
           return a.second < b.second;
         })->first;
}

// Counts of the dead, the injured and the missing (subject keys "person
// kill", "miner injure", "passenger missing").
bool IsCasualtyCount(const Claim& c) {
  const std::string& k = c.subject.value;
  auto ends = [&](std::string_view suf) {
    return k.size() > suf.size() && k.compare(k.size() - suf.size(), suf.size(), suf) == 0;
  };
  return ends(" kill") || ends(" injure") || ends(" missing");
}

// Votes cast in one decision (subject keys "member vote", "senator
// oppose"): a vote, once cast, is the same figure in every later report.
bool IsVoteCount(const Claim& c) {
  const std::string& k = c.subject.value;
  auto ends = [&](std::string_view suf) {
    return k.size() > suf.size() && k.compare(k.size() - suf.size(), suf.size(), suf) == 0;
  };
  return ends(" vote") || ends(" oppose");
}

// Counts of a closed period (keys ending "first day", "second week": the
// extractor appends the period): fixed once the period is over.
bool IsClosedPeriodCount(const Claim& c) {
  const std::string& k = c.subject.value;
  size_t sp = k.rfind(' ');
  if (sp == std::string::npos || sp == 0) return false;
  std::string unit = k.substr(sp + 1);
  if (unit != "day" && unit != "week" && unit != "weekend" && unit != "night" &&
      unit != "month") {
    return false;
  }
  size_t sp2 = k.rfind(' ', sp - 1);
  std::string ord = k.substr(sp2 == std::string::npos ? 0 : sp2 + 1,
                             sp - (sp2 == std::string::npos ? 0 : sp2 + 1));
  return sp2 != std::string::npos &&
         (ord == "first" || ord == "second" || ord == "third" || ord == "fourth" ||
          ord == "fifth" || ord == "final");
}

// The interval [lo, hi] a count with its modifier allows.
std::pair<double, double> CountRange(const Claim& c) {
  double n = c.number;
  std::string m = AsciiLower(c.modifier_word);
  const double inf = std::numeric_limits<double>::infinity();
  if (m == "over" || m == "more than" || m == "above" || m == "in excess of") return {n, inf};
  if (m == "at least" || m == "no fewer than") {
    // A casualty toll "at least 14 dead" is how the confirmed count is
    // reported, not an open lower bound: another report of the same briefing
    // with 17 dead disagrees with it. Some slack, as for a hedge.
    if (IsCasualtyCount(c)) return {n, n * 1.1};
    return {n, inf};
  }
  if (m == "up to" || m == "fewer than" || m == "less than" || m == "under" ||
      m == "at most") {
    return {0, n};
  }
  if (m == "nearly" || m == "almost" || m == "close to") return {n * 0.9, n};
  if (m == "about" || m == "around" || m == "roughly" || m == "approximately" ||
      m == "some" || m == "an estimated" || !c.hedge.empty()) {
    return {n * 0.9, n * 1.1};
  }
  return {n, n};
}

// True when two whole numbers of two or more digits are written with the
// same digits in another order (82 and 28, 153 and 135): the classic typo,
// whatever the ratio between them.
bool TransposedDigits(double a, double b) {
  if (a == b || a < 10 || b < 10 || a >= 1e9 || b >= 1e9 || a != std::floor(a) ||
      b != std::floor(b)) {
    return false;
  }
  std::string da = std::to_string(static_cast<long long>(a));
  std::string db = std::to_string(static_cast<long long>(b));
  if (da.size() != db.size()) return false;
  std::sort(da.begin(), da.end());
  std::sort(db.begin(), db.end());
  return da == db;
}

class ProgressRule : public Rule {
 public:
  ProgressRule() : Rule(Severity::kMedium) {}
  std::string_view id() const override { return "progress"; }
  std::string_view kind() const override { return "progress"; }
  std::string_view summary() const override {
    return "different percent-complete for one plan or deal at one time";
  }

  void Check(const RuleContext& ctx, std::vector<Finding>* out) const override {
    const Corpus& corpus = ctx.corpus;
    for (const auto& group : GroupBySubject(corpus, ClaimType::kProgress, similarity_)) {
      for (const auto& window : TimeWindows(corpus, group, max_days_)) {
        // A figure is contradicted by another document's figure that differs
        // by more than the tolerance and speaks of the same day, or of a
        // later day with a lower figure: a plan gets further along over days
        // ("40% on Monday, 65% by Wednesday" is an update), it does not
        // slip back. Claims with no day cannot be ordered and meet every
        // figure. A hedged figure ("about 85%") stands for a span of the
        // tolerance either side: an exact figure must fall within it, two
        // hedged spans must meet (twice the tolerance). One article telling
        // how a plan advanced is not in conflict with itself.
        std::vector<std::optional<long>> days;
        for (size_t i : window) days.push_back(ReferenceDay(corpus, corpus.claims[i]));
        auto conflicts = [&](size_t a, size_t b) {
          const Claim& ca = corpus.claims[window[a]];
          const Claim& cb = corpus.claims[window[b]];
          if (ca.doc == cb.doc) return false;
          bool both_hedged = !ca.hedge.empty() && !cb.hedge.empty();
          double spread = std::fabs(ca.number - cb.number);
          // Two hedged spans that only touch do not meet: "about 80%" and
          // "about 70%" are two round figures, not one (the spans are open
          // at their ends).
          if (spread == 0 || (both_hedged ? spread < 2 * tolerance_ : spread <= tolerance_)) {
            return false;
          }
          if (!days[a] || !days[b] || *days[a] == *days[b]) return true;
          // Different days: only a later figure below the earlier one.
          bool a_first = *days[a] < *days[b];
          double earlier = a_first ? ca.number : cb.number;
          double later = a_first ? cb.number : ca.number;
          return later < earlier;
        };
        ConflictBuilder conflict(corpus);
        for (size_t a = 0; a < window.size(); ++a) {
          bool contradicted = false;
          for (size_t b = 0; b < window.size() && !contradicted; ++b) {
            contradicted = b != a && conflicts(a, b);
          }
          const Claim& c = corpus.claims[window[a]];
          if (contradicted) conflict.Add(c, c.value, c.value.value, EvidenceWeight(c));
        }
        std::string subject = MostCommonSubject(corpus, window);
        auto f = conflict.Build(std::string(id()), std::string(kind()), severity(), subject);
        if (!f) continue;
        f->explanation = "Reports from the same days disagree on how complete the " +
                         subject + " is: " + DescribeSides(corpus, f->values) + ".";
        Emit(std::move(*f), out);
      }
    }
  }

 private:
  Status ConfigureOwn(const nlohmann::json& o, std::set<std::string>* used) override {
    Status s = ReadNumberOption(o, "max_days_apart", 0, 3650, &max_days_, used);
    if (s.ok()) s = ReadNumberOption(o, "tolerance_points", 0, 100, &tolerance_, used);
    if (s.ok()) s = ReadNumberOption(o, "subject_similarity", 0, 1, &similarity_, used);
    return s;
  }
  nlohmann::json OwnOptions() const override {
    return {{"max_days_apart", max_days_}, {"tolerance_points", tolerance_},
            {"subject_similarity", similarity_}};
  }
  double max_days_ = 10;
  double tolerance_ = 5;
  double similarity_ = 0.5;
};

class QuantityRule : public Rule {
 public:
  QuantityRule() : Rule(Severity::kMedium) {}
  std::string_view id() const override { return "quantity"; }
  std::string_view kind() const override { return "quantity"; }
  std::string_view summary() const override { return "different numbers for one count"; }

  void Check(const RuleContext& ctx, std::vector<Finding>* out) const override {
    const Corpus& corpus = ctx.corpus;
    // A count's subject key names the counted thing and what happened to it
    // ("drone launch"), so only exact keys are one count.
    for (const auto& group : GroupBySubject(corpus, ClaimType::kQuantity, 1.0)) {
      // Counts change from one briefing to the next (the dead, the missing,
      // the trapped) and are compared only at one moment; a sum of money (a
      // price, a fund) stays put and is compared over a longer window; the
      // votes cast in a decision stay put too, but one body votes again
      // within weeks, so only the days of its coverage meet.
      bool fixed = corpus.claims[group.front()].money;
      bool vote = !fixed && IsVoteCount(corpus.claims[group.front()]);
      // So does the count of a closed period ("on its first day"), once the
      // period is over.
      bool closed = !fixed && IsClosedPeriodCount(corpus.claims[group.front()]);
      double days = fixed || closed ? fixed_max_days_ : vote ? vote_max_days_ : max_days_;
      // A casualty toll changes by the day and cannot be placed against a
      // dated one when its own day is unknown (an undated bulletin's toll);
      // other counts of undated documents join every window.
      bool undated_join = !IsCasualtyCount(corpus.claims[group.front()]);
      for (const auto& window : TimeWindows(corpus, group, days, undated_join)) {
        // A figure conflicts with another document's figure for the same
        // count when their ranges cannot meet, the other document states
        // nothing compatible with it, and the two are of one magnitude (a typo
        // or transposition: 153 vs 135), not two different things.
        // The window's figures by document, so that "the other document
        // agrees" is decided once per document, not once per figure.
        std::vector<std::pair<double, double>> ranges;
        std::map<size_t, std::vector<size_t>> by_doc;  // doc -> window positions
        for (size_t a = 0; a < window.size(); ++a) {
          ranges.push_back(CountRange(corpus.claims[window[a]]));
          by_doc[corpus.claims[window[a]].doc].push_back(a);
        }
        std::vector<bool> take(window.size(), false);
        for (size_t a = 0; a < window.size(); ++a) {
          const Claim& ca = corpus.claims[window[a]];
          const auto& ra = ranges[a];
          // The nearest figure of the other documents that state nothing
          // compatible is the other side, and every other document's figure
          // as near as it (a third report repeating that side) is taken too:
          // choosing one of them only can leave a weak, hedged or
          // hypothetical mention alone on its side, below min_confidence.
          std::vector<std::pair<double, size_t>> candidates;  // (ratio, position)
          for (const auto& [doc, positions] : by_doc) {
            if (doc == ca.doc) continue;
            // Hedged ranges that meet only because of their hedges do not
            // reconcile figures written with the same digits in another
            // order ("at least 3,100" and "about 3,010"): one is misprinted.
            bool doc_agrees = std::any_of(positions.begin(), positions.end(), [&](size_t k) {
              return ranges[k].first <= ra.second && ra.first <= ranges[k].second &&
                     !TransposedDigits(ca.number, corpus.claims[window[k]].number);
            });
            if (doc_agrees) continue;
            size_t best = SIZE_MAX;
            double best_ratio = max_ratio_;
            for (size_t b : positions) {
              const Claim& cb = corpus.claims[window[b]];
              // A vote is held on one day: two counts whose sentences name
              // different days are two votes ("212 voted for the bill on
              // Tuesday", "198 voted for the amendment on Thursday").
              if (vote && ca.when && cb.when &&
                  ReferenceDay(corpus, ca) != ReferenceDay(corpus, cb)) {
                continue;
              }
              double lo = std::min(ca.number, cb.number), hi = std::max(ca.number, cb.number);
              double ratio = lo > 0 ? hi / lo : 1e9;
              // Transposed digits are one figure misprinted, not two counts.
              if (TransposedDigits(ca.number, cb.number)) ratio = std::min(ratio, 1.0);
              // The nearest figure; on a tie the later one in the window.
              if (ratio < best_ratio || (ratio == best_ratio && (best == SIZE_MAX || b > best))) {
                best_ratio = ratio;
                best = b;
              }
            }
            if (best != SIZE_MAX) candidates.emplace_back(best_ratio, best);
          }
          double nearest = std::numeric_limits<double>::infinity();
          for (const auto& [ratio, b] : candidates) nearest = std::min(nearest, ratio);
          for (const auto& [ratio, b] : candidates) {
            if (ratio == nearest) take[a] = take[b] = true;
          }
        }
        ConflictBuilder conflict(corpus);
        for (size_t a = 0; a < window.size(); ++a) {
          if (!take[a]) continue;
          const Claim& c = corpus.claims[window[a]];
          conflict.Add(c, c.value, c.value.value, EvidenceWeight(c));
        }
        std::string subject = MostCommonSubject(corpus, window);
        auto f = conflict.Build(std::string(id()), std::string(kind()), severity(), subject);
        if (!f) continue;
        f->explanation = "Sources give different figures for the same count (" + subject +
                         "): " + DescribeSides(corpus, f->values) +
                         "; check for a typo or a transposed figure.";
        Emit(std::move(*f), out);
      }
    }
  }

 private:
  Status ConfigureOwn(const nlohmann::json& o, std::set<std::string>* used) override {
    Status s = ReadNumberOption(o, "max_days_apart", 0, 3650, &max_days_, used);
    if (s.ok()) s = ReadNumberOption(o, "fixed_max_days_apart", 0, 3650, &fixed_max_days_, used);
    if (s.ok()) s = ReadNumberOption(o, "vote_max_days_apart", 0, 3650, &vote_max_days_, used);
    if (s.ok()) s = ReadNumberOption(o, "max_ratio", 1, 1000, &max_ratio_, used);
    return s;
  }
  nlohmann::json OwnOptions() const override {
    return {{"max_days_apart", max_days_},
            {"fixed_max_days_apart", fixed_max_days_},
            {"vote_max_days_apart", vote_max_days_},
            {"max_ratio", max_ratio_}};
  }
  double max_days_ = 0;  // the same day: tolls rise, nightly counts differ
  double fixed_max_days_ = 30;  // sums of money: prices, funds
  double vote_max_days_ = 3;    // votes cast: the days a decision is reported
  double max_ratio_ = 2;  // figures further apart count different things
};

// The claims of `dated` (reference day, claim index) that take part in at
// least one conflicting pair of claims from different documents: an earlier
// claim at rank >= 4 (finalized, signed) and one more than `same_moment_days`
// later at rank 1..3 (regress), or two within `same_moment_days` of each other
// of which one is at rank >= 4 and the other at rank <= 2, or agreed in
// principle with the final step still to come (`pending`) (disagree). The same
// set as testing every pair, in O(n log n): each claim asks, per kind of
// partner, whether a partner from another document lies in the day range.
std::set<size_t> InvolvedInConflict(const Corpus& corpus,
                                    const std::vector<std::pair<long, size_t>>& dated,
                                    long same_moment_days,
                                    const std::function<bool(const Claim&)>& pending) {
  // Partners of one kind sorted by day, with the next position holding a
  // different document, to answer "another document in [lo, hi]?".
  struct Side {
    std::vector<std::pair<long, size_t>> days;  // (day, doc)
    std::vector<size_t> next_other;             // first k >= i with another doc
    void Finish() {
      std::sort(days.begin(), days.end());
      next_other.assign(days.size(), days.size());
      for (size_t i = days.size(); i-- > 0;) {
        if (i + 1 < days.size()) {
          next_other[i] = days[i + 1].second != days[i].second ? i + 1 : next_other[i + 1];
        }
      }
    }
    bool OtherDocIn(long lo, long hi, size_t doc) const {
      if (lo > hi) return false;
      auto first = std::lower_bound(days.begin(), days.end(), std::make_pair(lo, size_t{0}));
      size_t i = static_cast<size_t>(first - days.begin());
      if (i >= days.size() || days[i].first > hi) return false;
      if (days[i].second != doc) return true;
      size_t j = next_other[i];
      return j < days.size() && days[j].first <= hi;
    }
  };
  // rank >= 4; rank <= 2 or agreed in principle with the final step still
  // to come (`pending`); rank 1..3.
  Side done, early_stage, unfinished;
  for (const auto& [day, i] : dated) {
    const Claim& c = corpus.claims[i];
    int r = DealStatusRank(c.status);
    size_t doc = c.doc;
    if (r >= 4) done.days.emplace_back(day, doc);
    if (r <= 2 || (r == 3 && pending(c))) early_stage.days.emplace_back(day, doc);
    if (r > 0 && r < 4) unfinished.days.emplace_back(day, doc);
  }
  done.Finish();
  early_stage.Finish();
  unfinished.Finish();
  const long kMin = std::numeric_limits<long>::min();
  const long kMax = std::numeric_limits<long>::max();
  const long s = same_moment_days;
  std::set<size_t> involved;
  for (const auto& [d, i] : dated) {
    const Claim& c = corpus.claims[i];
    int r = DealStatusRank(c.status);
    bool in = false;
    if (r >= 4) {
      in = early_stage.OtherDocIn(d - s, d + s, c.doc) ||
           unfinished.OtherDocIn(d + s + 1, kMax, c.doc);
    }
    if (!in && (r <= 2 || (r == 3 && pending(c)))) in = done.OtherDocIn(d - s, d + s, c.doc);
    if (!in && r > 0 && r < 4) in = done.OtherDocIn(kMin, d - s - 1, c.doc);
    if (in) involved.insert(i);
  }
  return involved;
}

class StatusRule : public Rule {
 public:
  StatusRule() : Rule(Severity::kHigh) {}
  std::string_view id() const override { return "status"; }
  std::string_view kind() const override { return "status"; }
  std::string_view summary() const override {
    return "a deal finalized in one report, not yet finalized in a later one";
  }

  void Check(const RuleContext& ctx, std::vector<Finding>* out) const override {
    const Corpus& corpus = ctx.corpus;
    // Sentences of each document that hold a completed stage still to come
    // ("expected to sign a definitive agreement", "leaves only a medical to
    // be completed").
    std::map<size_t, std::vector<size_t>> pending_sentences;
    for (const Claim& c : corpus.claims) {
      if (c.type == ClaimType::kStatus && c.stance == Stance::kHypothetical &&
          DealStatusRank(c.status) >= 4) {
        pending_sentences[c.doc].push_back(c.sentence);
      }
    }
    for (auto& [doc, sentences] : pending_sentences) {
      std::sort(sentences.begin(), sentences.end());
    }
    for (const auto& group :
         GroupBySubject(corpus, ClaimType::kStatus, similarity_, /*fold_deal_nouns=*/true)) {
      // An agreement in principle whose report says the final step is still
      // to come, in the group or within a sentence of it: not final yet.
      std::set<size_t> pending_docs;  // documents with such a claim in the group
      for (size_t i : group) {
        const Claim& o = corpus.claims[i];
        if (o.stance == Stance::kHypothetical && DealStatusRank(o.status) >= 4) {
          pending_docs.insert(o.doc);
        }
      }
      auto pending = [&](const Claim& c) {
        if (c.status != DealStatus::kAgreedInPrinciple) return false;
        if (pending_docs.count(c.doc)) return true;
        auto it = pending_sentences.find(c.doc);
        if (it == pending_sentences.end()) return false;
        // Sorted: the first sentence at or after c.sentence - 1.
        auto s = std::lower_bound(it->second.begin(), it->second.end(),
                                  c.sentence == 0 ? 0 : c.sentence - 1);
        return s != it->second.end() && *s <= c.sentence + 1;
      };
      // Order by reference day; unknown days cannot be ordered and only take
      // part in same-moment comparisons with nothing.
      std::vector<std::pair<long, size_t>> dated;
      for (size_t i : group) {
        auto d = ReferenceDay(corpus, corpus.claims[i]);
        // "if finalized", "could be signed": a condition, not a report of
        // where the deal stands.
        if (corpus.claims[i].stance == Stance::kHypothetical) continue;
        if (d && corpus.claims[i].status != DealStatus::kUnknown) dated.emplace_back(*d, i);
      }
      std::set<size_t> involved = InvolvedInConflict(corpus, dated, same_moment_days_, pending);
      if (involved.empty()) continue;
      ConflictBuilder conflict(corpus);
      for (size_t i : involved) {
        const Claim& c = corpus.claims[i];
        conflict.Add(c, c.value, DealStatusName(c.status), EvidenceWeight(c));
      }
      std::string subject = MostCommonSubject(corpus, group);
      auto f = conflict.Build(std::string(id()), std::string(kind()), severity(), subject);
      if (!f) continue;
      f->explanation = "The status of the " + subject + " goes against the timeline: " +
                       DescribeSides(corpus, f->values) +
                       "; a deal reported final should not be reported unfinished later.";
      Emit(std::move(*f), out);
    }
  }

 private:
  Status ConfigureOwn(const nlohmann::json& o, std::set<std::string>* used) override {
    Status s = ReadNumberOption(o, "same_moment_days", 0, 30, &same_moment_days_d_, used);
    same_moment_days_ = static_cast<long>(same_moment_days_d_);
    if (s.ok()) s = ReadNumberOption(o, "subject_similarity", 0, 1, &similarity_, used);
    return s;
  }
  nlohmann::json OwnOptions() const override {
    return {{"same_moment_days", same_moment_days_d_}, {"subject_similarity", similarity_}};
  }
  double same_moment_days_d_ = 0;
  long same_moment_days_ = 0;
  double similarity_ = 0.5;
};

}  // namespace

std::unique_ptr<Rule> NewProgressRule() { return std::make_unique<ProgressRule>(); }
std::unique_ptr<Rule> NewQuantityRule() { return std::make_unique<QuantityRule>(); }
std::unique_ptr<Rule> NewStatusRule() { return std::make_unique<StatusRule>(); }

}  // namespace claimcheck
