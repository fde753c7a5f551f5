/**
 * Verbs of moving goods as flows (issue 9, category 9 "imports from Russia" and its verb forms): goods
 * shipped, sold, sent, supplied or delivered to a place are exports; goods bought, purchased, sourced
 * or procured from a place are imports. A "to"/"from" that names no place ("rose to 10.2 million",
 * "from January to May", "to US$ 5 billion") makes no flow. Fixture r9d-02 in tests/corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';
import { findFlowCues } from '../../functions/core/extract/press-release/subjects.js';

const rowsOf = (text: string) => {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published: '2026-10-14' }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
};
const flowsOf = (text: string) => rowsOf(text).map((r) => [r.flow, r.partner, r.value]);
const ownersOf = (text: string) => rowsOf(text).map((r) => [r.area, r.partner, r.flow]);

describe('verbs of moving goods', () => {
  it('reads goods shipped, sold, sent or supplied to a place as exports', () => {
    expect(flowsOf('China shipped 1.2 million tonnes of steel to Vietnam in September.')).toEqual([['export', 'Vietnam', 1_200_000]]);
    expect(flowsOf('Russia sold 2.1 million tonnes of coal to China in September.')).toEqual([['export', 'China', 2_100_000]]);
    expect(flowsOf('Kazakhstan supplied 310,000 tonnes of wheat to Uzbekistan in September.')).toEqual([['export', 'Uzbekistan', 310_000]]);
    expect(flowsOf('Overseas sales of Chinese cars jumped 25% to 550,000 in September.')[0][0]).toBe('export');
  });

  it('reads goods bought, purchased or sourced from a place as imports', () => {
    expect(flowsOf('China bought 8.4 million tonnes of crude oil from Russia in September.')).toEqual([['import', 'Russia', 8_400_000]]);
    expect(flowsOf('Mills purchased 2.3 million tonnes of iron ore from Australia in September, up 6 percent year on year.')).toEqual([['import', 'Australia', 2_300_000]]);
  });

  it('needs a place after "to" or "from"', () => {
    for (const s of ['Shipments of iron ore slipped 3 percent to 98 million tonnes.', 'The firm shipped goods worth 1.2 billion yuan from January to May.', 'It sold machinery worth more than 4 billion yuan to March.', 'Traders bought soybeans worth 1.1 billion from US$ 0.9 billion.'])
      expect(findFlowCues(s).map((c) => c.flow), s).not.toContain(/shipped|sold/.test(s) ? 'export' : 'import');
  });

  it('lets "inbound" decide when "to" is the level of a shipment', () => {
    expect(flowsOf('Inbound shipments of iron ore slipped 3 percent to 98 million tonnes in September.')[0][0]).toBe('import');
  });

  it('reads the trade from the release country\'s side when the subject of the verb is its partner', () => {
    // A release on China: what Mongolia sold to China is China's import from Mongolia.
    expect(ownersOf('BEIJING, Oct 14 -- China imported 9.6 million tonnes of coal in September. Mongolia sold 8.2 million tonnes of coal to China in the same month.')[1]).toEqual(['China', 'Mongolia', 'import']);
    // A release on Mongolia: the same sentence is Mongolia's own export.
    expect(ownersOf('ULAN BATOR, Oct 14 -- Mongolia sold 8.2 million tonnes of coal to China in September.')).toEqual([['Mongolia', 'China', 'export']]);
    // Trade between two other countries belongs to its subject.
    expect(ownersOf('ULAN BATOR, Oct 14 -- Mongolia\'s coal exports rose. China bought 8.4 million tonnes of crude oil from Russia in September.').pop()).toEqual(['China', 'Russia', 'import']);
    // A place in a later clause is not where the subject's goods went.
    expect(ownersOf('BEIJING, Oct 14 -- China imported 9.6 million tonnes of soybeans in September. Brazil supplied 7.1 million tonnes, while shipments from Argentina came to 0.5 million tonnes.')[1][0]).toBe('China');
  });
});
