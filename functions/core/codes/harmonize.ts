/**
 * Harmonization: the step between an extractor's draft and the public row. Labels are replaced by
 * the code lists' one label per thing *before* the observation_id is computed, so the same series
 * read from two table families, or from a table and a press release, is one series; then the
 * derived columns (period_type, partner_code, area_code, is_total) are computed from the result.
 * A label no list knows is kept as written and gets an empty code: never guessed.
 */
import type { ObservationDraft, PeriodType } from '../contract.js';
import { AREAS } from './areas.js';
import { memoized } from './code-list.js';
import { ENTERPRISE_TYPES_LIST } from './enterprise-types.js';
import { PARTNERS } from './partners.js';
import { REGIMES_LIST } from './regimes.js';

/** The columns harmonization derives from a draft. */
export interface DerivedColumns {
  period_type: PeriodType;
  partner_code: string;
  area_code: string;
  is_total: boolean;
}

/** Breakdown kinds that mean the same dimension ("trade mode" is GACC's other name for customs regime). */
const BREAKDOWN_KINDS: Record<string, string> = { 'trade mode': 'customs regime', 'trade modes': 'customs regime', 'customs regimes': 'customs regime', 'enterprise types': 'enterprise type', 'type of enterprise': 'enterprise type' };
/** The code list that names the labels of a breakdown kind. */
const BREAKDOWN_LISTS: Record<string, typeof REGIMES_LIST | typeof ENTERPRISE_TYPES_LIST> = { 'customs regime': REGIMES_LIST, 'enterprise type': ENTERPRISE_TYPES_LIST };

/**
 * One breakdown harmonized: `kind: label` parts joined by `; `, each kind and label replaced by
 * its list's; a part naming the regime total is dropped (a total row has no breakdown).
 * "trade mode: general trade" → "customs regime: Ordinary Trade".
 */
export const harmonizeBreakdown = memoized(harmonizeBreakdownOnce);

function harmonizeBreakdownOnce(breakdown: string): string {
  if (breakdown.trim() === '') return '';
  const parts: string[] = [];
  for (const part of breakdown.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) { parts.push(part.trim()); continue; }
    const rawKind = part.slice(0, colon).trim().toLowerCase().replace(/\s+/g, ' ');
    const kind = BREAKDOWN_KINDS[rawKind] ?? rawKind;
    const label = part.slice(colon + 1).trim();
    const entry = BREAKDOWN_LISTS[kind]?.find(label);
    if (entry?.code === 'total') continue;
    parts.push(`${kind}: ${entry?.label ?? label}`);
  }
  return parts.join('; ');
}

/** A draft with its partner, area and breakdown labels harmonized (idempotent). */
export function harmonizeDraft<T extends ObservationDraft>(draft: T): T {
  const partner = PARTNERS.find(draft.partner)?.label ?? draft.partner;
  const area = AREAS.find(draft.area)?.label ?? draft.area;
  const breakdown = harmonizeBreakdown(draft.breakdown);
  if (partner === draft.partner && area === draft.area && breakdown === draft.breakdown) return draft;
  return { ...draft, partner, area, breakdown };
}

/** Months from `YYYY-MM` start to end, both included; NaN when either is not a month. */
function monthSpan(start: string, end: string): { span: number; first: number; last: number; sameYear: boolean } | undefined {
  const a = /^(\d{4})-(\d{2})$/.exec(start);
  const b = /^(\d{4})-(\d{2})$/.exec(end);
  if (!a || !b) return undefined;
  const span = (Number(b[1]) * 12 + Number(b[2])) - (Number(a[1]) * 12 + Number(a[2])) + 1;
  return { span, first: Number(a[2]), last: Number(b[2]), sameYear: a[1] === b[1] };
}

/**
 * What span a period covers. Cumulative periods from January are `year_to_date` (January-March
 * and January-June included, so a year-to-date series has every month), January-December is
 * `year`; `quarter` and `half_year` are the calendar quarters and second halves that do not start
 * in January; periods longer than a year are `to_date` ("since 2013"); anything else is `other`.
 */
export function periodType(start: string, end: string): PeriodType {
  const months = monthSpan(start, end);
  if (!months || months.span < 1) return 'other';
  const { span, first, last, sameYear } = months;
  if (span === 1) return 'month';
  if (sameYear && first === 1) return last === 12 ? 'year' : 'year_to_date';
  if (sameYear && span === 3 && first % 3 === 1) return 'quarter';
  if (sameYear && first === 7 && last === 12) return 'half_year';
  if (span > 12) return 'to_date';
  return 'other';
}

/**
 * Whether a row is the total other rows break down: its partner is the world or a group of
 * countries, it counts all goods, and it has no breakdown. Country rows, commodity rows and
 * regime or enterprise-type rows are parts.
 */
export function isTotal(draft: Pick<ObservationDraft, 'partner' | 'commodity' | 'breakdown'>): boolean {
  const partnerKind = draft.partner.trim() === '' ? 'world' : PARTNERS.find(draft.partner)?.kind;
  const aggregatePartner = partnerKind === 'world' || partnerKind === 'group';
  return aggregatePartner && draft.commodity.trim().toLowerCase() === 'all goods' && draft.breakdown.trim() === '';
}

/** The derived columns of a harmonized draft. */
export function derivedColumns(draft: ObservationDraft): DerivedColumns {
  return {
    period_type: periodType(draft.period_start, draft.period_end),
    partner_code: PARTNERS.find(draft.partner)?.code ?? '',
    area_code: AREAS.find(draft.area)?.code ?? '',
    is_total: isTotal(draft),
  };
}
