/**
 * What extraction accepts before any parser or pattern sees the text. Extraction runs inside
 * normalize's two-minute budget on text nobody here wrote; these checks are linear scans, so a
 * hostile or broken body is rejected with a reason in milliseconds instead of stalling the stage:
 *  - size: releases are pages and tables of tens to hundreds of kilobytes; a body many times that
 *    is not a release, and the extractors' cost grows with it;
 *  - HTML nesting: real pages nest a few dozen elements; 200,000 nested <div>s took over 30 s to
 *    walk, so a depth far beyond any page is refused before parsing;
 *  - text: random bytes decoded as UTF-8 yielded figures; a body with NUL bytes, or where more
 *    than 1% of the characters are control characters or undecodable bytes, is not a text.
 */

/** Longest body extraction reads, in characters (the default fetch limit is 5 MB of bytes). */
export const MAX_EXTRACT_CHARS = 2_000_000;
/** Deepest element nesting accepted in HTML. */
export const MAX_HTML_DEPTH = 256;
/** Largest share of control or replacement characters in a text. */
export const MAX_NON_TEXT_SHARE = 0.01;

/**
 * Longest one release's extraction may run before it is stopped (where extraction runs in a worker
 * thread: the normalize Lambda). Extraction takes milliseconds for real releases and about two
 * seconds for the largest body accepted; the deadline only has to end what the caps above miss,
 * and with normalize's reserve (NORMALIZE_RESERVE_MS) stay well under its two-minute timeout.
 */
export const EXTRACT_DEADLINE_MS = 30_000;

/** Elements that never hold children, so they open no level. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Deepest element nesting of an HTML text, by a linear scan of its tags (comments and scripts included as text: an upper bound is enough). */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})[^<>]{0,2000}?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (VOID_ELEMENTS.has(name.toLowerCase()) || selfClosing) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

/** Share of characters that are C0/C1 controls (tab, newlines and form feed aside) or U+FFFD. */
export function nonTextShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

/** Why a body cannot be extracted safely, or null when it can. */
export function extractionLimitBreached(body: string, isHtml: boolean): string | null {
  if (body.length > MAX_EXTRACT_CHARS) return `the body is ${body.length} characters; extraction reads at most ${MAX_EXTRACT_CHARS}`;
  if (body.includes('\u0000')) return 'the body is not text (it contains NUL bytes)';
  const share = nonTextShare(body);
  if (share > MAX_NON_TEXT_SHARE) return `the body is not text: ${(share * 100).toFixed(1)}% of its characters are control characters or bytes that are not valid in its encoding`;
  if (isHtml) {
    const depth = htmlDepth(body);
    if (depth > MAX_HTML_DEPTH) return `the HTML nests elements ${depth} deep; extraction accepts at most ${MAX_HTML_DEPTH}`;
  }
  return null;
}
