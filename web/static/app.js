// Search page: articles, claims and cross-check groups from the JSON API. Snippets are cut from
// the original text and highlighted by the raw byte spans the API returns, so what is marked
// is exactly what is cited.
"use strict";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
let view = "articles";

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
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
    mark.title = `bytes ${span.start}–${span.end}`;
    fragment.append(mark);
    at = end;
  }
  fragment.append(decoder.decode(bytes.subarray(at)));
  return fragment;
}

// A link to the article; with `span` ({start, end} bytes) the page marks exactly those bytes
// and scrolls to them (the mark's id is "cited").
function docLink(docId, text, query, span) {
  const link = el("a", "title", text);
  link.href = `/doc/${encodeURIComponent(docId)}?q=${encodeURIComponent(query)}` +
    (span ? `&span=${span.start}-${span.end}#cited` : "");
  return link;
}

function renderHit(hit, query) {
  const item = el("li", "hit");
  const meta = el("div", "meta", [hit.publisher, hit.published, hit.path, `score ${hit.score.toFixed(3)}`]
    .filter(Boolean).join(" · "));
  const snippet = el("p", "snippet");
  snippet.append(markedSnippet(hit.snippet, hit.snippet_span.start, hit.spans));
  const cite = el("div", "cite", hit.spans.length
    ? `cited bytes: ${hit.spans.slice(0, 8).map((s) => `${s.start}–${s.end}`).join(", ")}` +
      (hit.spans.length > 8 ? ` … (${hit.spans.length})` : "")
    : "");
  item.append(docLink(hit.doc_id, hit.title || hit.path, query), meta, snippet, cite);
  return item;
}

function valueText(value) {
  if (!value) return "";
  let text = "";
  if (value.date) text = value.date + (value.date_end ? `..${value.date_end}` : "");
  else if (value.value !== undefined) text = String(value.value);
  else if (value.min_exclusive || value.max_exclusive) {
    // 大于10小于20: an interval with its open ends, (10, 20).
    text = `${value.min_exclusive ? "(" : "["}${value.min}, ${value.max}${value.max_exclusive ? ")" : "]"}`;
  } else if (value.min !== undefined) text = `${value.min}..${value.max}`;
  const unit = value.currency || value.unit;
  if (unit) text += ` ${unit}`;
  if (value.approx && value.approx !== "exact") text += ` (${value.approx})`;
  if (value.relation) text += ` (${value.relation})`;  // 自2018年以来: 2018 (since)
  return text;
}

function sentenceSpan(claim) {
  const span = claim.sentence_span || claim.sentence_raw;
  return span ? `bytes ${span.start}–${span.end}` : "";
}

function renderClaim(entry, query) {
  const claim = entry.claim;
  const item = el("li", "hit claim");
  const head = el("div", "claim-head");
  head.append(el("strong", "", claim.subject || "?"), " · ", el("span", "metric", claim.metric || "?"),
    " = ", el("code", "", valueText(claim.value)));
  const chain = el("div", "meta", [entry.chain.join(" → "), entry.published, entry.path, sentenceSpan(claim)]
    .filter(Boolean).join(" · "));
  const sentence = el("blockquote", "", claim.sentence || "");
  item.append(head, chain, sentence, docLink(entry.doc_id, entry.title || entry.path, query, claim.sentence_span));
  return item;
}

function renderGroup(group, query) {
  const item = el("li", `hit group ${group.verdict}`);
  const head = el("div", "claim-head");
  head.append(el("span", `verdict ${group.verdict}`, group.verdict), " ",
    el("strong", "", group.subject), " · ", el("span", "metric", group.metric),
    group.unit ? ` · ${group.unit}` : "");
  const why = el("div", "meta", `${group.documents} article(s), ${group.independent_sources} independent source(s) — ${group.explanation}`);
  const list = el("ul", "group-claims");
  for (const entry of group.claims) {
    const row = el("li");
    row.append(el("code", "", valueText(entry.claim.value)), " ",
      el("span", "meta", `${entry.chain.join(" → ")} · ${entry.published || "undated"} · ${sentenceSpan(entry.claim)}`),
      el("blockquote", "", entry.claim.sentence || ""),
      docLink(entry.doc_id, entry.title || entry.path, query, entry.claim.sentence_span));
    list.append(row);
  }
  item.append(head, why, list);
  return item;
}

function renderFacets(facets) {
  const aside = document.getElementById("facets");
  aside.replaceChildren();
  if (!facets) return;
  for (const [name, values] of Object.entries(facets)) {
    if (!values.length) continue;
    const box = el("section", "facet");
    box.append(el("h3", "", name));
    const list = el("ul");
    for (const { value, count } of values.slice(0, 10)) {
      const link = el("a", "", `${value} (${count})`);
      const input = document.getElementById("q");
      const filter = ["month"].includes(name) ? `date:${value}..${value}` : `${name}:${value}`;
      link.href = `/?q=${encodeURIComponent(`${input.value} ${filter}`.trim())}`;
      const li = el("li");
      li.append(link);
      list.append(li);
    }
    box.append(list);
    aside.append(box);
  }
}

async function fetchJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : `HTTP ${response.status}`);
  return body;
}

async function runSearch(query) {
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  results.replaceChildren();
  renderFacets(null);
  status.classList.remove("error");
  if (!query.trim() && view !== "check") {
    status.textContent = "";
    return;
  }
  status.textContent = "…";
  const q = encodeURIComponent(query);
  try {
    if (view === "articles") {
      const body = await fetchJson(`/api/search?limit=20&facets=1&q=${q}`);
      status.textContent = `about ${body.total_estimate} article(s)`;
      for (const hit of body.results) results.append(renderHit(hit, query));
      renderFacets(body.facets);
    } else if (view === "claims") {
      const body = await fetchJson(`/api/claims?limit=50&facets=1&q=${q}`);
      status.textContent = `about ${body.total_estimate} claim(s)`;
      for (const entry of body.results) results.append(renderClaim(entry, query));
      renderFacets(body.facets);
    } else {
      const body = await fetchJson(`/api/check?single=0${query.trim() ? `&q=${q}` : ""}`);
      status.textContent = `${body.groups.length} group(s) stated by more than one article`;
      for (const group of body.groups) results.append(renderGroup(group, query));
    }
  } catch (err) {
    status.textContent = `Error: ${err.message}`;
    status.classList.add("error");
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("search-form");
  const input = document.getElementById("q");
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  view = params.get("view") || "articles";
  const tabs = document.querySelectorAll(".tabs button");
  const selectTab = () => tabs.forEach((t) => t.setAttribute("aria-selected", String(t.dataset.view === view)));
  const update = () => {
    history.replaceState(null, "", `/?q=${encodeURIComponent(input.value)}&view=${view}`);
    runSearch(input.value);
  };
  tabs.forEach((tab) => tab.addEventListener("click", () => {
    view = tab.dataset.view;
    selectTab();
    update();
  }));
  selectTab();
  runSearch(input.value);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
});
