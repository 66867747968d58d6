// The fact graph: people, offices, events, places, documents and values as
// vertices; claims as edges, each with its evidence. Built once per run from
// the corpus; rules read it.
//
//   GraphOptions opts;                     // aliases from the rule set
//   FactGraph graph = FactGraph::Build(corpus, opts);
//   for (const Event& e : graph.events()) ...
//
// Entity resolution: a person's vertex is found by PersonKey (people.h), so
// spelling variants meet; a single-name mention ("Trump") joins the one person
// in the corpus whose surname key it matches, and stays apart when two do.
// Event coreference groups meeting claims into events (docs/fact-graph.md has
// the score). Boost types stay inside graph.cc.
#ifndef CLAIMCHECK_CORE_GRAPH_H_
#define CLAIMCHECK_CORE_GRAPH_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/claim.h"
#include "core/pipeline.h"

namespace claimcheck {

struct GraphOptions {
  // alias -> canonical full name ("Joe Biden" -> "Joseph R. Biden").
  std::map<std::string, std::string> person_aliases;
  // Event coreference: minimum score to join a mention to an event.
  double event_join_threshold = 0.6;
  // Dates further apart than this many days never belong to one event.
  int event_max_day_gap = 3;
};

struct PersonNode {
  std::string key;                // PersonKey of the canonical name
  std::string name;               // canonical display name (most complete)
  std::vector<std::string> forms; // every written form seen
  std::vector<size_t> claims;     // indexes into Corpus::claims
};

// One real-world event, grouping meeting claims from one or more documents.
struct EventNode {
  size_t id = 0;
  EventKind kind = EventKind::kMeeting;
  std::vector<size_t> claims;            // meeting claims (Corpus::claims)
  std::vector<std::string> participants; // person keys, union over claims
  std::string place;                     // most frequent place value
  std::string label;                     // "meeting of A, B and C in Paris"
  double cohesion = 1.0;                 // lowest join score of its claims
};

class FactGraph {
 public:
  static FactGraph Build(const Corpus& corpus, const GraphOptions& options);
  FactGraph(FactGraph&&) noexcept;
  FactGraph& operator=(FactGraph&&) noexcept;
  ~FactGraph();

  const Corpus& corpus() const;
  const std::vector<PersonNode>& persons() const;
  const std::vector<EventNode>& events() const;

  // The person key a name mention resolves to ("" when it is not a person).
  // `doc` is the document the mention stands in.
  std::string PersonKeyOf(const std::string& name) const;
  // The person node for a key, or null.
  const PersonNode* Person(const std::string& key) const;
  // The event a meeting claim was grouped into, or null.
  const EventNode* EventOf(size_t claim_index) const;
  // Join score of a claim with its event (1 for the claim that founded it).
  double EventScore(size_t claim_index) const;

  size_t vertex_count() const;
  size_t edge_count() const;

  // Graphviz DOT (Boost write_graphviz) and JSON forms of the whole graph.
  std::string ToDot() const;
  nlohmann::json ToJson() const;

 private:
  FactGraph();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The event coreference score of a meeting claim against an event's claims,
// in [0, 1]; 0 means "certainly another event". Exposed for tests and docs.
double EventMatchScore(const Claim& mention, const std::vector<const Claim*>& event,
                       const std::vector<std::string>& mention_people,
                       const std::vector<std::string>& event_people,
                       const GraphOptions& options);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CORE_GRAPH_H_
