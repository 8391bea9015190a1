import { loadCorpus } from "../src/corpus/load.js";
import { signatureOf } from "../src/corpus/minHash.js";
const corpus = await loadCorpus("/work/shared/data/bbc-news/bbc");
for (const a of corpus.articles) signatureOf(a);
for (const rows of [2, 4]) {
const buckets = new Map<string, number[]>(); let cands = 0; const s = performance.now();
corpus.articles.forEach((a, i) => { const sig = signatureOf(a); for (let b = 0; b < 64; b += rows) { const k = `${b}:${sig.subarray(b, b + rows).join(",")}`; const l = buckets.get(k); if (l) { cands += l.length; l.push(i); } else buckets.set(k, [i]); } });
console.log(rows, "cands", cands, "ms", performance.now() - s, "biggest", Math.max(...[...buckets.values()].map(l => l.length)));
}
