/**
 * Rules widened in the fixing round for b217 and b216 (thirty-fourth session): each frame in several phrasings of our own.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a province before a port word locates the port and names none', () => {
  it('does not read "the Inner Mongolia port office said" as a port the next sentence means', () => {
    const rows = releaseRows('HOHHOT, Oct 15 -- Erenhot Port handled 1,240 freight trains in the first nine months of 2025, the Inner Mongolia port office said. September alone saw 150 trains.', '2025-10-15');
    expect(row(rows, 150)).toMatchObject({ area: 'Erenhot Port' });
  });
  it('does not read "Heilongjiang port authorities" opening the sentence as a port', () => {
    const rows = releaseRows('HARBIN, May 4 -- Heilongjiang port authorities said 2,310 trains crossed at Suifenhe Port from January to April 2025, up 6 percent. In the same period of 2024, 2,180 trains had used it.', '2025-05-04');
    expect(row(rows, 2310)).toMatchObject({ area: 'Suifenhe Port' });
    expect(row(rows, 2180)).toMatchObject({ area: 'Suifenhe Port' });
  });
  it('reads "a Xinjiang railway port" with no name of its own as the province', () => {
    const rows = releaseRows('URUMQI, July 9 -- A Xinjiang railway port handled 3,100 China-Europe trains in the first half of 2025, up 8 percent year on year.', '2025-07-09');
    expect(row(rows, 3100)?.area).toBe('Xinjiang');
  });
  it('reads "the Yunnan land port at Mohan" as the town named after it', () => {
    const rows = releaseRows('KUNMING, Dec 2 -- Through the Yunnan land port at Mohan, imports of fruit reached 410,000 tonnes in the first eleven months of 2025, up 12 percent.', '2025-12-02');
    expect(row(rows, 410000)?.area).not.toBe('Yunnan Port');
  });
  it('does not read "the Guangxi port administration" in a trailing source clause as a port', () => {
    const rows = releaseRows('NANNING, Aug 3 -- Exports from Pingxiang rose 9 percent to 3.4 billion yuan in July 2025, figures from the Guangxi port administration showed.', '2025-08-03');
    expect(row(rows, 3.4e9)?.area).not.toBe('Guangxi Port');
  });
  it('keeps a municipality\'s own port, "Shanghai Port" (guard)', () => {
    const rows = releaseRows('SHANGHAI, Apr 10 -- Shanghai Port handled 4.1 million TEU in March 2025, up 7 percent.', '2025-04-10');
    expect(row(rows, 4.1e6)?.area).toBe('Shanghai Port');
  });
  it('keeps "Tianjin port" in lower case as the municipality\'s port (guard)', () => {
    const rows = releaseRows('TIANJIN, Apr 10 -- Tianjin port moved 2.0 million TEU in March 2025, up 5 percent, the port group said.', '2025-04-10');
    expect(row(rows, 2.0e6)?.area).toBe('Tianjin Port');
  });
});
