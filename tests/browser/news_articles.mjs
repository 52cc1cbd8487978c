// Copies articles of the shared news into a corpus as they are (title + text, with their date
// and the publisher of that collection), e.g. two CCTV reports of one year's education spending
// that give different totals: a real cross-check conflict, without a single byte changed.
// Usage: node news_articles.mjs NEWS_JSONL PUBLISHER CORPUS_DIR ID...
import { readFileSync, writeFileSync } from "node:fs";

const [file, publisher, corpus, ...ids] = process.argv.slice(2);
const wanted = new Set(ids);
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const article = JSON.parse(line);
  if (!wanted.delete(article.id)) continue;
  writeFileSync(`${corpus}/${article.id}.txt`, `${article.title}\n${article.text}\n`);
  writeFileSync(`${corpus}/${article.id}.meta.json`,
    JSON.stringify({ title: article.title, publisher, published: article.date }));
}
if (wanted.size) throw new Error(`not in ${file}: ${[...wanted].join(", ")}`);
