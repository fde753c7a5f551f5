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
