/// @file claim_cache.h
/// @brief What the claim routes keep per index revision, shared by every Searcher of one
/// database (private to the search stage): the claim join's table and the decoded claims.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <future>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "suyuan/index/reposts.h"
#include "suyuan/search/cross_check.h"
#include "suyuan/search/searcher.h"

namespace suyuan {

/**
 * The claim sentences of a local database at one revision, read once from the
 * SLOT_CLAIM_SENTENCES value stream (schema.h): each article's distinct claim sentences (key and
 * folded text) and, for each sentence, the claim documents that quote it. A claim query's text
 * is then joined in memory — the matching articles' sentences, then their claims — instead of
 * reading every matching article's value and looking one PREFIX_CLAIM_SENTENCE term up per
 * matching sentence (claim_query.h).
 */
class ClaimTable {
 public:
  struct Sentence {
    std::string key;     ///< "doc_id@first raw byte", the claims' PREFIX_CLAIM_SENTENCE value
    std::string folded;  ///< folded as queries are
    std::vector<Xapian::docid> claims;  ///< ascending
    Xapian::docid article = 0;
    std::uint32_t length = 0;  ///< in positions (sentence_length())
  };

  /// Reads the value stream of `database` (combined docids of all its shards).
  explicit ClaimTable(const Xapian::Database& database);

  /// The sentences of an article (indexes into sentence()), or nullptr when it has none.
  const std::vector<std::uint32_t>* sentences_of(Xapian::docid article) const {
    auto it = article_sentences_.find(article);
    return it == article_sentences_.end() ? nullptr : &it->second;
  }
  const Sentence& sentence(std::uint32_t index) const { return sentences_[index]; }
  /// The sentence of a claim document (NO_SENTENCE when it is none).
  std::uint32_t sentence_of(Xapian::docid claim) const {
    auto it = claim_sentence_.find(claim);
    return it == claim_sentence_.end() ? NO_SENTENCE : it->second;
  }
  static constexpr std::uint32_t NO_SENTENCE = 0xffffffff;
  /// The sentences holding the Han (or kana) character `cp`, ascending; nullptr for none.
  const std::vector<std::uint32_t>* sentences_with(char32_t cp) const {
    auto it = by_character_.find(cp);
    return it == by_character_.end() ? nullptr : &it->second;
  }
  /// The shards' UUIDs in shard order (a combined docid d is docid (d-1)/n+1 of shard (d-1)%n).
  const std::vector<std::string>& shard_uuids() const { return shard_uuids_; }

  std::size_t sentence_count() const { return sentences_.size(); }

  /// What a text part of a claim query matched in this revision (claim_query.h): the claims of
  /// its sentences and, when it counts towards the rank, each sentence's weight. Matching a
  /// part reads every candidate sentence, the bulk of a claim query: it is done once per
  /// revision and text part, and shared by the searchers of the revision.
  struct TextMatch {
    std::shared_ptr<const std::vector<Xapian::docid>> claims;  ///< ascending
    std::vector<std::pair<std::uint32_t, double>> weights;     ///< sentence index, weight
  };
  /// The match kept under `key` (the part's description and sign), or nullptr.
  std::shared_ptr<const TextMatch> text_match(const std::string& key) const;
  /// Keeps a match (the least recently used dropped beyond MAX_TEXT_MATCH_DOCIDS claims).
  void keep_text_match(const std::string& key, std::shared_ptr<const TextMatch> match) const;
  static constexpr std::size_t MAX_TEXT_MATCH_DOCIDS = 4u << 20;  // 16 MB of docids

 private:
  mutable std::mutex text_matches_mutex_;
  /// Most recently used first; the docids they hold.
  mutable std::list<std::pair<std::string, std::shared_ptr<const TextMatch>>> text_matches_;
  mutable std::unordered_map<
      std::string_view,
      std::list<std::pair<std::string, std::shared_ptr<const TextMatch>>>::iterator>
      text_match_index_;
  mutable std::size_t text_match_docids_ = 0;

  std::unordered_map<Xapian::docid, std::vector<std::uint32_t>> article_sentences_;
  std::vector<Sentence> sentences_;
  std::unordered_map<Xapian::docid, std::uint32_t> claim_sentence_;
  /// Han character → the sentences that hold it: what a Han term or phrase can match.
  std::unordered_map<char32_t, std::vector<std::uint32_t>> by_character_;
  std::vector<std::string> shard_uuids_;
};

/// A fixed set of combined docids as a Xapian query part (local databases only: xapian-tcpsrv
/// cannot run a posting source of ours). Each shard's clone keeps the docids that are its own.
Xapian::Query docid_set_query(std::shared_ptr<const std::vector<Xapian::docid>> docids,
                              const std::vector<std::string>& shard_uuids);

/**
 * What is kept for one revision of a database. Claim documents are never changed in place (the
 * index stage deletes an article's claims and adds the new ones: a docid names one claim for
 * the database's lifetime), so a decoded claim stays valid as long as its docid is read; the
 * table depends on the articles too and is built only for a revision named exactly (local
 * databases, whose parts tell their revision).
 */
class RevisionCache {
 public:
  /// `local`: the database is read in-process (the table and the posting source can be used).
  explicit RevisionCache(bool local) : local_(local) {}

  /// The claim table of this revision, read from `database` the first time (nullptr for a
  /// remote database). Throws Xapian errors through (the next call tries again).
  const ClaimTable* table(const Xapian::Database& database);
  /// Whether the table is built.
  bool has_table() {
    std::lock_guard lock(table_mutex_);
    return table_ != nullptr;
  }

  /// The decoded claims of these docids (fetched and decoded once, then shared). `fetch`
  /// decodes a docid's data when it is not kept yet.
  template <typename Fetch>
  std::vector<std::shared_ptr<const CitedClaim>> claims(const std::vector<Xapian::docid>& docids,
                                                        Fetch&& fetch);

  /// At most this many decoded claims are kept per revision (~1.5 KB each): a larger index
  /// decodes the rest on every request.
  static constexpr std::size_t MAX_DECODED_CLAIMS = 200000;

  /// Takes over the claims `previous` — an earlier revision of the same database — decoded
  /// that are still in this one (`claim_docids()`: this revision's claim docids, ascending): a
  /// docid names one claim for the database's lifetime, so a commit that changed 100 articles
  /// leaves the others' claims to be decoded again by no one. Done once per revision (by the
  /// first searcher that moves to it; the others return at once).
  void inherit(RevisionCache& previous,
               const std::function<std::vector<Xapian::docid>()>& claim_docids);

 private:
  bool local_;
  std::mutex table_mutex_;
  std::shared_ptr<const ClaimTable> table_;
  std::mutex claims_mutex_;
  std::unordered_map<Xapian::docid, std::shared_ptr<const CitedClaim>> decoded_;
  bool inherited_ = false;  ///< inherit() ran (guarded by claims_mutex_)
  std::mutex clusters_mutex_;
  std::shared_ptr<const std::vector<RepostCluster>> clusters_;
  std::mutex responses_mutex_;
  /// Responses by key, most recently used first, and the bytes they hold.
  std::list<std::pair<std::string, std::shared_ptr<const std::string>>> responses_;
  /// The entries of responses_ by key (a kept check answer is ~1 KB: thousands of them).
  std::unordered_map<std::string_view, decltype(responses_)::iterator> response_index_;
  std::size_t response_bytes_ = 0;

 public:
  /// The re-post clusters of this revision (read with `read` the first time; remote shards
  /// tell no revision exactly, so they are read every time).
  template <typename Read>
  std::shared_ptr<const std::vector<RepostCluster>> clusters(Read&& read) {
    if (!local_) return std::make_shared<const std::vector<RepostCluster>>(read());
    std::lock_guard lock(clusters_mutex_);
    if (!clusters_) clusters_ = std::make_shared<const std::vector<RepostCluster>>(read());
    return clusters_;
  }

  /// At most this many bytes of responses are kept per revision.
  static constexpr std::size_t MAX_RESPONSE_BYTES = 16 << 20;

  /// The response kept under `key`, else `compute()`'s, kept (local databases only; the least
  /// recently used dropped beyond MAX_RESPONSE_BYTES). Requests for a key that is being
  /// computed wait for that computation instead of computing it again (and get its error, if
  /// it fails). A remote database keeps none: its revision is not named exactly.
  std::shared_ptr<const std::string> response(const std::string& key,
                                              const std::function<std::string()>& compute);

 private:
  using PendingResponse = std::shared_future<std::shared_ptr<const std::string>>;
  /// Responses being computed, by key (guarded by responses_mutex_).
  std::unordered_map<std::string, PendingResponse> computing_;
  void keep_response(const std::string& key, std::shared_ptr<const std::string> text);
};

template <typename Fetch>
std::vector<std::shared_ptr<const CitedClaim>> RevisionCache::claims(
    const std::vector<Xapian::docid>& docids, Fetch&& fetch) {
  std::vector<std::shared_ptr<const CitedClaim>> out(docids.size());
  std::vector<std::size_t> missing;
  {
    std::lock_guard lock(claims_mutex_);
    for (std::size_t i = 0; i < docids.size(); ++i) {
      auto it = decoded_.find(docids[i]);
      if (it == decoded_.end()) {
        missing.push_back(i);
      } else {
        out[i] = it->second;
      }
    }
  }
  if (missing.empty()) return out;
  // Decoding (zlib and JSON) is the expensive part: outside the lock.
  for (std::size_t i : missing) out[i] = std::make_shared<const CitedClaim>(fetch(docids[i]));
  std::lock_guard lock(claims_mutex_);
  for (std::size_t i : missing) {
    if (decoded_.size() >= MAX_DECODED_CLAIMS) break;
    decoded_.emplace(docids[i], out[i]);
  }
  return out;
}

/**
 * The RevisionCaches of one database, by revision (see revision_key()): the Searchers of a
 * server's pool share one, so a revision's table is read and its claims decoded once, not once
 * per searcher. A revision's cache lives while a searcher reads that revision.
 */
class SharedClaimCache {
 public:
  std::shared_ptr<RevisionCache> at(const std::string& revision, bool local);

 private:
  std::mutex mutex_;
  std::map<std::string, std::weak_ptr<RevisionCache>> revisions_;
};

}  // namespace suyuan
