// Writes a real article of the shared news and a restatement of it by another outlet with one
// figure changed (as tests/data/search/restatements.tsv does for the search tests), so the
// cross-check view has a genuine conflict to explain.
// Usage: node restatement.mjs NEWS_JSONL ID FIND REPLACE CORPUS_DIR
import { readFileSync, writeFileSync } from "node:fs";

const [file, id, find, replace, corpus] = process.argv.slice(2);
const line = readFileSync(file, "utf8").split("\n").find((l) => l.includes(`"id": "${id}"`));
if (!line) throw new Error(`article ${id} not in ${file}`);
const article = JSON.parse(line);
if (!article.text.includes(find)) throw new Error(`"${find}" not in ${id}`);
const restated = article.text.replace(find, replace);
writeFileSync(`${corpus}/restated_a.txt`, `${article.title}\n${article.text}\n`);
writeFileSync(`${corpus}/restated_b.txt`, `${article.title}\n${restated}\n`);
writeFileSync(`${corpus}/restated_a.meta.json`, JSON.stringify({ publisher: "央视新闻联播", published: article.date }));
writeFileSync(`${corpus}/restated_b.meta.json`, JSON.stringify({ publisher: "人民网", published: article.date }));
