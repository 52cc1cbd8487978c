/// @file frame_scores.cpp
/// @brief Frame scoring (frame_scores.h). Decisions the gold's README leaves open: score frames
/// ("a:b") need a score claim with both numbers in that order;
/// relative dates kept as written in undated articles accept any date claim on their span; a
/// date claim of unknown year compares in its EDTF form (XXXX-03-25), and one whose relative
/// words no reference date resolved (DateValue::unresolved) agrees with no written date; a
/// relative period kept as written accepts any period, or none.
#include "frame_scores.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <set>

#include "suyuan/core/utf8.h"

namespace suyuan::test {
namespace {

std::uint64_t fnv1a(const std::string& s) {
  std::uint64_t h = 14695981039346656037ull;  // FNV-1a 64 offset basis
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string group_of(const std::string& doc_id) { return doc_id.substr(0, doc_id.find('-')); }

std::size_t char_length(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

/// Character index of every byte offset of `text` (the offset of a continuation byte maps to
/// its character).
std::vector<std::size_t> char_index(const std::string& text) {
  std::vector<std::size_t> index(text.size() + 1);
  std::size_t chars = 0;
  for (std::size_t b = 0; b < text.size(); ++b) {
    if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80 && b > 0) ++chars;
    index[b] = b == 0 ? 0 : chars;
  }
  index[text.size()] = char_length(text);
  return index;
}

/// Character offset of `needle` in `hay` from character `from`, or npos.
std::size_t find_chars(const std::string& hay, const std::string& needle, std::size_t from_char) {
  std::size_t byte = 0, chars = 0;
  while (byte < hay.size() && chars < from_char) {
    byte += utf8::sequence_length(static_cast<unsigned char>(hay[byte]));
    ++chars;
  }
  const std::size_t at = hay.find(needle, byte);
  if (at == std::string::npos) return std::string::npos;
  return char_length(hay.substr(0, at));
}

bool numbers_agree(double a, double b) {
  if (std::fabs(b) < 1) return std::fabs(a - b) <= 0.005;
  return std::fabs(a - b) <= 0.005 * std::fabs(b);
}

/// "2025-07-02" against "2025-07": components compared where both have them; XXXX matches all.
bool dates_agree(const std::string& gold, const std::string& ours) {
  if (gold.empty() || ours.empty()) return true;
  const std::size_t n = std::min(gold.size(), ours.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (gold[i] == 'X' || ours[i] == 'X') continue;
    if (gold[i] != ours[i]) return false;
  }
  return true;
}

bool is_digit_date(const std::string& s) {
  return s.size() >= 4 && (std::isdigit(static_cast<unsigned char>(s[0])) || s[0] == 'X');
}

bool value_agrees(const nlohmann::json& gold, const nlohmann::json& frame, const Claim& claim) {
  const bool date_claim = claim.value.kind == ValueKind::DATE;
  if (frame.at("unit") == "date") {
    if (!date_claim) return false;
    const std::string g = gold.is_string() ? gold.get<std::string>() : "";
    if (!is_digit_date(g)) return true;  // kept as written: any date on the span
    const auto dots = g.find("..");
    const std::string lo = g.substr(0, dots);
    const std::string hi = dots == std::string::npos ? lo : g.substr(dots + 2);
    // A date of unknown year compares in its EDTF form (XXXX-03-25); relative words left
    // unresolved say no date to compare.
    const DateValue& v = claim.value.date;
    const std::string& d = !v.date.empty() ? v.date : v.partial;
    if (d.empty()) return false;
    const std::string& end = !v.date.empty() ? v.date_end : v.partial_end;
    const std::string& e = end.empty() ? d : end;
    return dates_agree(lo, d) || dates_agree(hi, d) || dates_agree(hi, e);
  }
  if (date_claim) return false;
  const auto& score = claim.value.figure;
  if (gold.is_string() && gold.get<std::string>().find(':') != std::string::npos) {
    // A score "a:b" agrees only with a score claim carrying both numbers.
    const std::string g = gold.get<std::string>();
    const auto colon = g.find(':');
    try {
      return claim.value.kind == ValueKind::SCORE && score.value && score.against &&
             *score.value == std::stod(g.substr(0, colon)) &&
             *score.against == std::stod(g.substr(colon + 1));
    } catch (const std::exception&) {
      return false;
    }
  }
  std::vector<double> ours;
  const auto& f = claim.value.figure;
  for (const auto& v : {f.value, f.min, f.max})
    if (v) ours.push_back(*v);
  std::vector<double> theirs;
  if (gold.is_number()) {
    theirs.push_back(gold.get<double>());
  } else if (gold.is_string()) {
    const std::string g = gold.get<std::string>();
    const auto dots = g.find("..");
    if (dots == std::string::npos) return false;  // scores "a:b"
    try {
      theirs = {std::stod(g.substr(0, dots)), std::stod(g.substr(dots + 2))};
    } catch (const std::exception&) {
      return false;
    }
  }
  for (double a : ours)
    for (double b : theirs)
      if (numbers_agree(a, b)) return true;
  return false;
}

/// Gold period → (start, end); `any_start` for as_of; nullopt for a relative period as written.
struct GoldPeriod {
  std::string start, end;
  bool any_start = false;
};
std::optional<GoldPeriod> parse_period(const std::string& p) {
  if (p.rfind("as_of:", 0) == 0) {
    const std::string x = p.substr(6);
    if (!is_digit_date(x)) return std::nullopt;
    return GoldPeriod{"", x, true};
  }
  if (!is_digit_date(p)) return std::nullopt;
  const auto q = p.find('Q');
  if (q != std::string::npos) {
    const int n = p[q + 1] - '0';
    char a[8], b[8];
    std::snprintf(a, sizeof a, "%02d", 3 * n - 2);
    std::snprintf(b, sizeof b, "%02d", 3 * n);
    return GoldPeriod{p.substr(0, 4) + "-" + a, p.substr(0, 4) + "-" + b, false};
  }
  const auto dots = p.find("..");
  if (dots != std::string::npos) return GoldPeriod{p.substr(0, dots), p.substr(dots + 2), false};
  return GoldPeriod{p, p, false};
}

bool contains(const std::string& hay, const std::string& needle) {
  return !needle.empty() && hay.find(needle) != std::string::npos;
}

struct Article {
  std::string text, reference;
};

}  // namespace

bool held_out(const std::string& doc_id) { return fnv1a(doc_id) % 3 == 0; }

std::map<std::string, FrameTally> score_frames(const std::filesystem::path& gold_file,
                                               const std::filesystem::path& news_dir,
                                               const Normalizer& normalizer,
                                               const Extractor& extractor,
                                               const std::filesystem::path& log) {
  auto fold = [&](const std::string& s) {
    std::string f = normalizer.fold_query(s);
    std::string out;
    for (char c : f) {
      if (c == ' ') continue;
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
    return out;
  };
  std::ifstream in(gold_file);
  std::map<std::string, FrameTally> tallies;
  if (!in) return tallies;
  std::vector<nlohmann::json> sentences;
  std::set<std::string> ids;
  std::map<std::string, std::string> source_file;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    sentences.push_back(nlohmann::json::parse(line));
    ids.insert(sentences.back()["doc_id"]);
    source_file[sentences.back()["doc_id"]] = sentences.back()["source_file"];
  }
  // The articles, as the gold's offsets count them: (title or "") + "\n\n" + text.
  std::map<std::string, Article> articles;
  std::set<std::string> files;
  for (const auto& [id, file] : source_file) files.insert(file);
  for (const auto& file : files) {
    std::ifstream news(news_dir / file);
    for (std::string line; std::getline(news, line);) {
      const auto id_at = line.find("\"id\": \"");
      if (id_at == std::string::npos) continue;
      const std::string id = line.substr(id_at + 7, line.find('"', id_at + 7) - id_at - 7);
      if (!ids.count(id)) continue;
      const auto j = nlohmann::json::parse(line);
      Article a;
      a.text = (j["title"].is_string() ? j["title"].get<std::string>() : "") + "\n\n" +
               j["text"].get<std::string>();
      if (j["date"].is_string()) a.reference = j["date"].get<std::string>().substr(0, 10);
      if (id.rfind("xwlb-", 0) == 0)
        a.reference = id.substr(5, 4) + "-" + id.substr(9, 2) + "-" + id.substr(11, 2);
      articles[id] = std::move(a);
    }
  }
  std::map<std::string, std::vector<Claim>> claims_of;
  std::map<std::string, std::vector<std::size_t>> chars_of;
  for (const auto& [id, article] : articles) {
    const auto document = normalizer.normalize(article.text, SourceFormat::TEXT);
    ExtractOptions options;
    options.reference_date = article.reference;
    claims_of[id] = extractor.extract(document, article.text, options).claims;
    chars_of[id] = char_index(article.text);
  }
  std::map<std::string, std::set<std::size_t>> used;  // claim indexes per doc
  std::ofstream misses;
  if (!log.empty()) misses.open(log);
  for (const auto& s : sentences) {
    const std::string id = s["doc_id"];
    if (!articles.count(id)) continue;
    const std::string split = held_out(id) ? "held-out" : "dev";
    std::vector<FrameTally*> t = {&tallies[split + " " + group_of(id)], &tallies[split + " all"]};
    const std::string sentence = s["sentence"];
    const std::size_t s_begin = s["sentence_start_char"];
    const std::size_t s_end = s_begin + char_length(sentence);
    const auto& claims = claims_of[id];
    const auto& chars = chars_of[id];
    std::set<std::size_t> in_sentence, matched_here;
    for (std::size_t k = 0; k < claims.size(); ++k) {
      const std::size_t c = chars[claims[k].value_raw.begin];
      if (c >= s_begin && c < s_end) in_sentence.insert(k);
    }
    std::size_t from = 0;
    for (const auto& frame : s["frames"]) {
      for (auto* x : t) ++x->frames;
      const std::string value_text = frame["value_text"];
      std::size_t at = find_chars(sentence, value_text, from);
      if (at == std::string::npos) at = find_chars(sentence, value_text, 0);
      from = at + char_length(value_text);
      const std::size_t g_begin = s_begin + at, g_end = g_begin + char_length(value_text);
      const Claim* hit = nullptr;
      for (std::size_t k : in_sentence) {
        if (used[id].count(k)) continue;
        const std::size_t c_begin = chars[claims[k].value_raw.begin];
        const std::size_t c_end = chars[claims[k].value_raw.end];
        if (c_end <= g_begin || c_begin >= g_end) continue;
        if (!value_agrees(frame["value"], frame, claims[k])) continue;
        used[id].insert(k);
        matched_here.insert(k);
        hit = &claims[k];
        break;
      }
      if (!hit) {
        misses << id << "\tMISS\t" << value_text << "\t" << sentence << "\n";
        continue;
      }
      const std::string subject_text = fold(hit->subject_text);
      const std::string anchor = fold(frame["subject_anchor"]);
      const bool subject_ok = contains(subject_text, anchor) || contains(hit->subject, anchor) ||
                              contains(anchor, subject_text);
      const std::string metric_anchor = fold(frame["metric_anchor"]);
      const std::string metric_text = fold(hit->metric_text);
      const bool metric_ok = metric_anchor.empty() ||
                             contains(subject_text + metric_text, metric_anchor) ||
                             contains(metric_anchor, metric_text);
      const std::string gold_period = frame["period"];
      bool period_ok;
      if (gold_period.empty()) {
        period_ok = !hit->period;
      } else if (auto p = parse_period(gold_period)) {
        period_ok = hit->period && (p->any_start || dates_agree(p->start, hit->period->start)) &&
                    dates_agree(p->end, hit->period->end) && !hit->period->end.empty();
      } else {
        period_ok = true;  // relative, kept as written in an undated article
      }
      const bool modality_ok = frame["modality"] == std::string(name_of(hit->modality));
      const bool approx_ok = hit->value.kind == ValueKind::DATE ||
                             frame["approx"] == std::string(name_of(hit->value.figure.approx)) ||
                             (frame["approx"] == "range" && hit->value.figure.min.has_value());
      // source: none on both sides, or the folded anchor and the name as written (or the
      // source's key: an entity id, "anonymous") contain one another.
      const std::string source_anchor = fold(frame.value("source_anchor", ""));
      const std::string source_name = hit->attribution ? fold(hit->attribution->name) : "";
      const std::string source_key = hit->attribution ? fold(hit->attribution->source) : "";
      const bool source_ok =
          source_anchor.empty()
              ? !hit->attribution
              : hit->attribution &&
                    (contains(source_name, source_anchor) || contains(source_key, source_anchor) ||
                     (!source_name.empty() && contains(source_anchor, source_name)));
      // scope: none on both sides, or the gold scope is in the claim's scope or subject (a
      // segment may stay with either: 游戏业务收入), or holds the claim's scope.
      const std::string gold_scope = fold(frame.value("scope", ""));
      const std::string scope = fold(hit->scope);
      const bool scope_ok = gold_scope.empty() ? scope.empty()
                                               : contains(scope + "|" + subject_text, gold_scope) ||
                                                     contains(gold_scope, scope);
      for (auto* x : t) {
        ++x->found;
        x->source += source_ok;
        x->scope += scope_ok;
        x->subject += subject_ok;
        x->metric += metric_ok;
        x->period += period_ok;
        x->modality += modality_ok;
        x->approx += approx_ok;
      }
      misses << id << "\tHIT\t" << value_text << "\tsubject " << (subject_ok ? "ok" : "WRONG")
             << " [" << hit->subject_text << " | gold "
             << frame["subject_anchor"].get<std::string>() << "]\tmetric "
             << (metric_ok ? "ok" : "WRONG") << " [" << hit->metric_text << " | gold "
             << frame["metric_anchor"].get<std::string>() << "]\tperiod "
             << (period_ok ? "ok" : "WRONG") << " ["
             << (hit->period ? hit->period->start + ".." + hit->period->end : "null") << " | gold "
             << gold_period << "]\tsource " << (source_ok ? "ok" : "WRONG") << " ["
             << (hit->attribution ? hit->attribution->name : std::string()) << " | gold "
             << frame.value("source_anchor", "") << "]\tscope " << (scope_ok ? "ok" : "WRONG")
             << " [" << hit->scope << " | gold " << frame.value("scope", "") << "]\n";
    }
    for (std::size_t k : in_sentence) {
      for (auto* x : t) ++x->claims;
      if (matched_here.count(k)) {
        for (auto* x : t) ++x->matched_claims;
      } else {
        misses << id << "\tEXTRA\t" << claims[k].sentence.substr(0, 0)
               << to_json(claims[k].value).dump() << "\t" << claims[k].subject_text << "\t"
               << sentence << "\n";
      }
    }
  }
  return tallies;
}

}  // namespace suyuan::test
