/** The shapes both renderings (HTML grid, text lines) are read into before their columns are interpreted. */
import type { Title } from './caption.js';
import type { Phrase } from './vocabulary.js';

/** One table row as read: its label and the figures of each physical line that belongs to it. */
export interface RawRow {
  /** Label as printed, whitespace collapsed. */
  label: string;
  /** Per-row quantity unit as printed ("10000T"), when the table has a unit column. */
  rowUnit: string | null;
  /** True when the unit column may have printed "-" as the first figure token (text only). */
  unitPending: boolean;
  /** Sub-row: indented, "of which", or after an "of which:" line. */
  subRow: boolean;
  /**
   * Figures per physical line: the label line, then the lines under it (year-on-year lines, or
   * one figure per line in cell-per-line text renderings, where the label line has none).
   */
  lines: string[][];
  /** Where the row is, for messages ("line 12", "table row 7"). */
  where: string;
  /** The page ends inside this row: its last figure may be cut, so none of it is read. */
  cut?: boolean;
}

/** A table as read from one rendering. */
export interface RawTable {
  rendering: 'html' | 'text';
  title: Title | null;
  unitText: string | null;
  /** Heading phrases per value column (HTML) or per heading line (text); null when not read. */
  columnPaths: Phrase[][] | null;
  headingLines: Phrase[][] | null;
  /**
   * Text: per heading line, its cells when the rendering kept cell boundaries (tab-separated
   * browser copies), so "Current Month ±%" stays one heading; null per line when it did not.
   */
  headingCells?: Array<Phrase[][] | null>;
  /** HTML: the heading over the row labels ("Month", "Country (Region)"), which no value column carries. */
  cornerText?: string;
  /** Heading cells that are not known phrases (HTML), for rejection messages. */
  unknownHeadings: string[];
  /** HTML: exact number of value columns. Text: null (known only from the headings). */
  valueColumns: number | null;
  rowUnitColumn: boolean;
  /** Whether the headings or notes say year-on-year figures sit on the line below. */
  yoyBelowHint: boolean;
  rows: RawRow[];
  /** Positions are exact (HTML cells); text renderings may drop empty cells. */
  exactCells: boolean;
  /** An "of which:" line was seen: the rows are then not a partition of the total. */
  ofWhichLine: boolean;
}

/** What reading a rendering can produce. */
export type ReadResult = { ok: true; table: RawTable } | { ok: false; reason: string };

/** Footers and page furniture that carry numbers which are not figures. */
export const FOOTER = /^\s*(?:notes?\b|source\b|remarks?\b|\d{1,2}\s*[.)]\s+[a-z]|address\b|post\s*code\b|tel\b|fax\b|e-?mail\b|copyright\b|general administrat|icp\b|\*)/i;

/** Notes that announce year-on-year figures on the line under each row. */
export const SHADED_NOTE = /(?:shaded|line\s+below|second\s+line).{0,60}percentage\s+change|percentage\s+change.{0,60}(?:shaded|line\s+below)/i;

const FOOTNOTE_END = /[*)\u00b9\u00b2\u00b3\u2070-\u2079]$/;
const FOOTNOTE_MARKERS = /(?:\s*\*+|\s*\(\d{1,2}\)|\s*[\u00b9\u00b2\u00b3\u2070-\u2079]+)+$/;

/** Cleans a row label: quote artifacts, "of which:" prefixes, footnote markers and odd spacing. */
export function cleanLabel(label: string): { label: string; ofWhich: boolean } {
  let text = label.replace(/\s+/g, ' ').trim();
  text = text.replace(/^['"`\u2018\u2019\u201c\u201d]+/, '').trim();
  let ofWhich = false;
  const prefix = /^(?:of\s+which|including|incl\.)\s*[:,]?\s*/i.exec(text);
  if (prefix && prefix[0].length < text.length) {
    ofWhich = true;
    text = text.slice(prefix[0].length);
  }
  text = text.replace(/\s*:$/, '').trim();
  // Footnote markers ("Ordinary Trade*", "Other (1)") point at the notes; they are not part of the name.
  if (FOOTNOTE_END.test(text)) text = text.replace(FOOTNOTE_MARKERS, '').trim() || text;
  return { label: text, ofWhich };
}

/** Labels of total rows: everything over the row dimension. */
export const TOTAL_LABEL = /^(?:total|total\s+values?|grand\s+total|all\s+(?:goods|regimes|modes)|total\s+trade)$/i;

/** A label line that ends on one of these cannot be a whole label: it goes on in the next line. */
const OPEN_END = /(?:\b(?:and|or|of|for|with|in|by|the|from|to|on|as|than)|[&,(/-])$/i;

/**
 * Whether a label line with no figures is the first part of the next line's label, wrapped: it
 * leaves a bracket open ("Crude oil (in" / "thousand tonnes)"), ends on a word that needs more
 * ("Equipment imported by" / "foreign-invested enterprises"), or the next part starts in lower
 * case ("Automatic data processing machines" / "and components"). An "of which" line is never a
 * continuation, and a group line ending in ":" is never wrapped.
 */
export function continuesLabel(first: string, next: string): boolean {
  const head = first.trim();
  const tail = next.trim();
  if (head === '' || tail === '' || head.endsWith(':') || /^(?:of\s+which|including|incl\.)/i.test(tail)) return false;
  const open = (head.match(/\(/g) ?? []).length - (head.match(/\)/g) ?? []).length;
  return open > 0 || OPEN_END.test(head) || /^[a-z]/.test(tail);
}
