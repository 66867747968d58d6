// claimcheck_gencorpus: writes a synthetic news corpus with planted
// contradictions, reproducible from a seed.
//
//   claimcheck_gencorpus --events 300 --seed 7 --out DIR
//   claimcheck_gencorpus --bytes 10000000 --out DIR     (events until ~bytes)
//
// Every event is invented: its people, companies and ministries get names made
// of syllables, unique per event, so that two events never share an entity.
// Each event is reported by three to five outlets; each outlet has its own
// house style (dateline, title before or after the name, appositives, relative
// or absolute dates, a key-value table sometimes) and its own file format
// (.txt with front matter, .md, .json, .jsonl, .txt with a .meta.json
// sidecar). Most events carry exactly one planted contradiction, of one of the
// eight kinds; the others carry traps (the same fact written two ways,
// different counts of different things, a deal that advanced over weeks).
//
// DIR/expected.json lists the planted contradictions in the regression-case
// format (docs/regression-testing.md), so `claimcheck test --strict DIR`
// checks that they are found and that nothing else is flagged.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/date.h"

namespace {

namespace fs = std::filesystem;

// ---- randomness -------------------------------------------------------------

class Rng {
 public:
  explicit Rng(uint64_t seed) : gen_(seed) {}
  size_t Below(size_t n) { return static_cast<size_t>(gen_() % n); }
  bool Chance(int percent) { return Below(100) < static_cast<size_t>(percent); }
  template <typename T>
  const T& Pick(const std::vector<T>& v) { return v[Below(v.size())]; }

 private:
  std::mt19937_64 gen_;
};

// ---- dates ------------------------------------------------------------------

// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// Days since 1970-01-01 to a calendar date (core's CivilDate).
claimcheck::CivilDate CivilFromDays(int64_t day) {
  return claimcheck::CivilDate::FromDays(static_cast<long>(day));
}

const char* kWeekdays[] = {"Thursday", "Friday",  "Saturday", "Sunday",
                           "Monday",   "Tuesday", "Wednesday"};  // 1970-01-01 was a Thursday
const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};
const char* kMonthAbbr[] = {"Jan.", "Feb.", "March", "April", "May",  "June",
                            "July", "Aug.", "Sept.", "Oct.",  "Nov.", "Dec."};

std::string Weekday(int64_t day) { return kWeekdays[((day % 7) + 7) % 7]; }
std::string Iso(int64_t day) {
  return CivilFromDays(day).ToString();
}
std::string LongDate(int64_t day) {
  claimcheck::CivilDate c = CivilFromDays(day);
  return std::string(kMonths[c.month - 1]) + " " + std::to_string(c.day);
}
std::string ShortDate(int64_t day) {
  claimcheck::CivilDate c = CivilFromDays(day);
  return std::string(kMonthAbbr[c.month - 1]) + " " + std::to_string(c.day);
}

// ---- invented names ---------------------------------------------------------

const std::vector<std::string> kOnsets = {"Bar", "Cor", "Dal", "Fen", "Gar", "Hol", "Kel",
                                          "Lor", "Mar", "Nev", "Os",  "Pell", "Quen", "Ros",
                                          "Sal", "Tor", "Ul",  "Var", "Wes", "Yar"};
const std::vector<std::string> kMiddles = {"a", "e", "i", "o", "u", "an", "en", "or", "ath", "ick"};
const std::vector<std::string> kCodas = {"by", "dale", "ford", "holm", "ley", "mont", "nor",
                                         "quist", "ric", "sen", "stad", "ton", "vik", "wick"};

// A surname that no other index gets: onset, vowel and ending picked by the
// index (scrambled by a multiplier prime to the range, so that neighbours
// differ in their first letters); indexes past the 2,800 short names get a
// second syllable.
std::string Surname(size_t index) {
  constexpr size_t kShort = 20 * 10 * 14;
  size_t rest = index / kShort;
  index = index % kShort * 7919 % kShort;
  std::string s = kOnsets[index % kOnsets.size()];
  index /= kOnsets.size();
  s += kMiddles[index % kMiddles.size()];
  index /= kMiddles.size();
  if (rest > 0) {
    s += kCodas[(rest - 1) % kCodas.size()];
    s += kMiddles[(rest - 1) / kCodas.size() % kMiddles.size()];
  }
  s += kCodas[index % kCodas.size()];
  return s;
}

const std::vector<std::string> kGiven = {
    "Elena", "Marcus", "Ines",   "Tomas",  "Hannah", "Victor", "Leila",  "Daniel", "Sofia",
    "Pavel", "Grace",  "Julian", "Nadia",  "Oscar",  "Clara",  "Samuel", "Irene",  "Felix",
    "Miriam", "Rafael", "Lucia", "Adrian", "Helen",  "Simon",  "Maya",   "Peter",  "Laura"};
const std::vector<std::string> kCompanySuffix = {"Foods",    "Logistics", "Energy", "Minerals",
                                                 "Textiles", "Shipping",  "Brands", "Pharma"};
const std::vector<std::string> kCities = {"Lisbon", "Vienna", "Oslo",   "Helsinki", "Prague",
                                          "Dublin", "Madrid", "Warsaw", "Athens",   "Budapest",
                                          "Tallinn", "Zagreb", "Sofia", "Copenhagen", "Brussels"};

struct Outlet {
  std::string name;
  std::string slug;
  std::string dateline_city;
  int style;   // 0..4: house style
  int format;  // 0 txt+front matter, 1 md, 2 json, 3 jsonl, 4 txt+meta.json
};

const std::vector<Outlet> kOutlets = {
    {"Harbor Ledger", "ledger", "LONDON", 0, 0},
    {"Northgate Wire", "wire", "NEW YORK", 1, 3},
    {"Plainview Post", "post", "CHICAGO", 2, 2},
    {"Eastern Tribune", "tribune", "SINGAPORE", 3, 1},
    {"Coastline Daily", "daily", "SYDNEY", 4, 4},
};

// ---- output -----------------------------------------------------------------

// Names per event: Surname(event * kSlots + slot) for the slots below.
constexpr size_t kSlots = 12;

// "Varn Foods'" / "Varn Bank's".
std::string Possessive(const std::string& name) {
  return name + (!name.empty() && name.back() == 's' ? "'" : "'s");
}

// 7275 -> "7,275".
std::string Thousands(int n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
  return s;
}

std::string JsonEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      default: out += c;
    }
  }
  return out;
}

struct Article {
  std::string id;
  const Outlet* outlet;
  int64_t published;
  std::string title;
  std::string body;
};

struct Expectation {
  std::string kind;
  std::vector<std::string> values;
  std::vector<std::string> docs;
  std::string note;
};

std::string ExpectationJson(const Expectation& e) {
  std::string s = "    {\"kind\": \"" + e.kind + "\", \"values\": [";
  for (size_t i = 0; i < e.values.size(); ++i) {
    s += (i ? ", \"" : "\"") + JsonEscape(e.values[i]) + "\"";
  }
  s += "], \"docs\": [";
  for (size_t i = 0; i < e.docs.size(); ++i) s += (i ? ", \"" : "\"") + e.docs[i] + "\"";
  s += "], \"note\": \"" + JsonEscape(e.note) + "\"}";
  return s;
}

// ---- events -----------------------------------------------------------------

enum Plant {
  kRoleHolder,
  kTitle,
  kEventDate,
  kEventLocation,
  kEventParticipants,
  kProgress,
  kQuantity,
  kStatus,
  kNone,  // traps only
  kPlantCount
};

const char* kPlantNames[] = {"role_holder", "title",    "event_date", "event_location",
                             "event_participants", "progress", "quantity", "status", "none"};

struct Person {
  std::string given, surname;
  std::string Full() const { return given + " " + surname; }
};

struct Event {
  size_t index;
  Plant plant;
  Person ceo, former_ceo, rival_ceo, minister, buyer_ceo, aide;
  std::string target, buyer, bank;
  std::string city, wrong_city;
  int64_t day;  // the meeting day
  int price, wrong_price, first_price;
  int jobs;
  int percent, wrong_percent;
};

// The writer of one event's articles.
class EventWriter {
 public:
  EventWriter(const Event& e, Rng* rng) : e_(e), rng_(*rng) {}

  // Article `k` (0-based) of the event, by `outlet`. `bad` = this article
  // carries the planted error.
  Article Write(size_t k, const Outlet& o, bool bad) {
    Article a;
    a.outlet = &o;
    a.id = "e" + std::to_string(e_.index) + "-" + o.slug;
    // Articles appear the day of the meeting or one to two days later.
    a.published = e_.day + static_cast<int64_t>(k % 3);
    const int64_t pub = a.published;
    const bool bad_here = bad && e_.plant != kNone;
    const int style = o.style;

    std::string ceo = e_.ceo.Full();
    if (bad_here && e_.plant == kRoleHolder) ceo = e_.rival_ceo.Full();
    std::string city = bad_here && e_.plant == kEventLocation ? e_.wrong_city : e_.city;
    int64_t meet_day = bad_here && e_.plant == kEventDate ? e_.day + 2 : e_.day;
    int price = bad_here && e_.plant == kQuantity ? e_.wrong_price : e_.price;
    int percent = bad_here && e_.plant == kProgress ? e_.wrong_percent : e_.percent;

    a.title = e_.buyer + " and " + e_.target + " chiefs meet lender";
    std::string& b = a.body;

    // Lead: dateline, the meeting.
    std::string when = MeetingDate(meet_day, pub, style);
    std::string dateline;
    if (style == 0 || style == 1) {
      dateline = o.dateline_city + ", " + ShortDate(pub) + " (" + o.name + ") - ";
    }
    // The third party holds an office of its own event (a bank's chair), so
    // that no office is shared between events.
    std::string minister = style % 2 == 0
                               ? e_.bank + " Chairman " + e_.minister.Full()
                               : e_.minister.Full() + ", chairman of " + e_.bank + ",";
    std::string target_ceo_intro;
    switch (style) {
      case 0:
        target_ceo_intro = e_.target + " Chief Executive " + ceo;
        break;
      case 1:
        target_ceo_intro = ceo + ", chief executive of " + e_.target + ",";
        break;
      case 2:
        target_ceo_intro = ceo + ", the chief executive of " + e_.target + ",";
        break;
      case 3:
        target_ceo_intro = e_.target + " Chief Executive " + ceo;
        break;
      default:
        target_ceo_intro = e_.target + " CEO " + ceo;
    }
    std::string others = e_.buyer_ceo.Full();
    if (bad_here && e_.plant == kEventParticipants) others = e_.aide.Full();
    b += dateline + target_ceo_intro + " met " + minister + " in " + city + " " + when +
         " to discuss " + Possessive(e_.buyer) + " proposed takeover of the company, " +
         Pick({"officials said.", "the bank said.", "according to a statement."}) + " " +
         e_.buyer + " Chief Executive " + others + " also attended the meeting.\n\n";

    // The offer: price (quantity), a trap with the first, lower offer.
    b += e_.buyer + " has offered $" + std::to_string(price) + " a share in cash for " +
         e_.target + ", " + Pick({"a maker of", "which makes", "the producer of"}) + " " +
         Pick({"frozen meals and snacks.", "packaging for the food industry.",
               "generic medicines.", "industrial cables."}) +
         " The offer is $" + std::to_string(e_.price - e_.first_price) +
         " above an earlier approach of $" + std::to_string(e_.first_price) +
         " a share that the board rejected in " + kMonths[CivilFromDays(e_.day - 40).month - 1] +
         ".\n\n";

    // Progress of the talks.
    b += Pick({"Negotiators said the agreement was ", "The deal is ",
               "People close to the talks said the merger agreement was "}) +
         std::to_string(percent) + "% complete, with the remaining issues " +
         Pick({"pension liabilities and the break fee.", "the fate of two older plants.",
               "regulatory approvals in three markets."}) +
         "\n\n";

    // Status of the deal.
    if (bad_here && e_.plant == kStatus) {
      b += "The two companies signed the merger agreement on " + Weekday(e_.day) +
           ", a spokesperson said.\n\n";
    } else {
      b += Pick({"The merger agreement is still being negotiated",
                 "The takeover deal remains under negotiation",
                 "Talks on the merger agreement are continuing"}) +
           ", and a definitive contract is expected " +
           Pick({"within weeks.", "later this year.", "before the summer."}) + "\n\n";
    }

    // The former chief executive (title).
    if (bad_here && e_.plant == kTitle) {
      b += e_.target + " Chief Executive " + e_.former_ceo.Full() +
           " declined to comment on the offer.\n\n";
    } else if (style % 2 == 0 && e_.plant != kTitle) {
      b += e_.former_ceo.Full() + ", who led " + e_.target +
           " until last year, declined to comment on the offer.\n\n";
    } else {
      b += "Former chief executive " + e_.former_ceo.Full() +
           " declined to comment on the offer.\n\n";
    }

    // A table in some house styles (key: value lines).
    if (style == 3) {
      b += "Offer price: $" + std::to_string(price) + " a share\nEmployees: " +
           std::to_string(e_.jobs) + "\n\n";
    }

    // Filler: the quote and background every outlet writes in its own way.
    b += "\"" + Pick({"It is a fair price for a business that was running out of road,",
                      "The risk now is in the fine print,",
                      "Shareholders will want to see the detail before they decide,"}) +
         "\" said " + kGiven[(e_.index + 7) % kGiven.size()] + " " +
         Surname(e_.index * kSlots + 9) + ", an analyst at " + Surname(e_.index * kSlots + 10) +
         " Securities.\n\n";
    b += e_.target + " employs about " + Thousands(e_.jobs) +
         " people and its shares " +
         Pick({"rose 4% on the news.", "were little changed.", "fell 2% in early trading."}) +
         " " + e_.buyer + " " +
         Pick({"has completed three acquisitions in the past decade.",
               "reported higher sales last year.",
               "said the combined company would save money by sharing distribution."}) +
         "\n";
    return a;
  }

 private:
  std::string Pick(std::vector<std::string> v) { return v[rng_.Below(v.size())]; }

  // How an outlet dates the meeting: relative weekday, "on Month D", both.
  std::string MeetingDate(int64_t day, int64_t pub, int style) {
    int64_t diff = pub - day;
    if (diff == 0 && style != 2) return "on " + Weekday(day);
    if (diff > 0 && diff < 6 && style % 2 == 1) return "on " + Weekday(day);
    if (style == 2) return "on " + LongDate(day);
    return "on " + Weekday(day) + ", " + ShortDate(day) + ",";
  }

  const Event& e_;
  Rng& rng_;
};

void WriteFile(const fs::path& p, const std::string& content) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << content;
}

struct Options {
  size_t events = 0;
  size_t bytes = 0;
  uint64_t seed = 1;
  std::string out;
};

int Usage() {
  std::cerr << "usage: claimcheck_gencorpus [--events N | --bytes B] [--seed S] --out DIR\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (i + 1 >= argc) return Usage();
    std::string v = argv[++i];
    if (a == "--events") {
      opt.events = std::strtoull(v.c_str(), nullptr, 10);
    } else if (a == "--bytes") {
      opt.bytes = std::strtoull(v.c_str(), nullptr, 10);
    } else if (a == "--seed") {
      opt.seed = std::strtoull(v.c_str(), nullptr, 10);
    } else if (a == "--out") {
      opt.out = v;
    } else {
      return Usage();
    }
  }
  if (opt.out.empty() || (opt.events == 0 && opt.bytes == 0)) return Usage();

  fs::path out(opt.out);
  std::error_code ec;
  fs::create_directories(out, ec);
  if (ec) {
    std::cerr << "claimcheck_gencorpus: " << opt.out << ": " << ec.message() << "\n";
    return 2;
  }

  Rng rng(opt.seed);
  std::vector<Expectation> contradictions, must_not;
  std::map<std::string, std::string> jsonl;  // outlet slug -> lines
  size_t written = 0, articles = 0;
  const int64_t base = DaysFromCivil(2031, 2, 3);

  for (size_t i = 0; opt.events ? i < opt.events : written < opt.bytes; ++i) {
    Event e;
    e.index = i;
    e.plant = static_cast<Plant>(i % kPlantCount);
    auto person = [&](size_t slot) {
      return Person{kGiven[(i * 5 + slot * 3) % kGiven.size()], Surname(i * kSlots + slot)};
    };
    e.ceo = person(0);
    e.former_ceo = person(1);
    e.rival_ceo = person(2);
    e.minister = person(3);
    e.buyer_ceo = person(4);
    e.aide = person(5);
    e.target = Surname(i * kSlots + 7) + " " + kCompanySuffix[i % kCompanySuffix.size()];
    e.buyer = Surname(i * kSlots + 8) + " " + kCompanySuffix[(i + 3) % kCompanySuffix.size()];
    e.bank = Surname(i * kSlots + 6) + " Bank";
    e.city = kCities[i % kCities.size()];
    e.wrong_city = kCities[(i + 5) % kCities.size()];
    // Weekdays only; events a few days apart.
    e.day = base + static_cast<int64_t>(i) * 3;
    while (Weekday(e.day) == "Saturday" || Weekday(e.day) == "Sunday") ++e.day;
    e.price = 21 + static_cast<int>(rng.Below(70));
    if (e.price % 10 == e.price / 10) ++e.price;
    e.wrong_price = (e.price % 10) * 10 + e.price / 10;  // transposed digits
    e.first_price = e.price - 2 - static_cast<int>(rng.Below(5));
    e.jobs = 800 + static_cast<int>(rng.Below(9000));
    e.percent = 50 + 5 * static_cast<int>(rng.Below(8));
    e.wrong_percent = e.percent - 30;

    // Three to five outlets, rotating; one of them carries the error.
    size_t n = 3 + (i % 3);
    size_t bad = rng.Below(n);
    EventWriter writer(e, &rng);
    std::vector<Article> event_articles;
    for (size_t k = 0; k < n; ++k) {
      const Outlet& o = kOutlets[(i + k) % kOutlets.size()];
      event_articles.push_back(writer.Write(k, o, k == bad));
    }
    std::string bad_id = event_articles[bad].id;
    std::string good_id = event_articles[(bad + 1) % n].id;
    Expectation x;
    x.kind = kPlantNames[e.plant];
    x.docs = {good_id, bad_id};
    switch (e.plant) {
      case kRoleHolder:
        x.values = {e.ceo.Full(), e.rival_ceo.Full()};
        x.note = e.target + "'s chief executive named as someone else";
        break;
      case kTitle:
        x.values = {"former chief executive", "chief executive"};
        x.note = e.former_ceo.Full() + " left last year but is called chief executive";
        break;
      case kEventDate:
        x.values = {Iso(e.day), Iso(e.day + 2)};
        x.note = "meeting in " + e.city + " dated two days late";
        break;
      case kEventLocation:
        x.values = {e.city, e.wrong_city};
        x.note = "meeting placed in the wrong city";
        break;
      case kEventParticipants:
        x.values = {e.buyer_ceo.Full(), e.aide.Full()};
        x.note = "a different person said to attend";
        break;
      case kProgress:
        x.values = {std::to_string(e.percent) + "%", std::to_string(e.wrong_percent) + "%"};
        x.note = "talks completion";
        break;
      case kQuantity:
        x.values = {std::to_string(e.price), std::to_string(e.wrong_price)};
        x.note = "offer price, transposed digits";
        break;
      case kStatus:
        x.values = {"under negotiation", "signed"};
        x.note = "said signed while every other outlet says still negotiated";
        x.docs = {bad_id};
        break;
      default:
        break;
    }
    if (e.plant != kNone) contradictions.push_back(x);
    if (e.plant == kTitle) {
      // The same error seen from the office: two chief executives at once.
      Expectation r;
      r.kind = "role_holder";
      r.values = {e.ceo.Full(), e.former_ceo.Full()};
      r.docs = {bad_id};
      r.note = "the former chief executive named as the current one";
      contradictions.push_back(r);
    }
    // Trap: the first, rejected offer is a different number.
    Expectation trap;
    trap.kind = "quantity";
    trap.values = {std::to_string(e.first_price), std::to_string(e.price)};
    trap.docs = {good_id};
    trap.note = "earlier approach vs current offer: two offers";
    must_not.push_back(trap);

    for (const Article& a : event_articles) {
      const Outlet& o = *a.outlet;
      std::string pub = Iso(a.published);
      ++articles;
      written += a.body.size();
      switch (o.format) {
        case 0:
          WriteFile(out / (a.id + ".txt"), "---\nid: " + a.id + "\nsource: " + o.name +
                                               "\npublished: " + pub + "\ntitle: " + a.title +
                                               "\n---\n" + a.body);
          break;
        case 1:
          WriteFile(out / (a.id + ".md"), "---\nid: " + a.id + "\nsource: " + o.name +
                                              "\npublished: " + pub + "\ntitle: " + a.title +
                                              "\n---\n# " + a.title + "\n\n" + a.body);
          break;
        case 2:
          WriteFile(out / (a.id + ".json"),
                    "{\"id\": \"" + a.id + "\", \"source\": \"" + o.name +
                        "\", \"published\": \"" + pub + "T08:00:00Z\", \"title\": \"" +
                        JsonEscape(a.title) + "\", \"text\": \"" + JsonEscape(a.body) + "\"}\n");
          break;
        case 3:
          jsonl[o.slug] += "{\"id\": \"" + a.id + "\", \"source\": \"" + o.name +
                           "\", \"published\": \"" + pub + "\", \"title\": \"" +
                           JsonEscape(a.title) + "\", \"text\": \"" + JsonEscape(a.body) +
                           "\"}\n";
          break;
        default:
          WriteFile(out / (a.id + ".txt"), a.body);
          WriteFile(out / (a.id + ".meta.json"),
                    "{\"id\": \"" + a.id + "\", \"source\": \"" + o.name +
                        "\", \"published\": \"" + pub + "\", \"title\": \"" +
                        JsonEscape(a.title) + "\"}\n");
      }
    }
  }
  for (const auto& [slug, lines] : jsonl) WriteFile(out / (slug + ".jsonl"), lines);

  std::string exp = "{\n  \"description\": \"generated corpus: seed " +
                    std::to_string(opt.seed) + ", " + std::to_string(articles) +
                    " articles\",\n  \"contradictions\": [\n";
  for (size_t i = 0; i < contradictions.size(); ++i) {
    exp += ExpectationJson(contradictions[i]) + (i + 1 < contradictions.size() ? ",\n" : "\n");
  }
  exp += "  ],\n  \"must_not_flag\": [\n";
  for (size_t i = 0; i < must_not.size(); ++i) {
    exp += ExpectationJson(must_not[i]) + (i + 1 < must_not.size() ? ",\n" : "\n");
  }
  exp += "  ]\n}\n";
  WriteFile(out / "expected.json", exp);
  std::cerr << "claimcheck_gencorpus: " << articles << " articles, " << written
            << " bytes of text, " << contradictions.size() << " planted contradictions\n";
  return 0;
}
