/**
 * (a246) "Mexico and the United Arab Emirates each took more than 80,000 cars", "Australia and Brazil each supplied about 5
 * million tonnes", "Japan and South Korea each bought $2 billion of it": two countries joined by "and", then "each" and a verb of
 * taking or supplying with its amount: the amount is each one's, so the sentence's one row (which could name neither partner)
 * becomes one row per partner.
 */
import type { ObservationDraft } from '../../contract.js';
import type { PlaceMention } from './geography.js';

const EACH_TOOK_AFTER = /^\s*each\s+(?:(?:also|again|still)\s+)?(?:took|bought|imported|received|absorbed|purchased|shipped|supplied|sold|sent|exported|delivered|provided|accounted\s+for)\s+(?:(?:more\s+than|over|about|around|nearly|almost|roughly|some|at\s+least|less\s+than|under|just\s+(?:over|under))\s+)?(?:US\$|[$€£¥]|[A-Z]{3}\s)?\s?\d/i;
const AND_BETWEEN = /^\s+and\s+(?:the\s+)?$/;
const PARTNER_KINDS: ReadonlySet<string> = new Set(['country', 'group']);

/** The sentence's one amount row split into a row for each of two partners that "each" took or supplied it. */
export function rowsForEachPartner(s: string, places: readonly PlaceMention[], rows: ObservationDraft[]): ObservationDraft[] {
  if (!s.includes(' each ')) return rows;
  for (let i = 0; i + 1 < places.length; i++) {
    const [a, b] = [places[i], places[i + 1]];
    if (!PARTNER_KINDS.has(a.kind) || !PARTNER_KINDS.has(b.kind) || a.name === b.name || !AND_BETWEEN.test(s.slice(a.end, b.start)) || !EACH_TOOK_AFTER.test(s.slice(b.end, b.end + 80))) continue;
    // (a253) "South Korea and Vietnam each took more than 12 million tonnes of the total, and shipments to the European Union
    // jumped 43 percent to 6.9 million tonnes": an amount of a later clause with a partner of its own is not theirs.
    const amounts = rows.filter((r) => r.value !== null && r.measure !== 'share' && r.area !== a.name && r.area !== b.name && [a.name, b.name, 'World'].includes(r.partner));
    if (amounts.length !== 1) return rows;
    const [row] = amounts;
    return rows.flatMap((r) => (r === row ? [{ ...r, partner: a.name }, { ...r, partner: b.name }] : [r]));
  }
  return rows;
}
