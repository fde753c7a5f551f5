/**
 * Rules of issue 9, part f3: the fixing round of the nineteenth session (helper fixleft, 2026-12-04, no new batch), each
 * found on a phenomenon of the corpus's miss list and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const release = (...paragraphs: string[]) => paragraphs.join('\n\n');
/** value, unit, year-on-year change, area, partner and flow of every row. */
const rowsOf = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.unit, r.yoy_pct, r.area, r.partner, r.flow]);

describe('a change written only with its sign', () => {
  it('reads "changed by 18.4% and -9.7%, respectively" as two changes, each given to its partner\'s level of the sentence before', () => {
    const text = release(
      'Barley arrivals from two suppliers',
      'China imported 1.12 million tonnes of barley in March, customs data showed on Friday. Shipments from France came to 486,000 tonnes, while Canada supplied 311,000 tonnes.',
      'Against March last year, imports from France and Canada changed by 18.4% and -9.7%, respectively.',
    );
    expect(rowsOf(text, '2025-04-18')).toEqual([
      [1_120_000, 'tonnes', null, 'China', 'World', 'import'],
      [486_000, 'tonnes', 18.4, 'China', 'France', 'import'],
      [311_000, 'tonnes', -9.7, 'China', 'Canada', 'import'],
    ]);
  });
});

describe('trains carrying goods to a place', () => {
  it('reads what trains carried to another country as outbound, the trains and their containers both', () => {
    const text = release(
      'Xiamen rail freight in May',
      'XIAMEN, June 6 (Xinhua) -- In May, 28 block trains loaded with furniture carried 2,460 TEUs to Poland, Xiamen Customs said.',
    );
    expect(rowsOf(text, '2025-06-06')).toEqual([
      [28, 'trains', null, 'Xiamen', 'Poland', 'export'],
      [2_460, 'TEU', null, 'Xiamen', 'Poland', 'export'],
    ]);
  });

  it('leaves goods carried to the place whose figure it is without an outbound way', () => {
    const text = release(
      'Return trains reach Xiamen',
      'XIAMEN, June 6 (Xinhua) -- In May, 28 block trains carried 2,460 TEUs to Xiamen, the railway port said.',
    );
    expect(rowsOf(text, '2025-06-06').map((r) => r[5])).not.toContain('export');
  });
});

describe('"the airport" after an airport the sentence routed goods through', () => {
  it('gives the airport the cargo its own clause says it handled', () => {
    const text = release(
      "Yunnan's air cargo in the first quarter",
      "Yunnan's exports through Kunming Changshui International Airport grew 12.6% to 2.4 billion yuan in the first quarter, and the airport handled 38,500 tonnes of international cargo.",
    );
    expect(rowsOf(text, '2025-04-20').map((r) => [r[0], r[3]])).toEqual([
      [2_400_000_000, 'Yunnan'],
      [38_500, 'Kunming Changshui International Airport'],
    ]);
  });
});

describe('trains that departed from a crossing', () => {
  it('reads trains that "departed from" the crossing whose figure it is as outbound, with no far end named', () => {
    const text = release(
      'Border rail freight in the first quarter',
      'HOHHOT, April 12 (Xinhua) -- In the first quarter of 2025, 812 freight trains departed from the Erlian crossing, up 4.8 percent year on year, local customs said.',
    );
    expect(rowsOf(text, '2025-04-12')).toEqual([[812, 'trains', 4.8, 'Erenhot Port', 'World', 'export']]);
  });
});

describe('numbers that only look like daily rates or years', () => {
  it('keeps the containers of "TEUs of daily goods": "daily" naming a kind of goods is no frequency', () => {
    const text = release('Sea-rail trains in 2023', 'NANNING, Jan. 9 (Xinhua) -- Sea-rail trains from Qinzhou made 8,340 trips in 2023, carrying 412,600 TEUs of daily necessities.');
    expect(rowsOf(text, '2024-01-09').map((r) => [r[0], r[1]])).toEqual([
      [8_340, 'trains'],
      [412_600, 'TEU'],
    ]);
  });

  it('reads a part written with a group separator, "1,960 ran south", as a count, not a year', () => {
    const text = release(
      'Sea-rail trains in 2023',
      'NANNING, Jan. 9 (Xinhua) -- Sea-rail trains from Nanning made 3,480 trips in 2023. Of them, 1,960 ran south to Qinzhou Port with goods for export, and 1,520 brought imports north.',
    );
    expect(rowsOf(text, '2024-01-09').map((r) => [r[0], r[5]])).toEqual([
      [3_480, 'total'],
      [1_960, 'export'],
      [1_520, 'import'],
    ]);
  });
});

describe('the worth of what trains going one way carried', () => {
  it('gives the worth of the goods of trains that "set off ... for" a far city the trains\' outbound way', () => {
    const text = release(
      'Hefei freight trains start well',
      'HEFEI, Nov. 14 (Xinhua) -- Since the new service began on June 2, 21 trains have set off eastward from Hefei for Ningbo Port, carrying 1,730 TEUs of goods worth 64.2 million U.S. dollars, the operator said.',
    );
    expect(rowsOf(text, '2025-11-14').map((r) => [r[0], r[1], r[5]])).toEqual([
      [21, 'trains', 'export'],
      [1_730, 'TEU', 'export'],
      [64_200_000, 'USD', 'export'],
    ]);
  });

  it('gives "the goods the trains carried" of the sentence after the way of the release\'s trains, and leaves them two-way after a part', () => {
    const outbound = release(
      'Xining trains in 2024',
      'Xining sent out 286 international freight trains in 2024, up 9.2 percent, the city\'s land port said.',
      'Of these, 174 trains were bound for Central Asia, carrying tyres, solar panels and furniture.',
      'The goods the trains carried were worth 1.46 billion yuan over the year.',
    );
    expect(rowsOf(outbound, '2025-01-10').map((r) => [r[0], r[5]])).toEqual([
      [286, 'export'],
      [174, 'export'],
      [1_460_000_000, 'export'],
    ]);
    const bothWays = release(
      'Xining trains in 2024',
      'International freight trains at Xining made 286 trips in 2024, up 9.2 percent, the city\'s land port said.',
      'Return trips from Central Asia accounted for 112 of them. Goods carried by the trains in the year were worth 1.46 billion yuan.',
    );
    expect(rowsOf(bothWays, '2025-01-10').map((r) => [r[0], r[5]])).toEqual([
      [286, 'total'],
      [112, 'import'],
      [1_460_000_000, 'total'],
    ]);
  });
});

describe('"the city" in the first figures of a release datelined in a city', () => {
  it('is the dateline\'s city, over a provincial office that only speaks for the figures', () => {
    const text = release(
      'Block trains off to a good start',
      'CHANGSHA, Oct. 30 -- Since the block train service opened on July 8, 17 trains have departed from the city for Budapest, carrying 1,392 TEUs, the Hunan provincial commerce department said Thursday.',
    );
    expect(rowsOf(text, '2025-10-30').map((r) => [r[0], r[3], r[5]])).toEqual([
      [17, 'Changsha', 'export'],
      [1_392, 'Changsha', 'export'],
    ]);
  });

  it('leaves "the province\'s" figures to the province its office speaks for, not to the dateline\'s city', () => {
    const text = release('Hunan trade in three quarters', "CHANGSHA, Oct. 30 -- The province's foreign trade reached 412.6 billion yuan in the first three quarters, up 5.1 percent, the Hunan provincial commerce department said Thursday.");
    expect(rowsOf(text, '2025-10-30').map((r) => [r[0], r[3]])).toEqual([[412_600_000_000, 'Hunan']]);
  });
});

describe('goods named by their kind before "goods"', () => {
  it('reads "Sporting goods exports" as sporting goods, and "Total goods exports" as all goods', () => {
    const kind = release('Export groups in May', 'NEW DELHI, June 16 -- Sporting goods exports climbed 21.4 per cent to USD 0.42 billion in May.');
    expect(releaseRows(kind, '2025-06-16').map((r) => [r.value, r.commodity])).toEqual([[420_000_000, 'sporting goods']]);
    const whole = release('Exports in May', 'NEW DELHI, June 16 -- Total goods exports climbed 3.2 per cent to USD 38.1 billion in May.');
    expect(releaseRows(whole, '2025-06-16').map((r) => [r.value, r.commodity])).toEqual([[38_100_000_000, 'all goods']]);
  });
});
