/**
 * Rules added in the fixing round for batch b205 (issue 9): a city's release that names its province only to rank it or to
 * size the city within it, "the port city", "the municipality" and "the city's port" in a province-level city's release.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-11-20'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a91', source_url: 'https://example.org/r/a91', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

const WENZHOU = 'WENZHOU, Nov. 20 -- Wenzhou\'s imports and exports came to 231.4 billion yuan in the first ten months, up 6.2 percent.';
const LATER = 'Private firms traded 188.9 billion yuan, up 8.4 percent.';

describe('a province ranked in a sentence of its own is not whose figures come next', () => {
  it('keeps the city after "X kept its place as the third-largest trading province"', () => {
    const rows = rowsOf(`${WENZHOU} Zhejiang kept its place as the third-largest trading province in the country. ${LATER}`);
    expect(row(rows, 188.9e9)?.area).toBe('Wenzhou');
  });
  it('keeps the city after "X remained the country\'s third-biggest foreign trade province"', () => {
    const rows = rowsOf(`${WENZHOU} Zhejiang remained the country's third-biggest foreign trade province. ${LATER}`);
    expect(row(rows, 188.9e9)?.area).toBe('Wenzhou');
  });
  it('keeps the city after a passive ranking with an aside ("X, ..., was ranked behind ...")', () => {
    const rows = rowsOf(`${WENZHOU} Zhejiang, a coastal province, was ranked behind Guangdong and Jiangsu. ${LATER}`);
    expect(row(rows, 188.9e9)?.area).toBe('Wenzhou');
  });
  it('keeps the city after an opening phrase ("Among provinces, X stayed in third place")', () => {
    const rows = rowsOf(`${WENZHOU} Among provinces, Zhejiang stayed in third place. ${LATER}`);
    expect(row(rows, 188.9e9)?.area).toBe('Wenzhou');
  });
  it('keeps the city after a wire-style "No. 3" standing with a country named', () => {
    const rows = rowsOf(`${WENZHOU} Zhejiang is the No. 3 trading province in China. ${LATER}`);
    expect(row(rows, 188.9e9)?.area).toBe('Wenzhou');
  });
  it('keeps the city after it is sized as "nearly a quarter of" the province\'s trade, no figure given', () => {
    const rows = rowsOf(`${WENZHOU} The city accounted for nearly a quarter of Zhejiang's foreign trade. ${LATER}`);
    expect(row(rows, 188.9e9)?.area).toBe('Wenzhou');
  });
  it('still follows a province named with a figure of its own (guard)', () => {
    const rows = rowsOf(`${WENZHOU} Zhejiang's trade rose 4.1 percent to 4.32 trillion yuan. Its private firms traded 2.9 trillion yuan, up 7.7 percent.`);
    expect(row(rows, 4.32e12)?.area).toBe('Zhejiang');
  });
  it('still moves to a place named with no ranking or share words (guard)', () => {
    const rows = rowsOf(`${WENZHOU} Turning to the province as a whole, Zhejiang saw strong demand. The province's exports grew 5.5 percent to 3.1 trillion yuan.`);
    expect(row(rows, 3.1e12)?.area).toBe('Zhejiang');
  });
});

describe('a ranking clause after a figure lends it no area', () => {
  it('keeps a share before ", and X stayed the third-largest ..." the city\'s', () => {
    const rows = rowsOf(`${WENZHOU} That was 9.8 percent of Zhejiang's total, and Zhejiang stayed the third-largest trading province. ${LATER}`);
    expect(row(rows, 9.8)?.area).toBe('Wenzhou');
    expect(row(rows, 188.9e9)?.area).toBe('Wenzhou');
  });
  it('keeps a level before ", while X ranked third among provinces" the city\'s', () => {
    const rows = rowsOf(`${WENZHOU} Exports rose 7.0 percent to 160.2 billion yuan, while Zhejiang ranked third among provinces. ${LATER}`);
    expect(row(rows, 160.2e9)?.area).toBe('Wenzhou');
    expect(row(rows, 188.9e9)?.area).toBe('Wenzhou');
  });
  it('keeps a level before "; X held on to third place nationally" the city\'s', () => {
    const rows = rowsOf(`${WENZHOU} Imports were 71.2 billion yuan, up 4.6 percent; Zhejiang held on to third place nationally. ${LATER}`);
    expect(row(rows, 71.2e9)?.area).toBe('Wenzhou');
    expect(row(rows, 188.9e9)?.area).toBe('Wenzhou');
  });
  it('still gives a later clause\'s own figure to the place it names (guard)', () => {
    const rows = rowsOf(`${WENZHOU} Exports rose 7.0 percent to 160.2 billion yuan, while Zhejiang's exports, the largest among provinces, grew 5.5 percent to 3.1 trillion yuan.`);
    expect(row(rows, 3.1e12)?.area).toBe('Zhejiang');
  });
});

describe('"the port city" is the city, not a port', () => {
  it('reads "The port city contributed N percent of X\'s total" as the city\'s share', () => {
    const rows = rowsOf(`${WENZHOU} The port city contributed 5.4 percent of Zhejiang's total trade over the period, and Zhejiang kept its place as the third-largest trading province.`);
    expect(row(rows, 5.4)?.area).toBe('Wenzhou');
  });
  it('reads "the coastal port city\'s exports" as the city\'s', () => {
    const rows = rowsOf(`${WENZHOU} Xiamen Port handled 6.1 million TEUs, up 2.2 percent. The coastal port city's exports grew 5.1 percent to 110.4 billion yuan.`);
    expect(row(rows, 110.4e9)?.area).toBe('Wenzhou');
  });
  it('still reads "the port" alone as the port (guard)', () => {
    const rows = rowsOf('XIAMEN, Nov. 20 -- Xiamen Port handled 10.1 million TEUs in the first ten months, up 2.2 percent. The port\'s foreign trade cargo rose 4.4 percent to 60.3 million tonnes.');
    expect(row(rows, 60.3e6)?.area).toBe('Xiamen Port');
  });
});

describe('"the municipality" points back to the province-level city, not its port', () => {
  it('reads "The municipality\'s trade with X grew" after a port sentence as the city\'s', () => {
    const rows = rowsOf('TIANJIN, Jan. 20 -- Tianjin\'s foreign trade totalled 844.9 billion yuan in 2025, up 0.3 percent. Tianjin Port handled 21.0 million TEUs, up 3.7 percent. The municipality\'s trade with ASEAN grew 1.8 percent.', '2026-01-20');
    expect(rows.find((r) => r.partner === 'ASEAN')?.area).toBe('Tianjin');
  });
  it('reads "exports from the municipality" (trailing phrase) as the city\'s', () => {
    const rows = rowsOf('SHANGHAI, July 20 -- Shanghai\'s trade reached 2.07 trillion yuan in the first half, up 0.7 percent. Yangshan Port handled 11.2 million TEUs, up 4.0 percent. Exports from the municipality came to 852.4 billion yuan, up 3.5 percent.', '2026-07-20');
    expect(row(rows, 852.4e9)).toMatchObject({ area: 'Shanghai', flow: 'export' });
  });
  it('reads "the municipality\'s port" as the city\'s port', () => {
    const rows = rowsOf('CHONGQING, July 20 -- Chongqing\'s trade reached 350.1 billion yuan in the first half, up 1.2 percent. Meanwhile the municipality\'s port handled 0.82 million TEUs, up 4.0 percent.', '2026-07-20');
    expect(row(rows, 0.82e6)?.area).toBe('Chongqing Port');
  });
});

describe('"the city\'s port" in a province-level city\'s release is that city\'s port', () => {
  it('reads "The city\'s port handled N TEU" as the port', () => {
    const rows = rowsOf('SHANGHAI, July 20 -- Shanghai\'s imports and exports were 2.07 trillion yuan in January-June, up 0.7%. The city\'s port handled 24.6 million TEU of containers, up 8.3%.', '2026-07-20');
    expect(row(rows, 24.6e6)?.area).toBe('Shanghai Port');
  });
  it('reads "the city\'s seaport" in a trailing phrase the same way', () => {
    const rows = rowsOf('TIANJIN, July 20 -- In the first half, Tianjin\'s imports and exports were 420.5 billion yuan, up 2.1 percent. Container throughput reached 11.2 million TEUs at the city\'s seaport, up 4.0 percent.', '2026-07-20');
    expect(row(rows, 11.2e6)?.area).toBe('Tianjin Port');
  });
  it('keeps a figure the city\'s own when "the city\'s port authority" only reports it (guard)', () => {
    const rows = rowsOf('SHANGHAI, July 20 -- Shanghai\'s trade reached 2.07 trillion yuan in the first half, up 0.7%. The city\'s port authority said exports rose 3.5% to 852.4 billion yuan.', '2026-07-20');
    expect(row(rows, 852.4e9)?.area).toBe('Shanghai');
  });
});
