/// @file repost_corpus.cpp
/// @brief The re-post generator of reposts_eval (see repost_corpus.h). Script conversion and
/// pinyin come from ICU's Simplified-Traditional and Han-Latin transliterators, the junk lines
/// imitate what machine re-posting sites add (the seeds 000 and 001 show it).
#include "repost_corpus.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>
#include <unordered_map>

namespace suyuan::bench {
namespace {

std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string hex16(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

/// Code points of UTF-8 text, as UTF-8 strings (one per character).
std::vector<std::string> characters(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    out.push_back(text.substr(i, n));
    i += n;
  }
  return out;
}

/// Traditional script and pinyin per character, from ICU, cached.
class Converter {
 public:
  Converter() {
    UErrorCode status = U_ZERO_ERROR;
    to_traditional_.reset(
        icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, status));
    to_pinyin_.reset(icu::Transliterator::createInstance("Han-Latin", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU transliterators unavailable");
  }
  std::string traditional(const std::string& ch) { return convert(*to_traditional_, ch, trad_); }
  std::string pinyin(const std::string& ch) { return convert(*to_pinyin_, ch, pinyin_); }

 private:
  static std::string convert(icu::Transliterator& t, const std::string& ch,
                             std::unordered_map<std::string, std::string>& cache) {
    auto it = cache.find(ch);
    if (it != cache.end()) return it->second;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(ch);
    t.transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return cache[ch] = out;
  }
  std::unique_ptr<icu::Transliterator> to_traditional_, to_pinyin_;
  std::unordered_map<std::string, std::string> trad_, pinyin_;
};

bool is_han(const std::string& ch) {
  if (ch.size() != 3) return false;
  const auto b0 = static_cast<unsigned char>(ch[0]);
  return b0 >= 0xE4 && b0 <= 0xE9;
}

/// Machine conversion to traditional script; some converted characters get their pinyin in
/// brackets, as 國(guó) in the seeds.
std::string to_traditional_with_pinyin(Converter& conv, const std::string& text,
                                       std::mt19937_64& rng, double pinyin_share) {
  std::string out;
  std::uniform_real_distribution<double> unit(0, 1);
  for (const std::string& ch : characters(text)) {
    const std::string trad = is_han(ch) ? conv.traditional(ch) : ch;
    out += trad;
    if (is_han(ch) && trad != ch && unit(rng) < pinyin_share) {
      const std::string py = conv.pinyin(ch);
      if (!py.empty() && py != ch && py.find(' ') == std::string::npos) out += "(" + py + ")";
    }
  }
  return out;
}

/// Sentences of a text (ending in 。！？ or a line end), kept with their punctuation.
std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (const std::string& ch : characters(text)) {
    if (ch == "\n") {
      if (!current.empty()) out.push_back(current);
      current.clear();
      continue;
    }
    current += ch;
    if (ch == "。" || ch == "！" || ch == "？") {
      out.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

/// Sentences regrouped into paragraphs of about three, as re-posting sites lay text out.
std::string paragraphs(const std::vector<std::string>& s, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    out += s[i];
    if ((i - begin) % 3 == 2 || i + 1 == end) out += "\n";
  }
  return out;
}

const std::vector<std::string>& outlets() {
  static const std::vector<std::string> names = {
      "澎湃新闻", "新浪财经",     "观察者网", "环球网",     "中国新闻网", "财新网",   "界面新闻",
      "第一财经", "每日经济新闻", "新京报",   "南方都市报", "光明网",     "中华网",   "凤凰网",
      "网易新闻", "搜狐新闻",     "腾讯新闻", "东方财富网", "和讯网",     "科技日报", "人民网",
      "央广网",   "北青网",       "红星新闻", "上观新闻",   "封面新闻",   "极目新闻", "潮新闻"};
  return names;
}
const std::vector<std::string>& repost_sites() {
  static const std::vector<std::string> names = {
      "世界论坛网", "A5专栏",   "速读资讯网", "天天快报站", "每日头条汇", "今日看点网",
      "资讯聚合网", "热点快讯", "掌上新闻站", "新闻早知道", "时事速递网", "看世界网"};
  return names;
}

const std::vector<std::string> SPAM_LINES = {
    "99re6这里有精品热视频,久久综合九色欧美综合狠狠,国产精品久久久久久无毒不卡",
    "av免费无插件在线观看,欧美放荡办公室videos,国产精品无码专区",
    "久久精品国产亚洲AV,九色综合久久,欧美日韩国产精品"};
const std::vector<std::string> NAV_SECTIONS = {"首页", "资讯", "科技", "财经", "国内",
                                               "国际", "社会", "娱乐", "体育"};
const std::vector<std::string> HEADLINE_WORDS = {"重磅！", "刚刚，", "最新：", "突发！",
                                                 "关注｜", "深度｜", "独家："};
const std::vector<std::string> EDITOR_NOTES = {
    "编者按：本文观点仅代表作者本人，不代表本站立场。", "【导读】以下内容整理自网络公开报道。",
    "（本站综合报道）", "小编说：这篇文章值得一读，建议收藏。"};
const std::vector<std::string> FOOTERS = {"（完）", "责任编辑：王晓明", "（编辑：李娜）",
                                          "声明：本文仅供参考，不构成投资建议。"};

std::string pick(const std::vector<std::string>& list, std::mt19937_64& rng) {
  return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(rng)];
}

std::string date_plus(const std::string& base, int days) {
  // base is 2018-10-DD style within one month window generated below.
  int y = std::stoi(base.substr(0, 4)), m = std::stoi(base.substr(5, 2)),
      d = std::stoi(base.substr(8, 2));
  static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  d += days;
  while (d > month_days[m - 1]) {
    d -= month_days[m - 1];
    if (++m > 12) m = 1, ++y;
  }
  char buf[11];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::size_t char_count(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::vector<GeneratedArticle> generate_repost_corpus(const std::vector<NewsArticle>& news,
                                                     const RepostCorpusOptions& options) {
  std::mt19937_64 rng(options.seed * 0x9E3779B97F4A7C15ULL + 17);
  std::vector<const NewsArticle*> pool;
  for (const NewsArticle& a : news) {
    if (static_cast<int>(fnv1a("partition:" + a.id) % 2) != options.partition) continue;
    pool.push_back(&a);
  }
  std::shuffle(pool.begin(), pool.end(), rng);

  Converter conv;
  std::vector<GeneratedArticle> out;
  std::uniform_int_distribution<int> day(0, 29);
  std::uniform_real_distribution<double> unit(0, 1);
  const std::string base = "2018-10-01";
  std::size_t originals = 0, distractors = 0, used = 0;
  std::vector<std::string> other_titles;
  for (const NewsArticle* a : pool) {
    if (!a->title.empty()) other_titles.push_back(a->title);
    if (other_titles.size() > 200) break;
  }

  for (const NewsArticle* a : pool) {
    ++used;
    std::string title = a->title;
    if (title.empty()) {
      const std::vector<std::string> chars = characters(a->text);
      for (std::size_t i = 0; i < std::min<std::size_t>(20, chars.size()); ++i) title += chars[i];
    }
    const bool want_original = originals < options.originals && char_count(a->text) >= 300;
    if (!want_original) {
      if (distractors >= options.distractors) {
        if (originals >= options.originals) break;
        continue;
      }
      ++distractors;
      out.push_back({"a_" + hex16(fnv1a("d" + a->id + std::to_string(options.seed))), title,
                     a->text, pick(outlets(), rng), date_plus(base, day(rng)), a->id,
                     "distractor"});
      continue;
    }
    ++originals;
    GeneratedArticle original{"a_" + hex16(fnv1a("o" + a->id + std::to_string(options.seed))),
                              title,
                              a->text,
                              pick(outlets(), rng),
                              date_plus(base, day(rng)),
                              a->id,
                              "original"};
    out.push_back(original);
    const std::vector<std::string> sents = sentences(a->text);
    const int copies = std::uniform_int_distribution<int>(1, 3)(rng);
    for (int k = 0; k < copies; ++k) {
      GeneratedArticle copy;
      copy.name =
          "a_" + hex16(fnv1a("r" + a->id + std::to_string(k) + std::to_string(options.seed)));
      copy.source_id = a->id;
      copy.publisher = pick(repost_sites(), rng);
      copy.published = date_plus(original.published, std::uniform_int_distribution<int>(1, 4)(rng));
      const double roll = unit(rng);
      const bool cites = unit(rng) < 0.4;
      const std::string citation =
          unit(rng) < 0.5 ? "本文转载自" + original.publisher + "。"
                          : "原文登载于" + original.publisher + original.published.substr(0, 4) +
                                "年" + original.published.substr(5, 2) + "月" +
                                original.published.substr(8, 2) + "日关于" + title + "的报道";
      std::string body;
      if (roll < 0.4 || sents.size() < 6) {
        // Machine re-post: traditional script with pinyin junk, spam, navigation, a related
        // articles list; title and text unchanged.
        copy.kind = "re-post";
        copy.title = title;
        std::string page = pick(SPAM_LINES, rng) + "\n";
        const std::string section = pick(NAV_SECTIONS, rng);
        page += "  1. 首页\n  2. " + section + "\n  3. 正文\n";
        page += paragraphs(sents, 0, sents.size());
        if (cites) page += citation + "\n";
        page += "相关文章\n";
        for (int r = 0; r < 3; ++r) page += "  " + pick(other_titles, rng) + "\n";
        copy.text = to_traditional_with_pinyin(conv, page, rng, 0.3);
        copy.title = to_traditional_with_pinyin(conv, title, rng, 0.3);
      } else if (roll < 0.7) {
        // Edited re-post: a new headline, a header and footer, one stretch of sentences left out.
        copy.kind = "edited re-post";
        copy.title = pick(HEADLINE_WORDS, rng) + title;
        const std::size_t drop_len = std::max<std::size_t>(1, sents.size() / 8);
        const std::size_t drop_at =
            std::uniform_int_distribution<std::size_t>(1, sents.size() - drop_len - 1)(rng);
        body = pick(EDITOR_NOTES, rng) + "\n" + paragraphs(sents, 0, drop_at) +
               paragraphs(sents, drop_at + drop_len, sents.size());
        if (cites) body += citation + "\n";
        body += pick(FOOTERS, rng) + "\n";
        copy.text = unit(rng) < 0.5 ? to_traditional_with_pinyin(conv, body, rng, 0.15) : body;
      } else {
        // Excerpt: the first part of the article under another headline.
        copy.kind = "excerpt";
        const std::size_t keep = std::max<std::size_t>(
            3, static_cast<std::size_t>(static_cast<double>(sents.size()) *
                                        std::uniform_real_distribution<double>(0.3, 0.6)(rng)));
        copy.title = pick(HEADLINE_WORDS, rng) +
                     sents.front().substr(0, std::min<std::size_t>(45, sents.front().size()));
        // The cut stays on a character boundary.
        while (!copy.title.empty() &&
               (static_cast<unsigned char>(copy.title.back()) & 0xC0) == 0x80)
          copy.title.pop_back();
        if (!copy.title.empty() && static_cast<unsigned char>(copy.title.back()) >= 0xC0)
          copy.title.pop_back();
        body = paragraphs(sents, 0, std::min(keep, sents.size()));
        if (cites) body += citation + "\n";
        body += "（未完，阅读全文请访问原网站）\n";
        copy.text = body;
      }
      out.push_back(std::move(copy));
    }
  }
  (void)used;
  return out;
}

std::uint64_t write_generated_corpus(const std::vector<GeneratedArticle>& articles,
                                     const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  std::uint64_t bytes = 0;
  for (const GeneratedArticle& a : articles) {
    const std::string content = a.title + "\n" + a.text + "\n";
    std::ofstream(dir / (a.name + ".txt"), std::ios::binary) << content;
    nlohmann::json meta = {
        {"title", a.title}, {"publisher", a.publisher}, {"published", a.published}};
    std::ofstream(dir / (a.name + ".meta.json")) << meta.dump();
    bytes += content.size();
  }
  return bytes;
}

}  // namespace suyuan::bench
