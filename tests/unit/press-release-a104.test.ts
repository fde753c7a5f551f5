/**
 * Fixing round for b223 (other countries' agencies on their own trade): each cause read as a frame of the language,
 * in phrasings of our own from different sentence frames, with near misses that must not trigger.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const byYoy = (rows: ObservationDraft[], yoy: number) => rows.find((r) => r.yoy_pct === yoy);
const byValue = (rows: ObservationDraft[], value: number) => rows.find((r) => r.value === value);

describe('"the Mainland" written with a capital, as Hong Kong, Macao and Taiwan write it, is China, a partner', () => {
  it('reads "exports to the Mainland of China" in a Hong Kong release as Hong Kong\'s, to China', () => {
    const rows = releaseRows('Hong Kong\'s total exports to the Mainland of China decreased by 7.9% in August.', '2026-09-26');
    expect(byYoy(rows, -7.9)).toMatchObject({ area: 'Hong Kong', partner: 'China' });
  });
  it('reads "the Chinese Mainland" after "to" in a Macao sentence', () => {
    const rows = releaseRows('Macao\'s domestic exports to the Chinese Mainland climbed 4.2 per cent in October.', '2026-11-20');
    expect(byYoy(rows, 4.2)).toMatchObject({ area: 'Macao', partner: 'China' });
  });
  it('reads "the Mainland" alone after "from" in a list with another partner', () => {
    const rows = releaseRows('Hong Kong\'s imports from the Mainland rose 3.3% in September, while those from Taiwan went up 11.0%.', '2026-10-25');
    expect(byYoy(rows, 3.3)).toMatchObject({ area: 'Hong Kong', partner: 'China' });
  });
  it('reads "The Mainland of China" after "with" in a trade-with frame', () => {
    const rows = releaseRows('Taiwan\'s trade with the Mainland of China came to 12.4 billion US dollars in July.', '2026-08-09');
    expect(byValue(rows, 12.4e9)).toMatchObject({ area: 'Taiwan', partner: 'China' });
  });
  it('reads "the Mainland" as the buyer of a share of a territory\'s exports', () => {
    const rows = releaseRows('In May, Hong Kong\'s exports to the Mainland, its largest market, were valued at 190.3 billion Hong Kong dollars.', '2026-06-25');
    expect(byValue(rows, 190.3e9)).toMatchObject({ area: 'Hong Kong', partner: 'China' });
  });
  it('keeps a lower-case "mainland" of an island province as China\'s own (guard)', () => {
    const rows = releaseRows('Hainan\'s exports rose 7.9% in August, the provincial customs said.', '2026-09-20');
    expect(byYoy(rows, 7.9)?.area).toBe('Hainan');
  });
  it('does not make "Mainland" inside another name a partner (guard)', () => {
    const rows = releaseRows('Exports from Hong Kong rose 2.1% in August, Mainland Logistics Ltd said.', '2026-09-20');
    expect(byYoy(rows, 2.1)?.partner).not.toBe('China');
  });
});

describe('a rate the figure carries on, repeats or builds on dates that earlier rate alone', () => {
  const later = (rows: ObservationDraft[], yoy: number) => byYoy(rows, yoy)?.period_end;
  it('keeps February for a list after "extending the ... expansion recorded in January"', () => {
    const rows = releaseRows('Exports rose 15.2 per cent to 15.1 billion dollars in February, extending the 17.6 per cent expansion recorded in January. Electronics exports grew 19.8 per cent.', '2026-03-17');
    expect(later(rows, 19.8)).toBe('2026-02');
    expect(later(rows, 17.6)).toBe('2026-01');
  });
  it('keeps the month after "continuing a 4% rise in" the month before', () => {
    const rows = releaseRows('Shipments abroad climbed 6.1% in June, continuing a 4% rise in May. Sales of machinery went up 8.2%.', '2026-07-15');
    expect(later(rows, 8.2)).toBe('2026-06');
  });
  it('keeps it after a relative clause "which prolonged the 2.3pc gain for March"', () => {
    const rows = releaseRows('Imports grew 3.1pc in April, which prolonged the 2.3pc gain for March. Fuel purchases rose 9.9pc.', '2026-05-20');
    expect(later(rows, 9.9)).toBe('2026-04');
  });
  it('keeps it after "building on an 8 percent increase in" the month before', () => {
    const rows = releaseRows('Total trade was up 10.4 percent in September, building on an 8 percent increase in August. Exports to Japan rose 12.5 percent.', '2026-10-14');
    expect(later(rows, 12.5)).toBe('2026-09');
  });
  it('keeps it after "and echoed the 5% drop in" a month, a fall repeated', () => {
    const rows = releaseRows('Exports fell 6% in November and echoed the 5% drop in October. Shipments of steel declined 11%.', '2026-12-10');
    expect(later(rows, -11)).toBe('2026-11');
  });
  it('keeps the month of a rate that only follows "continuing" across a comma (guard)', () => {
    const rows = releaseRows('Exports rose 4.0 per cent in May. Continuing the trend, electronics exports rose 19.8 per cent in June. Chemicals grew 3.3 per cent.', '2026-07-15');
    expect(later(rows, 3.3)).toBe('2026-06');
  });
  it('keeps the month of a figure that "continued to rise" by a rate (guard)', () => {
    const rows = releaseRows('Exports rose 2 percent in the first quarter. Shipments abroad continued to rise 5.1% in March. Machinery sales abroad grew 3.3%.', '2026-04-20');
    expect(later(rows, 3.3)).toBe('2026-03');
  });
  it('keeps a month given after an extended amount, not a rate (guard)', () => {
    const rows = releaseRows('Exports rose 2.2 per cent in May. The port extended its lead with 4.2 million tonnes handled in June. Coal shipments grew 7.7 per cent.', '2026-07-15');
    expect(later(rows, 7.7)).toBe('2026-06');
  });
});

describe('"the month of" a month opening a paragraph frames it as "In March," does', () => {
  it('dates the sentence after "For the month of March alone," in a fiscal-year release as March', () => {
    const rows = releaseRows('Japan posted a trade deficit of 5.5 trillion yen in fiscal 2024 ended in March.\n\nFor the month of March alone, Japan recorded a surplus of 559.4 billion yen. Exports gained 3.9 percent to 9.88 trillion yen.', '2025-04-17');
    expect(byYoy(rows, 3.9)).toMatchObject({ period_start: '2025-03', period_end: '2025-03' });
  });
  it('dates the sentence after "During the single month of June alone," as June', () => {
    const rows = releaseRows('Exports rose 6.1 percent to 612 billion dollars in the year ended June.\n\nDuring the single month of June alone, the surplus came to 4.2 billion dollars. Imports edged up 1.4 percent to 50.3 billion dollars.', '2026-07-01');
    expect(byYoy(rows, 1.4)).toMatchObject({ period_start: '2026-06', period_end: '2026-06' });
  });
  it('dates the sentence after "Over the month of September by itself," as September', () => {
    const rows = releaseRows('Exports for the twelve months ended September rose 3 per cent to 88.1 billion dollars.\n\nOver the month of September by itself, the balance showed a surplus of 1.9 billion dollars. Shipments abroad slid 2.2 per cent to 7.1 billion dollars.', '2026-10-20');
    expect(byYoy(rows, -2.2)).toMatchObject({ period_start: '2026-09', period_end: '2026-09' });
  });
  it('dates the sentence after "In the month of April on its own," as April', () => {
    const rows = releaseRows('Canada\'s exports rose 2.5 per cent to 190.2 billion dollars in the first four months of 2026.\n\nIn the month of April on its own, the deficit came to 1.1 billion dollars. Imports rose 0.8 per cent to 66.4 billion dollars.', '2026-06-05');
    expect(byYoy(rows, 0.8)).toMatchObject({ period_start: '2026-04', period_end: '2026-04' });
  });
  it('goes back to the lead span in the paragraph after one framed by "In the month of May,"', () => {
    const rows = releaseRows('Annual exports reached 70.2 billion dollars in the year to May, up 2 percent.\n\nIn the month of May, dairy exports rose 5.2 percent to 1.4 billion dollars.\n\nMeat exports rose 2.2 percent to 9.8 billion dollars.', '2026-06-25');
    expect(byValue(rows, 9.8e9)).toMatchObject({ period_start: '2025-06', period_end: '2026-05' });
  });
  it('does not take "For the months of July and August" as one month framing the paragraph (guard)', () => {
    const rows = releaseRows('Exports rose 6.1 percent to 612 billion dollars in the year ended August.\n\nFor the months of July and August, the surplus came to 4.2 billion dollars. Imports edged up 1.4 percent to 50.3 billion dollars.', '2026-09-01');
    expect(byYoy(rows, 1.4)?.period_start).not.toBe('2026-08');
  });
  it('does not take "the month of Ramadan" for a month of the calendar (guard)', () => {
    const rows = releaseRows('Exports rose 6.1 percent to 61.2 billion dollars in the first quarter of 2026.\n\nFor the month of Ramadan alone, date exports came to 0.4 billion dollars. Imports edged up 1.4 percent to 50.3 billion dollars.', '2026-04-20');
    expect(byYoy(rows, 1.4)).toMatchObject({ period_start: '2026-01', period_end: '2026-03' });
  });
});

describe('a paragraph that names the month back or its figures monthly goes on with the month a paragraph before framed', () => {
  const lead = 'The annual goods deficit was 12.1 billion dollars in the year ended May 2026.\n\nIn May 2026, goods exports rose 4.4 percent to 6.2 billion dollars.\n\n';
  const monthOf = (text: string, value: number) => byValue(releaseRows(lead + text, '2026-06-25'), value);
  it('goes on with the month in a paragraph "giving a monthly trade surplus"', () => {
    expect(monthOf('Goods imports fell 3.0 percent to 6.0 billion dollars, giving a monthly trade surplus of 0.2 billion dollars.', 6e9)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
  it('goes on with the month in a paragraph "lifting the monthly export value"', () => {
    expect(monthOf('Meat sales abroad rose 2.8 percent, lifting the monthly export value to 6.3 billion dollars.', 6.3e9)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
  it('goes on with the month in a paragraph on "Imports for the month"', () => {
    expect(monthOf('Imports for the month decreased 0.7 percent to 5.9 billion dollars.', 5.9e9)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
  it('goes on with the month in a paragraph on imports "over that month"', () => {
    expect(monthOf('Goods imports over that month fell 2 percent to 6.1 billion dollars.', 6.1e9)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
  it('goes on with the month in a paragraph on imports "during the same month"', () => {
    expect(monthOf('Imports during the same month fell 1 percent to 6.4 billion dollars.', 6.4e9)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
  it('goes on with the month where "the country\'s monthly goods balance" shows a surplus', () => {
    expect(monthOf('Imports were 5.8 billion dollars, and the country\'s monthly goods balance showed a surplus.', 5.8e9)).toMatchObject({ period_start: '2026-05', period_end: '2026-05' });
  });
  it('goes back to the year in a paragraph that only compares month on month (guard)', () => {
    expect(monthOf('Meat exports rose 2.2 percent to 9.8 billion dollars, though they fell on a month-on-month basis.', 9.8e9)).toMatchObject({ period_start: '2025-06', period_end: '2026-05' });
  });
  it('goes back to the year in a paragraph that names "the month before" (guard)', () => {
    expect(monthOf('Meat exports were 2 percent lower than in the month before, at 9.7 billion dollars.', 9.7e9)).toMatchObject({ period_start: '2025-06', period_end: '2026-05' });
  });
});

describe('a partner named by its role after "with", "to" or "from" is the partner of the figure\'s flow, not a flow', () => {
  it('reads "surplus with its biggest export market" as a balance', () => {
    const rows = releaseRows('Exports to the United States climbed 4.9 percent in March, with Japan\'s surplus with its biggest export market reaching 8.71 trillion yen.', '2026-04-17');
    expect(byValue(rows, 8.71e12)).toMatchObject({ flow: 'balance' });
  });
  it('reads "The deficit with its main import source, Saudi Arabia," as a negative balance', () => {
    const rows = releaseRows('The deficit with its main import source, Saudi Arabia, widened to 4.1 billion dollars in May.', '2026-06-20');
    expect(byValue(rows, -4.1e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "the deficit with the top supplier of its crude" as a balance', () => {
    const rows = releaseRows('The country\'s deficit with the top supplier of its crude widened to 1.8 billion dollars in May.', '2026-06-20');
    expect(byValue(rows, -1.8e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads a surplus "with its biggest customer" after a sentence on exports as a balance', () => {
    const rows = releaseRows('Exports to Australia rose 5 percent in May. The surplus with its biggest customer reached 2.3 billion dollars.', '2026-06-20');
    expect(byValue(rows, 2.3e9)).toMatchObject({ flow: 'balance' });
  });
  it('reads "the trade gap with the country\'s leading import origin" as a balance', () => {
    const rows = releaseRows('In May, the trade gap with the country\'s leading import origin narrowed to 6.1 billion dollars.', '2026-06-20');
    expect(byValue(rows, -6.1e9)).toMatchObject({ flow: 'balance' });
  });
  it('keeps "remained its biggest export market, taking goods worth" as exports (guard)', () => {
    const rows = releaseRows('Japan\'s exports rose in May. The United States remained its biggest export market in May, taking goods worth 8.7 trillion yen.', '2026-06-20');
    expect(byValue(rows, 8.7e12)?.flow).toBe('export');
  });
  it('keeps "exports to the largest market" as exports (guard)', () => {
    const rows = releaseRows('In May, exports to the largest market rose 4 percent to 9.1 billion dollars.', '2026-06-20');
    expect(byValue(rows, 9.1e9)?.flow).toBe('export');
  });
});

describe('after both ways, a share whose subject names "the total" is a share of the whole trade', () => {
  const opening = 'Kazakhstan\'s exports rose to 40.1 billion dollars in January-June, while imports fell to 30.2 billion dollars. ';
  const share = (text: string, value: number) => byValue(releaseRows(opening + text, '2026-07-20'), value);
  it('reads "China\'s share in the total was 22.3%" as total', () => {
    expect(share('China\'s share in the total was 22.3%.', 22.3)).toMatchObject({ flow: 'total', unit: 'percent-share' });
  });
  it('reads "Russia\'s share of the total stood at 17.4 percent" as total', () => {
    expect(share('Russia\'s share of the total stood at 17.4 percent.', 17.4)).toMatchObject({ flow: 'total', unit: 'percent-share' });
  });
  it('reads "give Japan a share in the total of 9.8%" as total', () => {
    expect(share('The figures give Japan a share in the total of 9.8%.', 9.8)).toMatchObject({ flow: 'total', unit: 'percent-share' });
  });
  it('reads "The EU\'s share of the overall total was 30.6 per cent" as total', () => {
    expect(share('The EU\'s share of the overall total was 30.6 per cent.', 30.6)).toMatchObject({ flow: 'total', unit: 'percent-share' });
  });
  it('reads the second share of the clause, "against 30.6% for the EU", as total too', () => {
    expect(share('China\'s share in the total was 22.3%, against 30.6% for the EU.', 30.6)).toMatchObject({ flow: 'total', unit: 'percent-share' });
  });
  it('keeps "its share in the total exports" as exports (guard)', () => {
    expect(share('Its share in the total exports was 12.5%.', 12.5)?.flow).toBe('export');
  });
  it('keeps a share of the total after one way only on that way (guard)', () => {
    const rows = releaseRows('Kazakhstan\'s exports rose to 40.1 billion dollars in January-June. China\'s share in the total was 22.3%.', '2026-07-20');
    expect(byValue(rows, 22.3)?.flow).toBe('export');
  });
});

describe('a percentage set "against" or "versus" the first with another place named for it is that place\'s own', () => {
  const opening = 'Kazakhstan\'s exports rose to 40.1 billion dollars in January-June, while imports fell to 30.2 billion dollars. ';
  const rows = (text: string) => releaseRows(opening + text, '2026-07-20');
  it('reads "against 30.6% for the EU" as the EU\'s share', () => {
    expect(byValue(rows('China\'s share in the total was 22.3%, against 30.6% for the EU.'), 30.6)).toMatchObject({ partner: 'European Union' });
  });
  it('reads "versus 12.4 percent for Japan" as Japan\'s share', () => {
    expect(byValue(rows('The EU\'s share of the overall total was 30.6 per cent, versus 12.4 percent for Japan.'), 12.4)).toMatchObject({ partner: 'Japan' });
  });
  it('reads a growth "vs. 8.1% for Russia" as Russia\'s own', () => {
    expect(byYoy(rows('Exports to China grew 9.2%, vs. 8.1% for Russia.'), 8.1)).toMatchObject({ partner: 'Russia' });
  });
  it('reads a growth "against 5% for Germany" as Germany\'s own', () => {
    expect(byYoy(rows('Exports to China grew 6.2%, against 5% for Germany.'), 5)).toMatchObject({ partner: 'Germany' });
  });
  it('reads "versus about 6 percent for Iran" with a qualifier as Iran\'s own', () => {
    expect(byYoy(rows('Sales to Turkey were up 12.0 percent, versus about 6 percent for Iran.'), 6)).toMatchObject({ partner: 'Iran' });
  });
  it('still drops an old rate "from 8% for China" (guard)', () => {
    expect(byYoy(rows('Exports to Japan rose to 5% from 8% for China.'), 8)).toBeUndefined();
  });
  it('still drops the old rate of "to 5 percent from 8 percent" (guard)', () => {
    const r = rows('Growth of exports to China slowed to 5 percent from 8 percent.');
    expect(r.find((x) => x.yoy_pct === 8 || x.value === 8)).toBeUndefined();
  });
});

describe('traders named after direct investment, its abbreviation bracketed or joined, are a breakdown of trade, not investment', () => {
  const opening = 'HANOI, Dec. 6 -- Over the first 11 months of 2026, exports were 321.6 billion USD. ';
  const rows = (text: string) => releaseRows(opening + text, '2026-12-06');
  it('keeps "the foreign direct investment (FDI) sector, crude oil included, earned"', () => {
    expect(byValue(rows('The domestic sector exported 87.4 billion USD, while the foreign direct investment (FDI) sector, crude oil included, earned 234.2 billion USD.'), 234.2e9)).toMatchObject({ flow: 'export' });
  });
  it('keeps "FDI-invested firms shipped goods worth"', () => {
    expect(byValue(rows('FDI-invested firms shipped goods worth 120.5 billion USD abroad.'), 120.5e9)).toBeDefined();
  });
  it('keeps "Exports by the FDI (foreign-invested) segment"', () => {
    expect(byValue(rows('Exports by the FDI (foreign-invested) segment reached 98.1 billion USD.'), 98.1e9)).toBeDefined();
  });
  it('keeps "Foreign direct investment (FDI) exporters ... sold goods worth"', () => {
    expect(byValue(rows('Foreign direct investment (FDI) exporters, oil included, sold goods worth 250.3 billion USD.'), 250.3e9)).toBeDefined();
  });
  it('keeps "The FDI-owned manufacturers ... earned ... from sales abroad"', () => {
    expect(byValue(rows('The FDI-owned manufacturers, crude oil excluded, earned 71.3 billion USD from sales abroad.'), 71.3e9)).toBeDefined();
  });
  it('drops "Foreign direct investment (FDI) inflows" (guard)', () => {
    expect(byValue(rows('Foreign direct investment (FDI) inflows reached 20.2 billion USD.'), 20.2e9)).toBeUndefined();
  });
  it('drops "FDI (foreign direct investment) disbursed" (guard)', () => {
    expect(byValue(rows('FDI (foreign direct investment) disbursed in the period came to 18.5 billion USD.'), 18.5e9)).toBeUndefined();
  });
});

describe('a second infinitive joined by "and to" to an expected one is a forecast too', () => {
  const opening = 'SEJONG, Jan. 1 -- South Korea\'s exports fell 10.3 percent last year to 542.4 billion U.S. dollars. ';
  const growths = (text: string) => releaseRows(opening + text, '2020-01-01').filter((r) => r.measure === 'growth');
  it('drops "expects exports to return to growth ... and to rise about 3 percent for the full year"', () => {
    expect(growths('The ministry said it expects exports to return to growth in the first quarter of 2020 and to rise about 3 percent for the full year.')).toEqual([]);
  });
  it('drops "forecast shipments to stabilise in the spring, and then to grow 2%"', () => {
    expect(growths('Officials forecast shipments to stabilise in the spring, and then to grow 2% over the year.')).toEqual([]);
  });
  it('drops "expects outbound shipments to regain momentum ..., and also to gain 2.6 percent"', () => {
    expect(growths('The ministry expects outbound shipments to regain momentum after the Lunar New Year holiday, and also to gain 2.6 percent in 2020.')).toEqual([]);
  });
  it('drops "predicted imports to stay flat for a few months and then to jump 7.7 percent"', () => {
    expect(growths('Trade officials predicted imports to stay flat for a few months and then to jump 7.7 percent on energy demand.')).toEqual([]);
  });
  it('drops "anticipates sales abroad to hold steady through June and to rebound 3.3 percent"', () => {
    expect(growths('The institute anticipates sales abroad to hold steady through June and to rebound 3.3 percent.')).toEqual([]);
  });
  it('keeps a change the clause after an expectation reports in the past (guard)', () => {
    expect(growths('The ministry expected exports to stay weak, and they rose 3 percent in December.').map((r) => r.yoy_pct)).toEqual([3]);
  });
  it('keeps a reported change after "but" (guard)', () => {
    expect(growths('Analysts had expected exports to slow sharply, but shipments abroad rose 4.4 percent in December.').map((r) => r.yoy_pct)).toEqual([4.4]);
  });
});

describe('a bloc posting an amount, trading goods as a subject, or naming its own balance is the area', () => {
  const areaOf = (text: string, value: number) => byValue(releaseRows(text, '2024-08-16'), value)?.area;
  it('reads a headline "Euro area posts EUR 22.3 bn goods surplus" with no article', () => {
    expect(areaOf('Euro area posts EUR 22.3 bn goods surplus in June', 22.3e9)).toBe('Euro area');
  });
  it('reads "The euro area (EA20) exported goods worth" with its member count in brackets', () => {
    expect(areaOf('The euro area (EA20) exported goods worth EUR 241.3 billion to the rest of the world in June 2024.', 241.3e9)).toBe('Euro area');
  });
  it('reads "the euro area surplus reached" as the bloc\'s own balance', () => {
    expect(areaOf('In June 2024 the euro area surplus reached EUR 94.7 billion.', 94.7e9)).toBe('Euro area');
  });
  it('reads the present tense "The EU27 records a ... deficit"', () => {
    expect(areaOf('The EU27 records a 12.1 billion euro deficit in its trade in goods in May 2024.', -12.1e9)).toBe('European Union');
  });
  it('reads "ASEAN ships goods worth" as the bloc\'s own trade', () => {
    expect(areaOf('ASEAN ships goods worth 150 billion dollars to the world in May 2024.', 150e9)).toBe('ASEAN');
  });
  it('keeps a bloc after "to" a partner, whatever verb follows (guard)', () => {
    expect(byYoy(releaseRows('Exports to the euro area posted a 3% rise in May 2024.', '2024-08-16'), 3)?.partner).toBe('Euro area');
  });
  it('keeps a bloc after "with" a partner (guard)', () => {
    expect(byYoy(releaseRows('Trade with the EU recorded a growth of 33.5 percent in May 2024.', '2024-08-16'), 33.5)?.partner).toBe('European Union');
  });
});
