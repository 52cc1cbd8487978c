/// @file server.cpp
/// @brief Route table, request handling and the error → HTTP status mapping.
#include "suyuan/web/server.h"

#include <httplib.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "html.h"
#include "lineage.h"
#include "searcher_pool.h"
#include "static_assets.h"
#include "suyuan/core/error.h"
#include "suyuan/core/utf8.h"
#include "suyuan/extract/gazetteer.h"
#include "suyuan/normalize/normalizer.h"
#include "suyuan/search/cross_check.h"
#include "suyuan/search/exports.h"
#include "suyuan/search/searcher.h"

namespace suyuan {
namespace {

constexpr std::size_t MAX_QUERY_PARAM_BYTES = 1024;

int http_status(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::INVALID_INPUT:
      return 400;
    case ErrorKind::NOT_FOUND:
      return 404;
    case ErrorKind::UNAVAILABLE:
      return 503;
    case ErrorKind::CORRUPT_INDEX:
    case ErrorKind::INTERNAL:
      return 500;
  }
  return 500;
}

void set_security_headers(httplib::Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                 "frame-ancestors 'none'");
  res.set_header("Referrer-Policy", "no-referrer");
}

std::string json_text(const nlohmann::json& body) {
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void send_json_text(httplib::Response& res, std::string body, int status = 200) {
  res.status = status;
  set_security_headers(res);
  res.set_content(std::move(body), "application/json; charset=utf-8");
}

void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200) {
  send_json_text(res, json_text(body), status);
}

/// What an HTTP status that httplib sets on its own means for the client.
std::string protocol_error_message(int status) {
  switch (status) {
    case 400:
      return "malformed request: bad request line, or headers over 8 KiB";
    case 404:
      return "no such page";
    case 413:
      return "request body too large (at most 64 KiB)";
    case 414:
      return "URL too long (at most 8 KiB)";
    default:
      return "HTTP " + std::to_string(status);
  }
}

void send_error(httplib::Response& res, ErrorKind kind, const std::string& message) {
  send_json(res, {{"error", {{"kind", std::string(error_kind_name(kind))}, {"message", message}}}},
            http_status(kind));
}

/// Query parameter as a size, within [low, high]. Throws Error(INVALID_INPUT).
std::size_t size_param(const httplib::Request& req, const char* name, std::size_t fallback,
                       std::size_t low, std::size_t high) {
  if (!req.has_param(name)) return fallback;
  const std::string text = req.get_param_value(name);
  std::size_t value = 0;
  if (text.empty() || text.size() > 7 ||
      text.find_first_not_of("0123456789") != std::string::npos) {
    throw Error(ErrorKind::INVALID_INPUT, std::string("parameter ") + name + " must be a number");
  }
  value = std::stoul(text);
  if (value < low || value > high) {
    throw Error(ErrorKind::INVALID_INPUT, std::string("parameter ") + name + " must be in [" +
                                              std::to_string(low) + ", " + std::to_string(high) +
                                              "]");
  }
  return value;
}

std::string query_param(const httplib::Request& req);

/// "START-END" byte offsets of whole characters of `raw`. Throws Error(INVALID_INPUT).
ByteRange span_param(const std::string& text, std::string_view raw) {
  const auto dash = text.find('-');
  const auto digits = [](const std::string& part) {
    return !part.empty() && part.size() <= 10 &&
           part.find_first_not_of("0123456789") == std::string::npos;
  };
  if (dash == std::string::npos || !digits(text.substr(0, dash)) ||
      !digits(text.substr(dash + 1))) {
    throw Error(ErrorKind::INVALID_INPUT, "span must be START-END byte offsets");
  }
  const auto begin = std::stoul(text.substr(0, dash)), end = std::stoul(text.substr(dash + 1));
  if (begin >= end || end > raw.size())
    throw Error(ErrorKind::INVALID_INPUT, "span outside the document");
  // A cut inside a character would put broken UTF-8 on the page.
  if (utf8::floor_boundary(raw, begin) != begin || utf8::floor_boundary(raw, end) != end)
    throw Error(ErrorKind::INVALID_INPUT, "span must start and end between characters");
  return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
}

/// A doc_id parameter (hex). Throws Error(INVALID_INPUT).
std::string doc_id_param(const httplib::Request& req, const char* name) {
  const std::string id = req.has_param(name) ? req.get_param_value(name) : "";
  if (id.empty() || id.size() > 64 ||
      id.find_first_not_of("0123456789abcdef") != std::string::npos) {
    throw Error(ErrorKind::INVALID_INPUT,
                std::string("parameter ") + name + " must be a document id (hex)");
  }
  return id;
}

/// q, limit, offset and facets of a search route.
SearchRequest search_request(const httplib::Request& req, std::size_t default_limit) {
  SearchRequest request;
  request.query = query_param(req);
  request.limit = size_param(req, "limit", default_limit, 1, 1000);
  request.offset = size_param(req, "offset", 0, 0, 1000000);
  request.facets = size_param(req, "facets", 0, 0, 1) == 1;
  request.all = size_param(req, "all", 0, 0, 1) == 1;  // every copy of a re-post cluster
  return request;
}

std::string query_param(const httplib::Request& req) {
  std::string q = req.has_param("q") ? req.get_param_value("q") : "";
  if (q.size() > MAX_QUERY_PARAM_BYTES) {
    throw Error(ErrorKind::INVALID_INPUT, "query too long");
  }
  return q;
}

/// Display names for the UI: every gazetteer entity (a chip with its maker: 英伟达 H20) plus
/// the metric, event and mention-kind names of data/web/labels.json.
nlohmann::json load_labels(const std::filesystem::path& file, const Gazetteer& gazetteer) {
  std::ifstream in(file);
  if (!in) throw Error(ErrorKind::NOT_FOUND, "cannot read " + file.string());
  nlohmann::json labels;
  try {
    labels = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::INVALID_INPUT, file.string() + ": " + e.what());
  }
  labels.erase("_doc");
  nlohmann::json entities = nlohmann::json::object();
  for (const Entity& entity : gazetteer.entities()) {
    std::string display = entity.display;
    const Entity* vendor = entity.vendor.empty() ? nullptr : gazetteer.find(entity.vendor);
    if (entity.kind == EntityKind::CHIP && vendor && display.rfind(vendor->display, 0) != 0) {
      display = vendor->display + " " + display;
    }
    entities[entity.id] = {{"display", display}, {"kind", std::string(name_of(entity.kind))}};
  }
  labels["entities"] = std::move(entities);
  return labels;
}

/// "scheme://host" the client reached us by, for links in copied citations.
std::string site_origin(const httplib::Request& req) {
  const std::string host = req.get_header_value("Host");
  return host.empty() ? std::string() : "http://" + host;
}

/// The plain-text citation of a claim: publisher, title, date, the quoted sentence and the
/// link that marks its exact bytes.
std::string citation_text(const CitedClaim& cited, const std::string& link) {
  std::string out = cited.publisher.empty() ? cited.path : cited.publisher;
  if (!cited.title.empty()) out += "，《" + cited.title + "》";
  if (!cited.published.empty()) out += "，" + cited.published;
  const std::string& sentence = cited.claim.sentence;
  if (!sentence.empty()) out += "：“" + sentence + "”";
  return out + " " + link;
}

}  // namespace

struct WebServer::Impl {
  explicit Impl(const WebOptions& options)
      : normalizer(NormalizerConfig{options.data_dir / "normalize"}),
        gazetteer(options.data_dir / "extract", normalizer),
        searchers(DatabaseSource{options.database, options.remotes}, normalizer, &gazetteer,
                  std::chrono::milliseconds(100), options.parallel),
        rules(CrossCheckRules::load(options.data_dir / "search/cross_check.json")),
        repost_rules(RepostRules::load(options.data_dir / "index/reposts.json")),
        labels(load_labels(options.data_dir / "web/labels.json", gazetteer).dump()) {
    io_timeout_seconds = options.io_timeout_seconds;
    server.new_task_queue = [threads = options.threads] {
      return new httplib::ThreadPool(threads);
    };
  }

  /// Runs a handler with a searcher of its own, mapping errors to JSON or HTML responses. When
  /// the index changes under a request (the indexer committed twice meanwhile), the searcher
  /// reopens and the request runs again.
  template <typename Handler>
  void guarded(httplib::Response& res, bool html, Handler&& handler) {
    try {
      SearcherPool::Lease searcher = searchers.acquire();
      for (int attempt = 0;; ++attempt) {
        try {
          handler(static_cast<const Searcher&>(*searcher));
          return;
        } catch (const Error& e) {
          if (e.kind() != ErrorKind::UNAVAILABLE || attempt == 2) throw;
          searcher.reopen_now();
        }
      }
    } catch (const Error& e) {
      if (html) {
        res.status = http_status(e.kind());
        set_security_headers(res);
        res.set_content(render_error_page(res.status, e.what()), "text/html; charset=utf-8");
      } else {
        send_error(res, e.kind(), e.what());
      }
    } catch (const std::exception& e) {
      send_error(res, ErrorKind::INTERNAL, e.what());
    }
  }

  /// The article a /doc/<doc_id> route names; Error(NOT_FOUND) when there is none.
  static StoredArticle requested_article(const Searcher& searcher, const httplib::Request& req) {
    const std::string doc_id = req.matches[1];
    auto article = searcher.article(doc_id);
    if (!article) throw Error(ErrorKind::NOT_FOUND, "no document " + doc_id);
    return std::move(*article);
  }

  /// `/api/cite/<doc_id>?claim=N` (or `span=S-E`, the claim whose value or sentence is those
  /// bytes): the claim as a plain-text citation, the link to its exact bytes and the W3C Web
  /// Annotation.
  static nlohmann::json citation(const Searcher& searcher, const httplib::Request& req) {
    const StoredArticle article = requested_article(searcher, req);
    const nlohmann::json& claims =
        article.extraction.is_object() && article.extraction.contains("claims")
            ? article.extraction["claims"]
            : nlohmann::json::array();
    std::size_t index = size_param(req, "claim", 0, 0, 1000000);
    if (req.has_param("span")) {
      // The claim whose value (else whose sentence) is exactly these bytes.
      const ByteRange wanted = span_param(req.get_param_value("span"), article.raw);
      const auto at = [&](const nlohmann::json& claim, const char* key) {
        const auto& span = claim.value(key, nlohmann::json::object());
        return span.value("start", -1) == static_cast<long>(wanted.begin) &&
               span.value("end", -1) == static_cast<long>(wanted.end);
      };
      index = claims.size();
      for (const char* key : {"value_span", "sentence_span"}) {
        for (std::size_t i = 0; i < claims.size() && index == claims.size(); ++i) {
          if (at(claims[i], key)) index = i;
        }
      }
    }
    if (index >= claims.size()) {
      throw Error(ErrorKind::NOT_FOUND, "document " + article.doc_id + " has no such claim");
    }
    const CitedClaim cited = cite_claim(article, claims[index]);
    std::string link = "/doc/" + article.doc_id;
    if (!cited.claim.sentence_raw.empty()) {
      link = cited_span_url(article.doc_id, cited.claim.sentence_raw);
    }
    link = site_origin(req) + link;
    return {{"doc_id", article.doc_id},
            {"claim", index},
            {"link", link},
            {"text", citation_text(cited, link)},
            {"annotation", to_web_annotation(cited, article)}};
  }

  void mount_routes() {
    server.set_payload_max_length(64 * 1024);
    server.set_read_timeout(io_timeout_seconds, 0);
    server.set_write_timeout(io_timeout_seconds, 0);
    // An idle keep-alive connection (or one that just got a 400) holds its worker while the
    // server waits for its next request: no longer than a request may take to arrive.
    server.set_keep_alive_timeout(io_timeout_seconds);
    server.set_keep_alive_max_count(1000);
    // Without it a keep-alive response's last small write waits for the client's delayed ACK
    // (Nagle): ~40 ms per request.
    server.set_tcp_nodelay(true);

    for (const StaticAsset& asset : static_assets()) {
      server.Get(asset.path, [&asset](const httplib::Request&, httplib::Response& res) {
        set_security_headers(res);
        res.set_header("Cache-Control", "no-cache");
        res.set_content(std::string(asset.content), asset.content_type);
      });
    }
    server.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
      guarded(res, false, [&](const Searcher& searcher) {
        send_json(res, {{"status", "ok"}, {"articles", searcher.article_count()}});
      });
    });
    server.Get("/api/labels", [this](const httplib::Request&, httplib::Response& res) {
      set_security_headers(res);
      res.set_content(labels, "application/json; charset=utf-8");
    });
    server.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(res, false, [&](const Searcher& searcher) {
        send_json(res, to_json(searcher.search(search_request(req, 10))));
      });
    });
    server.Get("/api/claims", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(res, false, [&](const Searcher& searcher) {
        send_json(res, to_json(searcher.search_claims(search_request(req, 20))));
      });
    });
    server.Get("/api/check", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(res, false, [&](const Searcher& searcher) {
        CheckRequest request;
        request.subject = req.has_param("subject") ? req.get_param_value("subject") : "";
        request.metric = req.has_param("metric") ? req.get_param_value("metric") : "";
        request.include_single_source = size_param(req, "single", 1, 0, 1) == 1;
        const std::string query = query_param(req);
        // Grouping every claim of a query is the costly part: its answer is kept with the
        // index revision it was computed from (a new commit asks again).
        const std::string key = std::string("check\n") + query + '\n' + request.subject + '\n' +
                                request.metric + '\n' + (request.include_single_source ? "1" : "0");
        send_json_text(res, searcher.cached(key, [&] {
          nlohmann::json groups = nlohmann::json::array();
          // Without single-source groups only claims of subjects in two articles can count.
          const Searcher::ClaimSelection selection{request.subject, !request.include_single_source};
          for (const auto& group : cross_check(searcher.claims(query, selection), request, rules)) {
            groups.push_back(to_json(group));
          }
          return json_text(nlohmann::json{{"groups", groups}});
        }));
      });
    });
    server.Get(R"(/api/cite/([0-9a-f]{1,64}))",
               [this](const httplib::Request& req, httplib::Response& res) {
                 guarded(res, false, [&](const Searcher& searcher) {
                   send_json(res, citation(searcher, req));
                 });
               });
    server.Get(R"(/api/doc/([0-9a-f]{1,64}))",
               [this](const httplib::Request& req, httplib::Response& res) {
                 guarded(res, false, [&](const Searcher& searcher) {
                   const StoredArticle article = requested_article(searcher, req);
                   const std::string q = query_param(req);
                   nlohmann::json spans = nlohmann::json::array();
                   if (!q.empty()) {
                     for (const ByteRange& s : searcher.highlight(article, q)) {
                       spans.push_back({{"start", s.begin}, {"end", s.end}});
                     }
                   }
                   send_json(res, {{"doc_id", article.doc_id},
                                   {"path", article.path},
                                   {"title", article.title},
                                   {"publisher", article.publisher},
                                   {"published", article.published},
                                   {"author", article.author},
                                   {"url", article.url},
                                   {"raw", article.raw},
                                   {"spans", spans},
                                   {"extraction", article.extraction}});
                 });
               });
    server.Get(R"(/api/lineage/([0-9a-f]{1,64}))",
               [this](const httplib::Request& req, httplib::Response& res) {
                 guarded(res, false, [&](const Searcher& searcher) {
                   const StoredArticle article = requested_article(searcher, req);
                   send_json(res, lineage_json(article, searcher.repost_cluster(article.doc_id),
                                               repost_rules));
                 });
               });
    server.Get("/api/compare", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(res, false, [&](const Searcher& searcher) {
        send_json(res, to_json(compare_articles(searcher, doc_id_param(req, "a"),
                                                doc_id_param(req, "b"), repost_rules)));
      });
    });
    server.Get("/compare", [this](const httplib::Request& req, httplib::Response& res) {
      guarded(res, true, [&](const Searcher& searcher) {
        const Comparison comparison = compare_articles(searcher, doc_id_param(req, "a"),
                                                       doc_id_param(req, "b"), repost_rules);
        set_security_headers(res);
        res.set_content(render_compare_page(comparison), "text/html; charset=utf-8");
      });
    });
    server.Get(
        R"(/doc/([0-9a-f]{1,64}))", [this](const httplib::Request& req, httplib::Response& res) {
          guarded(res, true, [&](const Searcher& searcher) {
            const StoredArticle article = requested_article(searcher, req);
            const std::string q = query_param(req);
            // A cited byte range (a claim's sentence) is marked instead of matches.
            std::optional<ByteRange> cited;
            std::vector<ByteRange> matches;
            if (req.has_param("span")) {
              cited = span_param(req.get_param_value("span"), article.raw);
            } else if (!q.empty()) {
              matches = searcher.highlight(article, q);
            }
            const auto lineage = searcher.repost_cluster(article.doc_id);
            set_security_headers(res);
            res.set_content(
                render_document_page(article, q, matches, cited, lineage ? &*lineage : nullptr),
                "text/html; charset=utf-8");
          });
        });
    // The API is read-only: every other method gets 405 and the methods it may use.
    const auto method_not_allowed = [](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Allow", "GET, HEAD");
      send_json(res,
                {{"error",
                  {{"kind", std::string(error_kind_name(ErrorKind::INVALID_INPUT))},
                   {"message", "method " + req.method + " not allowed: use GET or HEAD"}}}},
                405);
    };
    server.Post(".*", method_not_allowed);
    server.Put(".*", method_not_allowed);
    server.Patch(".*", method_not_allowed);
    server.Delete(".*", method_not_allowed);
    server.Options(".*", method_not_allowed);
    // Errors httplib answers itself (unknown route, bad request line, oversized parts) keep
    // their status and get a JSON body that says what was wrong.
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (!res.body.empty()) return;
      const int status = res.status;
      send_error(res, status == 404 ? ErrorKind::NOT_FOUND : ErrorKind::INVALID_INPUT,
                 protocol_error_message(status));
      res.status = status;
    });
    server.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
          send_error(res, ErrorKind::INTERNAL, "internal error");
        });
  }

  Normalizer normalizer;
  Gazetteer gazetteer;
  SearcherPool searchers;
  CrossCheckRules rules;
  RepostRules repost_rules;  ///< shingles and thresholds, to measure how two articles overlap
  std::string labels;        ///< the JSON of /api/labels
  int io_timeout_seconds = 5;
  httplib::Server server;
};

WebServer::WebServer(const WebOptions& options) : impl_(new Impl(options)) {
  impl_->mount_routes();
}

WebServer::~WebServer() { stop(); }

int WebServer::bind(const std::string& host, int port) {
  if (port == 0) {
    int bound = impl_->server.bind_to_any_port(host);
    if (bound <= 0) throw Error(ErrorKind::UNAVAILABLE, "cannot bind to " + host);
    return bound;
  }
  if (!impl_->server.bind_to_port(host, port)) {
    throw Error(ErrorKind::UNAVAILABLE,
                "cannot bind to " + host + ":" + std::to_string(port) + " (address in use?)");
  }
  return port;
}

void WebServer::serve() { impl_->server.listen_after_bind(); }

void WebServer::stop() {
  if (impl_) impl_->server.stop();
}

}  // namespace suyuan
