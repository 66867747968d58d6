#include "rules/conflict.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/lexicon.h"
#include "core/report.h"

namespace claimcheck {

double EvidenceWeight(const Claim& c) {
  double w = c.confidence;
  switch (c.stance) {
    case Stance::kAsserted: break;
    case Stance::kHypothetical: w *= 0.4; break;
    case Stance::kDenied: w *= 0.15; break;
    case Stance::kRetracted: w *= 0.1; break;
  }
  if (!c.hedge.empty()) w *= 0.85;
  return w;
}

bool UsableStance(const Claim& c) {
  return c.stance != Stance::kDenied && c.stance != Stance::kRetracted;
}

std::optional<long> ReferenceDay(const Corpus& corpus, const Claim& c) {
  if (c.when && c.when->resolved()) return c.when->begin.ToDays();
  const Document& d = corpus.documents[c.doc];
  if (d.published_date) return d.published_date->ToDays();
  return std::nullopt;
}

bool CloseInTime(const Corpus& corpus, const Claim& a, const Claim& b, double max_days) {
  std::optional<long> da = ReferenceDay(corpus, a);
  std::optional<long> db = ReferenceDay(corpus, b);
  if (!da || !db) return true;
  return std::fabs(static_cast<double>(*da - *db)) <= max_days;
}

std::vector<std::string> SubjectTokens(const std::string& subject, bool fold_deal_nouns) {
  static const std::set<std::string> kDealNouns = {
      "deal", "agreement", "accord", "pact", "treaty", "merger", "combination",
      "talk", "negotiation", "takeover", "acquisition", "buyout", "purchase", "transfer"};
  static const std::set<std::string> kStop = {
      "the", "a", "an", "of", "on", "for", "to", "and", "with", "in", "its",
      "their", "this", "that", "new", "draft", "proposed", "overall", "current",
      // Nouns of the activity rather than the thing done: "integration work"
      // and "integration planning" are one integration.
      "work", "planning", "process", "effort"};
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
    if (fold_deal_nouns && kDealNouns.count(word)) word = "deal";
    if (!word.empty() && !kStop.count(word) &&
        std::find(out.begin(), out.end(), word) == out.end()) {
      out.push_back(word);
    }
    word.clear();
  };
  for (char c : AsciiLower(subject)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

double SubjectSimilarity(const std::string& a, const std::string& b, bool fold_deal_nouns) {
  std::vector<std::string> ta = SubjectTokens(a, fold_deal_nouns);
  std::vector<std::string> tb = SubjectTokens(b, fold_deal_nouns);
  if (ta.empty() || tb.empty()) return 0;
  size_t shared = 0;
  for (const std::string& t : ta) {
    if (std::find(tb.begin(), tb.end(), t) != tb.end()) ++shared;
  }
  return static_cast<double>(shared) / static_cast<double>(ta.size() + tb.size() - shared);
}

void ConflictBuilder::Add(const Claim& c, const Mention& m, const std::string& value,
                          double weight) {
  // One entry per (document, value): the document's strongest evidence. A new
  // value opens a side after the others; a new document joins its side last.
  std::string key = AsciiLower(value);
  auto [it, fresh] = side_of_.try_emplace(std::move(key), sides_.size());
  if (fresh) sides_.emplace_back();
  Side& side = sides_[it->second];
  auto existing = side.by_doc.find(c.doc);
  if (existing != side.by_doc.end() && side.weights[existing->second] >= weight) return;
  const Document& doc = corpus_.documents[c.doc];
  FindingValue v;
  v.value = value;
  v.text = std::string(doc.OriginalSlice(m.span));
  v.doc = c.doc;
  v.span = doc.ToOriginal(m.span);
  v.quote = SentenceQuote(doc, c.sentence, &v.quote_span);
  v.claim_id = c.id;
  flat_ = false;
  if (existing != side.by_doc.end()) {
    side.values[existing->second] = std::move(v);
    side.weights[existing->second] = weight;
    return;
  }
  side.by_doc.emplace(c.doc, side.values.size());
  side.values.push_back(std::move(v));
  side.weights.push_back(weight);
}

const std::vector<FindingValue>& ConflictBuilder::values() const {
  if (!flat_) {
    values_.clear();
    for (const Side& side : sides_) {
      values_.insert(values_.end(), side.values.begin(), side.values.end());
    }
    flat_ = true;
  }
  return values_;
}

size_t ConflictBuilder::distinct_values() const { return sides_.size(); }

std::optional<Finding> ConflictBuilder::Build(const std::string& rule,
                                              const std::string& kind,
                                              Severity severity,
                                              const std::string& subject) const {
  if (distinct_values() < 2) return std::nullopt;
  // Each side is as strong as its best evidence; the finding as its weakest
  // side.
  double confidence = 1;
  for (const Side& side : sides_) {
    double best = 0;
    for (double w : side.weights) best = std::max(best, w);
    confidence = std::min(confidence, best);
  }
  Finding f;
  f.rule = rule;
  f.kind = kind;
  f.severity = severity;
  f.confidence = std::round(confidence * 100) / 100;
  f.subject = subject;
  f.values = values();
  return f;
}

std::string DescribeSides(const Corpus& corpus, const std::vector<FindingValue>& values) {
  std::string out;
  std::string current;
  std::vector<std::string> docs;
  auto flush = [&] {
    if (current.empty()) return;
    if (!out.empty()) out += " against ";
    out += "\"" + current + "\" (";
    for (size_t i = 0; i < docs.size(); ++i) out += (i ? ", " : "") + docs[i];
    out += ")";
  };
  for (const FindingValue& v : values) {
    if (AsciiLower(v.value) != AsciiLower(current)) {
      flush();
      current = v.value;
      docs.clear();
    }
    const std::string& id = corpus.documents[v.doc].id;
    if (std::find(docs.begin(), docs.end(), id) == docs.end()) docs.push_back(id);
  }
  flush();
  return out;
}

}  // namespace claimcheck
