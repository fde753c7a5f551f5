/**
 * Rules of issue 9, part df: the fixing round on blind batch 83 (areas, partners and flows; helper b83, 2026-12-03 night),
 * each found on a phenomenon of the language and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rows = (text: string, published: string) => releaseRows(text, published);
/** value, area and flow of every row: what this round's rules decide. */
const placed = (text: string, published: string) => rows(text, published).map((r) => [r.value, r.area, r.flow]);
const release = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('flows named only by a verb or a noun of the market', () => {
  it('reads goods sold "on the <adjective> market" as exports, after goods bought in the same sentence', () => {
    const text = release(
      'Uzbek trade with Kazakhstan',
      'TASHKENT, Oct 14 -- Uzbekistan imported goods worth $1.31 billion from Kazakhstan in January-September 2026 and sold $0.87 billion worth of fruit and textiles on the Kazakh market, the Statistics Agency said.',
    );
    expect(placed(text, '2026-10-14').map((r) => r[2])).toEqual(['import', 'export']);
  });

  it('reads "the largest market for <our> goods at X" as exports, after a sentence on imports', () => {
    const text = release(
      'Cambodia trade in ten months',
      'PHNOM PENH, Nov 12 -- Cambodia imported goods worth $24.6 billion in the first ten months of 2026, up 9.1 percent, the customs department said.',
      'The United States remained the largest market for Cambodian goods at $9.8 billion, up 12.4 percent.',
    );
    expect(placed(text, '2026-11-12')).toEqual([
      [24_600_000_000, 'Cambodia', 'import'],
      [9_800_000_000, 'Cambodia', 'export'],
    ]);
  });

  it('reads "purchased goods for X" as imports, after goods sold abroad', () => {
    const text = release(
      'Kyrgyz trade in 2025',
      'BISHKEK, Feb 3 -- Kyrgyzstan sold goods worth USD 3.4 billion abroad in 2025 and purchased goods for USD 11.2 billion, the National Statistical Committee said.',
    );
    expect(placed(text, '2026-02-03').map((r) => r[2])).toEqual(['export', 'import']);
  });

  it('reads goods that "were brought in" as imports', () => {
    const text = release(
      'Sri Lanka trade in August',
      'COLOMBO, Sept 22 -- In August, goods worth $1.05 billion were sold abroad, and goods worth $1.72 billion were brought in, the central bank said.',
    );
    expect(placed(text, '2026-09-22').map((r) => r[2])).toEqual(['export', 'import']);
  });

  it('reads goods "brought in" before the verb that gives their amount as imports', () => {
    const text = release(
      'Timber through Suifenhe',
      'HARBIN, Oct 9 -- Sawn timber shipped to Russia through Suifenhe Port was small this year, while Russian logs brought in reached 3.1 million cubic meters in the first nine months, Suifenhe Customs said.',
    );
    expect(rows(text, '2026-10-09').find((r) => r.value === 3_100_000)?.flow).toBe('import');
  });

  it('reads gas "piped in along" a pipeline as imports', () => {
    const text = release(
      'Gas through Khorgos',
      'URUMQI, Jan 15 -- Horgos Port handled 4.12 million tonnes of freight in 2025, including 2.38 million tonnes of gas piped in along the Central Asia pipeline, Horgos Customs said.',
    );
    expect(rows(text, '2026-01-15').find((r) => r.value === 2_380_000)?.flow).toBe('import');
  });

  it('reads goods "shipped from the port of X" as that port\'s exports, not its two-way throughput', () => {
    const text = release(
      'Far East ports in 2025',
      'KHABAROVSK, Feb 2 -- Coal shipped from the port of Vanino totaled 31.6 million tonnes in 2025, the regional customs said.',
    );
    expect(placed(text, '2026-02-02')).toEqual([[31_600_000, 'Vanino Port', 'export']]);
  });

  it('does not let a growth after goods sold abroad lead into goods valued anew after ", and"', () => {
    const text = release(
      'Nepal trade in May',
      'KATHMANDU, June 20 -- In May, goods worth $120 million were sold abroad, 6.4 percent more than in May 2025, and goods worth $1.41 billion were brought in, the customs department said.',
    );
    expect(rows(text, '2026-06-20').map((r) => [r.value, r.yoy_pct])).toEqual([
      [120_000_000, 6.4],
      [1_410_000_000, null],
    ]);
  });
});

describe('shares of a bloc\'s outside trade', () => {
  it('reads "supplied N% of extra-EU imports" as a share of imports, after a share of exports', () => {
    const text = release(
      'EU trade with India in 2025',
      'Luxembourg, 14 February 2026 - India took 2.4% of extra-EU exports in 2025 and supplied 2.2% of extra-EU imports, according to Eurostat.',
    );
    expect(placed(text, '2026-02-14').map((r) => r[2])).toEqual(['export', 'import']);
  });

  it('does not read "extra-euro area" before a flow as goods', () => {
    const text = release(
      'Euro area trade in October',
      'Luxembourg, 16 December 2026 - Extra-euro area exports of goods were €236.2 bn in October 2026, up 1.4% compared with October 2025.',
    );
    expect(rows(text, '2026-12-16').map((r) => r.commodity)).toEqual(['all goods']);
  });
});

describe('freight trains counted by the way they went', () => {
  it('reads trains that "returned", with no place named, as inbound', () => {
    const text = release(
      'Chengdu trains in 2025',
      'CHENGDU -- The China-Europe Railway Express (Chengdu) ran 4,620 trains in 2025, up 3.3 percent. Of the total, 2,910 trains departed for Europe, and 1,710 returned, bringing wine and machinery.',
    );
    expect(rows(text, '2026-01-10').map((r) => [r.value, r.flow])).toEqual([
      [4_620, 'total'],
      [2_910, 'export'],
      [1_710, 'import'],
    ]);
  });

  it('counts bare numbers that "left" or "arrived from" a place as trains, and the trains that "left the station" as outbound', () => {
    const text = release(
      'Alashankou trains in eleven months',
      'BORTALA, Dec 6 -- Freight trains at Alashankou Port numbered 7,020 in the first eleven months of 2026: 3,880 left China for Kazakhstan and Europe, and 3,140 came back with grain.',
      'In November alone, 596 trains left the station, while 481 arrived from Dostyk.',
    );
    expect(placed(text, '2026-12-06')).toEqual([
      [7_020, 'Alashankou Port', 'total'],
      [3_880, 'Alashankou Port', 'export'],
      [3_140, 'Alashankou Port', 'import'],
      [596, 'Alashankou Port', 'export'],
      [481, 'Alashankou Port', 'import'],
    ]);
  });
});

describe('places named around a figure that are not its area', () => {
  it('reads what a city "administers", in an apposition after it, as scenery', () => {
    const text = release(
      'Baise trade in 2025',
      'NANNING, Jan 20 -- Baise, the city on the Vietnamese border that administers the county of Jingxi and the Longbang port, traded goods worth 31.4 billion yuan in 2025, Nanning Customs said.',
    );
    expect(placed(text, '2026-01-20')).toEqual([[31_400_000_000, 'Baise', 'total']]);
  });

  it('reads the port trains came through on their way from a partner as their route', () => {
    const text = release(
      'Erenhot trains in ten months',
      'ERENHOT, Nov 10 -- China-Europe freight trains through Erenhot numbered 2,940 in the first ten months of 2026: 1,655 departed for Europe, while 1,285 arrived from Europe via Zamyn-Uud.',
    );
    expect(rows(text, '2026-11-10').map((r) => r.area)).toEqual(['Erenhot Port', 'Erenhot Port', 'Erenhot Port']);
  });

  it('reads a seaport named with "commercial sea port" in lower case as the town\'s port', () => {
    const text = release(
      'Sakhalin ports in 2025',
      'YUZHNO-SAKHALINSK, Feb 5 -- The Korsakov commercial sea port handled 4.6 million tonnes of cargo in 2025, 3.1% more than a year before, the regional ministry said.',
    );
    expect(placed(text, '2026-02-05')).toEqual([[4_600_000, 'Korsakov Port', 'total']]);
  });

  it('reads two crossings before "automobile checkpoints ... together" as one joint area', () => {
    const text = release(
      'Primorye checkpoints in 2025',
      'VLADIVOSTOK, Feb 9 -- The Poltavka and Pogranichny automobile checkpoints together cleared 2.2 million tonnes of goods imported from China in 2025, the Far Eastern Customs Administration said.',
    );
    expect(placed(text, '2026-02-09')).toEqual([[2_200_000, 'Pogranichny and Poltavka ports', 'import']]);
  });

  it('reads a prefecture named "X Y and Z Autonomous Prefecture" as X', () => {
    const text = release(
      'Guizhou prefecture trade',
      'GUIYANG -- Qiandongnan Miao and Dong Autonomous Prefecture recorded foreign trade of 2.17 billion yuan in the first half of 2026, Guiyang Customs said.',
    );
    expect(placed(text, '2026-07-25')).toEqual([[2_170_000_000, 'Qiandongnan', 'total']]);
  });

  it('reads an international frontier cooperation center as a zone of its own', () => {
    const text = release(
      'Horgos center sales',
      'URUMQI, Jan 14 -- Goods bought by visitors in the China-Kazakhstan Horgos International Frontier Cooperation Center and taken to Kazakhstan were worth 2.3 billion yuan in 2025.',
    );
    expect(rows(text, '2026-01-14').map((r) => r.area)).toEqual(['China-Kazakhstan Horgos International Frontier Cooperation Center']);
  });
});
