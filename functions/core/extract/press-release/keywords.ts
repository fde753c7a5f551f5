/**
 * Keyword gates. Many rules are tested on a window of a sentence for every figure or place named in
 * it, and most windows cannot match: a word every match of the rule contains is absent. Each such
 * rule declares those words (`keywords`), one pass over the sentence finds where every declared word
 * occurs (an Aho–Corasick automaton over all of them), and the rule's expression runs only on windows
 * that contain one of its words. In the pipeline each distinct expression costs about as much for
 * being run at all as for the text it scans, so the pass pays for itself many times over.
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
  /** Index among all declared keyword sets. */
  readonly id: number;
}

const declared: Keywords[] = [];

/**
 * Declares the words the expressions `gated` need: every match of each of them contains at least one
 * of `words` (ASCII, compared case-insensitively). Declare at module load.
 */
export function keywords(words: readonly string[], ...gated: RegExp[]): Keywords {
  for (const w of words) if (!/^[\x20-\x7e]+$/.test(w) || w !== w.toLowerCase()) throw new Error(`keyword "${w}" must be lower-case printable ASCII`);
  const k: Keywords = { words: [...words], gated, id: declared.length };
  declared.push(k);
  automaton = null;
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
  /** Full transition table: state * width + letter → next state. */
  next: Int32Array;
  /** Words (by index) that end at each state: endWords[endFrom[state] .. endFrom[state + 1]). */
  endFrom: Int32Array;
  endWords: Int32Array;
  lengths: Int32Array;
  /** For each keyword set, membership of each word. */
  member: Uint8Array[];
}

let automaton: Automaton | null = null;

function build(): Automaton {
  const wordIndex = new Map<string, number>();
  for (const k of declared) for (const w of k.words) if (!wordIndex.has(w)) wordIndex.set(w, wordIndex.size);
  const words = [...wordIndex.keys()];
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
  // The trie of all words, then the failure links breadth first, folded into a full transition table.
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
  const next = new Int32Array(children.length * width);
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
  const endFrom = new Int32Array(children.length + 1);
  for (let state = 0; state < children.length; state++) endFrom[state + 1] = endFrom[state] + ends[state].length;
  const member = declared.map((k) => {
    const m = new Uint8Array(words.length);
    for (const w of k.words) m[wordIndex.get(w)!] = 1;
    return m;
  });
  return { alphabet, width, next, endFrom, endWords: Int32Array.from(ends.flat()), lengths: Int32Array.from(words, (w) => w.length), member };
}

// The occurrences found in the text scanned last (a sentence is asked about many times in a row), and
// the answers for the whole text per keyword set (0 unknown, 1 absent, 2 present).
let scanned: string | null = null;
let count = 0;
let occWord = new Int32Array(64);
let occStart = new Int32Array(64);
let whole = new Uint8Array(0);

function scan(s: string): void {
  const a = (automaton ??= build());
  scanned = s;
  count = 0;
  if (whole.length !== declared.length) whole = new Uint8Array(declared.length);
  else whole.fill(0);
  const { alphabet, next, width, endFrom, endWords, lengths } = a;
  let state = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = c < 128 ? alphabet[c] : -1;
    state = letter < 0 ? 0 : next[state * width + letter];
    for (let e = endFrom[state]; e < endFrom[state + 1]; e++) {
      if (count === occWord.length) {
        occWord = grow(occWord);
        occStart = grow(occStart);
      }
      occWord[count] = endWords[e];
      occStart[count] = i + 1 - lengths[endWords[e]];
      count++;
    }
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * True when one of the words of `k` occurs in `s` wholly inside [from, to) (the whole text by
 * default). False means no expression gated by `k` can match `s.slice(from, to)` or any part of it.
 */
export function mentions(s: string, k: Keywords, from = 0, to = s.length): boolean {
  if (s !== scanned || automaton === null) scan(s);
  if (whole[k.id] === 1) return false;
  const a = automaton!;
  const member = a.member[k.id];
  const everywhere = from <= 0 && to >= s.length;
  let any = false;
  for (let i = 0; i < count; i++) {
    const w = occWord[i];
    if (!member[w]) continue;
    any = true;
    if (everywhere || (occStart[i] >= from && occStart[i] + a.lengths[w] <= to)) return (whole[k.id] = 2) === 2;
  }
  whole[k.id] = any ? 2 : 1;
  return false;
}
