// Word lists that steer the candidate scanner. All entries are lowercase, without a final period.

/** Courtesy titles: a name follows, and they never belong to it ("Mr. Smith" → "Smith"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "madam", "prof",
]);

/**
 * Office and rank words that can stand before a name ("President X", "Gen. X", "Chancellor X").
 * They mark the following name as a person and are dropped from it.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "president", "chancellor", "premier", "minister", "secretary", "senator", "sen", "representative", "rep",
  "congressman", "congresswoman", "governor", "gov", "mayor", "king", "queen", "prince", "princess", "emperor",
  "pope", "ayatollah", "sheikh", "general", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "cpl", "pvt",
  "lieutenant", "colonel", "major", "captain", "sergeant", "admiral", "commander", "marshal", "field",
  "ambassador", "judge", "justice", "professor", "chairman", "chairwoman", "chair", "speaker", "leader",
  "spokesman", "spokeswoman", "director", "commissioner", "envoy", "archbishop", "bishop", "cardinal",
  "rabbi", "imam", "father", "reverend", "rev", "deputy", "vice", "foreign", "defense", "defence", "prime",
  "state", "interior", "finance", "economy", "health", "crown", "supreme", "chief", "attorney", "first", "lady",
  "former", "acting", "opposition", "party", "house", "senate", "majority", "minority", "national", "security",
  "adviser", "advisor", "top", "senior", "of",
]);

/** Title words that can END a title phrase; the phrase must end in one of these to count. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  "president", "chancellor", "premier", "minister", "secretary", "senator", "sen", "representative", "rep",
  "congressman", "congresswoman", "governor", "gov", "mayor", "king", "queen", "prince", "princess", "emperor",
  "pope", "ayatollah", "sheikh", "general", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "cpl", "pvt",
  "lieutenant", "colonel", "major", "captain", "sergeant", "admiral", "commander", "marshal", "ambassador",
  "judge", "justice", "professor", "chairman", "chairwoman", "speaker", "leader", "spokesman", "spokeswoman",
  "director", "commissioner", "envoy", "archbishop", "bishop", "cardinal", "rabbi", "imam", "reverend", "rev",
  "state", "adviser", "advisor", "attorney", "lady",
]);

/** Lowercase role nouns that introduce or follow an appositive name ("the foreign minister, X"; "X, a spokesman"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...TITLE_HEADS, "official", "officials", "aide", "spokesperson", "analyst", "expert", "economist", "diplomat",
  "lawmaker", "legislator", "researcher", "scholar", "fellow", "historian", "editor", "reporter", "correspondent",
  "founder", "executive", "ceo", "head", "chief", "negotiator", "strategist", "candidate", "politician",
  "activist", "resident", "soldier", "commander", "officer", "lawyer", "author", "professor", "member", "mother",
  "father", "son", "daughter", "wife", "husband", "spouse", "who",
]);

/** Words that may join capitalised words inside one name ("Council on Foreign Relations", "Charles de Gaulle"). */
export const CONNECTORS: ReadonlySet<string> = new Set(["of", "on", "for", "de", "da", "di", "du", "del", "der", "van", "von", "al", "bin", "la", "le", "y"]);

/** Words capitalised only because they start a sentence or a heading; never a name on their own. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "for", "if", "then", "than", "as", "at", "by", "in", "on",
  "of", "to", "from", "with", "without", "into", "onto", "over", "under", "after", "before", "during", "since",
  "until", "while", "when", "where", "why", "how", "what", "who", "whom", "whose", "which", "that", "this", "these",
  "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
  "your", "however", "still", "gone", "also", "even", "just", "only", "now", "meanwhile", "nevertheless",
  "nonetheless", "moreover", "furthermore", "instead", "indeed", "perhaps", "many", "most", "some", "several",
  "few", "all", "both", "each", "every", "no", "not", "none", "one", "two", "three", "another", "other", "such",
  "throughout", "although", "though", "because", "despite", "amid", "among", "between", "across", "against",
  "along", "around", "about", "above", "below", "beyond", "within", "through", "toward", "towards", "upon",
  "asked", "said", "says", "yes", "okay", "well", "oh", "mr", "mrs", "ms", "dr", "st", "today", "yesterday",
  "tomorrow", "tonight", "last", "next", "early", "late", "latest", "read", "more", "save", "learn", "watch",
  "reporting", "reported", "contributed", "photo", "video", "update", "updated", "related", "advertisement",
  "opinion", "analysis", "news", "breaking", "live", "exclusive", "share", "comment", "comments", "reply", "former",
]);

/** Day and month names: dates, not entities. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "christmas", "easter", "ramadan", "eid", "thanksgiving", "hanukkah", "passover",
]);

/** Abbreviations whose final period is part of the word, not the end of a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...HONORIFICS, "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "cpl", "pvt", "rev",
  "st", "mt", "ft", "jr", "sr", "inc", "co", "corp", "ltd", "bros", "no", "vs", "etc", "dept", "univ", "prof",
]);
