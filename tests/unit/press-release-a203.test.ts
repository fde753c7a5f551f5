/**
 * Fixing round a203 on b294 (broadcast scripts and bulletin transcripts): numbers said in words, as scripts write them.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a number said with a spaced "point" ("forty-one point two trillion") is one figure, scaled as a whole', () => {
  it('reads "came to forty-one point two trillion yuan, up three point six percent"', () => {
    expect(tuples('BEIJING, Dec 8 -- China\'s imports and exports in the first eleven months came to forty-one point two trillion yuan, up three point six percent year on year.', '2025-12-08')).toContainEqual(['2025-01', '2025-11', 41.2e12, 'CNY', 3.6]);
  });
  it('reads "three hundred and thirty point three billion US dollars" with "and" inside the hundreds', () => {
    expect(tuples('BEIJING, Dec 8 -- In November, exports reached three hundred and thirty point three billion US dollars, five point nine percent more than a year ago.', '2025-12-08')).toContainEqual(['2025-11', '2025-11', 330.3e9, 'USD', 5.9]);
  });
  it('reads two decimal words after "point" before "million tonnes"', () => {
    expect(tuples('KUNMING, April 21 -- Freight over the railway in the first quarter totalled one point four two million tonnes, an increase of nineteen percent.', '2026-04-21')).toContainEqual(['2026-01', '2026-03', 1.42e6, 'tonnes', 19]);
  });
  it('reads a fall said in words, "down two point five percent", beside a level in words', () => {
    expect(tuples('ULAANBAATAR, Sept 12 -- Mongolia\'s exports for the eight months were nine point eight billion dollars, down two point five percent from a year earlier.', '2023-09-12')).toContainEqual(['2023-01', '2023-08', 9.8e9, 'USD', -2.5]);
  });
  it('reads "a hundred" style groups with decimals: "six hundred and fifty-seven point two billion yuan"', () => {
    expect(tuples('WUHAN, Dec 30 -- Hubei\'s imports and exports over the first eleven months rose nine point six percent to six hundred and fifty-seven point two billion yuan.', '2024-12-30')).toContainEqual(['2024-01', '2024-11', 657.2e9, 'CNY', 9.6]);
  });
  it('reads a decimal below one said without its zero, "point-eight percent"', () => {
    expect(tuples('HANOI, Jan 5 -- Rice exports in 2024 reached eight point one million tonnes, point-eight percent more than in 2023.', '2025-01-05')).toContainEqual(['2024-01', '2024-12', 8.1e6, 'tonnes', 0.8]);
  });
  it('reads "zero point five percent" with its zero said', () => {
    expect(tuples('SEOUL, Feb 1 -- Exports in January were fifty-one point two billion dollars, up zero point five percent year on year.', '2025-02-01')).toContainEqual(['2025-01', '2025-01', 51.2e9, 'USD', 0.5]);
  });
  it('does not read "point" that no digit word follows ("one point of contention") (near miss)', () => {
    const rows = tuples('BEIJING, Dec 8 -- Exports rose to 330.3 billion dollars in November. One point of contention was the tariff on steel.', '2025-12-08');
    expect(rows).toContainEqual(['2025-11', '2025-11', 330.3e9, 'USD', null]);
    expect(rows.some((r) => r[2] === 1.0 || (typeof r[2] === 'number' && r[2] > 1 && r[2] < 2))).toBe(false);
  });
  it('does not join a number to a "point" set off by a comma ("At one point, three trains ...") (near miss)', () => {
    const rows = tuples('ALASHANKOU, Jan 9 -- The port handled 3,100 China-Europe trains in 2024. At one point, three trains were waiting at the gate.', '2025-01-09');
    expect(rows).toContainEqual(['2024-01', '2024-12', 3100, 'trains', null]);
    expect(rows.some((r) => r[2] === 1.3)).toBe(false);
  });
});

describe('an upward triangle or arrow before a percentage is a rise, a downward one a fall ("16.38 BN YUAN ▲12.6%")', () => {
  it('reads a lower third "IMPORTS AND EXPORTS 16.38 BN YUAN ▲12.6%"', () => {
    expect(tuples('URUMQI, May 22 -- Trade at Horgos was brisk in the first four months.\n[LOWER THIRD: HORGOS PORT JAN-APR | IMPORTS AND EXPORTS 16.38 BN YUAN ▲12.6%]', '2025-05-22')).toContainEqual(['2025-01', '2025-04', 16.38e9, 'CNY', 12.6]);
  });
  it('reads a downward triangle with a space, "▼ 3.4%", as a fall', () => {
    expect(tuples('HANOI, Oct 6 -- Coffee shipments slowed in the third quarter.\n[GRAPHIC: COFFEE EXPORTS Q3 2025 | 410,000 TONNES ▼ 3.4%]', '2025-10-06')).toContainEqual(['2025-07', '2025-09', 410000, 'tonnes', -3.4]);
  });
  it('reads an upward arrow on a board line, "7.9 MILLION TONNES ↑6.1%"', () => {
    expect(tuples('HANOI, Dec 10 -- Rice sold abroad kept climbing.\n[GFX: RICE EXPORTS JAN-NOV 2025 | 7.9 MILLION TONNES ↑6.1%]', '2025-12-10')).toContainEqual(['2025-01', '2025-11', 7.9e6, 'tonnes', 6.1]);
  });
  it('reads a hollow triangle "△2.2%" in a super as a rise', () => {
    expect(tuples('SEOUL, Nov 1 -- Chips again led the month.\n[SUPER: KOREA OCTOBER EXPORTS $57.3 BN △2.2%]', '2025-11-01')).toContainEqual(['2025-10', '2025-10', 57.3e9, 'USD', 2.2]);
  });
  it('reads a downward arrow "↓0.9%" after a tonnage', () => {
    expect(tuples('JAKARTA, Feb 3 -- Coal exports in January: 38.2 million tonnes ↓0.9% year on year.', '2025-02-03')).toContainEqual(['2025-01', '2025-01', 38.2e6, 'tonnes', -0.9]);
  });
  it('leaves a triangle before a bare number with no percentage alone (near miss)', () => {
    const rows = tuples('URUMQI, May 22 -- Trade at Horgos was brisk.\n[LOWER THIRD: HORGOS PORT JAN-APR | TRUCKS ▲ 2,400 | IMPORTS AND EXPORTS 16.38 BN YUAN]', '2025-05-22');
    expect(rows).toContainEqual(['2025-01', '2025-04', 16.38e9, 'CNY', null]);
  });
  it('leaves a triangle used as a bullet before a line alone (near miss)', () => {
    expect(tuples('JINAN, April 20 -- Shandong trade in the first quarter:\n▲ exports: 503.1 billion yuan, up 9.6%\n▲ imports: 324.2 billion yuan, down 1.9%', '2025-04-20')).toContainEqual(['2025-01', '2025-03', 324.2e9, 'CNY', -1.9]);
  });
});

describe('a year said in words after a word of time ("in twenty twenty-one", "since two thousand and nineteen") is that year', () => {
  it('reads "in twenty twenty-one" as the year of a full-year figure', () => {
    expect(tuples('QINGDAO, Jan 20 -- Shandong\'s trade had its best year in twenty twenty-one: imports and exports reached 2.93 trillion yuan, up 32.4 percent.', '2022-01-20')).toContainEqual(['2021-01', '2021-12', 2.93e12, 'CNY', 32.4]);
  });
  it('reads "in twenty twenty-four" in a radio read', () => {
    expect(tuples('ASTANA, Feb 14 -- Kazakhstan\'s exports to China in twenty twenty-four came to 15.1 billion dollars, the statistics bureau said.', '2025-02-14')).toContainEqual(['2024-01', '2024-12', 15.1e9, 'USD', null]);
  });
  it('reads a month with a spoken year, "December twenty twenty-two"', () => {
    expect(tuples('MOSCOW, March 13 -- Trade with China in December twenty twenty-two was 17.2 billion dollars, the channel recalled.', '2024-03-13')).toContainEqual(['2022-12', '2022-12', 17.2e9, 'USD', null]);
  });
  it('reads "two thousand and nineteen" after "in"', () => {
    expect(tuples('HANOI, Jan 5 -- In two thousand and nineteen, rice exports reached 6.4 million tonnes.', '2020-01-05')).toContainEqual(['2019-01', '2019-12', 6.4e6, 'tonnes', null]);
  });
  it('reads "in twenty fifteen" with a teen', () => {
    expect(tuples('LIMA, March 2 -- Copper shipments in twenty fifteen totalled 1.7 million tonnes, the ministry recalled.', '2016-03-02')).toContainEqual(['2015-01', '2015-12', 1.7e6, 'tonnes', null]);
  });
  it('leaves "twenty twenty-foot boxes" a count of boxes, not a year (near miss)', () => {
    const rows = tuples('QINGDAO, Jan 20 -- The port handled 23.7 million TEU in 2021. Each train carries twenty twenty-foot boxes.', '2022-01-20');
    expect(rows).toContainEqual(['2021-01', '2021-12', 23.7e6, 'TEU', null]);
    expect(rows.some((r) => r[0] === '2020-01')).toBe(false);
  });
  it('leaves "twenty" and "twenty-one" with no word of time before them alone (near miss)', () => {
    const rows = tuples('QINGDAO, Jan 20 -- The port handled 23.7 million TEU in 2021, with twenty twenty-one-berth terminals in use.', '2022-01-20');
    expect(rows).toContainEqual(['2021-01', '2021-12', 23.7e6, 'TEU', null]);
    expect(rows.some((r) => r[0] === '2020-01' || r[0] === '2021-01' && r[2] !== 23.7e6)).toBe(false);
  });
});

describe('a spoken amount closing on "billion" with no currency after it takes the sentence\'s money, as "5.5 billion" does', () => {
  it('reads "imports rose eleven point eight percent to five point five billion" after "dollars"', () => {
    expect(tuples('ULAANBAATAR, Sept 12 -- In the first eight months, exports brought in ten point four billion dollars, while imports rose eleven point eight percent to five point five billion.', '2023-09-12')).toContainEqual(['2023-01', '2023-08', 5.5e9, 'USD', 11.8]);
  });
  it('reads "and imports at three hundred sixty point six five billion, up eight point four percent"', () => {
    expect(tuples('HANOI, Dec 29 -- For the whole of 2022, exports are put at three hundred seventy-one point eight five billion dollars, and imports at three hundred sixty point six five billion, up eight point four percent.', '2022-12-29')).toContainEqual(['2022-01', '2022-12', 360.65e9, 'USD', 8.4]);
  });
  it('reads "Imports from China, one hundred thirty-four point six billion" in a listed read', () => {
    expect(tuples('HANOI, Oct 10 -- In the first nine months, trade with China came to one hundred eighty-seven point four billion US dollars, and imports from China were one hundred thirty-four point six billion, up twenty-two point eight percent.', '2025-10-10')).toContainEqual(['2025-01', '2025-09', 134.6e9, 'USD', 22.8]);
  });
  it('reads a bare "forty-four billion" after a yuan amount', () => {
    expect(tuples('NANNING, July 14 -- Guangxi\'s exports in the first half reached one hundred and twelve billion yuan, and imports fell three percent to forty-four billion.', '2025-07-14')).toContainEqual(['2025-01', '2025-06', 44e9, 'CNY', -3]);
  });
  it('reads a bare "seven hundred and ninety-two point four trillion" after a won amount', () => {
    expect(tuples('SEOUL, Jan 2 -- Exports last year were worth eight hundred and ten trillion won, while imports grew two percent to seven hundred and ninety-two point four trillion.', '2026-01-02')).toContainEqual(['2025-01', '2025-12', 792.4e12, 'KRW', 2]);
  });
  it('keeps "two million tonnes" a tonnage when tonnes follow (near miss)', () => {
    expect(tuples('JAKARTA, Feb 3 -- Coal exports in January were nearly two million tonnes, up four percent.', '2025-02-03')).toContainEqual(['2025-01', '2025-01', 2e6, 'tonnes', 4]);
  });
  it('does not give money to a spoken count of vehicles (near miss)', () => {
    const rows = releaseRows('HORGOS, May 22 -- Trade at the port reached sixteen billion yuan in the first four months. Vehicle exports reached thirty-eight thousand units.', '2025-05-22');
    expect(rows.some((r) => r.value === 38000 && r.unit === 'CNY')).toBe(false);
  });
});

describe('the two flows joined by an ampersand ("IMPORTS & EXPORTS", "import & export value") are two-way trade', () => {
  it('reads a lower third "IMPORTS & EXPORTS 16.38 BN YUAN" as total trade', () => {
    expect(releaseRows('URUMQI, May 22 -- Trade at Horgos was brisk in the first four months.\n[LOWER THIRD: HORGOS PORT JAN-APR | IMPORTS & EXPORTS 16.38 BN YUAN +12.6%]', '2025-05-22').find((r) => r.value === 16.38e9)?.flow).toBe('total');
  });
  it('reads "IMPORT & EXPORT VALUE" on a graphic as total trade', () => {
    expect(releaseRows('HOHHOT, July 15 -- Erenhot had a strong half-year.\n[GRAPHIC: ERENHOT JAN-JUN 2024 | IMPORT & EXPORT VALUE 38.62 BN YUAN / +17.5%]', '2024-07-15').find((r) => r.value === 38.62e9)?.flow).toBe('total');
  });
  it('reads "imports & exports" in a sentence as total trade', () => {
    expect(releaseRows('NANNING, Jan 20 -- Guangxi\'s imports & exports reached 750 billion yuan in 2024, up 8 percent.', '2025-01-20').find((r) => r.value === 750e9)?.flow).toBe('total');
  });
  it('reads "exports & imports" in the other order as total trade', () => {
    expect(releaseRows('HANOI, Jan 6 -- Vietnam\'s exports & imports hit $786 billion in 2024, the customs department said.', '2025-01-06').find((r) => r.value === 786e9)?.flow).toBe('total');
  });
  it('reads "export & import turnover" as total trade', () => {
    expect(releaseRows('ASTANA, Feb 10 -- Kazakhstan\'s export & import turnover with China reached $44.2 billion in 2025.', '2026-02-10').find((r) => r.value === 44.2e9)?.flow).toBe('total');
  });
  it('keeps "exports" after "&" with another word a one-way flow ("R&D ... exports") (near miss)', () => {
    expect(releaseRows('SEOUL, Nov 1 -- Backed by R&D spending, chip exports reached $17.3 billion in October.', '2025-11-01').find((r) => r.value === 17.3e9)?.flow).toBe('export');
  });
  it('keeps "importers & exporters" a name of traders, not a flow of the figure (near miss)', () => {
    expect(releaseRows('HANOI, Jan 6 -- A forum for importers & exporters opened as shipments abroad reached $405 billion in 2024.', '2025-01-06').find((r) => r.value === 405e9)?.flow).toBe('export');
  });
});

describe('"and a half" after a spoken number adds a half ("seventeen and a half percent", "two and a half million tonnes")', () => {
  it('reads "a rise of seventeen and a half percent"', () => {
    expect(tuples('HOHHOT, July 15 -- In the first half, goods passing through Erenhot were worth 38.62 billion yuan, a rise of seventeen and a half percent.', '2024-07-15')).toContainEqual(['2024-01', '2024-06', 38.62e9, 'CNY', 17.5]);
  });
  it('reads "two and a half million tonnes"', () => {
    expect(tuples('JAKARTA, Feb 3 -- Nickel ore imports in January came to two and a half million tonnes.', '2025-02-03')).toContainEqual(['2025-01', '2025-01', 2.5e6, 'tonnes', null]);
  });
  it('reads "up six and a half percent" after a level', () => {
    expect(tuples('SANTIAGO, March 8 -- Copper exports in February were 4.1 billion dollars, up six and a half percent on a year earlier.', '2025-03-08')).toContainEqual(['2025-02', '2025-02', 4.1e9, 'USD', 6.5]);
  });
  it('reads "one and a half billion dollars"', () => {
    expect(tuples('ULAANBAATAR, Sept 12 -- Coal exports in August brought in one and a half billion dollars.', '2023-09-12')).toContainEqual(['2023-08', '2023-08', 1.5e9, 'USD', null]);
  });
  it('reads "twelve and a half thousand tonnes"', () => {
    expect(tuples('HEIHE, Nov 20 -- Soybean imports over the bridge in October came to twelve and a half thousand tonnes.', '2023-11-20')).toContainEqual(['2023-10', '2023-10', 12500, 'tonnes', null]);
  });
  it('does not add a half that is a thing of its own ("five and a halfway point") (near miss)', () => {
    expect(tuples('HANOI, Jan 6 -- Rice exports in 2024 were 9 million tonnes, up five and a halfway mark was passed.', '2025-01-06').some((r) => r[4] === 5.5)).toBe(false);
  });
  it('does not add "a half" set off by a comma ("up five, and a half of it rice") (near miss)', () => {
    expect(tuples('HANOI, Jan 6 -- Farm exports in 2024 rose five percent, and a half of them went to China.', '2025-01-06').some((r) => r[4] === 5.5)).toBe(false);
  });
});

describe('a month in capitals before a flow noun in capitals on a screen line ("NOVEMBER EXPORTS $330.3 BN") is that month', () => {
  it('reads a lower third "NOVEMBER EXPORTS $330.3 BN (+5.9%) | SURPLUS ..." under a year-to-date read', () => {
    expect(tuples('ANCHOR: Exports grew in the first eleven months.\n[LOWER THIRD: NOVEMBER EXPORTS $330.3 BN (+5.9%) | SURPLUS $111.7 BN]', '2025-12-08')).toContainEqual(['2025-11', '2025-11', 330.3e9, 'USD', 5.9]);
  });
  it('reads "OCTOBER IMPORTS" on a super with a second item', () => {
    expect(tuples('PRESENTER: Korea kept its surplus in the first ten months.\n[SUPER: OCTOBER IMPORTS $52.1 BN (-1.4%) | CHIPS $15.0 BN]', '2025-11-01')).toContainEqual(['2025-10', '2025-10', 52.1e9, 'USD', -1.4]);
  });
  it('reads "MAY EXPORTS" as the month of May', () => {
    expect(tuples('ANCHOR: Shipments abroad kept rising in the first five months.\n[GRAPHIC: MAY EXPORTS $39.6 BN (+13.2%) | RICE 0.9 MILLION T]', '2025-06-06')).toContainEqual(['2025-05', '2025-05', 39.6e9, 'USD', 13.2]);
  });
  it('reads "SEPTEMBER TRADE 580 BN YUAN" as the month\'s trade', () => {
    expect(tuples('REPORTER (V/O): Trade in the first three quarters rose four percent.\n[GFX: SEPTEMBER TRADE 580 BN YUAN (+6.1%) | ASEAN 90 BN YUAN]', '2025-10-13')).toContainEqual(['2025-09', '2025-09', 580e9, 'CNY', 6.1]);
  });
  it('reads "JULY SHIPMENTS" on a ticker', () => {
    expect(tuples('ANCHOR: Copper sales abroad rose in the first seven months.\n[TICKER: JULY SHIPMENTS $4.2 BN (+2.5%) | PRICE $9,600 A TONNE]', '2025-08-07')).toContainEqual(['2025-07', '2025-07', 4.2e9, 'USD', 2.5]);
  });
  it('leaves "EXPORTS MAY FALL" a verb, not the month (near miss)', () => {
    const rows = tuples('HANOI, June 6 -- Rice exports in the first five months reached 4.1 million tonnes.\n[HEADLINE: EXPORTS MAY FALL AS PRICES SLIDE]', '2025-06-06');
    expect(rows).toContainEqual(['2025-01', '2025-05', 4.1e6, 'tonnes', null]);
    expect(rows.some((r) => r[0] === '2025-05' && r[1] === '2025-05')).toBe(false);
  });
  it('leaves a month in capitals before no flow noun alone ("NOVEMBER WEATHER") (near miss)', () => {
    const rows = tuples('BEIJING, Dec 8 -- In the first eleven months, exports reached 24.46 trillion yuan.\n[LOWER THIRD: NOVEMBER WEATHER | EXPORTS 24.46 TRN YUAN]', '2025-12-08');
    expect(rows.some((r) => r[0] === '2025-11' && r[1] === '2025-11')).toBe(false);
  });
});
