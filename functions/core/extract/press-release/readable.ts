/**
 * Is the body text at all? A PDF, an image or an archive served as a web page decodes into a
 * string of noise in which digits would read as figures; such a body is rejected whole, with the
 * reason, before any sentence is read.
 */

interface NotTextRule {
  /** What the body is, for the rejection reason. */
  what: string;
  /** The file signature at the very start of the body, as the decoder leaves it. */
  signature: RegExp;
}

/** File signatures of formats that are not text (after a UTF-8 or Latin-1 decode). */
const NOT_TEXT_SIGNATURES: NotTextRule[] = [
  { what: 'a PDF document', signature: /^\s*%PDF-\d/ },
  { what: 'a PNG image', signature: /^(?:\uFFFD|\u0089)PNG\r?\n/ },
  { what: 'a JPEG image', signature: /^(?:\uFFFD|\u00FF){2,3}(?:[\s\S]{0,12})(?:JFIF|Exif)/ },
  { what: 'a GIF image', signature: /^GIF8[79]a/ },
  { what: 'a WebP image', signature: /^RIFF[\s\S]{4}WEBP/ },
  { what: 'a ZIP archive (or an Office document)', signature: /^PK\u0003\u0004/ },
  { what: 'gzip-compressed data', signature: /^(?:\u001F(?:\uFFFD|\u008B))/ },
];

/** How much of the body the noise test samples (a release's head tells what it is). */
const SAMPLE_CHARS = 65_536;
/** Share of undecodable or control characters above which a body is binary, not text. */
const MAX_NOISE_SHARE = 0.05;

// Characters no written text has: the decoder's replacement character and C0 controls other than
// tab, newline, carriage return and form feed.
const NOISE = /[\uFFFD\u0000-\u0008\u000B\u000E-\u001F]/g;

/**
 * Why the body is not a readable release (a file format's signature, or a share of binary
 * noise), or null when it is text.
 */
export function notTextReason(body: string): string | null {
  const head = body.slice(0, 64);
  for (const rule of NOT_TEXT_SIGNATURES) if (rule.signature.test(head)) return `the body is ${rule.what}, not release text`;
  const sample = body.slice(0, SAMPLE_CHARS);
  const noise = sample.match(NOISE)?.length ?? 0;
  if (sample.length && noise / sample.length > MAX_NOISE_SHARE) {
    return `the body is binary data, not release text (${Math.round((100 * noise) / sample.length)}% of its first ${sample.length} characters are undecodable or control characters)`;
  }
  return null;
}
