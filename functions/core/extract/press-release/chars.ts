/**
 * Character tests for the readers' hot paths, where a one-character regular expression
 * (`/\d/.test(s[i])`) costs a call and a string per character. Each matches its expression exactly.
 */

/** True for the characters `\s` matches (the ASCII ones first: nearly every call). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when `s` has an ASCII digit (`\d`) at `at`; false outside the string. */
export function isDigitAt(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/** True when `s` has only `\s` characters from `from` up to `to` (none is fine). */
export function onlySpaces(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** `/^\s*\)/.test(s.slice(at, at + reach))` without the slice and the expression: a bracket closes past the spaces at `at`. */
export function closesBracketAt(s: string, at: number, reach: number): boolean {
  const next = firstNonSpace(s, at);
  return next < at + reach && s.charCodeAt(next) === 41;
}

/** `text.trim().split(/\s+/)`, read character by character (`[""]` for a text of spaces only). */
export function spaceWords(text: string): string[] {
  let from = 0;
  let to = text.length;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  const words: string[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    words.push(text.slice(start, i));
    while (isSpace(text.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  words.push(text.slice(start, to));
  return words;
}

/**
 * True when one of the `count` characters of `s` from `from` is one of `chars`: a first-character
 * test that proves an anchored expression cannot match before it is run (most windows fail it).
 */
export function anyCharOf(s: string, from: number, count: number, chars: string): boolean {
  const to = Math.min(s.length, from + count);
  for (let i = Math.max(0, from); i < to; i++) if (chars.includes(s[i])) return true;
  return false;
}

/** True when the character before `at` is one `\s` matches (false at the start). */
export function spaceBefore(s: string, at: number): boolean {
  return at > 0 && at <= s.length && isSpace(s.charCodeAt(at - 1));
}

/** `[A-Za-z]` on a character code. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `[a-z]` on a character code. */
export function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** `[A-Z]` on a character code. */
export function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** True when every character of `s` from `from` on is one `\w` matches (`[A-Za-z0-9_]`). */
export function isWordChars(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95)) return false;
  }
  return true;
}

/**
 * `w` in lower case when it is all ASCII, else null. A case-insensitive expression without the u
 * flag folds ASCII letters only, so a word list looked up with this key answers as `/^(?:...)$/i` would.
 */
export function asciiLowerCase(w: string): string | null {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return null;
  return w.toLowerCase();
}

/** Index of the first character at or after `from` that `\s` does not match (the length when none). */
export function firstNonSpace(s: string, from: number): number {
  let i = Math.max(0, from);
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/**
 * True when `text` ends in a full stop, "!" or "?" (`/[.!?]$/`, whose `$` is the end of the text only): a test of the last
 * character, where the expression tries every character of a line as its start (a table's line is read five times).
 */
export function endsWithStop(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 46 || c === 33 || c === 63;
}

/** `s.replace(/[^\n]/g, ' ')`: every character but the line ends a space (offsets stay valid), without a pattern run on each. */
export function blankKeepingLineEnds(s: string): string {
  return s.split('\n').map((line) => ' '.repeat(line.length)).join('\n');
}

/**
 * `anchored.test(text)` for a pattern `^...` with the `m` flag, tried (as `sticky`, the same pattern without its `^`
 * and with the `y` flag) only where a line starts: the `m` pattern is tried at every character. A text with line ends
 * other than "\n" is left to the pattern itself.
 */
export function testAtLineStarts(text: string, sticky: RegExp, anchored: RegExp): boolean {
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) return anchored.test(text);
  for (let at = 0; ; ) {
    sticky.lastIndex = at;
    if (sticky.test(text)) return true;
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) return false;
    at = lineEnd + 1;
  }
}
