/**
 * Rules added in the fixing round for blind batch b119 (commodities, freight trains and ports: totals since a launch,
 * a single month beside the year, port throughput and goods arriving at a land port). Texts are our own, written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-05-12'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a16', source_url: 'https://example.org/r/a16', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null, unit = '') =>
  rows.find((r) => r.value === value && (value !== null || r.unit === unit));

describe('a count and the cargo it carried, joined by "with", then "respectively"', () => {
  it('pairs each growth rate with its own level', () => {
    const rows = rowsOf(
      'WUHAN, May 12 -- Freight trains on the Yangtze corridor made 2,310 trips in April with 205,000 TEUs of goods on board, ' +
        'up 6 percent and 9 percent year on year, respectively.',
    );
    expect(row(rows, 2310)?.yoy_pct).toBe(6);
    expect(row(rows, 205000)?.yoy_pct).toBe(9);
    expect(rows.filter((r) => r.value === null)).toEqual([]);
  });
});

describe('totals since a launch', () => {
  const span = (rows: ObservationDraft[], value: number) => {
    const r = row(rows, value);
    return r ? `${r.period_start}..${r.period_end}` : 'no row';
  };
  it('reads "since it entered service in June 2022" as the launch month', () => {
    const rows = rowsOf('By the end of April, the cross-border line had carried 9.1 million tonnes of goods since it entered service in June 2022.');
    expect(span(rows, 9.1e6)).toBe('2022-06..2026-04');
  });
  it('takes the launch month of the sentence before for a bare "since its opening", though the two end in different months', () => {
    const rows = rowsOf(
      'Freight across the new bridge has grown steadily since it was opened in July 2022. ' +
        'By the end of April, the bridge had handled 4.2 million tonnes of cargo since its opening, the port office said.',
    );
    expect(span(rows, 4.2e6)).toBe('2022-07..2026-04');
  });
  it('reads a service named with an "of" phrase before the verb of its start', () => {
    const rows = rowsOf('Since the rail-sea service of the southern trade corridor started in May 2018, more than 30,000 trains had run by the end of April.');
    expect(span(rows, 30000)).toBe('2018-05..2026-04');
  });
});

describe('a half of the year named in a release on the year', () => {
  it('is an aside: the next paragraph goes on with the whole year', () => {
    const rows = rowsOf(
      'Steel exports reached 98.2 million tonnes in 2025, up 4.4 percent, customs data showed. ' +
        'Shipments to Southeast Asia cooled in the second half as several buyers opened trade-defence cases.\n\n' +
        'Exports of steel wire rose 9 percent to 3.1 million tonnes.',
      '2026-01-20',
    );
    const wire = row(rows, 3.1e6);
    expect(`${wire?.period_start}..${wire?.period_end}`).toBe('2025-01..2025-12');
  });
});

describe('a clause of cause closing the sentence', () => {
  it('gives its flow words to no figure: a port\'s boxes "helped by shipments to" a region stay two-way', () => {
    const rows = rowsOf(
      'Ningbo-Zhoushan Port handled 40 million TEUs of containers last year. ' +
        'The port moved 3.4 million TEUs in March alone, helped by strong shipments to Africa and the Middle East.',
      '2026-04-15',
    );
    expect(row(rows, 3.4e6)?.flow).toBe('total');
  });
});

describe('a sentence with no row that names the release period', () => {
  it('brings the next paragraph back to the year after a single month', () => {
    const rows = rowsOf(
      'Tianjin Port handled 24.1 million TEUs of containers in 2025, up 5.2 percent, the port group said. ' +
        'August was its busiest month, when it moved 2.3 million TEUs. Over the whole year, its quays worked at about 66,000 TEUs a day.\n\n' +
        'Sea-rail containers moved at the port came to 1.4 million TEUs, an increase of 8 percent.',
      '2026-01-20',
    );
    const seaRail = row(rows, 1.4e6);
    expect(`${seaRail?.period_start}..${seaRail?.period_end}`).toBe('2025-01..2025-12');
  });
});

describe('a multiple verb, then "and reached" or a participle, then the level', () => {
  it('reads "doubled ... and reached" and "halved, totalling" as +100 and -50', () => {
    const rows = rowsOf(
      'Oat exports in January-April 2026 doubled from a year earlier and reached 84,000 tonnes, the bureau said. ' +
        'Rapeseed exports halved, totalling 31,000 tonnes.',
    );
    expect(row(rows, 84000)?.yoy_pct).toBe(100);
    expect(row(rows, 31000)?.yoy_pct).toBe(-50);
  });
});

describe('a part of a whole "equating to" a percentage of it', () => {
  it('reads the percentage as a share', () => {
    const rows = rowsOf(
      'China imported 7.4 million tonnes of soybeans in April 2026. ' +
        'Brazil shipped 5.1 million tonnes of them, which equates to 68.9 percent of total imports.',
    );
    expect(row(rows, 68.9)?.unit).toBe('percent-share');
  });
});

describe('a share "of the national total" after a count split both ways', () => {
  it('is a share of the two-way whole, not of the last way named', () => {
    const rows = rowsOf(
      'Erenhot port handled 3,120 China-Europe freight trains in January-April 2026. Of these, 1,700 were outbound and 1,420 inbound. ' +
        'Trains through the port made up about 21 percent of the national total.',
    );
    expect(row(rows, 21)?.flow).toBe('total');
  });
});

describe('goods "from" a country right after the amount, after a sentence on imports', () => {
  it('came in, though a port cleared them', () => {
    const rows = rowsOf(
      'Imports of fresh fruit through Hekou Port kept rising in the first four months of 2026, the customs said.\n\n' +
        'From January to April, the port cleared 152,000 tonnes of bananas from Laos, up 9.4 percent year on year.',
    );
    expect(row(rows, 152000)?.flow).toBe('import');
  });
});

describe('goods weighed right before their verb of arriving', () => {
  it('came in', () => {
    const rows = rowsOf(
      'Mangosteen shipments through the border gate grew quickly in the first four months of 2026.\n\n' +
        'April was the peak month for the gate, with a record 18,300 tonnes arriving during the harvest.',
    );
    expect(row(rows, 18300)?.flow).toBe('import');
  });
});
