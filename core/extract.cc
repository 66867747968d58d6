#include "core/extract.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/people.h"
#include "core/stance.h"

namespace claimcheck {

namespace {

// Days before publication beyond which a sentence narrates the past.
constexpr long kPastNarrationDays = 60;

// True when the time expression at `pos` opens or closes a span ("since
// 1994", "until March"): it dates a stretch, not the claim.
bool AfterSince(std::string_view text, size_t pos) {
  size_t b = pos >= 8 ? pos - 8 : 0;
  std::string before(text.substr(b, pos - b));
  for (char& ch : before) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (std::string_view w : {"since ", "until ", "till "}) {
    if (before.size() >= w.size() && before.compare(before.size() - w.size(), w.size(), w) == 0) {
      return true;
    }
  }
  return false;
}

// True when the time at `t` sits in a relative clause set off by a comma
// ("The fire, which broke out on Oct. 4 near the camp, was 10% contained")
// that the claim is not part of: the time dates the clause's event, not the
// claim.
bool InOtherRelativeClause(std::string_view text, const Sentence& s, const TimeExpr& t,
                           const Claim& c) {
  constexpr size_t kReach = 160;  // bytes from the comma to the time
  size_t lo = t.span.begin > s.span.begin + kReach ? t.span.begin - kReach : s.span.begin;
  if (t.span.begin <= lo || t.span.begin > text.size()) return false;
  std::string_view before = text.substr(lo, t.span.begin - lo);
  size_t comma = before.rfind(',');
  if (comma == std::string_view::npos) return false;
  std::string_view rest = before.substr(comma + 1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  bool relative = false;
  // Clauses about things and places; a clause about a person is often about
  // the speaker, whose time dates what they said ("Officials, who spoke on
  // Sunday, said ...").
  for (std::string_view w : {"which ", "where "}) {
    if (rest.substr(0, w.size()) == w) relative = true;
  }
  if (!relative) return false;
  size_t open = lo + comma;
  size_t close = text.find(',', t.span.end);
  if (close == std::string_view::npos || close > s.span.end) close = s.span.end;
  return c.span.end <= open || c.span.begin >= close;
}

// A claim stated in a sentence about the past ("In 2023, Deputy Minister A
// brokered ..."; "in 2010, 33 miners were trapped") holds as of then, not as
// of publication. Only framing times count, those written before the claim,
// and only when every one of them lies well before the publication date: a
// time after the claim ("A, who took office in 2019") or an open start
// ("since 1994") dates something else.
std::optional<TimeValue> FramingPastTime(const Claim& c, const ExtractContext& ctx,
                                         std::vector<TimeExpr>::const_iterator first,
                                         const Sentence& s, long pub) {
  std::optional<TimeValue> latest;
  for (auto it = first; it != ctx.times.end() && it->span.begin < c.span.begin; ++it) {
    if (!it->value.resolved() || AfterSince(ctx.doc.text(), it->span.begin) ||
        InOtherRelativeClause(ctx.doc.text(), s, *it, c)) {
      continue;
    }
    if (it->value.end.ToDays() > pub - kPastNarrationDays) return std::nullopt;
    if (!latest || it->value.end.ToDays() > latest->end.ToDays()) latest = it->value;
  }
  return latest;
}

// True when the time expression ending at `end` is a possessive ("Monday's
// earthquake", "Tuesday's collapse"): it names an event.
bool PossessiveTime(std::string_view text, size_t end) {
  return text.substr(end, 2) == "'s" || text.substr(end, 4) == "\xE2\x80\x99s";
}

// A count is as of the day its sentence names ("135 drones overnight into
// Wednesday", "the toll rose to 31 on Tuesday"), a status as of the nearest
// time of any kind ("agreed in principle last month"): the time of the
// sentence nearest the claim, before or after it.
std::optional<TimeValue> NearestTime(const Claim& c, const ExtractContext& ctx,
                                     std::vector<TimeExpr>::const_iterator first,
                                     const Sentence& s) {
  const TimeExpr* nearest = nullptr;
  size_t best = 0;
  for (auto it = first; it != ctx.times.end() && it->span.begin < s.span.end; ++it) {
    // Counts and percentages change by the day: only a day dates them.
    bool usable = c.type == ClaimType::kQuantity || c.type == ClaimType::kProgress
                      ? it->value.kind == TimeValue::Kind::kDay
                      : it->value.resolved();
    if (!usable || AfterSince(ctx.doc.text(), it->span.begin) ||
        InOtherRelativeClause(ctx.doc.text(), s, *it, c)) {
      continue;
    }
    // "Monday's earthquake has killed 13 people": the possessive time names
    // the event the count comes from; the count is as of the report.
    if (c.type == ClaimType::kQuantity && it->span.end <= c.span.begin &&
        PossessiveTime(ctx.doc.text(), it->span.end)) {
      continue;
    }
    size_t d = it->span.begin >= c.span.end   ? it->span.begin - c.span.end
               : c.span.begin >= it->span.end ? c.span.begin - it->span.end
                                              : 0;
    if (!nearest || d < best) {
      nearest = &*it;
      best = d;
    }
  }
  if (!nearest) return std::nullopt;
  return nearest->value;
}

// Sets `when` of roles, counts, percentages and statuses from their sentence. Claims with
// no such time are as of publication; table rows are left alone (their other
// columns date other things).
void DateClaims(const ExtractContext& ctx, std::vector<Claim>* claims) {
  if (!ctx.doc.published_date) return;
  const long pub = ctx.doc.published_date->ToDays();
  for (Claim& c : *claims) {
    if ((c.type != ClaimType::kRole && c.type != ClaimType::kQuantity &&
         c.type != ClaimType::kStatus && c.type != ClaimType::kProgress) ||
        c.when || c.sentence >= ctx.doc.sentences.size()) {
      continue;
    }
    const Sentence& s = ctx.doc.sentences[c.sentence];
    if (s.kind == BlockKind::kTableRow) continue;
    auto first = std::lower_bound(
        ctx.times.begin(), ctx.times.end(), s.span.begin,
        [](const TimeExpr& t, size_t pos) { return t.span.begin < pos; });
    c.when = FramingPastTime(c, ctx, first, s, pub);
    if (!c.when && c.type != ClaimType::kRole) c.when = NearestTime(c, ctx, first, s);
  }
}

}  // namespace

const std::vector<Token>& SentenceTokensOf(const ExtractContext& ctx, size_t si,
                                           std::vector<Token>* own) {
  if (ctx.sentence_tokens && si < ctx.sentence_tokens->size()) {
    return (*ctx.sentence_tokens)[si];
  }
  *own = SentenceOrTextTokens(ctx.doc, si);
  return *own;
}

std::vector<Claim> ExtractClaims(const ExtractContext& in) {
  // The person finder's result is shared by the role and meeting extractors.
  // So are the tokens of each sentence (the person, role and meeting finders
  // all scan them).
  PersonIndex persons;
  std::vector<std::vector<Token>> tokens;
  ExtractContext ctx = in;
  if (!ctx.sentence_tokens) {
    tokens.reserve(ctx.doc.sentences.size());
    for (const Sentence& s : ctx.doc.sentences) tokens.push_back(SentenceTokens(ctx.doc, s));
    ctx.sentence_tokens = &tokens;
  }
  if (!ctx.persons) {
    persons = FindPersons(ctx.doc, ctx.lexicons, ctx.sentence_tokens);
    ctx.persons = &persons;
  }
  std::vector<Claim> claims;
  ExtractRoles(ctx, &claims);
  ExtractMeetings(ctx, &claims);
  ExtractValues(ctx, &claims);  // progress, quantities, statuses
  DateClaims(ctx, &claims);

  // Stance of each claim (with the built-in lexicons, as AnalyzeStance's
  // three-argument form); the pattern hints are computed once per sentence.
  std::vector<StanceHints> hints(ctx.doc.sentences.size());
  std::vector<bool> have_hints(ctx.doc.sentences.size(), false);
  for (Claim& c : claims) {
    c.doc = ctx.doc_index;
    if (c.sentence >= ctx.doc.sentences.size()) continue;
    const Sentence& s = ctx.doc.sentences[c.sentence];
    if (c.span.begin < s.span.begin || c.span.end > s.span.end) continue;
    if (!have_hints[c.sentence]) {
      hints[c.sentence] = StanceHintsFor(ctx.doc.Slice(s.span), Lexicons::Default());
      have_hints[c.sentence] = true;
    }
    StanceInfo info =
        AnalyzeStance(ctx.doc.Slice(s.span), c.span.begin - s.span.begin,
                      c.span.end - s.span.begin, Lexicons::Default(), hints[c.sentence]);
    if (c.stance == Stance::kAsserted) c.stance = info.stance;
    if (c.attribution.empty()) c.attribution = info.attribution;
    if (c.hedge.empty()) c.hedge = info.hedge;
  }
  // Sorted by position, stably: through an index, since a Claim is large to
  // move around.
  std::vector<size_t> order(claims.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return claims[a].span.begin < claims[b].span.begin;
  });
  std::vector<Claim> sorted;
  sorted.reserve(claims.size());
  for (size_t i : order) sorted.push_back(std::move(claims[i]));
  return sorted;
}

}  // namespace claimcheck
