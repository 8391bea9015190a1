/**
 * Word lists for recognising names, titles and organisations in news English. Kept as plain sets
 * so the heuristics that use them stay readable; all entries are lower case.
 */

/** Words that head a role or title: "Russian *President*", "Acting Foreign *Minister*". */
// prettier-ignore
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  "president", "minister", "ambassador", "secretary", "senator", "sen.", "rep.", "representative",
  "gov.", "governor", "mayor", "judge", "justice", "chancellor", "king", "queen", "prince",
  "princess", "pope", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman",
  "spokesperson", "director", "chief", "speaker", "commissioner", "general", "gen.", "col.",
  "lt.", "capt.", "sgt.", "adm.", "attorney", "envoy", "leader", "premier", "sheikh", "emir",
  "mullah", "officer", "ceo", "founder", "candidate", "nominee", "adviser", "advisor", "official",
  "lawmaker", "congressman", "congresswoman", "sheriff", "commander", "admiral", "professor",
  "prof.", "dr.", "detective", "coach", "manager", "editor", "analyst", "economist", "lady",
  "pastor", "reverend", "rev.", "bishop", "cardinal", "imam", "ayatollah", "sultan", "crown",
  "deputy", "vice", "acting", "foreign", "prime", "former", "then", "state", "interior", "defense",
  "defence", "finance", "press", "executive", "first", "chief", "presidential", "minority",
  "majority", "whip", "counsel", "strategist", "aide", "critic", "member", "head",
]);

/** Title words that name an office and so end a title ("President", not "Former"). */
export const TITLE_NOUNS: ReadonlySet<string> = new Set(
  [...TITLE_HEADS].filter(
    (w) =>
      ![
        "deputy",
        "vice",
        "acting",
        "foreign",
        "prime",
        "former",
        "then",
        "state",
        "interior",
        "defense",
        "defence",
        "finance",
        "press",
        "executive",
        "first",
        "presidential",
        "minority",
        "majority",
        "crown",
      ].includes(w),
  ),
);

/** Courtesy titles: part of how a name is written, not a role. */
// prettier-ignore
export const HONORIFICS: ReadonlySet<string> = new Set(["mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "dr.", "dr"]);

/** Words that make a name an organisation. */
// prettier-ignore
/** Someone who speaks for a person or body, as a pattern: "spokesman", "spokeswoman", "spokesperson". */
export const SPOKESPERSON = String.raw`spokes(?:man|woman|person)`;

/**
 * A sentence opening with an unnamed spokesman as its subject, as a pattern: "But a Downing
 * Street spokesman", "The Labour party spokeswoman". Group 1 is the spokesman's noun phrase.
 */
export const SPOKESPERSON_SUBJECT = String.raw`(?:(?:But|And|However|Meanwhile|Later|Earlier),?\s+)?((?:[Aa]n?|[Tt]he|[Aa]nother)\s+(?:[\p{L}’'.-]+\s+){0,5}?${SPOKESPERSON})\b`;

export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  "ministry",
  "department",
  "government",
  "office",
  "council",
  "committee",
  "agency",
  "party",
  "commission",
  "bank",
  "trust",
  "union",
  "organization",
  "organisation",
  "association",
  "institute",
  "university",
  "college",
  "school",
  "times",
  "post",
  "news",
  "reuters",
  "kremlin",
  "pentagon",
  "taliban",
  "nato",
  "inc",
  "inc.",
  "corp",
  "corp.",
  "corporation",
  "company",
  "co.",
  "campaign",
  "court",
  "police",
  "army",
  "military",
  "embassy",
  "foundation",
  "fund",
  "group",
  "service",
  "administration",
  "congress",
  "senate",
  "parliament",
  "assembly",
  "network",
  "center",
  "centre",
  "journal",
  "house",
  "emirate",
  "federation",
  "republic",
  "forces",
  "board",
  "authority",
  "coalition",
  "alliance",
  "league",
  "cnn",
  "bbc",
  "fbi",
  "cia",
  "un",
  "eu",
  "tribune",
  "herald",
  "magazine",
  "daily",
  "channel",
  "radio",
  "watch",
  "press",
  "club",
  "team",
  "bureau",
  "navy",
  "cabinet",
  "secretariat",
  "directorate",
  "nations",
  "state",
  "states",
  "airlines",
  "motors",
  "facebook",
  "twitter",
  "google",
  "apple",
  "microsoft",
  "amazon",
  "isis",
  "isil",
  "hamas",
  "hezbollah",
  "gop",
  "democrats",
  "republicans",
  "fox",
  "msnbc",
  "abc",
  "cbs",
  "nbc",
  "ap",
]);

/** Country or region → adjective, so "Russia’s Foreign Ministry" and "Russian Foreign Ministry" meet. */
// prettier-ignore
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ["russia", "russian"], ["afghanistan", "afghan"], ["china", "chinese"], ["pakistan", "pakistani"],
  ["india", "indian"], ["iran", "iranian"], ["britain", "british"], ["uk", "british"],
  ["u.k.", "british"], ["france", "french"], ["germany", "german"], ["japan", "japanese"],
  ["turkey", "turkish"], ["ukraine", "ukrainian"], ["israel", "israeli"], ["qatar", "qatari"],
  ["mexico", "mexican"], ["canada", "canadian"], ["syria", "syrian"], ["iraq", "iraqi"],
  ["egypt", "egyptian"], ["uzbekistan", "uzbek"], ["kazakhstan", "kazakh"], ["tajikistan", "tajik"],
  ["turkmenistan", "turkmen"], ["italy", "italian"], ["spain", "spanish"], ["korea", "korean"],
  ["australia", "australian"], ["brazil", "brazilian"], ["america", "american"],
  ["u.s.", "american"], ["us", "american"], ["united states", "american"], ["saudi arabia", "saudi"],
]);

/** Place words: a capitalised run containing one is a place, not a person. */
// prettier-ignore
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...[...DEMONYMS.keys()].flatMap((k) => k.split(" ")),
  ...DEMONYMS.values(),
  "emirates", "arab", "arabia", "saudi", "kabul", "moscow", "beijing", "london",
  "paris", "new", "york", "city", "county", "street", "province", "valley", "square", "island",
  "sea", "ocean", "river", "mountains", "europe", "asia", "africa", "middle", "western", "eastern", "texas", "california", "florida", "ohio", "iowa",
  "virginia", "carolina", "hampshire", "nevada", "michigan", "pennsylvania", "wisconsin",
  "colorado", "arizona", "illinois", "minnesota", "kentucky", "miami", "chicago", "boston",
  "atlanta", "philadelphia", "cleveland", "detroit", "vermont", "maine", "massachusetts",
  "maryland", "missouri", "indiana", "utah", "oregon", "alabama", "louisiana", "tennessee",
  "oklahoma", "kansas", "nebraska", "wyoming", "montana", "idaho", "alaska", "hawaii", "arkansas",
  "mississippi", "connecticut", "delaware", "jersey", "dakota", "ames", "manhattan", "brooklyn",
  "baghdad", "syria", "libya", "tehran", "jerusalem", "islamic", "muslim", "christian", "democratic", "republican", "u.s.",
]);

/** Months, days and other capitalised words that never start a person's name. */
// prettier-ignore
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "the", "a", "an", "in", "on", "at", "for", "following", "despite",
  "during", "after", "before", "however", "but", "and", "or", "this", "that", "these", "those",
  "it", "he", "she", "they", "we", "i", "his", "her", "their", "our", "its", "earlier", "later",
  "since", "when", "while", "if", "as", "even", "still", "also", "with", "from", "by", "of", "to",
  "some", "many", "most", "all", "no", "not", "yes", "there", "here", "what", "who", "why", "how",
  "read", "full", "text", "abstract", "according", "meanwhile", "today", "yesterday", "last",
  "next", "one", "two", "three", "mr", "mrs", "ms",
  // Prepositions that open a sentence before a name ("Under Mr Tellier, the firm…").
  "under", "among", "amongst", "amid", "without", "against", "unlike", "beyond", "behind",
  "within", "throughout", "across", "towards", "toward", "upon", "via", "into", "onto", "between",
  "inside", "outside", "like",
]);
