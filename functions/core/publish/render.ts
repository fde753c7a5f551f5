/** Renderers of the public row into file formats. Column order is always OBSERVATION_COLUMNS. */
import { OBSERVATION_COLUMNS, type Observation } from '../contract.js';

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; empty for null. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? numberText(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Numbers without exponent notation, so that 2.7e12 is written as 2717530000000. */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(12).replace(/\.?0+$/, '') : text;
}

/** The CSV header line (CRLF-terminated, as RFC 4180 asks). */
export const CSV_HEADER = `${OBSERVATION_COLUMNS.join(',')}\r\n`;

/** One observation as one CSV record (CRLF-terminated). */
export function csvRecord(row: Observation): string {
  return `${OBSERVATION_COLUMNS.map((column) => csvField(row[column])).join(',')}\r\n`;
}

/** One observation as a JSON object with the columns in order. */
export function jsonRecord(row: Observation): string {
  const ordered: Record<string, unknown> = {};
  for (const column of OBSERVATION_COLUMNS) ordered[column] = row[column] ?? null;
  return JSON.stringify(ordered);
}
