/**
 * Pages of our own with a table in them, for the page-table reader's unit tests: a menu, the story's lead, the table and
 * a footer, and the rows read from it as sorted, comparable lines.
 */
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from './press-release-rows.js';

export const HTML = 'text/html; charset=utf-8';
export const page = (lead: string, body: string) => `<html><head><title>Figures</title></head><body><div class="menu">Home | News | Data</div><div class="article"><p>${lead}</p>${body}</div><div class="footer">Hotline: 0451-555 0199</div></body></html>`;

/** A row of figures as a sorted, comparable line: flow, partner, period, value, unit, change. */
export const line = (r: ObservationDraft) => `${r.flow} ${r.partner} ${r.period_start}..${r.period_end} ${r.value} ${r.unit} ${r.yoy_pct}`;
export const figures = (lead: string, body: string, published: string) => releaseRows(page(lead, body), published, { contentType: HTML }).map(line).sort();

export const tr = (...cells: string[]) => `<tr>${cells.join('')}</tr>`;
export const th = (text: string, span = '') => `<th${span}>${text}</th>`;
export const td = (text: string, span = '') => `<td${span}>${text}</td>`;
