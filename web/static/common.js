// Shared by the search page (app.js) and the article page (doc.js): the interface language
// (Chinese first, English on request), display names from /api/labels, claim formatting and
// the copy-citation dialog. Everything from the index is put on the page as text
// (textContent, never innerHTML), so markup in an article or a query stays text.
"use strict";

const STRINGS = {
  zh: {
    "lang.toggle": "English",
    "skip": "跳到结果",
    "tagline": "谁说了什么、援引谁——每条结果都指向原文的确切字节",
    "search": "搜索",
    "search.label": "检索",
    "search.placeholder": "例如：英伟达 H20 · 出口管制 · chip:H20 · date:2025-07..2025-12",
    "tab.articles": "文章",
    "tab.claims": "断言",
    "tab.check": "交叉核对",
    "tab.timeline": "时间线",
    "status.loading": "正在检索…",
    "status.enter": "请输入检索词。",
    "status.articles": "约 {n} 篇文章",
    "status.claims": "约 {n} 条断言",
    "status.groups": "{n} 组断言",
    "status.timeline": "{n} 条断言，{e} 个事件",
    "status.none": "没有找到结果。",
    "status.error": "出错了：{m}",
    "facets": "筛选",
    "facet.chip": "芯片",
    "facet.org": "机构",
    "facet.person": "人物",
    "facet.publisher": "发布者",
    "facet.source": "消息来源",
    "facet.metric": "指标",
    "facet.month": "月份",
    "facets.estimated": "计数为抽样估计",
    "page.prev": "上一页",
    "page.next": "下一页",
    "page.at": "第 {p} 页",
    "verdict.agree": "一致",
    "verdict.conflict": "冲突",
    "verdict.single-source": "单一来源",
    "check.counts": "{d} 篇文章 · {s} 个独立来源",
    "check.reposts": "（转载只计一次）",
    "check.pairs": "比较了 {c} 对文章，{x} 对数值不重合",
    "check.single": "显示单一来源的组",
    "check.why": "判断依据：",
    "check.reason": "原因：",
    "check.code": "代码",
    "check.conflict": "冲突的两个数值",
    "check.gap": "相差 {p}",
    "check.gapDays": "相差 {n} 天",
    "check.overlap": "共同范围：",
    "check.open": "不限",
    "check.source": "来源 {n}：{name}",
    "check.agreeing": "与其他来源一致",
    "check.repostOf": "{n} 篇，转载计为 1 个来源；原文：",
    "check.valueBytes": "数值在原文中的字节",
    "reason.values_disjoint": "数值互不重合（超出容差）",
    "reason.misquoted_source": "都称引自同一来源，数值却不同（至少一篇引述有误）",
    "reason.values_overlap": "至少两个独立来源的数值在容差内重合",
    "reason.one_article": "只有一篇文章提到",
    "reason.one_repost_cluster": "所有文章都是同一篇原文的转载",
    "reason.one_attributed_source": "所有文章都援引同一个消息来源",
    "reason.no_comparable_values": "没有可以相互比较的数值",
    "verdict.possible-conflict": "可能冲突",
    "verdict.update": "数据更新",
    "reason.forecast_then_result": "先是预测，后是实际结果",
    "reason.running_total": "累计数随时间增加，后一个数更新了前一个",
    "reason.revised": "同一来源后来修正了自己的数字",
    "reason.place_subject": "主体是地点或指代词",
    "reason.generic_subject": "主体是泛指的词",
    "reason.reporter_subject": "主体是发布数字的机构，而非被统计的对象",
    "reason.fragment_subject": "主体只是从句的一部分",
    "reason.no_metric": "没有写明指标",
    "reason.fragment_metric": "指标没有说明统计的是什么",
    "reason.no_period": "没有写明时间",
    "reason.inferred_period": "年份是根据发布日期推测的",
    "reason.comparison_period": "时间是比较的基期",
    "reason.average_period": "数字是多年的平均值",
    "reason.relative_change": "以百分点计的变化，其比较基数可能不同",
    "reason.period_after_publication": "时间在发布日期之后才开始",
    "reason.period_elsewhere": "时间是承前指代的，并非与数字一同写明",
    "reason.cut_figure": "数字是从更长的数中截取的",
    "reason.once_event": "只发生一次的事件，但分句未必说清是谁的事件",
    "reason.title_places": "两篇文章的标题指向不同的地方",
    "check.weak": "依据较弱：",
    "field.value": "数值",
    "field.period": "时间",
    "date.year_unknown": "年份不详",
    "date.unresolved": "未注明日期",
    "field.publisher": "发布者",
    "field.source": "消息来源",
    "field.quote": "原文",
    "field.published": "发布日期",
    "field.subject": "对象",
    "field.metric": "指标",
    "field.kind": "类型",
    "field.scope": "范围",
    "field.modality": "语气",
    "field.bytes": "字节",
    "source.publisher": "发布者本身",
    "source.anonymous": "匿名消息人士",
    "cite.copy": "复制引用",
    "cite.title": "引用这条断言",
    "cite.text": "纯文本引用",
    "cite.annotation": "W3C Web Annotation（JSON）",
    "cite.copyText": "复制文本",
    "cite.copyJson": "复制 JSON",
    "cite.copied": "已复制到剪贴板",
    "cite.selected": "已选中，请按 Ctrl+C 复制",
    "close": "关闭",
    "open": "打开原文",
    "timeline.entity": "实体",
    "timeline.all": "全部",
    "timeline.claim": "断言（按发布日期）",
    "timeline.event": "事件（按事件日期）",
    "timeline.none": "没有带日期的断言。",
    "doc.original": "原文",
    "doc.normalized": "规范化文本",
    "doc.note": "原文逐字节呈现。",
    "doc.legend.claim": "断言",
    "doc.legend.mention": "识别出的实体、数字、日期",
    "doc.legend.removed": "规范化时删除的内容（注音、广告、导航等）",
    "doc.legend.mark": "检索命中 / 被引用的字节",
    "doc.claims": "断言",
    "doc.cites": "本文引用的来源",
    "doc.noClaims": "本文没有提取到断言。",
    "meta.publisher": "发布者",
    "meta.published": "发布时间",
    "meta.author": "作者",
    "meta.url": "网址",
    "meta.file": "文件",
    "meta.doc_id": "文档编号",
    "relation.origin": "原始来源",
    "relation.repost": "全文转载",
    "relation.edited": "删改转载",
    "relation.excerpt": "节选",
    "lineage.title": "转载溯源",
    "lineage.relation": "关系",
    "lineage.article": "文章",
    "lineage.similarity": "相似度",
    "lineage.this": "本文",
    "lineage.compareOrigin": "与原文对照",
    "lineage.compareThis": "与本文对照",
    "lineage.cited": "成员正文提到、但未收录的更早出处：",
    "hit.reposts": "另有 {n} 篇转载",
    "compare.title": "两篇文章对照",
    "compare.note": "比较的是规范化文本（繁体转简体，去掉注音、广告和导航）；每处改动都链接到两篇原文的字节。",
    "compare.coarse": "部分段落差别太大，整段标为改动。",
    "compare.changes": "改动一览",
    "compare.identical": "两篇的规范化文本完全相同。",
    "compare.inText": "在文中",
    "compare.rawA": "A 原文字节",
    "compare.rawB": "B 原文字节",
    "diff.same": "相同",
    "diff.changed": "改动",
    "diff.dropped": "删去",
    "diff.added": "新增",
    "noscript": "此页面需要 JavaScript；JSON 接口见 /api/search?q=…",
  },
  en: {
    "lang.toggle": "中文",
    "skip": "Skip to results",
    "tagline": "who claimed what, citing whom — every hit points at the original bytes",
    "search": "Search",
    "search.label": "search",
    "search.placeholder": "e.g. 英伟达 H20 · 出口管制 · chip:H20 · date:2025-07..2025-12",
    "tab.articles": "Articles",
    "tab.claims": "Claims",
    "tab.check": "Cross-check",
    "tab.timeline": "Timeline",
    "status.loading": "Searching…",
    "status.enter": "Enter a query.",
    "status.articles": "about {n} article(s)",
    "status.claims": "about {n} claim(s)",
    "status.groups": "{n} group(s) of claims",
    "status.timeline": "{n} claim(s), {e} event(s)",
    "status.none": "Nothing found.",
    "status.error": "Error: {m}",
    "facets": "Filters",
    "facet.chip": "Chips",
    "facet.org": "Organisations",
    "facet.person": "People",
    "facet.publisher": "Publishers",
    "facet.source": "Sources",
    "facet.metric": "Metrics",
    "facet.month": "Months",
    "facets.estimated": "counts estimated from a sample",
    "page.prev": "Previous",
    "page.next": "Next",
    "page.at": "page {p}",
    "verdict.agree": "agree",
    "verdict.conflict": "conflict",
    "verdict.single-source": "single source",
    "check.counts": "{d} article(s) · {s} independent source(s)",
    "check.reposts": " (re-posts counted once)",
    "check.pairs": "{c} article pair(s) compared, {x} disagree",
    "check.single": "show single-source groups",
    "check.why": "Why: ",
    "check.reason": "Reason: ",
    "check.code": "code",
    "check.conflict": "The two conflicting values",
    "check.gap": "{p} apart",
    "check.gapDays": "{n} day(s) apart",
    "check.overlap": "Where the values meet: ",
    "check.open": "open",
    "check.source": "Source {n}: {name}",
    "check.agreeing": "agrees with another source",
    "check.repostOf": "{n} articles, re-posts counted as one source; origin: ",
    "check.valueBytes": "the value's bytes in the article",
    "reason.values_disjoint": "the values do not overlap (beyond tolerance)",
    "reason.misquoted_source": "both cite one source with different figures (at least one misquotes it)",
    "reason.values_overlap": "values of at least two independent sources overlap within tolerance",
    "reason.one_article": "only one article states it",
    "reason.one_repost_cluster": "every article is a re-post of one origin",
    "reason.one_attributed_source": "every article cites one attributed source",
    "reason.no_comparable_values": "no values that can be compared",
    "verdict.possible-conflict": "possible conflict",
    "verdict.update": "update",
    "reason.forecast_then_result": "a forecast, then its result",
    "reason.running_total": "a running total: the later figure updates the earlier one",
    "reason.revised": "the same source revised its own figure later",
    "reason.place_subject": "the subject is a place or a deictic",
    "reason.generic_subject": "the subject is a generic word",
    "reason.reporter_subject": "the subject is who reports the figure",
    "reason.fragment_subject": "the subject is a piece of a clause",
    "reason.no_metric": "no metric is named",
    "reason.fragment_metric": "the metric names nothing measured",
    "reason.no_period": "no period is written",
    "reason.inferred_period": "the period's year is guessed from the publication date",
    "reason.comparison_period": "the period is a comparison base",
    "reason.average_period": "the figure is an average over years",
    "reason.relative_change": "a change in points is measured against a base",
    "reason.period_after_publication": "the period begins after the publication",
    "reason.period_elsewhere": "the period is referred to, not written with the figure",
    "reason.cut_figure": "the figure is cut out of a longer number",
    "reason.once_event": "whose once-only event it dates, the clause may not say",
    "reason.title_places": "the headlines name different places",
    "check.weak": "Weak evidence: ",
    "field.value": "Value",
    "field.period": "Period",
    "date.year_unknown": "year not given",
    "date.unresolved": "article undated",
    "field.publisher": "Publisher",
    "field.source": "Attributed source",
    "field.quote": "Quote",
    "field.published": "Published",
    "field.subject": "Subject",
    "field.metric": "Metric",
    "field.kind": "Kind",
    "field.scope": "Scope",
    "field.modality": "Modality",
    "field.bytes": "bytes",
    "source.publisher": "the publisher itself",
    "source.anonymous": "anonymous sources",
    "cite.copy": "Copy citation",
    "cite.title": "Cite this claim",
    "cite.text": "Plain-text citation",
    "cite.annotation": "W3C Web Annotation (JSON)",
    "cite.copyText": "Copy text",
    "cite.copyJson": "Copy JSON",
    "cite.copied": "Copied to the clipboard",
    "cite.selected": "Selected: press Ctrl+C to copy",
    "close": "Close",
    "open": "Open the article",
    "timeline.entity": "Entity",
    "timeline.all": "All",
    "timeline.claim": "claim (by publication date)",
    "timeline.event": "event (by its date)",
    "timeline.none": "No dated claims.",
    "doc.original": "Original",
    "doc.normalized": "Normalized text",
    "doc.note": "The original text, byte for byte as indexed.",
    "doc.legend.claim": "claim",
    "doc.legend.mention": "recognised entity, figure or date",
    "doc.legend.removed": "removed by normalization (annotations, ads, navigation…)",
    "doc.legend.mark": "query match / cited bytes",
    "doc.claims": "Claims",
    "doc.cites": "Sources this article cites",
    "doc.noClaims": "No claims were extracted from this article.",
    "meta.publisher": "Publisher",
    "meta.published": "Published",
    "meta.author": "Author",
    "meta.url": "URL",
    "meta.file": "File",
    "meta.doc_id": "doc_id",
    "relation.origin": "origin",
    "relation.repost": "re-post",
    "relation.edited": "edited re-post",
    "relation.excerpt": "excerpt",
    "lineage.title": "Re-post lineage",
    "lineage.relation": "Relation",
    "lineage.article": "Article",
    "lineage.similarity": "Similarity",
    "lineage.this": "this article",
    "lineage.compareOrigin": "compare with the origin",
    "lineage.compareThis": "compare with this article",
    "lineage.cited": "Earlier sources the members' texts name (not indexed):",
    "hit.reposts": "and {n} re-post(s)",
    "compare.title": "Two articles side by side",
    "compare.note": "Compared on the normalized texts (traditional → simplified, annotations, ads and navigation removed); every change links to its bytes in both originals.",
    "compare.coarse": "Some passages differ too much to align: they are marked as one change.",
    "compare.changes": "Changes",
    "compare.identical": "The normalized texts are identical.",
    "compare.inText": "in the text",
    "compare.rawA": "A's bytes",
    "compare.rawB": "B's bytes",
    "diff.same": "same",
    "diff.changed": "changed",
    "diff.dropped": "dropped",
    "diff.added": "added",
    "noscript": "This page needs JavaScript; the JSON API is at /api/search?q=…",
  },
};

const suyuan = {
  lang: "zh",
  labels: { entities: {}, metrics: {}, events: {}, mention_kinds: {}, period_kinds: {}, modalities: {}, approx: {} },
  onLanguage: [],
};

// The interface language: ?lang=, else the last choice, else Chinese.
function initialLanguage() {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked === "zh" || asked === "en") return asked;
  try {
    const stored = localStorage.getItem("suyuan.lang");
    if (stored === "zh" || stored === "en") return stored;
  } catch (e) { /* storage disabled */ }
  return "zh";
}

// Whether the page has words for `key` (a verdict or reason code the check added later has none).
function hasString(key) {
  return STRINGS.zh[key] !== undefined;
}

function t(key, values) {
  let text = (STRINGS[suyuan.lang] || STRINGS.zh)[key];
  if (text === undefined) text = STRINGS.zh[key] !== undefined ? STRINGS.zh[key] : key;
  if (values) for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

// Puts the current language into every element marked with data-i18n (text),
// data-i18n-placeholder and data-i18n-aria (attributes).
function applyLanguage() {
  document.documentElement.lang = suyuan.lang === "zh" ? "zh-CN" : "en";
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of document.querySelectorAll("[data-i18n-aria]")) node.setAttribute("aria-label", t(node.dataset.i18nAria));
  // Sentences the server wrote in both languages (with links inside): show the reader's.
  for (const node of document.querySelectorAll("[data-lang]")) node.hidden = node.dataset.lang !== suyuan.lang;
  for (const callback of suyuan.onLanguage) callback();
}

function setLanguage(lang) {
  suyuan.lang = lang;
  try { localStorage.setItem("suyuan.lang", lang); } catch (e) { /* storage disabled */ }
  const params = new URLSearchParams(location.search);
  params.set("lang", lang);
  history.replaceState(history.state, "", `${location.pathname}?${params}${location.hash}`);
  applyLanguage();
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

// --- display names -------------------------------------------------------------------------

function entityName(id) {
  if (!id) return "";
  if (id === "anonymous") return t("source.anonymous");
  const entity = suyuan.labels.entities[id];
  return entity ? entity.display : id;
}

function localized(table, key) {
  const entry = table && table[key];
  return entry ? (entry[suyuan.lang] !== undefined ? entry[suyuan.lang] : entry.zh) : undefined;
}

// compute, compute_relative_to:nvidia-h100, event_date:export_approval → words.
function metricName(metric) {
  if (!metric) return "";
  const [base, arg] = metric.split(":");
  if (base === "event_date" && arg) {
    const event = localized(suyuan.labels.events, arg) || arg;
    return suyuan.lang === "zh" ? `${event}日期` : `${event} date`;
  }
  const relative = base.match(/^(.*)_relative_to$/);
  if (relative && arg) {
    const name = localized(suyuan.labels.metrics, relative[1]) || relative[1];
    return suyuan.lang === "zh" ? `${name}（相对 ${entityName(arg)}）` : `${name} relative to ${entityName(arg)}`;
  }
  const name = localized(suyuan.labels.metrics, base) || base;
  return arg ? `${name}: ${entityName(arg)}` : name;
}

// An entity's name, or the words the claim used for an open subject (粮食) the gazetteer lacks.
function subjectName(id, written) {
  return suyuan.labels.entities[id] || !written ? entityName(id) : written;
}

// A metric's name, or the words the claim used when the labels do not know it.
function metricLabel(metric, written) {
  const base = (metric || "").split(":")[0].replace(/_relative_to$/, "");
  const known = localized(suyuan.labels.metrics, base) !== undefined || base === "event_date";
  return known || !written ? metricName(metric) : written;
}

function facetValueName(facet, value) {
  if (facet === "metric") return metricName(value);
  if (facet === "chip" || facet === "org" || facet === "person" || facet === "source") return entityName(value);
  return value;
}

// A resolved claim value in words: 30万片 → "300,000 片", 约20% → "约20%", a range, a date
// and its relation.
function valueText(value) {
  if (!value || typeof value !== "object") return "";
  const unit = value.currency || value.unit || "";
  const percent = unit === "percent" || unit === "fraction";
  const number = (x) => {
    if (typeof x !== "number") return String(x);
    if (unit === "fraction") return `${+(x * 100).toFixed(2)}%`;
    return x.toLocaleString(suyuan.lang === "zh" ? "zh-CN" : "en") + (percent ? "%" : "");
  };
  let text = "";
  if (value.date) text = value.date + (value.date_end ? ` – ${value.date_end}` : "");
  // A date of unknown year (EDTF XXXX-03-25) or relative words no reference date resolved (昨天).
  else if (value.partial) text = `${value.partial}${value.partial_end ? ` – ${value.partial_end}` : ""} (${t("date.year_unknown")})`;
  else if (value.unresolved) text = `${value.unresolved} (${t("date.unresolved")})`;
  else if (value.value !== undefined) text = number(value.value);
  else if (value.min !== undefined || value.max !== undefined) {
    const low = value.min !== undefined ? number(value.min) : "";
    const high = value.max !== undefined ? number(value.max) : "";
    text = value.min_exclusive || value.max_exclusive
      ? `${value.min_exclusive ? "(" : "["}${low}, ${high}${value.max_exclusive ? ")" : "]"}`
      : `${low} – ${high}`;
  }
  if (unit && !percent) text += ` ${unit}`;
  const approx = value.approx && value.approx !== "exact" ? localized(suyuan.labels.approx, value.approx) || value.approx : "";
  if (approx) text = suyuan.lang === "zh" ? `${approx}${text}` : `${approx} ${text}`;
  if (value.relation) text += ` (${value.relation})`;
  return text;
}

// A claim's period: the typed period when the extractor gives one, else the date it states.
function periodText(claim) {
  const period = claim.period;
  if (period && typeof period === "object") {
    const range = period.start === period.end ? period.start : [period.start, period.end].filter(Boolean).join(" – ");
    const kind = period.kind ? localized(suyuan.labels.period_kinds, period.kind) || period.kind : "";
    return [period.text, range && range !== period.text ? range : "", kind ? `(${kind})` : ""]
      .filter(Boolean).join(" ");
  }
  if (claim.value && (claim.value.date || claim.value.partial || claim.value.unresolved)) return valueText(claim.value);
  return "";
}

// forecast / target / estimate in words; "" for a reported (actual) figure.
function modalityName(modality) {
  if (!modality || modality === "actual") return "";
  return localized(suyuan.labels.modalities, modality) || modality;
}

function attributionText(claim) {
  const a = claim.attribution;
  if (!a || typeof a !== "object") return t("source.publisher");
  const name = a.source === "anonymous" ? t("source.anonymous") : (a.name || entityName(a.source));
  return a.via ? `${entityName(a.via)} → ${name}` : name;
}

// publisher → relaying outlet → attributed source, with display names.
function chainText(entry) {
  return (entry.chain || []).map((part) => entityName(part) || part).join(" → ");
}

function claimSpan(claim) {
  return claim.sentence_span || claim.value_span || null;
}

function docHref(docId, query, span) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (span) params.set("span", `${span.start}-${span.end}`);
  if (suyuan.lang !== "zh") params.set("lang", suyuan.lang);
  const search = params.toString();
  return `/doc/${encodeURIComponent(docId)}${search ? `?${search}` : ""}${span ? "#cited" : ""}`;
}

async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) throw new Error(body && body.error ? body.error.message : `HTTP ${response.status}`);
  return body;
}

async function loadLabels() {
  try {
    suyuan.labels = await fetchJson("/api/labels");
  } catch (e) { /* ids are shown instead of names */ }
}

// --- copy citation ----------------------------------------------------------------------------

async function copyText(text, textarea, status) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = t("cite.copied");
  } catch (e) {
    // No clipboard access (plain http on another host, or denied): select it for Ctrl+C.
    textarea.focus();
    textarea.select();
    status.textContent = document.execCommand && document.execCommand("copy") ? t("cite.copied") : t("cite.selected");
  }
}

let citeDialog = null;

function citationDialog() {
  if (citeDialog) return citeDialog;
  const dialog = el("dialog", "cite-dialog");
  dialog.setAttribute("aria-labelledby", "cite-title");
  const title = el("h2", "", t("cite.title"));
  title.id = "cite-title";
  title.dataset.i18n = "cite.title";
  const textLabel = el("label", "", t("cite.text"));
  textLabel.dataset.i18n = "cite.text";
  const text = el("textarea", "cite-text");
  text.readOnly = true;
  text.rows = 4;
  text.id = "cite-text";
  textLabel.htmlFor = text.id;
  const jsonLabel = el("label", "", t("cite.annotation"));
  jsonLabel.dataset.i18n = "cite.annotation";
  const json = el("textarea", "cite-json");
  json.readOnly = true;
  json.rows = 10;
  json.id = "cite-json";
  jsonLabel.htmlFor = json.id;
  const status = el("p", "cite-status");
  status.setAttribute("role", "status");
  const buttons = el("div", "cite-buttons");
  const copyPlain = el("button", "primary cite-copy-text", t("cite.copyText"));
  copyPlain.type = "button";
  copyPlain.dataset.i18n = "cite.copyText";
  copyPlain.addEventListener("click", () => copyText(text.value, text, status));
  const copyJson = el("button", "cite-copy-json", t("cite.copyJson"));
  copyJson.type = "button";
  copyJson.dataset.i18n = "cite.copyJson";
  copyJson.addEventListener("click", () => copyText(json.value, json, status));
  const close = el("button", "cite-close", t("close"));
  close.type = "button";
  close.dataset.i18n = "close";
  close.addEventListener("click", () => dialog.close());
  buttons.append(copyPlain, copyJson, close);
  dialog.append(title, textLabel, text, jsonLabel, json, buttons, status);
  document.body.append(dialog);
  citeDialog = { dialog, text, json, status };
  return citeDialog;
}

// Opens the citation of a claim: `selector` is "claim=N" or "span=S-E" of /api/cite.
async function openCitation(docId, selector) {
  const view = citationDialog();
  view.status.textContent = "";
  view.text.value = "…";
  view.json.value = "";
  if (!view.dialog.open) view.dialog.showModal();
  try {
    const cite = await fetchJson(`/api/cite/${encodeURIComponent(docId)}?${selector}`);
    view.text.value = cite.text;
    view.json.value = JSON.stringify(cite.annotation, null, 2);
    view.text.focus();
    view.text.select();
  } catch (err) {
    view.text.value = "";
    view.status.textContent = t("status.error", { m: err.message });
  }
}

function citeButton(docId, selector) {
  const button = el("button", "cite-button", t("cite.copy"));
  button.type = "button";
  button.dataset.i18n = "cite.copy";
  button.addEventListener("click", () => openCitation(docId, selector));
  return button;
}

function setupLanguageToggle() {
  const toggle = document.getElementById("lang-toggle");
  if (!toggle) return;
  toggle.addEventListener("click", () => setLanguage(suyuan.lang === "zh" ? "en" : "zh"));
}

suyuan.lang = initialLanguage();
