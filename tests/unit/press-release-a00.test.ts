/**
 * Rules of issue 9, part a00: table heads of web pages the page-table reader did not know yet (helper fix101b, 2026-12-04),
 * each written here on tables of our own: change rows under pairs of periods, changes against a named year, a column of
 * kinds before a column of flows under a blank corner, change rows naming their two periods, sections of places spanning
 * the table, and the like.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';
import { HTML, figures, page, td, th, tr } from '../support/page-table.js';

describe('a change row under each pair of periods', () => {
  it('gives each change row to the later period of the pair just above it, not to the latest of the table', () => {
    const body = `<table>${tr(th('Period'), th('Exports'), th('Imports'))}
${tr(td('October 2024'), td('5,120'), td('6,340'))}
${tr(td('October 2025'), td('5,480'), td('6,110'))}
${tr(td('Change (%)'), td('7.0'), td('-3.6'))}
${tr(td('January-October 2024'), td('50,210'), td('61,900'))}
${tr(td('January-October 2025'), td('52,730'), td('60,020'))}
${tr(td('Change (%)'), td('5.0'), td('-3.0'))}</table>`;
    const got = figures('The statistics office published its foreign trade figures (value: million US dollars).', body, '2025-11-28');
    expect(got).toContain('export World 2025-10..2025-10 5480000000 USD 7');
    expect(got).toContain('import World 2025-10..2025-10 6110000000 USD -3.6');
    expect(got).toContain('export World 2025-01..2025-10 52730000000 USD 5');
    expect(got).toContain('import World 2025-01..2025-10 60020000000 USD -3');
  });
});

describe('a change column against a named year', () => {
  const LEAD = 'Exports fell last year as energy prices dropped, the customs service said.';
  const table = (change: string) => `<table><caption>Structure of exports by goods, 2024</caption>
${tr(th('Goods group'), th('billion US dollars'), th('share, %'), th(change))}
${tr(td('Mineral fuels'), td('88.2'), td('41.5'), td('-12.4'))}
${tr(td('Metals'), td('20.6'), td('9.7'), td('+3.1'))}
${tr(td('Total'), td('212.5'), td('100'), td('-6.0'))}</table>`;

  it('reads "change vs 2023, %" under a caption of 2024 as the change on the year', () => {
    const got = figures(LEAD, table('change vs 2023, %'), '2025-02-10').filter((l) => l.endsWith('-12.4') || l.endsWith(' 3.1'));
    expect(got).toEqual(['export World 2024-01..2024-12 20600000000 USD 3.1', 'export World 2024-01..2024-12 88200000000 USD -12.4']);
  });

  it('reads no change against a year that is not the one before the caption\'s', () => {
    expect(figures(LEAD, table('change vs 2019, %'), '2025-02-10').join('\n')).not.toMatch(/-12\.4|3\.1$/m);
  });
});

describe('a column of kinds before a column of flows, under a blank corner', () => {
  const LEAD = 'The ministry released the estimates of foreign trade for the month.';
  const table = (kind: string) => `<table>${tr(td(''), td(''), td('<b>August 2024<br>(USD Billion)</b>'), td('<b>August 2023<br>(USD Billion)</b>'), td('<b>Growth vs. August 2023 (%)</b>'))}
${tr(td(kind, ' rowspan="3"'), td('Exports'), td('41.20'), td('38.60'), td('6.74'))}
${tr(td('Imports'), td('52.75'), td('55.10'), td('&minus;4.26'))}
${tr(td('Trade Balance'), td('-11.55'), td('-16.50'), td('-'))}</table>`;

  it('reads each row as its flow of all goods, the change against the same month a year before', () => {
    expect(figures(LEAD, table('Merchandise'), '2024-09-16')).toEqual(
      [
        'export World 2024-08..2024-08 41200000000 USD 6.74',
        'export World 2023-08..2023-08 38600000000 USD null',
        'import World 2024-08..2024-08 52750000000 USD -4.26',
        'import World 2023-08..2023-08 55100000000 USD null',
        'balance World 2024-08..2024-08 -11550000000 USD null',
        'balance World 2023-08..2023-08 -16500000000 USD null',
      ].sort(),
    );
  });

  it('keeps a kind that is not goods as the rows\' commodity', () => {
    const got = releaseRows(page(LEAD, table('Services')), '2024-09-16', { contentType: HTML });
    expect(got.filter((r) => r.value === 41_200_000_000).map((r) => [r.flow, r.commodity])).toEqual([['export', 'services']]);
  });
});

describe('change rows that name their period and its base', () => {
  const LEAD = 'Pakistan\'s bureau of statistics released the provisional external trade figures for March 2021.';
  const table = (changes: string) => `<table>${tr(th('Period', ' rowspan="2"'), th('Exports', ' colspan="2"'), th('Imports', ' colspan="2"'))}
${tr(th('Rs million'), th('US$ million'), th('Rs million'), th('US$ million'))}
${tr(td('March 2021'), td('402,118'), td('2,611'), td('820,450'), td('5,327'))}
${tr(td('February 2021'), td('388,905'), td('2,470'), td('790,012'), td('5,020'))}
${tr(td('March 2020'), td('310,777'), td('2,104'), td('701,330'), td('4,748'))}
${changes}</table>`;

  it('gives the change over the same month a year before to that month\'s levels and sets aside the one over the month before', () => {
    const got = figures(LEAD, table(`${tr(td('% change Mar-21 over Feb-21'), td('3.40'), td('5.71'), td('3.85'), td('6.12'))}
${tr(td('% change Mar-21 over Mar-20'), td('29.39'), td('24.10'), td('16.98'), td('12.19'))}`), '2021-04-05');
    expect(got.filter((l) => l.includes('2021-03..2021-03'))).toEqual(
      [
        'export World 2021-03..2021-03 402118000000 PKR 29.39',
        'export World 2021-03..2021-03 2611000000 USD 24.1',
        'import World 2021-03..2021-03 820450000000 PKR 16.98',
        'import World 2021-03..2021-03 5327000000 USD 12.19',
      ].sort(),
    );
    expect(got.join('\n')).not.toMatch(/ (?:3\.4|5\.71|3\.85|6\.12)$/m);
    expect(got.filter((l) => l.includes('2021-02..2021-02') || l.includes('2020-03..2020-03'))).toHaveLength(8);
  });
});

describe('sections of places spanning the table, under a head of months and changes', () => {
  const LEAD = 'Statistics Canada reported the merchandise trade figures for September.';
  const body = `<table><caption>Merchandise trade with principal partners (seasonally adjusted)</caption>
${tr(th('', ' rowspan="2"'), th('August 2025<sup>r</sup>'), th('September 2025'), th('August to September 2025'), th('September 2024 to September 2025'))}
${tr(th('$ millions', ' colspan="2"'), th('% change', ' colspan="2"'))}
${tr(th('Total of all countries', ' colspan="5"'))}
${tr(th('Exports'), td('60,410'), td('61,020'), td('1.0'), td('4.2'))}
${tr(th('Imports'), td('62,300'), td('62,050'), td('-0.4'), td('2.8'))}
${tr(th('Japan<sup>1</sup>', ' colspan="5"'))}
${tr(th('Exports'), td('1,210'), td('1,304'), td('7.8'), td('-3.5'))}
${tr(th('Imports'), td('1,050'), td('1,011'), td('-3.7'), td('9.9'))}</table>`;

  it('gives each section\'s rows its partner, the change on the year to the later month and none of the month-on-month', () => {
    expect(figures(LEAD, body, '2025-11-04')).toEqual(
      [
        'export World 2025-08..2025-08 60410000000 CAD null',
        'export World 2025-09..2025-09 61020000000 CAD 4.2',
        'import World 2025-08..2025-08 62300000000 CAD null',
        'import World 2025-09..2025-09 62050000000 CAD 2.8',
        'export Japan 2025-08..2025-08 1210000000 CAD null',
        'export Japan 2025-09..2025-09 1304000000 CAD -3.5',
        'import Japan 2025-08..2025-08 1050000000 CAD null',
        'import Japan 2025-09..2025-09 1011000000 CAD 9.9',
      ].sort(),
    );
  });
});

describe('a section of a bloc over its trade with the rest of the world', () => {
  it('makes the bloc each "Extra-" row\'s area, the partner the world', () => {
    const body = `<p>Not seasonally adjusted, billion euro</p><table>${tr(th(''), th('March 2024'), th('March 2025'), th('Growth'))}
${tr(td('<b>EURO AREA (EA20)</b>', ' colspan="4"'))}
${tr(td('Extra-EA20 exports'), td('251.3'), td('270.9'), td('8%'))}
${tr(td('<b>EU27</b>', ' colspan="4"'))}
${tr(td('Extra-EU27 exports'), td('221.0'), td('240.7'), td('9%'))}</table>`;
    const got = releaseRows(page('Eurostat released its first estimate of international trade in goods for March 2025.', body), '2025-05-16', { contentType: HTML });
    expect(got.filter((r) => r.unit === 'EUR').map((r) => `${r.area} ${r.partner} ${r.period_start} ${r.value} ${r.yoy_pct}`).sort()).toEqual(
      ['Euro area World 2024-03 251300000000 null', 'Euro area World 2025-03 270900000000 8', 'European Union World 2024-03 221000000000 null', 'European Union World 2025-03 240700000000 9'].sort(),
    );
  });
});

describe('tonnes written "tn" after a scale in a unit column', () => {
  it('reads "thous.tn" as thousand tonnes under quantity and value heads spanning two periods', () => {
    const body = `<table>${tr(td('Main export goods', ' rowspan="2"'), td('Unit', ' rowspan="2"'), td('Quantity', ' colspan="2"'), td('Value, mln.USD', ' colspan="2"'))}
${tr(td('2024 I-V'), td('2025 I-V'), td('2024 I-V'), td('2025 I-V'))}
${tr(td('Fluorspar'), td('thous.tn'), td('402.6'), td('455.1'), td('96.3'), td('104.8'))}</table>`;
    const got = figures('Mongolia\'s customs released the foreign trade results for the first five months of 2025.', body, '2025-06-10');
    expect(got.filter((l) => l.includes('tonnes'))).toEqual(['export World 2024-01..2024-05 402600 tonnes null', 'export World 2025-01..2025-05 455100 tonnes null']);
  });
});

describe('periods as rows under throughput columns in units of 10,000', () => {
  it('reads "Container throughput (10,000 TEU)" beside cargo in 10,000 tonnes, and "Whole year 2024" as that year', () => {
    const body = `<p><b>Throughput of the port by month</b></p><table>${tr(td('Period'), td('Cargo throughput<br>(10,000 tonnes)'), td('y/y (%)'), td('Container throughput<br>(10,000 TEU)'), td('y/y (%)'))}
${tr(td('November 2024'), td('4,105'), td('3.2'), td('88.4'), td('6.5'))}
${tr(td('December 2024'), td('4,260'), td('&minus;1.4'), td('90.2'), td('-0.8'))}
${tr(td('Whole year 2024'), td('48,730'), td('2.9'), td('1,041.6'), td('7.7'))}</table>`;
    const got = figures('Qingdao Port released its throughput for last year.', body, '2025-01-15');
    expect(got.filter((l) => l.includes('TEU'))).toEqual(
      ['total World 2024-11..2024-11 884000 TEU 6.5', 'total World 2024-12..2024-12 902000 TEU -0.8', 'total World 2024-01..2024-12 10416000 TEU 7.7'].sort(),
    );
    expect(got).toContain('total World 2024-01..2024-12 487300000 tonnes 2.9');
  });
});

describe('a percentage column from one month to the same month a year later', () => {
  it('reads "Sep-24 to Sep-25 (%)" as the change on the year of the later month, beside the month before', () => {
    const body = `<table><caption>Goods credits, selected partners, original ($m)</caption>
${tr(th('Country'), th('Sep-24'), th('Aug-25'), th('Sep-25'), th('Sep-24 to Sep-25 (%)'))}
${tr(td('Japan'), td('5,020'), td('4,870'), td('4,612'), td('-8.1'))}
${tr(td('India'), td('1,488'), td('1,930'), td('2,101'), td('41.2'))}</table>`;
    const got = figures('The Australian Bureau of Statistics released its goods trade figures for September 2025.', body, '2025-11-06');
    expect(got.filter((l) => l.includes('2025-09..2025-09'))).toEqual(['export India 2025-09..2025-09 2101000000 AUD 41.2', 'export Japan 2025-09..2025-09 4612000000 AUD -8.1']);
  });
});
