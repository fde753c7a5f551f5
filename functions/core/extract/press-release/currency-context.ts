/**
 * Currency from context. A bare "$" (or "dollars") is the reporter's own dollar when the statistics
 * are those of a place that counts in dollars, and US dollars otherwise; a bare "¥" is the yen in
 * Japanese statistics and the yuan elsewhere. Explicit forms ("US$", "HK$", "USD", "U.S. dollars",
 * "yen", "yuan") are never reinterpreted.
 */

/** A sign that names no particular currency on its own. */
export type BareSymbol = '$' | '¥';

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
  { symbol: '$', area: 'Taiwan', unit: 'TWD', example: 'exports totalled $1.2 trillion (Taiwan release in local currency)' },
  { symbol: '$', area: 'Australia', unit: 'AUD', example: 'goods exports fell to $41.6 billion (Australian release)' },
  { symbol: '$', area: 'New Zealand', unit: 'NZD', example: 'annual goods exports were $71 billion (New Zealand release)' },
  { symbol: '¥', area: 'Japan', unit: 'JPY', example: 'Japan logged a trade deficit of ¥1,120.4 billion' },
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
