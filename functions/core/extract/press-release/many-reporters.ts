/**
 * Reports of bodies that gather the trade of many reporters (issue 9, batch b282): the WTO's annual review, UNCTAD's nowcast,
 * ECLAC's outlook, the IMF's Direction of Trade Statistics, UN Comtrade, ASEANstats, Afreximbank's report, the OECD's or
 * APEC's trade releases. Such a report has no country of its own: each country it quotes is the area of its own figures,
 * the subject of its sentence ("Germany, third among exporters, saw sales abroad slip 1.2 percent", "The United States
 * remained the biggest buyer, with imports of ..."), not a partner of one reporter chosen by how often it is named.
 */
import { inLead } from './reporters.js';

// The bodies by their full names and their acronyms: world and regional organisations, their statistics units and databases.
const MANY_REPORTER_BODY = /\b(?:World\s+Trade\s+Organi[sz]ation|WTO|UNCTAD|UN\s+Trade\s+and\s+Development|United\s+Nations\s+Conference\s+on\s+Trade\s+and\s+Development|ECLAC|CEPAL|ESCAP|ESCWA|(?:UN\s+|United\s+Nations\s+)?Economic\s+(?:and\s+Social\s+)?Commission\s+for\s+(?:Latin\s+America|Africa|Europe|Asia|Western\s+Asia)|International\s+Monetary\s+Fund|IMF|Direction\s+of\s+Trade\s+Statistics|(?:UN\s+)?Comtrade|OECD|Organi[sz]ation\s+for\s+Economic\s+Co-?operation\s+and\s+Development|APEC|Asia-Pacific\s+Economic\s+Cooperation|ASEANstats|ASEAN\s+Secretariat|Afreximbank|African\s+Export-Import\s+Bank|International\s+Trade\s+Cent(?:re|er)|Eurasian\s+Economic\s+Commission|World\s+Bank|Asian\s+Development\s+Bank|Inter-American\s+Development\s+Bank)\b/g;
// Every name above has one of these (as written): a text with none is not searched.
const BODY_WORDS = /WTO|UNCTAD|Trade|ECLAC|CEPAL|ESC|Commission|Fund|IMF|Comtrade|OECD|Organi|APEC|Pacific|ASEAN|Afreximbank|Bank|Cent/;

/**
 * True when the release's head (its headline, lead and the paragraph after) names a body that gathers many reporters' trade
 * before any national agency speaking for the lead (at `ownAgencyAt`): the release reports for none of them. A national
 * agency named first makes the report that country's, quoting the body in passing ("the WTO said world trade ..." in a
 * customs release).
 */
export function reportsManyReporters(text: string, ownAgencyAt: number): boolean {
  const head = text.slice(0, 3000);
  if (ownAgencyAt === 0 || !BODY_WORDS.test(head)) return false;
  MANY_REPORTER_BODY.lastIndex = 0;
  const m = MANY_REPORTER_BODY.exec(head);
  return m !== null && m.index < ownAgencyAt && inLead(text, m.index);
}
