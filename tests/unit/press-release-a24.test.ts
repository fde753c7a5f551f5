/**
 * Rules of issue 9, part a24: what blind batches b124 and b126 (real releases) showed (helper fix24, 2026-12-04), each
 * written here in our own words on the phenomenon, not on a corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.partner, r.flow]);
const spans = (text: string, published: string) => rows(text, published).map((r) => [r[0], r[1], r[2]]);

describe('"fiscal" alone as the noun for the fiscal year (South Asian English)', () => {
  it('dates a quarter of the current fiscal by the country\'s fiscal calendar', () => {
    expect(spans(`India's exports up in Q1

NEW DELHI, July 16 (PTI) Exports in the first quarter of the current fiscal rose 5.2 per cent to USD 108.3 billion, the ministry said.`, '2026-07-16')).toEqual([['2026-04', '2026-06', 108_300_000_000]]);
  });
  it('reads "this fiscal" and a count of months', () => {
    expect(spans(`India's imports ease

NEW DELHI, Sept 15 (PTI) During the first five months of this fiscal, imports aggregated USD 301.5 billion.`, '2026-09-15')).toEqual([['2026-04', '2026-08', 301_500_000_000]]);
  });
  it('reads a half of the current fiscal in Pakistan, whose year starts in July', () => {
    expect(spans(`Pakistan's exports rise

ISLAMABAD, Jan 20 (APP) Pakistan's exports in the first half of the current fiscal stood at $16.4 billion, up 7 percent.`, '2027-01-20')).toEqual([['2026-07', '2026-12', 16_400_000_000]]);
  });
  it('agrees with the months the sentence writes out beside it', () => {
    expect(spans(`India's exports up

NEW DELHI, Oct 15 (PTI) In July-September, the second quarter of this fiscal, exports were USD 110.2 billion.`, '2026-10-15')).toEqual([['2026-07', '2026-09', 110_200_000_000]]);
  });
});

describe('a buyer of goods named by the release country\'s nationality', () => {
  const flows = (text: string, published: string) => rows(text, published).map((r) => [r[2], r[6], r[7]]);
  it('bought them from the release country: its exports, whatever the apposition between', () => {
    expect(flows(`Brazil's exports slip in March

BRASILIA, April 7 - Brazil's exports fell 2% in March. The United States, Brazil's second trading partner, bought $3.4 billion of Brazilian goods in the month.`, '2026-04-07')).toContainEqual([3_400_000_000, 'United States', 'export']);
  });
  it('reads "worth of" and products of the home country', () => {
    expect(flows(`Australia's exports to Japan

CANBERRA, May 6 - Australia's goods exports rose 3% in March. Japan, Australia's second-largest market, purchased A$4.1 billion worth of Australian products in March, the bureau said.`, '2026-05-06')).toContainEqual([4_100_000_000, 'Japan', 'export']);
  });
  it('reads buyers that are no country, with the goods named by their maker', () => {
    expect(rows(`Chile's exports rise

SANTIAGO, Aug 7 - Chile's exports rose 6% in July. Chinese buyers bought $2.2 billion of Chilean goods in July, the central bank said.`, '2026-08-07').map((r) => [r[2], r[7]])).toContainEqual([2_200_000_000, 'export']);
  });
  it('leaves the release country buying another country\'s goods as its imports', () => {
    expect(flows(`Brazil's imports rise in March

BRASILIA, April 7 - Brazil's imports rose 4% in March. Brazil bought $2.9 billion of Chinese goods in the month.`, '2026-04-07')).toContainEqual([2_900_000_000, 'China', 'import']);
  });
});

describe('the growth trailing a count of parcels', () => {
  it('is no row, like the count', () => {
    const got = rows(`Parcels up

NANNING, July 20 -- The bonded zone handled 52.3 million cross-border parcels in the first half, up 31 percent year on year. Their value reached 8.4 billion yuan.`, '2026-07-20');
    expect(got.map((r) => [r[2], r[4]])).toEqual([[8_400_000_000, null]]);
  });
  it('is no row after a year and the word of change before the percentage', () => {
    const got = rows(`Airport parcels

URUMQI, Jan. 15 -- Kashgar airport customs cleared 7.6 million inbound parcels in 2025, an increase of 44.2 percent. They were worth 1.9 billion yuan.`, '2026-01-15');
    expect(got.map((r) => r[4])).not.toContain(44.2);
  });
  it('is no row for packages counted either', () => {
    const got = rows(`Packages

HANGZHOU, Jan. 20 -- Some 1.2 billion packages passed through the city's customs in 2025, a rise of 15 percent from a year earlier. The goods in them were worth 98 billion yuan.`, '2026-01-20');
    expect(got.map((r) => r[4])).not.toContain(15);
  });
  it('leaves the growth of what the parcels were worth, a figure between', () => {
    const got = rows(`Parcels

ZHENGZHOU, Oct. 20 -- The customs supervised 90 million parcels in the first three quarters. The parcels were worth 31 billion yuan, a rise of 12 percent.`, '2026-10-20');
    expect(got.map((r) => [r[2], r[4]])).toEqual([[31_000_000_000, 12]]);
  });
  it('leaves the period and place of the parcels\' sentence to the next one', () => {
    const got = rows(`Parcels

ZHENGZHOU, July 18 -- Zhengzhou Customs supervised 120 million parcels in Henan Province in the first half, up 20 percent. Their value reached 38 billion yuan.`, '2026-07-18');
    expect(got.map((r) => [r[0], r[1], r[2], r[5]])).toEqual([['2026-01', '2026-06', 38_000_000_000, 'Henan']]);
  });
});

describe('goods said to move both ways in a sentence that gives no row', () => {
  it('move both ways in the next sentence, which names no flow', () => {
    const got = rows(`Parcels

ZHENGZHOU, Oct. 20 -- Zhengzhou Customs supervised 300 million inbound and outbound parcels in Henan Province in the first three quarters. The parcels were worth 90 billion yuan.`, '2026-10-20');
    expect(got.map((r) => [r[2], r[7]])).toEqual([[90_000_000_000, 'total']]);
  });
  it('reads "in both directions" too', () => {
    const got = rows(`Parcels

NANNING, July 20 -- Some 40 million e-commerce packages crossed the border in both directions in the first half. They were valued at 12 billion yuan.`, '2026-07-20');
    expect(got.map((r) => [r[2], r[7]])).toEqual([[12_000_000_000, 'total']]);
  });
});

describe('"the port" after another port named in passing in a paragraph on the release\'s port', () => {
  const areas = (text: string, published: string) => rows(text, published).map((r) => [r[2], r[5]]);
  it('is the release\'s own port again in the next paragraph', () => {
    expect(areas(`Erenhot freight grows

HOHHOT, April 5 -- Erenhot Port handled 4.2 million tonnes of cargo in the first quarter, up 8 percent year on year.

In March alone, Erenhot handled 1.5 million tonnes. Nearby Manzhouli Port handled 1.6 million tonnes in the month.

Since the start of the year, the port has cleared 310 China-Europe freight trains.`, '2026-04-05')).toContainEqual([310, 'Erenhot Port']);
  });
  it('reads a comparison opening the aside', () => {
    expect(areas(`Alashankou trains

URUMQI, July 4 -- A total of 3,900 freight trains passed through Alashankou Port in the first half, up 5 percent.

Alashankou handled 2.3 million tonnes of goods in the period. By comparison, the Horgos port handled 1.9 million tonnes.

The port's inbound cargo rose 7 percent to 1.1 million tonnes.`, '2026-07-04')).toContainEqual([1_100_000, 'Alashankou Port']);
  });
  it('stays the other port when a paragraph of its own was on it', () => {
    expect(areas(`Border ports

HARBIN, Nov. 15 -- China-Europe trains through Manzhouli Port made 4,300 trips in the first ten months, up 4 percent.

Suifenhe Port imported 3.1 million cubic meters of timber in the period, down 8 percent.

The port's trade with Russia stood at 21 billion yuan in the period.`, '2026-11-15')).toContainEqual([21_000_000_000, 'Suifenhe Port']);
  });
});

describe('goods moved "to and from" a place', () => {
  const port = (line: string) => `Rotterdam port

ROTTERDAM, Aug 14 -- Container throughput at Rotterdam Port rose 4 percent to 7.1 million TEU in the first half.

${line}`;
  it('moved both ways: total, with the place as the partner', () => {
    expect(rows(port('Boxes shipped to and from Chinese ports rose 8 percent to 1.4 million TEU.'), '2026-08-14').map((r) => [r[2], r[5], r[6], r[7]])).toContainEqual([1_400_000, 'Rotterdam Port', 'China', 'total']);
  });
  it('reads goods worth an amount sent to and from a country named', () => {
    expect(rows(port('Goods sent to and from the United States were worth 9.5 billion euros in the period.'), '2026-08-14').map((r) => [r[2], r[6], r[7]])).toContainEqual([9_500_000_000, 'United States', 'total']);
  });
  it('reads containers moved to or from a place the same way', () => {
    expect(rows(port('Containers moved to or from Chinese ports totalled 1.3 million TEU.'), '2026-08-14').map((r) => [r[2], r[6], r[7]])).toContainEqual([1_300_000, 'China', 'total']);
  });
  it('leaves goods shipped to a place alone as exports', () => {
    expect(rows(port('Boxes shipped to Chinese ports rose 8 percent to 700,000 TEU.'), '2026-08-14').map((r) => [r[2], r[7]])).toContainEqual([700_000, 'export']);
  });
});

describe('the bare name of the town whose port a release is on', () => {
  const areas = (text: string, published: string) => rows(text, published).map((r) => [r[2], r[5]]);
  it('stands for the port in the cargo it handled', () => {
    expect(areas(`Hamburg port

HAMBURG, Aug 20 -- Hamburg Port handled 4.1 million TEU in the first half, up 9 percent.

China stayed Hamburg's biggest partner: boxes handled for Chinese ports reached 1.2 million TEU.`, '2026-08-20')).toContainEqual([1_200_000, 'Hamburg Port']);
  });
  it('reads the town as the subject of the cargo', () => {
    expect(areas(`Duisburg port

DUISBURG, Feb 5 -- Duisburg Port handled 3.9 million TEU in 2025, down 2 percent.

Duisburg also moved 41 million tonnes of bulk cargo in the year.`, '2026-02-05')).toContainEqual([41_000_000, 'Duisburg Port']);
  });
  it('stays the town for its own trade in money', () => {
    expect(areas(`Yiwu port

YIWU, Nov. 3 -- The Yiwu Port dispatched 1,200 freight trains in January-October, up 14 percent.

Yiwu's own imports and exports reached 600 billion yuan over the same months.`, '2026-11-03')).toContainEqual([600_000_000_000, 'Yiwu']);
  });
});

describe('a percentage of goods named again, then where they went', () => {
  const shares = (line: string) => rows(`Coal exports

ULAANBAATAR, Nov. 12 -- Mongolia exported 70 million tons of coal and 1.4 million tons of copper concentrate in the first ten months, the customs said.

${line}`, '2026-11-12').filter((r) => r[3] === 'percent-share').map((r) => [r[2], r[6], r[7]]);
  it('is a share of those goods for that partner ("went to")', () => {
    expect(shares('About 95 percent of the coal went to China, mostly by truck.')).toEqual([[95, 'China', 'export']]);
  });
  it('reads two words of goods', () => {
    expect(shares('Nearly 60% of the copper concentrate went to China.')).toEqual([[60, 'China', 'export']]);
  });
  it('reads the present tense of a standing pattern', () => {
    expect(shares('Some 85 percent of the coal goes to China.')).toEqual([[85, 'China', 'export']]);
  });
});
