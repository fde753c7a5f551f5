/**
 * Text copied out of a PDF keeps the typesetting: words hyphenated across line ends ("24.27 tril-\nlion yuan"),
 * footnote marks glued to the word they annotate ("41.65 trillion yuan1,"), and the running
 * head and foot of every page ("Jinan Customs · Press Release   Page 1 of 2", "— 2 —") standing between the two
 * halves of a sentence that runs on over the page break. Each repair writes over the text with the same length
 * (padding with spaces), so every offset into the text stays valid.
 */
import { isAsciiLetter } from './chars.js';

/** Everything a PDF copy needs undone, in order: page furniture first (it may hold hyphens and marks of its own). */
export function repairPdfCopy(text: string): string {
  return blankFootnoteMarks(joinHyphenatedWords(blankPageFurniture(text)));
}

// Words whose hyphen at a line end is their own ("cross-\nborder", "re-\nexports", "year-\non-year"): compounds keep it.
const COMPOUND_HEADS = new Set(['cross', 'year', 'month', 'quarter', 'non', 're', 'e', 'semi', 'high', 'low', 'two', 'one', 'three', 'labour', 'labor', 'sea', 'rail', 'self', 'well', 'long', 'short', 'first', 'second', 'third', 'half', 'full', 'mid', 'co', 'pre', 'post', 'multi', 'inter', 'intra', 'anti', 'over', 'under', 'record', 'market', 'export', 'import', 'trade', 'land', 'air', 'river', 'duty', 'zero', 'tax', 'state', 'foreign', 'private', 'small', 'medium', 'large', 'new', 'sino']);
// A word broken at a line end: lower-case letters, a hyphen, the line break (and the next line's indent), lower-case letters.
// A head opening with a capital ("Oc-\ntober", "Novem-\nber") is a word broken the same way.
const BROKEN_WORD = /(?<![A-Za-z-])([A-Za-z][a-z]*)-([ \t]*\r?\n[ \t]*)(?=[a-z]+(-?))/g;
// A span of months broken after its hyphen ("January-\nJune 2019", "Jan-\nSep"): the second month opens with a capital, so
// BROKEN_WORD leaves it; the span is one word, its hyphen kept.
const MONTH_WORD = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const BROKEN_MONTH_SPAN = new RegExp(String.raw`(?<![A-Za-z-])(${MONTH_WORD})[-–]([ \t]*\r?\n[ \t]*)(?=${MONTH_WORD}\b)`, 'g');
// Where the clause goes on to: a stop before a space, or the line's end (the padding goes there, so no sentence moves).
// The full stop of an initialism or a short abbreviation ("U.S. dollars", "Jan. 8", "No. 3") ends no clause: padding set
// before it would split the words it belongs to ("U.S  . dollars" is no currency).
const CLAUSE_STOP = /[,;:!?)](?=\s)|(?<!\b(?:[A-Za-z]\.)+[A-Za-z]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|Co|Mr|Ms|Dr|St|vs))\.(?=\s|$)|\r?\n|$/g;

/** A gap to close: the text from `resume` on is moved up to `from`, after `glue`. */
interface Gap {
  from: number;
  resume: number;
  glue: string;
}

/**
 * The gaps closed: each moves the rest of its clause up (to the clause's next stop), the freed characters standing as
 * spaces before that stop ("tril-\nlion yuan, up" → "trillion yuan␠␠, up"). Stops keep their offsets, so sentences keep theirs.
 */
function closeGaps(text: string, gaps: Gap[]): string {
  let out = '';
  let done = 0;
  for (const { from, resume, glue } of gaps) {
    if (from < done) continue;
    CLAUSE_STOP.lastIndex = resume;
    const stop = CLAUSE_STOP.exec(text)!.index;
    out += text.slice(done, from) + (glue + text.slice(resume, stop)).padEnd(stop - from, ' ');
    done = stop;
  }
  return out + text.slice(done);
}

// "ex-" is a word's own start far more often ("ex-\nported", "ex-\npanded") than a compound's; these tails make the compound.
const EX_COMPOUND_TAIL = /^(?:works|factory|warehouse|ship|quay|mine|post|ante|officio|dividend|president|minister|chairman|chief|head|director|member)\b/i;
const exCompound = (head: string, at: number, text: string): boolean => head.toLowerCase() === 'ex' && EX_COMPOUND_TAIL.test(text.slice(at, at + 12));

/**
 * Whether a letter and a hyphen (or an en dash) end a line (/[A-Za-z][-–][ \t]*\r?\n/.test(text)), looked for back from each "\n":
 * a scan of the whole text for the pattern costs some thirty times as much.
 */
export function hyphenBeforeLineEnd(text: string): boolean {
  for (let lineEnd = text.indexOf('\n'); lineEnd >= 0; lineEnd = text.indexOf('\n', lineEnd + 1)) {
    let at = lineEnd - 1;
    if (text.charCodeAt(at) === 13) at--;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at--;
    // (An en dash too: a span of months broken after it, "April–\nJune".)
    if (at > 0 && (text.charCodeAt(at) === 45 || text.charCodeAt(at) === 0x2013) && isAsciiLetter(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/**
 * "tril-\nlion" → "trillion"; a compound keeps its hyphen ("cross-\nborder" → "cross-border"), and so does one whose
 * second half goes on with a hyphen ("year-\non-year").
 */
export function joinHyphenatedWords(text: string): string {
  // Words broken at two line ends in a row ("the Re-\npublic ... and in-\ncreased by 3,1%"): closing the first moves the
  // second's head up to the line end its gap stops at, so the second is joined on another pass (each pass takes a line break).
  for (let joined = joinBrokenWordsOnce(text); ; text = joined, joined = joinBrokenWordsOnce(text)) if (joined === text) return text;
}

function joinBrokenWordsOnce(text: string): string {
  if (!hyphenBeforeLineEnd(text)) return text;
  const gaps: Gap[] = [];
  for (const m of text.matchAll(BROKEN_WORD)) {
    const [, head, lineBreak, more] = m;
    const hyphen = more !== '' || COMPOUND_HEADS.has(head.toLowerCase()) || exCompound(head, m.index + m[0].length, text) ? '-' : '';
    gaps.push({ from: m.index + head.length, resume: m.index + head.length + 1 + lineBreak.length, glue: hyphen });
  }
  for (const m of text.matchAll(BROKEN_MONTH_SPAN)) gaps.push({ from: m.index + m[1].length + 1, resume: m.index + m[0].length, glue: '' });
  return closeGaps(text, gaps.sort((a, b) => a.from - b.from));
}

// A footnote mark: one or two digits glued to a word of three or more lower-case letters, before punctuation or a space
// ("yuan1,", "tonnes3.", "goods1 in"). (Superscript marks, "data¹", are no word characters and need no blanking.)
const DIGIT_MARK = /(?<![A-Za-z])([a-z]{3,})(\d{1,2})([,.;:)]?)(?=\s|$)/g;

/** The footnote marks blanked in place: "yuan1," → "yuan␠,". */
export function blankFootnoteMarks(text: string): string {
  return /[a-z]{3}\d/.test(text) ? text.replace(DIGIT_MARK, (_m, word: string, mark: string, stop: string) => word + ' '.repeat(mark.length) + stop) : text;
}

// A page's number as typeset: "— 2 —", "- 1 -", "Page 1 of 2", or "1 of 2" after a gap at the end of a running line.
const PAGE_NUMBER_LINE = /^[ \t]*[-–—][ \t]*\d{1,3}[ \t]*[-–—][ \t]*$|(?:^|[ \t]{2,}|·[ \t]*)(?:Page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?|\d{1,3}[ \t]+of[ \t]+\d{1,3})[ \t]*$/i;
const PAGE_NUMBER = new RegExp(PAGE_NUMBER_LINE.source, 'im');
// The page number at the end of a running head or foot, left out when comparing the pages' heads and feet.
const TRAILING_PAGE_NUMBER = /(?:[ \t]{2,}|[ \t]*·[ \t]*)(?:Page[ \t]+)?\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?[ \t]*$/i;
// A page number set alone and centred: a line of one to three digits after a wide indent, with blank lines around it.
const BARE_PAGE_NUMBER_LINE = /^[ \t]{12,}(\d{1,3})[ \t]*$/;
const BARE_PAGE_NUMBER = /^[ \t]{12,}\d{1,3}[ \t]*$/m;
/** Shortest running head or foot taken for one (shorter repeated lines may be a table's labels). */
const MIN_RUNNING_LINE = 10;

interface Line {
  start: number;
  end: number;
  text: string;
}

/**
 * False only when no page number can stand in `text`: every match of PAGE_NUMBER and BARE_PAGE_NUMBER is a line whose
 * last character before spaces and tabs is a digit or a dash. Line ends are found with `indexOf` (a text that breaks
 * lines with anything but "\n" is scanned as before), so most releases, whose lines end in words and stops, are not
 * scanned by the two expressions at all (each tries every character of the text).
 */
export function mayHavePageNumbers(text: string): boolean {
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) return true;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', end + 1)) {
    const lineEnd = end < 0 ? text.length : end;
    let i = lineEnd - 1;
    while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
    const c = i >= 0 ? text.charCodeAt(i) : -1;
    if ((c >= 48 && c <= 57) || c === 45 || c === 0x2013 || c === 0x2014) return true;
    if (end < 0) return false;
  }
}

/** A page number stands in `text` (the cheap line-end look first, the two expressions only where it lets one through). */
function hasPageNumbers(text: string): boolean {
  return mayHavePageNumbers(text) && (PAGE_NUMBER.test(text) || BARE_PAGE_NUMBER.test(text));
}

/** The expressions `mayHavePageNumbers` answers for (for its test). */
export function pageNumberPatterns(): RegExp[] {
  return [PAGE_NUMBER, BARE_PAGE_NUMBER];
}

/**
 * In a text with page numbers, the page-number lines and the lines every page repeats (running heads and feet) are
 * blanked; where they stand inside a sentence (the line before does not end one, the line after runs on in lower case
 * or a number), the page break is joined with spaces, so the sentence reads as one.
 */
export function blankPageFurniture(text: string): string {
  if (!hasPageNumbers(text)) return text;
  const lines = linesOf(text);
  const furniture = furnitureLines(lines);
  const chars = text.split('');
  for (const i of furniture) chars.fill(' ', lines[i].start, lines[i].end);
  return closeGaps(chars.join(''), pageBreaksInSentences(lines, furniture));
}

/** The running heads and feet of a PDF copy (the lines every page repeats, less their page numbers), before they are blanked. */
export function runningLines(text: string): string[] {
  if (!hasPageNumbers(text)) return [];
  const lines = linesOf(text);
  const running = [...furnitureLines(lines)].map((i) => lines[i].text.replace(TRAILING_PAGE_NUMBER, '').trim()).filter((l) => l.length >= MIN_RUNNING_LINE && !PAGE_NUMBER_LINE.test(l));
  return [...new Set(running)];
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** Page-number lines, and lines (less their page numbers) that stand twice or more. */
function furnitureLines(lines: Line[]): Set<number> {
  const key = (l: Line) => l.text.replace(TRAILING_PAGE_NUMBER, '').replace(/\s+/g, ' ').trim();
  const seen = new Map<string, number>();
  // A line standing again right under itself (blank lines between at most) is one line written twice, as a scraped page
  // repeats its headline as the body's first line; a running line stands again only after a page of other lines.
  let previous = '';
  for (const l of lines) {
    const k = key(l);
    if (k === '') continue;
    if (k.length >= MIN_RUNNING_LINE && k !== previous) seen.set(k, (seen.get(k) ?? 0) + 1);
    previous = k;
  }
  const repeated = (i: number) => (seen.get(key(lines[i])) ?? 0) >= 2;
  const out = new Set<number>(barePageNumbers(lines, repeated));
  lines.forEach((l, i) => {
    if (PAGE_NUMBER_LINE.test(l.text) || repeated(i)) out.add(i);
  });
  return out;
}

/**
 * Centred bare numbers standing between blank lines or running lines ("                1" at the foot of each page, or
 * under a running head): page numbers when there are two or more and they count the pages on (1, 2, 3 ...); a lone one
 * or any other run may be a table's cell.
 */
function barePageNumbers(lines: Line[], running: (i: number) => boolean): number[] {
  const blankAt = (i: number) => i < 0 || i >= lines.length || lines[i].text.trim() === '' || running(i);
  const found = lines.flatMap((l, i) => (BARE_PAGE_NUMBER_LINE.test(l.text) && blankAt(i - 1) && blankAt(i + 1) ? [i] : []));
  const numbers = found.map((i) => Number(lines[i].text.trim()));
  return found.length >= 2 && numbers.every((n, k) => k === 0 || n === numbers[k - 1] + 1) ? found : [];
}

// A line that runs on from the page before: lower case, a number, a bracket, or an amount ("US$ 20,318 million, down ...").
const RUNS_ON = /^\s*(?:[a-z0-9(]|(?:[A-Z]{1,3}\$|[$€£¥]|(?:USD|EUR|CNY|RMB)\b)\s?\d)/;

/** Sentences cut by a page break: the line before does not end one, the line after runs on (lower case, a number, a bracket, an amount). */
function pageBreaksInSentences(lines: Line[], furniture: Set<number>): Gap[] {
  const blank = (i: number) => furniture.has(i) || lines[i].text.trim() === '';
  const gaps: Gap[] = [];
  for (let a = 0; a < lines.length; a++) {
    if (blank(a)) continue;
    let b = a + 1;
    while (b < lines.length && blank(b)) b++;
    const cut = b < lines.length && b > a + 1 && lines.slice(a + 1, b).some((_, k) => furniture.has(a + 1 + k));
    if (cut && !/[.!?:;]["')\]]?\s*$/.test(lines[a].text) && RUNS_ON.test(lines[b].text)) {
      const resume = lines[b].start + (lines[b].text.length - lines[b].text.trimStart().length);
      gaps.push({ from: lines[a].start + lines[a].text.trimEnd().length, resume, glue: ' ' });
    }
    a = b - 1;
  }
  return gaps;
}

// ---------------------------------------------------------------------------------------------
// Two columns side by side
// ---------------------------------------------------------------------------------------------

/** Where a right column may start at the earliest, and the least gap (spaces) between the columns. */
const MIN_LEFT_WIDTH = 20;
const COLUMN_GAP = 3;
/** Lines with words on both sides a run needs to be taken for two columns. */
const MIN_TWO_SIDED = 3;

/**
 * A page of two columns copied with its layout ("... reached 262.4          billion yuan, up 4.9%, accounting for"): each
 * line holds a line of the left column, a gap, and a line of the right one. Where a run of lines keeps a gap at one
 * column and has words on both sides of it, the run is written as the left column, then the right one, as a reader
 * reads the page (the text gets shorter; it is the article from then on). Tables, whose right side is numbers, stay.
 */
export function unfoldPdfColumns(text: string): string {
  if (!/\S {3,}[A-Za-z]/.test(text) || !text.includes('\n')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let k = 0; k < lines.length; ) {
    const run = columnRun(lines, k);
    if (!run) {
      out.push(lines[k++]);
      continue;
    }
    const left = lines.slice(k, run.end).map((l) => l.slice(0, run.at).trimEnd());
    const right = lines.slice(k, run.end).map((l) => l.slice(run.at).trimEnd());
    out.push(...trimEmptyEnd(left), ...trimEmptyEnd(right));
    k = run.end;
  }
  return out.join('\n');
}

/** The column the right column starts at in lines from `k` on, and where its run ends; null when line `k` opens none. */
function columnRun(lines: string[], k: number): { at: number; end: number } | null {
  if (gapEnd(lines[k]) < 0) return null;
  const at = commonGapEnd(lines.slice(k, k + 12));
  let end = k;
  let twoSided = 0;
  while (end < lines.length && fitsColumns(lines[end], at) && !PAGE_NUMBER_LINE.test(lines[end])) {
    if (proseSide(lines[end].slice(0, at)) && proseSide(lines[end].slice(at))) twoSided++;
    end++;
  }
  return twoSided >= MIN_TWO_SIDED ? { at, end } : null;
}

/** The right column's start: the gap end most lines share (a line opening an indented paragraph has its gap end later). */
function commonGapEnd(lines: string[]): number {
  const count = new Map<number, number>();
  for (const l of lines) {
    const at = gapEnd(l);
    if (at >= 0) count.set(at, (count.get(at) ?? 0) + 1);
  }
  return [...count].reduce((best, c) => (c[1] > best[1] || (c[1] === best[1] && c[0] < best[0]) ? c : best))[0];
}

/** A line's left column (at least its least width), then a gap of spaces, up to the right column's first character. */
const LEFT_COLUMN_AND_GAP = new RegExp(`^(.{${MIN_LEFT_WIDTH - COLUMN_GAP},}?\\S) {${COLUMN_GAP},}(?=\\S)`);

/** Where a line's first wide gap after the left column's width ends (the right column's first letter); -1 when none. */
function gapEnd(line: string): number {
  const m = LEFT_COLUMN_AND_GAP.exec(line);
  return m && /[A-Za-z]/.test(m[1]) ? m[0].length : -1;
}

/** A line of the two columns: blank at the gap before `at` (or ending before it). */
function fitsColumns(line: string, at: number): boolean {
  return line.length < at - COLUMN_GAP || /^ +$/.test(line.slice(at - COLUMN_GAP + 1, at));
}

/** A column's line of words: two words of letters, and more letters than digits. */
function proseSide(side: string): boolean {
  const letters = (side.match(/[A-Za-z]/g) ?? []).length;
  return (side.match(/[A-Za-z]{2,}/g) ?? []).length >= 2 && letters > (side.match(/\d/g) ?? []).length;
}

function trimEmptyEnd(lines: string[]): string[] {
  let n = lines.length;
  while (n > 0 && lines[n - 1].trim() === '') n--;
  return lines.slice(0, n);
}
