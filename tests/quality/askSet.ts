/**
 * The `/ask` quality set over the seed articles: questions as readers ask them, each with the
 * facts a right answer must contain (any one of `|`-separated alternatives) and the articles it
 * may cite; and questions the corpus cannot answer, which must be abstained.
 */
export interface AnswerableCase {
  readonly question: string;
  readonly facts: readonly string[];
  /** The answer must cite at least one of these articles. */
  readonly cites: readonly string[];
}

const FIRST = "russia-first-country-to-recognize-taliban";
const SHIFT = "russia-recognizes-taliban-historic-shift";
const EITHER = [FIRST, SHIFT];

export const ANSWERABLE: readonly AnswerableCase[] = [
  {
    question: "Who was the first country to recognize the Taliban government?",
    facts: ["Russia"],
    cites: EITHER,
  },
  {
    question:
      "Which nation has officially acknowledged the Taliban as Afghanistan's legitimate government?",
    facts: ["Russia"],
    cites: EITHER,
  },
  {
    question: "Who announced that Russia had recognized the Taliban?",
    facts: ["Muttaqi"],
    cites: [FIRST],
  },
  { question: "Where did Muttaqi meet the Russian ambassador?", facts: ["Kabul"], cites: EITHER },
  { question: "Who is Russia's ambassador to Afghanistan?", facts: ["Zhirnov"], cites: EITHER },
  { question: "What is Amir Khan Muttaqi's position?", facts: ["Foreign Minister"], cites: EITHER },
  {
    question: "On which day of the week was the recognition announced?",
    facts: ["Thursday"],
    cites: [FIRST],
  },
  {
    question: "Can the Taliban now send an ambassador to Moscow?",
    facts: ["ambassador to Moscow"],
    cites: [FIRST],
  },
  { question: "Where did Muttaqi post his video statement?", facts: ["Twitter"], cites: [FIRST] },
  {
    question: "How did Muttaqi describe Russia's decision?",
    facts: ["realistic and historic"],
    cites: [FIRST],
  },
  {
    question: "When did Russia take the Taliban off its list of terrorist organizations?",
    facts: ["April 2024"],
    cites: [FIRST],
  },
  {
    question: "For how long had the Taliban been listed as a terrorist organization by Russia?",
    facts: ["two decades"],
    cites: [FIRST],
  },
  {
    question: "What did Russia's foreign ministry say recognition would open the door to?",
    facts: ["cooperation"],
    cites: [FIRST],
  },
  {
    question: "Which threats will the recognition help Russia fight?",
    facts: ["terrorism", "drug trafficking"],
    cites: [FIRST],
  },
  {
    question: "How long did the war involving U.S. and allied forces last?",
    facts: ["20-year"],
    cites: [FIRST],
  },
  {
    question: "What did Vladimir Putin call the Taliban?",
    facts: ["partner in combating terrorism"],
    cites: [FIRST],
  },
  {
    question: "Who is Maryam Solaimankhil?",
    facts: ["former member of Afghanistan’s parliament|Taliban critic"],
    cites: [FIRST],
  },
  {
    question: "What did critics say the decision shows about human rights?",
    facts: ["strategic interests"],
    cites: [FIRST],
  },
  {
    question: "When did the Taliban take over Afghanistan?",
    facts: ["August 2021"],
    cites: [FIRST],
  },
  {
    question: "Whose government collapsed before the Taliban takeover?",
    facts: ["Ashraf Ghani"],
    cites: [FIRST],
  },
  {
    question: "Why has no major Western nation recognized the Taliban?",
    facts: ["women’s rights"],
    cites: [FIRST],
  },
  {
    question: "Which countries kept diplomatic channels open with the Taliban?",
    facts: ["China"],
    cites: [FIRST],
  },
  {
    question: "Which countries recognized the Taliban during their previous rule?",
    facts: ["Saudi Arabia", "Pakistan", "United Arab Emirates"],
    cites: [FIRST],
  },
  {
    question: "When did the Taliban rule Afghanistan before?",
    facts: ["1996", "2001"],
    cites: [FIRST],
  },
  {
    question: "Which countries hosted Taliban envoys informally?",
    facts: ["China", "Pakistan"],
    cites: [FIRST],
  },
  {
    question: "How many years has the Taliban been in power since the takeover?",
    facts: ["four years"],
    cites: [SHIFT],
  },
  {
    question:
      "In which fields will bilateral cooperation be enhanced according to the Russian Foreign Ministry?",
    facts: ["trade", "energy"],
    cites: [SHIFT],
  },
  {
    question: "What has left Afghanistan largely isolated?",
    facts: ["women’s rights"],
    cites: [SHIFT],
  },
  {
    question: "Has the Taliban taken any action on opium production?",
    facts: ["opium"],
    cites: [SHIFT],
  },
  {
    question: "Which other countries have started to engage with the Taliban more directly?",
    facts: ["India"],
    cites: [SHIFT],
  },
  {
    question: "How did the Afghan foreign ministry view Russia's step?",
    facts: ["turning point"],
    cites: [FIRST],
  },
  {
    question: "What could Russia's recognition encourage other countries to do?",
    facts: ["follow suit|reconsider their positions"],
    cites: EITHER,
  },
];

/**
 * Answerable questions /ask misses today, each with the reason. Their tests are expected to fail
 * (`it.fails`): one that starts passing turns red and must be taken off this list.
 */
export const KNOWN_MISSES: ReadonlyMap<string, string> = new Map();

/** Questions whose answer is not in the seeds; several share names or words with them. */
export const UNANSWERABLE: readonly string[] = [
  "Who won the 2022 football World Cup?",
  "What did Russia say about the war in Ukraine?",
  "How many people live in Kabul?",
  "What is the price of opium in Afghanistan today?",
  "Who is the president of France?",
  "What did Vladimir Putin say about NATO expansion?",
  "How much trade does India do with the Taliban?",
  "When will the Taliban hold elections?",
];
