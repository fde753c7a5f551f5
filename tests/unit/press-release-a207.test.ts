/**
 * Fixing round a207 on b292 (chart-led data stories): a caption under a picture is read when it is a chart's caption.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

/** A small news page: a lead, a picture, its caption in the box `open` … `close`, and a closing line. */
const page = (caption: string, open = 'p class="caption"', close = 'p') =>
  `<html><body><div class="article"><h1>Trade in 2025</h1><p>Trade of the region grew in 2025, the customs office said on Tuesday.</p>` +
  `<p><img src="chart.png" alt=""></p><${open}>${caption}</${close}><p>Details will follow next month.</p></div></body></html>`;
const tuples = (caption: string, open?: string, close?: string) => releaseRows(page(caption, open, close), '2026-01-20').map(levelTuple);

describe("a chart's caption (its label, a data label, a series of periods with values) is read; a photo's is dropped", () => {
  it('reads a data label in a "caption" paragraph: "Exports 27.74 billion yuan ..., down 19.3 percent"', () => {
    expect(tuples('Exports 27.74 billion yuan in 2025, down 19.3 percent; imports 65.56 billion yuan, up 16.6 percent')).toContainEqual(['2025-01', '2025-12', 27.74e9, 'CNY', -19.3]);
  });
  it('reads a figcaption opened by "Chart 2:"', () => {
    expect(tuples('Chart 2: Exports of Guangxi in 2025, 41.2 billion yuan, up 8.1%', 'figcaption', 'figcaption')).toContainEqual(['2025-01', '2025-12', 41.2e9, 'CNY', 8.1]);
  });
  it('reads a "pictext" line opened by "Figure 1."', () => {
    expect(tuples('Figure 1. Trade surplus of Vietnam, 2025: $12.4 billion', 'p class="pictext"')).toContainEqual(['2025-01', '2025-12', 12.4e9, 'USD', null]);
  });
  it('reads a "photo-caption" box holding a data label "Imports: ..."', () => {
    expect(tuples('Imports: 8.3 billion dollars in 2025, down 2.2%', 'div class="photo-caption"', 'div')).toContainEqual(['2025-01', '2025-12', 8.3e9, 'USD', -2.2]);
  });
  it('reads an inline caption span "Total trade, 2025: ..."', () => {
    expect(tuples('Total trade, 2025: 3.1 billion dollars, up 5.5%', 'span class="caption"', 'span')).toContainEqual(['2025-01', '2025-12', 3.1e9, 'USD', 5.5]);
  });
  it('reads a centred line under the picture that is a data label', () => {
    expect(tuples('Exports 9.5 billion euros in 2025, up 4%', 'p style="text-align:center"')).toContainEqual(['2025-01', '2025-12', 9.5e9, 'EUR', 4]);
  });
  it('reads a series of quarters with their values under a unit', () => {
    expect(tuples('Quarterly exports of Sabah in 2025, million ringgit: Q1 410 · Q2 455 · Q3 470 · Q4 502', 'div class="chart-caption"', 'div')).toContainEqual(['2025-07', '2025-09', 470e6, 'MYR', null]);
  });
  it("drops a photo's caption credited to an agency, numbers and all (near miss)", () => {
    expect(tuples('Trucks wait at the port, which handled 4.6 million TEUs in 2025. (Xinhua/Li Ming)')).toEqual([]);
  });
  it('drops a figcaption opened by "Photo:" (near miss)', () => {
    expect(tuples('Photo: containers at Qingdao port, where exports reached 2.1 billion dollars in 2025', 'figcaption', 'figcaption')).toEqual([]);
  });
  it('drops a scene that names exports before its figure (near miss)', () => {
    expect(tuples('Exports of cars wait at the quay of a port that shipped 1.2 million vehicles in 2025')).toEqual([]);
  });
});

describe("a chart's caption broken into lines (title, axis, legend, labels) is one paragraph: its labels are read under its title", () => {
  const figure = (lines: string[]) =>
    `<html><body><article><h1>Trade charts</h1><p>The customs office released its figures on Monday.</p><figure><img src="c.png" alt=""><figcaption>${lines.join('<br>')}</figcaption></figure><p>More charts follow.</p></article></body></html>`;
  const rows = (lines: string[]) => releaseRows(figure(lines), '2025-07-14').map(levelTuple);
  it('reads month labels under a title, axis ticks and a legend', () => {
    expect(rows(['Chart 2. Monthly exports, billion yuan, 2025', '0 200 400 600', '■ 2025 □ 2024', 'Jan 498 · Feb 371 · Mar 452 · Apr 463'])).toContainEqual(['2025-03', '2025-03', 452e9, 'CNY', null]);
  });
  it('reads quarter labels straight under their title', () => {
    expect(rows(['Figure 3: Imports of Peru, million dollars, 2024', 'Q1 8,120 · Q2 8,460 · Q3 8,790 · Q4 9,010'])).toContainEqual(['2024-07', '2024-09', 8790e6, 'USD', null]);
  });
  it('reads labels under a title and its axis ticks', () => {
    expect(rows(['Chart: Exports of Chile, US$ billion, 2025', '0 2 4 6 8', 'Jan 7.9 · Feb 7.1 · Mar 8.4'])).toContainEqual(['2025-02', '2025-02', 7.1e9, 'USD', null]);
  });
  it('reads year labels under a title and a legend', () => {
    expect(rows(['Graph 1 — Trade of Kazakhstan, billion dollars', '● total turnover', '2021 101.6 · 2022 134.4 · 2023 139.8'])).toContainEqual(['2022-01', '2022-12', 134.4e9, 'USD', null]);
  });
  it('reads month labels under a title and its "Unit:" line', () => {
    expect(rows(['Chart 5. Monthly imports of Poland, 2025', 'Unit: billion euros', 'Jan 27.5 · Feb 26.9 · Mar 29.3'])).toContainEqual(['2025-01', '2025-01', 27.5e9, 'EUR', null]);
  });
  it("drops a photo's caption broken into lines, however many figures it holds (near miss)", () => {
    expect(rows(['Photo: the container yard at Callao', 'The port moved 2.9 million TEU in 2024'])).toEqual([]);
  });
  it('drops an index chart: its labels are no amounts (near miss)', () => {
    expect(rows(['Chart 4. Export volume index, 2020 = 100', 'Jan 104 · Feb 99 · Mar 107'])).toEqual([]);
  });
});

describe('a caption and its one bar on one line, after a dash, is the bar under its caption', () => {
  const tuplesOf = (line: string) => releaseRows(`Customs charts, November 2025\n\nThe office published its charts on Friday.\n\n${line}\n\nMore charts will follow.`, '2025-11-07').map(levelTuple);
  it('reads "Chart 2: Trade with ASEAN, yuan bn, Jan-Oct 2025 — 6,190 (+9.1%)"', () => {
    expect(tuplesOf('Chart 2: Trade with ASEAN, yuan bn, Jan-Oct 2025 — 6,190 (+9.1%)')).toContainEqual(['2025-01', '2025-10', 6190e9, 'CNY', 9.1]);
  });
  it('reads an en dash and a fall: "Imports from Japan, US$ billion, 2024 – 152.4 (-3.2%)"', () => {
    expect(tuplesOf('Figure 4: Imports from Japan, US$ billion, 2024 – 152.4 (-3.2%)')).toContainEqual(['2024-01', '2024-12', 152.4e9, 'USD', -3.2]);
  });
  it('reads a caption with no chart label: "Exports of wine, million euros, 2024 — 1,310 (+4.0%)"', () => {
    expect(tuplesOf('Exports of wine, million euros, 2024 — 1,310 (+4.0%)')).toContainEqual(['2024-01', '2024-12', 1310e6, 'EUR', 4]);
  });
  it('reads "Infographic: Trade surplus, billion dollars, first half of 2025 — 58.7 (+12%)"', () => {
    expect(tuplesOf('Infographic: Trade surplus, billion dollars, first half of 2025 — 58.7 (+12%)')).toContainEqual(['2025-01', '2025-06', 58.7e9, 'USD', 12]);
  });
  it('reads "Graph: Exports to India, million dollars, 2024 — 24,100 (+6.5%)"', () => {
    expect(tuplesOf('Graph: Exports to India, million dollars, 2024 — 24,100 (+6.5%)')).toContainEqual(['2024-01', '2024-12', 24100e6, 'USD', 6.5]);
  });
  it('reads no bar where the caption names no unit (near miss)', () => {
    expect(tuplesOf('Chart 3: Ranking of partners, 2024 — 3 (+1%)').some((t) => t[2] === 3)).toBe(false);
  });
  it('reads no bar of an index chart (near miss)', () => {
    expect(tuplesOf('Chart 6: Export price index, 2015 = 100, 2024 — 118.2 (+2.4%)').some((t) => t[2] === 118.2)).toBe(false);
  });
});
