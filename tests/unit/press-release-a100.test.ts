/**
 * Rules widened in the fixing round for b217 and b216 (thirty-fourth session): each frame in several phrasings of our own.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a province before a port word locates the port and names none', () => {
  it('does not read "the Inner Mongolia port office said" as the port "the port" means next', () => {
    const rows = releaseRows('HOHHOT, Oct 15 -- A total of 1,240 freight trains passed through Erenhot Port in the first nine months of 2025, the Inner Mongolia port office said. In the same period of 2024, 1,100 trains had used the port.', '2025-10-15');
    expect(row(rows, 1100)).toMatchObject({ area: 'Erenhot Port' });
  });
  it('does not read "Xinjiang port data showed" as a port', () => {
    const rows = releaseRows('URUMQI, July 9 -- Alashankou Port saw 3,100 trains in the first half of 2025, Xinjiang port data showed. June alone saw 560 trains through the port.', '2025-07-09');
    expect(row(rows, 560)).toMatchObject({ area: 'Alashankou Port' });
  });
  it('does not read "the Guangxi port administration" in a trailing source clause as a port', () => {
    const rows = releaseRows('NANNING, Aug 3 -- Exports from Pingxiang Port rose 9 percent to 3.4 billion yuan in July 2025, figures from the Guangxi port administration showed. Imports at the port fell 2 percent to 1.1 billion yuan.', '2025-08-03');
    expect(row(rows, 1.1e9)).toMatchObject({ area: 'Pingxiang Port' });
  });
  it('does not read "a Yunnan port official told reporters" as a port', () => {
    const rows = releaseRows('KUNMING, Dec 2 -- Mohan Port cleared 410,000 tonnes of fruit in January-November 2025, a Yunnan port official told reporters. November alone saw 52,000 tonnes through the port.', '2025-12-02');
    expect(row(rows, 52000)).toMatchObject({ area: 'Mohan Port' });
  });
  it('does not read "a Shandong port group statement" as a port', () => {
    const rows = releaseRows('JINAN, Mar 3 -- Rizhao Port loaded 520 sea-rail trains in February 2025, said a Shandong port group statement. The port also handled 48,000 TEU of rail boxes.', '2025-03-03');
    expect(row(rows, 48000)).toMatchObject({ area: 'Rizhao Port' });
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

describe('crossings, and trips made by vehicles or people, are traffic whatever way they went', () => {
  const tripRows = (text: string, published: string) => releaseRows(text, published).filter((r) => r.unit === 'trips');
  it('drops "coal trucks from Mongolia made about 52,000 crossings"', () => {
    expect(tripRows('ERENHOT, June 9 -- Erenhot Port handled 1,018 trains from January to May 2025, up 4 percent. Coal trucks from Mongolia made about 52,000 crossings in the period.', '2025-06-09')).toEqual([]);
  });
  it('drops "outbound lorries made 31,000 trips to Russia" with a growth', () => {
    expect(tripRows('BLAGOVESHCHENSK, July 2 -- Trade via the bridge reached 2.1 billion yuan in the first half of 2025. Outbound lorries made 31,000 trips to Russia over the six months, up 9 percent.', '2025-07-02')).toEqual([]);
  });
  it('drops "travellers from Vietnam made 120,000 border crossings"', () => {
    expect(tripRows('PINGXIANG, Aug 5 -- Exports through Youyiguan rose 6 percent to 8.2 billion yuan in July 2025. Travellers from Vietnam made 120,000 border crossings in the month, up 30 percent.', '2025-08-05')).toEqual([]);
  });
  it('drops "drivers from Kyrgyzstan logged 7,200 trips through the port"', () => {
    expect(tripRows('KASHGAR, May 5 -- Exports via Irkeshtam Port rose 11 percent to 900 million yuan in April 2025. Drivers from Kyrgyzstan logged 7,200 trips through the port in April.', '2025-05-05')).toEqual([]);
  });
  it('drops "passengers from Laos made 41,000 trips into Yunnan"', () => {
    expect(tripRows('KUNMING, May 6 -- Imports from Laos rose 14 percent to 1.9 billion yuan in April 2025. Passengers from Laos made 41,000 trips on the line into Yunnan, up 60 percent.', '2025-05-06')).toEqual([]);
  });
  it('keeps trains that "made 2,150 trips from Xi\'an" (guard)', () => {
    expect(row(releaseRows("XI'AN, July 3 -- China-Europe freight trains made 2,150 trips from Xi'an in the first half of 2025, up 12 percent.", '2025-07-03'), 2150)).toMatchObject({ unit: 'trains' });
  });
  it('keeps trucks traded as goods, "imports of trucks from Germany reached 12,000 vehicles" (guard)', () => {
    expect(row(releaseRows('TIANJIN, Apr 10 -- Imports of trucks from Germany reached 12,000 vehicles in March 2025, up 3 percent.', '2025-04-10'), 12000)).toMatchObject({ unit: 'vehicles', flow: 'import' });
  });
});
