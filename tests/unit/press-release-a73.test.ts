/**
 * Rules of the fixing round for blind batch b181 and the leftovers of b171 and b173 (thirty-first session): forecasts in
 * the past tense, how far back a sharp change reaches, parts of a total named before, return trains, and the flow a
 * commodity keeps from its story. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-11-20'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a73', source_url: 'https://example.org/r/a73', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const growth = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.value === null && r.yoy_pct === yoy);

describe('a forecast of a flow in the past tense is no row', () => {
  it('sets aside what an association said it expected for the full year', () => {
    const rows = rowsOf('BEIJING, Nov. 20 -- Carmakers shipped 1.41 million vehicles abroad in the third quarter. The association said it expected full-year exports of close to 5.6 million vehicles.');
    expect(row(rows, 5.6e6)).toBeUndefined();
    expect(row(rows, 1.41e6)).toBeDefined();
  });
  it('sets aside what a ministry anticipated for annual shipments', () => {
    const rows = rowsOf('ULAANBAATAR, Nov. 20 -- Coal exports reached 7.2 million tonnes in October. The ministry anticipated annual shipments of about 83 million tonnes.');
    expect(row(rows, 83e6)).toBeUndefined();
    expect(row(rows, 7.2e6)).toBeDefined();
  });
  it('sets aside what an industry body projected for overseas sales', () => {
    const rows = rowsOf('TOKYO, Nov. 20 -- Car exports came to 362,000 units in October. Last week the industry body projected overseas sales of nearly 4.3 million units.');
    expect(row(rows, 4.3e6)).toBeUndefined();
    expect(row(rows, 362000)).toBeDefined();
  });
  it('keeps a result reported as lower than expected (guard)', () => {
    const rows = rowsOf('BEIJING, Nov. 20 (Reuters) - China posted lower-than-expected exports of 309 billion dollars in October.');
    expect(row(rows, 309e9)).toMatchObject({ flow: 'export', period_start: '2026-10' });
  });
});

describe('how far back a sharp change reaches dates no figure', () => {
  const lead = 'BEIJING, June 10 (Reuters) - China\'s exports rose 1.1% in May.';
  it('keeps the month for a fall that was "the sharpest decline since" a month and year', () => {
    const rows = rowsOf(`${lead} Imports dropped 8.5%, the sharpest decline since July 2016.`, '2019-06-10');
    expect(growth(rows, -8.5)).toMatchObject({ period_start: '2019-05', period_end: '2019-05' });
  });
  it('reads "the steepest fall since" and "the deepest slide since early" the same way', () => {
    for (const aside of ['the steepest fall since March 2016', 'the deepest slide since early 2016', 'marking the heaviest drop since the start of 2016']) {
      const rows = rowsOf(`${lead} Imports dropped 8.5 percent, ${aside}.`, '2019-06-10');
      expect(growth(rows, -8.5)).toMatchObject({ period_start: '2019-05', period_end: '2019-05' });
    }
  });
  it('reads "their first decline since" a year the same way', () => {
    const rows = rowsOf(`${lead} Shipments of soybeans fell 3.2 percent, their first annual decline since 2016.`, '2019-06-10');
    expect(growth(rows, -3.2)).toMatchObject({ period_start: '2019-05', period_end: '2019-05' });
  });
  it('still reads a total piled up since a month as a running total (guard)', () => {
    const rows = rowsOf('URUMQI, June 10 -- The port has handled 12,000 freight trains since July 2016, the customs said.', '2019-06-10');
    expect(row(rows, 12000)?.period_start).not.toBe('2019-05');
  });
});

describe('a launch written as a noun, then its date, dates the launch, not the next sentence', () => {
  it('keeps the running total\'s span for a part "of that total" after "the anniversary of the line\'s launch in" a month', () => {
    const rows = rowsOf('KUNMING, Dec. 3 -- The railway has moved 51.6 million tonnes of cargo since it opened three years ago, its operator said, on the anniversary of the line\'s launch in December 2022. Cross-border goods made up 12.4 million tonnes of that total.', '2025-12-03');
    expect(row(rows, 12.4e6)).toMatchObject({ period_start: '2022-12', period_end: '2025-12' });
  });
  it('reads "the crossing\'s opening in" a month the same way', () => {
    const rows = rowsOf('HEIHE, Dec. 3 -- The bridge has carried 2.6 million tonnes of goods since it opened, two years after the crossing\'s opening in June 2023. Exports made up 1.4 million tonnes of the total.', '2025-12-03');
    expect(row(rows, 1.4e6)?.period_start).not.toBe('2023-06');
    expect(row(rows, 1.4e6)?.period_end).toBe('2025-12');
  });
  it('reads "the corridor\'s debut in" a month, in a sentence after the total, as the debut\'s date', () => {
    const rows = rowsOf('CHONGQING, Dec. 3 -- The sea-rail corridor has carried 880,000 TEUs of containers since it began. The figure comes eight years after the corridor\'s debut in September 2017. Of them, 310,000 TEUs were exports.', '2025-12-03');
    expect(row(rows, 310000)?.period_start).not.toBe('2017-09');
  });
  it('still reads a month of trade beside "its opening hours" as the figure\'s period (guard)', () => {
    const rows = rowsOf('ERENHOT, Dec. 3 -- The port handled 0.4 million tonnes in November, when its opening hours were extended.', '2025-12-03');
    expect(row(rows, 0.4e6)).toMatchObject({ period_start: '2025-11', period_end: '2025-11' });
  });
});

describe('return services, and trains bound for the place whose figure it is, came in', () => {
  const lead = 'BEIJING, Oct. 9 (Xinhua) -- China-Europe freight trains made 15,100 trips in the first nine months of 2026, up 6 percent year on year.';
  it('reads "return services bound for China" in a release on China as inbound, whatever "bound for" says alone', () => {
    const rows = rowsOf(`${lead} Of all trips, 8,200 were westbound services leaving China for Europe, and 6,900 were return services bound for China.`, '2026-10-09');
    expect(row(rows, 6900)?.flow).toBe('import');
    expect(row(rows, 8200)?.flow).toBe('export');
  });
  it('reads "return services", "return cargo services" and "returning services" after a count of westbound ones as inbound', () => {
    for (const words of ['return services', 'return cargo services', 'returning services']) {
      const rows = rowsOf(`${lead} Of all trips, 8,200 were westbound services and 6,900 were ${words}, the operator said.`, '2026-10-09');
      expect(row(rows, 6900)?.flow).toBe('import');
    }
  });
  it('reads "services bound for China" with no "return" as inbound too', () => {
    const rows = rowsOf(`${lead} Of all trips, 6,900 were services bound for China, loaded with timber and machinery.`, '2026-10-09');
    expect(row(rows, 6900)?.flow).toBe('import');
  });
  it('reads trains "bound for" the city in a release on the city as inbound', () => {
    const rows = rowsOf('XI\'AN, Oct. 9 -- Xi\'an\'s Chang\'an trains made 4,120 trips in the first nine months of 2026. Of them, 1,530 were trains bound for Xi\'an, mostly carrying timber and wine.', '2026-10-09');
    expect(row(rows, 1530)?.flow).toBe('import');
  });
  it('keeps trains bound for Europe outbound, and another country\'s loadings bound for China its exports (guard)', () => {
    expect(row(rowsOf(`${lead} Some 8,200 trains were bound for Europe.`, '2026-10-09'), 8200)?.flow).toBe('export');
    const rows = rowsOf('SINGAPORE, Nov. 20 (Kpler) - Australian thermal coal loadings bound for China slipped to 3.9 million tonnes in October.');
    expect(row(rows, 3.9e6)?.flow).toBe('export');
  });
});

describe('tonnes a port cleared in a story on goods going one way keep the story\'s way', () => {
  it('reads three ports\' tonnes "respectively" after an iron-ore import lead as imports of the ore', () => {
    const rows = rowsOf('JINAN, Oct. 24 -- Shandong imported 141.2 million tonnes of iron ore in the first three quarters of 2026, up 5.1 percent year on year. Qingdao, Rizhao and Yantai ports cleared 63.4 million, 50.2 million and 20.8 million tonnes respectively during the period.', '2026-10-24');
    for (const v of [63.4e6, 50.2e6, 20.8e6]) expect(row(rows, v)).toMatchObject({ flow: 'import', commodity: 'iron ore' });
  });
  it('reads a port that "cleared" tonnes "of the" goods in a coal export story as exports', () => {
    const rows = rowsOf('JAKARTA, Nov. 20 -- Indonesia\'s coal exports reached 38.6 million tonnes in October. Customs at Samarinda cleared 9.4 million tonnes of the fuel, the ministry said.');
    expect(row(rows, 9.4e6)?.flow).toBe('export');
  });
  it('reads a terminal that "processed" tonnes in a soybean import story as imports', () => {
    const rows = rowsOf('BEIJING, Nov. 20 -- China brought in 7.9 million tonnes of soybeans in October. Dalian\'s grain terminal processed 1.6 million tonnes, traders said.');
    expect(row(rows, 1.6e6)?.flow).toBe('import');
  });
  it('keeps a port\'s cargo of every kind, and other goods it cleared, two-way (guard)', () => {
    const rows = rowsOf('JINAN, Oct. 24 -- Shandong imported 141.2 million tonnes of iron ore in the first three quarters of 2026. Rizhao Port handled 410 million tonnes of cargo, while Yantai Port cleared 20.1 million tonnes of coal.', '2026-10-24');
    expect(row(rows, 410e6)?.flow).toBe('total');
    expect(row(rows, 20.1e6)?.flow).toBe('total');
  });
});
