#include "core/extract.h"

#include <algorithm>

#include "core/stance.h"

namespace claimcheck {

std::vector<Claim> ExtractClaims(const ExtractContext& ctx) {
  std::vector<Claim> claims;
  ExtractRoles(ctx, &claims);
  ExtractMeetings(ctx, &claims);
  ExtractProgress(ctx, &claims);
  ExtractQuantities(ctx, &claims);
  ExtractStatuses(ctx, &claims);

  for (Claim& c : claims) {
    c.doc = ctx.doc_index;
    if (c.sentence >= ctx.doc.sentences.size()) continue;
    const Sentence& s = ctx.doc.sentences[c.sentence];
    if (c.span.begin < s.span.begin || c.span.end > s.span.end) continue;
    StanceInfo info = AnalyzeStance(ctx.doc.Slice(s.span),
                                    c.span.begin - s.span.begin,
                                    c.span.end - s.span.begin);
    if (c.stance == Stance::kAsserted) c.stance = info.stance;
    if (c.attribution.empty()) c.attribution = info.attribution;
    if (c.hedge.empty()) c.hedge = info.hedge;
  }
  std::stable_sort(claims.begin(), claims.end(),
                   [](const Claim& a, const Claim& b) {
                     return a.span.begin < b.span.begin;
                   });
  return claims;
}

}  // namespace claimcheck
