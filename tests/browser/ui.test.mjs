// Drives the suyuan web UI in headless chromium as a fact-checker would: search, filter by a
// facet, open an article, read a claim's card, cross-check, copy a citation, switch language,
// read it phone-sized — and checks that markup in an article or a query stays text.
// Usage: node ui.test.mjs BASE_URL SCREENSHOT_DIR PROFILE_DIR
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { chromium } from "playwright-core";

const [base, shots, profile] = process.argv.slice(2);
const url = (path) => new URL(path, base).toString();

rmSync(profile, { recursive: true, force: true });  // a fresh --user-data-dir every run
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.SUYUAN_CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
  viewport: { width: 1280, height: 900 },
  locale: "zh-CN",
  permissions: ["clipboard-read", "clipboard-write"],
});

// Anything that would mean injected markup ran or the page broke: a dialog (alert), a script
// error, a CSP violation, a request leaving the server.
const problems = [];
let httpErrorsExpected = false;  // set by the steps that send bad requests on purpose
context.on("page", watch);
function watch(page) {
  page.on("dialog", (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // A failed load is reported by the response handler, with its URL.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    // 4xx/5xx are expected only from the deliberately bad requests, which check them.
    if (response.status() >= 400 && !httpErrorsExpected) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on("request", (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith("data:")) problems.push(`external request: ${request.url()}`);
  });
}
for (const open of context.pages()) watch(open);  // the "page" event watches later ones
const page = context.pages()[0] || await context.newPage();

let step = "";
async function check(name, body) {
  step = name;
  process.stdout.write(`- ${name} … `);
  await body();
  assert.deepEqual(problems, [], `problems during "${name}"`);
  console.log("ok");
}
const shot = (name) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
// "" when the page fits its width, else the elements that stick out (for the failure message).
const overflow = () => page.evaluate(() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width + 1) return "";
  // The elements where the overflow starts: wider than the page, their parent not.
  const sticksOut = (node) => node.getBoundingClientRect().right > width + 1;
  const wide = [...document.querySelectorAll("body *")].filter((node) => sticksOut(node) && !sticksOut(node.parentElement));
  return `${document.documentElement.scrollWidth} > ${width}: ` +
    wide.slice(0, 3).map((node) => `${node.tagName}.${node.className}: ${node.textContent.slice(0, 40)}`).join(" | ");
});

try {
  await check("search in Chinese shows body snippets with highlights, provenance and a count", async () => {
    await page.goto(url("/?q=" + encodeURIComponent("英伟达")));
    await page.locator("#results .hit").first().waitFor();
    assert.equal(await page.locator("#tab-articles").textContent(), "文章");
    assert.match(await page.locator("#status").textContent(), /约 \d+ 篇文章/);
    assert.ok(await page.locator("#results .hit .snippet mark").count() > 0, "highlighted snippet");
    assert.ok(await page.locator("#results .hit .meta").filter({ hasText: /→ .*路透社/ }).count() > 0,
      "provenance line: publisher → attributed source, by display name");
    assert.equal(await page.inputValue("#q"), "英伟达");
    await shot("01-search");
  });

  await check("a facet shows a display name and filters by its id through the URL", async () => {
    const facet = page.locator('.facet a[data-facet="chip"][data-value="nvidia-h20"]');
    await facet.waitFor();
    assert.equal(await facet.textContent(), "英伟达 H20");
    await facet.click();
    await page.waitForURL(/chip%3Anvidia-h20/);
    await page.locator("#results .hit").first().waitFor();
    assert.equal(await page.inputValue("#q"), "英伟达 chip:nvidia-h20");
    assert.equal(await page.locator('.facet a.active[data-value="nvidia-h20"]').count(), 1);
    await shot("02-facet");
  });

  await check("an article shows its original text with a claim whose card appears on focus", async () => {
    await page.locator("#results .hit .title").first().click();
    await page.waitForURL(/\/doc\//);
    const claim = page.locator("#raw-text .claim[tabindex]").first();
    await claim.waitFor();
    await claim.focus();
    const card = page.locator("#card");
    await card.waitFor({ state: "visible" });
    const text = await card.textContent();
    assert.match(text, /数值|时间/, "card names the value or period");
    assert.match(text, /消息来源/, "card names the attribution");
    assert.ok(await page.locator("#raw-text .m").count() > 0, "mentions highlighted");
    await shot("03-article-card");
    const box = await card.boundingBox();
    await page.screenshot({ path: `${shots}/03b-card-closeup.png`,
      clip: { x: 0, y: Math.max(0, box.y - 120), width: 1280, height: box.height + 180 } });
    await page.keyboard.press("Escape");
    await page.locator('.view-toggle button[data-show="normalized"]').click();
    assert.ok(await page.locator("#normalized-text").isVisible());
    assert.ok(!(await page.locator("#raw-text").isVisible()));
    await page.locator('.view-toggle button[data-show="raw"]').click();
  });

  await check("an undated article's date of unknown year says so on its card", async () => {
    // fixtures/undated_note.txt has no publication date: 3月25日 is a day of some year.
    await page.goto(url("/?q=" + encodeURIComponent("星河公司")));
    await page.locator("#results .hit .title").first().click();
    await page.waitForURL(/\/doc\//);
    const claim = page.locator("#raw-text .claim[tabindex]").filter({ hasText: "3月25日" }).first();
    await claim.waitFor();
    await claim.focus();
    const card = page.locator("#card");
    await card.waitFor({ state: "visible" });
    assert.match(await card.textContent(), /XXXX-03-25.*年份不详/);
    await page.keyboard.press("Escape");
  });

  await check("the cross-check shows sources side by side with a verdict and its reason", async () => {
    await page.goto(url("/?view=check"));
    const group = page.locator("#results .group").first();
    await group.waitFor();
    assert.match(await group.locator(".verdict").textContent(), /一致|冲突/);
    assert.ok(await group.locator(".source-card").count() >= 2, "at least two sources");
    assert.ok((await group.locator(".why").textContent()).length > 6, "the reason in words");
    const quote = group.locator(".source-card blockquote a").first();
    assert.match(await quote.getAttribute("href"), /span=\d+-\d+#cited$/);
    await shot("04-cross-check");
    await quote.click();
    await page.waitForURL(/#cited$/);
    assert.equal(await page.locator("mark#cited").count(), 1);
  });

  await check("cross-check reasons are in Chinese, from the group's fields; English shows the check's words", async () => {
    await page.goto(url("/?view=check&q=" + encodeURIComponent("粮食")));
    const conflict = page.locator("#results .group.conflict").first();
    await conflict.waitFor();
    assert.equal(await conflict.locator(".verdict").textContent(), "冲突");
    assert.match(await conflict.locator(".why").textContent(),
      /^判断依据：2022年 粮食 .*：央视新闻联播（2022-12-1\d）写“达?13731亿斤”，人民网（2022-12-1\d）写“达?13500亿斤”，数值不重合，相差 1\.7%/);
    await page.goto(url("/?view=check&single=1"));
    const groups = page.locator("#results .group");
    await groups.first().waitFor();
    const reasons = await groups.locator(".why").allTextContents();
    assert.ok(reasons.some((r) => /个独立来源对“.+”的说法在容差内一致：.+写“.+”/.test(r)), "an agreement in Chinese");
    assert.ok(reasons.some((r) => /2 篇文章，只有 1 个独立来源：都是A5专栏 2025-09-26 那篇文章的转载/.test(r)), "re-posts in Chinese");
    assert.ok(reasons.some((r) => /只有一篇文章提到这一点/.test(r)), "a single article in Chinese");
    assert.ok(reasons.every((r) => !/[a-z]{4,} (sources|article|agree|apart)/.test(r)), "no English left in the reasons");
    await shot("04b-cross-check-zh");
    await page.locator("#lang-toggle").click();
    const english = await page.locator("#results .group .why").allTextContents();
    assert.ok(english.some((r) => /re-posts of A5专栏's article of 2025-09-26/.test(r)), "the check's English words");
    await page.locator("#lang-toggle").click();
  });

  await check("a cross-check conflict shows its reason code in words, both values linked to their bytes and the independent sources", async () => {
    await page.goto(url("/?view=check&q=" + encodeURIComponent("粮食")));
    const conflict = page.locator('#results .group[data-verdict="conflict"]').first();
    await conflict.waitFor();
    // The restatement re-posts the CCTV report with one figure changed: both name one source.
    const reason = conflict.locator(".reason");
    assert.equal(await reason.getAttribute("data-reason"), "misquoted_source");
    assert.equal(await reason.locator(".reason-words").textContent(), "都称引自同一来源，数值却不同（至少一篇引述有误）");
    assert.equal(await reason.locator(".reason-code").textContent(), "misquoted_source");
    const values = conflict.locator(".conflict-pair .conflict-value");
    assert.deepEqual(await values.allTextContents(), ["达13731亿斤", "达13500亿斤"]);
    assert.match(await conflict.locator(".conflict-pair").textContent(), /央视新闻联播 · 2022-12-1\d.*≠.*人民网 · 2022-12-1\d.*相差 1\.7%/);
    assert.match(await conflict.locator(".counts").textContent(), /^2 篇文章 · 1 个独立来源（转载只计一次） · 比较了 1 对文章，1 对数值不重合$/);
    assert.match(await conflict.locator(".repost-note").textContent(), /^2 篇，转载计为 1 个来源；原文：央视新闻联播 2022-12-1\d/);
    assert.equal(await conflict.locator(".source-card.conflict-side").count(), 2, "both sides marked among the sources");
    await conflict.screenshot({ path: `${shots}/04c-conflict.png` });
    // Each value links to its exact bytes in its article.
    const second = values.nth(1);
    assert.match(await second.getAttribute("href"), /\/doc\/[0-9a-f]+\?q=.+&span=\d+-\d+#cited$/);
    await second.click();
    await page.waitForURL(/#cited$/);
    assert.equal(await page.locator("mark#cited").textContent(), "达13500亿斤");
    // In English: the reason's words, the counts.
    await page.goto(url("/?view=check&lang=en&q=" + encodeURIComponent("粮食")));
    const english = page.locator('#results .group[data-verdict="conflict"]').first();
    await english.waitFor();
    assert.equal(await english.locator(".reason-words").textContent(), "both cite one source with different figures (at least one misquotes it)");
    assert.match(await english.locator(".counts").textContent(), /^2 article\(s\) · 1 independent source\(s\) \(re-posts counted once\)/);
    await page.locator("#lang-toggle").click();
  });

  await check("two unchanged CCTV reports with different totals: both values side by side with the reason", async () => {
    await page.goto(url("/?view=check&q=" + encodeURIComponent("教育经费")));
    const group = page.locator("#results .group").filter({ hasText: "61329.14亿元" }).first();
    await group.waitFor();
    const text = await group.textContent();
    assert.ok(text.includes("61344亿元") && text.includes("61329.14亿元"), "both figures shown");
    assert.equal(await group.locator(".source-card").count() >= 2, true, "one card per article");
    // Whatever the check calls it, the page says why in words (or shows a code it does not know).
    const reason = await group.locator(".reason").getAttribute("data-reason");
    assert.ok(reason, "a reason code");
    assert.ok((await group.locator(".reason-words").textContent()).length > 3, "the reason in words");
    assert.match(await group.locator(".counts").textContent(), /^2 篇文章 · 1 个独立来源/);
    if ((await group.getAttribute("data-verdict")) === "conflict") {
      assert.deepEqual(await group.locator(".conflict-value").allTextContents(), ["61344亿元", "61329.14亿元"]);
      assert.match(await group.locator(".gap").textContent(), /^相差 0\.024%$/);
    }
    await group.screenshot({ path: `${shots}/04d-conflict-news.png` });
  });

  await check("agreeing sources: each independent source a column, a re-post cluster counted once naming its origin", async () => {
    await page.goto(url("/?view=check"));
    const agree = page.locator('#results .group[data-verdict="agree"]').filter({ has: page.locator(".repost-note") }).first();
    await agree.waitFor();
    assert.equal(await agree.locator(".reason").getAttribute("data-reason"), "values_overlap");
    const independent = Number(await agree.locator(".counts").getAttribute("data-independent"));
    assert.ok(independent >= 2);
    assert.equal(await agree.locator(".source-column").count(), independent, "one column per independent source");
    assert.match(await agree.locator(".counts").textContent(), new RegExp(`${independent} 个独立来源（转载只计一次）`));
    const cluster = agree.locator(".source-column").filter({ has: page.locator(".repost-note") }).first();
    assert.match(await cluster.locator(".repost-note").textContent(), /^2 篇，转载计为 1 个来源；原文：A5专栏 2025-09-26《.+》$/);
    assert.match(await cluster.locator(".repost-note a").getAttribute("href"), /^\/doc\/[0-9a-f]+(\?.*)?#lineage$/);
    assert.equal(await cluster.locator(".source-card").count(), 2, "the origin and its re-post under one source");
    assert.ok(await agree.locator(".source-origin .agreeing").count() >= 2, "agreeing sources marked");
    assert.match(await agree.locator(".overlap").textContent(), /^共同范围：/);
    await agree.screenshot({ path: `${shots}/04e-agree.png` });
  });

  await check("independent sources count articles, not the people they quote", async () => {
    await page.goto(url("/?view=check&q=" + encodeURIComponent("粮食")));
    await page.locator("#results .group").first().waitFor();
    const shown = await page.evaluate(async () => {
      const body = await fetchJson("/api/check?single=0&q=" + encodeURIComponent("粮食"));
      const template = body.groups[0].claims[0];
      // Article d1 quotes two people, d2 and d3 one each: 4 origins, 3 independent articles;
      // then d2 quotes d1's first person too: 2.
      const group = (claims) => {
        const sources = [];
        for (const c of claims) {
          let source = sources.find((s) => s.origin === c.origin);
          if (!source) sources.push(source = { origin: c.origin, documents: [] });
          if (!source.documents.includes(c.doc_id)) source.documents.push(c.doc_id);
        }
        const claim = (c) => ({ ...template, doc_id: c.doc_id, origin: c.origin });
        return { ...body.groups[0], verdict: "agree", reason: "values_overlap", conflict: null, compared_pairs: 0,
          documents: 3, independent_sources: sources.length, agreeing_origins: sources.map((s) => s.origin),
          claims: claims.map(claim), sources };
      };
      const apart = renderGroup(group([{ doc_id: "d1", origin: "甲" }, { doc_id: "d1", origin: "乙" },
        { doc_id: "d2", origin: "丙" }, { doc_id: "d3", origin: "丁" }]));
      const shared = renderGroup(group([{ doc_id: "d1", origin: "甲" }, { doc_id: "d1", origin: "乙" },
        { doc_id: "d2", origin: "甲" }, { doc_id: "d3", origin: "丁" }]));
      return [apart, shared].map((node) => [node.querySelector(".counts").textContent,
        node.querySelector(".counts").dataset.independent, node.querySelector(".why").textContent]);
    });
    assert.deepEqual(shown.map((s) => s.slice(0, 2)), [["3 篇文章 · 3 个独立来源", "3"], ["3 篇文章 · 2 个独立来源", "2"]]);
    assert.match(shown[0][2], /3 个独立来源对“.+”的说法在容差内一致/);
    assert.match(shown[1][2], /2 个独立来源对“.+”的说法在容差内一致/);
  });

  await check("a verdict or reason the page does not know yet is shown by its code; newer ones in words", async () => {
    await page.goto(url("/?view=check&q=" + encodeURIComponent("粮食")));
    await page.locator("#results .group").first().waitFor();
    const shown = await page.evaluate(async () => {
      const body = await fetchJson("/api/check?single=0&q=" + encodeURIComponent("粮食"));
      const group = { ...body.groups[0], verdict: "weak-conflict", reason: "values_updated_later" };
      const node = renderGroup(group);
      document.getElementById("results").prepend(node);
      return { badge: node.querySelector(".verdict").textContent, cls: node.className,
        code: node.querySelector(".reason-code").textContent, words: node.querySelector(".reason-words").textContent,
        explanation: group.explanation };
    });
    assert.equal(shown.badge, "weak-conflict");
    assert.match(shown.cls, /group weak-conflict/);
    assert.equal(shown.code, "values_updated_later");
    assert.equal(shown.words, shown.explanation, "the check's own explanation stands in for the words");
    // The cross-check's newer verdicts (update, possible-conflict) and their reasons have words.
    const newer = await page.evaluate(async () => {
      const body = await fetchJson("/api/check?single=0&q=" + encodeURIComponent("教育经费"));
      const update = renderGroup({ ...body.groups[0], verdict: "update", reason: "running_total" });
      const weak = renderGroup({ ...body.groups[0], verdict: "possible-conflict", reason: "no_period",
        weak_evidence: ["no_period", "generic_subject"] });
      return { update: [update.querySelector(".verdict").textContent, update.querySelector(".reason-words").textContent,
        update.querySelector(".why").textContent],
      weak: [weak.querySelector(".verdict").textContent, weak.querySelector(".reason").textContent, weak.querySelector(".why").textContent] };
    });
    assert.deepEqual(newer.update.slice(0, 2), ["数据更新", "累计数随时间增加，后一个数更新了前一个"]);
    assert.match(newer.update[2], /写“61344亿元”.*写“61329\.14亿元”。累计数随时间增加，后一个数更新了前一个，不算冲突。$/);
    assert.equal(newer.weak[0], "可能冲突");
    assert.match(newer.weak[1], /没有写明时间 no_period · 依据较弱：没有写明时间；主体是泛指的词/);
    assert.match(newer.weak[2], /数值不重合；但没有写明时间；主体是泛指的词，不能确定是冲突。$/);
  });

  await check("a re-posted article shows its lineage: origin and re-posts with relation and similarity", async () => {
    await page.goto(url("/?q=B30A"));
    const hit = page.locator("#results .hit").first();
    await hit.waitFor();
    assert.equal(await page.locator("#results .hit").count(), 1, "the cluster shows once");
    const copies = hit.locator(".reposts-link");
    assert.equal(await copies.textContent(), "另有 1 篇转载");
    await copies.click();
    await page.waitForURL(/#lineage$/);
    const panel = page.locator("section.lineage");
    await panel.waitFor();
    assert.equal(await panel.locator("h2").textContent(), "转载溯源");
    const rows = panel.locator("tbody tr");
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).textContent(), /原始来源.*2025-09-26.*A5专栏/);
    assert.match(await rows.nth(1).textContent(), /删改转载.*2025-09-28.*芯闻快报.*\d+%/);
    await panel.screenshot({ path: `${shots}/05a-lineage.png` });
    // The re-post's own page says what it is a copy of.
    const repost = rows.nth(1).locator("td:nth-child(4) a");  // absent when it is this page
    if (await repost.count()) await page.goto(url(await repost.getAttribute("href")));
    const summary = page.locator(".lineage-summary");
    await summary.waitFor();
    assert.match(await summary.textContent(), /本文是 A5专栏 2025-09-26《.+》 的删改转载，相似度 \d+%/);
    assert.equal(await page.locator(".lineage tr.current").count(), 1);
  });

  await check("the compare view marks what a re-post dropped, added and changed, in both languages", async () => {
    await page.locator(".lineage-summary .compare-link:visible").click();
    await page.waitForURL(/\/compare\?a=[0-9a-f]+&b=[0-9a-f]+/);
    await page.locator("body[data-ready]").waitFor();
    assert.equal(await page.locator("h1").textContent(), "两篇文章对照");
    assert.match(await page.locator(".compare-overlap:visible").textContent(), /B 是 A 的删改转载/);
    const dropped = page.locator(".change-list .change-dropped");
    assert.equal(await dropped.count(), 1);
    assert.match(await dropped.textContent(), /删去.*黄仁勋在媒体采访中更是直言/);
    assert.ok(await page.locator(".change-list .change-added").count() >= 1, "the footer was added");
    assert.match(await page.locator("#text-a del.diff-dropped").first().textContent(), /^黄仁勋在媒体采访中更是直言/);
    assert.ok(await page.locator("#text-b ins.diff-added").count() >= 1);
    // Pointing at a change in the list marks it in both texts.
    await dropped.hover();
    const change = await dropped.getAttribute("data-change");
    assert.equal(await page.locator(`#text-a [data-change="${change}"].active-change`).count(), 1);
    assert.equal(await page.locator(`#text-b [data-change="${change}"].active-change`).count(), 1);
    await shot("05b-compare");
    // Its bytes in the original article.
    const bytes = dropped.locator('a[href*="?span="]').first();
    assert.match(await bytes.getAttribute("href"), /\/doc\/[0-9a-f]+\?span=\d+-\d+#cited$/);
    await page.locator("#lang-toggle").click();
    assert.equal(await page.locator("h1").textContent(), "Two articles side by side");
    assert.match(await page.locator(".compare-overlap:visible").textContent(), /B is an edited re-post of A/);
    assert.match(await dropped.locator(".kind").textContent(), /dropped/);
    await page.locator("#lang-toggle").click();
    assert.equal(await page.locator("h1").textContent(), "两篇文章对照");
    await bytes.click();
    await page.waitForURL(/#cited$/);
    assert.match(await page.locator("mark#cited").textContent(), /150/);
  });

  await check("copy citation gives the plain-text citation and the Web Annotation", async () => {
    await page.goto(url("/?view=claims&q=" + encodeURIComponent("H20")));
    await page.locator("#results .cite-button").first().click();
    const text = page.locator("#cite-text");
    await page.waitForFunction(() => document.getElementById("cite-text").value.includes("/doc/"));
    const citation = await text.inputValue();
    assert.match(citation, /“.+”/, "quote");
    assert.match(citation, /http:\/\/127\.0\.0\.1:\d+\/doc\/[0-9a-f]+\?span=\d+-\d+#cited/, "link to the exact bytes");
    const annotation = JSON.parse(await page.locator("#cite-json").inputValue());
    assert.equal(annotation.type, "Annotation");
    assert.equal(annotation.target.selector[0].type, "TextQuoteSelector");
    await page.locator(".cite-copy-text").click();
    await page.locator(".cite-status").filter({ hasText: /已复制|Ctrl\+C/ }).waitFor();
    if ((await page.locator(".cite-status").textContent()).includes("已复制")) {
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation);
    }
    await page.screenshot({ path: `${shots}/05-citation.png` });
    await page.keyboard.press("Escape");
  });

  await check("the timeline draws claims and events on a date axis, filterable by entity", async () => {
    await page.goto(url("/?view=timeline"));
    const chart = page.locator("svg.timeline");
    await chart.waitFor();
    const points = await chart.locator("a").count();
    assert.ok(points > 0, "points drawn");
    await page.selectOption("#entity", "nvidia-h20");
    await page.waitForURL(/entity=nvidia-h20/);
    await chart.waitFor();
    assert.ok(await chart.locator("a").count() <= points);
    assert.equal(await chart.locator(".lane-label").count(), 1);
    await shot("06-timeline");
  });

  await check("English on request: labels, buttons and messages", async () => {
    await page.goto(url("/?q=" + encodeURIComponent("英伟达")));
    await page.locator("#results .hit").first().waitFor();
    await page.locator("#lang-toggle").click();
    assert.equal(await page.locator("#tab-articles").textContent(), "Articles");
    assert.match(await page.locator("#status").textContent(), /about \d+ article/);
    assert.equal(await page.locator("#search-form button").textContent(), "Search");
    await shot("07-english");
    await page.locator("#lang-toggle").click();
    assert.equal(await page.locator("#tab-articles").textContent(), "文章");
  });

  await check("markup in an article renders as text", async () => {
    await page.goto(url("/?q=" + encodeURIComponent("粗体标记")));
    const hit = page.locator("#results .hit").first();
    await hit.waitFor();
    assert.match(await hit.locator(".title").textContent(), /<img src=x onerror=alert\('title'\)>/);
    await hit.locator(".title").click();
    await page.waitForURL(/\/doc\//);
    await page.locator("#raw-text").waitFor();
    const raw = await page.locator("#raw-text").textContent();
    assert.ok(raw.includes("<img src=x onerror=alert(1)>"), "img tag shown as text");
    assert.ok(raw.includes("<script>alert(2)</script>"), "script tag shown as text");
    assert.ok(raw.includes("</pre></textarea><!-- 注释 -->"), "closing tags shown as text");
    assert.equal(await page.locator("main img, main script:not(#doc-data), main b, main i").count(), 0);
    assert.match(await page.locator("h1").textContent(), /<img src=x/);
    await shot("08-hostile-article");
  });

  await check("markup in a query renders as text", async () => {
    httpErrorsExpected = true;
    const query = "<img src=x onerror=alert(3)> <script>alert(4)</script>";
    await page.goto(url("/?q=" + encodeURIComponent(query)));
    await page.locator("#status").filter({ hasText: /.+/ }).waitFor();
    await page.waitForFunction(() => !document.getElementById("status").textContent.includes("…"));
    assert.equal(await page.inputValue("#q"), query);
    assert.equal(await page.locator("main img, main script").count(), 0);
    await page.goto(url("/doc/0123456789abcdef?q=" + encodeURIComponent(query)));
    assert.equal(await page.locator("main img, main script").count(), 0);
    httpErrorsExpected = false;
  });

  await check("phone width: readable without sideways scrolling", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url("/?q=" + encodeURIComponent("英伟达")));
    await page.locator("#results .hit").first().waitFor();
    assert.equal(await overflow(), "", "search page fits");
    await shot("09-phone-search");
    await page.locator("#results .hit .title").first().click();
    await page.locator("body[data-ready]").waitFor();
    assert.equal(await overflow(), "", "article page fits");
    await shot("10-phone-article");
    await page.goto(url("/?view=check"));
    await page.locator("#results .group").first().waitFor();
    assert.equal(await overflow(), "", "cross-check fits");
    await shot("11-phone-check");
    await page.goto(url("/?q=B30A"));
    await page.locator("#results .reposts-link").click();
    await page.locator(".lineage .compare-link").first().click();
    await page.locator("body[data-ready]").waitFor();
    assert.equal(await overflow(), "", "compare view fits");
    await shot("12-phone-compare");
  });

  await check("keyboard: tabs move with the arrow keys and the search runs on Enter", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url("/"));
    await page.locator("#q").focus();
    await page.keyboard.type("H20");
    await page.keyboard.press("Enter");
    await page.locator("#results .hit").first().waitFor();
    await page.locator("#tab-articles").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(/view=claims/);
    assert.equal(await page.evaluate(() => document.activeElement.id), "tab-claims");
  });
  console.log("browser_ui: all checks passed; screenshots in " + shots);
} catch (error) {
  console.log("FAILED");
  console.error(`browser_ui: "${step}" failed: ${error.message}`);
  if (problems.length) console.error(problems.join("\n"));
  await page.screenshot({ path: `${shots}/failure.png`, fullPage: true }).catch(() => {});
  process.exitCode = 1;
} finally {
  await context.close();
}
