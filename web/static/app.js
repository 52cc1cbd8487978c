// Search page: calls /api/search and renders hits. Snippets are cut from the original text and
// highlighted by the raw byte spans the API returns, so what is marked is what is cited.
"use strict";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Builds DOM nodes for `snippet` (raw bytes [base, base+len)) with `spans` marked.
function markedSnippet(snippet, base, spans) {
  const bytes = encoder.encode(snippet);
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const span of spans) {
    const start = Math.max(span.start - base, at);
    const end = Math.min(span.end - base, bytes.length);
    if (end <= start) continue;
    fragment.append(decoder.decode(bytes.subarray(at, start)));
    const mark = document.createElement("mark");
    mark.textContent = decoder.decode(bytes.subarray(start, end));
    mark.title = `bytes ${span.start}–${span.end}`;
    fragment.append(mark);
    at = end;
  }
  fragment.append(decoder.decode(bytes.subarray(at)));
  return fragment;
}

function renderHit(hit, query) {
  const item = document.createElement("li");
  item.className = "hit";
  const link = document.createElement("a");
  link.href = `/doc/${encodeURIComponent(hit.doc_id)}?q=${encodeURIComponent(query)}`;
  link.textContent = hit.title || hit.path;
  link.className = "title";
  const meta = document.createElement("div");
  meta.className = "meta";
  meta.textContent = [hit.publisher, hit.published, hit.path, `score ${hit.score.toFixed(3)}`]
    .filter(Boolean).join(" · ");
  const snippet = document.createElement("p");
  snippet.className = "snippet";
  snippet.append(markedSnippet(hit.snippet, hit.snippet_span.start, hit.spans));
  const cite = document.createElement("div");
  cite.className = "cite";
  cite.textContent = hit.spans.length
    ? `cited bytes: ${hit.spans.slice(0, 8).map((s) => `${s.start}–${s.end}`).join(", ")}` +
      (hit.spans.length > 8 ? ` … (${hit.spans.length})` : "")
    : "";
  item.append(link, meta, snippet, cite);
  return item;
}

async function runSearch(query) {
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  results.replaceChildren();
  if (!query.trim()) {
    status.textContent = "";
    return;
  }
  status.textContent = "…";
  try {
    const response = await fetch(`/api/search?limit=20&q=${encodeURIComponent(query)}`);
    const body = await response.json();
    if (!response.ok) {
      status.textContent = `Error: ${body.error ? body.error.message : response.status}`;
      status.classList.add("error");
      return;
    }
    status.classList.remove("error");
    status.textContent = `about ${body.total_estimate} result(s)`;
    for (const hit of body.results) results.append(renderHit(hit, query));
  } catch (err) {
    status.textContent = `Error: ${err}`;
    status.classList.add("error");
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("search-form");
  const input = document.getElementById("q");
  const initial = new URLSearchParams(location.search).get("q") || "";
  input.value = initial;
  runSearch(initial);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    history.replaceState(null, "", `/?q=${encodeURIComponent(input.value)}`);
    runSearch(input.value);
  });
});
