import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Article, Paragraph } from "../../src/corpus/types.js";
import { buildSpeakerDirectory } from "../../src/quotes/buildSpeakerDirectory.js";
import { extractQuotes } from "../../src/quotes/extractQuotes.js";
import { REPO_ROOT } from "../lib/benchPaths.js";

// prettier-ignore
const FIRST = ["Anna", "Brian", "Carla", "David", "Elena", "Frank", "Grace", "Henry", "Irene", "James"];
// prettier-ignore
const LAST = ["Hassell", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Reyes", "Novak", "Byrne", "Kowalski", "Patel"];

/**
 * A generated article of about `bytes` characters in BBC style: many people, titles before
 * names, surnames alone, run-on quotes, "he said", several paragraphs to a line. Used to show
 * that quote extraction grows linearly with the article.
 */
export function longArticle(bytes: number): Article {
  const paragraphs: Paragraph[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const first = FIRST[i % FIRST.length] ?? "Anna";
    const last = `${LAST[(i * 7) % LAST.length] ?? "Novak"}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) % 26))}`;
    // The first names alternate: women, then men.
    const [title, pronoun] = i % 2 === 0 ? ["Ms", "she"] : ["Mr", "he"];
    const text =
      `Chief executive ${first} ${last} said sales rose in the year. ` +
      `"We have done well, and we expect more," ${title} ${last} told the BBC. "It is a good result for the group. ` +
      `"We will hire more staff," ${pronoun} said. Analyst Kyle ${last}son said the figures were "better than expected". ` +
      `${last} added: "There is more to come." She said the firm would hire.`;
    paragraphs.push({ number: i + 1, text, sentences: [] });
    size += text.length + 1;
  }
  return {
    id: "long",
    path: "long.txt",
    title: "Long",
    published: null,
    source: null,
    url: null,
    paragraphs,
  };
}

/**
 * Seconds to extract the quotes of a generated article of `bytes` and build its directory: on
 * the clock and on the CPU (this process's own time, the figure that stays meaningful on a
 * shared, busy machine).
 */
export function timeOneArticle(bytes: number): { seconds: number; cpuSeconds: number } {
  const article = longArticle(bytes);
  const start = performance.now();
  const cpu = process.cpuUsage();
  buildSpeakerDirectory([article], extractQuotes(article));
  const used = process.cpuUsage(cpu);
  return {
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
  };
}

const THIS_FILE = fileURLToPath(import.meta.url);

/**
 * Times generated articles of each size in a child process each, so a size that never
 * finishes is stopped after `limitSeconds` and reported as such (seconds: null).
 */
export async function timeLongArticles(
  sizes: readonly number[] = [1e6, 4e6],
  limitSeconds = 60,
): Promise<{ bytes: number; seconds: number | null; cpuSeconds: number | null }[]> {
  const out: { bytes: number; seconds: number | null; cpuSeconds: number | null }[] = [];
  for (const bytes of sizes) {
    const timed = await new Promise<{ seconds: number; cpuSeconds: number } | null>(
      (resolve, reject) => {
        const child = spawn(process.execPath, ["--import", "tsx", THIS_FILE, String(bytes)], {
          cwd: REPO_ROOT,
          stdio: ["ignore", "pipe", "inherit"],
        });
        let text = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
        const timer = setTimeout(() => child.kill("SIGKILL"), limitSeconds * 1000);
        child.on("error", reject);
        child.on("close", (code) => {
          clearTimeout(timer);
          resolve(
            code === 0
              ? (JSON.parse(text.trim()) as { seconds: number; cpuSeconds: number })
              : null,
          );
        });
      },
    );
    out.push({ bytes, seconds: timed?.seconds ?? null, cpuSeconds: timed?.cpuSeconds ?? null });
  }
  return out;
}

if (process.argv[1] === THIS_FILE)
  console.log(JSON.stringify(timeOneArticle(Number(process.argv[2]))));
