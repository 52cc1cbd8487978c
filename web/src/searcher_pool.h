/// @file searcher_pool.h
/// @brief Read-only searchers shared by the server's worker threads without a global lock: each
/// request borrows one (with its own Xapian database handle) and gives it back.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "suyuan/search/searcher.h"

namespace suyuan {

class Normalizer;
class Gazetteer;

/**
 * Hands out Searchers, opening another one only when every open one is in use, so there are at
 * most as many as requests ever ran at once. With `max_active` > 0 at most that many are out at
 * once and further requests wait their turn, first come first served: on a machine with few
 * cores, 16 searches sharing 2 cores make a 5 ms search take 40 ms, while in turn it waits for
 * the few ahead of it and then runs at full speed. A borrowed searcher looks for a newer commit of
 * the index at most every `reopen_interval` (Xapian's reopen() is a file read, cheap but not
 * free); between checks it answers from the revision it has, which stays readable while an
 * indexer writes.
 */
class SearcherPool {
 public:
  SearcherPool(DatabaseSource database, const Normalizer& normalizer, const Gazetteer* gazetteer,
               std::chrono::milliseconds reopen_interval = std::chrono::milliseconds(100),
               std::size_t max_active = 0);
  SearcherPool(const SearcherPool&) = delete;
  SearcherPool& operator=(const SearcherPool&) = delete;
  ~SearcherPool();

  /// A searcher for the duration of one request; goes back to the pool when destroyed.
  class Lease {
   public:
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Searcher& operator*() const { return entry_->searcher; }
    Searcher* operator->() const { return &entry_->searcher; }
    /// Reopens now: the index changed under a running search (Error UNAVAILABLE).
    void reopen_now();

   private:
    friend class SearcherPool;
    struct Entry {
      Searcher searcher;
      std::chrono::steady_clock::time_point checked;
    };
    Lease(SearcherPool& pool, std::unique_ptr<Entry> entry)
        : pool_(&pool), entry_(std::move(entry)) {}
    SearcherPool* pool_;
    std::unique_ptr<Entry> entry_;
  };

  /// Waits for its turn when `max_active` searchers are out. Throws Error(NOT_FOUND/
  /// CORRUPT_INDEX) when a new searcher cannot open the database, and Error(UNAVAILABLE) when
  /// it cannot be reopened.
  Lease acquire();

  /// Searchers opened so far (at most the number of concurrent requests seen).
  std::size_t opened() const;

 private:
  DatabaseSource database_;  ///< a local directory or xapian-tcpsrv shards
  const Normalizer& normalizer_;
  const Gazetteer* gazetteer_;
  /// Per index revision, what the searchers keep for claim queries (searcher.h).
  std::shared_ptr<SharedClaimCache> claim_cache_ = make_shared_claim_cache();
  std::chrono::milliseconds reopen_interval_;
  void release(std::unique_ptr<Lease::Entry> entry);

  std::thread warmer_;  ///< builds the claim table of the revision opened at startup

  mutable std::mutex mutex_;  ///< guards the fields below, never a search
  std::vector<std::unique_ptr<Lease::Entry>> idle_;
  std::size_t opened_ = 0;
  std::size_t max_active_;  ///< 0: no limit
  std::size_t active_ = 0;  ///< searchers out
  /// Turns: a request takes the next ticket and goes when it is served and a searcher is free.
  std::uint64_t next_ticket_ = 0;
  std::uint64_t serving_ = 0;
  std::condition_variable turn_;
};

}  // namespace suyuan
