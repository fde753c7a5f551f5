/**
 * The small engine behind every code list: entries are data (a code, one label, the spellings
 * publishers use), and lookups compare spellings by their letters and digits only, so spacing,
 * case and punctuation slips ("Hong Kong,China", "Logistics Goods by C ustoms…") find their entry
 * without a rule per slip. A spelling no entry lists is never guessed at.
 */

/** One entry of a code list: its code, the one label we publish, and the other spellings we accept. */
export interface CodeEntry {
  code: string;
  label: string;
  /** Other spellings publishers use, typos included; the label and the code always match too. */
  names: readonly string[];
}

/** A code list with its lookup index. */
export interface CodeList<T extends CodeEntry> {
  /** Name of the list (the Data Package resource and CSV file name). */
  name: string;
  entries: readonly T[];
  /** The entry a spelling names, or undefined when no entry lists it. */
  find(text: string): T | undefined;
}

/** The comparison key of a spelling: lower-case letters and digits only, a leading "the" dropped. */
export function spellingKey(text: string): string {
  return text.toLowerCase().replace(/^\s*the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Builds a code list. Two entries claiming one spelling is a mistake in the data, not something to
 * resolve at run time, so it throws (a unit test builds every list).
 */
export function codeList<T extends CodeEntry>(name: string, entries: readonly T[]): CodeList<T> {
  const index = new Map<string, T>();
  const codes = new Set<string>();
  for (const entry of entries) {
    if (codes.has(entry.code)) throw new Error(`code list ${name}: code ${entry.code} is listed twice`);
    codes.add(entry.code);
    for (const spelling of [entry.label, entry.code, ...entry.names]) {
      const key = spellingKey(spelling);
      const other = index.get(key);
      if (other && other !== entry) throw new Error(`code list ${name}: "${spelling}" names both ${other.code} and ${entry.code}`);
      index.set(key, entry);
    }
  }
  return { name, entries, find: memoized((text) => (text.trim() === '' ? undefined : index.get(spellingKey(text)))) };
}

/** Distinct labels a memo keeps before it starts over (labels repeat on every row; their variety is small). */
const MEMO_LIMIT = 10_000;

/** A one-argument function whose answers are remembered: every row of a table asks about the same few labels. */
export function memoized<R>(fn: (text: string) => R): (text: string) => R {
  const memo = new Map<string, R>();
  return (text) => {
    if (memo.has(text)) return memo.get(text)!;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const answer = fn(text);
    memo.set(text, answer);
    return answer;
  };
}

/** Entries written compactly as `CODE|Label|other spelling;other spelling` lines (one per entry). */
export function parseEntries(lines: string): CodeEntry[] {
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [code, label, names = ''] = line.split('|');
      return { code: code.trim(), label: label.trim(), names: names.split(';').map((n) => n.trim()).filter((n) => n !== '') };
    });
}
