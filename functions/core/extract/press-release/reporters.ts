/**
 * Whose statistics a release reports: an agency named in the text says which country's trade the
 * figures are (a Korea Customs Service release reports on South Korea even when it names China
 * only as a destination). Each rule names the agency as releases write it.
 */
import { keywords } from './keywords.js';

interface ReporterRule {
  agency: RegExp;
  country: string;
  example: string;
  /** A text this matches is not this agency's country's own (the agency reports another body there too). */
  unless?: RegExp;
}

export const REPORTER_RULES: readonly ReporterRule[] = [
  { agency: /\bKorea Customs Service\b|\bKorea International Trade Association\b/, country: 'South Korea', example: 'according to preliminary data from the Korea Customs Service' },
  // Korea's trade ministry heads its monthly release with its name alone (no country in it), and the wires use its acronym;
  // the ministry was renamed "Trade, Industry and Resources" in 2025. No other country's ministry bears either name.
  { agency: /\bMinistry of Trade, Industry and (?:Energy|Resources)\b|\bMOTIE\b|\bMOTIR\b/, country: 'South Korea', example: 'Ministry of Trade, Industry and Energy. Press release: exports in March rose 6.8%' },
  { agency: /\bStatistics Canada\b|\bStatCan\b/, country: 'Canada', example: 'Statistics Canada said the merchandise trade deficit widened' },
  { agency: /\bCensus (?:and|&) Statistics Department\b|\bC&SD\b/, country: 'Hong Kong', example: 'figures released by the Census and Statistics Department' },
  // Macao's statistics service (DSEC, from its Portuguese name) and Taiwan's finance ministry, as English news names them.
  { agency: /\bStatistics and Census Service\b|\bDSEC\b/, country: 'Macao', example: 'the Statistics and Census Service (DSEC) said merchandise exports rose' },
  { agency: /\bTaiwan's (?:Ministry of Finance|Finance Ministry)\b/, country: 'Taiwan', example: "Taiwan's Ministry of Finance said exports rose" },
  { agency: /\bJapan's (?:Ministry of Finance|Finance Ministry)\b/, country: 'Japan', example: "Japan's Finance Ministry said on Thursday" },
  { agency: /\b(?:Customs General Administration of Mongolia|General (?:Customs )?Administration of (?:Customs of )?Mongolia|Mongolian customs)\b|\bMCGA\b/, country: 'Mongolia', example: 'the Customs General Administration of Mongolia said' },
  { agency: /\bChina Association of Automobile Manufacturers\b|\bCAAM\b|\bChina State Railway Group\b/, country: 'China', example: 'according to data sorted out by the China Association of Automobile Manufacturers' },
  { agency: /\bAustralian Bureau of Statistics\b/, country: 'Australia', example: 'the Australian Bureau of Statistics reported' },
  // Australia's resources department and its quarterly, and its agricultural forecaster, report the country's commodity exports.
  { agency: /\bDepartment of Industry, Science and Resources\b|\bResources and Energy Quarterly\b|\bABARES\b/, country: 'Australia', example: 'Resources and Energy Quarterly, Department of Industry, Science and Resources: iron ore export earnings fell' },
  { agency: /\bStats NZ\b|\bStatistics New Zealand\b/, country: 'New Zealand', example: 'Stats NZ said annual exports rose' },
  { agency: /\bEnterprise Singapore\b/, country: 'Singapore', example: 'data from Enterprise Singapore showed' },
  { agency: /\bFederal Customs Service\b/, country: 'Russia', example: "Russia's Federal Customs Service reported" },
  // Agencies of other countries whose English releases wires quote by name.
  { agency: /\b(?:U\.?S\.? Census Bureau|Census Bureau|Bureau of Economic Analysis)\b/, country: 'United States', example: 'the Census Bureau said the goods deficit narrowed' },
  { agency: /\bOffice for National Statistics\b|\bONS\b/, country: 'United Kingdom', example: 'the Office for National Statistics said goods imports fell' },
  { agency: /\bStatistics Indonesia\b|\bBadan Pusat Statistik\b/, country: 'Indonesia', example: 'Statistics Indonesia reported a surplus' },
  { agency: /\bDepartment of Statistics Malaysia\b|\bDOSM\b|\bMATRADE\b/, country: 'Malaysia', example: 'the Department of Statistics Malaysia said' },
  { agency: /\bPhilippine Statistics Authority\b/, country: 'Philippines', example: 'the Philippine Statistics Authority reported' },
  { agency: /\bGeneral Statistics Office of Viet ?[Nn]am\b|\bGeneral Department of Viet ?[Nn]am Customs\b/, country: 'Vietnam', example: 'the General Department of Vietnam Customs said' },
  { agency: /\bTurkStat\b|\bTurkish Statistical Institute\b/, country: 'Turkey', example: 'the Turkish Statistical Institute said' },
  { agency: /\bDestatis\b|\bGermany's Federal Statistical Office\b/, country: 'Germany', example: 'Destatis said exports rose' },
  { agency: /\bBureau of National Statistics\b/, country: 'Kazakhstan', example: 'the Bureau of National Statistics of Kazakhstan said' },
  // Mongolia's state news agency reports the country's own statistics ("Ulaanbaatar, November 12 (MONTSAME)").
  { agency: /\bMONTSAME\b|\bNational Statistics Office of Mongolia\b|\bMongolia's National Statistics Office\b/, country: 'Mongolia', example: 'Ulaanbaatar, November 12 (MONTSAME). In the first ten months, Mongolia exported 71.3 million tons of coal' },
  // Eurostat speaks for the union and for the euro area alike: it reports the union's trade only where no euro
  // area is named ("euro area", "eurozone", "EA20").
  { agency: /\bEurostat\b/, country: 'European Union', unless: /\beuro[ -]?(?:area|zone)\b|\bEA-?\d{2}\b/i, example: 'The European Union imported goods worth €500 billion from China, Eurostat said' },
  { agency: /\bSecex\b/, country: 'Brazil', example: "according to Brazil's foreign trade secretariat Secex" },
  { agency: /\bSwiss (?:customs|Federal Customs)\b|\bFederal Office for Customs and Border Security\b|\bFOCBS\b/, country: 'Switzerland', example: 'Swiss customs data showed on Tuesday' },
  // Agencies of Europe, Africa, Latin America, the Middle East and South Asia, by the names their
  // English releases and the wires use (acronyms only where nothing else shares them: "SARS" is also
  // the epidemic of 2003).
  { agency: /\bSouth African Revenue Service\b/, country: 'South Africa', example: 'The South African Revenue Service (SARS) released preliminary trade statistics' },
  { agency: /\bCentral Agency for Public Mobili[sz]ation and Statistics\b|\bCAPMAS\b/, country: 'Egypt', example: 'the Central Agency for Public Mobilization and Statistics (CAPMAS) said' },
  { agency: /\bOffice des Changes\b|\bMorocco's Foreign Exchange Office\b/, country: 'Morocco', example: 'according to the Foreign Exchange Office (Office des Changes)' },
  { agency: /\bKenya National Bureau of Statistics\b|\bKNBS\b/, country: 'Kenya', example: 'data from the Kenya National Bureau of Statistics showed' },
  { agency: /\bINDEC\b/, country: 'Argentina', example: 'the national statistics institute INDEC reported' },
  { agency: /\bINEGI\b/, country: 'Mexico', example: 'timely data from the national statistics institute INEGI' },
  { agency: /\bDANE\b/, country: 'Colombia', example: 'the national statistics department DANE said' },
  { agency: /\bNational Institute of Statistics and Informatics\b/, country: 'Peru', example: 'the National Institute of Statistics and Informatics (INEI) reported' },
  { agency: /\bISTAT\b|\bIstat\b/, country: 'Italy', example: 'according to preliminary estimates released by ISTAT' },
  { agency: /\bStatistics Netherlands\b/, country: 'Netherlands', example: 'Statistics Netherlands (CBS) reports' },
  { agency: /\bStatistics Poland\b/, country: 'Poland', example: 'Statistics Poland (GUS) said in a preliminary estimate' },
  { agency: /\bPakistan Bureau of Statistics\b/, country: 'Pakistan', example: 'the Pakistan Bureau of Statistics (PBS) said' },
  { agency: /\bGeneral Authority for Statistics\b|\bGASTAT\b/, country: 'Saudi Arabia', example: 'the General Authority for Statistics (GASTAT) said non-oil exports rose' },
  // Agencies of Europe, Central Asia, Africa and Latin America met in batch 25, by their full names
  // (their acronyms "SSB", "KSH", "INS", "CSO" are shared with other bodies or countries).
  { agency: /\bHM Revenue (?:and|&) Customs\b|\bHMRC\b/, country: 'United Kingdom', example: 'overseas trade statistics published by HM Revenue and Customs' },
  { agency: /\bStatistics Norway\b/, country: 'Norway', example: 'preliminary figures from Statistics Norway' },
  { agency: /\bStatistics Sweden\b/, country: 'Sweden', example: 'Statistics Sweden said the trade surplus widened' },
  { agency: /\bStatistics Finland\b/, country: 'Finland', example: 'according to Statistics Finland' },
  { agency: /\bStatisti(?:cs|k) Austria\b/, country: 'Austria', example: 'Statistics Austria reported exports of goods' },
  { agency: /\bStatistics Denmark\b/, country: 'Denmark', example: 'Statistics Denmark said exports rose' },
  { agency: /\bFederal Office for Customs and Border Security\b|\bFOCBS\b/, country: 'Switzerland', example: 'the Federal Office for Customs and Border Security (FOCBS) reported' },
  { agency: /\bCzech Statistical Office\b|\bCZSO\b/, country: 'Czech Republic', example: 'according to preliminary data of the CZSO' },
  { agency: /\bHungarian Central Statistical Office\b/, country: 'Hungary', example: 'the first estimate of the Hungarian Central Statistical Office' },
  { agency: /\bGeostat\b|\bNational Statistics Office of Georgia\b/, country: 'Georgia', example: 'according to preliminary data of Geostat' },
  { agency: /\bZambia Statistics Agency\b|\bZamStats\b/, country: 'Zambia', example: 'the Zambia Statistics Agency (ZamStats) said' },
  { agency: /\bGhana Statistical Service\b/, country: 'Ghana', example: 'the Ghana Statistical Service said exports rose' },
  { agency: /\bUganda Bureau of Statistics\b/, country: 'Uganda', example: 'the Uganda Bureau of Statistics reported' },
  { agency: /\bUruguay XXI\b/, country: 'Uruguay', example: 'the monthly report of Uruguay XXI' },
  { agency: /\b(?:Hellenic Statistical Authority|HELLENIC STATISTICAL AUTHORITY)\b|\bELSTAT\b/, country: 'Greece', example: 'HELLENIC STATISTICAL AUTHORITY. Piraeus, 10 November 2026. The total value of exports amounted to' },
  // A Central Statistics Office that reports in euro is Ireland's (India's, Zambia's or Botswana's report in
  // their own money); its releases name no country. The euro must follow within a page of the name.
  { agency: /\b(?:CSO|Central Statistics Office)\b(?=[^]{0,3000}?(?:€|\bEUR\b|\beuros?\b))/, country: 'Ireland', example: 'CSO statistical release, 15 November 2026. The value of goods exports in September 2026 was €21,406 million' },
];

// National statistics offices whose releases head their title with the office's acronym alone ("PBS Monthly Review:
// External Trade", "GSO: eleven-month data", "BPS - Monthly Digest"): read only as the text's first words, before a colon, a
// dash or a word of a release's title, since elsewhere the letters may stand for other bodies (a broadcaster, a bank).
// China's "NBS" (also Nigeria's) and the "NSO"s of several countries are left out.
const HEADING_OFFICE_ACRONYMS: Record<string, string> = { PBS: 'Pakistan', GSO: 'Vietnam', BPS: 'Indonesia', BBS: 'Bangladesh', PSA: 'Philippines', BNS: 'Kazakhstan' };
const TITLE_WORDS = 'Monthly|Quarterly|Annual|Weekly|Press|News|Statistical|Economic|Release|Bulletin|Review|Digest|Report|Brief|Update|Data|Figures|Flash';
const HEADING_OFFICE_ACRONYM = new RegExp(`^\\s*(${Object.keys(HEADING_OFFICE_ACRONYMS).join('|')})(?:[ \\t]*[:|–—-]|[ \\t]+(?:${TITLE_WORDS})\\b)`);

/** The country whose statistics office heads the release's title by its acronym, or null. */
export function headingOfficeCountry(head: string): string | null {
  const m = HEADING_OFFICE_ACRONYM.exec(head.slice(0, 200));
  return m ? HEADING_OFFICE_ACRONYMS[m[1]] : null;
}

// (a241) Series an office titles its releases with, naming neither the office nor the country: "Overseas merchandise trade:
// July 2024" over a Stats NZ PDF, "Correction notice: Overseas merchandise trade, January 2026", "Overseas trade indexes
// (prices and volumes): June 2025 quarter", "Goods and services trade by country: Year ended June 2024". Read only at the
// start of one of the first lines, before a colon, a comma, a bracket or the line's end: in running text the words are
// a topic ("New Zealand's overseas merchandise trade rose"). Pacific offices borrow the title under their own name ("TONGA
// STATISTICS DEPARTMENT / Overseas Merchandise Trade, September Quarter 2026"): a line above it naming an office leaves it unread.
const HEADING_SERIES: readonly { title: string; country: string }[] = [
  { title: 'Overseas merchandise trade', country: 'New Zealand' },
  { title: 'Overseas trade indexes', country: 'New Zealand' },
  { title: 'Goods and services trade by country', country: 'New Zealand' },
];
const HEADING_SERIES_LINE = new RegExp(`^[ \\t]*(?:Correction notice:[ \\t]*)?(${HEADING_SERIES.map((s) => s.title).join('|')})[ \\t]*(?:[:,(]|$)`, 'im');

const OFFICE_WORD = /\b(?:statistic|bureau|department|office|ministry|authority|agency|institute|service)/i;

/** The country whose statistics office titles its releases with the series named at the head of the text, or null. */
export function headingSeriesCountry(head: string): string | null {
  const series = HEADING_SERIES_LINE.exec(head.slice(0, 300));
  if (series && OFFICE_WORD.test(head.slice(0, series.index))) return null;
  return series ? (HEADING_SERIES.find((s) => s.title.toLowerCase() === series[1].toLowerCase())?.country ?? null) : null;
}

/** Weight of a named agency when the release's own country is chosen: more than any place mention. */
export const REPORTER_WEIGHT = 6;
/** Weight of the capital a release is datelined in: as much as one mention of the country as a reporter. */
export const DATELINE_WEIGHT = 3;

// One pass finds whether any agency is named at all; most releases name none of these.
const ANY_AGENCY = new RegExp(REPORTER_RULES.map((r) => r.agency.source).join('|'));

// Every agency's name has one of these words (in lower case): a sentence whose keyword scan finds none names no agency and
// is not searched for one. A rule that names a new agency adds a word here (the keyword test fails until it does).
export const AGENCY_WORDS = keywords(
  ['korea', 'stat', 'industry and', 'motie', 'motir', 'c&sd', 'dsec', 'finance', 'mongolia', 'mcga', 'automobile', 'caam', 'resources', 'abares', 'singapore', 'federal customs', 'census', 'economic analysis', 'ons', 'dosm', 'matrade', 'viet', 'montsame', 'secex', 'swiss', 'federal office for customs', 'focbs', 'revenue', 'capmas', 'office des changes', 'exchange office', 'knbs', 'indec', 'inegi', 'dane', 'hmrc', 'czso', 'uruguay xxi', 'cso'],
  ANY_AGENCY,
);

// An agency first named after the headline, the lead and one more paragraph is a second source quoted
// beside the story's own ("Brazil's trade secretariat (Secex) reported earlier this month that ..." in a
// story on China's soybean imports): it counts as one more mention of its country, not as the reporter.
export const LEAD_PARAGRAPHS = 3;
export const SECOND_SOURCE_WEIGHT = 1;

/**
 * True when the text at `at` lies in the headline, the lead or the paragraph after it. (The paragraph `at` opens counts: an
 * agency opening the fourth block, "Chinese customs data tell a similar story ...", is past the lead.)
 */
export function inLead(text: string, at: number): boolean {
  return text.slice(0, at + 1).split('\n').filter((p) => p.trim()).length <= LEAD_PARAGRAPHS;
}

// "Japan's finance ministry and the Korea Customs Service will publish their data next week.", "Statistics Canada said in
// Ottawa that its own figures would follow.": an agency whose sentence only announces its own data to come speaks for no
// figure of the release; named in the lead, it is a second source, not the reporter.
const ANNOUNCES_LATER_DATA = /^[^.;!?]{0,100}?\b(?:will|would|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to|plans?\s+to)\s+(?:(?:also|only|later|soon)\s+)?(?:publish|release|report|issue|announce|put\s+out|follow)\b/i;
const AMOUNT_IN_SENTENCE = /\d\s*(?:%|percent\b|per\s?cent\b|(?:trillion|billion|million|bln|mln|bn|mn)\b|(?:tonnes|tons)\b)/i;

/** True when the agency named at `at` opens a sentence that only announces its data for later (and holds no amount). */
export function announcesLaterData(text: string, at: number): boolean {
  // The announcing words first: most mentions have none, and then no sentence needs cutting out.
  if (!ANNOUNCES_LATER_DATA.test(text.slice(at, at + 200))) return false;
  const before = text.slice(Math.max(0, at - 200), at);
  const opening = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const sentence = `${opening < 0 ? before : before.slice(opening + 1)}${text.slice(at, at + 200)}`.split(/(?<=[.!?])\s|\n/)[0];
  return !AMOUNT_IN_SENTENCE.test(sentence);
}

/** True when an agency named at `at` speaks for the release: named in its lead, and not only announcing data for later. */
export function speaksForLead(text: string, at: number): boolean {
  return inLead(text, at) && !announcesLaterData(text, at);
}

/** The weight of an agency named at `at` as the release's reporter: none when it only announces data for later. */
export function agencyWeightAt(text: string, at: number): number {
  if (announcesLaterData(text, at)) return 0;
  return inLead(text, at) ? REPORTER_WEIGHT : SECOND_SOURCE_WEIGHT;
}

// Each rule's pattern, tried at one place (sticky), to weigh every mention (an agency first named for its data to come may be
// the source later), and the places where any rule's pattern matches: the joined pattern found again one character on after
// each of its matches, so overlapping names are not skipped. The rules' patterns have no flags (a test checks), as the
// joined one has none.
const MENTION_AT = REPORTER_RULES.map((r) => new RegExp(r.agency.source, 'y'));
const ANY_AGENCY_AT = new RegExp(ANY_AGENCY.source, 'g');

function agencyPlaces(text: string): number[] {
  const places: number[] = [];
  ANY_AGENCY_AT.lastIndex = 0;
  for (let m = ANY_AGENCY_AT.exec(text); m !== null; m = ANY_AGENCY_AT.exec(text)) {
    places.push(m.index);
    ANY_AGENCY_AT.lastIndex = m.index + 1;
  }
  return places;
}

/**
 * The highest weight of rule `i`'s mentions: its matches in order, as a scan of the whole text finds them (each from the end
 * of the one before), tried only at `places`, where every match of every rule starts.
 */
function mentionWeight(text: string, i: number, places: number[]): number {
  let weight = 0;
  let next = 0;
  for (const at of places) {
    if (at < next) continue;
    MENTION_AT[i].lastIndex = at;
    const m = MENTION_AT[i].exec(text);
    if (m === null) continue;
    weight = Math.max(weight, agencyWeightAt(text, at));
    if (weight === REPORTER_WEIGHT) break;
    next = at + Math.max(1, m[0].length);
  }
  return weight;
}

/** The countries whose agencies the text names, each with its weight as the release's reporter. */
export function reporterWeights(text: string): Array<[string, number]> {
  const places = agencyPlaces(text);
  if (!places.length) return [];
  return REPORTER_RULES.flatMap((r, i): Array<[string, number]> => {
    const weight = mentionWeight(text, i, places);
    // A rule's exception is asked only of a text that names its agency (the answer is the same: no weight, no country).
    return weight && !r.unless?.test(text) ? [[r.country, weight]] : [];
  });
}

/** The countries whose statistics agencies the text names, in rule order. */
export function reportingCountries(text: string): string[] {
  return reporterWeights(text).map(([country]) => country);
}

/**
 * Capitals that date statistics releases and wire stories ("Ankara, 28 November 2026 –", "MINSK, Nov 21
 * (BelTA) –"): a release datelined in a capital is most often that country's own news. Seats of bodies that
 * speak for several countries (Luxembourg and Brussels for the EU, Geneva) are left out.
 */
const DATELINE_CAPITALS: Record<string, string> = {
  Ankara: 'Turkey', Minsk: 'Belarus', Moscow: 'Russia', Kyiv: 'Ukraine', Kiev: 'Ukraine', Yerevan: 'Armenia', Baku: 'Azerbaijan', Tbilisi: 'Georgia',
  Astana: 'Kazakhstan', Tashkent: 'Uzbekistan', Bishkek: 'Kyrgyzstan', Dushanbe: 'Tajikistan', Ashgabat: 'Turkmenistan', Ulaanbaatar: 'Mongolia',
  Madrid: 'Spain', Paris: 'France', Rome: 'Italy', Berlin: 'Germany', Wiesbaden: 'Germany', Vienna: 'Austria', Bern: 'Switzerland', Warsaw: 'Poland',
  Prague: 'Czech Republic', Budapest: 'Hungary', Bucharest: 'Romania', Sofia: 'Bulgaria', Athens: 'Greece', Lisbon: 'Portugal', Dublin: 'Ireland',
  London: 'United Kingdom', Oslo: 'Norway', Stockholm: 'Sweden', Copenhagen: 'Denmark', Helsinki: 'Finland', 'The Hague': 'Netherlands',
  Jerusalem: 'Israel', Riyadh: 'Saudi Arabia', 'Abu Dhabi': 'United Arab Emirates', Doha: 'Qatar', Muscat: 'Oman', Manama: 'Bahrain', Amman: 'Jordan',
  Cairo: 'Egypt', Rabat: 'Morocco', Tunis: 'Tunisia', Algiers: 'Algeria', Abuja: 'Nigeria', Nairobi: 'Kenya', 'Addis Ababa': 'Ethiopia', Accra: 'Ghana',
  Lusaka: 'Zambia', Kampala: 'Uganda', Windhoek: 'Namibia', Gaborone: 'Botswana', Pretoria: 'South Africa',
  Ottawa: 'Canada', 'Mexico City': 'Mexico', 'Brasília': 'Brazil', Brasilia: 'Brazil', 'Buenos Aires': 'Argentina', Santiago: 'Chile', Lima: 'Peru',
  'Bogotá': 'Colombia', Bogota: 'Colombia', Quito: 'Ecuador', Montevideo: 'Uruguay',
  // Capitals of smaller economies whose agencies date their releases there (batch 34). Dar es Salaam is
  // where Tanzania's central bank and statistics bureau publish; "San José" with its accent is Costa Rica's.
  Belgrade: 'Serbia', Zagreb: 'Croatia', Ljubljana: 'Slovenia', Sarajevo: 'Bosnia and Herzegovina', Skopje: 'North Macedonia',
  Podgorica: 'Montenegro', Tirana: 'Albania', Bratislava: 'Slovakia', Vilnius: 'Lithuania', Riga: 'Latvia', Tallinn: 'Estonia',
  Chisinau: 'Moldova', 'Chișinău': 'Moldova', Reykjavik: 'Iceland', 'Reykjavík': 'Iceland', 'Bandar Seri Begawan': 'Brunei',
  'Malé': 'Maldives', 'Port Louis': 'Mauritius', Dakar: 'Senegal', Harare: 'Zimbabwe', 'Dar es Salaam': 'Tanzania', Dodoma: 'Tanzania',
  Kigali: 'Rwanda', Lilongwe: 'Malawi', Maputo: 'Mozambique', 'Asunción': 'Paraguay', Asuncion: 'Paraguay', 'San José': 'Costa Rica',
  'La Paz': 'Bolivia', 'Panama City': 'Panama',
  'Guatemala City': 'Guatemala', 'Santo Domingo': 'Dominican Republic', Kingston: 'Jamaica', Thimphu: 'Bhutan',
  Valletta: 'Malta', Nicosia: 'Cyprus', Tegucigalpa: 'Honduras', 'San Salvador': 'El Salvador', Managua: 'Nicaragua', Bridgetown: 'Barbados', Apia: 'Samoa',
  // The rest of the members and territories (capitals that are no other place's or word's: no Tripoli, Nassau,
  // San Juan, Hamilton, George Town, Kingstown, St. John's; Luxembourg is an EU seat).
  Beirut: 'Lebanon', Damascus: 'Syria', "Sana'a": 'Yemen', Sanaa: 'Yemen', 'Yaoundé': 'Cameroon', Yaounde: 'Cameroon', Yamoussoukro: "Côte d'Ivoire",
  'Porto-Novo': 'Benin', Ouagadougou: 'Burkina Faso', Niamey: 'Niger', "N'Djamena": 'Chad', Ndjamena: 'Chad', Conakry: 'Guinea', Bissau: 'Guinea-Bissau',
  Malabo: 'Equatorial Guinea', Monrovia: 'Liberia', Brazzaville: 'Republic of the Congo', Asmara: 'Eritrea', Mogadishu: 'Somalia', Gitega: 'Burundi',
  Bujumbura: 'Burundi', Maseru: 'Lesotho', Mbabane: 'Eswatini', Praia: 'Cabo Verde', Banjul: 'Gambia', Bangui: 'Central African Republic', Dili: 'Timor-Leste',
  Majuro: 'Marshall Islands', Palikir: 'Micronesia', Funafuti: 'Tuvalu', 'Port-au-Prince': 'Haiti', Belmopan: 'Belize', Paramaribo: 'Suriname',
  Castries: 'Saint Lucia', Basseterre: 'Saint Kitts and Nevis', Roseau: 'Dominica', Vaduz: 'Liechtenstein', 'Andorra la Vella': 'Andorra',
  Pristina: 'Kosovo', Prishtina: 'Kosovo', Ramallah: 'Palestine', Nuuk: 'Greenland', 'Nouméa': 'New Caledonia', Noumea: 'New Caledonia', Papeete: 'French Polynesia',
  Avarua: 'Cook Islands', 'Tórshavn': 'Faroe Islands', Torshavn: 'Faroe Islands', Oranjestad: 'Aruba', Willemstad: 'Curaçao',
  // Seats of the statistics offices and central banks of batch 58 (Abidjan is Côte d'Ivoire's economic capital, where its
  // institute publishes; Tonga's capital with a straight, curly or okina apostrophe).
  Antananarivo: 'Madagascar', "Nuku'alofa": 'Tonga', 'Nuku’alofa': 'Tonga', 'Nukuʻalofa': 'Tonga', Honiara: 'Solomon Islands', Freetown: 'Sierra Leone',
  Kabul: 'Afghanistan', Abidjan: "Côte d'Ivoire", 'Port Vila': 'Vanuatu', Suva: 'Fiji', 'Port Moresby': 'Papua New Guinea',
  // Asia and Oceania's capitals, where wires date stories on those countries' own trade ("TOKYO -- Japan posted a trade
  // deficit ..."); Xinhua's datelines there name China's customs or Xinhua itself, which outweighs a dateline.
  Beijing: 'China', Tokyo: 'Japan', Seoul: 'South Korea', Hanoi: 'Vietnam', Jakarta: 'Indonesia', Bangkok: 'Thailand', Manila: 'Philippines',
  'Kuala Lumpur': 'Malaysia', 'New Delhi': 'India', Islamabad: 'Pakistan', Dhaka: 'Bangladesh', Colombo: 'Sri Lanka',
  Kathmandu: 'Nepal', 'Phnom Penh': 'Cambodia', Vientiane: 'Laos', Canberra: 'Australia', Wellington: 'New Zealand',
  // Seats of government apart from the capital, where the ministries sign their releases (Korea's at Sejong, Malaysia's at
  // Putrajaya, Myanmar's at Naypyidaw).
  Sejong: 'South Korea', 'Sejong City': 'South Korea', Putrajaya: 'Malaysia', Naypyidaw: 'Myanmar', 'Nay Pyi Taw': 'Myanmar',
  // (a232) The other capitals of the world's states, written with their diacritics and without where the plain form is no other
  // town ("Lomé", "Lome"; not "San Jose", a Californian city, nor "Male"), and Mongolia's capital as older wires spell it. Still
  // none that is another place's or a word's: no Washington (also a US state), Kuwait, Singapore, Djibouti, Victoria.
  Tehran: 'Iran', Baghdad: 'Iraq', 'Kuwait City': 'Kuwait', Khartoum: 'Sudan', Juba: 'South Sudan', Bamako: 'Mali', Nouakchott: 'Mauritania',
  'Lomé': 'Togo', Lome: 'Togo', Libreville: 'Gabon', Kinshasa: 'Democratic Republic of the Congo', Luanda: 'Angola', Moroni: 'Comoros', 'São Tomé': 'São Tomé and Príncipe', 'Sao Tome': 'São Tomé and Príncipe',
  Havana: 'Cuba', Caracas: 'Venezuela', Georgetown: 'Guyana', 'Port of Spain': 'Trinidad and Tobago', Amsterdam: 'Netherlands', Taipei: 'Taiwan',
  Pyongyang: 'North Korea', 'Ulan Bator': 'Mongolia', Tarawa: 'Kiribati', Ngerulmud: 'Palau',
};

/** The country whose capital (or seat of government) `name` is, as DATELINE_CAPITALS knows it; undefined for any other town. */
export function capitalCountry(name: string): string | undefined {
  return Object.hasOwn(DATELINE_CAPITALS, name) ? DATELINE_CAPITALS[name] : undefined;
}

/** Every capital of DATELINE_CAPITALS with its country, for the place lexicon (geography.ts reads them as cities). */
export function capitalsAndCountries(): Array<[string, string]> {
  return Object.entries(DATELINE_CAPITALS);
}

// The capital opening a line of the head, then within a few characters a day, a month or a year; statistics
// offices also set a dash between the capital and the date ("Amman – 19 November 2026"), and government news
// agencies the day of the week before it ("Nairobi, Thursday April 12, 2018 –"); a live page's byline a pipe ("Hanoi |
// Monday, January 6, 2025 | Reporting by ...").
// A name ending in an accented letter ("Malé", "San José") ends where no letter follows (no \b after "é").
const DATELINE_CAPITAL = new RegExp(`^[ \\t]*(${Object.keys(DATELINE_CAPITALS).join('|')})(?![\\p{L}\\d])[ .,]*(?:[–—|-][ \\t]*)?(?:\\([^)\\n]{1,30}\\)[ .,]*)?(?=(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:[A-Za-z]{3,9}\\.?\\s+)?\\d)`, 'imu');

// "24.kg news agency, Bishkek – ...": an agency's credit, the capital and a dash, with no date.
const CREDITED_DATELINE_CAPITAL = new RegExp(`^[ \\t]*(?:[^.!?\\n]|\\.(?=\\S)){0,40}\\b(?:news\\s+agency|agency|news)\\s*,\\s*(${Object.keys(DATELINE_CAPITALS).join('|')})\\s*(?:--|[–—])\\s`, 'imu');

// "TOKYO -- Japan posted ...", "SEOUL (Reuters) - ...": the capital in capitals and a dash, the date left to the byline.
const DASHED_DATELINE_CAPITAL = new RegExp(`^[ \\t]*(${Object.keys(DATELINE_CAPITALS).map((k) => k.toUpperCase()).join('|')})(?:[ \\t]*\\([^)\\n]{1,30}\\))?[ \\t]*(?:--|[–—]|-(?=[ \\t]))[ \\t]`, 'mu');
// "Hanoi - The General Statistics Office reported ...", "Islamabad – According to the bureau ...", "Astana — Kazakhstan's
// foreign trade ...": the capital as prose writes it, alone on the line's head before a spaced dash and the next sentence's
// capital; not a pair the dash joins before what the two share ("Beijing - Moscow trains", "Astana – Tashkent route").
const TITLE_DASHED_DATELINE_CAPITAL = new RegExp(`^[ \\t]*(${Object.keys(DATELINE_CAPITALS).join('|')})[ \\t]+(?:--|[–—]|-)[ \\t]+(?=[A-Z])(?![\\w'’-]*(?:[ \\t]+[A-Z][\\w'’-]*)?[ \\t]+(?:trade|turnover|relations|ties|border|cooperation|route|corridor|railway|line|trains?|flights?|highway|pipeline)\\b)`, 'mu');

// "Ministry of Trade, Industry and Energy, Sejong", "Statistics Office - Putrajaya", "Federal Statistical Office, Wiesbaden,
// 7 March": a body's signature line (a word that names an office or a ministry) ending in the seat it signs from, with or
// without a date after it. The line's words are read within the line only.
// "Trade Minister's press conference, Wellington, 18 September 2025 (transcript, edited)", "Briefing by the Minister of Finance,
// Ottawa, May 5, 2025", "News conference - Canberra, 3 March 2026": the heading of a minister's press conference or briefing,
// the seat it was held in and its date (a bracketed note on the copy after them), dates the release in that capital as a
// signature does. Not a speech's or remarks' heading: "Speech: Australia-Indonesia Business Forum, Jakarta" names the forum
// abroad a minister spoke at.
const SIGNED_CAPITAL = new RegExp(`^[ \\t]*(?=[A-Z])[^\\n]{0,100}?\\b(?:Ministry|Office|Bureau|Department|Agency|Service|Statistics|Authority|Institute|Administration|Customs|Commission|Board|Minister|[Pp]ress\\s+[Cc]onference|[Nn]ews\\s+[Cc]onference|[Bb]riefing|[Tt]ranscript)\\b[^\\n]{0,80}?(?:,|[ \\t][–—-])[ \\t]*(${Object.keys(DATELINE_CAPITALS).join('|')})(?![\\p{L}\\d])[ \\t]*(?:,[ \\t]*[^\\n]{0,30}\\d[^\\n]{0,10})?\\.?[ \\t]*(?:\\([^()\\n]{1,60}\\)[ \\t]*)?$`, 'mu');
// Every signature line has one of the words above: a head with none is not scanned.
const SIGNING_BODY_WORD = /Ministry|Office|Bureau|Department|Agency|Service|Statistics|Authority|Institute|Administration|Customs|Commission|Board|Minister|[Cc]onference|[Bb]riefing|[Tt]ranscript/;

// National wire services that credit themselves in the dateline of their own country's news, wherever the town ("JASHORE,
// July 8 (BSS) -", "GILGIT, Oct 20 (APP):", "SHARJAH, 3rd May, 2025 (WAM) --"): a town outside the capital list still dates
// the story in the wire's country. (Not Xinhua, TASS or the global wires, which date stories from every country.)
const NATIONAL_WIRES: Record<string, string> = {
  BSS: 'Bangladesh', UNB: 'Bangladesh', APP: 'Pakistan', WAM: 'United Arab Emirates', SPA: 'Saudi Arabia', QNA: 'Qatar', ONA: 'Oman',
  KUNA: 'Kuwait', BNA: 'Bahrain', RSS: 'Nepal', PTI: 'India', IANS: 'India', Bernama: 'Malaysia', BERNAMA: 'Malaysia', Antara: 'Indonesia',
  ANTARA: 'Indonesia', VNA: 'Vietnam', PNA: 'Philippines', Kazinform: 'Kazakhstan', BelTA: 'Belarus', Petra: 'Jordan', MENA: 'Egypt',
};
/**
 * The opening of a wire's dateline as the other readers look for it, without reading its date: a town in capitals or title
 * case, a comma, then a date holding a digit ("DHAKA, July 8", "Jashore, 8 July 2020", "GWADAR, Aug 14"), up to the bracket
 * of a credit. Read here for a national wire's credit after it and by `flow-choice.ts` for the dash that ends it; the
 * readers of `dateline.ts`, which date the release, spell the month and day out.
 */
export const TOWN_AND_DATE = String.raw`[A-Z][\p{L}' .-]{1,30},[^\n()]{1,30}?\d[^\n()]{0,12}?`;
// The town in capitals or title case, a date with a digit, then the wire's credit in brackets.
const WIRE_DATELINE = new RegExp(`^[ \\t]*${TOWN_AND_DATE}\\((${Object.keys(NATIONAL_WIRES).join('|')})\\)`, 'mu');

/** The country whose capital datelines the release, looked for in its first lines only (else a national wire's own town). */
export function datelineCountry(head: string): string | null {
  const lines = head.slice(0, 600);
  const m = DATELINE_CAPITAL.exec(lines) ?? CREDITED_DATELINE_CAPITAL.exec(lines) ?? DASHED_DATELINE_CAPITAL.exec(lines) ?? TITLE_DASHED_DATELINE_CAPITAL.exec(lines) ?? (SIGNING_BODY_WORD.test(lines) ? SIGNED_CAPITAL.exec(lines) : null);
  if (!m) {
    const wire = lines.includes('(') ? WIRE_DATELINE.exec(lines) : null;
    return wire ? NATIONAL_WIRES[wire[1]] : null;
  }
  const name = Object.keys(DATELINE_CAPITALS).find((k) => k.toLowerCase() === m[1].toLowerCase());
  return name ? DATELINE_CAPITALS[name] : null;
}
