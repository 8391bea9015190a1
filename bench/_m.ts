import { loadCorpus } from "../src/corpus/load.js";
import { keepDistinct } from "../src/corpus/nearDuplicates.js";
const corpus = await loadCorpus("/work/shared/data/bbc-news/bbc");
const s = performance.now();
const d = keepDistinct(corpus.articles);
console.log("ms", performance.now() - s, "dups", d.duplicates.length, "kept", d.kept.length);
const s2 = performance.now(); keepDistinct(corpus.articles); console.log("again ms", performance.now() - s2);
console.log(d.duplicates.filter(x => x.similarity < 0.99).map(x => `${x.id}->${x.keptId} ${x.similarity.toFixed(2)} ${x.containment.toFixed(2)} ${x.why}`).join("\n"));
