// Search page: articles, claims, cross-check groups and a timeline from the JSON API. The
// query, the tab, the page and the filters live in the URL, so every view can be linked and
// the back button works. Snippets are cut from the original text and highlighted by the raw
// byte spans the API returns, so what is marked is exactly what is cited.
"use strict";

const PAGE_SIZE = { articles: 10, claims: 20 };
const FACET_ORDER = ["chip", "org", "person", "source", "publisher", "metric", "month"];
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const state = { q: "", view: "articles", page: 1, entity: "", single: false };
let lastRender = null;  // re-renders the current results when the language changes

function readUrl() {
  const params = new URLSearchParams(location.search);
  state.q = params.get("q") || "";
  state.view = ["articles", "claims", "check", "timeline"].includes(params.get("view")) ? params.get("view") : "articles";
  state.page = Math.max(1, Number.parseInt(params.get("page") || "1", 10) || 1);
  state.entity = params.get("entity") || "";
  state.single = params.get("single") === "1";
}

function urlFor(changes) {
  const next = { ...state, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.view !== "articles") params.set("view", next.view);
  if (next.page > 1) params.set("page", String(next.page));
  if (next.entity) params.set("entity", next.entity);
  if (next.single) params.set("single", "1");
  if (suyuan.lang !== "zh") params.set("lang", suyuan.lang);
  const search = params.toString();
  return `/${search ? `?${search}` : ""}`;
}

function navigate(changes) {
  history.pushState(null, "", urlFor(changes));
  readUrl();
  syncForm();
  run();
}

// A link that navigates within the page (and still works opened in a new tab).
function stateLink(text, changes, className) {
  const link = el("a", className, text);
  link.href = urlFor(changes);
  link.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(changes);
  });
  return link;
}

// DOM nodes for `snippet` (raw bytes [base, base+len)) with `spans` marked.
function markedSnippet(snippet, base, spans) {
  const bytes = encoder.encode(snippet);
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const span of spans) {
    const start = Math.max(span.start - base, at);
    const end = Math.min(span.end - base, bytes.length);
    if (end <= start) continue;
    fragment.append(decoder.decode(bytes.subarray(at, start)));
    const mark = el("mark", "", decoder.decode(bytes.subarray(start, end)));
    mark.title = `${t("field.bytes")} ${span.start}–${span.end}`;
    fragment.append(mark);
    at = end;
  }
  fragment.append(decoder.decode(bytes.subarray(at)));
  return fragment;
}

function provenance(parts) {
  return el("div", "meta", parts.filter(Boolean).join(" · "));
}

function renderHit(hit) {
  const item = el("li", "hit");
  const title = el("a", "title", hit.title || hit.path);
  title.href = docHref(hit.doc_id, state.q);
  const snippet = el("p", "snippet");
  snippet.append(markedSnippet(hit.snippet, hit.snippet_span.start, hit.spans));
  // Provenance: publisher → the sources the article attributes its statements to.
  const sources = (hit.sources || []).slice(0, 4).map((id) => entityName(id)).join("、");
  const origin = (hit.publisher || hit.path) + (sources ? ` → ${sources}` : "");
  item.append(title, provenance([origin, hit.published]), snippet);
  // Copies of the article folded into this hit: its lineage lists them.
  if (hit.reposts > 0) {
    const copies = el("a", "reposts-link", t("hit.reposts", { n: hit.reposts }));
    copies.href = `${docHref(hit.doc_id, state.q)}#lineage`;
    item.append(copies);
  }
  return item;
}

function claimHead(claim) {
  const head = el("div", "claim-head");
  head.append(el("strong", "subject", subjectName(claim.subject, claim.subject_text) || "?"), " · ",
    el("span", "metric", metricLabel(claim.metric, claim.metric_text) || "?"), " ",
    el("span", "value", valueText(claim.value)));
  return head;
}

function quoteLink(entry) {
  const claim = entry.claim;
  const quote = el("blockquote", "quote");
  const link = el("a", "", claim.sentence || entry.title || entry.path);
  link.href = docHref(entry.doc_id, state.q, claimSpan(claim));
  const span = claimSpan(claim);
  if (span) link.title = `${t("field.bytes")} ${span.start}–${span.end}`;
  quote.append(link);
  return quote;
}

function citeSelector(claim) {
  const span = claim.value_span || claim.sentence_span;
  return span ? `span=${span.start}-${span.end}` : "claim=0";
}

function renderClaim(entry) {
  const claim = entry.claim;
  const item = el("li", "hit claim-hit");
  const period = periodText(claim) !== valueText(claim.value) ? periodText(claim) : "";
  const modality = modalityName(claim.modality);
  item.append(claimHead(claim),
    provenance([chainText(entry), entry.published, period ? `${t("field.period")}: ${period}` : "",
      claim.scope ? `${t("field.scope")}: ${claim.scope}` : "", modality]),
    quoteLink(entry), citeButton(entry.doc_id, citeSelector(claim)));
  return item;
}

// --- the reason of a cross-check verdict, in the reader's language ----------------------------
// The check JSON carries the reason in English (`explanation`); for Chinese it is written here
// from the group's structured fields: the question, each article's value as written, who wrote
// it, the counts and the origins. English readers get the explanation as the check wrote it.

// The figure as the article wrote it: the value's bytes cut from its sentence.
function writtenValue(claim) {
  const sentence = claim.sentence_span, value = claim.value_span;
  if (claim.sentence && sentence && value && value.start >= sentence.start && value.end <= sentence.end) {
    const bytes = encoder.encode(claim.sentence);
    const text = decoder.decode(bytes.subarray(value.start - sentence.start, value.end - sentence.start));
    if (text) return text;
  }
  return valueText(claim.value);
}

// 2022, 2022-04..2022-06, "as of 2022-12-31" → 2022年, 2022-04至2022-06, 截至2022-12-31.
function periodZh(period) {
  if (!period) return "";
  if (period.startsWith("as of ")) return `截至${period.slice(6)}`;
  return /^\d{4}$/.test(period) ? `${period}年` : period.replace("..", "至");
}

// The question a group answers: period, subject, metric (scope, modality).
function questionZh(group) {
  const qualifiers = [group.scope, modalityName(group.modality)].filter(Boolean);
  return [periodZh(group.period), subjectName(group.subject, group.subject_text), metricLabel(group.metric, group.metric_text)]
    .filter(Boolean).join(" ") + (qualifiers.length ? `（${qualifiers.join("，")}）` : "");
}

function whoZh(entry) {
  const name = entityName(entry.publisher) || entry.path;
  return entry.published ? `${name}（${entry.published.slice(0, 10)}）` : name;
}

// Who a claim traces back to: an entity, a publisher, or the article itself.
function originZh(origin, entries) {
  if (origin.startsWith("doc:")) {
    const entry = entries.find((e) => e.doc_id === origin.slice(4));
    return entry ? entry.title || entry.path : origin.slice(4);
  }
  return entityName(origin);
}

// A single number (not a range or a bound): what the percent apart is computed from.
function pointValue(value) {
  if (!value || value.value === undefined || typeof value.value !== "number") return null;
  return !value.approx || value.approx === "exact" || value.approx === "about" ? value.value : null;
}

// "A（date）写 x，B（date）写 y" for one claim per article (the first of each).
function valuesZh(entries, limit) {
  const seen = new Set(), parts = [];
  for (const entry of entries) {
    if (seen.has(entry.doc_id)) continue;
    seen.add(entry.doc_id);
    parts.push(`${whoZh(entry)}写“${writtenValue(entry.claim)}”`);
  }
  const shown = parts.slice(0, limit);
  return shown.join("，") + (parts.length > limit ? ` 等 ${parts.length} 篇` : "");
}

// Who wrote a conflict ref's value: publisher (else the article's path) and date.
function refWhoZh(ref, entries) {
  const entry = entries[ref.index];
  const name = entityName(ref.publisher) || (entry ? entry.path : ref.doc_id);
  return ref.published ? `${name}（${ref.published.slice(0, 10)}）` : name;
}

// "相差 1.7%" (numbers, from relative_distance) or "相差 12 天" (dates, from distance).
function gapText(group, conflict) {
  if (typeof conflict.relative_distance === "number") {
    const percent = 100 * conflict.relative_distance;
    return t("check.gap", { p: `${Number(percent.toPrecision(percent < 10 ? 2 : 3))}%` });
  }
  if (group.unit === "date" && typeof conflict.distance === "number") {
    return t("check.gapDays", { n: Math.round(conflict.distance) });
  }
  return "";
}

// The conflict's two refs in the order of the group's claims (the first-listed article first).
function conflictRefs(conflict) {
  return conflict.a.index <= conflict.b.index ? [conflict.a, conflict.b] : [conflict.b, conflict.a];
}

function explanationZh(group) {
  const entries = group.claims || [];
  const question = questionZh(group);
  const origins = [...new Set(entries.map((e) => e.origin))];
  if (group.verdict === "conflict") {
    const docs = [...new Set(entries.map((e) => e.doc_id))];
    let text = `${question}：`;
    if (group.conflict && group.conflict.a && group.conflict.b) {
      // The closest disagreeing values, as the check compared them.
      const [a, b] = conflictRefs(group.conflict);
      text += `${refWhoZh(a, entries)}写“${a.value_text}”，${refWhoZh(b, entries)}写“${b.value_text}”，数值不重合`;
      const gap = gapText(group, group.conflict);
      if (gap) text += `，${gap}`;
      if (docs.length > 2) text += `（${group.compared_pairs} 对文章中 ${group.disagreeing_pairs} 对不一致）`;
    } else {
      text += `各文章的数值并不都重合：${valuesZh(entries, 6)}`;
    }
    const quoted = group.reason === "misquoted_source" ||
      (!group.reason && origins.length === 1 && entries.every((e) => e.origin !== e.publisher) && !origins[0].startsWith("doc:"));
    if (quoted) text += `；都称出自${originZh(origins[0], entries)}（至少一篇引述有误）`;
    return `${text}。`;
  }
  if (group.verdict === "agree") {
    // Agreeing origins that share an article are one source: then only the values are told.
    const agreeing = independentSources(group, group.agreeing_origins || []);
    const who = agreeing >= 2 ? `${agreeing} 个独立来源` : "各文章";
    return `${who}对“${question}”的说法在容差内一致：${valuesZh(entries, 4)}。`;
  }
  if (group.verdict === "update" || group.verdict === "possible-conflict") {
    // Values that differ, but as an update of a series, or on weak evidence (reason in words).
    let text = `${question}：`;
    if (group.conflict && group.conflict.a && group.conflict.b) {
      const [a, b] = conflictRefs(group.conflict);
      text += `${refWhoZh(a, entries)}写“${a.value_text}”，${refWhoZh(b, entries)}写“${b.value_text}”`;
    } else {
      text += valuesZh(entries, 4);
    }
    const key = `reason.${group.reason}`;
    const why = hasString(key) ? t(key) : group.reason || "";
    const weak = (group.weak_evidence || []).map((code) => (hasString(`reason.${code}`) ? t(`reason.${code}`) : code));
    if (group.verdict === "update") return `${text}。${why ? `${why}，` : ""}不算冲突。`;
    return `${text}，数值不重合；但${weak.length ? weak.join("；") : why}，不能确定是冲突。`;
  }
  if (group.verdict !== "single-source") return group.explanation || "";  // a verdict this page does not know yet
  if (group.documents <= 1) return "只有一篇文章提到这一点。";
  if (group.independent_sources <= 1) {
    const cluster = (group.sources || []).find((s) => s.repost_origin);
    const repost = entries.find((e) => e.repost_of);
    if (cluster || repost) {
      const originDoc = cluster ? cluster.repost_origin : null;
      const original = entries.find((e) => (originDoc ? e.doc_id === originDoc : e.repost_of && e.publisher === repost.origin) && e.published);
      const who = original ? entityName(original.publisher) || original.path : originZh((cluster || repost).origin, entries);
      const date = original ? ` ${original.published.slice(0, 10)} ` : " ";
      return `${group.documents} 篇文章，只有 1 个独立来源：都是${who}${date}那篇文章的转载。`;
    }
    return `${group.documents} 篇文章，但都出自同一来源：${originZh(origins[0] || "", entries)}。`;
  }
  return "没有两个独立来源给出可以比较的数值。";
}

function explanationText(group) {
  return suyuan.lang === "en" || !group.claims ? group.explanation || "" : explanationZh(group);
}

// A verdict or reason code as a CSS class: known codes as they are, anything else "other".
function codeClass(code) {
  return /^[a-z][a-z_-]*$/.test(code || "") ? code : "other";
}

// The verdict's badge: the words for a known verdict, the code itself for a new one.
function verdictBadge(verdict) {
  const key = `verdict.${verdict}`;
  return el("span", `verdict ${codeClass(verdict)}`, hasString(key) ? t(key) : verdict || "?");
}

// The reason code in words (the code beside them, for programs and bug reports).
function reasonLine(group) {
  if (!group.reason) return null;
  const line = el("p", "reason");
  line.dataset.reason = group.reason;
  const key = `reason.${group.reason}`;
  line.append(el("strong", "", t("check.reason")));
  line.append(el("span", "reason-words", hasString(key) ? t(key) : group.explanation || group.reason));
  const code = el("code", "reason-code", group.reason);
  code.title = t("check.code");
  line.append(" ", code);
  // Every weakness of a possible conflict (the reason names the first).
  const weak = (group.weak_evidence || []).filter((c) => typeof c === "string");
  if (weak.length > 1) {
    const list = el("span", "weak-evidence");
    list.append(` · ${t("check.weak")}`, weak.map((c) => (hasString(`reason.${c}`) ? t(`reason.${c}`) : c)).join("；"));
    line.append(list);
  }
  return line;
}

// The group's independent sources: its `sources` (each origin its claims name, a re-post cluster
// as one) joined when they share an article — an article quoting two people is one source, not
// two, as the check's `independent_sources` counts it. Each is a list of `sources` entries, in
// the check's order. `among`: only the sources of these origins.
function independentGroups(group, among) {
  const sources = (group.sources || []).filter((s) => !among || among.includes(s.origin));
  const parent = sources.map((_, i) => i);
  const root = (i) => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const byDoc = new Map();
  sources.forEach((source, i) => {
    for (const doc of source.documents || []) {
      if (byDoc.has(doc)) parent[root(i)] = root(byDoc.get(doc));
      else byDoc.set(doc, i);
    }
  });
  const groups = new Map();
  sources.forEach((source, i) => {
    const r = root(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r).push(source);
  });
  return [...groups.values()];
}

// How many independent sources the group has (the check's count from a server without `sources`).
function independentSources(group, among) {
  if (!group.sources || !group.sources.length) return among ? among.length : group.independent_sources;
  return independentGroups(group, among).length;
}

// Counts: articles, independent sources (re-posts once), compared and disagreeing pairs.
function countsLine(group) {
  const folded = (group.sources || []).some((s) => s.repost_origin && s.documents.length > 1);
  const independent = independentSources(group);
  let text = t("check.counts", { d: group.documents, s: independent }) + (folded ? t("check.reposts") : "");
  if (group.compared_pairs) text += ` · ${t("check.pairs", { c: group.compared_pairs, x: group.disagreeing_pairs || 0 })}`;
  const line = el("div", "meta counts", text);
  line.dataset.independent = String(independent);
  return line;
}

// The two values that conflict, side by side, each linked to its exact bytes.
function conflictPanel(group) {
  const conflict = group.conflict;
  if (!conflict || !conflict.a || !conflict.b) return null;
  const entries = group.claims || [];
  const panel = el("div", "conflict-pair");
  panel.setAttribute("role", "group");
  panel.setAttribute("aria-label", t("check.conflict"));
  conflictRefs(conflict).forEach((ref, i) => {
    const side = el("div", `conflict-side side-${i ? "b" : "a"}`);
    const value = el("a", "conflict-value", ref.value_text || "—");
    const span = ref.value_span && ref.value_span.end > ref.value_span.start ? ref.value_span : null;
    value.href = docHref(ref.doc_id, state.q, span);
    if (span) value.title = `${t("check.valueBytes")} ${span.start}–${span.end}`;
    const entry = entries[ref.index];
    side.append(value, el("div", "meta", [entityName(ref.publisher) || (entry ? entry.path : ref.doc_id),
      ref.published ? ref.published.slice(0, 10) : "",
      ref.origin && ref.origin !== ref.publisher && entry ? originZh(ref.origin, entries) : ""].filter(Boolean).join(" · ")));
    if (i === 1) panel.append(el("span", "versus", "≠"));
    panel.append(side);
  });
  const gap = gapText(group, conflict);
  if (gap) panel.append(el("div", "gap", gap));
  return panel;
}

// Where every value of the group meets (agree): low – high unit; an open bound says so.
function overlapLine(group) {
  const overlap = group.overlap;
  if (!overlap) return null;
  // A score is its two sides (3:0), not a range.
  if (typeof overlap.against === "number") return el("p", "overlap", `${t("check.overlap")}${overlap.low}:${overlap.against}`);
  const percent = overlap.unit === "percent";
  const bound = (x) => (x === null || x === undefined ? t("check.open")
    : typeof x === "number" ? x.toLocaleString(suyuan.lang === "zh" ? "zh-CN" : "en") + (percent ? "%" : "") : String(x));
  const range = overlap.low === overlap.high ? bound(overlap.low) : `${bound(overlap.low)} – ${bound(overlap.high)}`;
  const unit = overlap.unit && overlap.unit !== "date" && !percent ? ` ${overlap.unit}` : "";
  return el("p", "overlap", `${t("check.overlap")}${range}${unit}`);
}

// One claim of a source: value, period, publisher, attributed source, date, quote, citation.
function sourceCard(group, entry, index) {
  const claim = entry.claim;
  const card = el("div", "source-card");
  card.dataset.claim = String(index);
  const conflict = group.conflict;
  if (conflict && conflict.a && conflict.b) {
    const [a, b] = conflictRefs(conflict);
    if (a.index === index || b.index === index) {
      card.classList.add("conflict-side", a.index === index ? "side-a" : "side-b");
    }
  }
  const fields = el("dl");
  const field = (key, value) => {
    if (!value) return;
    fields.append(el("dt", "", t(key)), el("dd", "", value));
  };
  const value = valueText(claim.value);
  card.append(el("div", "source-value", value || "—"));
  if (periodText(claim) !== value) field("field.period", periodText(claim));
  field("field.publisher", entityName(entry.publisher) || entry.path);
  field("field.source", attributionText(claim));
  field("field.published", entry.published);
  card.append(fields, quoteLink(entry), citeButton(entry.doc_id, citeSelector(claim)));
  return card;
}

// The claims of a group by independent source (independentGroups: a re-post cluster, or the
// origins of one article, are one), in the order the check lists them; claims no source names
// come last.
function sourceColumns(group) {
  const entries = group.claims || [];
  const placed = new Set();
  const columns = independentGroups(group).map((sources) => {
    const members = [];
    for (const source of sources) {
      entries.forEach((entry, i) => {
        if (placed.has(i) || entry.origin !== source.origin || !source.documents.includes(entry.doc_id)) return;
        placed.add(i);
        members.push(i);
      });
    }
    return { sources, members };
  });
  const rest = entries.map((_, i) => i).filter((i) => !placed.has(i));
  if (rest.length) columns.push({ sources: [], members: rest });
  return columns.filter((c) => c.members.length);
}

// One group: verdict and reason, counts, the conflicting pair, then the sources side by side.
function renderGroup(group) {
  const item = el("li", `hit group ${codeClass(group.verdict)}`);
  item.dataset.verdict = group.verdict || "";
  const head = el("div", "claim-head");
  head.append(verdictBadge(group.verdict), " ",
    el("strong", "subject", subjectName(group.subject, group.subject_text)), " · ",
    el("span", "metric", metricLabel(group.metric, group.metric_text)));
  // The question the group answers: its period, scope and modality, when it has them.
  const question = [group.period, group.scope, modalityName(group.modality)].filter(Boolean);
  if (question.length) head.append(" ", el("span", "question", `(${question.join(" · ")})`));
  const why = el("p", "why");
  why.append(el("strong", "", t("check.why")), explanationText(group));
  if (suyuan.lang !== "en") why.title = group.explanation || "";  // the check's own words
  item.append(head, ...[reasonLine(group), countsLine(group), why, conflictPanel(group), overlapLine(group)].filter(Boolean));
  const entries = group.claims || [];
  const agreeing = new Set(group.agreeing_origins || []);
  const row = el("div", "sources");
  row.setAttribute("role", "list");
  sourceColumns(group).forEach(({ sources, members }, n) => {
    const column = el("section", "source-column");
    column.setAttribute("role", "listitem");
    const title = el("h3", "source-origin");
    if (sources.length) {
      column.dataset.origin = sources.map((source) => source.origin).join(" ");
      const names = sources.map((source) => originZh(source.origin, entries)).join(" · ");
      title.append(t("check.source", { n: n + 1, name: names }));
      if (sources.some((source) => agreeing.has(source.origin)))
        title.append(" ", el("span", "agreeing", `✓ ${t("check.agreeing")}`));
    } else {
      title.append("—");
    }
    column.append(title);
    const source = sources.find((s) => s.repost_origin && s.documents.length > 1);
    if (source) {
      // A re-post cluster counts once: say so, and name the article they copy.
      const note = el("p", "repost-note", t("check.repostOf", { n: source.documents.length }));
      const original = entries.find((e) => e.doc_id === source.repost_origin);
      const link = el("a", "repost-origin", original
        ? [entityName(original.publisher) || original.path, original.published ? original.published.slice(0, 10) : ""]
          .filter(Boolean).join(" ") + (original.title ? `《${original.title}》` : "")
        : source.repost_origin);
      link.href = `${docHref(source.repost_origin, state.q)}#lineage`;
      note.append(link);
      column.append(note);
    }
    for (const i of members) column.append(sourceCard(group, entries[i], i));
    row.append(column);
  });
  item.append(row);
  return item;
}

function facetFilter(name, value) {
  if (name === "month") return `date:${value}..${value}`;
  return /^[\w.-]+$/.test(value) ? `${name}:${value}` : `${name}:"${value.replaceAll("\"", "")}"`;
}

function renderFacets(facets, estimated) {
  const aside = document.getElementById("facets");
  aside.replaceChildren();
  if (!facets) return;
  const heading = el("h2", "facets-title", t("facets"));
  aside.append(heading);
  if (estimated) aside.append(el("p", "note", t("facets.estimated")));
  for (const name of FACET_ORDER) {
    const values = facets[name];
    if (!values || !values.length) continue;
    const box = el("section", "facet");
    box.append(el("h3", "", t(`facet.${name}`)));
    const list = el("ul");
    for (const { value, count } of values.slice(0, 10)) {
      const filter = facetFilter(name, value);
      const active = state.q.split(/\s+/).includes(filter);
      const li = el("li");
      // A chosen value is marked; choosing it again removes its filter.
      const q = active ? state.q.split(/\s+/).filter((part) => part !== filter).join(" ") : `${state.q} ${filter}`.trim();
      const link = stateLink(facetValueName(name, value), { q, page: 1 }, active ? "active" : "");
      if (active) link.setAttribute("aria-current", "true");
      link.dataset.facet = name;
      link.dataset.value = value;
      link.title = filter;
      li.append(link, " ", el("span", "count", estimated ? `≈${count}` : String(count)));
      list.append(li);
    }
    box.append(list);
    aside.append(box);
  }
}

function renderPager(total, size) {
  const pager = document.getElementById("pager");
  pager.replaceChildren();
  const pages = Math.ceil(total / size);
  if (pages <= 1 && state.page === 1) return;
  if (state.page > 1) pager.append(stateLink(t("page.prev"), { page: state.page - 1 }, "prev"));
  pager.append(el("span", "at", t("page.at", { p: state.page })));
  if (state.page < pages) pager.append(stateLink(t("page.next"), { page: state.page + 1 }, "next"));
}

// --- timeline ----------------------------------------------------------------------------------

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function dayOf(text) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text || "");
  if (!match) return null;
  return Date.UTC(+match[1], match[2] ? +match[2] - 1 : 0, match[3] ? +match[3] : 1);
}

// Points of the timeline: an event claim (event_date:…) at the date it states, any other
// claim at its article's publication date.
function timelinePoints(groups) {
  const points = [];
  for (const group of groups) {
    for (const entry of group.claims) {
      const claim = entry.claim;
      const event = (claim.metric || "").startsWith("event_date:") && claim.value && claim.value.date;
      const day = dayOf(event ? claim.value.date : entry.published);
      if (day === null) continue;
      points.push({ day, event: Boolean(event), entry, subject: claim.subject || "" });
    }
  }
  return points.sort((a, b) => a.day - b.day);
}

function renderTimeline(groups) {
  const all = timelinePoints(groups);
  const controls = document.getElementById("controls");
  const subjects = [...new Set(all.map((p) => p.subject))].sort();
  const label = el("label", "entity-filter", `${t("timeline.entity")} `);
  const select = el("select");
  select.id = "entity";
  select.append(new Option(t("timeline.all"), ""));
  for (const subject of subjects) select.append(new Option(entityName(subject), subject, false, subject === state.entity));
  select.addEventListener("change", () => navigate({ entity: select.value }));
  label.append(select);
  const legend = el("span", "legend");
  legend.append(el("span", "dot claim-dot"), t("timeline.claim"), " ", el("span", "dot event-dot"), t("timeline.event"));
  controls.replaceChildren(label, legend);

  const points = state.entity ? all.filter((p) => p.subject === state.entity) : all;
  const results = document.getElementById("results");
  document.getElementById("status").textContent =
    t("status.timeline", { n: points.filter((p) => !p.event).length, e: points.filter((p) => p.event).length });
  if (!points.length) {
    results.append(el("li", "note", t("timeline.none")));
    return;
  }
  const lanes = [...new Set(points.map((p) => p.subject))];
  const width = 900, left = 130, right = 20, top = 30, lane = 40;
  const height = top + lanes.length * lane + 30;
  const first = points[0].day, last = points[points.length - 1].day;
  const span = Math.max(last - first, 86400000 * 30);
  const x = (day) => left + ((day - first) / span) * (width - left - right);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "timeline", role: "img" });
  chart.append(svg("title", {}, t("tab.timeline")));
  // Year (or month, for short ranges) ticks.
  const start = new Date(first), months = span / (86400000 * 30) < 24;
  for (let d = Date.UTC(start.getUTCFullYear(), months ? start.getUTCMonth() : 0, 1); d <= last;) {
    if (d >= first) {
      chart.append(svg("line", { x1: x(d), x2: x(d), y1: top - 10, y2: height - 20, class: "tick" }));
      const date = new Date(d);
      chart.append(svg("text", { x: x(d) + 2, y: top - 14, class: "tick-label" },
        months ? `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}` : String(date.getUTCFullYear())));
    }
    const next = new Date(d);
    if (months) next.setUTCMonth(next.getUTCMonth() + (span > 86400000 * 365 ? 3 : 1)); else next.setUTCFullYear(next.getUTCFullYear() + 1);
    d = next.getTime();
  }
  lanes.forEach((subject, i) => {
    const y = top + i * lane + lane / 2;
    chart.append(svg("text", { x: 4, y: y + 4, class: "lane-label" }, entityName(subject) || "—"));
    chart.append(svg("line", { x1: left, x2: width - right, y1: y, y2: y, class: "lane" }));
  });
  for (const point of points) {
    const y = top + lanes.indexOf(point.subject) * lane + lane / 2;
    const claim = point.entry.claim;
    const link = svg("a", { href: docHref(point.entry.doc_id, state.q, claimSpan(claim)), class: point.event ? "event" : "claim" });
    link.append(point.event
      ? svg("rect", { x: x(point.day) - 5, y: y - 5, width: 10, height: 10, transform: `rotate(45 ${x(point.day)} ${y})` })
      : svg("circle", { cx: x(point.day), cy: y, r: 5 }));
    link.append(svg("title", {}, `${new Date(point.day).toISOString().slice(0, 10)} · ${entityName(claim.subject)} · ` +
      `${metricName(claim.metric)} ${valueText(claim.value)} · ${chainText(point.entry)}`));
    chart.append(link);
  }
  const figure = el("li", "timeline-figure");
  figure.append(chart);
  results.append(figure);
  // The same points as a list, readable by keyboard and screen readers.
  for (const point of points) {
    const item = renderClaim(point.entry);
    item.prepend(el("div", `when ${point.event ? "event" : ""}`, new Date(point.day).toISOString().slice(0, 10)));
    results.append(item);
  }
}

// --- running a view ----------------------------------------------------------------------------

let generation = 0;

async function run() {
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const mine = ++generation;
  delete document.body.dataset.ready;
  results.replaceChildren();
  document.getElementById("controls").replaceChildren();
  document.getElementById("pager").replaceChildren();
  renderFacets(null);
  status.classList.remove("error");
  document.title = state.q ? `${state.q} · 溯源 suyuan` : "溯源 suyuan — 中文新闻引证检索";
  if (!state.q.trim() && (state.view === "articles" || state.view === "claims")) {
    status.textContent = t("status.enter");
    lastRender = null;
    return;
  }
  status.textContent = t("status.loading");
  const q = encodeURIComponent(state.q);
  try {
    let render;
    if (state.view === "articles" || state.view === "claims") {
      const size = PAGE_SIZE[state.view];
      const api = state.view === "articles" ? "search" : "claims";
      const body = await fetchJson(`/api/${api}?limit=${size}&offset=${(state.page - 1) * size}&facets=1&q=${q}`);
      render = () => {
        results.replaceChildren();
        status.textContent = body.results.length || state.page > 1
          ? t(state.view === "articles" ? "status.articles" : "status.claims", { n: body.total_estimate })
          : t("status.none");
        for (const entry of body.results) results.append(state.view === "articles" ? renderHit(entry) : renderClaim(entry));
        renderFacets(body.facets, body.facets_estimated);
        renderPager(body.total_estimate, size);
      };
    } else {
      const single = state.view === "timeline" || state.single ? 1 : 0;
      const body = await fetchJson(`/api/check?single=${single}${state.q.trim() ? `&q=${q}` : ""}`);
      render = () => {
        results.replaceChildren();
        if (state.view === "timeline") {
          renderTimeline(body.groups);
          return;
        }
        const controls = document.getElementById("controls");
        const label = el("label", "single-toggle");
        const box = el("input");
        box.type = "checkbox";
        box.checked = state.single;
        box.addEventListener("change", () => navigate({ single: box.checked }));
        label.append(box, " ", t("check.single"));
        controls.replaceChildren(label);
        status.textContent = body.groups.length ? t("status.groups", { n: body.groups.length }) : t("status.none");
        for (const group of body.groups) results.append(renderGroup(group));
      };
    }
    if (mine !== generation) return;  // a newer search started meanwhile
    lastRender = render;
    render();
    document.body.dataset.ready = "true";
  } catch (err) {
    if (mine !== generation) return;
    lastRender = null;
    status.textContent = t("status.error", { m: err.message });
    status.classList.add("error");
  }
}

function syncForm() {
  document.getElementById("q").value = state.q;
  for (const tab of document.querySelectorAll(".tabs [role=tab]")) {
    const selected = tab.dataset.view === state.view;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  readUrl();
  setupLanguageToggle();
  suyuan.onLanguage.push(() => {
    if (lastRender) lastRender();
    else if (!state.q.trim() && (state.view === "articles" || state.view === "claims")) document.getElementById("status").textContent = t("status.enter");
  });
  applyLanguage();
  syncForm();
  await loadLabels();
  const form = document.getElementById("search-form");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate({ q: document.getElementById("q").value.trim(), page: 1 });
  });
  const tabs = [...document.querySelectorAll(".tabs [role=tab]")];
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => navigate({ view: tab.dataset.view, page: 1 }));
    // Arrow keys move between tabs (WAI-ARIA tabs pattern).
    tab.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      next.focus();
      next.click();
    });
  });
  window.addEventListener("popstate", () => {
    readUrl();
    syncForm();
    run();
  });
  run();
});
