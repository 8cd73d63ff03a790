// Shipped lists of places and organisations (general world knowledge, lowercase keys).
// Compromise's lexicon (see lexicon.ts) adds a few hundred cities, regions and companies on top.

/** Sovereign states and common short forms. */
export const COUNTRIES: readonly string[] = [
  "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
  "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bhutan",
  "bolivia", "bosnia", "botswana", "brazil", "britain", "great britain", "brunei", "bulgaria", "burkina faso",
  "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "costa rica",
  "croatia", "cuba", "cyprus", "czech republic", "czechia", "denmark", "djibouti", "dominican republic", "ecuador",
  "egypt", "el salvador", "england", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france",
  "gabon", "gambia", "georgia", "germany", "ghana", "greece", "greenland", "guatemala", "guinea", "guyana", "haiti",
  "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy",
  "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos",
  "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar",
  "malawi", "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "moldova", "monaco",
  "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "burma", "namibia", "nepal", "netherlands",
  "new zealand", "nicaragua", "niger", "nigeria", "north korea", "north macedonia", "northern ireland", "norway",
  "oman", "pakistan", "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland",
  "portugal", "qatar", "romania", "russia", "rwanda", "saudi arabia", "scotland", "senegal", "serbia",
  "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa", "south korea", "south sudan",
  "spain", "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania",
  "thailand", "togo", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine", "united arab emirates",
  "united kingdom", "united states", "united states of america", "uruguay", "uzbekistan", "venezuela", "vietnam",
  "wales", "yemen", "zambia", "zimbabwe", "soviet union", "european union",
];

/** Major cities, regions and areas often in the news (the lexicon covers many more). */
export const PLACES: readonly string[] = [
  "kyiv", "kiev", "kharkiv", "odesa", "odessa", "lviv", "dnipro", "kherson", "zaporizhzhia", "donetsk",
  "luhansk", "donbas", "donbass", "crimea", "sevastopol", "moscow", "st. petersburg", "minsk", "warsaw", "berlin",
  "paris", "london", "brussels", "rome", "madrid", "vienna", "geneva", "istanbul", "ankara", "jerusalem",
  "tel aviv", "gaza", "west bank", "beirut", "damascus", "baghdad", "tehran", "riyadh", "dubai", "doha", "cairo",
  "beijing", "shanghai", "hong kong", "taipei", "tokyo", "seoul", "pyongyang", "delhi", "new delhi", "mumbai",
  "islamabad", "kabul", "washington", "new york", "los angeles", "chicago", "miami", "sochi", "munich", "davos",
  "helsinki", "stockholm", "oslo", "copenhagen", "tallinn", "riga", "vilnius", "budapest", "prague", "bucharest",
  "sofia", "athens", "belgrade", "tbilisi", "yerevan", "baku", "ottawa", "toronto", "montreal", "vancouver",
  "mexico city", "bogota", "bogotá", "caracas", "havana", "lima", "santiago", "buenos aires", "brasilia",
  "san josé", "san jose", "nairobi", "lagos", "johannesburg", "addis ababa", "khartoum", "europe", "asia",
  "africa", "latin america", "central america", "south america", "north america", "middle east", "the west",
  "siberia", "caucasus", "balkans", "baltics", "scandinavia", "arctic", "antarctica",
];

/** Short forms that name a country ("U.S." → "United States"). Keys are lowercase surface forms. */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ["u.s.", "United States"], ["us", "United States"], ["usa", "United States"], ["u.s.a.", "United States"],
  ["united states", "United States"], ["united states of america", "United States"],
  ["u.k.", "United Kingdom"], ["uk", "United Kingdom"], ["america", "United States"], ["kiev", "Kyiv"], ["odessa", "Odesa"], ["donbass", "Donbas"],
]);

/** Short forms of organisations ("E.U." → "European Union"). Keys are lowercase surface forms. */
export const ORG_ALIASES: ReadonlyMap<string, string> = new Map([
  ["e.u.", "European Union"], ["eu", "European Union"], ["u.n.", "United Nations"], ["un", "United Nations"],
]);

/** Institutions and news organisations named by one or a few words without an organisation suffix. */
export const ORGANIZATIONS: readonly string[] = [
  "nato", "united nations", "un", "u.n.", "european union", "eu", "e.u.", "kremlin", "the kremlin", "white house",
  "pentagon", "congress", "senate", "bundestag", "duma", "state duma", "knesset", "politburo",
  "supreme court", "hamas", "hezbollah", "taliban", "al qaeda", "isis", "opec", "g7", "g20", "imf", "world bank",
  "reuters", "associated press", "agence france-presse", "afp", "bloomberg", "cnn", "bbc", "cbc", "npr", "fox news",
  "al jazeera", "tass", "ria novosti", "interfax", "the new york times", "new york times", "the times",
  "the washington post", "washington post", "the wall street journal", "wall street journal", "the guardian",
  "financial times", "the economist", "politico", "axios", "fbi", "cia", "nsa", "kgb", "fsb", "gru", "wagner",
  "gazprom", "rosneft", "red cross", "amnesty international", "human rights watch", "interpol", "the hague",
];

/** Last words that make a capitalised span an organisation ("Georgetown University", "Green Party"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  "university", "college", "school", "academy", "institute", "institution", "council", "committee", "commission",
  "organization", "organisation", "union", "party", "ministry", "department", "agency", "bureau", "office",
  "administration", "service", "services", "bank", "fund", "foundation", "association", "federation",
  "alliance", "league", "society", "center", "centre", "corporation", "corp", "company", "co", "inc", "ltd",
  "group", "technologies", "systems", "industries", "holdings", "times", "post", "journal", "news", "press",
  "tribune", "herald", "network", "parliament", "assembly", "congress", "senate", "court", "tribunal", "army",
  "navy", "force", "forces", "fleet", "guard", "police", "church", "movement", "front", "brigade", "battalion",
  "command", "board", "authority", "exchange", "airlines", "museum", "hospital", "forum", "initiative", "project",
]);

/** Last words that make a capitalised span a place ("Black Sea", "Crimean Peninsula"). */
export const GEO_HEADS: ReadonlySet<string> = new Set([
  "sea", "ocean", "river", "lake", "mountains", "mountain", "mount", "hills", "valley", "peninsula", "island",
  "islands", "gulf", "bay", "strait", "straits", "coast", "desert", "region", "oblast", "province", "district",
  "county", "state", "city", "square", "street", "avenue", "bridge", "canal", "border", "plain", "plains", "basin",
]);

/** Nationality and regional adjectives (kept out of place names unless part of a longer proper name). */
export const DEMONYMS: readonly string[] = [
  "russian", "ukrainian", "chinese", "american", "british", "french", "german", "italian", "spanish", "polish",
  "european", "western", "eastern", "soviet", "crimean", "belarusian", "georgian", "israeli", "palestinian",
  "iranian", "iraqi", "syrian", "turkish", "indian", "pakistani", "japanese", "korean", "taiwanese", "canadian",
  "mexican", "brazilian", "african", "asian", "arab", "nordic", "baltic", "finnish", "swedish", "norwegian",
  "danish", "dutch", "belgian", "swiss", "austrian", "hungarian", "czech", "slovak", "romanian", "bulgarian",
  "greek", "serbian", "croatian", "estonian", "latvian", "lithuanian", "moldovan", "armenian", "azerbaijani",
  "kazakh", "uzbek", "afghan", "saudi", "emirati", "qatari", "egyptian", "libyan", "sudanese", "ethiopian",
  "nigerian", "kenyan", "panamanian", "colombian", "venezuelan", "cuban", "argentine", "chilean", "peruvian",
  "australian", "irish", "scottish", "welsh", "english", "northern", "southern", "central", "atlantic",
  "transatlantic", "democratic", "republican", "conservative", "liberal", "socialist", "communist", "islamic",
  "muslim", "christian", "jewish", "orthodox", "catholic", "protestant", "kurdish", "chechen", "tatar",
];
