/**
 * Bytes to text for every document we read (feeds, listings, releases). The archive keeps the
 * bytes exactly as the server sent them; the encoding is decided here, each time they are read.
 *
 * The order is the one browsers follow (WHATWG Encoding and HTML), because publishers test their
 * pages in browsers: a byte order mark, then the charset of the Content-Type header, then the
 * document's own declaration (XML declaration, <meta charset>, <meta http-equiv>), else UTF-8.
 * Labels are WHATWG's, as Node's TextDecoder (full ICU) reads them: gb2312 and gbk decode as GBK,
 * iso-8859-1 and latin1 as windows-1252. Nothing is guessed from the bytes when nothing is
 * declared: a guess that reads any byte sequence (GB18030, windows-1252) would make binary junk
 * look like text, which the extractors' non-text check exists to refuse.
 */

import { TextDecoder } from 'node:util';

/** Where the encoding of a document came from. */
export type EncodingSource = 'byte order mark' | 'Content-Type header' | 'XML declaration' | 'meta charset' | 'default';

/** A document's text and how its encoding was decided. */
export interface DecodedDocument {
  text: string;
  /** The WHATWG name of the encoding used (utf-8, gbk, gb18030, windows-1252, utf-16le …). */
  encoding: string;
  declaredBy: EncodingSource;
  /** Declarations that could not be used (an unknown label), said in words. */
  warnings: string[];
}

/** How far into a document a declaration is looked for (browsers look at the first 1,024 bytes; some pages put theirs later). */
const PRESCAN_BYTES = 4096;

/**
 * In-document declarations, in the order they are tried. Each pattern is bounded (no unbounded
 * repetition on untrusted text) and runs on at most PRESCAN_BYTES characters.
 */
const DECLARATION_RULES: Array<{ source: EncodingSource; pattern: RegExp; examples: string[] }> = [
  {
    source: 'XML declaration',
    pattern: /^\s{0,16}<\?xml\s[^>]{0,200}?\bencoding\s{0,8}=\s{0,8}["']([\w.:-]{1,40})["']/,
    examples: ['<?xml version="1.0" encoding="GB2312"?>', "<?xml version='1.0' encoding='windows-1252' ?>"],
  },
  {
    // One rule for both forms: the attribute, and the charset parameter inside http-equiv's content.
    source: 'meta charset',
    pattern: /<meta\s[^>]{0,300}?\bcharset\s{0,8}=\s{0,8}["']?([\w.:-]{1,40})/i,
    examples: ['<meta charset="gbk">', '<meta http-equiv="Content-Type" content="text/html; charset=GB2312">'],
  },
];

/** Labels some servers send that WHATWG does not list, mapped to the encoding they mean. */
const LABEL_ALIASES: Record<string, string> = { cp936: 'gbk', ms936: 'gbk', 'windows-936': 'gbk', cp1252: 'windows-1252', cp65001: 'utf-8' };

/** The charset parameter of a Content-Type header value, if any. */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(contentType ?? '')?.[1];
}

/**
 * What windows-1252 puts at bytes 0x80-0x9F (WHATWG's index; the five unassigned bytes stay C1
 * controls). Node 20's TextDecoder decodes windows-1252 as ISO-8859-1 there, turning an en dash or
 * a curly apostrophe into an invisible control character; Node 24 decodes it right. Applied to the
 * decoder's output, so it is a no-op where the decoder is correct.
 */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes with the decoder, repairing Node 20's windows-1252 (see WINDOWS_1252_HIGH). */
function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** A decoder for a label, or undefined when the label names no encoding Node knows. */
function decoderFor(label: string): TextDecoder | undefined {
  const name = label.trim().toLowerCase();
  try {
    return new TextDecoder(LABEL_ALIASES[name] ?? name);
  } catch {
    return undefined;
  }
}

/** The encoding a byte order mark announces (the mark itself is dropped by the decoder). */
function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The encoding of an XML document in UTF-16 without a mark, from how `<?` is laid out (XML 1.0, appendix F). */
function utf16XmlWithoutBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return 'utf-16be';
  return undefined;
}

/** The document's own declarations, in the order of DECLARATION_RULES. */
function declaredInDocument(bytes: Uint8Array): Array<{ source: EncodingSource; label: string }> {
  // Every encoding a declaration can be written in is ASCII-compatible, so latin1 reads the tag as written.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const found: Array<{ source: EncodingSource; label: string }> = [];
  for (const rule of DECLARATION_RULES) {
    const label = rule.pattern.exec(head)?.[1];
    if (!label) continue;
    // A document that could state its encoding in ASCII is not UTF-16, whatever it says (WHATWG HTML).
    found.push({ source: rule.source, label: /^utf-?16/i.test(label) ? 'utf-8' : label });
  }
  return found;
}

/**
 * Decodes a document: byte order mark, then the Content-Type charset, then the document's own
 * declaration, else UTF-8. An unknown label is skipped with a warning, never fatal.
 */
export function decodeDocument(bytes: Uint8Array, contentType?: string): DecodedDocument {
  const warnings: string[] = [];
  const bom = bomEncoding(bytes);
  const utf16Xml = utf16XmlWithoutBom(bytes);
  const header = charsetOfContentType(contentType);
  const candidates: Array<{ source: EncodingSource; label: string }> = [
    ...(bom ? [{ source: 'byte order mark' as const, label: bom }] : []),
    ...(utf16Xml ? [{ source: 'XML declaration' as const, label: utf16Xml }] : []),
    ...(header ? [{ source: 'Content-Type header' as const, label: header }] : []),
    ...declaredInDocument(bytes),
  ];
  for (const { source, label } of candidates) {
    const decoder = decoderFor(label);
    if (decoder) return { text: decodeWith(decoder, bytes), encoding: decoder.encoding, declaredBy: source, warnings };
    warnings.push(`the ${source} names the character encoding "${label}", which is not a known encoding; ignored`);
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', declaredBy: 'default', warnings };
}

/** The text of a document (see decodeDocument). */
export function decodeBody(bytes: Uint8Array, contentType?: string): string {
  return decodeDocument(bytes, contentType).text;
}
