import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { extractEvents } from "../../src/timeline/extractEvents.js";
import { dateKey } from "../../src/timeline/sameEvent.js";
import type { DatedEvent } from "../../src/timeline/types.js";
import { passageReportsEvent } from "./eventReported.js";

/**
 * Pairs of BBC reports that a timeline has merged at some point, read by a person and labelled:
 * `[lead, other, date, same]`, each report as `article#paragraph@sentenceStart`. `same` is true
 * when the other report states the happening the lead states for that date (same actors, same
 * action), false when it tells something else that only shares the date and some words, null
 * when too close to call (a film's setting, cumulative sales since a launch, one report's two
 * forecasts): those are not used to judge the judge. Copies of a labelled report's text count
 * as labelled. The labels judge the judge: {@link auditJudge} checks
 * `passageReportsEvent` against them, so the bench's "merged unrelated" is known to be neither
 * lenient nor strict by accident.
 */
export const LABELLED_PAIRS: readonly (readonly [string, string, string, boolean | null])[] = [
  ["sport/323#5@0", "sport/332#4@759", "1948", true],
  ["sport/323#5@0", "sport/352#1@0", "1948", true],
  ["sport/336#5@133", "sport/354#3@542", "1948", true],
  ["entertainment/034#2@0", "entertainment/352#2@0", "1950/1959", null], // a 1950s drama named best film vs the same film nominated
  ["tech/141#6@0", "tech/173#6@751", "1976", true],
  ["entertainment/101#2@238", "entertainment/301#3@293", "1981", true],
  ["entertainment/143#4@208", "entertainment/159#2@166", "1984", true],
  ["politics/082#3@436", "politics/373#2@151", "1984", true],
  ["entertainment/007#4@492", "entertainment/013#5@701", "1987", true],
  ["sport/323#7@793", "sport/403#3@0", "1987", true],
  ["sport/323#7@793", "sport/405#2@339", "1987", true],
  ["business/087#4@136", "business/465#3@0", "1990/1999", true],
  ["entertainment/064#4@149", "entertainment/372#3@87", "1993", true],
  ["politics/116#5@525", "politics/315#5@182", "1993", true],
  ["sport/375#3@327", "sport/400#3@725", "1993", true],
  ["business/010#2@0", "business/104#2@0", "1999", true],
  ["entertainment/323#3@0", "entertainment/373#4@797", "1994", true],
  ["politics/077#3@0", "politics/354#3@0", "1997", true],
  ["politics/295#2@304", "politics/350#5@528", "1997", true],
  ["tech/138#3@0", "tech/196#2@269", "1998", true],
  ["business/078#2@0", "business/160#2@0", "2000", true],
  ["business/078#2@0", "business/160#5@0", "2000", true],
  ["sport/016#2@327", "sport/017#3@746", "2000", true],
  ["sport/016#2@327", "sport/033#2@402", "2000", true],
  ["sport/016#2@327", "sport/051#3@825", "2000", true],
  ["sport/028#3@300", "sport/048#2@1090", "2000", false], // a silver in Sydney vs Kenteris's gold: other athletes
  ["sport/054#4@80", "sport/081#3@175", "2000", true],
  ["sport/335#2@349", "sport/403#5@234", "2000", true],
  ["sport/466#2@1024", "sport/469#2@0", "2000", true],
  ["tech/237#2@0", "tech/250#3@0", "2000", true],
  ["entertainment/323#5@0", "entertainment/373#5@518", "2001", true],
  ["business/100#4@0", "business/114#2@143", "2002", true],
  ["entertainment/179#2@248", "entertainment/216#2@257", "2002", true],
  ["business/418#2@151", "business/510#2@289", "2003", true],
  ["business/467#2@181", "politics/322#3@330", "2003", false], // GM Europe's losses vs party donations: only 'same period of 2003' shared
  ["sport/010#2@265", "sport/026#2@459", "2003", true],
  ["business/283#2@296", "business/295#1@0", "2003-03", true],
  ["politics/184#5@508", "politics/324#4@417", "2003-03-07", true],
  ["politics/184#5@508", "politics/327#7@171", "2003-03-07", true],
  ["politics/184#6@0", "politics/327#8@0", "2003-03-17", true],
  ["politics/184#7@373", "politics/324#7@0", "2003-03-17", true],
  ["business/289#5@264", "business/290#2@0", "2003-11", true],
  ["politics/225#5@142", "politics/262#3@87", "2003-11", true],
  ["politics/255#5@0", "politics/256#6@61", "2003-11", true],
  ["politics/218#4@0", "politics/252#2@234", "2003-11", true],
  ["politics/218#4@0", "politics/255#5@0", "2003-11", true],
  ["politics/218#4@0", "politics/256#6@61", "2003-11", true],
  ["business/312#3@468", "business/492#2@618", "2003-12", true],
  ["business/073#1@0", "business/172#4@178", "2004", true],
  ["tech/064#6@159", "tech/338#6@159", "2004", true], // one story carried twice, a figure and a firm mistyped
  ["business/073#1@0", "business/387#3@151", "2004", false], // Germany's Q4 shrinking vs the end of three years' stagnation
  ["business/084#3@323", "business/259#2@116", "2004", false], // remittances of $45bn vs exports of $445.1bn
  ["business/170#2@115", "business/248#1@0", "2004", true],
  ["business/170#3@98", "business/248#2@0", "2004", false], // a drop in sales vs an 11.8% rise in prices
  ["business/170#3@655", "business/248#4@604", "2004", true],
  ["business/175#3@271", "business/190#1@0", "2004", true],
  ["business/282#4@285", "business/472#3@786", "2004", true],
  ["business/505#1@0", "business/505#2@0", "2004", true],
  ["tech/040#4@238", "tech/286#5@1009", "2004", true],
  ["tech/084#2@208", "tech/351#3@0", "2004", null], // sales since the end-2004 launch: 2.8m vs almost 4m
  ["tech/134#6@296", "tech/163#4@0", "2004", true],
  ["politics/218#2@108", "politics/255#2@336", "2004-06", true],
  ["politics/218#2@108", "politics/256#2@756", "2004-06", true],
  ["politics/218#4@375", "politics/252#4@501", "2004-06", true],
  ["politics/218#4@375", "politics/255#5@207", "2004-06", true],
  ["politics/218#4@375", "politics/256#7@0", "2004-06", true],
  ["politics/225#5@336", "politics/257#7@194", "2004-06", true],
  ["tech/234#1@93", "tech/389#2@0", "2004-09", true],
  ["entertainment/029#3@638", "entertainment/329#2@402", "2004-11", true],
  ["business/026#3@1042", "business/462#2@100", "2005", true],
  ["business/172#4@0", "business/172#5@197", "2005", null], // one survey's two forecasts for 2005
  ["entertainment/368#16@0", "entertainment/368#24@0", "2005", false], // one critic's two different lists of picks
  ["tech/045#1@0", "tech/341#1@0", "2005", true],
  ["tech/072#2@646", "tech/163#4@285", "2005", true],
  ["tech/087#4@0", "tech/353#5@506", "2005", false], // eight million homes by the end of 2005 vs 50% of users by the middle
  ["tech/170#2@304", "tech/174#1@0", "2005", true],
  ["tech/222#6@1067", "tech/228#2@225", "2005", true],
  ["tech/160#5@334", "tech/238#3@402", "2005-03", true],
  ["business/183#7@851", "business/285#3@509", "2010", true],
  ["politics/127#6@301", "politics/130#2@0", "2015", true],
  // Pairs first merged by the stricter rule, labelled the same way.
  ["politics/127#6@619", "politics/130#3@409", "1970", true],
  ["entertainment/301#3@293", "entertainment/336#3@0", "1981", true],
  ["entertainment/152#5@169", "entertainment/163#3@149", "1994", true],
  ["sport/016#2@327", "sport/048#2@1090", "2000", true],
  ["sport/017#3@746", "sport/054#4@80", "2000", true],
  ["sport/017#3@746", "sport/028#3@300", "2000", false], // Kenteris's gold vs another athlete's silver
  ["sport/039#2@476", "sport/049#2@422", "2000", true],
  ["politics/184#5@508", "politics/328#4@1046", "2003-03-07", true],
  ["business/171#1@0", "business/171#3@167", "2004", true],
  ["entertainment/103#4@0", "tech/040#4@238", "2004", true],
  ["tech/069#6@743", "tech/287#3@914", "2004", true],
  ["politics/218#4@375", "politics/257#7@194", "2004-06", true],
  ["politics/049#5@120", "politics/227#6@485", "2008", true],
];

/** How the judge agrees with the labels, and what the timeline merges now against them. */
export interface JudgeAudit {
  readonly pairs: number;
  readonly agree: number;
  /** Labelled the same happening, judged not reported. */
  readonly strict: readonly string[];
  /** Labelled different, judged reported. */
  readonly lenient: readonly string[];
  /** Pairs the timeline merges now: labelled same, labelled different, not labelled. */
  readonly mergedSame: number;
  readonly mergedDifferent: readonly string[];
  readonly mergedUnlabelled: readonly string[];
}

/** Where a report sits, as the labels write it. */
export function reportKey(
  e: Pick<DatedEvent, "articleId" | "paragraph" | "sentenceStart">,
): string {
  return `${e.articleId}#${e.paragraph}@${e.sentenceStart}`;
}

/**
 * Runs the judge over every labelled pair (the lead's text as a timeline shows it, the other's
 * passage as its citation shows it), and sorts the pairs the timeline merges now (reports whose
 * text differs from their entry's lead) by label.
 */
export function auditJudge(knowledge: Knowledge): JudgeAudit {
  const strict: string[] = [];
  const lenient: string[] = [];
  let pairs = 0;
  for (const [lead, other, date, same] of LABELLED_PAIRS) {
    const event = findEvent(knowledge, lead, date);
    const [id, paragraph, start] = parseKey(other);
    const passage = knowledge.passageAt(id, paragraph, start);
    if (same === null || !event || !passage) continue; // unclear, or other data than labelled
    pairs++;
    const judged = passageReportsEvent(event, passage.text);
    if (judged && !same) lenient.push(`${lead} ~ ${other}`);
    if (!judged && same) strict.push(`${lead} ~ ${other}`);
  }
  const label = new Map(LABELLED_PAIRS.map(([a, b, , same]) => [`${a} ~ ${b}`, same]));
  const mergedSame = new Set<string>();
  const mergedDifferent = new Set<string>();
  const mergedUnlabelled = new Set<string>();
  for (const entry of knowledge.timeline()) {
    const lead = entry.sources[0]!;
    // A copy of a text already met in the entry (syndicated articles) is that report again.
    const first = new Map<string, string>([[lead.text, reportKey(lead)]]);
    for (const source of entry.sources.slice(1)) {
      const copyOf = first.get(source.text);
      if (copyOf === reportKey(lead)) continue;
      if (copyOf === undefined) first.set(source.text, reportKey(source));
      const pair = `${reportKey(lead)} ~ ${copyOf ?? reportKey(source)}`;
      const same = label.get(pair);
      if (same === null) continue;
      if (same === true) mergedSame.add(pair);
      else if (same === false) mergedDifferent.add(pair);
      else mergedUnlabelled.add(`${pair} (${dateKey(entry)})`);
    }
  }
  return {
    pairs,
    agree: pairs - strict.length - lenient.length,
    strict,
    lenient,
    mergedSame: mergedSame.size,
    mergedDifferent: [...mergedDifferent],
    mergedUnlabelled: [...mergedUnlabelled],
  };
}

/** The audit as a few lines for the bench's output. */
export function formatJudgeAudit(a: JudgeAudit): string {
  const list = (items: readonly string[]) => items.map((p) => `    ${p}`);
  return [
    `judge vs ${a.pairs} hand-labelled merged pairs: ${a.agree} agree, ${a.strict.length} too strict, ${a.lenient.length} too lenient`,
    ...list([...a.strict.map((p) => `strict: ${p}`), ...a.lenient.map((p) => `lenient: ${p}`)]),
    `pairs the timeline merges now (text differs from the lead): ${a.mergedSame} labelled same, ${a.mergedDifferent.length} labelled different, ${a.mergedUnlabelled.length} not labelled`,
    ...list(a.mergedDifferent.map((p) => `different: ${p}`)),
    ...list(a.mergedUnlabelled.map((p) => `to label: ${p}`)),
  ].join("\n");
}

function parseKey(key: string): [string, number, number] {
  const m = /^(.+)#(\d+)@(\d+)$/u.exec(key);
  if (!m) throw new Error(`bad report key ${key}`);
  return [m[1]!, Number(m[2]), Number(m[3])];
}

function findEvent(knowledge: Knowledge, key: string, date: string): DatedEvent | undefined {
  const [id] = parseKey(key);
  const article = knowledge.articles.get(id);
  if (!article) return undefined;
  return extractEvents(article).find((e) => reportKey(e) === key && dateKey(e) === date);
}
