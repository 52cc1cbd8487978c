/// @file claim_cache.cpp
/// @brief The claim table of a revision, the docid-set posting source, the shared caches.
#include "claim_cache.h"

#include <algorithm>

#include "claim_query.h"
#include "suyuan/core/utf8.h"
#include "suyuan/index/schema.h"

namespace suyuan {
namespace {

std::vector<std::string> split_uuids(const std::string& joined) {
  // A combined database's UUID is its shards' joined by ':' (Xapian::Database::get_uuid).
  std::vector<std::string> out;
  for (std::size_t begin = 0; begin <= joined.size();) {
    std::size_t end = joined.find(':', begin);
    if (end == std::string::npos) end = joined.size();
    out.push_back(joined.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

/// Iterates over the docids of one shard out of a sorted list of combined docids.
class DocidSetSource : public Xapian::PostingSource {
 public:
  DocidSetSource(std::shared_ptr<const std::vector<Xapian::docid>> combined,
                 std::vector<std::string> shard_uuids)
      : combined_(std::move(combined)), shard_uuids_(std::move(shard_uuids)) {
    set_maxweight(0);
    local_ = *combined_;  // one shard: combined docids are the shard's
  }

  PostingSource* clone() const override { return new DocidSetSource(combined_, shard_uuids_); }

  void init(const Xapian::Database& db) override {
    const std::size_t shards = shard_uuids_.size();
    if (shards > 1) {
      const auto found = std::find(shard_uuids_.begin(), shard_uuids_.end(), db.get_uuid());
      if (found == shard_uuids_.end())
        throw Xapian::InvalidArgumentError("docid set of another database");
      const std::size_t shard = static_cast<std::size_t>(found - shard_uuids_.begin());
      local_.clear();
      for (Xapian::docid d : *combined_) {
        if ((d - 1) % shards == shard) local_.push_back((d - 1) / shards + 1);
      }
    }
    at_ = 0;
    started_ = false;
  }

  Xapian::doccount get_termfreq_min() const override { return local_.size(); }
  Xapian::doccount get_termfreq_est() const override { return local_.size(); }
  Xapian::doccount get_termfreq_max() const override { return local_.size(); }

  void next(double) override {
    if (started_) {
      ++at_;
    } else {
      started_ = true;
    }
  }
  void skip_to(Xapian::docid did, double) override {
    started_ = true;
    at_ = static_cast<std::size_t>(std::lower_bound(local_.begin() + at_, local_.end(), did) -
                                   local_.begin());
  }
  bool at_end() const override { return started_ && at_ >= local_.size(); }
  Xapian::docid get_docid() const override { return local_[at_]; }
  std::string get_description() const override {
    return "DocidSetSource(" + std::to_string(combined_->size()) + ")";
  }

 private:
  std::shared_ptr<const std::vector<Xapian::docid>> combined_;
  std::vector<std::string> shard_uuids_;
  std::vector<Xapian::docid> local_;
  std::size_t at_ = 0;
  bool started_ = false;
};

}  // namespace

ClaimTable::ClaimTable(const Xapian::Database& database)
    : shard_uuids_(split_uuids(database.get_uuid())) {
  // Claim documents hold their sentence's key in the slot, articles their sentence list.
  std::unordered_map<std::string, std::uint32_t> by_key;
  std::vector<std::pair<Xapian::docid, std::string>> claim_keys;
  const auto end = database.valuestream_end(schema::SLOT_CLAIM_SENTENCES);
  for (auto it = database.valuestream_begin(schema::SLOT_CLAIM_SENTENCES); it != end; ++it) {
    const std::string value = *it;
    if (value.find(schema::CLAIM_SENTENCE_KEY_END) == std::string::npos) {
      claim_keys.emplace_back(it.get_docid(), value);
      continue;
    }
    std::vector<std::uint32_t>& list = article_sentences_[it.get_docid()];
    for (std::size_t begin = 0; begin < value.size();) {
      std::size_t stop = value.find(schema::CLAIM_SENTENCE_END, begin);
      if (stop == std::string::npos) stop = value.size();
      const std::string_view record = std::string_view(value).substr(begin, stop - begin);
      begin = stop + 1;
      const std::size_t split = record.find(schema::CLAIM_SENTENCE_KEY_END);
      if (split == std::string_view::npos) continue;  // not what the index stage writes
      std::string key(record.substr(0, split));
      const auto index = static_cast<std::uint32_t>(sentences_.size());
      const auto [at, added] = by_key.emplace(key, index);
      list.push_back(at->second);
      if (!added) continue;
      const std::string_view folded = record.substr(split + 1);
      sentences_.push_back({std::move(key),
                            std::string(folded),
                            {},
                            it.get_docid(),
                            static_cast<std::uint32_t>(sentence_length(folded))});
      for (std::size_t at_byte = 0; at_byte < folded.size();) {
        const char32_t cp = utf8::decode(folded, at_byte);
        if (!is_han_term_character(cp)) continue;
        std::vector<std::uint32_t>& holding = by_character_[cp];
        if (holding.empty() || holding.back() != index) holding.push_back(index);
      }
    }
  }
  for (auto& [docid, key] : claim_keys) {
    const auto found = by_key.find(key);
    if (found == by_key.end()) continue;                // its article lists no such sentence
    sentences_[found->second].claims.push_back(docid);  // the stream is in docid order
    claim_sentence_.emplace(docid, found->second);
  }
}

std::shared_ptr<const ClaimTable::TextMatch> ClaimTable::text_match(const std::string& key) const {
  std::lock_guard lock(text_matches_mutex_);
  const auto found = text_match_index_.find(key);
  if (found == text_match_index_.end()) return nullptr;
  text_matches_.splice(text_matches_.begin(), text_matches_, found->second);
  return found->second->second;
}

void ClaimTable::keep_text_match(const std::string& key,
                                 std::shared_ptr<const TextMatch> match) const {
  const std::size_t size = match->claims->size() + match->weights.size() + 1;
  if (size > MAX_TEXT_MATCH_DOCIDS) return;
  std::lock_guard lock(text_matches_mutex_);
  if (text_match_index_.count(key)) return;  // another searcher matched it meanwhile
  text_matches_.emplace_front(key, std::move(match));
  text_match_index_.emplace(text_matches_.front().first, text_matches_.begin());
  text_match_docids_ += size;
  while (text_match_docids_ > MAX_TEXT_MATCH_DOCIDS) {
    const auto& last = text_matches_.back();
    text_match_docids_ -= last.second->claims->size() + last.second->weights.size() + 1;
    text_match_index_.erase(last.first);
    text_matches_.pop_back();
  }
}

Xapian::Query docid_set_query(std::shared_ptr<const std::vector<Xapian::docid>> docids,
                              const std::vector<std::string>& shard_uuids) {
  if (docids->empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query((new DocidSetSource(std::move(docids), shard_uuids))->release());
}

const ClaimTable* RevisionCache::table(const Xapian::Database& database) {
  if (!local_) return nullptr;
  std::lock_guard lock(table_mutex_);  // the other readers of this revision wait for it
  if (!table_) table_ = std::make_shared<const ClaimTable>(database);
  return table_.get();
}

void RevisionCache::inherit(RevisionCache& previous,
                            const std::function<std::vector<Xapian::docid>()>& claim_docids) {
  if (&previous == this || !local_) return;
  {
    std::lock_guard lock(claims_mutex_);
    if (inherited_) return;
    inherited_ = true;
  }
  std::vector<std::pair<Xapian::docid, std::shared_ptr<const CitedClaim>>> kept;
  {
    std::lock_guard lock(previous.claims_mutex_);
    kept.assign(previous.decoded_.begin(), previous.decoded_.end());
  }
  if (kept.empty()) return;
  const std::vector<Xapian::docid> current = claim_docids();
  std::lock_guard lock(claims_mutex_);
  for (auto& [docid, claim] : kept) {
    if (decoded_.size() >= MAX_DECODED_CLAIMS) break;
    if (std::binary_search(current.begin(), current.end(), docid))
      decoded_.emplace(docid, std::move(claim));
  }
}

std::shared_ptr<const std::string> RevisionCache::response(
    const std::string& key, const std::function<std::string()>& compute) {
  if (!local_) return std::make_shared<const std::string>(compute());
  std::promise<std::shared_ptr<const std::string>> promise;
  PendingResponse computed_elsewhere;
  {
    std::lock_guard lock(responses_mutex_);
    if (const auto kept = response_index_.find(key); kept != response_index_.end()) {
      responses_.splice(responses_.begin(), responses_, kept->second);
      return kept->second->second;
    }
    if (auto pending = computing_.find(key); pending != computing_.end()) {
      computed_elsewhere = pending->second;
    } else {
      computing_.emplace(key, promise.get_future().share());
    }
  }
  if (computed_elsewhere.valid()) return computed_elsewhere.get();  // its error is thrown too
  std::shared_ptr<const std::string> text;
  try {
    text = std::make_shared<const std::string>(compute());
  } catch (...) {
    promise.set_exception(std::current_exception());
    std::lock_guard lock(responses_mutex_);
    computing_.erase(key);
    throw;
  }
  promise.set_value(text);
  keep_response(key, text);
  return text;
}

void RevisionCache::keep_response(const std::string& key, std::shared_ptr<const std::string> text) {
  std::lock_guard lock(responses_mutex_);
  computing_.erase(key);
  if (text->size() + key.size() > MAX_RESPONSE_BYTES || response_index_.count(key)) return;
  response_bytes_ += key.size() + text->size();
  responses_.emplace_front(key, std::move(text));
  response_index_.emplace(responses_.front().first, responses_.begin());
  while (response_bytes_ > MAX_RESPONSE_BYTES) {
    response_bytes_ -= responses_.back().first.size() + responses_.back().second->size();
    response_index_.erase(responses_.back().first);
    responses_.pop_back();
  }
}

std::shared_ptr<RevisionCache> SharedClaimCache::at(const std::string& revision, bool local) {
  std::lock_guard lock(mutex_);
  for (auto it = revisions_.begin(); it != revisions_.end();) {
    it = it->second.expired() ? revisions_.erase(it) : std::next(it);
  }
  std::weak_ptr<RevisionCache>& slot = revisions_[revision];
  std::shared_ptr<RevisionCache> cache = slot.lock();
  if (!cache) {
    cache = std::make_shared<RevisionCache>(local);
    slot = cache;
  }
  return cache;
}

}  // namespace suyuan
