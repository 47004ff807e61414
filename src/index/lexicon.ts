// General English news vocabulary the knowledge layer reads articles with. Nothing here names a
// person or an organisation of any corpus: it is how news prose talks about roles and changes.

/** Capitalised words that start sentences or label things but never name anyone. */
export const NEVER_NAMES = new Set(
  ('the a an this that these those there here it its he she his her they their we our you your i in on at by for of to ' +
    'and or but as if so yet with from after before while when where why how what who which whom whose also meanwhile ' +
    'however although though despite during since until under over among according share source sources read more view ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof sir dame madam ' +
    'former formerly ex new interim acting chief executive officer president chair chairman chairwoman head leader director founder manager ' +
    'co-founder cofounder scientist analyst journalist reporter editor key background context profile profiles summary ' +
    'published updated posted author by note notes why what trending related tags home breaking exclusive update ' +
    'opinion analysis news report reports successor open question findings once within hundreds thousands dozens ' +
    'signatories speaking citing despite notably concurrent internally historically today yesterday tomorrow').split(' '),
);

/**
 * Sentence openers that come before a name ("Neither Wong nor Laforte", "Because Microsoft did not …",
 * "Unlike Iger"): trimmed from the start of a name, but inside one they are part of it ("Dan Rather",
 * "Just Eat Takeaway", "Indeed").
 */
export const OPENERS = new Set(
  ('neither either nor both each every unlike like not only even asked whether instead because unless whereas thus ' +
    'therefore hence already again just then now later soon rather perhaps maybe indeed nevertheless nonetheless besides ' +
    'moreover furthermore otherwise still yet overall elsewhere regardless ' +
    // (…and in the other languages articles come in: "Pour Maison Verte, le marché …", "Laut Esken …".)
    'pour selon après avec dans depuis pendant sans mais donc puis ainsi aussi alors para según tras desde durante pero también además após für laut nach seit während ohne aber auch bereits dopo ' +
    // "Three Apple items this week", "Several Meta researchers": a count opening the sentence.
    'two three four five six seven eight nine ten eleven twelve dozens several many few some most all').split(' '),
);

/** Nationality words: "a Dutch maker", "the Korean chipmaker" name no organisation on their own. */
export const DEMONYMS = new Set(
  ('american british chinese japanese korean french german dutch italian spanish indian canadian australian russian swiss ' +
    'swedish norwegian danish finnish belgian austrian irish scottish welsh english european asian african brazilian mexican ' +
    'israeli saudi emirati turkish polish czech greek portuguese taiwanese vietnamese thai indonesian malaysian singaporean ' +
    'filipino pakistani iranian egyptian nigerian kenyan ukrainian hungarian romanian argentine chilean colombian western eastern ' +
    'estonian latvian lithuanian peruvian argentinian venezuelan cuban bolivian ecuadorian uruguayan paraguayan moroccan algerian ' +
    'tunisian ethiopian ghanaian iraqi qatari cypriot slovak slovenian croatian serbian bosnian albanian bulgarian icelandic ' +
    'bangladeshi nepalese afghan kazakh georgian armenian belarusian ugandan tanzanian zimbabwean senegalese lebanese syrian jordanian ' +
    // (…and the states that no longer exist, whose parties and armies the stories of their people still name.)
    'czechoslovak yugoslav ' +
    // …and the nouns for one of them: "the Dutchman returned" names no one on its own.
    'dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman scotsman welshman spaniard briton').split(' '),
);

/** Whether a lowercase word is a nationality, singular or plural ("italian", "italians", "dutchman"). */
export function isDemonym(word: string): boolean {
  // ("German-American", "British-Nigerian": each part one.)
  return word.split('-').every((w) => DEMONYMS.has(w) || DEMONYMS.has(w.replace(/s$/, '')));
}

/** Countries whose nationality word does not start as their name does ("French" and "France"). */
const DEMONYM_COUNTRY = new Map(Object.entries({
  french: 'france', dutch: 'netherlands', british: 'britain', english: 'england', scottish: 'scotland', welsh: 'wales', irish: 'ireland',
  swiss: 'switzerland', greek: 'greece', danish: 'denmark', swedish: 'sweden', norwegian: 'norway', finnish: 'finland', polish: 'poland',
  turkish: 'turkey', chinese: 'china', filipino: 'philippines', thai: 'thailand', czech: 'czechia', argentine: 'argentina',
  // (…and those one country's name would seem to hold another's: "Nigerian" is not Niger's.)
  nigerian: 'nigeria', nigerien: 'niger', iraqi: 'iraq', iranian: 'iran',
}));

/**
 * Whether `word` is the people's word of `name` ("Gambian" of Gambia): the name, a final vowel dropped, and an
 * ending of its kind, or the one the list gives ("Iraqi" is no word of Iran's, nor "Nigerian" of Niger's).
 */
export function isDemonymOf(word: string, name: string): boolean {
  const listed = DEMONYM_COUNTRY.get(word.toLowerCase());
  if (listed) return listed === name.toLowerCase();
  const stemmed = name.toLowerCase().replace(/[aeiouy]$/, '');
  return word.toLowerCase().startsWith(stemmed) && /^(?:n|an|ian|ese|i|ans)$/.test(word.toLowerCase().slice(stemmed.length));
}

/** Whether `name` (a country, "Germany") is the one a word of `phrase` names ("German government", "Government of Germany"). */
export function namesCountry(phrase: string, name: string): boolean {
  const n = name.toLowerCase();
  return phrase.toLowerCase().split(/[^\p{L}]+/u).some((w) => w === n || (w.length >= 4 && n.length >= 4 && w.slice(0, Math.min(n.length, w.length) - 1) === n.slice(0, Math.min(n.length, w.length) - 1) && (DEMONYMS.has(w) || /(?:ish|ian|ese|an|ic|i)$/.test(w))) || DEMONYM_COUNTRY.get(w) === n);
}

/** Companies' legal forms beyond the English ones, written after the name: "Bhd", "Tbk", "SpA", "BV". */
const LOCAL_LEGAL_FORMS = 'bhd berhad sdn tbk pte kk spa srl bv nv';
/** A company's legal form, written after its name ("Bhd", "Ltd", "AG"): the name without it is the same company. */
export const LEGAL_FORMS = new Set(`${LOCAL_LEGAL_FORMS} ltd limited inc plc llc ag se sa gmbh`.split(' '));

/** Words after a company's own name that still name the company: "Hanbit Semiconductor" is "Hanbit". */
export const COMPANY_WORDS = new Set(
  ('group holdings holding inc corp corporation co company ltd limited plc llc ag sa se nv gmbh motor motors electronics electric ' +
    'semiconductor semiconductors airlines airways pharmaceuticals pharma industries automotive telecom communications ' +
    'entertainment energy steel chemicals chemical petroleum party platforms technologies fund funds management capital partners investments ' +
    `${LOCAL_LEGAL_FORMS} nasional ` +
    // A sports club's letters: "Sporting CP", "Chelsea FC".
    'fc cf sc ac cp afc club').split(' '),
);

/** Words that end an organisation's name ("Tongyi Lab", "Alibaba Group", "Georgetown University"). */
export const ORG_SUFFIXES = new Set(
  ('inc corp corporation co company companies group lab labs laboratory laboratories cloud university college institute ' +
    'foundation team teams ventures capital partners technologies technology holdings bank media news times journal post ' +
    'agency association council committee board ministry department commission school center centre academy research ' +
    'studio studios systems network networks services industries motors airlines fund trust club league party union partei parti partido partito ' +
    `ai llc ltd plc gmbh sa ag ${LOCAL_LEGAL_FORMS} international global worldwide ` +
    // (…and the trades companies name themselves for: "Kestrel Software", "Harrow Works".)
    'software works energy pharma pharmaceuticals electronics entertainment communications financial insurance airways ' +
    'robotics semiconductor semiconductors solutions logistics shipping foods brands stores securities therapeutics biosciences ' +
    'steel metals mining minerals chemicals petroleum cement ' +
    // …and the houses of the arts: "Bavarian State Opera", "Harbour Philharmonic", "Bolshoi Ballet".
    'opera orchestra philharmonic symphony ballet theatre theater museum gallery festival biennale library choir ' +
    // Places end in these too; a place is never a person ("10 Downing Street, the prime minister").
    'street road avenue square lane boulevard park bridge valley island islands county province district airport station ' +
    // …and so do public bodies: "Competition and Markets Authority", "Home Office".
    'authority authorities office bureau administration regulator tribunal exchange parliament senate alliance coalition federation confederation ' +
    // (…and the forces: "Federal Criminal Police", "Royal Navy", "Republican Guard".)
    'police army navy guard').split(' '),
);

/** The all-caps titles among them: one always splits a name ("Alibaba CEO Eddie Wu"). */
export const TITLE_ACRONYMS = new Set('ceo pdg cto cfo coo cio cso cmo cpo evp svp vp md mp mps gm pm dpm'.split(' '));
/** All-caps words that are titles or common acronyms, not organisations. */
export const ACRONYM_TITLES = new Set(
  'ceo pdg cto cfo coo cio cso cmo cpo evp svp vp pr ai ml llm gpt rlhf us uk eu un r&d hr it ipo api faq pdf id tv hq md phd mp mps pm dpm'.split(' '),
);
/** All-caps titles only before a name ("GM Dave Ziegler", a general manager); alone, an organisation ("GM said"). */
export const TITLES_BEFORE_NAMES = new Set(['gm']);

// A ministry's field, as written after "minister of": general words of government, not any one country's.
const PORTFOLIO_FIELDS = [
  '(?:foreign|home|internal|interior|external|economic|social|public|consumer|veterans|indigenous|religious|legal|regional|rural|urban|european|eu|digital|maritime|cultural|family|women\\W?s) affairs',
  'finance', 'finances', 'economy', 'economic development', 'trade', 'industry', 'commerce', 'labou?r', 'employment',
  'work', 'health', 'health care', 'education', 'higher education', 'science', 'research', 'technology',
  'innovation', 'justice', 'interior', 'home', 'defen[cs]e', 'national defen[cs]e', 'security', 'national security', 'public security',
  'energy', 'petroleum', 'oil', 'mines', 'mining', 'environment', 'climate', 'agriculture', 'food', 'fisheries',
  'forestry', 'transport', 'transportation', 'infrastructure', 'communications', 'culture', 'heritage', 'tourism',
  'sports?', 'youth', 'family', 'children', 'women', 'equality', 'gender', 'social inclusion', 'inclusion',
  'integration', 'immigration', 'migration', 'housing', 'local government', 'public works', 'public service',
  'planning', 'water', 'land', 'lands', 'treasury', 'budget', 'the economy', 'information', 'media', 'foreign trade',
  'development', 'cooperation', '(?:the )?civil service', 'financial services', 'welfare', 'social welfare', 'pensions',
  'public health', 'disaster management', 'reconstruction', 'revenue', 'telecommunications', 'aviation',
];
// (Longest first: the first alternative that fits wins, so "health" would hide "health care".)
const PORTFOLIO = `(?:${[...PORTFOLIO_FIELDS].sort((a, b) => b.length - a.length).join('|')})`;
// (A field ends a word, and a list's last field is not a word before the next person's title or a noun the
// field qualifies: "minister of finance and energy minister Tom Reed", "the minister of health and education
// officials".)
const FIELD_END = "(?![\\w'’]|\\s+minister\\b|\\s+(?:officials|workers|ministers|staff|unions|teachers|leaders|experts|groups|sectors|chiefs|heads|bosses|spending|polic(?:y|ies)|budgets?|reforms?|firms|companies)\\b)";

/**
 * Role titles, longest first; `head` marks the ones that lead an organisation (or a board, for
 * `chair`). Matched case-insensitively as whole words.
 */
export const ROLE_TITLES: { re: string; canon: string; head?: 'org' | 'board'; heads?: RegExp }[] = [
  // A head of government needs no organisation named beside it: it heads whatever is called a government.
  // (The head of a devolved government: "First Minister of Scotland", "Wales's First Minister".)
  // (Ireland's deputy head of government: a post below the Taoiseach's.)
  { re: 'tánaiste|tanaiste', canon: 'deputy prime minister' },
  { re: 'first minister', canon: 'first minister', head: 'org', heads: /\b(?:government|executive|cabinet|gouvernement)\b/i },
  { re: 'prime minister|premier(?![- ](?:league|division|inn|cup|liga|lig)\\b)|taoiseach|head of government|premier ministre|première ministre|primer ministro|primera ministra|primo ministro|premierminister(?:in)?', canon: 'prime minister', head: 'org', heads: /\b(?:government|cabinet|prime minister|premier(?:ship)?|gouvernement|gobierno|governo|regierung)\b/i },
  { re: 'co-chief executive officers?|co-chief executives?|chief executive officers?|chief executives?|co-ceos?|ceos?|pdg|directrice générale|directeur général|vorstandschef(?:in)?|vorstandsvorsitzende[rn]?|konzernchef(?:in)?|unternehmenschef(?:in)?|geschäftsführer(?:in)?|consejer[oa] delegad[oa]|director(?:a)? ejecutiv[oa]|amministratore delegato', canon: 'CEO', head: 'org' },
  { re: 'chief technology officer|cto', canon: 'CTO' },
  { re: 'chief financial officer|cfo|finance chief|chief finance officer|finance director|group finance director|finanzvorstand|finanzchef(?:in)?|directeur financier|directora? financier[oa]', canon: 'CFO' },
  { re: 'chief operating officer|coo', canon: 'COO' },
  { re: 'chief scientist', canon: 'chief scientist' },
  // ("chief customer service officer": a title of two words too.)
  { re: 'chief (?:[\\w-]+ ){1,2}?officer|chief [\\w-]+ (?:and|&) [\\w-]+ officer', canon: 'chief officer' },
  { re: 'chief \\w+ scientist', canon: 'chief officer' },
  { re: 'chair(?:man|woman|person)?|présid(?:ent|ente)|aufsichtsratschef(?:in)?|aufsichtsratsvorsitzende[rn]?', canon: 'chair', head: 'board' },
  // A church's or a monarchy's head by title: the pope, the king or queen of whatever the article is about.
  { re: 'pope|pontiff|papa', canon: 'pope', head: 'org' },
  { re: 'präsident(?:in)?', canon: 'president' },
  // ("Lula returns to the presidency": the office, named for its holder's title.)
  { re: 'president|presidency|presidente|présidente?', canon: 'president' },
  // (Germany's and Austria's chancellor heads the government: "Bundeskanzler", or a topic named for it.)
  { re: 'chancellor of the exchequer|chancellor|bundeskanzler(?:in)?|kanzler(?:in)?', canon: 'chancellor', head: 'org', heads: /\b(?:treasury|exchequer|bundesregierung|kanzleramt|chancellery|federal government|german government|austrian government|chancellor|bundeskanzler(?:in)?)\b/i },
  { re: 'mayor', canon: 'mayor', head: 'org', heads: /\b(?:city|council|town)\b/i },
  // A central bank's, a state's or a province's head: its governor ("BOJ Governor Haruhiko Kuroda"). A governor
  // general is a monarch's representative, no head of the government.
  // An alliance's, a party's or an international body's head: its secretary general ("NATO Secretary General Jens
  // Stoltenberg"); an agency's its director general.
  { re: 'secretary[- ]general|general[- ]secretary|secrétaire générale?|generalsekretär(?:in)?|secretari[oa] general', canon: 'secretary general', head: 'org' },
  // (…and a theatre's or a Russian company's "general director", its head.)
  { re: 'director[- ]general|general director|generaldirektor(?:in)?', canon: 'director general', head: 'org' },
  // A state's chief prosecutor, and its attorney general: posts of the state, heading no organisation named.
  { re: 'prosecutors?[- ]general|procurators?[- ]general|chief prosecutor|procureur général|procuradora? general|fiscal general|generalstaatsanwalt(?:in)?', canon: 'prosecutor general' },
  { re: 'attorneys?[- ]general', canon: 'attorney general' },
  // A police force's or a league's head: "Metropolitan Police Commissioner Mark Rowley", "the NFL commissioner";
  // only of what is named with it (an EU commissioner heads no Union). A member of a commission or a county
  // board ("SEC Commissioner", "European commissioner", "county commissioner") and a high commissioner sent as an
  // envoy ("High Commissioner to India") head nothing; the UN's High Commissioner for Refugees heads the agency.
  { re: '(?<!\\b(?:county|city|european|eu|sec|fcc|ftc|fec|cftc|trade) )(?!(?<=\\bhigh )commissioner (?:to|in)\\b)commissioner|commissaire(?! européen)', canon: 'commissioner', head: 'org' },
  // "UNDP's acting administrator", "NASA Administrator Bill Nelson": an agency's head.
  // (Not an insolvency's or a workplace's: "joint administrator", "hospital administrator".)
  { re: '(?<!(?:joint|insolvency|court-appointed|special|hospital|school|database|system|systems|network|estate|program|programme) )administrator(?! of (?:the )?estate)', canon: 'administrator', head: 'org' },
  // An army's head, and only an army's ("army chief General Qamar Javed Bajwa", "chief of army staff").
  { re: 'army chief|chief of (?:the )?army staff|army commander|commander of the army', canon: 'army chief', head: 'org', heads: /\b(?:army|armed forces|military)\b/i },
  // "commander-in-chief of Ukraine's armed forces": the forces' head (a president "as commander in chief" heads no army the corpus names).
  { re: 'commander[- ]in[- ]chief|oberbefehlshaber(?:in)?', canon: 'commander-in-chief', head: 'org', heads: /\b(?:army|armed forces|military|streitkräfte)\b/i },
  // "commander of the Joint Forces", "navy commander": a force's or a unit's head.
  { re: '(?:navy|naval|air force|ground forces|joint forces|marine|fleet) commander|commander(?= of (?:the )?(?:[A-Z][\\w-]* ){0,3}(?:Forces|Force|Army|Navy|Fleet|Command|Corps|Brigade|Regiment|Division|Guard)\\b)', canon: 'commander', head: 'org' },
  { re: 'governor[- ]general|gouverneur général|gouverneure générale', canon: 'governor general' },
  { re: 'governor|gouverneur|gouverneure|gobernador(?:a)?|governatore|notenbankchef(?:in)?|zentralbankchef(?:in)?', canon: 'governor', head: 'org' },
  // A legislature's chamber is run by its speaker ("the acting speaker of the lower house, Waldir Maranhão").
  { re: 'speaker', canon: 'speaker', head: 'org', heads: /\b(?:chamber|house of (?:commons|representatives|deputies)|lower house|national assembly|assembly|parliament|congress|deputies|representatives|legislature|knesset|duma|lok sabha|rajya sabha|dáil|riksdag|bundestag|bundesrat|nationalrat|national council|sejm|storting|folketing|eduskunta|althing|senedd|cortes|congreso|diet|majlis|verkhovna rada|tweede kamer)\b/i },
  { re: 'provost|vice-chancellor|rector', canon: 'provost' },
  // A dean heads a school or faculty, the one the sentence names (never a university by the title alone).
  { re: 'dean', canon: 'dean', head: 'org' },
  // ("the Smithsonian's under secretary for museums and culture": a post below the secretary's, of its own name.)
  { re: 'under[- ]?secretary', canon: 'under secretary' },
  { re: '(?:home|foreign|defence|defense|health|education|business|culture|transport|environment|justice|work and pensions|press|cabinet) secretary|secretary of (?:state(?: for [a-z]+)?|the treasury|commerce|defen[cs]e|education|labou?r|energy|transportation|agriculture|the interior|health and human services|homeland security|housing and urban development|veterans affairs)', canon: 'secretary' },
  // ("home affairs minister", "public enterprises minister": a portfolio of two words; "as minister" is none.)
  // (…and "minister of labour and social inclusion", "Minister for Foreign Affairs": the portfolio after it, read
  // as "labour and social inclusion minister".)
  { re: `minister (?:of state )?(?:of|for) (?:the )?${PORTFOLIO}(?![\\w'’])(?:,? and ${PORTFOLIO}${FIELD_END}|, ${PORTFOLIO}(?=(?:, ${PORTFOLIO})*,? and ${PORTFOLIO}${FIELD_END})(?![\\w'’]))*|(?:(?!(?:a|an|the|as|its|his|her|their|new|former|first|senior|junior|cabinet|acting|interim|caretaker|outgoing|incoming|temporary|becomes?|became|becoming|named|appointed|is|was|were|be|been|being|made|remains?|remained|stays?|stayed|serves?|served|elected|promoted|sworn|now|also|still|then)\\b)[a-z]{2,} (?:(?:affairs|enterprises|security|development|relations|services|works|resources|safety|planning) )?)?minister`, canon: 'minister' },
  // Australia's and others' finance minister, who heads the Treasury.
  { re: 'treasurer', canon: 'treasurer' },
  { re: 'member of parliament|backbench mp|backbencher|mp|senator|congress(?:man|woman)|lawmaker|legislator', canon: 'legislator' },
  { re: 'co-?founder', canon: 'co-founder' },
  { re: 'founder', canon: 'founder' },
  // ("an executive vice president": one title, not an executive who is a vice president.)
  { re: '(?:executive |senior )?vice president|e?vp', canon: 'vice president' },
  { re: 'general counsel', canon: 'general counsel' },
  { re: 'board (?:member|director)s?|directors|board observer', canon: 'board member' },
  // An agency's or a charity's head: "Oxfam International's executive director", "executive director of UNAIDS".
  { re: '(?<!non-)executive director', canon: 'executive director', head: 'org' },
  // An orchestra's head: its "chief conductor", "Chefdirigent", "Generalmusikdirektor".
  { re: '(?:chief|principal) conductor|chefdirigent(?:in)?|generalmusikdirektor(?:in)?', canon: 'chief conductor', head: 'org' },
  // An opera house's or theatre's head: its superintendent ("sovrintendente"); not a police rank.
  { re: '(?<!(?:police|detective|chief|deputy|assistant|detective chief) )superintendent|sovrintendente', canon: 'superintendent', head: 'org' },
  // (…a music director is one post of its own: an orchestra's head, a film's composer, an opera house's second to its manager.)
  { re: '(?:general )?music director|musical director|directeur musical|direttore musicale', canon: 'music director' },
  { re: 'director', canon: 'director' },
  // A motor-racing team's head: its team principal ("directeur d'équipe", "Teamchef").
  { re: 'team principal|team boss|directeur d[’\']équipe|teamchef(?:in)?', canon: 'team principal', head: 'org' },
  { re: '(?:team )?lead(?:er)?|co-leaders?|head coach|head|cheftrainer(?:in)?|entraîneur|entrenador', canon: 'head', head: 'org' },
  { re: 'managing director', canon: 'managing director' },
  { re: 'general manager|manager', canon: 'manager' },
  { re: '(?:senior |principal |research )?scientist|researcher', canon: 'scientist' },
  // Military ranks: "a lieutenant colonel in the Army Reserve", "a major in the Army Reserve".
  { re: 'lieutenant colonel', canon: 'lieutenant colonel' },
  { re: 'colonel', canon: 'colonel' },
  { re: 'major(?= in the (?:u\\.s\\. )?(?:army|air force|marines?|marine corps|navy|reserves?|army reserve|national guard)\\b)', canon: 'major' },
  { re: '(?:rear |vice )?admiral', canon: 'admiral' },
  { re: 'engineer', canon: 'engineer' },
  { re: '(?:special |senior )?advis[eo]r|(?:special|senior) counsell?or|consultant', canon: 'adviser' },
  // A Japanese company's officer ranks: "senior managing executive officer", "managing executive officer".
  { re: '(?:senior )?managing executive officer|executive officer', canon: 'executive officer' },
  { re: 'analyst', canon: 'analyst' },
  { re: 'journalist|reporter|editor|podcaster|columnist|correspondent|commentator|(?:security|political|news|on-air) contributor', canon: 'journalist' },
  { re: 'partner', canon: 'partner' },
  { re: 'investor|entrepreneur|executive|official|spokes(?:man|woman|person)|employee|staff(?:er)?|member', canon: 'member' },
];

export const TITLE_RE = new RegExp(`\\b(?:${ROLE_TITLES.map((t) => t.re).join('|')})\\b`, 'i');
/** Each title as a whole-string and as a whole-word pattern, compiled once. */
export const TITLE_EXACT = ROLE_TITLES.map((t) => ({ title: t, exact: new RegExp(`^(?:${withoutLookaheads(t.re)})$`, 'i'), word: new RegExp(`\\b(?:${t.re})\\b`, 'i') }));

/**
 * A title's pattern without what it asks of the words after it: "commander(?= of the … Forces)" finds the
 * title in a sentence, and the word found ("commander") alone must still spell it.
 */
function withoutLookaheads(re: string): string {
  let out = '';
  for (let i = 0; i < re.length; i++) {
    if (re.startsWith('(?=', i) && re[i - 1] !== '\\') {
      let depth = 0;
      for (; i < re.length; i++) {
        if (re[i] === '\\') i++;
        else if (re[i] === '(') depth++;
        else if (re[i] === ')' && --depth === 0) break;
      }
      continue;
    }
    out += re[i];
  }
  return out;
}
/** The title a phrase spells ("chief executive" → CEO), or null. */
export function titleOf(text: string): (typeof ROLE_TITLES)[number] | null {
  const t = TITLE_EXACT.find((x) => x.exact.test(text))?.title ?? null;
  // "chief AI officer", "chief performance officer": each its own title, not one "chief officer".
  // So are "foreign secretary" and "trade minister": one cabinet post is not another.
  if (!t || !(t.canon === 'chief officer' || (t.canon === 'secretary' && !/^secretary$/i.test(text)) || (t.canon === 'minister' && !/^minister$/i.test(text)))) return t;
  const canon = text.toLowerCase().replace(/\s+/g, ' ');
  // ("minister of finance" is the finance minister.)
  const portfolio = t.canon === 'minister' ? /^minister (?:of state )?(?:of|for) (?:the )?(.+)$/.exec(canon)?.[1] : undefined;
  // ("Minister for Foreign Affairs", "foreign affairs minister": the foreign minister, one post under one name.)
  // (…and "minister of state for national defence" the defence minister.)
  return { ...t, canon: (portfolio ? `${portfolio.replace(/^national (defen[cs]e)$/, '$1')} minister` : canon).replace(/^foreign affairs minister$/, 'foreign minister') };
}

/** Qualifiers that make a role provisional. */
export const INTERIM_RE = /\b(?:interim|acting|temporar(?:y|ily)|caretaker|provisional|for now|pro tem|en funciones|interin[oa]|par intérim|ad interim|kommissarisch\w*|act(?:s|ed|ing)? as (?:the |its )?(?:governor|chair(?:man|woman)?|president|chief executive|ceo|head|leader|director|administrator|secretary|minister|manager|coach|commissioner|mayor|speaker))\b/i;
/** Qualifiers that put a role in the past. */
// ("ex-" and "then-" end in a hyphen, so no word boundary may follow them: "ex-CEO".)
export const PAST_RE = /\b(?:former|formerly|previously|once|until|longtime|prior to|suspended|deposed|ousted|frühere[nrms]?|ehemalige[nrms]?|ancien(?:ne)?|antigu[oa])\b|\b(?:ex|then)-|\bex(?:\s+(?=\p{Ll})|\s+$)/iu;

/** What a sentence reports, by the verbs and nouns news prose uses for it. */
export type EventKind = 'start' | 'end' | 'succession' | 'holds' | 'reports' | 'org' | 'return';

export interface EventCue {
  kind: EventKind;
  re: RegExp;
  /** Where the person the event happens to stands relative to the cue. */
  person: 'before' | 'after' | 'nearest';
}

/** "leaving the president to run day-to-day operations": someone left to do something, no one leaving. */
export const LEFT_TO_OTHERS = '(?:the |a |an |its |their )?(?:president|chair(?:man|woman)?|chief executive|ceo|him|her|them|it|staff|players?|managers?|ministers?|colleagues|others|board|government|public)\\s+(?:[a-z]+\\s+){0,2}to\\s+(?!join\\b)';

const cue = (kind: EventKind, person: EventCue['person'], re: string): EventCue => ({ kind, person, re: new RegExp(`\\b(?:${re})\\b`, 'i') });

// Passive and intransitive forms take the person before them ("X resigned", "X was named");
// transitive active forms and nouns with "of" take the person after ("named X", "the ouster of X").
export const EVENT_CUES: EventCue[] = [
  cue('end', 'after', '(?:resignation|departure|ouster|firing|removal|dismissal|exit|sacking|ousting|éviction|overthrow|toppling) of|(?:accepted|approved) (?:the |his |her )?resignation'),
  // "fired Altman", "sacked manager Pablo Ferreira", "dismissed him"; not "dismissed as incorrect a report",
  // "dismissed the claims", "fired a warning shot".
  cue('end', 'after', '(?:fired|ousted|removed|dismissed|sacked|pushed out|forced out|oust|fire|remove|dismiss|ousting|removing|dismissing|sacking|overthrew|overthrow|overthrowing|toppled|topple|toppling)(?= (?![^\\s.;,]+[\\x27’]s\\s)(?!(?:as|a|an|up|off|back|shots?|claims?|reports?|suggestions?|speculation|rumou?rs?|concerns?|criticism|fears?|questions?|the (?:idea|notion|claims?|reports?|suggestions?|speculation|rumou?rs?|concerns?|criticism|case|lawsuit|suit|charges?|appeal|allegations?))\\b)[a-z])'),
  cue('end', 'before', "walk(?:s|ed|ing)? (?:out|away) as (?=(?:the |its |their )?(?:[a-z]+ )?(?:auditor|chief|ceo|chair(?:man|woman)?|director|coach|manager|president|secretary|minister|editor|head|leader|adviser|governor)\\b)|resign(?:s|ed|ing)?|quit(?:s|ting)?|step(?:s|ped|ping)? down|stepping down|depart(?:s|ed|ing)?|(?<!\\b(?:the|far|centre|center|hard|radical|new)[ -])(?<!\\b(?:games|matches|fixtures|races|laps|rounds|minutes|seconds|hours|days|weeks|months|years|time|points|seats|votes|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s)(?<!\\b(?:been|being|was|were|is|are|be|get|got|gets)\\s)left(?! (?:for|behind)|[ -]wing|-leaning| (?:in|on) (?:the )?(?:race|running|contest|field|ballot|competition|squad|shortlist)\\b|[^.;,]{0,40}\\b(?:unchanged|intact|untouched|in place|on hold|steady|alone)\\b)|(?<!\\b(?:that|this|which|it|what) (?=leaves [^.;]{0,100}?\\b(?:as|with|to)\\b))leav(?:es|ing)(?![^.;,]{0,40}\\b(?:unchanged|intact|untouched|in place|on hold|steady|alone)\\b)(?! " + LEFT_TO_OTHERS + ")(?! (?:the |a )?(?:building|room|courtroom|courthouse|court|stage|hospital|meeting|hearing|premises|chamber|venue|stadium|pitch|field)\\b)|(?:will|would|is to|was to|set to|plans? to|planning to|decided to|agreed to) leave|(?:was|were|been|is|being|got|get) (?:fired|ousted|removed|dismissed|sacked|pushed out|forced out|let go|overthrown|toppled)|(?<!\\b(?:the|an|his|her|their|its) )exit(?:s|ed)?(?! of\\b)|retir(?:es|ed|ing)|(?<!\\b(?:book|memoir|album|film|report|results|figures|data|paper|verdict|ruling) )(?:is|was) out|(?:not|never) (?:to )?(?:seek|stand|run)(?: for| in)? (?:re-?election|again|(?:[\\w'’]+ ){0,5}(?:leadership )?(?:election|race|contest|ballot)\\b)|(?:was|were|been|is|being|be) relieved of (?:his|her|their) (?:duties|post|role|position)|parted (?:company|ways) with|step(?:s|ped|ping)? aside|bow(?:s|ed|ing)? out|démission\\w*|quitt\\w+"),
  // "Lin's resignation", "his departure": a singular noun tied to one person; plural "departures" is no one's.
  cue('end', 'before', "['’]s (?:resignation|departure|ouster|firing|removal|dismissal|exit|retirement|elimination|(?:last|final) day (?:will be|is|was|in|at|as|on)\\b)|(?:his|her) (?:resignation|departure|exit|retirement|ouster|firing|removal)|(?<=\\b(?:[Hh]is|[Hh]er|[Tt]heir) )(?:last|final) day (?:will be|is|was|in|at|as|on)\\b"),
  // "put President Rousseff on trial, suspending her from office": out of the post, for now.
  cue('end', 'before', "suspend(?:s|ed|ing)? (?:him|her|them) from (?:office|(?:his|her|their) (?:post|duties|seat|office))|(?:was|were|is|been) suspended from (?:office|(?:his|her|their) (?:post|duties|office))"),
  // "suspended Eduardo Cunha from his seat … and therefore from his post as speaker".
  // (…and "suspended Godwin Emefiele as governor of the central bank": out of the post named.)
  cue('end', 'after', "suspend(?:s|ed|ing)?(?= [A-Z][^.;]{0,40}? (?:from (?:office|(?:his|her|their) (?:post|seat|duties|office))|as (?:the )?(?:[a-z-]+ ){0,3}(?:governor|chair(?:man|woman)?|president|leader|chief|director|head|secretary|minister|mayor|speaker|coach|manager|editor|commissioner|ceo)\\b))|suspend(?:s|ed|ing)?(?= (?:house |the |lower-house |party )?(?:speaker|president|chair(?:man|woman)?|leader|chief executive|governor|mayor) [A-Z])"),
  // "central bank governor Godwin Emefiele, whom President Bola Tinubu suspended on Saturday": the one before.
  cue('end', 'before', "(?<=,\\s*whom\\s+(?:[A-Z][A-Za-z'’.-]*\\s+){0,4}(?:had\\s+|has\\s+)?)(?:suspended|deposed)"),
  // A government's fall: "Dahal lost a vote of confidence", "was voted out of office", "removed by a no-confidence
  // motion" (the last is "removed" above).
  cue('end', 'before', "(?:lost|loses|losing|lose|failed to win|fails to win) (?:a |an |the |his |her |their )?(?:[a-z]+ ){0,2}(?:vote of confidence|confidence vote|trust vote|vote of trust|confidence motion)|(?:failed|fails) to survive (?:a |an |the |his |her |their )?(?:[a-z]+ ){0,2}(?:no-confidence (?:vote|motion)|vote of no confidence|motion of no confidence)|(?:was|were|been|is|are|being) voted out(?! of (?:the )?(?:race|contest|competition|show|house|round|committee)| in (?:19|20)\\d\\d)"),
  // …and one kept: "Oli won a vote of confidence with 188 votes", "survived a no-confidence motion".
  // (Not "failed to survive", "is expected to win", nor an opposition leader's "won a no-confidence vote against
  // Prime Minister Y": a no-confidence or impeachment vote is kept only by surviving or defeating it.)
  cue('holds', 'before', "(?<!\\b(?:fail(?:ed|s|ing)?|not|never|expected|likely|must|needs?|hop(?:es|ed|ing)?|set|due|poised|seek(?:s|ing)?|tr(?:y|ies|ied|ying)|to)\\s(?:to\\s)?)(?:won|wins|winning|secured|secures|comfortably won|easily won|narrowly won) (?:a |an |the |his |her |their )?(?:[a-z]+ ){0,2}(?:vote of confidence|confidence vote|trust vote|vote of trust|confidence motion)(?! against)|(?<!\\b(?:fail(?:ed|s|ing)?|not|never|expected|likely|must|needs?|hop(?:es|ed|ing)?|set|due|poised|seek(?:s|ing)?|tr(?:y|ies|ied|ying)|to)\\s(?:to\\s)?)(?:(?:survived|survives|surviving) (?:a |an |the |his |her |their )?(?:[a-z]+ ){0,2}(?:vote of confidence|confidence vote|trust vote|vote of trust|confidence motion|no-confidence (?:vote|motion)|vote of no confidence|motion of no confidence|impeachment (?:vote|trial))|(?:defeated|defeats|saw off|sees off) (?:a |an |the |his |her |their )?(?:[a-z]+ ){0,2}(?:no-confidence (?:vote|motion)|vote of no confidence|motion of no confidence|impeachment (?:vote|trial)))|a remporté (?:\\S+ ){0,2}(?:un |le )?vote de confiance"),
  // Going into exile ends one's posts: "he flies out of Banjul, via Conakry, into exile".
  cue('end', 'before', "(?:fled|flees|fleeing|flew|flies|flying|went|goes|going|left|leaves|leaving)(?:\\s+[^\\s.;]+){0,6}?\\s+into exile|(?:was|were|been|is|are) (?:sent|forced|driven) into exile"),
  // A death ends every post ("Pope Francis … died on Monday", "after the pope's death").
  cue('end', 'before', "died|dies|passed away|['’]s death|(?:his|her) death"),
  cue('return', 'nearest', 'return(?:s|ed|ing)?|reinstat\\w+|rehired|re-?join\\w*|is back|was back|brought back|comeback|réintègre|retrouvé'),
  // "Macron reappoints Lecornu", "Lecornu was reappointed": named to the post again.
  cue('return', 'before', '(?:was|were|been|is|being|has been|had been|will be) (?:re-?appointed|re-?named|reconduite?|renommée?)'),
  cue('return', 'after', 're-?appoint(?:s|ed|ing)|re-?names|re-?named|reconduit|renomme'),
  cue('succession', 'before', 'replac(?:es|ed|ing)|(?<=\\b(?:named|appointed|elected|installed|chosen|picked|promoted|made|sworn in)\\b[^.;]{0,60})in place of|succeed(?:s|ed|ing)?|took over|takes over|take over|taking over|superseded|overtaken'),
  cue('succession', 'after', 'successor|replacement|succeeded by|replaced by|(?:appointment|promotion) of'),
  cue('start', 'after', '(?:named|appointed|hired|tapped|picked|chose|promoted|elevated|installed|brought in|bringing in|recruited|poached|names|appoints|hires|taps|promotes|recruits|(?<!-)(?<!\\b(?:an?|the|newly|democratically|popularly|directly|freely|duly|its|their|first|only|last|local)\\s)(?<!\\b(?:was|were|been|is|are|be|being)\\s+(?:\\w+ly\\s+|first\\s+|again\\s+)?)elect(?:ed|s)(?!\\s+(?:officials?|representatives?|leaders?|members?|government|bodies|body|councils?|assembl(?:y|ies)|mayors?)\\b))'),
  // "Sirisena swears in Wickremesinghe as prime minister": the one sworn in takes the post.
  cue('start', 'after', '(?:swears|swore|swearing) in(?= (?:[A-Z][\\w\'’.-]+ ){1,4}(?:as|to)\\b)'),
  // "Gucci said it was ending its collaboration with creative director Sabato De Sarno": a parting, told of the one named.
  cue('end', 'after', 'end(?:s|ed|ing)? (?:its|their|the) (?:collaboration|partnership|relationship|association|contract|agreement) with'),
  // "Parliament confirmed Gombojav Zandanshatar as prime minister": a chamber's vote that installs someone.
  cue('start', 'after', '(?:confirm(?:s|ed|ing)|approv(?:es|ed|ing))(?= (?!(?:his|her|their|its|the|a|an|that|this|plans?|reports?)\\b)(?:[A-Z][\\w\'’.-]+ ){1,4}as (?:the |its |their )?(?:new |next )?(?:[a-z-]+ ){0,2}(?:prime minister|premier|president|chancellor|speaker|chair(?:man|woman)?|chief executive|ceo|governor|minister|mayor|director|head|leader|secretary)\\b)'),
  // "the company made Arne Freundt chief executive": made a person (a name) the holder of a post.
  cue('start', 'after', 'ma(?:de|kes|king)(?= (?:[A-Z][\\w\'’.-]+ ){1,3}(?:its |the |their )?(?:new |interim |acting )?(?:chief|ceo|president|chair(?:man|woman)?|head|director|manager|coach|captain|minister|governor|editor|leader|secretary)\\b)'),
  // "Motsoeneng started at the SABC in 1994", "began working at Nokia in 1997": a career's start at a named place, in a year.
  cue('start', 'before', '(?<!\\b(?:trial|hearing|talks|case|inquiry|meeting|match|game|race|season)\\s)(?:start(?:s|ed)?|beg[ia]n) (?:work(?:ing)? |out )?at (?=(?:the )?[A-Z][^.;,]{0,40}\\bin (?:19|20)\\d\\d\\b)'),
  cue('start', 'before', '(?:was|were|been|is|being|has been|have been|had been|will be) (?:(?:formally|officially|unanimously|finally|duly|swiftly|quickly|later) )?(?:named|appointed|hired|tapped|picked|chosen|promoted|elevated|installed|brought in|recruited|made|confirmed|elected|(?:sworn in|inaugurated)(?= as (?:the |its |their |an? )?(?:[\\w-]+ ){0,3}?(?:president|prime minister|minister|director|chair\\w*|governor|mayor|chancellor|secretary|speaker|ceo|chief|leader|head|commissioner|judge|justice|senator|member|premier|king|queen|pope)\\b))|join(?:s|ed|ing)?|rejoin\\w*|arriv(?:ed|es|ing) at (?=[A-Z][^.;]{0,40}\\bas\\b)|(?:has|have|had) been (?:at|with) (?=[A-Z][^.;]{0,40}\\bsince\\b)|(?:has|have|had) (?:sat|served) on (?=(?:[^.;]{0,30}\\s)?(?:board|committee|council|bench|commission)\\b[^.;]{0,40}\\bsince\\b)|came to (?=[A-Z][^.;]{0,40}\\b(?:as|in (?:19|20)\\d\\d)\\b)|(?:became|becomes|become)(?! (?:too|more|less|very|so|increasingly|clear|apparent|obvious|evident|known|public|available|possible|impossible|likely|unlikely|necessary|difficult|common|popular|unpopular|synonymous|embroiled|entangled|involved|frustrated|concerned|worried|aware|convinced|[a-z]+ly)\\b)|t(?:ook|akes?|aking) office|assum(?:es|ed|ing|e) office|t(?:ook|akes?|aking) the helm|(?:will |to )?t(?:ook|akes?|aking|ake) charge(?! of (?:the )?(?:investigation|inquiry|review|case|talks))|t(?:ook|akes?|aking) the (?:reins|keys|wheel|baton|top (?:job|post|spot)|hot seat|(?=[A-Z][\\w-]+ (?:job|post)\\b)[A-Z][\\w-]+ (?:job|post))|takes? (?:on|up)|took (?:on|up)|assum(?:es|ed|ing|e)|gains?|moves? into|moved into|move into|(?<!(?:last|final) day )will be|to serve as|serve as|rejoint\\w*'),
  cue('start', 'nearest', 'appointment|promotion|hiring|elevation|nomination|named|appointed|promoted'),
  // ("Smoot heads back to the restaurants", "heads to Paris": going, not leading.)
  cue('holds', 'nearest', 'leads?|led|leading|heads?(?! (?:back|home|off|out|into|to|for|south|north|east|west)\\b)|headed(?! (?:back|home|off|out|into|to|for)\\b)|heading(?! (?:back|home|off|out|into|to|for)\\b)|oversees?|oversaw|overseeing|oversight|in charge of|runs|ran|running|at the helm|chairs?|chaired|chairing|helms?|helmed|in control of|direct control|dirige|présidé'),
  cue('reports', 'before', 'reports? (?:directly )?to|reporting (?:directly )?to|answer(?:s|ing)? to'),
  cue('org', 'nearest', 'found(?:s|ed|ing)?|co-?found(?:s|ed|ing)?|formed(?= (?:in (?:(?:19|20)\\d\\d|[A-Z][a-z]+ (?:19|20)\\d\\d)|on [A-Z0-9]))|launch(?:es|ed|ing)?|creat(?:es|ed|ing|ion)|establish(?:es|ed|ing|ment)|merg(?:es|ed|ing|er)|renam(?:es|ed|ing)|split|spun (?:out|off)|spin-?off|restructur\\w+|reorganiz\\w+|reorganis\\w+|reshuffle|shake-?up|acquir(?:es|ed|ing)|acquisition|invest(?:s|ed|ing|ment)|investigat\\w+|inquiry|probe|strikes?|walk(?:ed|s)? (?:off|out)|walkout|ratif(?:y|ies|ied|ying)|vot(?:e|ed|es|ing) to|layoffs?|job cuts|clos(?:e|es|ed|ing|ure)|shut(?:s|ting)? down|shutter(?:s|ed|ing)?|stop(?:s|ped|ping)? (?:making|producing|production)|end(?:s|ed|ing)? (?:\\w+ )?production|wind(?:s|ing)? down|cut(?:s|ting)? (?:about |some |around |roughly )?[\\d,.]+%?|deal|agreement|rais(?:es|ed|ing) (?:about |roughly |some |nearly |almost |more than |over |an? (?:additional|further|fresh|new) )?(?:US)?[$€£¥]\\s?\\d[\\d.,]*|funding round|round of funding|series [a-f] (?:round|funding)|(?:t(?:ake|akes|ook|aking)|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|sell(?:s|ing)?|sold) (?:an? )?(?:[\\w.,%-]+ ){0,3}stake|agree(?:s|d)? (?:\\S+ ){0,2}to (?:sell|buy|acquire|merge)|sign(?:s|ed|ing)? (?:into law|legislation|a (?:law|bill|deal|contract|order)|an? (?:executive order|agreement))|pass(?:es|ed) (?:a|the) (?:law|bill)|ban(?:s|ned)? (?:the|its)'),
  // "they pushed him out": the one pushed is named before (or is the article's subject).
  cue('end', 'nearest', '(?:pushed|forced|kicked|voted|threw|eased) (?:him|her) out'),
  // A regulator's word on a deal: reviewed, cleared, blocked, approved.
  // "PiS came first in Sunday's parliamentary election", "won about 81 percent of the vote": an election's result.
  // (A confidence vote is read with the posts held, above.)
  cue('org', 'before', "(?:won|wins|winning|came first|comes first|finished first|lost|loses|losing) (?:[\\w'’%.,-]+ ){0,5}?(?:election|elections|(?<!confidence |trust )vote(?! of (?:no[ -])?(?:confidence|trust))|ballot|run-?off|referendum|(?:the|a|its|their) primary|primaries|by-election|leadership contest|leadership race)\\b|(?:won|lost|topped)\\s+(?:[\\w'’%.,-]+ ){0,3}?at the polls\\b"),
  cue('org', 'nearest', '(?:review(?:s|ed|ing)?|clear(?:s|ed|ing)?|block(?:s|ed|ing)?|approv(?:e|es|ed|ing)) (?:the|its|a) (?:deal|merger|acquisition|takeover|transaction|hire|hiring|tie-?up)'),
  // A regulator's or court's sanction handed down: "issues a business improvement order", "imposed a fine".
  cue('org', 'nearest', '(?:issu(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|hand(?:s|ed|ing)? down|slap(?:s|ped|ping)?) (?:a |an |its |the )?(?:(?!(?:in|to|of|for|purchase)\\b)[\\w-]+ ){0,3}?(?:order|penalty|fine|sanction|ban|suspension|reprimand)s?\\b'),
  // A stake bought or sold: "to take 10 percent of Porsche SE's voting shares", "bought a 17 percent stake".
  cue('org', 'nearest', '(?:buy|buys|bought|buying|take|takes|took|taking|acquir(?:e|es|ed|ing)|sell|sells|sold|selling) (?:up )?(?:(?:a|an|its|their|the|another|further|additional) )?(?:\\d[\\d.,]*\\s?(?:percent|per cent|%)(?= of\\b(?! (?:the )?(?:electorate|market|turnout|population|workforce))| stake\\b| holding\\b| shareholding\\b| in\\b)|(?:\\d[\\d.,]*\\s?(?:percent|per cent|%)[- ])?(?:minority |majority |controlling |blocking )?(?:stake|holding|shareholding)\\b)'),
  // A fight for control: a proxy fight opened or ended, nominees rejected, a bid dropped.
  cue('org', 'nearest', 'proxy (?:fight|contest|battle)|(?:end(?:s|ed)?|drop(?:s|ped)?|abandon(?:s|ed)?|call(?:s|ed)? off|launch(?:es|ed)?|open(?:s|ed)?|won|lost|los(?:es|ing)) (?:his|her|its|their|the|a) (?:proxy fight|campaign|bid|challenge|takeover bid|hostile bid)|(?:rejected|elected|backed) (?:\\S+ )?nominees?|nominat(?:ed|es) (?:\\S+ ){0,3}(?:for|to) (?:a |the )?(?:seat|board)'),
  // A book: "published a memoir", "her memoir, …, was published this week", "the memoir is out".
  // ("Sonos releases its rebuilt mobile app": a product put out.)
  cue('org', 'nearest', "(?:releas(?:es|ed|ing)|ship(?:s|ped|ping)|roll(?:s|ed|ing) out|unveil(?:s|ed|ing)) (?:its|their|a|an|the) (?:(?:new|rebuilt|redesigned|revamped|updated|overhauled|long-awaited|first|latest)\\s+)*(?:[\\w-]+ ){0,2}?(?:app|apps|application|software|product|model|phone|smartphone|device|update|version|platform|system|game|car|vehicle|chip|speaker|headphones)\\b"),
  cue('org', 'nearest', "(?:publish(?:es|ed|ing)?|releas(?:es|ed|ing)|wr(?:ote|ites|iting)|launch(?:es|ed|ing)?) (?:(?:her|his|their|a|an|the)\\s+)?(?:new |first |second )?(?:book|memoir|autobiography|novel)|(?:book|memoir|autobiography)\\b[^.;]{0,80}?\\b(?:was|is|has been|will be) (?:published|released|out)"),
  // A plan given up or put off: a listing withdrawn, a bid scrapped, a deal called off.
  cue('org', 'nearest', "(?:withdr(?:ew|aws?|awn|awing)|pull(?:s|ed|ing)?|shelv(?:es|ed|ing)|scrap(?:s|ped|ping)?|postpon(?:es|ed|ing)|cancel(?:s|led|ed|ling)?|abandon(?:s|ed|ing)?|call(?:s|ed|ing)? off) (?:[\\w'’-]+ ){0,4}?(?:IPO|initial public offering|offering|listing|flotation|float|bid|deal|merger|takeover|plan|plans)"),
  // A court case is news about a person: arrested, charged, convicted, sentenced, pleaded guilty.
  cue('org', 'before', '(?:was|were|been|is|are|being|got) (?:arrested|charged|indicted|convicted|sentenced|extradited|acquitted|jailed|released on bail|found guilty)|plead(?:ed|s)? guilty|pled guilty|pleads not guilty|se declar(?:ou|aram) culpad[oa]s?|(?:wurde|wird) (?:\\S+ ){0,3}(?:verurteilt|festgenommen|angeklagt)'),
  cue('org', 'after', '(?:arrested|charged|indicted|convicted|sentenced|extradited|jailed|banned|suspended|barred|expelled)(?= [A-Z])'),
  // …and so is a sanction: banned, suspended, barred, fined, expelled.
  cue('org', 'before', '(?:was|were|been|is|are|being|got) (?:banned|suspended|barred|disqualified|fined|expelled)'),
  // A decision told with its size: "devalued the peso by 54%", "docked 10 points", "halved the dividend", "cut its
  // dividend to a penny", "raised rates to 0.25%", "was fined $4.3 billion".
  cue('org', 'nearest', "devalu(?:ed|es|ing|ation)|dock(?:ed|s|ing) (?:\\w+ )?(?:\\d+|ten|fifteen|[a-z]+) points|(?:points?|point) (?:deduction|penalty)|deduct(?:ed|s|ing) (?:\\d+|[a-z]+) points|halv(?:ed|es|ing) (?:its|the) (?:\\w+ )?(?:dividend|payout)|(?:cut|cuts|slashed|slashes|suspended|suspends|scrapped|scraps|raised|raises|lowered|lowers) (?:its|the) (?:quarterly |annual |interim |final )?(?:dividend|payout)|(?:raised|raises|lifted|lifts|cut|cuts|lowered|lowers|hiked|hikes) (?:its |the )?(?:short-term |key |benchmark |policy )*(?:interest )?rates? (?:to|by)|(?:was|were|been|is) fined"),
  // The same news verbs in the other languages corpora carry (German, Spanish, French, Chinese).
  cue('end', 'before', 'zurückgetreten|tritt (?:\\S+ ){0,3}zurück|verlässt|verließ|abgelöst|dimite|dimitió|renuncia|renunció|deja(?:rá)? el cargo|quitte|a quitté'),
  // (…and Malay and Indonesian: "meletakkan jawatan", "mengundurkan diri"; Italian and Portuguese: "si è dimesso", "renunciou".)
  cue('end', 'before', '(?:me)?letak(?:kan)? jawatan|mengundurkan diri|(?:si è|si sono) dimess[oaie]|rassegna(?:to)? le dimissioni|renunciou|demitiu-se|treedt af|trad af'),
  cue('start', 'after', 'melantik|ha nominato|nomeou'),
  cue('start', 'before', 'dilantik|è stato nominat[oa]|foi nomead[oa]'),
  cue('start', 'after', 'ernannte|ernennt|verpflichtet|verpflichtete|holt|holte|nombró|nombra|designó|fichó|ficha|a nommé|nomme'),
  cue('start', 'before', '(?:wurde|wird) (?:\\S+ )?ernannt|übernimmt|übernahm|wechselt|wechselte|(?:wurde|wird|ist) (?:\\S+ ){0,4}verpflichtet|asumirá|asumió|fue nombrado|a été nommée?|prend la tête|prendra la tête'),
  cue('succession', 'before', 'sustituirá|sustituye|reemplaza|remplace|remplacera|folgt auf|(?:trat|tritt|antreten) (?:\\S+ ){0,2}Nachfolge von|die Nachfolge von|sucesor'),
  cue('succession', 'after', 'Nachfolger(?:in)? (?:wird|wurde|ist|war)|Nachfolger(?:in)?'),
  { kind: 'end', person: 'before', re: /离职|辞职|卸任|离开/ },
  { kind: 'start', person: 'nearest', re: /任命|出任|加入|接任|担任/ },
  { kind: 'succession', person: 'before', re: /接替|继任/ },
  // "周浩将直接向…首席AI官乔云飞汇报": the one reporting is named before 向, the one reported to after it.
  { kind: 'reports', person: 'before', re: /(?:向[^，。；,]{0,30}?)?汇报/ },
  { kind: 'holds', person: 'nearest', re: /负责人|负责|领导|掌管/ },
];

/** Event cues as global patterns, for scanning a sentence for every occurrence. */
export const EVENT_CUES_G = EVENT_CUES.map((c) => ({ cue: c, re: new RegExp(c.re.source, 'gi') }));

export const ANY_EVENT_RE = new RegExp(EVENT_CUES.map((c) => c.re.source).join('|'), 'i');

/** Words that signal a reason (for "why" questions). */
export const REASON_RE = /\b(?:because|(?:(?:widely )?(?:seen|viewed|regarded|read) as (?:the |a )?(?:price|cost|consequence|punishment|result) (?:of|for))|paid the price|lost the (?:confidence|trust|faith|support|backing) of|due to|owing to|relates to|stem(?:s|med|ming)? from|(?:concerns?|fears?) (?:for|about|over)|by mutual (?:agreement|consent)|over (?:a|an|the)|after (?:a|an|the|his|her|their)|reasons?|concluded|explain(?:s|ed|ing)? that|wants? to|wanted to|to pursue|to resume|to return to (?:his|her|their)|in search of|felt right|following|amid|in order to|so that|citing(?! (?:(?:two|three|several|four|unnamed|anonymous|senior|a|an) )?(?:people|persons?|sources?|officials?|analysts?|insiders?|report|reports|executives?|documents?|data|figures)\b)|cited(?! (?:(?:two|three|several|four|unnamed|anonymous|senior|a|an) )?(?:people|persons?|sources?|officials?|analysts?|insiders?|report|reports|executives?|documents?|data|figures)\b)|blam(?:ed|es|ing)|point(?:s|ed|ing)? to|not (?:been )?met|leading to|led to|prompting|(?:different|differing|diverging) views|divergen\w+|misalign\w+|fail(?:ed)? to win (?:consensus|support|backing)|lack of (?:consensus|support)|accus\w+|lost confidence|lost faith|lost patience|r[au]n out of patience|ultimatum|recall(?:ed|s|ing)?|(?:motion|vote) of no[- ]confidence|no[- ]confidence (?:motion|vote)|failed to (?:restore|deliver|revive|turn|meet|stem|reverse)|lack(?:ed|s|ing)?|frustrat\w+|alleg\w+|clash\w*|not consistently|disagreement|dispute|tensions?|to focus on|argu(?:ed|es|ing) that|rationale|justif\w+|aim(?:s|ed)? (?:to|at)|intended to|meant to|designed to|so as to|(?:examin|investigat|look|probe|review)\w* (?:into )?whether|to (?:avoid|evade|sidestep|get around|escape)|(?:came|comes|followed|follows) (?:after|amid)|saying (?:that )?(?:it (?:was|is|had been)|(?:he|she|they) (?:wanted|needed|had|felt|would|could)|(?:the|its|their|his|her) [^.;]{0,80}?\b(?:were|was|had been) (?:long |still |not |too )?(?:delayed|overdue|late|withheld|incomplete|misstated|inaccurate|unreliable|unsigned|not (?:provided|available|filed|given|ready))\b)|time for (?:a )?(?:change|new)|(?:take|takes|taking|took) responsibility|to (?:grieve|mourn|reflect|recover)|needs? time|needed time|(?:health|personal|family) reasons|breach(?:ed|es|ing)?|violat(?:ed|es|ing|ion)|(?:investigation|inquiry|review|probe|audit)s? (?:had |has |have )?(?:found|concluded|determined|showed|shown|established)|to spend (?:more )?time|under pressure|pressure from|in the wake of|as a result of|prompted|triggered|objected|in protest|in response to|on the (?:recommendation|advice|urging) of|fault(?:ed|ing|s)|mishandl\w+|mismanag\w+|begründete?|wegen|weil|parce que|en raison|porque|debido a)\b/i;
/** The reason words that name a cause outright, not just a circumstance ("following", "amid", "wanted to"). */
// (…and a leaving told with its purpose: "was leaving to resume his academic career".)
export const STRONG_REASON_RE = /\b(?:because|(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|resign(?:s|ed|ing)?|step(?:s|ped|ping)? down|depart(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:resume|return to|pursue|focus on|spend more time|concentrate on|devote)|(?:(?:widely )?(?:seen|viewed|regarded|read) as (?:the |a )?(?:price|cost|consequence|punishment|result) (?:of|for))|paid the price|lost the (?:confidence|trust|faith|support|backing) of|due to|owing to|(?:different|differing|diverging) views|misalign\w+|divergen\w+|lack of consensus|reasons?|concluded|lost confidence|lost faith|lack(?:ed|s|ing)?|frustrat\w+|alleg\w+|accus\w+|clash\w*|dispute|disagreement|not consistently candid|blamed|citing(?! (?:(?:two|three|several|four|unnamed|anonymous|senior|a|an) )?(?:people|persons?|sources?|officials?|analysts?|insiders?|report|reports|executives?|documents?|data|figures)\b)|cited(?! (?:(?:two|three|several|four|unnamed|anonymous|senior|a|an) )?(?:people|persons?|sources?|officials?|analysts?|insiders?|report|reports|executives?|documents?|data|figures)\b)|time for (?:a )?(?:change|new)|(?:take|takes|taking|took|accept(?:s|ed|ing)?|bore|bears?|bearing) (?:(?:full|ultimate|the|political|personal|overall)\s+){0,2}responsibility|to (?:grieve|mourn)|needed time|in protest|begründete?|weil|(?:came|comes) (?:after|amid)|lost patience|on the (?:recommendation|advice|urging) of)\b/i;

/** Number words, for "how many" questions. */
export const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|million|billion|un|deux|trois|quatre|cinq|sept|huit|neuf|dix';
export const NUMBER_RE = new RegExp(`(?:\\$\\s?\\d|\\b\\d[\\d,.]*\\b|\\b(?:${NUMBER_WORDS})\\b)`, 'i');
// (A number ends in a digit: "Badenoch, 44, won 53,806 votes" is no sum in won.)
export const MONEY_RE = /(?:(?:US|HK|A|C|S)?[$€£¥₩₹]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k|crore|lakh))?|\bR(?=\d[\d,.]*\s?(?:million|billion|bn|m)\b)\d[\d,.]*\s?(?:million|billion|bn|m)\b|\b(?:RM|Rs\.?|Rp|R\$|CHF|SFr|NOK|SEK|DKK|INR|EUR|USD|GBP|JPY|CNY|ZAR|NGN|KES)\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k|crore|lakh))?\b|\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|a)\s(?:million|billion|trillion)|\d(?:[\d,.]*\d)?\s?(?:million|billion|trillion|bn)?)\s?(?:(?:swiss|us|hong kong|canadian|australian|singapore|new zealand|new taiwan)\s)?(?:dollars?|euros?|yuan|usd|rmb|eur|gbp|jpy|won|yen|pounds?|rupees?|francs?|kronor|krona|roubles|rubles|reais|pesos|ringgit|baht|lira|rand(?!\s+(?:corporation|report|study|paper|analysis|researchers?))|naira|shillings|cedis|kwacha|rupiah|dirhams|riyals|cents|pence)\b)/i;
export const DATE_WORD_RE = /\b(?:(?:19|20)\d\d|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last (?:week|month|year))\b/i;

/**
 * Stems that name the same kind of news in other words ("job cuts" are "layoffs", "raised $101
 * million in a round" is funding). Used on the question's side only: the index stores the words as written.
 */
export const SAME_THING: readonly (readonly string[])[] = [
  ['layoff', 'cut', 'redundancy', 'eliminat'],
  ['fund', 'rais', 'round', 'investment', 'financ'],
  ['campaign', 'fight', 'contest', 'battl'],
  ['staff', 'employe', 'employ', 'worker', 'workforc', 'headcount', 'job'],
  // "How many people work for it?": it employs them.
  ['work', 'employ'],
  // Irregular forms the stemmer leaves apart, and words for "as the rules have it".
  ['becam', 'becom'],
  // Police at the door: a raid is a search.
  ['raid', 'search'],
  // A stand-in, in its several words ("acting" is too common a word to count).
  ['interim', 'caretaker', 'temporary', 'provisional', 'stopgap'],
  ['officially', 'formally', 'official', 'formal'],
  ['stak', 'shar', 'holding', 'hold', 'stock'],
  // A regulator's look at a deal, in its several words.
  ['antitrust', 'competition', 'merger'],
  ['scrutiny', 'review', 'prob', 'investig', 'investigat', 'inquiry', 'investigator', 'reviewer', 'examin'],
  // A product reaching people: shipped, launched, released, arriving, rolled out.
  ['ship', 'launch', 'releas', 'arriv', 'rollout', 'debut'],
  // A prime minister's government is his cabinet ("Beblawi's cabinet is sworn in").
  ['government', 'cabinet'],
  // Money lost, in its accounts' words: "lost", "a deficit of", "a shortfall of".
  ['lose', 'deficit', 'shortfall'],
  // A theatre's shows are its performances.
  ['show', 'performanc'],
  // A death, however told: died, was found dead, his death, the late.
  ['die', 'dead', 'death', 'dying', 'deceas'],
  // Someone's pick is their candidate, their nominee ("Europe's pick": "lost Europe's nomination to Banka").
  ['pick', 'candidat', 'nomin'],
  // Thrown out of a body: expelled, ejected, its expulsion.
  ['expel', 'expell', 'expuls', 'eject'],
  // A government brought down by force: overthrown, toppled, a coup, a putsch, power seized.
  ['overthrow', 'overthrew', 'overthrown', 'toppl', 'coup', 'putsch', 'seiz'],
  // A judge of a higher court is its justice ("a former B.C. Supreme Court justice").
  ['judg', 'justic'],
  // A body's start: founded, established, created, formed.
  ['found', 'establish', 'creat', 'form'],
  // A sale is the other side of a purchase ("agreed to sell the company to Musk" is his takeover).
  ['buy', 'sell'],
  // Where someone studied: "go to college" is "studied at … University", "a degree from".
  ['colleg', 'university', 'studi', 'study', 'degre', 'graduat', 'school', 'educ', 'alumnus', 'alumna'],
  // What someone's record says of them: a résumé, a biography, a CV, credentials.
  ['resum', 'résumé', 'biography', 'cv', 'credential'],
  // Something wrong in it: false, inaccurate, an error, misleading, untrue.
  ['wrong', 'fals', 'inaccurat', 'error', 'mislead', 'untru', 'incorrect', 'discrepancy'],
  // How someone found out: learned of it, was told, informed, notified.
  ['find', 'learn', 'discover', 'told', 'inform', 'notifi'],
  // A market's answer to news: the stock reacted, the shares rose or fell.
  ['stock', 'shar'],
  // A plan to fix something: a strategy, a turnaround, priorities; fixing is reviving, restoring, rebuilding.
  ['plan', 'strategy', 'turnaround', 'agenda', 'priority', 'roadmap'],
  ['fix', 'turnaround', 'reviv', 'restor', 'rebuild', 'reset', 'repair'],
  // A defeat told from either side: "did England lose to Greece?" is "Greece beat England".
  ['lose', 'lost', 'beat', 'defeat', 'stun', 'upset'],
  // Beating someone is winning ahead of them: "who did Laporta beat?" is "Laporta wins …, ahead of Font".
  ['beat', 'defeat', 'win', 'won', 'ahead'],
  // A deal is the agreement that makes it ("terminate the agreement" is walking away from the deal).
  ['deal', 'agreement', 'transaction', 'contract', 'order', 'buyout'],
  // A partnership is a deal, a collaboration, an agreement.
  ['partnership', 'deal', 'collabor', 'agreement', 'contract'],
  // Starting is beginning.
  ['start', 'begin', 'began', 'begun', 'commenc'],
  ['withdraw', 'abandon', 'pursu', 'scrap', 'terminat', 'cancel', 'pull', 'shelv'],
  // Keeping something from view: hiding pay is understating, under-reporting or concealing it.
  ['hid', 'hidden', 'conceal', 'understat', 'underreport', 'under-report', 'unreport', 'misstat', 'undisclos'],
  // What someone is paid, in its several words (a salary is one kind of pay, not every payment).
  ['pay', 'compens', 'remuner'],
  // A contest for a post: standing against someone, a challenger, a rival, or none ("unopposed", "the only nominee").
  ['against', 'unoppos', 'oppos', 'challeng', 'challenger', 'rival', 'nomine', 'candidat'],
  // A penalty paid: fined, a fine, a penalty, paid to settle.
  ['fin', 'penalty', 'settl', 'settlement', 'sanction'],
  // News first told: breaking a story is reporting, revealing or exposing it ("who broke the story?").
  ['brok', 'break', 'report', 'reveal', 'expos', 'uncover', 'publish', 'disclos'],
  // Running for a post is seeking it, standing for it, a candidacy, a bid.
  ['run', 'seek', 'sought', 'stand', 'candidacy', 'bid'],
  // Wanting something done is proposing, promoting or pushing it, calling for it, an idea or a plan for it.
  ['want', 'propos', 'promot', 'push', 'urg', 'advocat', 'idea'],
  // Done in form: officially, formally.
  ['officially', 'formally'],
  // A wedding: married, wed.
  ['marri', 'marry', 'wed', 'wedding', 'marriag'],
  // Pay given back: forfeited, clawed back, repaid.
  ['back', 'forfeit', 'clawback', 'repay', 'refund'],
  // What someone is said to have done wrong: accused, alleged, charged, suspected, indicted.
  ['accus', 'alleg', 'charg', 'suspect', 'suspicion', 'indict'],
  // A trial in its steps: the court, a verdict, an appeal.
  ['trial', 'court', 'verdict', 'appeal'],
  // Someone cleared of wrongdoing is exonerated, acquitted, absolved.
  ['clear', 'exonerat', 'acquit', 'absolv'],
  // Debt wiped out is written down or off, erased.
  ['wip', 'written', 'writ', 'eras'],
  // What something is worth: its value, its valuation, what it would cost.
  ['worth', 'valu', 'cost'],
  // Reaching a place: a flight lands, a traveller arrives.
  ['land', 'arriv'],
  ['approv', 'accept', 'endors'],
  // Taking office by oath: sworn in, the oath, an inauguration.
  ['swear', 'oath', 'inaugurat', 'inaugur'],
  // Backing someone is supporting or endorsing them ("how many MPs backed X" — "the support of 114 MPs").
  ['back', 'support', 'endors'],
  // Members of a parliament, in their several words.
  ['mps', 'mp', 'lawmaker', 'legislator', 'parliamentarian', 'deputy'],
  ['bail', 'bond'],
  // A killing, in its several words: assassinated, murdered, shot dead, slain.
  ['assassin', 'assassinat', 'murder', 'kill', 'slain', 'shot'],
  // Force used on a crowd: a crackdown, a raid, storming or dispersing it, a massacre.
  ['crackdown', 'raid', 'dispers', 'dispersal', 'massacr', 'storm'],
  // A country's forces: the army, the military, troops, soldiers ("arm" is as often a company's).
  ['army', 'military', 'troop', 'soldier'],
  // Going to court: suing is a suit, a lawsuit, litigation, a claim for damages.
  ['sue', 'suit', 'lawsuit', 'litigat', 'damag'],
  // Being held: in jail, in prison, in detention, in custody (and let out of it).
  ['jail', 'prison', 'detention', 'custody', 'detain', 'releas', 'lock'],
  ['miss', 'gon', 'shortfall', 'hol'],
  ['ipo', 'list', 'flot', 'börsengang'],
  ['block', 'clear', 'approv', 'prohibit'],
  // Leaving early is leaving ahead of schedule, bringing the date forward.
  // Being elected is an election; a chairmanship is the chair.
  ['elect', 'election'],
  ['chairmanship', 'chair', 'chairman', 'chairwoman', 'chairperson'],
  ['early', 'earlier', 'ahead', 'forward', 'sooner', 'prematur'],
  // Flights are flown.
  ['flight', 'fly', 'flew', 'flown'],
  // Leaving a market or a country is exiting it, closing or shutting down there.
  ['leav', 'exit', 'clos', 'shut'],
  // A noun in "-al" names its verb's act: an acquittal is being acquitted (or cleared), a removal removing.
  ['acquittal', 'acquit', 'clear'],
  ['removal', 'remov'],
  // (…and one in "-sion" its verb's: a suspension is being suspended, an expulsion being expelled.)
  ['suspension', 'suspend'],
  ['expulsion', 'expell', 'expel'],
  ['extension', 'extend'],
  ['invasion', 'invad'],
  ['admission', 'admit'],
  ['approval', 'approv'],
  ['dismissal', 'dismiss'],
  ['refusal', 'refus'],
  ['denial', 'deni'],
  ['arrival', 'arriv'],
  ['renewal', 'renew'],
  ['proposal', 'propos'],
  // Where a company is headquartered is where it is based ("the Kyoto-based motor maker").
  ['headquarter', 'bas'],
  // Taking something back is reversing, retracting or rescinding it ("reversing a concession he made").
  ['revers', 'retract', 'rescind'],
  // Blocking a request is rejecting, refusing or vetoing it.
  ['block', 'reject', 'refus', 'veto'],
  // Being related is being a relative: a cousin, a nephew, a brother-in-law.
  ['relat', 'relativ', 'cousin', 'nephew', 'niec', 'uncl', 'aunt', 'sibl', 'brother-in-law', 'sister-in-law', 'son-in-law', 'daughter-in-law', 'kin'],
  // The same words in German press, for questions typed in English.
  ['invest', 'investment', 'investier', 'investiert', 'investition'],
  ['pric', 'kur', 'preis'],
  ['billion', 'milliarden', 'milliard'],
];

/**
 * Stems that answer a yes/no question by the opposite ("did she keep her seat?" — "she lost it"):
 * evidence either way. Used on the question's side only.
 */
const OPPOSITES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['keep', 'kept', 'retain', 'hold', 'held'], ['lose', 'lost']],
  [['win', 'won'], ['lose', 'lost', 'defeat']],
  [['stay', 'stai', 'remain'], ['leav', 'left', 'quit', 'resign']],
  [['surviv'], ['lose', 'lost', 'oust', 'fell']],
  [['pass', 'passed'], ['fail', 'reject']],
  [['sell', 'spin', 'divest'], ['keep', 'retain']],
];

/** The stems that say the opposite of `stem`, or none. */
export function oppositeOf(stem: string): readonly string[] {
  return OPPOSITES.flatMap(([a, b]) => (a.includes(stem) ? b : b.includes(stem) ? a : []));
}

/** Each stem's fellows across every group it is in ("approv" is in two). */
const SAME = new Map<string, string[]>();
for (const g of SAME_THING) for (const w of g) SAME.set(w, [...new Set([...(SAME.get(w) ?? []), ...g.filter((x) => x !== w)])]);

/** The other stems naming the same thing as `stem`, or none. */
export function sameThing(stem: string): readonly string[] {
  return SAME.get(stem) ?? [];
}

/** Whether a set of stems holds `stem` or another word for the same thing. */
export function holdsSame(stems: ReadonlySet<string>, stem: string): boolean {
  return stems.has(stem) || sameThing(stem).some((x) => stems.has(x));
}

/**
 * Whether a post held is the one asked: the same title, or a minister's whose portfolio takes in every field of
 * the one asked ("labour minister" is the "labour and social inclusion minister"). Not a deputy's or a prime minister's.
 */
export function sameTitle(held: string, asked: string): boolean {
  if (held === asked) return true;
  // ("vice president" and "vice-president", read as a second to the president: one post.)
  const vice = (t: string) => (t === 'vice president' ? 'deputy president' : t);
  if (vice(held) === vice(asked)) return true;
  // (Whole fields, not words: the "foreign trade minister" is not the "foreign minister", nor the "higher
  // education minister" the "education minister".)
  const field = (t: string) => (/ minister$/.test(t) && !/\b(?:prime|first|deputy|vice|shadow|junior|chief|state)\b/.test(t)
    ? t.replace(/ minister$/, '').split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.replace(/^(?:the|of|for)\s+/, '').replace(/\s+affairs$/, '').trim()).filter(Boolean) : null);
  const [h, a] = [field(held), field(asked)];
  return !!h && !!a && a.length > 0 && a.every((x) => h.includes(x));
}
