/**
 * Rules of issue 9, part cv: the fixing round on the corpus's remaining misses (batches 70, 65, 62, 64, 66, 63 and older
 * leftovers), each found there and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

describe('a paste whose paragraphs lost their blank lines', () => {
  it('starts a paragraph at each long line ending a sentence, so a port aside ends with its line', () => {
    const text = [
      'Kazakh wheat exports climb in ten months',
      'Astana, November 9 (Kazinform). Kazakhstan exported 7.42 million tonnes of wheat in January-October 2026, up 12.6 percent year on year, the ministry of agriculture reported. Through the Altynkol crossing alone, 1.18 million tonnes of grain were exported, up 20.4 percent.',
      'Flour exports totalled 1.64 million tonnes, up 3.1 percent, worth USD 402 million, the ministry said in its monthly review of the grain market.',
    ].join('\n');
    const rows = releaseRows(text, '2026-11-09');
    const flour = rows.filter((r) => r.value === 1640000 || r.value === 402000000).map((r) => [...levelTuple(r), r.area, r.flow]);
    expect(flour).toEqual([
      ['2026-01', '2026-10', 1640000, 'tonnes', 3.1, 'Kazakhstan', 'export'],
      ['2026-01', '2026-10', 402000000, 'USD', null, 'Kazakhstan', 'export'],
    ]);
  });
});

describe('a PDF bulletin whose port is named only in its running head', () => {
  const page = (n: number) => `RIZHAO PORT GROUP                                   QUARTERLY TRAFFIC NOTE No. 3/2026\n\n                                    - ${n} -\n`;
  const text = [
    page(1),
    'Traffic in the third quarter',
    '',
    'In the third quarter of 2026 the port handled 142.6 million tonnes of cargo, up 2.8 per cent year on year, and',
    'iron ore landed at its berths kept rising.',
    '',
    page(2),
    'Outlook',
    '',
    'The port plans to open a second crude terminal next year.',
  ].join('\n');

  it('gives the figures of "the port" to the port the head names, though the head is blanked as page furniture', () => {
    const rows = releaseRows(text, '2026-10-15');
    expect(rows.map((r) => [...levelTuple(r), r.area])).toEqual([['2026-07', '2026-09', 142600000, 'tonnes', 2.8, 'Rizhao Port']]);
  });
});

describe('a prose figure that a space-aligned table of the release gives in its own words', () => {
  it('is the table row when the table names the goods by its own label ("Cargo throughput"), rounded or equal', () => {
    const text = [
      'Qinzhou Port keeps growing in September',
      '',
      'Qinzhou, October 12 -- The port handled 18.43 million tonnes of cargo in September 2026, up 6.1 per cent year on year,',
      'its operator said on Monday.',
      '',
      'Key figures, September 2026',
      '',
      'Indicator                  Unit              September    y/y %',
      'Cargo throughput           10,000 tonnes        1,843.2      6.1',
      'Container throughput       10,000 TEU             72.5       9.4',
    ].join('\n');
    const rows = releaseRows(text, '2026-10-12');
    expect(rows.filter((r) => r.unit === 'tonnes').map((r) => [...levelTuple(r), r.area])).toEqual([['2026-09', '2026-09', 18432000, 'tonnes', 6.1, 'Qinzhou Port']]);
  });
});

describe('where most of the goods went, in an aside', () => {
  it('is no partner of the figure ("Rail-sea traffic, mainly to the Middle East via ..., reached ...")', () => {
    const text = 'Qinzhou Port said its rail-sea container traffic, mainly to the Middle East via the Beibu Gulf routes, reached 61,200 TEU in October 2026.';
    const rows = releaseRows(text, '2026-11-10');
    expect(rows.map((r) => [...levelTuple(r), r.partner])).toEqual([['2026-10', '2026-10', 61200, 'TEU', null, 'World']]);
  });
});

describe('capitals glued to an amount after "exports of"', () => {
  it('are a currency sign, no goods ("imports of R190.46 billion")', () => {
    const text = 'Pretoria, 30 July 2026 - The surplus of R11.02 billion for June 2026 comes from exports of R201.48 billion and imports of R190.46 billion.';
    const rows = releaseRows(text, '2026-07-30');
    expect(rows.map((r) => [r.value, r.flow, r.commodity])).toEqual([
      [11020000000, 'balance', 'all goods'],
      [201480000000, 'export', 'all goods'],
      [190460000000, 'import', 'all goods'],
    ]);
  });
});

describe('a change from one month to the next, and a second flow "over the same period"', () => {
  it('are both month-on-month: no growth rows', () => {
    const text = [
      'Trade figures for August 2026',
      '',
      'Exports rose by 4.2 billion dollars (3.9%) from July 2026 to August 2026, and imports rose by 1.1 billion dollars (1.0%)',
      'over the same period, the office said.',
    ].join('\n');
    const rows = releaseRows(text, '2026-09-28');
    expect(rows.filter((r) => r.yoy_pct !== null)).toEqual([]);
  });
});

describe('PDF copies: bare centred page numbers, words broken at a capital, padding before a wrapped currency', () => {
  const head = 'MINISTRY OF TRADE OF THE REPUBLIC OF GHANA            Monthly Trade Brief No. 9/2026';

  it('take a centred number alone between blank lines, counting the pages on, for a page number, and join the sentence it cuts', () => {
    const text = [
      head,
      '',
      'Ghana\'s merchandise exports in September 2026 amounted to 1.82 billion US dollars, up',
      '',
      '                                        1',
      '',
      head,
      '',
      '7.4 percent year on year, the ministry said.',
      '',
      '                                        2',
    ].join('\n');
    const rows = releaseRows(text, '2026-10-20');
    expect(rows.map((r) => [...levelTuple(r), r.area, r.flow])).toEqual([['2026-09', '2026-09', 1820000000, 'USD', 7.4, 'Ghana', 'export']]);
  });

  it('join a month name broken after its capital ("Au-\\ngust")', () => {
    const text = 'Ghana\'s merchandise exports in Au-\ngust 2026 amounted to 1.82 billion US dollars, up 7.4 percent\nyear on year, the ministry of trade said in its monthly brief released on Tuesday.';
    const rows = releaseRows(text, '2026-10-20');
    expect(rows.map((r) => levelTuple(r))).toEqual([['2026-08', '2026-08', 1820000000, 'USD', 7.4]]);
  });

  it('read the currency on the next line after the blanks a joined word leaves ("7.73 billion␠␠\\nyuan")', () => {
    const text = 'Jilin foreign trade. State-owned firms in the province traded 7.73 billion  \nyuan in January-September 2026, down 2.2%.';
    const rows = releaseRows(text, '2026-10-20');
    expect(rows.map((r) => levelTuple(r))).toEqual([['2026-01', '2026-09', 7730000000, 'CNY', -2.2]]);
  });

  it('give the country its running head names to figures that name none', () => {
    const text = [
      'OFFICE OF STATISTICS',
      'External trade bulletin of the Republic of Armenia, January-September 2026',
      '',
      'Exports in January-September 2026 totalled 4 118.2 million US dollars, up 9.6 percent',
      'on the same period of 2025, while imports came to 6 204.7 million US dollars.',
      '',
      '                                        12',
      '',
      'External trade bulletin of the Republic of Armenia, January-September 2026',
      '',
      'The figures are preliminary.',
      '',
      '                                        13',
    ].join('\n');
    const rows = releaseRows(text, '2026-10-22');
    expect(rows.map((r) => [r.value, r.area])).toEqual([[4118200000, 'Armenia'], [6204700000, 'Armenia']]);
  });
});

describe('a headline growth with a reason clause naming another side\'s trade', () => {
  it('restates the body\'s growth, and the country in the "as" clause gets no growth ("jump 9% as Chile ships more")', () => {
    const text = [
      "China's October copper concentrate imports jump 9% as Chile ships more",
      '',
      'BEIJING, Nov 20 (Reuters) - China imported 2.31 million metric tons of copper concentrate in October, up 8.8% from a year earlier, customs data showed.',
      '',
      'Arrivals from Chile reached 0.92 million tons, compared with 0.77 million tons a year earlier.',
    ].join('\n');
    const rows = releaseRows(text, '2026-11-20');
    expect(rows.filter((r) => r.period_start === '2026-10').map((r) => [...levelTuple(r), r.partner])).toEqual([
      ['2026-10', '2026-10', 2310000, 'tonnes', 8.8, 'World'],
      ['2026-10', '2026-10', 920000, 'tonnes', null, 'Chile'],
    ]);
  });
});

describe('a release that writes growth as indices of the year-earlier level', () => {
  it('reads a second flow\'s bare "or N percent" after its level as the same kind of index', () => {
    const text = 'In January-September 2026 exports amounted to 2 114.0 million US dollars, or 108.2 percent of the level of the same period of the previous year, and imports to 5 872.5 million US dollars, or 96.4 percent.';
    const rows = releaseRows(text, '2026-10-25');
    expect(rows.map((r) => [...levelTuple(r), r.flow])).toEqual([
      ['2026-01', '2026-09', 2114000000, 'USD', 8.2, 'export'],
      ['2026-01', '2026-09', 5872500000, 'USD', -3.6, 'import'],
    ]);
  });

  it('leaves "or N%" after a change alone ("increased by $31.4 million, or 6.1%")', () => {
    const text = 'Exports amounted to 544.1 million US dollars, or 106.1 percent of the level of January-September 2025. Imports increased by 31.4 million US dollars, or 6.1 percent.';
    const rows = releaseRows(text, '2026-10-25');
    expect(rows.map((r) => [r.value, r.yoy_pct, r.flow])).toEqual([[544100000, 6.1, 'export'], [null, 6.1, 'import']]);
  });
});

describe('a balance set against the whole trade', () => {
  it('gives no share row when "accounting for" stands between its amount and the ratio', () => {
    const text = 'In January-September 2026 the negative trade balance was USD 5 214.6 million, accounting for 41.3 percent of the external trade turnover.';
    const rows = releaseRows(text, '2026-10-20');
    expect(rows.map((r) => [r.value, r.unit, r.flow])).toEqual([[-5214600000, 'USD', 'balance']]);
  });
});
