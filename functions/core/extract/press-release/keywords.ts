/**
 * Keyword gates. Many rules are tested on a window of a sentence for every figure or place named in
 * it, and most windows cannot match: a word every match of the rule contains is absent. Each such
 * rule declares those words (`keywords`), one pass over the sentence finds where every declared word
 * occurs (an Aho–Corasick automaton over all of them), and the rule's expression runs only on windows
 * that contain one of its words. In the pipeline each distinct expression costs about as much for
 * being run at all as for the text it scans, so one pass per sentence costs less than the runs it saves.
 *
 * Exactness: a gate only skips expressions that cannot match. Words are matched as substrings of the
 * text, anywhere (also inside longer words: a window may start mid-word, where `\b` still matches),
 * with ASCII letters folded to lower case and nothing else folded. That is how a case-insensitive
 * expression without the `u` flag compares ASCII letters, and a case-sensitive expression matches a
 * subset of that, so "every match contains one of the words" holds for both.
 */

/** Words at least one of which every match of the expressions they gate contains (lower case ASCII). */
export interface Keywords {
  readonly words: readonly string[];
  /** The expressions gated by these words (what the exactness test checks the words against). */
  readonly gated: readonly RegExp[];
  /** The words say all the expressions do: they match exactly when one of the words occurs. */
  readonly exact: boolean;
  /** Every match of the expressions starts with one of the words (not just contains one). */
  readonly starts: boolean;
  /** Index among all declared keyword sets. */
  readonly id: number;
}

const declared: Keywords[] = [];

/**
 * Declares the words the expressions `gated` need: every match of each of them contains at least one
 * of `words` (ASCII, compared case-insensitively). Declare at module load.
 */
export function keywords(words: readonly string[], ...gated: RegExp[]): Keywords {
  return declare(words, gated, false, false);
}

/**
 * Declares words every match of `gated` starts with: a scan for it need be tried only where one of them
 * starts (`nextMentionStart`).
 */
export function startKeywords(words: readonly string[], ...gated: RegExp[]): Keywords {
  return declare(words, gated, false, true);
}

/**
 * Declares words that say everything `gate` does: a case-insensitive alternation of literal words
 * (`/since|so far/i`), which matches exactly when one of `words` occurs. `mentions` then answers for it.
 */
export function exactKeywords(words: readonly string[], gate: RegExp): Keywords {
  return declare(words, [gate], true, false);
}

function declare(words: readonly string[], gated: RegExp[], exact: boolean, starts: boolean): Keywords {
  for (const w of words) if (!/^[\x20-\x7e]+$/.test(w) || w !== w.toLowerCase()) throw new Error(`keyword "${w}" must be lower-case printable ASCII`);
  const k: Keywords = { words: [...words], gated, exact, starts, id: declared.length };
  declared.push(k);
  // Scans made before know nothing of the new words.
  automaton = null;
  forgetKeywordScans();
  return k;
}

/** Every keyword set declared so far, with the expressions it gates (for the exactness test). */
export function declaredKeywords(): readonly Keywords[] {
  return declared;
}

interface Automaton {
  /** Character code (below 128) → alphabet index, -1 for characters no word has. */
  alphabet: Int16Array;
  width: number;
  /** Full transition table: state * width + letter → next state (16 bits: in the pipeline the table is
   * mostly out of cache when a sentence comes, and half the bytes are half the misses), with `ENDS_FLAG`
   * set when words end at that state (so the scan reads the end table only there). */
  next: Uint16Array;
  /** Words (by index) that end at each state: endWords[endFrom[state] .. endFrom[state + 1]). */
  endFrom: Int16Array;
  endWords: Int32Array;
  lengths: Int32Array;
  /** For each word w, the keyword sets that list it: setIds[setFrom[w] .. setFrom[w + 1]). */
  setFrom: Int32Array;
  setIds: Int32Array;
  words: string[];
}

let automaton: Automaton | null = null;

/** The automaton of every word declared so far: the words' trie with its failure links folded into a full transition table. */
function build(): Automaton {
  const words = declaredWords();
  const { alphabet, width } = alphabetOf(words);
  const trie = trieOf(words, alphabet);
  if (trie.children.length > 0x7fff) throw new Error('too many keyword states for a 16-bit table');
  const next = flagEnds(transitionTable(trie, width), trie.ends);
  const { endFrom, endWords } = endTable(trie.ends);
  const { setFrom, setIds } = setTable(words);
  return { alphabet, width, next, endFrom, endWords, lengths: Int32Array.from(words, (w) => w.length), setFrom, setIds, words };
}

/** Every declared word once, in the order first declared (a word's index in the automaton). */
function declaredWords(): string[] {
  const wordIndex = new Map<string, number>();
  for (const k of declared) for (const w of k.words) if (!wordIndex.has(w)) wordIndex.set(w, wordIndex.size);
  return [...wordIndex.keys()];
}

/** The characters the words use, numbered in order of first use; an upper-case ASCII letter shares its lower case's number. */
function alphabetOf(words: readonly string[]): { alphabet: Int16Array; width: number } {
  const alphabet = new Int16Array(128).fill(-1);
  let width = 0;
  for (const w of words) {
    for (const ch of w) {
      const c = ch.charCodeAt(0);
      if (alphabet[c] >= 0) continue;
      alphabet[c] = width;
      if (c >= 97 && c <= 122) alphabet[c - 32] = width;
      width++;
    }
  }
  return { alphabet, width };
}

/** A trie of words: each state's children by alphabet index, and the words (by index) that end at each state. */
interface Trie {
  children: Array<Map<number, number>>;
  ends: number[][];
}

/** The trie of `words`, over the alphabet's numbers. */
function trieOf(words: readonly string[], alphabet: Int16Array): Trie {
  const children: Array<Map<number, number>> = [new Map()];
  const ends: number[][] = [[]];
  words.forEach((w, i) => {
    let state = 0;
    for (const ch of w) {
      const a = alphabet[ch.charCodeAt(0)];
      let child = children[state].get(a);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        ends.push([]);
        children[state].set(a, child);
      }
      state = child;
    }
    ends[state].push(i);
  });
  return { children, ends };
}

/**
 * The trie's failure links, found breadth first, folded into a full transition table (state * width +
 * letter → next state). Each state's `ends` gain the words ending at its failure state.
 */
function transitionTable({ children, ends }: Trie, width: number): Int16Array {
  const next = new Int16Array(children.length * width);
  const fail = new Int32Array(children.length);
  const queue: number[] = [];
  for (let a = 0; a < width; a++) {
    const child = children[0].get(a);
    if (child !== undefined) {
      next[a] = child;
      queue.push(child);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    ends[state].push(...ends[fail[state]]);
    for (let a = 0; a < width; a++) {
      const child = children[state].get(a);
      if (child === undefined) next[state * width + a] = next[fail[state] * width + a];
      else {
        fail[child] = next[fail[state] * width + a];
        next[state * width + a] = child;
        queue.push(child);
      }
    }
  }
  return next;
}

// A transition's state number, and the flag on transitions into a state where words end.
const STATE_BITS = 0x7fff;
const ENDS_FLAG = 0x8000;

/** The transition table with `ENDS_FLAG` on every transition into a state where words end. */
function flagEnds(next: Int16Array, ends: number[][]): Uint16Array {
  return Uint16Array.from(next, (state) => (ends[state].length > 0 ? state | ENDS_FLAG : state));
}

/** The words ending at each state, flattened: endWords[endFrom[state] .. endFrom[state + 1]). */
function endTable(ends: number[][]): { endFrom: Int16Array; endWords: Int32Array } {
  if (ends.reduce((n, e) => n + e.length, 0) > 0x7fff) throw new Error('too many keyword endings for a 16-bit table');
  const endFrom = new Int16Array(ends.length + 1);
  for (let state = 0; state < ends.length; state++) endFrom[state + 1] = endFrom[state] + ends[state].length;
  return { endFrom, endWords: Int32Array.from(ends.flat()) };
}

/** For each word, the keyword sets that list it, flattened: setIds[setFrom[w] .. setFrom[w + 1]). */
function setTable(words: readonly string[]): { setFrom: Int32Array; setIds: Int32Array } {
  const setsOf = words.map((w) => declared.filter((k) => k.words.includes(w)).map((k) => k.id));
  const setFrom = new Int32Array(words.length + 1);
  setsOf.forEach((sets, w) => (setFrom[w + 1] = setFrom[w] + sets.length));
  return { setFrom, setIds: Int32Array.from(setsOf.flat()) };
}

/**
 * The occurrences of the declared words in one text, filed per keyword set. All of them are in one flat
 * list, in fours: start, end, word index, and the place of the next occurrence filed under the same set
 * (-1 after its last); `heads` holds, in pairs, each set that has one and the place of its first. One
 * list per text, not one array per set: a sentence files some twenty occurrences under a dozen sets.
 */
interface Scan {
  heads: number[];
  spans: number[];
}

// Scans of the sentences read lately: a release's sentences are read twice (whose release it is, then
// its figures), and each is asked about many times in a row. Bounded, and emptied for each release.
const SCANS = new Map<string, Scan>();
const SCANS_SIZE = 1024;
// The sentence asked about last and its scan (two variables, not an object made at every change of sentence).
let lastText: string | null = null;
let lastScan: Scan | null = null;
// The place of each set's first occurrence in the last scan (-1: none), so a question about a set needs no
// table of every set in every scan (one table, set from `heads` when the text asked about changes).
let head = new Int32Array(0);
// Where each set's list ends in the scan being made.
let tails = new Int32Array(0);
// The scan being made: its occurrences and its sets' first places, in lists kept from text to text and
// copied out at their final length (a scan grows no list of its own only to drop it).
const spansMade: number[] = [];
const headsMade: number[] = [];
let spanCount = 0;
let headCount = 0;

/** Empties the scans kept for the sentences read so far: call when a new release starts. */
export function forgetKeywordScans(): void {
  SCANS.clear();
  setHeads(lastScan, -1);
  lastText = null;
  lastScan = null;
}

/** Sets `head` for the sets of `scan` to their first places (`value` undefined) or to `value`. */
function setHeads(scan: Scan | null, value?: number): void {
  if (scan === null) return;
  const { heads } = scan;
  for (let i = 0; i < heads.length; i += 2) head[heads[i]] = value ?? heads[i + 1];
}

function scanOf(s: string): Scan {
  if (lastText === s && lastScan !== null) return lastScan;
  setHeads(lastScan, -1);
  lastScan = null;
  let found = SCANS.get(s);
  if (found === undefined) {
    if (SCANS.size >= SCANS_SIZE) SCANS.clear();
    SCANS.set(s, (found = scan(s)));
  } else setHeads(found);
  lastText = s;
  lastScan = found;
  return found;
}

/** The scan of `s`, its sets' first places left in `head` (every entry of `head` is -1 when it starts). */
function scan(s: string): Scan {
  const { alphabet, next, width, endFrom, endWords, lengths, setFrom, setIds } = (automaton ??= build());
  if (head.length < declared.length) {
    head = new Int32Array(declared.length).fill(-1);
    tails = new Int32Array(declared.length);
  }
  spanCount = 0;
  headCount = 0;
  let state = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = c < 128 ? alphabet[c] : -1;
    if (letter < 0) {
      state = 0;
      continue;
    }
    const to = next[state * width + letter];
    state = to & STATE_BITS;
    // Most states end no word: their flag is off, and the text goes on to the next character.
    if (to === state) continue;
    for (let e = endFrom[state]; e < endFrom[state + 1]; e++) {
      const w = endWords[e];
      // Filed once under every keyword set that lists the word, for all questions about the text.
      for (let x = setFrom[w]; x < setFrom[w + 1]; x++) file(setIds[x], i + 1 - lengths[w], i + 1, w);
    }
  }
  return { heads: headsMade.slice(0, headCount), spans: spansMade.slice(0, spanCount) };
}

/** Appends an occurrence of word `w` at [start, end) to set `k`'s list. */
function file(k: number, start: number, end: number, w: number): void {
  const at = spanCount;
  spansMade[at] = start;
  spansMade[at + 1] = end;
  spansMade[at + 2] = w;
  spansMade[at + 3] = -1;
  spanCount += 4;
  if (head[k] < 0) {
    head[k] = at;
    headsMade[headCount++] = k;
    headsMade[headCount++] = at;
  } else spansMade[tails[k] + 3] = at;
  tails[k] = at;
}

/**
 * True when one of the words of `k` occurs in `s` wholly inside [from, to) (the whole text by
 * default). False means no expression gated by `k` can match `s.slice(from, to)` or any part of it.
 */
export function mentions(s: string, k: Keywords, from = 0, to = s.length): boolean {
  const { spans } = lastText === s && lastScan !== null ? lastScan : scanOf(s);
  let at = head[k.id];
  if (at < 0) return false;
  if (from <= 0 && to >= s.length) return true;
  for (; at >= 0; at = spans[at + 3]) if (spans[at] >= from && spans[at + 1] <= to) return true;
  return false;
}

/**
 * The first start at or after `from` of a word of `k` in `s`, or -1: an expression whose every match starts with one
 * of the words (`startKeywords`) need only be tried (sticky) at these places, in order, not at every character.
 */
export function nextMentionStart(s: string, k: Keywords, from: number): number {
  const { spans } = lastText === s && lastScan !== null ? lastScan : scanOf(s);
  let next = -1;
  for (let at = head[k.id]; at >= 0; at = spans[at + 3]) if (spans[at] >= from && (next < 0 || spans[at] < next)) next = spans[at];
  return next;
}

/**
 * True when `test` holds for some occurrence of a word of `k` in `s` ([start, end) and the word, lower
 * case): a rule that needs one of the words in a particular setting checks only where they are.
 */
export function someMention(s: string, k: Keywords, test: (start: number, end: number, word: string) => boolean): boolean {
  if (!mentions(s, k)) return false;
  const { spans } = scanOf(s);
  const { words } = automaton!;
  for (let at = head[k.id]; at >= 0; at = spans[at + 3]) if (test(spans[at], spans[at + 1], words[spans[at + 2]])) return true;
  return false;
}
