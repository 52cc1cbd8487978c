/// @file repost_tracker.h
/// @brief Finds the copies of each article as a build adds it and keeps the re-post clusters in
/// the database (private to the index stage: it works on Xapian documents).
#pragma once

#include <xapian.h>

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "suyuan/index/reposts.h"
#include "suyuan/index/stored_document.h"
#include "suyuan/index/stored_metadata.h"

namespace suyuan {

/**
 * One per build. Adding an article costs one lookup: its term anchors (the sparser sample of
 * RepostRules::anchor_term_window) are boolean terms of its document, so the copies among
 * committed articles are one Xapian query on the last commit
 * (a reader: querying the writer would flush its pending changes every time), and the copies
 * among this build's articles one probe of an in-memory anchor table. Candidates are confirmed
 * on the exact shingle sets. finish() groups the confirmed links into clusters, picks each
 * origin, marks the members' documents with the cluster (collapse value and filter term) and
 * stores the clusters as database metadata: all of it lands in the build's one commit.
 */
class RepostTracker {
 public:
  /// The writer of a shard, ready for this thread to use (the build's shard writers run on their
  /// own threads: this waits until the shard's thread has written what it was given).
  using WriterAccess = std::function<Xapian::WritableDatabase&(std::size_t shard)>;

  /// `shards`: the build's databases (one, or the shards in shard order) and their writers.
  RepostTracker(const RepostRules& rules, const std::vector<std::filesystem::path>& shards,
                WriterAccess writer);

  /// Adds the anchor terms of `normalized` to `doc` and returns the anchors (thread-safe: the
  /// build's workers call it).
  static Anchors add_anchor_terms(const RepostRules& rules, const std::string& normalized,
                                  Xapian::Document& doc);

  /// The article with this doc_id is being replaced or removed: drop its links.
  void forget(const std::string& doc_id);

  /// Links the article (its anchors from add_anchor_terms) to its copies.
  void add(const StoredOrigin& article, const std::string& normalized, const Anchors& anchors);

  /// The shard and Xapian docid `doc_id` was added or replaced under (after add()).
  void placed(const std::string& doc_id, std::size_t shard, Xapian::docid id);

  /// Clusters, collapse values and stored state, before each commit: the clusters always
  /// match the committed documents.
  void finish();

  /// After each commit: the reader moves to the new revision (a writer keeps only the last
  /// two, so an older reader would fail).
  void committed();

 private:
  struct Member {
    StoredOrigin origin;
    std::vector<CitedSource> cites;
  };
  /// An article of this build. Its text and metadata are read back from the writer when
  /// needed (document data is written at once; only posting lists wait for the commit).
  struct Fresh {
    std::string doc_id;
    std::size_t anchors = 0;
    std::size_t shard = 0;
    Xapian::docid id = 0;
    bool forgotten = false;
  };
  /// Where a document lives: shard and that shard's docid (id 0: nowhere).
  struct Location {
    std::size_t shard = 0;
    Xapian::docid id = 0;
  };
  /// Anchor → articles of this build: an open-addressing table of (anchor key, article)
  /// pairs, 8 bytes each, an anchor's articles in consecutive probes. An anchor in more than
  /// `limit` articles is boilerplate: it keeps limit + 1 of them, enough to say so.
  class AnchorTable {
   public:
    explicit AnchorTable(std::size_t limit) : limit_(limit) {}
    /// Calls visit(article) for each article holding `anchor`, unless more than the limit do.
    template <typename Visit>
    void find(std::uint64_t anchor, Visit&& visit) const {
      if (slots_.empty()) return;
      const std::uint32_t key = anchor_key(anchor);
      std::size_t n = 0;
      for (std::size_t i = slot_of(key); slots_[i].article != 0; i = (i + 1) & mask()) {
        if (slots_[i].key == key) ++n;
      }
      if (n > limit_) return;
      for (std::size_t i = slot_of(key); slots_[i].article != 0; i = (i + 1) & mask()) {
        if (slots_[i].key == key) visit(slots_[i].article - 1);
      }
    }
    void add(std::uint64_t anchor, std::uint32_t article);

   private:
    struct Slot {
      std::uint32_t key = 0;
      std::uint32_t article = 0;  ///< article index + 1; 0: empty
    };
    std::size_t mask() const { return slots_.size() - 1; }
    std::size_t slot_of(std::uint32_t key) const {
      return static_cast<std::size_t>(key * 0x9E3779B1u) & mask();
    }
    void grow();
    std::vector<Slot> slots_;
    std::size_t used_ = 0;
    std::size_t limit_;
  };
  using Link = std::pair<std::string, std::string>;  ///< doc ids, first < second

  void load_state();
  void open_snapshot();
  void link(const std::string& a, const std::string& b, const Overlap& a_vs_b);
  const std::vector<std::uint64_t>& shingles_of(const std::string& doc_id);
  /// The stored data of an article of this build or of the last commit.
  StoredDocumentData stored_data(const std::string& doc_id);
  Member member_info(const std::string& doc_id);
  Location location_of(const std::string& doc_id);
  std::vector<RepostCluster> build_clusters();

  const RepostRules& rules_;
  std::vector<std::filesystem::path> shards_;
  WriterAccess writer_;
  Xapian::Database snapshot_;  ///< the last commit of every shard, as one, for lookups
  bool snapshot_empty_ = true;
  bool committed_before_ = false;  ///< the databases held articles when the build started
  std::map<Link, Overlap> links_;  ///< oriented first → second
  std::map<std::string, Member> members_;
  /// doc id → origin id its document is marked with in the database (absent: unmarked).
  std::map<std::string, std::string> marked_;
  std::set<std::string> forgotten_;
  std::vector<Fresh> fresh_;
  std::unordered_map<std::string, std::size_t> fresh_index_;
  AnchorTable fresh_anchors_;
  /// Shingle sets of the articles compared since the last commit (emptied by each finish():
  /// kept for the whole build, they were ~20 MB on the news corpus).
  std::unordered_map<std::string, std::vector<std::uint64_t>> shingle_cache_;
};

}  // namespace suyuan
