/**
 * Fixing round for older leftovers (b269, b260-14, b261, b195, b232, b41), fortieth session: each frame in several
 * sentences of our own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a word for a count standing mid-sentence, with a verb of change, counts what was counted before', () => {
  it('reads "the link saw its annual count climb from ... to ..." with both years', () => {
    const t = tuples('BRNO, Feb. 3 -- The Brno terminal handled 812 container trains in 2025, the operator said. Services to Hamburg made up 301 of them, while the Brno-Koper link saw its annual count climb from 96 in 2024 to 133 in 2025.', '2026-02-03');
    expect(t).toContainEqual(['2024-01', '2024-12', 96, 'trains', null]);
    expect(t).toContainEqual(['2025-01', '2025-12', 133, 'trains', null]);
  });
  it('reads "whose yearly tally grew from ... to ..." in a relative clause', () => {
    const t = tuples('URUMQI, Jan. 20 -- The hub assembled 2,400 freight trains in 2024. The line to Almaty, whose yearly tally grew from 610 in 2023 to 745 in 2024, remained the busiest.', '2025-01-20');
    expect(t).toContainEqual(['2023-01', '2023-12', 610, 'trains', null]);
    expect(t).toContainEqual(['2024-01', '2024-12', 745, 'trains', null]);
  });
  it('reads "the corridor\'s yearly number fell from ... to ..." after "and"', () => {
    const t = tuples('LODZ, March 2 -- The Lodz terminal received 1,390 trains from China in 2023. Demand eased, and the corridor\'s yearly number fell from 1,204 in 2022 to 1,010 in 2023.', '2024-03-02');
    expect(t).toContainEqual(['2022-01', '2022-12', 1204, 'trains', null]);
    expect(t).toContainEqual(['2023-01', '2023-12', 1010, 'trains', null]);
  });
  it('reads "annual runs through the crossing went from ... to ... last year", runs naming the trains', () => {
    const t = tuples('HORGOS, Feb. 10 -- The dry port dispatched 5,210 freight trains in 2025; annual runs through the Alashankou crossing went from 1,880 in 2024 to 2,040 last year.', '2026-02-10');
    expect(t).toContainEqual(['2024-01', '2024-12', 1880, 'trains', null]);
    expect(t).toContainEqual(['2025-01', '2025-12', 2040, 'trains', null]);
  });
  it('reads "their yearly total has risen from ... to ..." in a trailing clause', () => {
    const t = tuples('DUISBURG, Jan. 15 -- The port handled 1,450 trains from China in 2025, its operator said, adding that their yearly total has risen from 1,120 in 2023 to 1,450.', '2026-01-15');
    expect(t).toContainEqual(['2023-01', '2023-12', 1120, 'trains', null]);
  });
  it('does not read a count word with a noun of its own after "of" (near miss)', () => {
    const t = tuples('XI\'AN, Jan. 8 -- The hub ran 4,100 freight trains in 2025, while its annual count of partner cities rose from 40 in 2024 to 52 in 2025.', '2026-01-08');
    expect(t.filter((r) => r[3] === 'trains' && r[2] === 40)).toEqual([]);
  });
  it('does not read a noun that is no word for a count (near miss)', () => {
    const t = tuples('MANZHOULI, Jan. 8 -- The crossing cleared 3,900 freight trains in 2025, and annual inspections rose from 340 in 2024 to 410 in 2025.', '2026-01-08');
    expect(t.filter((r) => r[3] === 'trains' && r[2] === 340)).toEqual([]);
  });
});

describe('a list of bare counts by period, its first item after a verb, counts what was counted before', () => {
  it('reads "ran 640 in the first quarter and 724 in the second" after a sentence on goods', () => {
    const t = tuples('CHENGDU, July 6 -- The hub ran 1,400 freight trains in the first half of 2026. Together they carried 118,000 TEUs of goods. The operator ran 650 in the first quarter and 750 in the second.', '2026-07-06');
    expect(t).toContainEqual(['2026-01', '2026-03', 650, 'trains', null]);
    expect(t).toContainEqual(['2026-04', '2026-06', 750, 'trains', null]);
  });
  it('reads a list of three months after "handled"', () => {
    const t = tuples('MINSK, April 9 -- The Kolyadichi terminal took in 1,210 container trains in the first quarter of 2026. Sales of wagons rose, and the yard handled 380 in January, 402 in February and 428 in March.', '2026-04-09');
    expect(t).toContainEqual(['2026-01', '2026-01', 380, 'trains', null]);
    expect(t).toContainEqual(['2026-03', '2026-03', 428, 'trains', null]);
  });
  it('reads "sent out ... in the first quarter, and ... in the second" with a comma', () => {
    const t = tuples('ZHENGZHOU, July 9 -- The yard dispatched 2,650 freight trains in the first half of 2026, up 9 percent. Goods worth 31 billion yuan were carried. It sent out 1,210 in the first quarter, and 1,440 in the second, officials said.', '2026-07-09');
    expect(t).toContainEqual(['2026-01', '2026-03', 1210, 'trains', null]);
  });
  it('reads a list split by a semicolon after "recorded"', () => {
    const t = tuples('VIENTIANE, July 2 -- The Vientiane South terminal received 122 trains in May and June together. Cargo was mostly fertiliser. Staff recorded 58 in May; 64 in June.', '2026-07-02');
    expect(t).toContainEqual(['2026-05', '2026-05', 58, 'trains', null]);
    expect(t).toContainEqual(['2026-06', '2026-06', 64, 'trains', null]);
  });
  it('reads "has logged about ... during the first quarter and ... during the second"', () => {
    const t = tuples('ALASHANKOU, July 3 -- The station saw 3,120 trains in the first half of 2026. The yard has logged about 1,500 during the first quarter and 1,620 during the second.', '2026-07-03');
    expect(t).toContainEqual(['2026-01', '2026-03', 1500, 'trains', null]);
  });
  it('does not read a single bare number with a period as such a list (near miss)', () => {
    const t = tuples('CHENGDU, July 6 -- The hub ran 1,400 freight trains in the first half of 2026. Together they carried 118,000 TEUs of goods. Its freight index ran 640 in the first quarter.', '2026-07-06');
    expect(t.filter((r) => r[2] === 640)).toEqual([]);
  });
  it('does not read a list after a verb of standing (near miss)', () => {
    const t = tuples('CHENGDU, July 6 -- The hub ran 1,400 freight trains in the first half of 2026. Together they carried 118,000 TEUs of goods. The rate index stood at 640 in the first quarter and 724 in the second.', '2026-07-06');
    expect(t.filter((r) => r[2] === 640 || r[2] === 724)).toEqual([]);
  });
});

describe('on a corridor, what went from China is its export and what went to China its import', () => {
  const flowOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.flow;
  it('reads "travelled from China to Europe" and "moved from Europe to China" after a whole, with "of which"', () => {
    const text = 'ASTANA, Feb. 9 -- Boxes carried on the Middle Corridor came to 41,000 TEU in 2025, of which 30,200 TEU travelled from China to Europe and 6,300 TEU moved from Europe to China.';
    expect(flowOf(text, '2026-02-09', 30200)).toBe('export');
    expect(flowOf(text, '2026-02-09', 6300)).toBe('import');
  });
  it('reads "ran from Chinese cities to Turkey" in a sentence on the Trans-Caspian route', () => {
    const text = 'BAKU, March 4 -- On the Trans-Caspian International Transport Route, 420 container trains ran from Chinese cities to Turkey in 2025, the operators said.';
    expect(flowOf(text, '2026-03-04', 420)).toBe('export');
  });
  it('reads a way that opens the clause before the figure ("From Poland to China, ...")', () => {
    const text = 'TBILISI, Jan. 30 -- Traffic on the Middle Corridor kept growing in 2025. From Poland to China, 3,900 TEU were shipped along the Middle Corridor last year.';
    expect(flowOf(text, '2026-01-30', 3900)).toBe('import');
  });
  it('reads "hauled from Hungary back to China" as the way in', () => {
    const text = 'ISTANBUL, May 6 -- Along the Trans-Caspian Route, 2,150 TEU were hauled from Hungary back to China in the first four months of 2026.';
    expect(flowOf(text, '2026-05-06', 2150)).toBe('import');
  });
  it('reads "shipped from the Chinese border towards the Black Sea" as the way out', () => {
    const text = 'AKTAU, Nov. 3 -- On the Middle Corridor, 18,700 tonnes of grain were shipped from the Chinese border towards the Black Sea in October 2026.';
    expect(flowOf(text, '2026-11-03', 18700)).toBe('export');
  });
  it('does not turn a city\'s own boxes sent from China to Europe (near miss: no corridor area)', () => {
    const text = 'CHONGQING, Jan. 9 -- The Chongqing hub ran 2,100 freight trains in 2025, and 140,000 TEU went from China to Europe on them.';
    expect(flowOf(text, '2026-01-09', 140000)).not.toBe('export');
  });
  it('does not read a corridor figure whose clause names both ways (near miss)', () => {
    const text = 'ASTANA, Feb. 9 -- The Middle Corridor carried 41,000 TEU between China and Europe in 2025, counting runs from China to Europe and from Europe to China.';
    expect(flowOf(text, '2026-02-09', 41000)).toBe('total');
  });
});
