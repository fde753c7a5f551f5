/**
 * Fixing round a197 on b289, b287 and b288 leftovers: frames of a195 and a193 read more widely.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a later clause opening on its own base ("..., and compared with October last year, up 5.87 percent") dates the change after it', () => {
  it('reads the year-before clause after a month-before one, the change without a verb', () => {
    expect(tuples("JAKARTA, Nov 16 -- Indonesia's exports in October 2026 were 24.63 billion US dollars. Compared with September, that is up 3.1 percent, and compared with October last year, up 5.87 percent.", '2026-11-16')).toContainEqual(['2026-10', '2026-10', 24.63e9, 'USD', 5.87]);
  });
  it('reads "and against May 2025, they were down" after a change on April', () => {
    expect(tuples('MANILA, July 10 -- Philippine exports in May 2026 came to 6.8 billion dollars. Against April, they rose 2.4 percent, and against May 2025, they were down 1.9 percent.', '2026-07-10')).toContainEqual(['2026-05', '2026-05', 6.8e9, 'USD', -1.9]);
  });
  it('reads "while compared to the same month last year" in a statistics bureau briefing', () => {
    expect(tuples('HANOI, Sept 6 -- Vietnam imported goods worth 36.2 billion USD in August 2026. Compared to July, imports edged up 0.8 percent, while compared to August last year, they grew 14.3 percent.', '2026-09-06')).toContainEqual(['2026-08', '2026-08', 36.2e9, 'USD', 14.3]);
  });
  it('reads "but relative to the third quarter of 2025" in a quarterly note', () => {
    expect(tuples('WELLINGTON, Nov 20 -- Goods exports in the September 2026 quarter were NZ$17.1 billion. Relative to the June quarter, that was down 4.0 percent, but relative to the September 2025 quarter, it was up 6.2 percent.', '2026-11-20')).toContainEqual(['2026-07', '2026-09', 17.1e9, 'NZD', 6.2]);
  });
  it('reads "and compared with March 2025, an increase of" in a port notice', () => {
    expect(tuples('CHITTAGONG, April 12 -- The port handled 295,000 TEU in March 2026. Compared with February, this is 9.5 percent more, and compared with March 2025, an increase of 7.1 percent.', '2026-04-12')).toContainEqual(['2026-03', '2026-03', 295000, 'TEU', 7.1]);
  });
  it('leaves a later clause on a base two years back without a year-on-year change (near miss)', () => {
    const rows = tuples("JAKARTA, Nov 16 -- Indonesia's exports in October 2026 were 24.63 billion US dollars. Compared with September, that is up 3.1 percent, and compared with October 2024, up 9.9 percent.", '2026-11-16');
    expect(rows).toContainEqual(['2026-10', '2026-10', 24.63e9, 'USD', null]);
    expect(rows.some((t) => t[4] !== null)).toBe(false);
  });
  it('keeps one opening base for every change when no later clause names its own (near miss)', () => {
    const rows = tuples('MANILA, July 10 -- Philippine exports in May 2026 came to 6.8 billion dollars. Against April, exports rose 2.4 percent and imports rose 1.9 percent.', '2026-07-10');
    expect(rows.some((t) => t[4] !== null)).toBe(false);
  });
});

describe("a level drawn near to, owned by a year's possessive (\"already close to last year's full-year total\"), is a base, not the change's period", () => {
  it('keeps the growth before "and already close to last year\'s full-year total"', () => {
    expect(tuples("BEIJING, Dec 8 -- Soybean arrivals over the first eleven months reached 98.6 million tons, up 5.1% on the same period of 2024 and already close to last year's full-year total.", '2025-12-08')).toContainEqual(['2025-01', '2025-11', 98.6e6, 'tonnes', 5.1]);
  });
  it('keeps the growth before "and nearing last year\'s full-year total"', () => {
    expect(tuples("SANTOS, Nov 5 -- Coffee shipments from January to October came to 38.2 million bags, 12 percent more than in the same period of 2024 and nearing last year's full-year total.", '2025-11-05')).toContainEqual(['2025-01', '2025-10', 38.2e6, 'bags', 12]);
  });
  it('keeps the growth before "and approaching last year\'s annual volume"', () => {
    expect(tuples("ROTTERDAM, Nov 12 -- The port handled 12.1 million TEU in the first ten months of 2025, up 4.4% on the same period of 2024 and approaching last year's annual volume.", '2025-11-12')).toContainEqual(['2025-01', '2025-10', 12.1e6, 'TEU', 4.4]);
  });
  it('keeps the growth before "within reach of last year\'s tally"', () => {
    expect(tuples("SANTIAGO, Oct 9 -- Chile exported 1.9 million tonnes of fresh fruit in January-September 2025, a rise of 7.8 percent on the same period of 2024 and within reach of last year's tally.", '2025-10-09')).toContainEqual(['2025-01', '2025-09', 1.9e6, 'tonnes', 7.8]);
  });
  it('keeps the growth before "and just short of last year\'s whole-year total"', () => {
    expect(tuples("ABIDJAN, Nov 3 -- Cocoa arrivals at the ports reached 1.6 million tonnes between January and October 2025, 9 percent above the same period of 2024 and just short of last year's whole-year total.", '2025-11-03')).toContainEqual(['2025-01', '2025-10', 1.6e6, 'tonnes', 9]);
  });
  it('still dates a level of its own by a year named without a possessive (near miss)', () => {
    expect(tuples('ROTTERDAM, Feb 12 -- The port handled close to 14.5 million TEU in 2024, up 3.2% on 2023.', '2025-02-12')).toContainEqual(['2024-01', '2024-12', 14.5e6, 'TEU', 3.2]);
  });
  it('still dates an amount drawn near to by the year after it, no possessive (near miss)', () => {
    expect(tuples("HANOI, Jan 9 -- Vietnam's pepper exports came close to 250,000 tonnes in 2025, up 3 percent on 2024.", '2026-01-09')).toContainEqual(['2025-01', '2025-12', 250000, 'tonnes', 3]);
  });
});

describe('an amount someone hopes, plans or aims "to add" is aimed at, not reported', () => {
  const has = (text: string, value: number, published: string) => releaseRows(text, published).some((r) => r.value === value);
  it('sets aside "we hope to add another 1,000 trains"', () => {
    expect(has('HORGOS, Dec 3 -- Director: By the end of November we had seen 7,400 trains this year. The second line should open in spring, and we hope to add another 1,000 trains.', 1000, '2026-12-03')).toBe(false);
  });
  it('sets aside "the operator plans to add another 400 trains"', () => {
    expect(has('CHONGQING, May 4 -- The hub ran 2,100 freight trains to Europe in the first four months. The operator plans to add another 400 trains on the Duisburg route.', 400, '2026-05-04')).toBe(false);
  });
  it('sets aside "its managers aim to add a further 250 trains"', () => {
    expect(has('ERENHOT, Feb 9 -- The crossing cleared 2,950 trains last year. Its managers aim to add a further 250 trains on the Mongolian line.', 250, '2026-02-09')).toBe(false);
  });
  it('sets aside "the railway intends to add a further 300 freight trains"', () => {
    expect(has('ALMATY, Jan 15 -- The railway intends to add a further 300 freight trains on the route to China this year.', 300, '2026-01-15')).toBe(false);
  });
  it('sets aside "they want to add some 600 trains"', () => {
    expect(has('MANZHOULI, Mar 3 -- The port handled 1,020 trains in January and February. Customs officers said they want to add some 600 trains in the coming months.', 600, '2026-03-03')).toBe(false);
  });
  it('keeps an amount added in the past tense (near miss)', () => {
    expect(has('PIRAEUS, May 4 -- In April the port added 40,000 TEU to its throughput, which reached 450,000 TEU, up 6% year on year.', 450000, '2026-05-04')).toBe(true);
  });
  it('keeps a level reported beside a hope to add more (near miss)', () => {
    expect(has('HORGOS, Dec 3 -- The port handled 8,200 trains in the first eleven months, up 4 percent year on year, and hopes to add more next year.', 8200, '2026-12-03')).toBe(true);
  });
});
