/**
 * Agencies that carry their country's name: "Statistical Office of the Republic of Serbia", "Statistics
 * Iceland", "Bank of Tanzania", "Banco Central del Paraguay", "Maldives Customs Service", "Croatian Bureau
 * of Statistics", "Zimbabwe National Statistics Agency". A release that names one in its head reports that
 * country's trade, as a release naming one of the agencies of reporters.ts does, whatever partners it
 * names more often. Statistical releases print the agency in title case or in capitals on their first
 * line; lower-case wording ("customs statistics China ...") is prose, not a name.
 */
import { countryNameList } from './geography.js';
import { REPORTER_WEIGHT, inLead } from './reporters.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(escape).join('|');

// Agency words before the country's name, and after its name or adjective (no regex escapes in these
// sources: the capitals form is the same source in upper case).
const BEFORE = "(?:Statistics|Statistical Office of(?: the Republic of)?|National (?:Bureau|Institute|Office|Agency) (?:of|for) Statistics(?: and [A-Z][a-z]+)? of(?: the Republic of)?|(?:Central )?Bank of(?: the Republic of)?|Banco Central del?|Customs Service of(?: the Republic of)?) ";
const AFTER = "(?:'s)? (?:National )?(?:Customs(?: Service| Administration| Authority)?|Revenue Authority|Bureau of Statistics|Statistical (?:Office|Agency|Service|Authority|Institute)|(?:National )?Statistics (?:Office|Agency|Authority|Bureau|Service))(?![a-z])";

interface AgencyPattern {
  pattern: RegExp;
  /** The country of each written form, capitals included. */
  countryOf: Map<string, string>;
}

let built: AgencyPattern | null = null;

function agencyPattern(): AgencyPattern {
  if (built) return built;
  const countryOf = new Map<string, string>();
  const names: string[] = [];
  const adjectives: string[] = [];
  for (const c of countryNameList()) {
    for (const n of c.names) (names.push(n), countryOf.set(n, c.country), countryOf.set(n.toUpperCase(), c.country));
    for (const a of c.adjectives) (adjectives.push(a), countryOf.set(a, c.country), countryOf.set(a.toUpperCase(), c.country));
  }
  const title = `${BEFORE}(${alternation(names)})(?![A-Za-z])|(?<![A-Za-z])(${alternation([...names, ...adjectives])})${AFTER}`;
  // In capitals the look-arounds for letters still hold ("(?![a-z])" becomes "(?![A-Z])").
  const capitals = title.toUpperCase();
  built = { pattern: new RegExp(`${title}|${capitals}`, 'g'), countryOf };
  return built;
}

/** The countries named by agencies in the text, each weighted as a reporter (in the lead) or a second source. */
export function agencyNameWeights(text: string): Array<[string, number]> {
  const { pattern, countryOf } = agencyPattern();
  const out = new Map<string, number>();
  for (const m of text.matchAll(pattern)) {
    const written = m.slice(1).find((g) => g !== undefined);
    const country = written ? countryOf.get(written) : undefined;
    if (!country || out.has(country)) continue;
    out.set(country, inLead(text, m.index) ? REPORTER_WEIGHT : 1);
  }
  return [...out];
}
