/**
 * Fixing round for b271 (customs work reports and year-end reviews): each cause read as a frame, in several frames of our
 * own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const valueOf = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);
const values = (rows: ObservationDraft[]) => rows.map((r) => r.value);

describe('a levy paid back to traders (refund, rebate, drawback) is no trade figure', () => {
  it('drops "export tax refunds ... came to" opening a sentence', () => {
    const rows = releaseRows('The province exported goods worth 412 billion yuan in 2025. Export tax refunds settled by the tax office came to roughly 38 billion yuan, the bureau said.', '2026-01-20');
    expect(values(rows)).toEqual([412e9]);
  });
  it('drops "refunds of" an amount that were sanctioned, and a drawback disbursed after "and"', () => {
    const rows = releaseRows('Merchandise exports during the fiscal year stood at US$ 52.3 billion. GST refunds of Rs 9,800 crore were cleared for exporters, and duty drawback of Rs 2,100 crore was paid out.', '2026-05-10');
    expect(values(rows)).toEqual([52.3e9]);
  });
  it('drops an amount "in VAT rebates" after the verb that paid it', () => {
    const rows = releaseRows('Exports of the region rose 6.2 percent to 18.4 billion dollars last year. The treasury paid exporters 1.1 billion dollars in VAT rebates.', '2026-02-03');
    expect(rows.map(levelTuple)).toEqual([['2025-01', '2025-12', 18.4e9, 'USD', 6.2]]);
  });
  it('drops "rebates to exporters totalled" with its change', () => {
    const rows = releaseRows('Imports through the port reached 7.9 billion euros in 2025. Rebates to exporters totalled 640 million euros, up 12 percent, the customs office reported.', '2026-01-28');
    expect(values(rows)).toEqual([7.9e9]);
  });
  it('drops drawbacks named as the subject of a sentence after an opening phrase', () => {
    const rows = releaseRows('In the first half, the country\'s exports came to 61.5 billion dollars. In the same period, drawbacks on re-exported inputs amounted to 2.4 billion dollars.', '2026-07-14');
    expect(values(rows)).toEqual([61.5e9]);
  });
  it('keeps exports that tax rebates only helped (guard)', () => {
    const rows = releaseRows('Helped by higher tax rebates, textile exports rose 4.5 percent to 3.2 billion dollars in 2025.', '2026-01-15');
    expect(valueOf(rows, 3.2e9)).toMatchObject({ flow: 'export', yoy_pct: 4.5 });
  });
  it('keeps goods re-exported after a refund is named in another clause (guard)', () => {
    const rows = releaseRows('Exports of machinery reached 9.6 billion dollars in 2025, while refunds were paid faster than before.', '2026-01-15');
    expect(valueOf(rows, 9.6e9)).toMatchObject({ flow: 'export' });
  });
});

describe('goods found concealed in a consignment are a seizure, no trade figure', () => {
  it('drops tonnes "hidden in a shipment" after "officers found"', () => {
    const rows = releaseRows('Exports through the port reached 3.4 billion dollars in 2025. In one case, officers found 2.6 tonnes of rhino horn hidden in a shipment of frozen fish.', '2026-01-20');
    expect(values(rows)).toEqual([3.4e9]);
  });
  it('drops cartons "stashed inside" a truck', () => {
    const rows = releaseRows('Trade at the crossing rose 8 percent to 1.9 billion dollars last year. Inspectors uncovered 4,800 cartons of cigarettes stashed inside the fuel tanks of two trucks.', '2026-02-02');
    expect(values(rows)).toEqual([1.9e9]);
  });
  it('drops kilograms "concealed among" other cargo, with the goods named first', () => {
    const rows = releaseRows('Imports rose to 12.3 billion dollars in 2025. Some 340 kilograms of ivory, concealed among logs of hardwood, were discovered at the terminal.', '2026-01-11');
    expect(values(rows)).toEqual([12.3e9]);
  });
  it('drops a consignment "disguised as" ordinary goods', () => {
    const rows = releaseRows('Exports climbed 5 percent to 22.8 billion dollars last year. Agents stopped 1.2 tonnes of precursor chemicals disguised as cleaning products.', '2026-01-09');
    expect(values(rows)).toEqual([22.8e9]);
  });
  it('drops goods "secreted beneath" a false floor', () => {
    const rows = releaseRows('The checkpoint handled 6.1 million tonnes of cargo in 2025. Officers came across 900 kilograms of wildlife products secreted beneath the false floor of a container.', '2026-01-09');
    expect(values(rows)).toEqual([6.1e6]);
  });
  it('keeps a fall "hidden by" a rise (guard)', () => {
    const rows = releaseRows('A 4.1 percent fall in imports to 8.8 billion dollars was hidden by the rise in exports last year.', '2026-01-09');
    expect(valueOf(rows, 8.8e9)).toMatchObject({ flow: 'import' });
  });
  it('keeps exports of "hidden" products named as goods (guard)', () => {
    const rows = releaseRows('Exports of hidden-hinge cabinets rose 7 percent to 420 million dollars in 2025.', '2026-01-09');
    expect(valueOf(rows, 420e6)).toMatchObject({ flow: 'export', yoy_pct: 7 });
  });
});

describe('after a count of firms, a clause naming their trade owns the share or change', () => {
  const head = 'The country\'s foreign trade came to 10.2 trillion yuan in the first quarter, up 3 percent. ';
  const shareRow = (rows: ObservationDraft[]) => rows.find((r) => r.unit === 'percent-share');
  it('reads "and that their imports and exports made up" a share', () => {
    const rows = releaseRows(`${head}Officials said there are now 5,300 certified AEO enterprises, and that their imports and exports made up 35.9 percent of the national total.`, '2026-04-15');
    expect(shareRow(rows)?.value).toBe(35.9);
  });
  it('reads "whose trade accounted for" a share', () => {
    const rows = releaseRows(`${head}The province has 1,240 private exporters, whose trade accounted for 41.2 percent of its total.`, '2026-04-15');
    expect(shareRow(rows)?.value).toBe(41.2);
  });
  it('reads "these companies\' exports rose" as the exports\' growth', () => {
    const rows = releaseRows(`${head}Some 820 enterprises joined the programme, and these companies' exports rose 14.5 percent.`, '2026-04-15');
    expect(rows.some((r) => r.yoy_pct === 14.5 && r.flow === 'export')).toBe(true);
  });
  it('reads "exports by them grew" in a clause after the count', () => {
    const rows = releaseRows(`${head}About 2,100 small businesses registered at the zone, and exports by them grew 9.4 percent.`, '2026-04-15');
    expect(rows.some((r) => r.yoy_pct === 9.4 && r.flow === 'export')).toBe(true);
  });
  it('reads "their combined trade represented" a share', () => {
    const rows = releaseRows(`${head}The top 600 manufacturing firms were certified this year, while their combined trade represented 28.3 percent of the whole.`, '2026-04-15');
    expect(shareRow(rows)?.value).toBe(28.3);
  });
  it('still drops the change of the firm count itself (guard)', () => {
    const rows = releaseRows(`${head}Some 668,000 enterprises had import and export records in the quarter, 4.2 percent more than a year earlier.`, '2026-04-15');
    expect(rows.some((r) => r.yoy_pct === 4.2 || r.value === 4.2)).toBe(false);
  });
  it('still drops a change of firms named after their trade (guard)', () => {
    const rows = releaseRows(`${head}Their trade grew as 3,400 exporting firms joined, 6.1 percent more than a year earlier.`, '2026-04-15');
    expect(rows.some((r) => r.yoy_pct === 6.1 || r.value === 6.1)).toBe(false);
  });
});

describe('goods routed through a city\'s customs department are that place\'s trade', () => {
  const areaOf = (text: string, value: number) => valueOf(releaseRows(text, '2020-01-08'), value)?.area;
  it('reads goods that "went through the X City Customs Department"', () => {
    expect(areaOf('Goods worth 146.2 billion USD went through the HCM City Customs Department in 2019, 8.7 per cent more than in 2018.', 146.2e9)).toBe('Ho Chi Minh City');
  });
  it('reads exports "cleared by" a provincial customs department', () => {
    expect(areaOf('Exports cleared by the Lang Son Customs Department rose 12 percent to 3.1 billion dollars in 2019.', 3.1e9)).toBe('Lang Son');
  });
  it('reads goods that "passed through" a city customs office, the amount first', () => {
    expect(areaOf('Goods worth 8.2 billion dollars passed through the Shymkent Customs Office last year.', 8.2e9)).toBe('Shymkent');
  });
  it('reads imports "handled at" a customs house', () => {
    expect(areaOf('Imports handled at the Chennai Customs House reached 14.6 billion dollars in 2019.', 14.6e9)).toBe('Chennai');
  });
  it('reads trade "via" a customs post after an opening phrase', () => {
    expect(areaOf('In 2019, trade via the Osh Customs Post grew 9 percent to 1.1 billion dollars.', 1.1e9)).toBe('Osh');
  });
  it('does not make a customs office that is only the source the area (guard)', () => {
    expect(areaOf('According to the Almaty City Customs Office, imports reached 4.2 billion dollars in 2019.', 4.2e9)).not.toBe('Almaty');
  });
  it('does not make a customs house named alone the city (guard: it stands for its district)', () => {
    expect(areaOf('Exports cleared by Urumqi Customs rose 12 percent to 3.1 billion dollars in 2019.', 3.1e9)).not.toBe('Urumqi');
  });
});
