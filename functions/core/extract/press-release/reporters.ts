/**
 * Whose statistics a release reports: an agency named in the text says which country's trade the
 * figures are (a Korea Customs Service release reports on South Korea even when it names China
 * only as a destination). Each rule names the agency as releases write it.
 */

interface ReporterRule {
  agency: RegExp;
  country: string;
  example: string;
}

export const REPORTER_RULES: readonly ReporterRule[] = [
  { agency: /\bKorea Customs Service\b|\bKorea International Trade Association\b/, country: 'South Korea', example: 'according to preliminary data from the Korea Customs Service' },
  { agency: /\bStatistics Canada\b|\bStatCan\b/, country: 'Canada', example: 'Statistics Canada said the merchandise trade deficit widened' },
  { agency: /\bCensus and Statistics Department\b|\bC&SD\b/, country: 'Hong Kong', example: 'figures released by the Census and Statistics Department' },
  { agency: /\bJapan's (?:Ministry of Finance|Finance Ministry)\b/, country: 'Japan', example: "Japan's Finance Ministry said on Thursday" },
  { agency: /\b(?:Customs General Administration of Mongolia|General (?:Customs )?Administration of (?:Customs of )?Mongolia|Mongolian customs)\b|\bMCGA\b/, country: 'Mongolia', example: 'the Customs General Administration of Mongolia said' },
  { agency: /\bChina Association of Automobile Manufacturers\b|\bCAAM\b|\bChina State Railway Group\b/, country: 'China', example: 'according to data sorted out by the China Association of Automobile Manufacturers' },
  { agency: /\bAustralian Bureau of Statistics\b/, country: 'Australia', example: 'the Australian Bureau of Statistics reported' },
  { agency: /\bStats NZ\b|\bStatistics New Zealand\b/, country: 'New Zealand', example: 'Stats NZ said annual exports rose' },
  { agency: /\bEnterprise Singapore\b/, country: 'Singapore', example: 'data from Enterprise Singapore showed' },
  { agency: /\bFederal Customs Service\b/, country: 'Russia', example: "Russia's Federal Customs Service reported" },
];

/** Weight of a named agency when the release's own country is chosen: more than any place mention. */
export const REPORTER_WEIGHT = 6;

// One pass finds whether any agency is named at all; most releases name none of these.
const ANY_AGENCY = new RegExp(REPORTER_RULES.map((r) => r.agency.source).join('|'));

/** The countries whose statistics agencies the text names, in rule order. */
export function reportingCountries(text: string): string[] {
  if (!ANY_AGENCY.test(text)) return [];
  return REPORTER_RULES.filter((r) => r.agency.test(text)).map((r) => r.country);
}
