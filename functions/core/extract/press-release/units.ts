/**
 * Units of reported quantities: currencies as ISO codes and countable or physical things as plural
 * units, each with the measure it implies (money → value, tonnes/TEU → quantity, vehicles → count).
 */
import type { Measure } from '../../contract.js';
import { isAsciiLetter, isDigitAt, isLowerAscii, isSpace, isUpperAscii, onlySpaces, spaceWords } from './chars.js';
import { keywords, mentions } from './keywords.js';
import type { BareSymbol } from './currency-context.js';
import { CODES_READ_ONLY_WITH_A_SCALE, MONEY_CODES } from '../iso4217.js';

/** A unit read next to a number. */
export interface UnitMatch {
  unit: string;
  measure: Measure;
  /** Characters consumed (after the number/scale for suffixes, before the number for prefixes). */
  length: number;
  /** Words between the number and the unit noun, or "of X" after it ("commercial vehicles", "crude oil"). */
  phrase: string;
  /** What follows "of" after a physical unit ("tonnes of crude oil" → "crude oil"). */
  ofWhat: string;
}

const PLAIN_DOLLARS = /^dollars?\b/i;

const PLAIN_PESOS = /^pesos?\b/i;
const PLAIN_MANATS = /^manats?\b/i;
const PLAIN_RUPEES = /^rupees?\b/i;
const PLAIN_RIYALS = /^riyals?\b/i;
const PLAIN_SHILLINGS = /^shillings?\b/i;
const PLAIN_RIALS = /^rials?\b/i;
const PLAIN_DIRHAMS = /^dirhams?\b/i;
// "3,912 mio. kr.": Nordic offices write the krone (and krona) "kr." after the amount and its scale.
const PLAIN_KRONER = /^(?:kroner|krone|kr\.(?!\w)|kr\b)/i;
const PLAIN_KWACHA = /^(?:(?:zambian )?kwacha)\b/i;
const PLAIN_DINARS = /^dinars?\b/i;
// "CFA francs" and "FCFA" are two currencies at one value: West Africa's (XOF) unless a Central African state reports.
const PLAIN_CFA = /^(?:cfa francs?|f ?cfa)(?![a-z])/i;

// Currency words after the number, longest first so "Hong Kong dollars" wins over "dollars". The number
// comes first, so a word that is also an ordinary word ("sol", "som", "kip", "dram", "real") only counts
// right after an amount ("4.2 billion soles"), never in prose. Names several countries share ("pesos",
// "manats", "rupees", "riyals", "shillings") are bare: the reporter's country decides (currency-context.ts).
const CURRENCY_SUFFIXES: Array<[RegExp, string]> = [
  [/^(?:hong kong|hk) dollars?\b/i, 'HKD'],
  [/^singapore dollars?\b/i, 'SGD'],
  [/^australian dollars?\b/i, 'AUD'],
  [/^canadian dollars?\b/i, 'CAD'],
  [/^new zealand dollars?\b/i, 'NZD'],
  // (a221: "NT dollars", as Taiwan's releases write the name of their sign NT$, as "HK dollars" is Hong Kong's.)
  [/^(?:new taiwan|taiwan|nt) dollars?\b/i, 'TWD'],
  [/^(?:us|u\.s\.|united states|american) dollars?\b/i, 'USD'],
  [/^(?:us\$|usd)(?![a-z])/i, 'USD'],
  [PLAIN_DOLLARS, 'USD'],
  // "68.07 billion Chinese yuan": the currency named with its country's adjective, as for the yen and the won.
  [/^(?:(?:chinese )?(?:yuan renminbi|yuan|renminbi)|rmb|cny)\b/i, 'CNY'],
  // "87.4 million €": Balkan and French-style releases write the euro sign after the amount.
  [/^(?:(?:euros?|eur)\b|€)/i, 'EUR'],
  [/^(?:belarusian rubles?|belarusian roubles?|byn)\b/i, 'BYN'],
  [/^(?:russian )?(?:rubles?|roubles?|rub)\b/i, 'RUB'],
  [/^(?:tenge|kzt)\b/i, 'KZT'],
  [/^(?:uzbek )?(?:soums?|sums?|uzs)\b/i, 'UZS'],
  [/^(?:kyrgyz )?(?:soms?|kgs)\b/i, 'KGS'],
  [/^(?:tajik )?(?:somoni|tjs)\b/i, 'TJS'],
  [/^(?:tugriks?|tugrugs?|togrogs?|mnt)\b/i, 'MNT'],
  [/^(?:japanese )?(?:yen|jpy)\b/i, 'JPY'],
  [/^(?:korean )?(?:won|krw)\b/i, 'KRW'],
  [/^(?:pakistani rupees?)\b/i, 'PKR'],
  [/^(?:sri lankan rupees?)\b/i, 'LKR'],
  [/^(?:indian rupees?|inr)\b/i, 'INR'],
  [PLAIN_RUPEES, 'INR'],
  [/^(?:pounds? sterling|sterling|british pounds?|gbp)\b/i, 'GBP'],
  [/^(?:egyptian pounds?)\b/i, 'EGP'],
  [/^(?:lebanese pounds?)\b/i, 'LBP'],
  [/^(?:syrian pounds?)\b/i, 'SYP'],
  // West Africa's CFA franc ("341,2 billion CFA francs", "118,4 billion FCFA"), written before the Swiss franc's words.
  // Central Africa's (Cameroon, Chad, Gabon, the Congo) when the release says whose: "12.4 billion Central African CFA francs".
  [/^(?:central african cfa francs?|xaf)(?![a-z])/i, 'XAF'],
  [/^(?:west african cfa francs?|xof)(?![a-z])/i, 'XOF'],
  [PLAIN_CFA, 'XOF'],
  // The CFP franc of New Caledonia, French Polynesia and Wallis and Futuna: "14.8 billion F.CFP", "F CFP", "CFP francs".
  [/^(?:f\.? ?cfp|cfp francs?|francs? cfp)(?![a-z])/i, 'XPF'],
  [/^(?:swiss )?(?:francs?|chf)\b/i, 'CHF'],
  [/^(?:ukrainian )?(?:hryvnias?|uah)\b/i, 'UAH'],
  [/^(?:georgian )?(?:lari|gel)\b/i, 'GEL'],
  [/^(?:turkmen manats?|tmt)\b/i, 'TMT'],
  [/^(?:azerbaijani manats?|azn)\b/i, 'AZN'],
  [PLAIN_MANATS, 'AZN'],
  [/^(?:armenian )?(?:drams?|amd)\b/i, 'AMD'],
  [/^(?:dong|vnd)\b/i, 'VND'],
  // Papua New Guinea's kina and Fiji's dollar by name.
  [/^(?:(?:papua new guinea )?kina|pgk)\b/i, 'PGK'],
  [/^(?:fij(?:i|ian) dollars?|fjd)\b/i, 'FJD'],
  [/^(?:nepal(?:i|ese) rupees?|npr)\b/i, 'NPR'],
  [/^(?:baht|thb)\b/i, 'THB'],
  [/^(?:ringgit|myr)\b/i, 'MYR'],
  [/^(?:(?:indonesian )?rupiah|idr)\b/i, 'IDR'],
  [/^(?:mexican pesos?)\b/i, 'MXN'],
  [/^(?:chilean pesos?)\b/i, 'CLP'],
  [/^(?:colombian pesos?)\b/i, 'COP'],
  [/^(?:argentine pesos?|argentinian pesos?)\b/i, 'ARS'],
  [/^(?:philippine pesos?|php)\b/i, 'PHP'],
  [PLAIN_PESOS, 'PHP'],
  [/^(?:(?:brazilian )?reais|reals?|brl)\b/i, 'BRL'],
  [/^(?:(?:south african )?rand|zar)\b/i, 'ZAR'],
  [/^(?:peruvian )?(?:soles|sol)\b/i, 'PEN'],
  [/^(?:(?:turkish )?liras?|turkish lire)\b/i, 'TRY'],
  [/^(?:(?:polish )?(?:zlotys?|zloty|zlotych))\b|^zł(?![a-z])/i, 'PLN'],
  [/^(?:(?:hungarian )?forints?)\b/i, 'HUF'],
  // "21.6 bn Kč": the Czech office writes the koruna's sign after the amount and its scale, as Polish releases write "zł".
  [/^(?:(?:czech )?(?:korunas?|koruny|crowns))\b|^Kč(?![a-z])/i, 'CZK'],
  [/^(?:(?:swedish )?(?:kronor|krona))\b/i, 'SEK'],
  [/^(?:norwegian (?:kroner|krone))\b/i, 'NOK'],
  [/^(?:danish (?:kroner|krone))\b/i, 'DKK'],
  // Plain "kroner": Denmark's unless Norway reports (currency-context.ts).
  [PLAIN_KRONER, 'DKK'],
  [/^(?:(?:new )?(?:israeli )?(?:new )?(?:shekels?|sheqels?))\b/i, 'ILS'],
  [/^(?:(?:uae|emirati) dirhams?)\b/i, 'AED'],
  [/^moroccan dirhams?\b/i, 'MAD'],
  // Plain "dirhams": the UAE's unless Morocco reports (currency-context.ts).
  [PLAIN_DIRHAMS, 'AED'],
  [/^(?:saudi riyals?)\b/i, 'SAR'],
  [/^(?:qatari riyals?)\b/i, 'QAR'],
  [/^(?:omani rials?)\b/i, 'OMR'],
  [/^(?:iranian rials?)\b/i, 'IRR'],
  [PLAIN_RIYALS, 'SAR'],
  // Plain "rials": Iran's unless Oman or Yemen reports (currency-context.ts).
  [PLAIN_RIALS, 'IRR'],
  [/^(?:tunisian dinars?)\b/i, 'TND'],
  [/^(?:algerian dinars?)\b/i, 'DZD'],
  [/^(?:kuwaiti dinars?)\b/i, 'KWD'],
  [/^(?:bahraini dinars?)\b/i, 'BHD'],
  [/^(?:jordanian dinars?)\b/i, 'JOD'],
  [/^(?:iraqi dinars?)\b/i, 'IQD'],
  [/^(?:libyan dinars?)\b/i, 'LYD'],
  [/^(?:serbian dinars?)\b/i, 'RSD'],
  // Plain "dinars": the reporter's (currency-context.ts); Kuwait's where no rule names the reporter.
  [PLAIN_DINARS, 'KWD'],
  [/^(?:(?:nigerian )?nairas?)\b/i, 'NGN'],
  [/^(?:kenyan shillings?)\b/i, 'KES'],
  [/^(?:ugandan shillings?)\b/i, 'UGX'],
  [/^(?:tanzanian shillings?)\b/i, 'TZS'],
  // Plain "shillings" after an amount: Kenya's unless the reporter is Uganda or Tanzania (currency-context.ts).
  [PLAIN_SHILLINGS, 'KES'],
  [/^(?:(?:bangladeshi )?taka)\b/i, 'BDT'],
  [/^(?:(?:ghanaian )?cedis?)\b/i, 'GHS'],
  [/^(?:malawi(?:an)? kwacha)\b/i, 'MWK'],
  [/^(?:(?:honduran )?lempiras?)\b/i, 'HNL'],
  [/^(?:(?:samoan )?tala)\b/i, 'WST'],
  // Names of one currency only, of the economies added with the rest of the members: Haiti's gourde, the Gambia's
  // dalasi, Eritrea's nakfa, Eswatini's lilangeni (plural emalangeni), Lesotho's loti (plural maloti).
  [/^(?:(?:haitian )?gourdes?)\b/i, 'HTG'],
  [/^(?:(?:gambian )?dalasis?)\b/i, 'GMD'],
  [/^(?:(?:eritrean )?nakfas?)\b/i, 'ERN'],
  [/^(?:emalangeni|lilangeni)\b/i, 'SZL'],
  [/^(?:maloti|loti)\b/i, 'LSL'],
  // Currencies of one country each, of reporters batch 58 met: Madagascar's ariary, Sierra Leone's leone (the new
  // leone since 2022), Tonga's pa'anga, Vanuatu's vatu and the Solomon Islands dollar.
  [/^(?:(?:malagasy )?ariary)\b/i, 'MGA'],
  [/^(?:(?:new )?leones?)\b/i, 'SLE'],
  [/^(?:(?:tongan )?pa['’ʻ]?anga)\b/i, 'TOP'],
  [/^(?:vatu)\b/i, 'VUV'],
  [/^(?:solomon islands dollars?)\b/i, 'SBD'],
  // Currencies of one country (or one union) each, of reporters batch 64 met: Aruba's florin, the Caribbean guilder of
  // Curaçao and Sint Maarten (which replaced the Netherlands Antillean guilder in 2025), Mauritania's ouguiya and Cabo
  // Verde's escudo ("29 874,3 million escudos", its office's own "ECV").
  [/^(?:(?:aruban )?florins?)\b/i, 'AWG'],
  [/^(?:caribbean guilders?)\b/i, 'XCG'],
  [/^(?:netherlands antillean guilders?)\b/i, 'ANG'],
  [/^(?:ouguiyas?)\b/i, 'MRU'],
  [/^(?:(?:cabo verdean |cape verdean )?escudos?|ECV)(?![a-z])/i, 'CVE'],
  // Plain "kwacha": Zambia's unless Malawi reports (currency-context.ts).
  [PLAIN_KWACHA, 'ZMW'],
  [/^(?:(?:ethiopian )?birr)\b/i, 'ETB'],
  [/^(?:(?:lao |laotian )?kips?)\b/i, 'LAK'],
  [/^(?:(?:cambodian )?riels?)\b/i, 'KHR'],
  [/^(?:(?:myanmar )?kyats?)\b/i, 'MMK'],
  [/^(?:(?:macao |macau )?patacas?)\b/i, 'MOP'],
  // Currencies of smaller economies by name (batch 36): North Macedonia's denar, Bosnia and Herzegovina's
  // convertible mark, Botswana's pula, Bhutan's ngultrum, Guatemala's quetzal, Mozambique's metical, Albania's lek.
  [/^(?:(?:macedonian )?denars?|denari)\b/i, 'MKD'],
  [/^(?:convertible marks?)\b/i, 'BAM'],
  [/^(?:pula)\b/i, 'BWP'],
  [/^(?:ngultrums?)\b/i, 'BTN'],
  [/^(?:quetzal(?:es|s)?)\b/i, 'GTQ'],
  [/^(?:meticais|meticals?)\b/i, 'MZN'],
  [/^(?:lek[ëe]?)(?![a-zë])/i, 'ALL'],
  [/^(?:jamaican dollars?)\b/i, 'JMD'],
  [/^(?:dominican pesos?)\b/i, 'DOP'],
  [/^(?:kwanzas?)\b/i, 'AOA'],
  [/^(?:balboas?)\b/i, 'PAB'],
  // Romania's leu: "352.6 billion lei" (the plural), "1 leu", "RON" (ISO, in CODE_SUFFIX).
  [/^(?:(?:romanian )?(?:lei|leu))\b/i, 'RON'],
];

// Names several countries share: bare, so the reporter's country picks which one (currency-context.ts).
const BARE_SUFFIXES = new Map<RegExp, BareSymbol>([[PLAIN_DOLLARS, '$'], [PLAIN_PESOS, 'peso'], [PLAIN_MANATS, 'manat'], [PLAIN_RUPEES, 'rupee'], [PLAIN_RIYALS, 'riyal'], [PLAIN_RIALS, 'rial'], [PLAIN_DIRHAMS, 'dirham'], [PLAIN_KRONER, 'krone'], [PLAIN_KWACHA, 'kwacha'], [PLAIN_SHILLINGS, 'shilling'], [PLAIN_DINARS, 'dinar'], [PLAIN_CFA, 'CFA franc']]);

// ISO codes of currencies, read the same before, after and glued to a number, so one list serves the three patterns:
// every code of money in ISO 4217 (iso4217.ts, the one table), since any economy's release may write its own code
// ("CLP 1.2 billion", "UZS3.5trillion", "4.6 billion KES"). Upper case only ("TRY", "PEN", "MAD" are also words), and the
// codes that are English words or common abbreviations only beside a scale (CODES_READ_ONLY_WITH_A_SCALE: "TOP 10",
// "COP28", "CVE-2026-..." are no amounts). Signs that are no ISO code ("RMB", "NIS", "KSh", "Rp") are in the patterns.
const OWN_SIGN_CODES = MONEY_CODES.join('|');

// ISO codes after the number, upper case only: "TRY", "PEN", "SAR", "MAD" and "MOP" are also words.
// "50 billion TL" is the Turkish lira as Turkish agencies abbreviate it.
const CODE_SUFFIX = new RegExp(String.raw`^\s?(KM|TL|NIS|${OWN_SIGN_CODES})\b`);

// Abbreviations that stand for an ISO code: "50 billion TL" (Turkish lira), "NIS 22.6 billion" (shekel).
const CODE_ALIASES: Record<string, string> = { TL: 'TRY', NIS: 'ILS', KM: 'BAM' };
// Codes that are also words ("KM" kilometres, "ALL" the word, the rest of CODES_READ_ONLY_WITH_A_SCALE) name a currency
// after a number only after a scale: "11 024 million KM" (convertible marks), "34.6 billion ALL" (lek); "1 EUR = 98.42
// ALL" is a rate, no amount.
const WORD_CODES: ReadonlySet<string> = new Set(['KM', ...CODES_READ_ONLY_WITH_A_SCALE]);
const SCALE_BEFORE = /(?:thousand|million|billion|trillion|mln|bln|mil\.?|mill\.?|bn|mn)\s?$/i;

// All the suffixes in one scan: the alternation tries them in the list's order, so the first that matches alone is
// the suffix the list would have chosen, at the same length. The scan has no group of its own (most windows match
// none, and a match with a group for every suffix is a long array); the one suffix is then found by itself.
const CURRENCY_SUFFIX = new RegExp(`^(?:${CURRENCY_SUFFIXES.map(([pattern]) => `(?:${pattern.source.replace(/^\^/, '')})`).join('|')})`, 'i');
const CURRENCY_SUFFIX_ALONE = CURRENCY_SUFFIXES.map(([pattern]) => new RegExp(`^(?:${pattern.source.replace(/^\^/, '')})`, 'i'));

// Currency symbols and codes written before the number ("$1.2 billion", "RMB 3 trillion", "USD 12.4 billion").
// Agencies of South and Southeast Asia write their own signs: "RM131.6 billion" (ringgit), "Rp 2.1
// trillion", "Rs 3,500 crore", "₹1.2 lakh crore", "₱45.2 billion", "R$ 12 billion". South Africa's rand is a
// bare "R" glued to the number ("a surplus of R21.8 billion"); a spaced or word-final "R" is no currency.
// Zambia's kwacha is likewise a bare "K" glued to the number ("a surplus of K5.9 billion"; Malawi's in a
// Malawian release, currency-context.ts). Latin American releases write the US dollar "U$S" or "U$D".
// Signs of one currency only: "₺" lira, "₪" shekel, "₦" naira, "৳" taka, "₴" hryvnia, "Mex$" peso,
// "N$" Namibian dollar, "KSh" (also "Ksh", "Kshs") Kenyan shilling, "NIS" the shekel, "RON" (after the number "lei") the leu. Gulf and Maghreb agencies write "RO" (rial Omani), "QR" (Qatari
// riyal), "KD"/"BD"/"JD" (Kuwaiti, Bahraini, Jordanian dinar) and "Dh"/"Dhs"/"DH" (dirhams, the reporter's:
// currency-context.ts); East African papers write "Sh" for the reporter's shilling; "GH¢" or "GH₵" is the cedi and
// "Tk" the taka. Egyptian papers write the pound "E£", "£E" or "LE" (never the British "£").
// Saudi papers write the riyal "SR" ("SR26.41 billion"), as Qatari ones write "QR".
// Vietnamese papers write the dong "VNĐ" (with the Vietnamese letter Đ); Fiji's dollar is "FJ$"; Brunei's "B$".
// Smaller economies write "EC$" (the East Caribbean dollar), "BZ$" (Belize), "BDS$" (Barbados), "G$" (Guyana), "MK" (Malawi's kwacha), "J$" (Jamaica), "RD$" (the Dominican peso), "Nu" or "Nu." (Bhutan's ngultrum) and a
// bare "P" glued or spaced before an amount with its scale (the pula in Botswana, "P 6.21 billion" as its statistics office
// spaces it, the peso in Manila papers: currency-context.ts).
// Latin American and East African offices write Peru's sol "S/" (formerly "S/."), Paraguay's guaraní "₲", Costa Rica's
// colón "₡", Tanzania's shilling "TSh" and Uganda's "USh".
// Angola's statistics write the kwanza "Kz", Trinidad and Tobago's "TT$" and Panama's the balboa "B/." (batch 53).
// Pacific and West African offices write "SI$" (the Solomon Islands dollar), "T$" (Tonga's pa'anga; not after a letter,
// so "NT$" stays Taiwan's), "VT" (the vatu, glued or spaced before a number) and "NLe" (Sierra Leone's new leone), and
// Lesotho's bureau the loti "M", glued or spaced before an amount with its scale ("M 4,912.7 million"; "M" alone is no sign).
// Aruba's bank writes the florin "Afl." ("Afl. 268.9 million"), Curaçao's bureau the Caribbean guilder "Cg" (and the
// Netherlands Antillean guilder it replaced "NAf."), Cabo Verde's institute the escudo "ECV", and the Gambia's bureau the
// dalasi "D" glued to an amount with its scale ("D18.64 billion"; "D71.4 per US dollar", with no scale, is no amount).
// Nigerian papers write the naira "N" glued to an amount with its scale ("N5.93 trillion"), read as money only in a Nigerian
// release or beside the naira named (currency-context.ts).
// "COP" before a number needs a scale ("COP28" is a conference; CODES_READ_ONLY_WITH_A_SCALE), and "SAR" after
// "Hong Kong" or "Macao" is the region, not the riyal.
// (a248) The commodity desks write the yuan's name capitalised and spaced before the amount, as a sign: "at Yuan 2,860/mt",
// "Yuan 1.3 billion" (a capital, so "Zhang Yuan" before a year or a lower-case word is no sign).
// "US $" only after no letter: a screen line's "SURPLUS $111.7 BN" or "BONUS $40" ends its word in "US", and the amount is in
// the bare "$" after it (read as "US$", the word's end was taken for the currency and the word lost its meaning).
const CURRENCY_PREFIX = new RegExp(String.raw`((?<![A-Za-z])US\s?\$|U\.S\.\s?\$|U\$[SD]|HK\$|BDS\$|EC\$|BZ\$|Bds\$|(?<![A-Za-z])G\$|(?<![A-Za-z])MK|B\$|J\$|RD\$|TT\$|(?<![A-Za-z])Kz|B\/\.|SI\$|(?<![A-Za-z])T\$|(?<![A-Za-z])VT|NLe|(?<![A-Za-z&$])M(?=\s?$)|(?<![A-Za-z])Afl\.?|(?<![A-Za-z])Cg|NAf\.?|ECV|Nu\.?|(?<![A-Za-z/])S\/\.?|(?<![A-Za-z])[TU]Sh|₲|₡|${OWN_SIGN_CODES}|NT\$|Mex\$|MX\$|S\$|A\$|C\$|NZ\$|FJ\$|R\$|N\$|RMB|(?<![A-Za-z])Yuan(?=\s)|VNĐ|NIS|K[Ss]hs?|Shs?|RM|RO|QR|SR|KD|BD|JD|Dhs?|DH|GH[¢₵]|E£|£E|L\.?E\.?|Tk\.?|Rp\.?|Rs\.?|(?<![A-Za-z&])[RKPQLDN](?=$)|(?<![A-Za-z&])P(?=\s$)|\$|€|£|¥|₩|₽|₸|₹|₱|₺|₪|₦|৳|₴)\s?$`);
// Signs and the codes they stand for; an ISO code written as itself ("USD", "RSD") needs no entry.
const PREFIX_CODES: Record<string, string> = {
  'US$': 'USD', '$': 'USD', 'HK$': 'HKD', 'NT$': 'TWD', S$: 'SGD', A$: 'AUD', C$: 'CAD', NZ$: 'NZD', RMB: 'CNY', Yuan: 'CNY', '¥': 'CNY', '€': 'EUR',
  '₽': 'RUB', '₸': 'KZT', '₩': 'KRW', 'VNĐ': 'VND', 'FJ$': 'FJD', '£': 'GBP', RM: 'MYR', Rp: 'IDR', 'Rp.': 'IDR', '₱': 'PHP', Rs: 'INR', 'Rs.': 'INR', '₹': 'INR', R$: 'BRL', R: 'ZAR',
  'Mex$': 'MXN', 'MX$': 'MXN', N$: 'NAD', '₺': 'TRY', '₪': 'ILS', '₦': 'NGN', '৳': 'BDT', '₴': 'UAH', KSh: 'KES', Ksh: 'KES', KShs: 'KES', Kshs: 'KES', Shs: 'KES', RO: 'OMR', 'U$S': 'USD', 'U$D': 'USD', K: 'ZMW',
  Dh: 'AED', Dhs: 'AED', DH: 'AED', NIS: 'ILS', QR: 'QAR', SR: 'SAR', KD: 'KWD', BD: 'BHD', JD: 'JOD', Sh: 'KES', 'GH¢': 'GHS', 'GH₵': 'GHS', Tk: 'BDT', 'Tk.': 'BDT',
  'B$': 'BND', 'J$': 'JMD', 'RD$': 'DOP', Nu: 'BTN', 'Nu.': 'BTN', P: 'PHP', Q: 'GTQ', L: 'HNL',
  'EC$': 'XCD', 'BZ$': 'BZD', 'BDS$': 'BBD', 'Bds$': 'BBD', 'G$': 'GYD', MK: 'MWK', 'TT$': 'TTD', Kz: 'AOA', 'B/.': 'PAB', 'SI$': 'SBD', 'T$': 'TOP', VT: 'VUV', NLe: 'SLE', M: 'LSL',
  Afl: 'AWG', 'Afl.': 'AWG', Cg: 'XCG', NAf: 'ANG', 'NAf.': 'ANG', ECV: 'CVE', D: 'GMD', N: 'NGN',
  'S/': 'PEN', 'S/.': 'PEN', TSh: 'TZS', USh: 'UGX', '₲': 'PYG', '₡': 'CRC',
  'E£': 'EGP', '£E': 'EGP', LE: 'EGP', 'L.E.': 'EGP', 'L.E': 'EGP', 'LE.': 'EGP',
};
// Signs several countries share: the reporter's country decides (currency-context.ts).
const BARE_PREFIXES: Record<string, BareSymbol> = { $: '$', '¥': '¥', Rs: 'rupee', 'Rs.': 'rupee', Dh: 'dirham', Dhs: 'dirham', DH: 'dirham', Sh: 'shilling', Shs: 'shilling', K: 'kwacha', P: 'P', N: 'N' };

/** ISO codes that releases glue to the number ("USD1.2 billion", "KRW3.5trillion", "VND12.1tn"). */
const GLUED_CURRENCY_CODE = new RegExp(String.raw`(?<![A-Za-z])(?:${OWN_SIGN_CODES}|RMB|VNĐ|NIS|K[Ss]hs?|Shs?|RM|RO|QR|SR|KD|BD|JD|Dhs?|DH|Tk|Rp|Rs|R|K|P)$`);

/**
 * True when a currency code or sign is glued right before the number at `start` ("USD1.2 billion", "P7,284.6
 * million"); a glued "Q" (or the lempira's "L", the loti's "M") only before an amount with its scale ("Q91,064.2 million", not the quarter "Q3").
 */
export function gluedCurrencyBefore(s: string, start: number): boolean {
  const code = GLUED_CURRENCY_CODE.exec(s.slice(Math.max(0, start - 4), start));
  // "SDG17", "COP28", "TOP10": a code that is also a word or an abbreviation is glued money only before a scale.
  if (code) return !CODES_READ_ONLY_WITH_A_SCALE.has(code[0]) || SCALED_AMOUNT.test(s.slice(start, start + 30));
  return (s[start - 1] === 'Q' || s[start - 1] === 'L' || s[start - 1] === 'M' || s[start - 1] === 'D' || s[start - 1] === 'N') && !/[A-Za-z]/.test(s[start - 2] ?? '') && SCALED_AMOUNT.test(s.slice(start, start + 30));
}

interface CountNoun {
  /** The words (or fixed phrases) that name the unit, lower case. */
  words: string[];
  unit: string;
  measure: Measure;
}

// Countable and physical units, named by a single lower-cased word or a fixed phrase.
const COUNT_NOUNS: CountNoun[] = [
  { words: ['twenty-foot equivalent unit', 'twenty-foot equivalent units', 'teu', 'teus', 'standard container', 'standard containers', 'standard boxes'], unit: 'TEU', measure: 'quantity' },
  // Ores are weighed wet or dry ("4.86 million wmt of nickel ore", "1.2 million dry metric tonnes"): tonnes either way.
  // Wires write tonnes "tn" too ("5.48 mln tn", "4,307 tn"); as a multiplier it is read first (numbers.ts `readScale`).
  { words: ['metric ton', 'metric tons', 'metric tonne', 'metric tonnes', 'tonne', 'tonnes', 'ton', 'tons', 'mt', 'tn', 'wmt', 'dmt', 'wet tonnes', 'wet tons', 'dry tonnes', 'dry tons', 'wet metric tons', 'wet metric tonnes', 'dry metric tons', 'dry metric tonnes'], unit: 'tonnes', measure: 'quantity' },
  { words: ['cubic meter', 'cubic meters', 'cubic metre', 'cubic metres', 'cu m', 'm3', 'm³'], unit: 'cubic meters', measure: 'quantity' },
  { words: ['barrel', 'barrels'], unit: 'barrels', measure: 'quantity' },
  // Wine, spirits and oils are measured by volume ("612 million litres").
  { words: ['litre', 'litres', 'liter', 'liters'], unit: 'litres', measure: 'quantity' },
  // ("25 million kilos of cashew nuts": the short word is the same unit.)
  { words: ['kilogram', 'kilograms', 'kg', 'kilos'], unit: 'kilograms', measure: 'quantity' },
  { words: ['kilowatt-hour', 'kilowatt-hours', 'kwh'], unit: 'kilowatt-hours', measure: 'quantity' },
  { words: ['vehicle', 'vehicles', 'car', 'cars', 'automobile', 'automobiles', 'truck', 'trucks', 'lorries', 'buses', 'nev', 'nevs', 'evs', 'bevs', 'phevs', 'autos', 'motorcycle', 'motorcycles', 'motorbike', 'motorbikes', 'tricycle', 'tricycles'], unit: 'vehicles', measure: 'count' },
  { words: ['person-trip', 'person-trips', 'passenger-trip', 'passenger-trips', 'visitor-trip', 'visitor-trips', 'vehicle times', 'vehicle-times', 'car times', 'car-times', 'person-times', 'passenger crossings', 'vehicle crossings', 'crossings', 'entries and exits', 'exits and entries', 'trip', 'trips', 'journey', 'journeys', 'runs', 'services', 'ship voyages', 'vessel voyages', 'voyages', 'vessel calls', 'ship calls', 'port calls'], unit: 'trips', measure: 'count' },
  { words: ['train', 'trains'], unit: 'trains', measure: 'count' },
  // "3,026 columns": 列, the measure word of trains, translated word for word (unit-context.ts makes them trains).
  { words: ['column', 'columns'], unit: 'columns', measure: 'count' },
  { words: ['container', 'containers'], unit: 'containers', measure: 'count' },
  // "registered market entities" (市场主体) are firms too.
  { words: ['enterprise', 'enterprises', 'companies', 'company', 'firm', 'firms', 'businesses', 'exporters', 'importers', 'market entities', 'entities'], unit: 'enterprises', measure: 'count' },
  { words: ['flight', 'flights', 'sorties'], unit: 'flights', measure: 'count' },
  { words: ['passenger', 'passengers', 'traveler', 'travelers', 'traveller', 'travellers', 'people', 'persons'], unit: 'passengers', measure: 'count' },
  { words: ['declaration', 'declarations', 'customs declaration', 'customs declarations'], unit: 'declarations', measure: 'count' },
  { words: ['batche', 'batches', 'consignment', 'consignments', 'shipment', 'shipments', 'parcel', 'parcels', 'package', 'packages'], unit: 'shipments', measure: 'count' },
  // Ships counted are vessels; their voyages ("2,406 ship voyages") and their calls at a port ("1,310 vessel calls") are
  // trips, like crossings of a border port.
  { words: ['vessel', 'vessels', 'ship', 'ships'], unit: 'vessels', measure: 'count' },
  { words: ['head', 'heads'], unit: 'heads', measure: 'count' },
  // Cotton is counted in bales (the U.S. statistical bale of 480 lb, "running bales" as ginned).
  { words: ['bale', 'bales', 'running bales', 'statistical bales'], unit: 'bales', measure: 'quantity' },
  // Coffee and cocoa are counted in bags of a set weight ("3.62 million 60-kg bags"), shrimp and American farm goods
  // weighed in pounds ("142.6 million pounds of shrimp"; a bare "pounds" after a number is weight, the currency being
  // named "pounds sterling" or by its country, "Egyptian pounds").
  { words: ['bag', 'bags'], unit: 'bags', measure: 'quantity' },
  { words: ['pound', 'pounds', 'lb', 'lbs'], unit: 'pounds', measure: 'quantity' },
  // Diamonds and gemstones are weighed in carats ("1.62 million carats of polished diamonds"), as the table reader already reads them.
  { words: ['carat', 'carats'], unit: 'carats', measure: 'quantity' },
  { words: ['set', 'sets', 'piece', 'pieces', 'unit', 'units'], unit: 'units', measure: 'count' },
  // Goods counted one by one, the goods being the noun: "262.4 billion integrated circuits", "810 million mobile phones",
  // "71.2 million phones", "1.84 billion lithium-ion batteries", "9.6 million solar panels".
  { words: ['integrated circuit', 'integrated circuits', 'chips', 'microchips', 'mobile phone', 'mobile phones', 'mobile handsets', 'handsets', 'smartphones', 'cellphones', 'phones', 'batteries', 'solar panels', 'televisions', 'laptops', 'notebook computers', 'laptop computers', 'personal computers', 'tablet computers', 'air conditioners', 'refrigerators', 'washing machines', 'television sets', 'tv sets', 'bicycles', 'e-bikes', 'drones', 'tyres', 'tires', 'excavators', 'loaders', 'forklifts'], unit: 'units', measure: 'count' },
];

// Each unit word or phrase → its unit (the first in the list above that names it).
const COUNT_NOUN_OF = new Map<string, CountNoun>();
for (const noun of COUNT_NOUNS) for (const w of noun.words) if (!COUNT_NOUN_OF.has(w)) COUNT_NOUN_OF.set(w, noun);
// First words of the units named by phrases, with the numbers of words of those phrases.
const PHRASE_SPANS = new Map<string, Set<number>>();
for (const w of COUNT_NOUN_OF.keys()) {
  const parts = w.split(' ');
  if (parts.length > 1) (PHRASE_SPANS.get(parts[0]) ?? PHRASE_SPANS.set(parts[0], new Set()).get(parts[0])!).add(parts.length);
}

// Words that may sit between a number and its unit noun ("300,000 commercial vehicles").
const NOT_MODIFIER = /^(?:of|in|to|from|for|with|by|at|on|and|or|the|a|an|was|were|is|are|has|had|have|been|be|year|years|month|months|percent|per|cent|this|that|these|those|last|than|more|less|which|who|over|under|up|down|its|their|his|her|our|yuan|dollars|rubles|tenge|euros|times|fold|points|days|hours|weeks)$/;

const AND_OR = /^(?:and|or)$/i;
const TEU_IN_DIGITS = /^\s20[- ]f(?:oo|ee)t[- ]equivalent[- ]units?\b/i;
// Nouns a count noun can modify, making the whole a count of something else ("train routes", "truck lanes").
// A route named by the places it joins: "China-Europe", "China-Central".
const ROUTE_NAME = /^[A-Z][a-z]+(?:[-–][A-Z][a-z]+)+$/;
// The second word of a route name ("China-Central Asia", "China-South Asia").
const ROUTE_NAME_TAIL = /^(?:Asia|Europe|America|Africa|East)$/;
// ("1,703 set out westward", "412 set off for Duisburg": the verb of a part's departure; a201.)
const SET_AS_VERB_NEXT = /^(?:in|on|by|at|during|last|earlier|back|a|an|the|this|that|before|out|off)$/;
// "more than 20 container terminals", "six truck yards", "40 container cranes": a facility named by what it handles is counted, not the things.
const NOT_COUNTED_HEAD = /^(?:routes?|lines?|corridors?|lanes?|berths?|destinations?|operators?|stations?|terminals?|yards?|depots?|hubs?|cranes?|platforms?|warehouses?|sidings?|tracks?|facilit(?:y|ies)|parks?|cent(?:re|er)s?)$/;

const FACILITY_USE_WORD = /^(?:[a-z]+ing|storage|inspection|transfer|transshipment|repair)$/;
const PARTITIVE = /^of (?:the|these|those)$/i;
// A verb of trade right before the number: "shipped 57,100", "exported some 12,000"; a buyer's "took 98,500 (of the EVs)".
const TRADED_PART_BEFORE = /\b(?:shipped|exported|imported|handled|cleared|sent|delivered|took|bought|received|purchased)\s+(?:(?:about|some|around|nearly|over|more\s+than)\s+)?[\d.,]+\s*(?:thousand|million)?$/i;
const TRADED_WORDS = keywords(['shipped', 'exported', 'imported', 'handled', 'cleared', 'sent', 'delivered', 'took', 'bought', 'received', 'purchased'], TRADED_PART_BEFORE);
const NOUN_OF_FLOW = /^(?:export|import|transit|customs)$/;

const DIRECTION_WORD = /^(?:inbound|outbound|incoming|outgoing|entry|exit|entering|leaving|import|export)$/i;

const NAMED_DOLLARS_BEFORE = /(?<![A-Za-z])(?:US|U\.S\.)\s+dollars\s$/;

// A glued "K" is the kwacha (and "P" the pula or peso, "Q" the quetzal, "L" the Honduran lempira) only before an amount with its scale
// ("K5.9 billion", "Q91,064.2 million"), not in names ("K9", the alloy "P1020") or quarters ("Q3").
const SCALED_AMOUNT = /^\d[\d,.]*\s?(?:thousand|million|billion|trillion|bn|mn|mln|bln)\b/i;
// ("S/ 37,640 million" is Peru's sol; "S/ 3.75" alone may be a rate per dollar.)
const GLUED_SCALED_SIGNS = new Set(['K', 'P', 'Q', 'L', 'M', 'D', 'N', 'S/', 'S/.']);

/** The currency written before a number ending at `at`, with the characters it used; `bare` for a sign ("$", "¥") that context decides. */
export function currencyBefore(s: string, at: number): { unit: string; length: number; bare: BareSymbol | '' } | null {
  if (!currencyMayEndBefore(s, at)) return null;
  const m = CURRENCY_PREFIX.exec(s.slice(Math.max(0, at - 8), at));
  if (!m) {
    // "US dollars 1,123.4 million" (Sri Lankan and Pakistani releases): the currency named before the amount.
    const named = s[at - 2] === 's' ? NAMED_DOLLARS_BEFORE.exec(s.slice(Math.max(0, at - 14), at)) : null;
    return named ? { unit: 'USD', length: named[0].length, bare: '' } : null;
  }
  const symbol = m[1].replace(/^U(?:\.S\.|S)\s?\$$/, 'US$');
  // "$" glued to a letter ("US$" is handled above; "A$" etc. are explicit) is fine; guard "RUB" inside words.
  const before = s[at - m[0].length - 1] ?? ' ';
  if (/^[A-Z][A-Za-z]{1,2}\.?$/.test(symbol) && /[A-Za-z]/.test(before)) return null;
  if (symbol === 'Yuan' && !yuanSignBefore(s, at, m[0].length)) return null;
  if (symbol === 'SAR' && /(?:Kong|Maca[ou])\s*$/.test(s.slice(Math.max(0, at - m[0].length - 8), at - m[0].length))) return null;
  if ((GLUED_SCALED_SIGNS.has(symbol) || CODES_READ_ONLY_WITH_A_SCALE.has(symbol)) && !SCALED_AMOUNT.test(s.slice(at, at + 30))) return null;
  const bare = BARE_PREFIXES[symbol] ?? '';
  // An ISO code stands for itself ("CZK 24.8 billion"); signs and local abbreviations are in the map.
  return { unit: PREFIX_CODES[symbol] ?? (/^[A-Z]{3}$/.test(symbol) ? symbol : 'USD'), length: m[0].length, bare };
}

// "Yuan" is a sign only right before a digit and not after an amount or its scale ("41.21 Trn Yuan +3.6%" is the yuan named
// after an amount, the change after it).
const AMOUNT_OR_SCALE_BEFORE = /(?:\d|\b(?:thousand|million|billion|trillion|bn|mn|mln|bln|trn|tn|tln))\s*$/i;
function yuanSignBefore(s: string, at: number, length: number): boolean {
  return /\d/.test(s[at] ?? '') && !AMOUNT_OR_SCALE_BEFORE.test(s.slice(Math.max(0, at - length - 14), at - length));
}

// Lower-case letters that end a sign CURRENCY_PREFIX reads ("Rp", "Rs", "KSh"): every sign is in
// PREFIX_CODES or is an upper-case ISO code, so these are the last letters of PREFIX_CODES' keys.
const LOWER_CASE_SIGN_ENDS = new Set(Object.keys(PREFIX_CODES).map((sign) => sign[sign.length - 1]).filter((c) => c >= 'a' && c <= 'z'));

/**
 * True when a currency prefix may end right before `at` (its last character there, or before one
 * space): a sign never ends in a lower-case letter other than those, and most numbers follow a word
 * ("reached 5"), so they are not scanned for a prefix.
 */
function currencyMayEndBefore(s: string, at: number): boolean {
  const from = Math.max(0, at - 8);
  return signMayEndAt(s, at - 1, from) || (at - 1 >= from && isSpace(s.charCodeAt(at - 1)) && signMayEndAt(s, at - 2, from));
}

/** True when a currency sign may end at `i` (not before `from`): not a lower-case letter other than a sign's last. */
function signMayEndAt(s: string, i: number, from: number): boolean {
  return i >= from && i < s.length && (!isLowerAscii(s.charCodeAt(i)) || LOWER_CASE_SIGN_ENDS.has(s[i]));
}

/** The currency named right after a number (and its scale): "billion yuan", "bln US dollars"; plain "dollars" is `bare`. */
export function currencyAfter(s: string, at: number): { unit: string; length: number; bare: BareSymbol | '' } | null {
  const window = s.slice(at, at + 40);
  const lead = ofLead(window);
  const text = lead ? window.slice(lead) : window;
  if (!CURRENCY_SUFFIX.test(text)) {
    // Every code is upper-case letters, after one space at most: a window starting otherwise is not scanned.
    const code = isUpperAscii(window.charCodeAt(isSpace(window.charCodeAt(0)) ? 1 : 0)) ? CODE_SUFFIX.exec(window) : null;
    if (code && WORD_CODES.has(code[1]) && !SCALE_BEFORE.test(s.slice(Math.max(0, at - 12), at))) return null;
    return code ? { unit: CODE_ALIASES[code[1]] ?? code[1], length: code[0].length, bare: '' } : null;
  }
  let k = 0;
  let m: RegExpExecArray | null;
  while ((m = CURRENCY_SUFFIX_ALONE[k].exec(text)) === null) k++;
  const [pattern, unit] = CURRENCY_SUFFIXES[k];
  return { unit, length: lead + m[0].length, bare: BARE_SUFFIXES.get(pattern) ?? '' };
}

/**
 * Length of what `^\s?(?:of\s+)?` matches at the start of `w`: a space, then "of" and spaces. A run of blanks counts as the
 * space ("52.6 billion␠␠␠yuan": a PDF copy's joined word leaves its padding there, and a sentence's wrapped line reads as a space).
 */
function ofLead(w: string): number {
  let i = blankRunLength(w);
  if (w.charCodeAt(i) !== 111 || w.charCodeAt(i + 1) !== 102 || !isSpace(w.charCodeAt(i + 2))) return i;
  i += 3;
  while (isSpace(w.charCodeAt(i))) i++;
  return i;
}

/** What `^[ \t]*\r?\n?[ \t]*` (blanks, with one line break at most) matches at the start of `w` (its length), read character by character. */
export function blankRunLength(w: string): number {
  let j = 0;
  while (w.charCodeAt(j) === 32 || w.charCodeAt(j) === 9) j++;
  if (w.charCodeAt(j) === 13) j++;
  if (w.charCodeAt(j) === 10) j++;
  while (w.charCodeAt(j) === 32 || w.charCodeAt(j) === 9) j++;
  return j;
}

/** A unit abbreviation that carries its own multiplier ("98.2 Mt" is 98.2 million tonnes). */
interface ScaledUnit {
  /** Case matters: "Mt" (megatonnes) is not "mt" (metric tons). */
  pattern: RegExp;
  unit: string;
  exponent: number;
  /** Only after a scale word ("1.2 mln t"): a bare "t" is too often something else. */
  needsScale?: boolean;
  /** Only glued to a number with a decimal fraction and at most three whole digits ("10.6mt"), in a release whose tonnes are a glued "t". */
  afterDecimal?: boolean;
  /** What the unit measures: a quantity unless it is money. */
  measure?: Measure;
  example: string;
}

// Commodity desks abbreviate tonnages and gas volumes with the multiplier inside the unit.
const SCALED_UNITS: ScaledUnit[] = [
  { pattern: /^\s?(?:mmt|MMT|mmts|MMTs)\b/, unit: 'tonnes', exponent: 6, example: 'imported 10.2 mmt of soybeans' },
  { pattern: /^\s?Mt\b/, unit: 'tonnes', exponent: 6, example: 'iron ore imports reached 98.2 Mt' },
  // In a release writing its tonnes as a glued "t" ("162,000t"), glued lowercase "mt" after a decimal fraction of
  // at most three whole digits ("10.6mt", "1.64mt") is million tonnes; "12mt", or any glued "mt" elsewhere, stays unread.
  { pattern: /^mt\b/, unit: 'tonnes', exponent: 6, afterDecimal: true, example: 'plate exports reached 10.6mt' },
  { pattern: /^\s?(?:kt|KT|kmt)\b/, unit: 'tonnes', exponent: 3, example: 'steel exports totalled 850 kt' },
  { pattern: /^\s?(?:bcm|BCM|Bcm)\b/, unit: 'cubic meters', exponent: 9, example: 'pipeline gas imports of 5.1 bcm' },
  // Japan's oil statistics count crude and products in kilolitres: litres with a multiplier.
  { pattern: /^\s?(?:kilolit(?:re|er)s?|kiloliters?)\b/i, unit: 'litres', exponent: 3, example: 'crude imports of 12.4 million kilolitres' },
  // Batteries are traded by the energy they store: gigawatt-hours and megawatt-hours are kilowatt-hours with a multiplier.
  { pattern: /^\s?(?:GWh|gigawatt[- ]hours?)\b/, unit: 'kilowatt-hours', exponent: 6, example: 'battery exports by energy: 46.3 GWh' },
  { pattern: /^\s?(?:MWh|megawatt[- ]hours?)\b/, unit: 'kilowatt-hours', exponent: 3, example: 'storage systems of 820 MWh' },
  // Solar wafers, cells and modules are traded by capacity: gigawatts and megawatts are watts with a multiplier.
  { pattern: /^\s?(?:GW|gigawatts?)\b/, unit: 'watts', exponent: 9, example: 'module exports slipped 8% to 19.6 GW' },
  { pattern: /^\s?(?:MW|megawatts?)\b/, unit: 'watts', exponent: 6, example: 'shipped 850 MW of cells' },
  // Tunisian releases write million dinars "MD" (or "MDT"): a currency with its multiplier.
  { pattern: /^\s?MDT?\b/, unit: 'TND', exponent: 6, measure: 'value', example: 'exports rose by 2.6% to 53 218,4 MD' },
  // Glued to the number, a bare "t" is the fertilizer and metals desks' tonne; spaced, it needs a scale.
  { pattern: /^t\b(?![-'’])/, unit: 'tonnes', exponent: 0, example: 'DAP exports fell to 627,000t' },
  { pattern: /^\s?[tT]\b(?!-)/, unit: 'tonnes', exponent: 0, needsScale: true, example: 'coal exports were 1.2 mln t, steel imports 487,000 t' },
];

const THOUSANDS_GROUPED_BEFORE = /\d,\d{3}$/;
const SMALL_DECIMAL_BEFORE = /(?<![\d,.])\d{1,3}\.\d+$/;

/** A unit with its own multiplier right after a number (and its scale, if any), or null. */
export function scaledUnitAfter(s: string, at: number, scaled: boolean, millionTonnesGlued = false): { unit: string; exponent: number; length: number; ofWhat: string; measure: Measure } | null {
  // Most numbers are followed by something else: one character decides before any window is cut.
  const first = s[at] === ' ' ? s[at + 1] : s[at];
  if (first !== 'm' && first !== 'M' && first !== 'k' && first !== 'K' && first !== 'b' && first !== 'B' && first !== 't' && first !== 'T' && first !== 'G' && first !== 'g') return null;
  const window = s.slice(at, at + 60);
  for (const u of SCALED_UNITS) {
    // "487,000 t of finished steel": a number grouped in thousands is a tonnage the way the metals desks write it.
    if (u.needsScale && !scaled && !THOUSANDS_GROUPED_BEFORE.test(s.slice(Math.max(0, at - 9), at))) continue;
    if (u.afterDecimal && (!millionTonnesGlued || scaled || !SMALL_DECIMAL_BEFORE.test(s.slice(Math.max(0, at - 12), at)))) continue;
    const m = u.pattern.exec(window);
    if (!m) continue;
    const of = /^\s+of\s+((?:(?:[A-Z]\.){2,}\s*|[A-Za-z][\w-]*\s*){1,3})/.exec(window.slice(m[0].length));
    return { unit: u.unit, exponent: u.exponent, measure: u.measure ?? 'quantity', length: m[0].length, ofWhat: of ? of[1].trim().split(/\s+(?:in|from|to|during|for|at|by|was|were|and)\b/)[0] : '' };
  }
  return null;
}

/** Matches a word (or two/three-word phrase) against the count units. */
export function countNoun(words: string): CountNoun | null {
  return COUNT_NOUN_OF.get(words.toLowerCase()) ?? null;
}

/**
 * The count or physical unit after a number: up to three modifier words, then a unit noun
 * ("1,500 China-Europe freight trains", "6.1 million tonnes of liquefied natural gas").
 */
export function countUnitAfter(s: string, at: number): UnitMatch | null {
  const window = s.slice(at, at + 90);
  // "149,000 20-foot equivalent units": the container size is written in digits.
  const teu = isSpace(window.charCodeAt(0)) && window.startsWith('20', 1) ? TEU_IN_DIGITS.exec(window) : null;
  if (teu) return { unit: 'TEU', measure: 'quantity', length: teu[0].length, phrase: teu[0].trim(), ofWhat: '' };
  const words = unitWords(window);
  dropShortParenthetical(words);
  // Up to three modifier words, four when two of them are a direction pair ("inbound and outbound").
  // Or two route names ("4,870 China-Europe and China-Central Asia trains").
  // "1,620 China-Europe and China-Central Asia freight trains": the second route name may run on into a second word.
  const pairAt = words.findIndex((x, k) => k > 0 && k < 3 && AND_OR.test(x.w) && joinsPair(words[k - 1].w, words[k + 1]?.w ?? ''));
  const lastUnitAt = (pairAt < 0 ? 3 : ROUTE_NAME_TAIL.test(words[pairAt + 2]?.w ?? '') ? 5 : 4) + Math.max(0, brandNameWords(words) - 1);
  for (let i = 0; i < words.length && i <= lastUnitAt; i++) {
    const w = words[i].w;
    if (w === '(' || w === ')') break;
    // Three- and two-word units first ("twenty-foot equivalent units", "metric tons", "cubic meters"),
    // looked up only after the first words they start with.
    const first = w.toLowerCase();
    const spans = PHRASE_SPANS.get(first);
    for (const span of [3, 2, 1]) {
      if (i + span > words.length || (span > 1 && !spans?.has(span))) continue;
      const noun = span === 1 ? (COUNT_NOUN_OF.get(first) ?? hyphenatedCountNoun(first)) : countNoun(words.slice(i, i + span).map((x) => x.w).join(' '));
      if (!noun) continue;
      const verdict = unitNounVerdict(words, i, span, noun, s, at);
      if (verdict === 'head-follows') continue;
      return verdict === 'not-a-unit' ? null : inTeuBracket(window, unitMatchOf(window, words, i, span, noun));
    }
  }
  return null;
}

// (a242) "112,000 used-car exports", "9,000 new-energy-vehicle exports", "3,400 electric-truck shipments": a count noun
// closing a hyphened compound with a describing word before it counts as the noun does ("second-hand car exports" was read).
const HYPHENED_COUNT_HEAD = /^(?:used|new|second-hand|secondhand|electric|new-energy|passenger|commercial|heavy|light|pre-owned)-([a-z]+)$/;
function hyphenatedCountNoun(word: string): CountNoun | null {
  const m = word.includes('-') ? HYPHENED_COUNT_HEAD.exec(word) : null;
  const noun = m ? COUNT_NOUN_OF.get(m[1]) : undefined;
  return noun && noun.unit === 'vehicles' ? noun : null;
}

// Longest brand or service name taken as one modifier of a count noun.
const MAX_BRAND_WORDS = 5;

/**
 * "4,988 Chang'an China-Europe Railway Express trains", "3,200 Kazakhstan Temir Zholy wagons": a run of capitalised words
 * right after the number, then a lower-case word, is one name (a brand, a service) and one modifier of the noun after it,
 * however many words it has. The number of its words, or 0 (no run of two or more, or a run that ends the window).
 */
function brandNameWords(words: UnitWord[]): number {
  let k = 0;
  while (k < words.length && k < MAX_BRAND_WORDS && isUpperAscii(words[k].w.charCodeAt(0)) && !countNoun(words[k].w)) k++;
  return k >= 2 && k < words.length && isLowerAscii(words[k].w.charCodeAt(0)) ? k : 0;
}

// "4,812 containers (TEUs)": the bracket says the containers are counted in twenty-foot units.
const TEU_BRACKET = /^\s*\(\s*TEUs?\s*\)/i;

/** A count of containers whose bracket names TEU is a quantity in TEU. */
function inTeuBracket(window: string, match: UnitMatch): UnitMatch {
  const bracket = match.unit === 'containers' ? TEU_BRACKET.exec(window.slice(match.length)) : null;
  return bracket ? { ...match, unit: 'TEU', measure: 'quantity', length: match.length + bracket[0].length } : match;
}

type UnitWord = { w: string; start: number; end: number };

/**
 * "7,203 China-Europe (Central Asia) freight trains": a short parenthetical near the number is not a stop. Nor is the
 * city a capitalised service name carries in brackets ("1,260 China-Europe Railway Express (Chongqing) trains"): the
 * name and its bracket are one modifier.
 */
function dropShortParenthetical(words: UnitWord[]): void {
  const open = words.findIndex((x) => x.w === '(');
  const close = words.findIndex((x) => x.w === ')');
  if (open < 0 || close <= open || close - open > 4) return;
  const capitalised = (x: UnitWord) => isUpperAscii(x.w.charCodeAt(0));
  const namedService = open <= MAX_BRAND_WORDS && words.slice(0, close).every((x) => x.w === '(' || capitalised(x));
  if (open <= 2 || namedService) words.splice(open, close - open + 1);
}

/** Two lower-case words, neither one that stops a unit's modifiers ("new" and "used"). */
const plainModifierPair = (a: string, b: string): boolean => [a, b].every((w) => /^[a-z][a-z-]*$/.test(w) && !NOT_MODIFIER.test(w));

/** Two words joined by and/or that act as one modifier: a pair of directions or of route names. */
const joinsPair = (a: string, b: string): boolean => (DIRECTION_WORD.test(a) && DIRECTION_WORD.test(b)) || (ROUTE_NAME.test(a) && ROUTE_NAME.test(b));

/**
 * What a unit noun found at word `i` (`span` words long) makes of the number: its unit, no unit at all, or
 * nothing yet because the noun only modifies the unit noun after it ("vehicle trips", "train trips").
 */
const SERVICE_KIND_WORD = /^(?:block|shuttle|freight|express|cargo|liner)$/;

const SINGULAR_COUNT_WORD = /^(?:set|piece|unit)$/i;
const PLURAL_WORD = /[a-z][^s']s$/i;

/** A verb of trade right before the number at `at` ("shipped 57,100"). */
const tradedPartBefore = (s: string, at: number): boolean => mentions(s, TRADED_WORDS, at - 40, at) && TRADED_PART_BEFORE.test(s.slice(Math.max(0, at - 40), at));

function unitNounVerdict(words: UnitWord[], i: number, span: number, noun: CountNoun, s: string, at: number): 'unit' | 'not-a-unit' | 'head-follows' {
  const next = words[i + span]?.w.toLowerCase();
  // "69 freight train routes": a count of routes or lines, not of trains.
  if (next && NOT_COUNTED_HEAD.test(next)) return 'not-a-unit';
  // "14 container handling tracks", "six truck parking yards", "40 container storage depots": a word of what is done to the
  // things may stand before the facility.
  if (next && FACILITY_USE_WORD.test(next) && NOT_COUNTED_HEAD.test(words[i + span + 1]?.w.toLowerCase() ?? '')) return 'not-a-unit';
  // "the previous high of 1,198 set in July": "set" is the verb of a record, not a unit.
  if (i === 0 && words[0].w.toLowerCase() === 'set' && span === 1 && next && SET_AS_VERB_NEXT.test(next)) return 'not-a-unit';
  // "the presidents of the two countries set the goal": a singular "set", "piece" or "unit" after a plural noun is no count
  // noun of the number ("two countries"), but a verb or another thing ("4,100 TV sets", "312 units" stay counts); an adverb
  // may stand between them ("the two sides earlier set a goal").
  if (span === 1 && i > 0 && SINGULAR_COUNT_WORD.test(words[i].w) && words.slice(0, i).some((x) => PLURAL_WORD.test(x.w))) return 'not-a-unit';
  if (next && countNoun(next) && noun.measure === 'count' && span === 1 && !/^(?:units?|sets?|pieces?)$/.test(next)) return 'head-follows';
  // "3,950 vehicle export declarations": a flow word between them does not stop the count noun modifying the next one.
  // "212 container block trains": so does a word for the kind of service ("block", "shuttle", "freight").
  const afterFlow = next && (NOUN_OF_FLOW.test(next) || SERVICE_KIND_WORD.test(next)) ? words[i + span + 1]?.w.toLowerCase() : undefined;
  if (afterFlow && countNoun(afterFlow)?.measure === 'count' && noun.measure === 'count' && span === 1 && !/^(?:units?|sets?|pieces?)$/.test(afterFlow)) return 'head-follows';
  const modifiers = words.slice(0, i).map((x) => x.w);
  // "Xinsha Port shipped 57,100 of the vehicles": a part of the things counted before, traded by a verb of its own, is a
  // count of them too ("350 of these trains carried auto parts" is composition, no count).
  if (noun.measure === 'count' && modifiers.length === 2 && PARTITIVE.test(modifiers.join(' ')) && tradedPartBefore(s, at)) return 'unit';
  // "inbound and outbound passenger trips": a pair of direction words joined by and/or is one modifier; so is a pair of
  // plain lower-case words right before the noun ("21,700 new and used vehicles", "passenger and commercial vehicles").
  if (modifiers.some((x, k) => NOT_MODIFIER.test(x.toLowerCase()) && !pairedModifier(modifiers, k, i))) return 'not-a-unit';
  // "the four cities' trains", "two ports' vehicles": the number counts the owners, not what they own.
  if (modifiers.some((x) => /['’]s?$/.test(x))) return 'not-a-unit';
  return 'unit';
}

/** True when modifier `k` (of the `i` before a noun) is the "and"/"or" of a pair of modifiers ("new and used"). */
function pairedModifier(modifiers: string[], k: number, i: number): boolean {
  return AND_OR.test(modifiers[k]) && (joinsPair(modifiers[k - 1] ?? '', modifiers[k + 1] ?? '') || (k === i - 2 && plainModifierPair(modifiers[k - 1] ?? '', modifiers[k + 1])));
}

/** The unit match of a unit noun at word `i`, with its modifiers and the "of ..." goods after it. */
// "57,100 tonnes of crude oil": what a unit counts, in up to four words after "of".
// A country written with stops before the goods ("tonnes of U.S. soybeans") is part of the phrase, not its end.
const OF_GOODS_AFTER = /^\s+of\s+((?:(?:[A-Z]\.){2,}\s+[A-Za-z][\w'-]*\s*|[A-Za-z][\w'-]*\s*){1,4}?)(?=[\s,.;()]|$)/;

/** Spaces and then "of" at `at` (what OF_GOODS_AFTER starts with: a test before it copies the rest of the window). */
function spacesThenOf(window: string, at: number): boolean {
  if (!isSpace(window.charCodeAt(at))) return false;
  while (isSpace(window.charCodeAt(at))) at++;
  return window.startsWith('of', at);
}

function unitMatchOf(window: string, words: UnitWord[], i: number, span: number, noun: CountNoun): UnitMatch {
  const end = words[i + span - 1].end;
  const ofMatch = spacesThenOf(window, end) ? OF_GOODS_AFTER.exec(window.slice(end)) : null;
  const ofWhat = ofMatch ? trimPhrase(ofMatch[1]) : '';
  // "57,100 of the vehicles": the partitive words name no goods.
  const lead = i === 2 && PARTITIVE.test(`${words[0].w} ${words[1].w}`) ? 2 : 0;
  const phraseText = words.slice(lead, i + span).map((x) => x.w).join(' ');
  return { unit: noun.unit, measure: noun.measure, length: end, phrase: phraseText, ofWhat };
}

/**
 * The words after a number, as `/[A-Za-z][A-Za-z0-9'-]*|\(|\)/g` finds them, while only spaces
 * separate them (at most ten): the phrase a unit noun may end.
 */
function unitWords(window: string): Array<{ w: string; start: number; end: number }> {
  const words: Array<{ w: string; start: number; end: number }> = [];
  let i = 0;
  while (words.length < 10) {
    const gapStart = i;
    while (i < window.length && !isAsciiLetter(window.charCodeAt(i)) && window[i] !== '(' && window[i] !== ')') i++;
    if (i >= window.length) break;
    // "3.62 million 60-kg bags": the weight of each bag, written in digits, is a modifier word of the unit noun.
    // (Its digits stand before the first letter: a gap without one is not scanned.)
    const size = words.length === 0 && digitIn(window, gapStart, i) ? PACK_SIZE.exec(window.slice(gapStart)) : null;
    if (size) {
      const start = gapStart + size[0].length - size[1].length;
      words.push({ w: size[1], start, end: (i = start + size[1].length) });
      continue;
    }
    // Only spaces (and parentheses) may separate the number from its unit phrase.
    if (!onlySpaces(window, gapStart, i)) break;
    const start = i++;
    // "4,470 China–Europe trains": an en dash joins the places of a route name as a hyphen does.
    if (window[start] !== '(' && window[start] !== ')') while (i < window.length && (isUnitWordChar(window.charCodeAt(i)) || routeDash(window, i))) i++;
    words.push({ w: window.slice(start, i), start, end: i });
  }
  return words;
}

/** True when a digit stands in [from, to) of `s`. */
function digitIn(s: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isDigitAt(s, j)) return true;
  return false;
}

// The weight of a pack in digits right after the number: " 60-kg", " 69kg", " 50-lb".
const PACK_SIZE = /^\s+(\d{1,3}(?:\.\d)?-?(?:kg|kilogram|lb|pound))(?=\s)/;

/** An en dash between a letter and a capital ("China–Europe"). */
function routeDash(window: string, i: number): boolean {
  return window.charCodeAt(i) === 8211 && i > 0 && isAsciiLetter(window.charCodeAt(i - 1)) && /[A-Z]/.test(window[i + 1] ?? '');
}

/** `[A-Za-z0-9'-]` on a character code. */
// "2.41mn m³ of logs": the superscript three of cubic metres is part of the unit word.
function isUnitWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 0xb3;
}

const PHRASE_STOP = /^(?:from|to|in|into|at|through|via|by|during|over|for|with|were|was|are|is|had|have|has|and|while|which|that|up|down|year|the|this|last|worth|valued|reached|totaled|totalled|rose|fell|grew|increased|decreased|imported|exported|shipped|unloaded|loaded|transported|handled|cleared|carried|delivered|passed)$/i;

/** Cuts a noun phrase at its first function word ("crude oil from Russia" → "crude oil"). */
export function trimPhrase(text: string): string {
  const words = spaceWords(text);
  const kept: string[] = [];
  for (const [i, w] of words.entries()) {
    // "of imported iron ore", "of inbound cargo": a leading direction word qualifies the goods.
    if (i === 0 && FLOW_MODIFIER.test(w)) continue;
    // "of liquefied natural gas imports": the flow noun ends the goods.
    if (PHRASE_STOP.test(w) || (kept.length && FLOW_NOUN.test(w))) break;
    kept.push(w);
  }
  return kept.join(' ');
}
const FLOW_MODIFIER = /^(?:imported|exported|inbound|outbound|incoming|outgoing|re-exported)$/i;
const FLOW_NOUN = /^(?:imports|exports|shipments|purchases|supplies)$/i;
