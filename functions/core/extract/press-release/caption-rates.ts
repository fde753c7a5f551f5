/**
 * A list whose caption says once what the bare number after each amount is: "(growth over the same period of last year,
 * percent)", "(percent change from a year earlier)", "(% y/y)", "(year-on-year increase, per cent)", "(change on a year
 * before in %)". Under it, "* Exports: 13.00 trillion yuan, 7.2", "- Imports: 8.79 trillion yuan (-2.7)", "* Total trade -
 * 21.79 trillion yuan, 2.9" give each amount its change on the year though no "%" or verb stands by the number.
 * The caption holds in force over the list items right after it (bulleted lines, or lines opening with a label and a colon).
 */
import type { Figure } from './quantities.js';
import type { ReleaseMemory } from './sentence-scene.js';
import { isBulletLine } from './percent-roles.js';

// A bracket with no digits that holds a word of change on the year and a word of percent, in either order.
const RATES_CAPTION = /\((?=[^()\d]{0,100}\))(?=[^()]*?(?:\b(?:growth|change|increase|rise|gain|y\/y|yoy|year[- ]on[- ]year)\b))(?=[^()]*?(?:%|\bper\s?cent\b|\bpct\b))[^()]*\)/i;
// "Exports: ..." or "Total imports and exports of goods: ...": a label and a colon open an item that has no bullet.
const LABEL_ITEM = /^\s*[A-Z][\w ,'’&/-]{1,80}:\s/;
// Right after an amount, the item's bare number and nothing more: ", 7.2", ", -2.7", " (5.3)".
const BARE_RATE_AFTER = /^\s*(?:,\s*|\(\s*)([+\-−–]?)(\d{1,3}(?:\.\d+)?)(\s*\)?)\s*[.;]?\s*$/;

/** Notes whether sentence `s` is such a caption or an item of the list under one (memory.captionRates). */
export function noteCaptionRates(s: string, memory: ReleaseMemory): void {
  if (s.includes('(') && RATES_CAPTION.test(s)) memory.captionRates = true;
  else if (memory.captionRates) memory.captionRates = isBulletLine(s) || LABEL_ITEM.test(s);
}

/** The figures of a list item under a rates caption, with the bare number after its amount read as a signed percent change. */
export function withCaptionRates(figures: Figure[], s: string, memory: ReleaseMemory): Figure[] {
  if (!memory.captionRates) return figures;
  const last = figures[figures.length - 1];
  if (!last || last.kind !== 'level' || last.measure !== 'value') return figures;
  const m = BARE_RATE_AFTER.exec(s.slice(last.end));
  if (!m) return figures;
  const numStart = last.end + m.index + m[0].indexOf(m[1] + m[2]) + m[1].length;
  const numEnd = numStart + m[2].length;
  const negative = m[1] !== '' && m[1] !== '+';
  const rate: Figure = {
    kind: 'percent', start: numStart - m[1].length, end: numEnd, numStart, numEnd, value: negative ? -Number(m[2]) : Number(m[2]),
    unit: '', measure: 'growth', qualifier: 'exact', sign: negative ? '-' : '+', phrase: '', ofWhat: '', unitFromSubject: false, multiple: undefined, bare: undefined,
  };
  return [...figures, rate];
}
