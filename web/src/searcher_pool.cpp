/// @file searcher_pool.cpp
/// @brief Borrow/return of per-request searchers; reopening at most every interval.
#include "searcher_pool.h"

namespace suyuan {

SearcherPool::SearcherPool(DatabaseSource database, const Normalizer& normalizer,
                           const Gazetteer* gazetteer, std::chrono::milliseconds reopen_interval,
                           std::size_t max_active)
    : database_(std::move(database)),
      normalizer_(normalizer),
      gazetteer_(gazetteer),
      reopen_interval_(reopen_interval),
      max_active_(max_active) {
  // Open one now so that a missing or foreign database fails at startup, not on a request.
  idle_.push_back(std::make_unique<Lease::Entry>(
      Lease::Entry{Searcher(database_, normalizer_, gazetteer_, claim_cache_),
                   std::chrono::steady_clock::now()}));
  opened_ = 1;
  // The claim table of the revision opened at startup, built in the background: the first
  // claim query need not wait for it (one that comes first waits for the same build). Later
  // revisions are built by the first claim query that reads them: a commit every few seconds
  // would otherwise build tables no query reads.
  if (database_.remotes.empty()) {
    warmer_ = std::thread([this] {
      try {
        acquire()->prepare_claims();
      } catch (...) {
        // The index changed meanwhile, or cannot be read: the next request says so.
      }
    });
  }
}

SearcherPool::~SearcherPool() {
  if (warmer_.joinable()) warmer_.join();
}

SearcherPool::Lease SearcherPool::acquire() {
  std::unique_ptr<Lease::Entry> entry;
  {
    std::unique_lock lock(mutex_);
    if (max_active_ > 0) {
      const std::uint64_t ticket = next_ticket_++;
      turn_.wait(lock, [&] { return ticket == serving_ && active_ < max_active_; });
      ++serving_;
    }
    ++active_;
    if (!idle_.empty()) {
      entry = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (max_active_ > 0) turn_.notify_all();  // the next in line may go too
  const auto now = std::chrono::steady_clock::now();
  if (!entry) {
    // Opening takes a few milliseconds: done outside the lock.
    try {
      entry.reset(
          new Lease::Entry{Searcher(database_, normalizer_, gazetteer_, claim_cache_), now});
    } catch (...) {
      release(nullptr);
      throw;
    }
    std::lock_guard lock(mutex_);
    ++opened_;
    return Lease(*this, std::move(entry));
  }
  Lease lease(*this, std::move(entry));  // goes back to the pool even if reopening fails
  if (now - lease.entry_->checked >= reopen_interval_) lease.reopen_now();
  return lease;
}

void SearcherPool::release(std::unique_ptr<Lease::Entry> entry) {
  {
    std::lock_guard lock(mutex_);
    if (entry) idle_.push_back(std::move(entry));
    --active_;
  }
  if (max_active_ > 0) turn_.notify_all();
}

std::size_t SearcherPool::opened() const {
  std::lock_guard lock(mutex_);
  return opened_;
}

void SearcherPool::Lease::reopen_now() {
  entry_->checked = std::chrono::steady_clock::now();
  entry_->searcher.reopen();
}

SearcherPool::Lease::~Lease() {
  if (!entry_) return;  // moved from
  pool_->release(std::move(entry_));
}

}  // namespace suyuan
