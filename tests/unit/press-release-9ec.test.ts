/**
 * Rules of issue 9, part ec: the fixing round of the eighteenth session (helper fixleft, 2026-12-04, no new batch), each
 * found on a phenomenon of the corpus's miss list and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const release = (...paragraphs: string[]) => paragraphs.join('\n\n');
/** period, value, unit, yoy and area of every row. */
const placed = (text: string, published: string) =>
  releaseRows(text, published).map((r) => [`${r.period_start}..${r.period_end}`, r.value, r.unit, r.yoy_pct, r.area]);

describe('a joint train service of two hubs', () => {
  it('reads "trains from A and B" as the two towns running one service, and dates a total since they merged it', () => {
    const text = release(
      'Joint rail service grows',
      'WUHAN, March 9 (Xinhua) -- Freight trains from Wuhan and Changsha to Europe ran 1,318 trips in January and February, up 11.2 percent year on year, the railway operator said on Monday.',
      'Since the two provinces combined their routes under one brand in May 2023, the joint service has run more than 6,900 trips.',
    );
    expect(placed(text, '2024-03-09')).toEqual([
      ['2024-01..2024-02', 1318, 'trains', 11.2, 'Changsha and Wuhan'],
      ['2023-05..2024-03', 6900, 'trains', null, 'Changsha and Wuhan'],
    ]);
  });

  it('reads two towns dashed before the name of the service as its joint area, and keeps counts given "respectively" apart', () => {
    const text = release(
      'Rail services in the first quarter',
      'ZHENGZHOU, April 8 (Xinhua) -- Freight trains from Zhengzhou and Wuhan made 812 and 655 trips respectively in the first quarter.',
      'The Wuhan-Changsha China-Europe Railway Express ran 1,460 trips in the quarter, up 6.4 percent.',
    );
    expect(placed(text, '2024-04-08')).toEqual([
      ['2024-01..2024-03', 812, 'trains', null, 'Zhengzhou'],
      ['2024-01..2024-03', 655, 'trains', null, 'Wuhan'],
      ['2024-01..2024-03', 1460, 'trains', 6.4, 'Changsha and Wuhan'],
    ]);
  });
});

describe('a page whose only reporter is in its source stamp', () => {
  const page = (story: string) =>
    [
      '<html><head><title>Rail freight: first eleven months</title></head><body>',
      '<div class="nav">Home | About us | Services | News</div>',
      '<h1>Cross-border trains keep a steady pace</h1>',
      '<div class="src">Source: China Railway Urumqi Group&nbsp;|&nbsp;2025-12-04</div>',
      story,
      '</body></html>',
    ].join('\n');

  it('reports the country of the body its "Source:" stamp names when the story names none', () => {
    const html = page('<p>In the first eleven months of 2025, China-Europe freight trains made 7,460 trips, up 8.3% year on year.</p>\n<p>In November, 702 trains ran, carrying 61,000 TEU.</p>');
    expect(placed(html, '2025-12-04')).toEqual([
      ['2025-01..2025-11', 7460, 'trains', 8.3, 'China'],
      ['2025-11..2025-11', 702, 'trains', null, 'China'],
      ['2025-11..2025-11', 61_000, 'TEU', null, 'China'],
    ]);
  });

  it('leaves the place the story names where it is', () => {
    const html = page('<p>In the first eleven months of 2025, freight trains through Horgos Port made 7,460 trips, up 8.3% year on year.</p>');
    expect(placed(html, '2025-12-04')).toEqual([['2025-01..2025-11', 7460, 'trains', 8.3, 'Horgos Port']]);
  });
});

/** value, unit, area and flow of every row. */
const routed = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.unit, r.area, r.flow]);

describe('a comprehensive bonded zone named with its town', () => {
  it('reads the zone, not the town\'s port, when the kind is written in lower case', () => {
    const text = release(
      'Bonded zone trade climbs',
      'NANNING, July 14 (Xinhua) -- The Qinzhou comprehensive bonded zone handled 41.2 billion yuan of goods in the first half of 2025, up 12.4 percent year on year, local customs said.',
    );
    expect(routed(text, '2025-07-14')).toEqual([[41_200_000_000, 'CNY', 'Qinzhou Comprehensive Bonded Zone', 'total']]);
  });

  it('reads "the <town> zone" later in the release as the zone named in full before', () => {
    const text = release(
      'E-commerce through a border zone',
      'NANNING, Aug. 2 (Xinhua) -- The Dongxing Comprehensive Bonded Zone handled cross-border e-commerce trade worth 6.4 billion yuan in the first seven months of 2025, local customs said.',
      "Guangxi's cross-border e-commerce trade reached 19.5 billion yuan in the period, with the Dongxing zone making up about 33 percent.",
    );
    expect(routed(text, '2025-08-02').map((r) => r[2])).toEqual(['Dongxing Comprehensive Bonded Zone', 'Guangxi', 'Dongxing Comprehensive Bonded Zone']);
  });
});

describe('a contrasting clause whose flow subject is set off by an aside', () => {
  it('keeps the flow of "while imports, mostly ... sold to shoppers, were worth ..."', () => {
    const text = release(
      'Parcels through the zone',
      'NANNING, Nov. 3 (Xinhua) -- The zone handled e-commerce trade worth 9.6 billion yuan in the first ten months of 2025.',
      'Exports made up 7.7 billion yuan of the total, while imports, mostly Thai dried fruit and Indonesian coffee sold to online shoppers in China, were worth 1.9 billion yuan.',
    );
    expect(routed(text, '2025-11-03').slice(1).map((r) => [r[0], r[3]])).toEqual([
      [7_700_000_000, 'export'],
      [1_900_000_000, 'import'],
    ]);
  });
});

describe('"the country" after a foreign agency named by its adjective', () => {
  it('points to the agency\'s country in a release on a Chinese port', () => {
    const text = release(
      'Ganqimaodu port busier in first half',
      "HOHHOT, July 10 (Xinhua) -- Freight through Ganqimaodu Port in north China's Inner Mongolia Autonomous Region reached 14.2 million tonnes in the first half of 2025, up 9.6 percent year on year, local customs said.",
      "Coal imports made up 12.9 million tonnes. The port's trade value was 18.4 billion yuan, and its imports of copper concentrate were worth 2.3 billion yuan.",
      "On the other side of the border, the Mongolian Customs General Administration said the country's coal exports reached 39.5 million tonnes in the six months.",
    );
    expect(routed(text, '2025-07-10').map((r) => r[2])).toEqual(['Ganqimaodu Port', 'Ganqimaodu Port', 'Ganqimaodu Port', 'Ganqimaodu Port', 'Mongolia']);
  });
});

describe('the worth of a quantity of goods', () => {
  it('goes the way the quantity before it went, not the way of the paragraph before', () => {
    const text = release(
      "Freight trains from Xi'an busier",
      "XI'AN, Aug. 6 -- China-Europe freight trains from Xi'an made 860 trips in July 2024, up 12 percent year on year, the city's port office said.",
      'Of the trips, 512 were outbound.',
      'Cargo carried on the line came to 512,000 tonnes, worth 21.4 billion yuan.',
    );
    expect(routed(text, '2024-08-06').slice(2).map((r) => [r[1], r[3]])).toEqual([
      ['tonnes', 'total'],
      ['CNY', 'total'],
    ]);
  });
});

/** period and value of every row. */
const dated = (text: string, published: string) => releaseRows(text, published).map((r) => [`${r.period_start}..${r.period_end}`, r.value, r.yoy_pct]);

describe('a base an increase is taken "over"', () => {
  it('dates the base by its own month and leaves the next sentence in the month reported', () => {
    const text = release(
      'Exports up in September',
      "ISLAMABAD: Pakistan's exports in September 2025 were USD 2.51 billion, up 6.2% over USD 2.36 billion in September 2024, the statistics bureau said. Imports stood at USD 5.12 billion.",
    );
    expect(dated(text, '2025-10-16')).toEqual([
      ['2025-09..2025-09', 2_510_000_000, 6.2],
      ['2024-09..2024-09', 2_360_000_000, null],
      ['2025-09..2025-09', 5_120_000_000, null],
    ]);
  });
});

describe('"the shipments" in a story on goods', () => {
  it('restates the goods just told of in local money, sharing their change', () => {
    const text = release(
      'BANGKOK -- Thailand shipped 5.2 million tonnes of sugar abroad in the first half of 2025, up 8.1% year on year, the commerce ministry said.',
      'Sugar export earnings were USD2.41 billion, down 4.3% on year as prices eased. In local currency the shipments brought in about THB82.6 billion.',
    );
    const rows = releaseRows(text, '2025-07-20');
    expect(rows.slice(1).map((r) => [r.value, r.unit, r.yoy_pct, r.commodity])).toEqual([
      [2_410_000_000, 'USD', -4.3, 'sugar'],
      [82_600_000_000, 'THB', -4.3, 'sugar'],
    ]);
  });
});

describe('an earlier growth whose noun carries "year-on-year"', () => {
  it('reads "after a 9.3 per cent year-on-year contraction in July" as July\'s fall', () => {
    const text = release(
      'Thai exports in August',
      "BANGKOK, 22 September 2025 - Thailand's exports grew 6.4 per cent year-on-year in August 2025 to US$26.1 billion, the commerce ministry said, after a 9.3 per cent year-on-year contraction in July.",
    );
    expect(dated(text, '2025-09-22')).toEqual([
      ['2025-08..2025-08', 26_100_000_000, 6.4],
      ['2025-07..2025-07', null, -9.3],
    ]);
  });
});
