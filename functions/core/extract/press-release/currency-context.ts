/**
 * Currency from context. A bare "$" (or "dollars") is the reporter's own dollar when the statistics
 * are those of a place that counts in dollars, and US dollars otherwise; a bare "¥" is the yen in
 * Japanese statistics and the yuan elsewhere; plain "pesos", "manats", "rupees", "riyals", "rials", "dirhams",
 * "kroner", "kwacha", "shillings", "dinars" and "CFA francs" are those of the country whose statistics they are. Explicit forms ("US$", "HK$", "USD", "U.S. dollars",
 * "yen", "yuan") are never reinterpreted.
 */

/** A sign (or a plain currency name several countries share) that names no particular currency on its own. */
export type BareSymbol = '$' | '¥' | 'P' | 'N' | 'MT' | 'pound' | 'peso' | 'manat' | 'rupee' | 'riyal' | 'rial' | 'dirham' | 'krone' | 'kwacha' | 'shilling' | 'dinar' | 'CFA franc';

/** One rule: in the statistics of `area`, a bare `symbol` means `unit`. */
interface LocalCurrencyRule {
  symbol: BareSymbol;
  area: string;
  unit: string;
  /** How releases of that reporter write it. */
  example: string;
}

export const LOCAL_CURRENCY_RULES: readonly LocalCurrencyRule[] = [
  { symbol: '$', area: 'Hong Kong', unit: 'HKD', example: 'the value of total exports rose 12% to $410.2 billion (Hong Kong release)' },
  { symbol: '$', area: 'Canada', unit: 'CAD', example: 'the merchandise trade deficit narrowed to $2.1 billion (Statistics Canada)' },
  { symbol: '$', area: 'Singapore', unit: 'SGD', example: 'non-oil domestic exports reached $15.3 billion (Singapore release)' },
  // Not Taiwan: its finance ministry states trade in US dollars and writes its own dollar "NT$", so a bare "$" in a
  // Taiwan story is the US dollar ("exports rose 16.8% to a record $43.6 billion").
  { symbol: '$', area: 'Australia', unit: 'AUD', example: 'goods exports fell to $41.6 billion (Australian release)' },
  { symbol: '$', area: 'New Zealand', unit: 'NZD', example: 'annual goods exports were $71 billion (New Zealand release)' },
  { symbol: '$', area: 'Fiji', unit: 'FJD', example: 'total exports were valued at $241.6 million (Fiji Bureau of Statistics)' },
  // Pacific islands that count in another country's dollar: New Zealand's in the Cook Islands and Niue, Australia's
  // in Kiribati, Tuvalu and Nauru; their offices write it "$" as their own.
  ...['Cook Islands', 'Niue'].map((area) => ({ symbol: '$' as const, area, unit: 'NZD', example: 'imports for the quarter were valued at $58.3 million (Cook Islands release)' })),
  ...['Kiribati', 'Tuvalu', 'Nauru'].map((area) => ({ symbol: '$' as const, area, unit: 'AUD', example: 'imports for the year came to $196.2 million (Kiribati release)' })),
  // Dollar economies of the Caribbean whose statistics offices write their own dollar "$": the Bahamas, Belize and
  // the six members of the Eastern Caribbean Currency Union (one dollar, XCD).
  { symbol: '$', area: 'Bahamas', unit: 'BSD', example: 'imports of goods came to $310.4 million (Bahamian release)' },
  { symbol: '$', area: 'Belize', unit: 'BZD', example: 'domestic exports earned $58.2 million (Belizean release)' },
  ...['Antigua and Barbuda', 'Dominica', 'Grenada', 'Saint Kitts and Nevis', 'Saint Lucia', 'Saint Vincent and the Grenadines'].map((area) => ({
    symbol: '$' as const, area, unit: 'XCD', example: 'imports were valued at $91.6 million (Eastern Caribbean release)',
  })),
  { symbol: '¥', area: 'Japan', unit: 'JPY', example: 'Japan logged a trade deficit of ¥1,120.4 billion' },
  // Plain "pesos", "manats", "rupees" (and "Rs"), "riyals": the country's own; elsewhere the default of units.ts.
  // Mexico's own "$" is not read as pesos: its releases in English also write "$" for US dollars.
  { symbol: 'peso', area: 'Mexico', unit: 'MXN', example: 'exports reached 612.3 billion pesos (Mexican release)' },
  { symbol: 'peso', area: 'Chile', unit: 'CLP', example: 'the trade surplus was 1.9 trillion pesos (Chilean release)' },
  { symbol: 'peso', area: 'Argentina', unit: 'ARS', example: 'imports cost 5.4 trillion pesos (Argentine release)' },
  { symbol: 'peso', area: 'Colombia', unit: 'COP', example: 'coffee exports earned 3.1 trillion pesos (Colombian release)' },
  { symbol: 'manat', area: 'Turkmenistan', unit: 'TMT', example: 'gas exports brought 12.4 billion manats (Turkmen release)' },
  { symbol: 'rupee', area: 'Pakistan', unit: 'PKR', example: 'the trade deficit widened to Rs 480 billion (Pakistani release)' },
  { symbol: 'rupee', area: 'Nepal', unit: 'NPR', example: 'the trade deficit widened to Rs 492 billion (Nepali release)' },
  { symbol: 'rupee', area: 'Mauritius', unit: 'MUR', example: 'total exports amounted to Rs 25,412 million (Statistics Mauritius)' },
  { symbol: 'rupee', area: 'Sri Lanka', unit: 'LKR', example: 'tea exports fetched 52.6 billion rupees (Sri Lankan release)' },
  { symbol: 'shilling', area: 'Uganda', unit: 'UGX', example: 'coffee exports earned 1.4 trillion shillings (Ugandan release)' },
  { symbol: 'shilling', area: 'Tanzania', unit: 'TZS', example: 'gold exports fetched 3.2 trillion shillings (Tanzanian release)' },
  { symbol: 'riyal', area: 'Qatar', unit: 'QAR', example: 'exports reached 24.1 billion riyals (Qatari release)' },
  // Plain "rials" are Iran's unless Oman (or Yemen) reports; "dirhams" the UAE's unless Morocco reports;
  // "kroner"/"krone" Denmark's unless Norway reports (units.ts holds the defaults).
  { symbol: 'riyal', area: 'Oman', unit: 'OMR', example: 'oil exports fell to 8.6 billion riyals (Omani release)' },
  { symbol: 'rial', area: 'Oman', unit: 'OMR', example: 'the merchandise trade surplus fell to 3.9 billion rials (Omani release)' },
  { symbol: 'rial', area: 'Yemen', unit: 'YER', example: 'imports cost 2.1 trillion rials (Yemeni release)' },
  { symbol: 'dirham', area: 'Morocco', unit: 'MAD', example: 'the trade deficit widened to 255.4 billion dirhams (Moroccan release)' },
  { symbol: 'krone', area: 'Norway', unit: 'NOK', example: 'the trade surplus totalled 612.5 billion kroner (Norwegian release)' },
  // "kr." is the krone's, krona's and króna's sign alike: Sweden's and Iceland's in their own releases.
  { symbol: 'krone', area: 'Sweden', unit: 'SEK', example: 'exports of goods were 152 400 million kr. (Swedish release)' },
  { symbol: 'krone', area: 'Iceland', unit: 'ISK', example: 'exports of goods came to 81 600 million kr. (Icelandic release)' },
  { symbol: 'kwacha', area: 'Malawi', unit: 'MWK', example: 'tobacco exports earned 310.2 billion kwacha (Malawian release)' },
  // Plain "dinars": Kuwait's unless another dinar country reports (units.ts holds the default).
  { symbol: 'dinar', area: 'Tunisia', unit: 'TND', example: 'the trade deficit stood at 16 412,7 million dinars (Tunisian release)' },
  { symbol: 'dinar', area: 'Algeria', unit: 'DZD', example: 'hydrocarbon exports brought 4.1 trillion dinars (Algerian release)' },
  { symbol: 'dinar', area: 'Jordan', unit: 'JOD', example: 'national exports reached 612 million dinars (Jordanian release)' },
  { symbol: 'dinar', area: 'Bahrain', unit: 'BHD', example: 'non-oil exports were 317 million dinars (Bahraini release)' },
  { symbol: 'dinar', area: 'Iraq', unit: 'IQD', example: 'imports cost 9.2 trillion dinars (Iraqi release)' },
  { symbol: 'dinar', area: 'Serbia', unit: 'RSD', example: 'exports rose to 310 billion dinars (Serbian release)' },
  // Plain "CFA francs": West Africa's (units.ts) unless a member of the Central African monetary union reports.
  ...['Cameroon', 'Chad', 'Central African Republic', 'Republic of the Congo', 'Gabon', 'Equatorial Guinea'].map((area) => ({
    symbol: 'CFA franc' as const, area, unit: 'XAF', example: 'timber exports earned 212.4 billion CFA francs (Central African release)',
  })),
  { symbol: 'dinar', area: 'Libya', unit: 'LYD', example: 'oil exports brought 9.8 billion dinars (Libyan release)' },
  // A bare "P" glued to an amount is the Philippine peso of Manila papers, and the pula in Botswana's releases.
  { symbol: 'P', area: 'Botswana', unit: 'BWP', example: 'total exports amounted to P5,861.3 million (Statistics Botswana)' },
  // "141.5 billion MT": tonnes elsewhere (units.ts), the metical in Mozambique's statistics.
  { symbol: 'MT', area: 'Mozambique', unit: 'MZN', example: 'exports for the quarter came to about 141.5 billion MT (Bank of Mozambique)' },
  // Plain "pounds" after a scaled amount (quantities.ts): the reporter's pound where one reports, weight elsewhere (units.ts).
  { symbol: 'pound', area: 'United Kingdom', unit: 'GBP', example: 'last year British firms sold 392 billion pounds of goods overseas (UK minister\'s speech)' },
  { symbol: 'pound', area: 'Egypt', unit: 'EGP', example: 'non-oil exports earned 1.9 trillion pounds (Egyptian release)' },
  { symbol: 'pound', area: 'Lebanon', unit: 'LBP', example: 'imports cost 21 trillion pounds (Lebanese release)' },
  { symbol: 'pound', area: 'Syria', unit: 'SYP', example: 'exports reached 4.2 trillion pounds (Syrian release)' },
  { symbol: 'pound', area: 'Sudan', unit: 'SDG', example: 'gold exports brought 310 billion pounds (Sudanese release)' },
  { symbol: 'pound', area: 'South Sudan', unit: 'SSP', example: 'oil exports earned 96 billion pounds (South Sudanese release)' },
  // The bare "K" sign (units.ts reads it as the kwacha) is the kina in Papua New Guinea's releases.
  { symbol: 'kwacha', area: 'Papua New Guinea', unit: 'PGK', example: 'merchandise exports were K14,286.3 million (Bank of Papua New Guinea)' },
];

const RULE_BY_KEY = new Map(LOCAL_CURRENCY_RULES.map((r) => [`${r.symbol}|${r.area}`, r.unit]));

/**
 * The unit a bare currency sign stands for in the statistics of `area` (falling back to the
 * release's own country): the local dollar or yen where a rule says so, else `unit` unchanged.
 */
export function currencyInContext(unit: string, bare: BareSymbol | '', area: string, country: string): string {
  if (!bare) return unit;
  return RULE_BY_KEY.get(`${bare}|${area}`) ?? RULE_BY_KEY.get(`${bare}|${country}`) ?? unit;
}

// "N5.93 trillion": Nigerian papers and the bureau write the naira as a bare capital N glued to an amount with its scale
// (units.ts reads it so). Elsewhere an "N" before a number is more often a name or a code than money: the sign is the
// naira only in a Nigerian release, or in a sentence that names the naira itself.
const NAIRA_NAMED = /\bnaira\b|₦/i;

/** The figures of a sentence without those whose bare sign the release's context does not make money. */
export function signsReadInContext<F extends { bare?: BareSymbol | '' }>(figures: F[], s: string, country: string): F[] {
  if (!figures.some((f) => f.bare === 'N') || country === 'Nigeria' || NAIRA_NAMED.test(s)) return figures;
  return figures.filter((f) => f.bare !== 'N');
}
