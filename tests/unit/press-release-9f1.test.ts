/**
 * Rules of issue 9, part f1: a page table read column by column. Real sites vary the same table (a column of remarks or
 * ranks, the value columns in another order, the unit in the caption, a head, a note or a row spanning the table, a totals
 * row, sub-heads, the year before beside the year): the reader reads the columns it understands, sets aside the ones it does
 * not and the rows it cannot read, and never gives a figure a meaning it was not written with. The tables are our own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const HTML = 'text/html; charset=utf-8';
const PUBLISHED = '2026-10-22';
const LEAD = "<p>Gansu's foreign trade with its main partners grew in the first nine months, Lanzhou Customs said on Thursday.</p>";
const page = (body: string) => `<html><head><title>Trade figures</title></head><body><div class="menu">Home | News | Data</div><div class="article">${LEAD}${body}</div><div class="footer">Hotline: 0931-555 0199</div></body></html>`;

/** A row of figures as a sorted, comparable line: flow, partner, period, value, unit, change. */
const line = (r: ObservationDraft) => `${r.flow} ${r.partner} ${r.period_start}..${r.period_end} ${r.value} ${r.unit} ${r.yoy_pct}`;
const figures = (body: string) => releaseRows(page(body), PUBLISHED, { contentType: HTML }).map(line).sort();

interface Column {
  head: string;
  /** One cell per partner row (Japan, Germany, Brazil), then the totals row's cell. */
  cells: string[];
}
const PARTNERS = ['Japan', 'Germany', 'Brazil', 'Total'];
const EXPORTS: Column = { head: 'Exports', cells: ['12.4', '8.1', '3.6', '24.1'] };
const IMPORTS: Column = { head: 'Imports', cells: ['5.2', '9.7', '6.3', '21.2'] };
const TOTAL: Column = { head: 'Total', cells: ['17.6', '17.8', '9.9', '45.3'] };
const CHANGE: Column = { head: 'Change (%)', cells: ['4.1', '-2.3', '12.8', '3.0'] };
const REMARKS: Column = { head: 'Remarks', cells: ['revised', '', 'new route', ''] };
const RANK: Column = { head: 'Rank', cells: ['1', '2', '3', ''] };
const NOTES: Column = { head: 'Notes', cells: ['', 'preliminary', '', ''] };
const SHARE: Column = { head: 'Share of total (%)', cells: ['38.9', '39.3', '21.9', '100.0'] };
// A column of figures whose head the reader does not know: they could be levels, so no change after them is a level's.
const TRANSIT: Column = { head: 'Transit', cells: ['0.8', '1.1', '0.2', '2.1'] };
const MONTHLY: Column = { head: 'm/m (%)', cells: ['1.2', '-0.4', '2.2', '0.6'] };

const CAPTION_WITH_UNIT = "<caption>Gansu's trade with main partners, January-September 2026 (100 million yuan)</caption>";
const CAPTION = "<caption>Gansu's trade with main partners, January-September 2026</caption>";

/** A page table: a caption, a head row and one row per partner (the totals row last when `totals`), `extra` rows inserted before row k. */
function table(columns: Column[], options: { caption?: string; totals?: boolean; extra?: Map<number, string>; after?: string; unitRow?: string } = {}): string {
  const { caption = CAPTION_WITH_UNIT, totals = false, extra = new Map(), after = '', unitRow = '' } = options;
  const head = `<tr><th>Partner</th>${columns.map((c) => `<th>${c.head}</th>`).join('')}</tr>`;
  const spanning = unitRow ? `<tr><td colspan="${columns.length + 1}">${unitRow}</td></tr>` : '';
  const rows = PARTNERS.slice(0, totals ? 4 : 3).map((p, k) => `${extra.get(k) ?? ''}<tr><td>${p}</td>${columns.map((c) => `<td>${c.cells[k]}</td>`).join('')}</tr>`);
  return `<table>${caption}${spanning}${head}${rows.join('')}</table>${after}`;
}

// What the plain table "Partner | Exports | Imports | Total | Change (%)" under its caption gives (100 million yuan).
const PERIOD = '2026-01..2026-09';
const BASE = [
  `export Japan ${PERIOD} 1240000000 CNY null`,
  `import Japan ${PERIOD} 520000000 CNY null`,
  `total Japan ${PERIOD} 1760000000 CNY 4.1`,
  `export Germany ${PERIOD} 810000000 CNY null`,
  `import Germany ${PERIOD} 970000000 CNY null`,
  `total Germany ${PERIOD} 1780000000 CNY -2.3`,
  `export Brazil ${PERIOD} 360000000 CNY null`,
  `import Brazil ${PERIOD} 630000000 CNY null`,
  `total Brazil ${PERIOD} 990000000 CNY 12.8`,
].sort();
const TOTALS_ROW = [`export World ${PERIOD} 2410000000 CNY null`, `import World ${PERIOD} 2120000000 CNY null`, `total World ${PERIOD} 4530000000 CNY 3`];
/** The totals of BASE, and the prior-year column's cells as the caption's span a year before. */
const PRIOR_SPAN_AND_TOTALS = [
  `total Japan 2025-01..2025-09 1690000000 CNY null`,
  `total Germany 2025-01..2025-09 1820000000 CNY null`,
  `total Brazil 2025-01..2025-09 880000000 CNY null`,
  ...BASE.filter((l) => l.startsWith('total')),
].sort();

describe('a column the reader does not know is set aside, the others read', () => {
  it.each([
    ['"Remarks" after the figures', [EXPORTS, IMPORTS, TOTAL, CHANGE, REMARKS]],
    ['"Rank" between the partner and the figures', [RANK, EXPORTS, IMPORTS, TOTAL, CHANGE]],
    ['"Notes" between two flows', [EXPORTS, NOTES, IMPORTS, TOTAL, CHANGE]],
    ['a month-on-month change and "Remarks"', [EXPORTS, IMPORTS, TOTAL, CHANGE, MONTHLY, REMARKS]],
  ])('%s', (_, columns) => {
    expect(figures(table(columns))).toEqual(BASE);
  });

  it('reads the value columns in any order, with a column of remarks', () => {
    expect(figures(table([TOTAL, CHANGE, IMPORTS, REMARKS, EXPORTS]))).toEqual(BASE);
  });

  it('gives no change to a level when a column set aside stands between them ("Total | Transit | Change (%)")', () => {
    const got = figures(table([EXPORTS, IMPORTS, TOTAL, TRANSIT, CHANGE]));
    expect(got).toEqual(BASE.map((l) => l.replace(/ (?:4\.1|-2\.3|12\.8)$/, ' null')).sort());
  });

  it('reads a share column beside the total as a share of the partner, with a rank column first and a totals row', () => {
    const got = figures(table([RANK, EXPORTS, IMPORTS, TOTAL, CHANGE, SHARE], { totals: true }));
    const shares = ['Japan 38.9', 'Germany 39.3', 'Brazil 21.9', 'World 100'].map((s) => `total ${s.split(' ')[0]} ${PERIOD} ${s.split(' ')[1]} percent-share null`);
    expect(got).toEqual([...BASE, ...TOTALS_ROW, ...shares].sort());
  });
});

describe('the unit wherever the page writes it', () => {
  const UNIT_HEADS = [EXPORTS, IMPORTS, TOTAL].map((c) => ({ ...c, head: `${c.head} (100 million yuan)` }));
  it.each([
    ['in the caption', table([EXPORTS, IMPORTS, TOTAL, CHANGE, REMARKS])],
    ['in the heads', table([...UNIT_HEADS, CHANGE, REMARKS], { caption: CAPTION })],
    ['in a note under the table', table([EXPORTS, IMPORTS, TOTAL, CHANGE, REMARKS], { caption: CAPTION, after: '<p>Unit: 100 million yuan</p>' })],
    ['in a row spanning the table', table([EXPORTS, IMPORTS, TOTAL, CHANGE, REMARKS], { caption: CAPTION, unitRow: 'Unit: 100 million yuan' })],
  ])('%s, beside a column of remarks', (_, body) => {
    expect(figures(body)).toEqual(BASE);
  });

  it('sets aside a column of numbers with no unit anywhere, not giving it its neighbour\'s', () => {
    const volume = { head: 'Volume', cells: ['3.3', '2.9', '1.4', '7.6'] };
    const got = figures(table([UNIT_HEADS[0], volume, REMARKS], { caption: CAPTION }));
    expect(got).toEqual(BASE.filter((l) => l.startsWith('export')));
    expect(figures(table([EXPORTS, IMPORTS, TOTAL, CHANGE, REMARKS], { caption: CAPTION }))).toEqual([]);
  });
});

describe('rows the reader cannot read are set aside', () => {
  it('reads the rows under a sub-head the page wrote as a row of one cell, and the totals row', () => {
    const extra = new Map([
      [0, '<tr><td>Asia</td></tr>'],
      [1, '<tr><td>Europe</td></tr>'],
      [2, '<tr><td colspan="5">Latin America</td></tr>'],
    ]);
    expect(figures(table([EXPORTS, IMPORTS, TOTAL, CHANGE], { totals: true, extra }))).toEqual([...BASE, ...TOTALS_ROW].sort());
  });

  it('reads the figures of a row whose change is written in words ("new") or left blank', () => {
    const change = { ...CHANGE, cells: ['4.1', 'new', '', '3.0'] };
    const got = figures(table([EXPORTS, IMPORTS, TOTAL, change, REMARKS]));
    expect(got).toEqual(BASE.map((l) => l.replace(/ (?:-2\.3|12\.8)$/, ' null')).sort());
  });

  it('gives a level left blank no figure and its change to nothing', () => {
    const total = { ...TOTAL, cells: ['17.6', '-', '9.9', '45.3'] };
    const got = figures(table([EXPORTS, IMPORTS, total, CHANGE, REMARKS]));
    expect(got).toEqual(BASE.filter((l) => !l.startsWith('total Germany')));
  });
});

describe('the year before beside the year', () => {
  it('reads "2025 | 2026 | Change (%)" under a caption naming January-September 2026 as that span of each year', () => {
    const y2025 = { head: '2025', cells: ['16.9', '18.2', '8.8', '43.9'] };
    const y2026 = { head: '2026', cells: TOTAL.cells };
    const got = figures(table([y2025, y2026, CHANGE, REMARKS]));
    expect(got).toEqual(
      PRIOR_SPAN_AND_TOTALS,
    );
  });
});

describe('a table whose rows are months', () => {
  it('reads "Month | Exports | Imports | Balance | Remarks" and sets the remarks aside', () => {
    const body = `<table><caption>Gansu's monthly trade, 2026 (100 million yuan)</caption>
<tr><th>Month</th><th>Exports</th><th>Imports</th><th>Balance</th><th>Remarks</th></tr>
<tr><td>July 2026</td><td>8.2</td><td>6.9</td><td>1.3</td><td>revised</td></tr>
<tr><td>August 2026</td><td>7.7</td><td>8.0</td><td>-0.3</td><td></td></tr></table>`;
    expect(figures(body)).toEqual(
      [
        'export World 2026-07..2026-07 820000000 CNY null',
        'import World 2026-07..2026-07 690000000 CNY null',
        'balance World 2026-07..2026-07 130000000 CNY null',
        'export World 2026-08..2026-08 770000000 CNY null',
        'import World 2026-08..2026-08 800000000 CNY null',
        'balance World 2026-08..2026-08 -30000000 CNY null',
      ].sort(),
    );
  });
});

describe('the same figures whatever the layout (property)', () => {
  // Each level travels with the change that follows it; columns the reader does not know go anywhere but between them.
  const blocks: Column[][] = [[EXPORTS], [IMPORTS], [TOTAL, CHANGE]];
  const unknown = [REMARKS, RANK, NOTES, MONTHLY, { head: 'Source', cells: ['customs', 'customs', 'customs', ''] }];
  it('reads the base figures for any order of the value columns and any columns of remarks, ranks or notes added', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 3 }), (order, added) => {
        const placed: Column[][] = order.map((k) => [...blocks[k]]);
        for (const [which, at] of added) placed.splice(Math.min(at, placed.length), 0, [unknown[which]]);
        expect(figures(table(placed.flat()))).toEqual(BASE);
      }),
      { numRuns: 40 },
    );
  });
});

describe('heads real sites write for the same columns', () => {
  it('passes over a rank column first whose totals row leaves its cell blank, reading no label as a number', () => {
    const extra = new Map<number, string>();
    const got = figures(table([EXPORTS, IMPORTS, TOTAL, CHANGE], { totals: true, extra }).replace(/<tr><th>Partner<\/th>/, '<tr><th>No.</th><th>Partner</th>').replace(/<tr><td>(Japan|Germany|Brazil|Total)<\/td>/g, (_, p: string) => `<tr><td>${{ Japan: '1', Germany: '2', Brazil: '3', Total: '' }[p]}</td><td>${p}</td>`));
    expect(got).toEqual([...BASE, ...TOTALS_ROW].sort());
  });

  it.each([
    ['±%', '+/- (%)', 'Change on the same period last year (%)'],
  ])('reads "%s", "%s" and "%s" as year-on-year changes', (...heads) => {
    for (const head of heads) expect(figures(table([EXPORTS, IMPORTS, TOTAL, { ...CHANGE, head }, REMARKS]))).toEqual(BASE);
  });

  it('reads "% of total" and "Proportion (%)" as shares', () => {
    const shares = ['Japan 38.9', 'Germany 39.3', 'Brazil 21.9'].map((s) => `total ${s.split(' ')[0]} ${PERIOD} ${s.split(' ')[1]} percent-share null`);
    for (const head of ['% of total', 'Proportion (%)']) expect(figures(table([EXPORTS, IMPORTS, TOTAL, CHANGE, { ...SHARE, head }, REMARKS]))).toEqual([...BASE, ...shares].sort());
  });

  it('reads a level cell with a note mark ("17.6*") as its number', () => {
    const total = { ...TOTAL, cells: ['17.6*', '17.8', '9.9 (p)', '45.3'] };
    expect(figures(table([EXPORTS, IMPORTS, total, CHANGE, REMARKS]))).toEqual(BASE);
  });

  it('reads "This year | Same period last year | Change (%)" under a caption naming the span', () => {
    const prior = { head: 'Same period last year', cells: ['16.9', '18.2', '8.8', '43.9'] };
    const got = figures(table([{ ...TOTAL, head: 'This year' }, prior, CHANGE, REMARKS]));
    expect(got).toEqual(
      PRIOR_SPAN_AND_TOTALS,
    );
  });
});

describe('heads and cells of statistics offices abroad (blind page batches 95 and 96, in our own words)', () => {
  it('passes over a rank column headed "№"', () => {
    const got = figures(table([EXPORTS, IMPORTS, TOTAL, CHANGE]).replace(/<tr><th>Partner<\/th>/, '<tr><th>№</th><th>Partner</th>').replace(/<tr><td>(Japan|Germany|Brazil)<\/td>/g, (_, p: string) => `<tr><td>${{ Japan: '1', Germany: '2', Brazil: '3' }[p]}</td><td>${p}</td>`));
    expect(got).toEqual(BASE);
  });

  it.each([['Change y/y (%)'], ['Value y/y (%)'], ['Var. %'], ['Variation (%)']])('reads "%s" as the change on the year', (head) => {
    expect(figures(table([EXPORTS, IMPORTS, TOTAL, { ...CHANGE, head }]))).toEqual(BASE);
  });

  it('passes over a change in money ("Change (100 million yuan)") and reads the change in percent after it', () => {
    const money = { head: 'Change (100 million yuan)', cells: ['0.7', '-0.4', '1.1', '1.3'] };
    expect(figures(table([EXPORTS, IMPORTS, TOTAL, money, CHANGE], { caption: CAPTION, after: '<p>Unit: 100 million yuan</p>' }))).toEqual(BASE);
  });

  it('reads "Share of province (%)" as a share', () => {
    const shares = ['Japan 38.9', 'Germany 39.3', 'Brazil 21.9'].map((s) => `total ${s.split(' ')[0]} ${PERIOD} ${s.split(' ')[1]} percent-share null`);
    expect(figures(table([EXPORTS, IMPORTS, TOTAL, CHANGE, { ...SHARE, head: 'Share of province (%)' }]))).toEqual([...BASE, ...shares].sort());
  });

  it('reads dots grouping thousands before a decimal comma ("1.240,5")', () => {
    const caption = "<caption>Gansu's trade with main partners, January-September 2026 (USD million)</caption>";
    const exports = { head: 'Exports', cells: ['1.240,5', '810,2', '36,0', ''] };
    const got = figures(table([exports, { ...CHANGE, head: 'Var. %', cells: ['4,1', '-2,3', '12,8', ''] }], { caption }));
    expect(got).toEqual([`export Japan ${PERIOD} 1240500000 USD 4.1`, `export Germany ${PERIOD} 810200000 USD -2.3`, `export Brazil ${PERIOD} 36000000 USD 12.8`].sort());
  });

  it('reads "Trains (trips)" and "Containers (TEU)": the thing counted, then the unit it is counted in', () => {
    const body = `<p>China-Europe freight trains through Lanzhou kept growing this summer, the operator said.</p><table><caption>Freight trains through Gansu, 2026</caption>
<tr><th>Month</th><th>Trains (trips)</th><th>y/y (%)</th><th>Containers (TEU)</th></tr>
<tr><td>July 2026</td><td>412</td><td>6.2</td><td>41,800</td></tr></table>`;
    expect(figures(body)).toEqual(['total World 2026-07..2026-07 412 trains 6.2', 'total World 2026-07..2026-07 41800 TEU null']);
  });
});

describe('the unit in a note under the table, in the words sites use', () => {
  it.each([['100 million yuan. Source: Lanzhou Customs.'], ['Note: values in 100 million yuan.'], ['Figures in 100 million yuan; totals may not add up.']])('reads "%s"', (note) => {
    expect(figures(table([EXPORTS, IMPORTS, TOTAL, CHANGE, REMARKS], { caption: CAPTION, after: `<p>${note}</p>` }))).toEqual(BASE);
  });

  it('reads it under a table whose caption is a row spanning the table', () => {
    const body = table([EXPORTS, IMPORTS, TOTAL, CHANGE], { caption: '', unitRow: "Gansu's trade with main partners, January-September 2026", after: '<p>Note: values in 100 million yuan.</p>' });
    expect(figures(body)).toEqual(BASE);
  });

  it('reads "Note: quantities in tonnes." but no unit from a note that is a sentence with figures', () => {
    const caption = "<caption>Gansu's coal exports by destination, January-September 2026</caption>";
    const tonnes = (note: string) => figures(table([{ ...EXPORTS, head: 'Quantity' }], { caption, after: `<p>${note}</p>` }));
    expect(tonnes('Note: quantities in tonnes.')).toEqual([`export Japan ${PERIOD} 12.4 tonnes null`, `export Germany ${PERIOD} 8.1 tonnes null`, `export Brazil ${PERIOD} 3.6 tonnes null`].sort());
    expect(tonnes('Coal exports to Japan rose 4.1 percent to 12.4 tonnes.').filter((l) => / (?:8\.1|3\.6) /.test(l))).toEqual([]);
  });
});

describe('a head of two rows whose lower row is the unit', () => {
  it('takes each column\'s flow from the upper row ("Exports" over "100 million yuan") and its role from a lower "y/y %"', () => {
    const body = `<table><caption>${CAPTION.replace(/<\/?caption>/g, '')}</caption>
<tr><td>Partner</td><td>Total</td><td>Total</td><td>Exports</td><td>Imports</td><td>Remarks</td></tr>
<tr><td>Partner</td><td>100 million yuan</td><td>y/y %</td><td>100 million yuan</td><td>100 million yuan</td><td>Remarks</td></tr>
${PARTNERS.slice(0, 3).map((p, k) => `<tr><td>${p}</td><td>${TOTAL.cells[k]}</td><td>${CHANGE.cells[k]}</td><td>${EXPORTS.cells[k]}</td><td>${IMPORTS.cells[k]}</td><td>${REMARKS.cells[k]}</td></tr>`).join('')}</table>`;
    expect(figures(body)).toEqual(BASE);
  });
});
