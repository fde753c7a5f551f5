/**
 * Header vocabulary: the phrases GACC tables use in their column headings, and a lexer that
 * splits a text-rendered heading line into them ("9 1 to 9 9 1 to 9" → 9 | 1 to 9 | 9 | 1 to 9).
 * A line that is not made entirely of known phrases is not a heading.
 */
import type { Flow } from '../../contract.js';
import { monthNumber } from './caption.js';

export type Phrase =
  /** The row heading in the top-left corner ("Customs Regime", "Commodities/Customs Regimes"). */
  | { cls: 'corner'; text: string }
  | { cls: 'flow'; text: string; flow: Flow }
  /**
   * A month ("9", "August") or a January-to-month range ("1 to 9", "Jan-August"). `relative` when
   * the heading names no month ("Current Month", "January to Month"): each row says which (series tables).
   */
  | { cls: 'period'; text: string; kind: 'month' | 'cumulative'; from: number; month: number; relative?: boolean }
  | { cls: 'yoy'; text: string }
  /** "Value/±%": a value column whose year-on-year change is printed on the line below. */
  | { cls: 'value-yoy'; text: string }
  | { cls: 'measure'; text: string; measure: 'value' | 'quantity' }
  /** The per-row quantity unit column of commodity tables. */
  | { cls: 'rowunit'; text: string }
  /** An enterprise type; `subtotal` for "Sub.Tot" under a group, `member` for types inside the FIE group. */
  | { cls: 'enterprise'; text: string; label: string; code: string }
  | { cls: 'regime'; text: string; label: string }
  | { cls: 'total'; text: string }
  | { cls: 'other'; text: string };

type Builder = (match: RegExpExecArray) => Phrase | null;

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** Canonical enterprise types, keyed by the GACC abbreviation. */
export const ENTERPRISE_TYPES: Record<string, string> = {
  SOE: 'State-owned',
  FIE: 'Foreign-invested',
  SUB: 'Foreign-invested',
  CJV: 'Chinese-foreign contractual joint venture',
  EJV: 'Chinese-foreign equity joint venture',
  FOE: 'Wholly foreign-owned',
  POE: 'Private',
};
/** The enterprise types that are parts of the foreign-invested group (FIE = CJV + EJV + FOE). */
export const FIE_MEMBERS = ['SUB', 'CJV', 'EJV', 'FOE'];

const enterprise = (code: string): Builder => (m) => ({ cls: 'enterprise', text: m[0], label: ENTERPRISE_TYPES[code], code });

const RULES: Array<[string, Builder]> = [
  ['commodit(?:y|ies)\\s*/\\s*customs\\s+regimes?', (m) => ({ cls: 'corner', text: m[0] })],
  ['type\\s+of\\s+enterprises?(?:\\s*/?\\s*customs\\s+regimes?)?', (m) => ({ cls: 'corner', text: m[0] })],
  ['customs\\s+regimes?(?:\\s*/?\\s*type\\s+of\\s+enterprises?)?', (m) => ({ cls: 'corner', text: m[0] })],
  ['trade\\s+modes?', (m) => ({ cls: 'corner', text: m[0] })],
  ['(?:major\\s+|selected\\s+|main\\s+)?commodit(?:y|ies)(?:\\s+description)?', (m) => ({ cls: 'corner', text: m[0] })],
  ['descriptions?(?:\\s+of\\s+goods)?|items?', (m) => ({ cls: 'corner', text: m[0] })],
  // Series tables: the rows are the months of the year.
  ['(?:year\\s*/\\s*)?months?(?:\\s*/\\s*year)?|periods?|date', (m) => ({ cls: 'corner', text: m[0] })],
  [`(?:current|this|the)\\s+month|monthly|(?:for\\s+the\\s+)?month\\s+only`, (m) => relative(m[0], 'month')],
  [
    `(?:(?:${MONTH}|1)\\s*-?\\s*(?:to|-|~)\\s*-?\\s*(?:the\\s+|current\\s+|this\\s+)?(?:month|date)|cumulative(?:\\s+(?:total|value))?|accumulated|year[\\s-]+to[\\s-]+date|ytd)`,
    (m) => relative(m[0], 'cumulative'),
  ],
  ['countr(?:y|ies)\\s*(?:\\(\\s*regions?\\s*\\)|/\\s*regions?)?(?:\\s+of\\s+(?:origin|destination)(?:\\s*/\\s*(?:origin|destination))?)?', (m) => ({ cls: 'corner', text: m[0] })],
  ['continents?', (m) => ({ cls: 'corner', text: m[0] })],
  ['(?:regions?|provinces?|locations?)(?:\\s+of\\s+(?:importers?|exporters?)(?:\\s*/\\s*(?:importers?|exporters?))?)?', (m) => ({ cls: 'corner', text: m[0] })],
  ['(?:total\\s+)?exports?\\s*(?:&|and|\\+)\\s*imports?(?:\\s+values?)?', (m) => ({ cls: 'flow', text: m[0], flow: 'total' })],
  ['(?:total\\s+)?imports?\\s*(?:&|and|\\+)\\s*exports?(?:\\s+values?)?', (m) => ({ cls: 'flow', text: m[0], flow: 'total' })],
  ['exports?', (m) => ({ cls: 'flow', text: m[0], flow: 'export' })],
  ['imports?', (m) => ({ cls: 'flow', text: m[0], flow: 'import' })],
  ['(?:trade\\s+)?balance', (m) => ({ cls: 'flow', text: m[0], flow: 'balance' })],
  ['(\\d{1,2})\\s*-?\\s*to\\s*-?\\s*(\\d{1,2})', (m) => period(m[0], 'cumulative', Number(m[1]), Number(m[2]))],
  ['(\\d{1,2})\\s*-\\s*(\\d{1,2})', (m) => period(m[0], 'cumulative', Number(m[1]), Number(m[2]))],
  [`${MONTH}\\s*(?:-|to|~)\\s*${MONTH}`, (m) => period(m[0], 'cumulative', monthNumber(m[1]) ?? 0, monthNumber(m[2]) ?? 0)],
  [MONTH, (m) => period(m[0], 'month', monthNumber(m[1]) ?? 0, monthNumber(m[1]) ?? 0)],
  ['\\d{1,2}', (m) => period(m[0], 'month', Number(m[0]), Number(m[0]))],
  ['year[\\s-]*on[\\s-]*year(?:\\s*\\(\\s*(?:±|\\+/-|\\+-)?\\s*%\\s*\\))?', (m) => ({ cls: 'yoy', text: m[0] })],
  ['y[\\s-]*o[\\s-]*y(?:\\s*\\(\\s*±?\\s*%\\s*\\))?', (m) => ({ cls: 'yoy', text: m[0] })],
  ['(?:±|\\+/-)\\s*%|%\\s*change|\\(\\s*%\\s*\\)', (m) => ({ cls: 'yoy', text: m[0] })],
  ['(?:percentage\\s+)?(?:change|growth)(?:\\s+rate)?(?:\\s*\\(\\s*±?\\s*%\\s*\\))?', (m) => ({ cls: 'yoy', text: m[0] })],
  ['value\\s*/\\s*(?:±|\\+/-)\\s*%', (m) => ({ cls: 'value-yoy', text: m[0] })],
  ['quantity', (m) => ({ cls: 'measure', text: m[0], measure: 'quantity' })],
  ['values?|amount', (m) => ({ cls: 'measure', text: m[0], measure: 'value' })],
  ['(?:quantity\\s+)?units?(?:\\s+of\\s+(?:quantity|measurement))?', (m) => ({ cls: 'rowunit', text: m[0] })],
  ['soes?|state[\\s-]*owned(?:\\s+enterprises?)?', enterprise('SOE')],
  ['fies?|foreign[\\s-]*invested(?:\\s+enterprises?)?', enterprise('FIE')],
  ['poes?|private(?:\\s+enterprises?)?', enterprise('POE')],
  // "Cooperative" is the other English name of the contractual joint venture; a "joint venture" with
  // neither word is the equity one, as GACC's English tables name them.
  ['cjvs?|(?:chinese[\\s-]*foreign\\s+)?(?:contractual|co-?operative)(?:\\s+joint[\\s-]*ventures?|\\s+enterprises?)', enterprise('CJV')],
  ['ejvs?|(?:chinese[\\s-]*foreign\\s+)?(?:equity\\s+)?joint[\\s-]*ventures?', enterprise('EJV')],
  ['foes?|(?:wholly\\s+)?foreign[\\s-]*owned(?:\\s+enterprises?)?', enterprise('FOE')],
  ['sub\\.?\\s*-?\\s*tot(?:al)?\\.?', enterprise('SUB')],
  ['total(?:\\s+values?)?', (m) => ({ cls: 'total', text: m[0] })],
  ['others?', (m) => ({ cls: 'other', text: m[0] })],
  [
    'ordinary\\s+trade|processing\\s+trade|bonded\\s+logistics|processing\\s+and\\s+assembling(?:\\s+trade)?|processing\\s+(?:trade\\s+)?with\\s+imported\\s+materials|border\\s+trade|bonded\\s+warehousing(?:\\s+trade)?|customs\\s+warehousing\\s+trade',
    (m) => ({ cls: 'regime', text: m[0], label: m[0].replace(/\s+/g, ' ') }),
  ],
];

function period(text: string, kind: 'month' | 'cumulative', from: number, month: number): Phrase | null {
  if (month < 1 || month > 12 || from < 1 || from > month) return null;
  return { cls: 'period', text, kind, from, month };
}

function relative(text: string, kind: 'month' | 'cumulative'): Phrase {
  return { cls: 'period', text, kind, from: 1, month: 0, relative: true };
}

const COMPILED = RULES.map(([source, build]) => [new RegExp(source, 'iy'), build] as const);

/** Characters that may follow a phrase: a phrase never ends inside a word or a number. */
const BOUNDARY = /[^A-Za-z0-9.,]/;

/** The longest known phrase at `position` in `line`, or null. */
function phraseAt(line: string, position: number): { phrase: Phrase; end: number } | null {
  let best: { phrase: Phrase; end: number } | null = null;
  for (const [regex, build] of COMPILED) {
    regex.lastIndex = position;
    const match = regex.exec(line);
    if (!match) continue;
    const end = position + match[0].length;
    if (end < line.length && !BOUNDARY.test(line[end]) && !/[/.]$/.test(match[0])) continue;
    if (best && best.end >= end) continue;
    const phrase = build(match);
    if (phrase) best = { phrase: { ...phrase, text: phrase.text.replace(/\s+/g, ' ').trim() } as Phrase, end };
  }
  return best;
}

/** Headings repeat across cells and tables; lexing is the costly part of reading an HTML grid. */
const cache = new Map<string, Phrase[] | null>();

/** Splits a heading line into known phrases, or null when any part of it is not a known phrase. */
export function lexHeading(line: string): Phrase[] | null {
  const known = cache.get(line);
  if (known !== undefined) return known;
  const phrases = lex(line);
  if (cache.size > 5000) cache.clear();
  cache.set(line, phrases);
  return phrases;
}

function lex(line: string): Phrase[] | null {
  const phrases: Phrase[] = [];
  let position = 0;
  const length = line.length;
  if (length > 400) return null;
  while (position < length) {
    const char = line[position];
    if (char === ' ' || char === '|' || char === '\u00a0') {
      position++;
      continue;
    }
    const found = phraseAt(line, position);
    if (!found) return null;
    phrases.push(found.phrase);
    position = found.end;
  }
  return phrases.length > 0 ? phrases : null;
}

/** Classifies one whole heading cell (HTML), or null when it is not one known phrase. */
export function classifyHeading(text: string): Phrase[] | null {
  return lexHeading(text.replace(/\s+/g, ' ').trim());
}
