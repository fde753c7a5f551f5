/**
 * Statistical table extractor: GACC-style table pages (HTML or their text rendering) into
 * observation drafts, one per non-empty value cell. Pure: no I/O, no clock, no environment.
 * A table is extracted whole or rejected whole with the reason; nothing is ever half-parsed.
 */
// First: the regular-expression engine's setting must hold before any pattern below runs.
import '../regexp-engine.js';
import type { ExtractionContext, ExtractionOutcome, TableLayout } from '../../contract.js';
import { alignRows } from './align.js';
import { assembleRows } from './assemble.js';
import { findUnitText, parseTitle } from './caption.js';
import { classifyCell } from './cells.js';
import { crossCheck } from './checks.js';
import { decideByArithmetic } from './evidence.js';
import { parseHtmlTables } from './html-grid.js';
import { readHtmlTable } from './html-table.js';
import { resolveDeclaredLayout, resolveKnownLayout } from './layouts.js';
import type { ReadResult } from './model.js';
import { normalizeText, unpipeTable } from './text.js';
import { readTextTable } from './text-table.js';
import { parseValueUnit } from './units.js';

/** Bodies larger than this are not table pages (the pipeline's own fetch limit is 5 MB). */
const MAX_BODY = 8 * 1024 * 1024;

export interface TableOptions {
  contentType?: string;
  defaultUnit?: string;
  /**
   * A layout already validated where the configuration is read (the `Source` schema's
   * `table_layout`, defaults filled): the extractor does not parse it again, so the extraction
   * worker's bundle carries no schema library (about 90 KB of its 326).
   */
  layout?: TableLayout;
}

/** Whether a body is HTML: the declared media type, else a sniff for markup. */
function isHtml(body: string, contentType?: string): boolean {
  if (contentType && /html|xml/i.test(contentType)) return true;
  if (contentType && /text\/plain/i.test(contentType)) return false;
  return /<\s*(?:!doctype|html|body|table|tr|td)\b/i.test(body.slice(0, 200_000));
}

const reject = (reason: string): ExtractionOutcome => ({ ok: false, reason: `statistical table rejected: ${reason}` });

/** Extracts every figure of one statistical table page; never throws, rejections are values. */
export function extractStatisticalTable(body: string, ctx: ExtractionContext, opts: TableOptions): ExtractionOutcome {
  try {
    return extract(body, ctx, opts ?? {});
  } catch (error) {
    return reject(`internal error while reading the table (${error instanceof Error ? error.message : String(error)})`);
  }
}

function extract(body: string, ctx: ExtractionContext, opts: TableOptions): ExtractionOutcome {
  if (typeof body !== 'string' || body.trim() === '') return reject('the body is empty');
  if (body.length > MAX_BODY) return reject(`the body is ${body.length} characters, more than any table page`);
  const declared = opts.layout ?? null;
  const html = isHtml(body, opts.contentType);
  const read: ReadResult = html ? readHtmlTable(body, { lenientHeadings: declared !== null }) : readTextTable(body, { lenientHeadings: declared !== null });
  if (!read.ok) return reject(read.reason);
  const table = read.table;
  const title = table.title;
  if (!title) return reject('no table title with a year was found');

  const unitText = table.unitText ?? opts.defaultUnit ?? null;
  if (unitText === null) return reject('the table has no unit line ("Unit: ...") and the source configures no default unit; a unit is never guessed');
  const valueUnit = parseValueUnit(unitText);
  if (!valueUnit) return reject(`the unit "${unitText}" is not understood`);
  if (title.currency && title.currency !== valueUnit.unit) return reject(`the title says ${title.currency} but the unit line says "${unitText}"`);

  const layout = declared ? resolveDeclaredLayout(declared, title) : resolveKnownLayout(table, title);
  if (!layout.ok) return reject(`the table layout is not understood: ${layout.reason}`);
  if (table.rows.length === 0) return reject('the table has no rows of figures');
  let resolved = layout.value;
  let aligned = alignRows(table, resolved);
  const evidence: string[] = [];
  if (!aligned.ok) {
    // The headings may name fewer columns than the rows print: the figures can still prove the layout.
    const decided = declared ? null : decideByArithmetic(table, resolved);
    if (!decided?.ok) return reject(decided ? `${aligned.reason}; ${decided.reason}` : aligned.reason);
    resolved = decided.layout;
    aligned = decided.aligned;
    evidence.push(decided.evidence);
  }
  const assembled = assembleRows(aligned.rows, resolved, title, valueUnit, ctx);
  if (!assembled.ok) return reject(assembled.reason);
  if (assembled.rows.length === 0 && assembled.warnings.length === 0) return reject('the table has no figures (every cell is empty)');
  // With rows left out, a total can no longer be compared with the sum of its parts.
  const warnings = [...evidence, ...aligned.skipped, ...assembled.warnings, ...crossCheck(aligned.rows, resolved, !table.ofWhichLine && aligned.skipped.length === 0)];
  return { ok: true, rows: assembled.rows, warnings };
}

/** True for GACC-style table pages (a title, a unit line or headings, rows of figures), false for prose. */
export function looksLikeStatisticalTable(body: string, contentType?: string): boolean {
  try {
    if (typeof body !== 'string' || body.trim() === '') return false;
    const sample = body.length > MAX_BODY ? body.slice(0, MAX_BODY) : body;
    if (isHtml(sample, contentType)) {
      return parseHtmlTables(sample).some((grid) => {
        const figureRows = grid.rows.filter((row) => row.filter((cell, c) => c > 0 && cell && !cell.copy && classifyCell(cell.text).kind === 'number').length >= 2).length;
        const captions = [...grid.before, ...grid.rows.flat().filter((cell) => cell && !cell.copy).map((cell) => cell!.text)];
        const captioned = captions.some((text) => findUnitText(text) !== null || parseTitle(text) !== null);
        return figureRows >= 3 && captioned;
      });
    }
    const lines = unpipeTable(normalizeText(sample)).split('\n').slice(0, 5000).map((line) => line.trim()).filter(Boolean);
    let unit = false;
    let titled = false;
    let figureLines = 0;
    let soloFigures = 0;
    for (const line of lines) {
      if (findUnitText(line) !== null) unit = true;
      else if (parseTitle(line)) titled = true;
      const tokens = line.split(/\s+/);
      let trailing = 0;
      while (trailing < tokens.length && classifyCell(tokens[tokens.length - 1 - trailing]).kind !== 'other') trailing++;
      if (trailing >= 2 && tokens.slice(tokens.length - trailing).some((t) => /\d/.test(t))) figureLines++;
      else if (trailing === 1 && tokens.length === 1 && /\d/.test(line)) soloFigures++;
    }
    const rows = figureLines + Math.floor(soloFigures / 4);
    return (unit && rows >= 2) || (titled && rows >= 5 && rows >= 0.3 * lines.length);
  } catch {
    return false;
  }
}
