/**
 * One change per currency, stated ahead of the levels. Wire stories on a weakening currency lead with the change
 * measured each way ("exports fell 2.8 percent in dollar terms but rose 5.9 percent when measured in yuan") and give
 * the levels later, each in its money ("Exports came to $190.59 billion ... In yuan terms exports were 1.27 trillion
 * yuan"). Two changes of one series compete for the levels (growth-links.ts gives a lone change only), yet each
 * names its money: it is the change of the next level of the series in that money that states none.
 */
import type { ObservationDraft } from '../../contract.js';
import { giveFreeGrowths, isFreeGrowth, seriesOf } from './growth-links.js';
import { currencyOfChanges } from './second-currency.js';

// The clauses of a sentence: a change and the money it is measured in are said in one of them.
const CLAUSE_BREAK = /[,;]|\s(?:but|while|whereas|and)\s/g;

/** The clause of the sentence holding the change's percentage, and the clause before it. */
function clausesOf(sentence: string, yoy: number): [string, string] | null {
  // "fell 5.0 percent": the change as written may carry zeros its number drops.
  const written = String(Math.abs(yoy)).replace('.', '\\.');
  const at = new RegExp(`(?<![\\d.])${written}${written.includes('.') ? '0*' : '(?:\\.0+)?'}\\s*(?:%|per\\s?cent|pct)`).exec(sentence)?.index;
  if (at === undefined) return null;
  const breaks = [0, ...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index), sentence.length];
  const i = breaks.findIndex((b) => b > at);
  return [sentence.slice(breaks[i - 1], breaks[i]), sentence.slice(breaks[Math.max(0, i - 2)], breaks[i - 1])];
}

// A clause stating a change of its own: the clause before the change's names its money only when it states none.
const STATES_CHANGE = /\d\s*(?:%|per\s?cent|pct)/;

/** The money a change is said to be measured in, from its clause or an opening clause before it ("In yuan terms, ..."). */
function moneyOfChange(g: ObservationDraft): string | null {
  return moneyOfChangeIn(g.source_quote, g.yoy_pct ?? 0);
}

/**
 * "11.74 trillion yuan, or 1.71 trillion US dollars. In yuan terms imports edged down 0.3 percent, and in dollar terms they
 * fell 5.0 percent": of the levels a change `yoy` of `sentence` could go to, those in the money its own clause names; all of
 * them when it names none (or only one level is offered).
 */
export function inMoneyOfChange(sentence: string, yoy: number | null, levels: ObservationDraft[]): ObservationDraft[] {
  if (levels.length < 2 || yoy === null || !sentence.includes(' terms')) return levels;
  const money = moneyOfChangeIn(sentence, yoy);
  const own = money ? levels.filter((l) => l.unit === money) : [];
  return own.length ? own : levels;
}

/** The money the change `yoy` of `sentence` is said to be measured in, from its own clause or an opening one; null when none. */
export function moneyOfChangeIn(sentence: string, yoy: number): string | null {
  const clauses = clausesOf(sentence, yoy);
  if (!clauses) return null;
  const [own, before] = clauses;
  return currencyOfChanges(own) ?? (STATES_CHANGE.test(before) ? null : currencyOfChanges(before));
}

/** The changes of one series in one sentence, each measured in another money, given to the next level of theirs in that money. */
export function attachGrowthPerCurrency(rows: ObservationDraft[]): ObservationDraft[] {
  const growths = rows.filter(isFreeGrowth);
  return giveFreeGrowths(rows, (g) => {
    const siblings = growths.filter((o) => o.quote_start === g.quote_start && seriesOf(o) === seriesOf(g));
    const monies = siblings.map(moneyOfChange);
    if (siblings.length < 2 || monies.some((m) => m === null) || new Set(monies).size !== siblings.length) return null;
    const money = monies[siblings.indexOf(g)];
    const later = rows.filter((l) => l.value !== null && l.unit === money && l.yoy_pct === null && seriesOf(l) === seriesOf(g) && (l.quote_start ?? 0) > (g.quote_start ?? 0));
    if (!later.length) return null;
    const nearest = Math.min(...later.map((l) => l.quote_start ?? 0));
    const levels = later.filter((l) => l.quote_start === nearest);
    return levels.length === 1 ? levels : null;
  });
}

// (a236) "Imports climbed 23.9 percent to 26,946 million US dollars, or 933,950 million baht (up 36.5 percent)", "exports rose
// 11.9% to $26.4 billion (914.2 billion baht, up 23.3%)", "..., or 1.27 trillion yuan, an increase of 5.9 percent": a change
// set right after the amount in the second money (in brackets or after a comma) is that amount's own change, which the
// weaker or stronger currency makes differ from the first; the first amount keeps the change its verb gave it.
const CHANGE_RIGHT_AFTER_AMOUNT = /(\d[\d,]*(?:\.\d+)?)\s*(?:trillion|billion|million|thousand|bn|mn|mln)?\s*[A-Za-z$€£¥฿₩₱₹]+\.?(?:\s+[A-Za-z]+)?\s*(?:\(\s*|,\s*)(?:(?:up|down|rising|falling|rose|fell|an?\s+(?:rise|increase|gain|jump|drop|fall|decline|decrease)\s+of)\s+)?(?:by\s+)?[+-]?$/i;

/** The digits of the amount written right before the change `yoy` of `sentence` (CHANGE_RIGHT_AFTER_AMOUNT), or null. */
function amountRightBeforeChange(sentence: string, yoy: number): number | null {
  const written = String(Math.abs(yoy)).replace('.', '\\.');
  const at = new RegExp(`(?<![\\d.])${written}${written.includes('.') ? '0*' : '(?:\\.0+)?'}\\s*(?:%|per\\s?cent|percent|pct)`).exec(sentence)?.index;
  if (at === undefined) return null;
  const m = CHANGE_RIGHT_AFTER_AMOUNT.exec(sentence.slice(Math.max(0, at - 80), at));
  return m ? Number(m[1].replace(/,/g, '')) : null;
}

/** True when `value` is `digits` scaled by a power of a thousand (933,950 million is 933950 × 10⁶). */
const scaledFrom = (value: number, digits: number) => digits > 0 && [1, 1e3, 1e6, 1e9, 1e12].some((k) => Math.abs(Math.abs(value) - digits * k) <= 1e-6 * Math.abs(value));

/** A change written right after the second money's amount of a sentence stating one quantity in two monies is that amount's. */
export function attachGrowthOfSecondMoney(rows: ObservationDraft[]): ObservationDraft[] {
  return giveFreeGrowths(rows, (g) => {
    const digits = amountRightBeforeChange(g.source_quote, g.yoy_pct!);
    if (digits === null) return null;
    const levels = rows.filter((l) => l.value !== null && l.measure === 'value' && l.quote_start === g.quote_start && seriesOf(l) === seriesOf(g));
    // One quantity in two monies or more; the amount the change follows is one of them, and not the first.
    if (new Set(levels.map((l) => l.unit)).size !== levels.length || levels.length < 2) return null;
    const own = levels.filter((l) => scaledFrom(l.value!, digits));
    return own.length === 1 && own[0] !== levels[0] ? own : null;
  });
}
