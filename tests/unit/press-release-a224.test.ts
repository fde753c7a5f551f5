/**
 * Fixing round a224 on b303 (numbers-first formats: key-figure boxes, threads, infographic alt texts, listicles).
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a heading\'s year set off by a comma after the trade it titles dates the figures under it', () => {
  it('reads "UK trade in goods, 2019: infographic"', () => {
    expect(tuples('UK trade in goods, 2019: infographic\n\nPublished 12 February 2020\n\nExports came to £372 billion.', '2020-02-12')).toContainEqual(['2019-01', '2019-12', 372e9, 'GBP', null]);
  });
  it('reads "EU trade in goods with China, 2023:" over a list', () => {
    expect(tuples('EU trade in goods with China, 2023:\nExports: €223.6 bn\nImports: €514.4 bn', '2024-02-21')).toContainEqual(['2023-01', '2023-12', 514.4e9, 'EUR', null]);
  });
  it('reads "Kenya\'s exports by destination, 2022" closing its line', () => {
    expect(tuples("Kenya's exports by destination, 2022\n\nShipments to Uganda were worth $1.1 billion.", '2023-03-01')).toContainEqual(['2022-01', '2022-12', 1.1e9, 'USD', null]);
  });
  it('reads "Foreign trade turnover, 2024 (preliminary)"', () => {
    expect(tuples('Foreign trade turnover, 2024 (preliminary)\n\nTurnover reached $12 billion, up 4%.', '2025-02-10')).toContainEqual(['2024-01', '2024-12', 12e9, 'USD', 4]);
  });
  it('reads "Trade with the United States, 2021 | key figures"', () => {
    expect(tuples('Trade with the United States, 2021 | key figures\n\nExports totalled $3 billion.', '2022-03-01')).toContainEqual(['2021-01', '2021-12', 3e9, 'USD', null]);
  });
  it('reads a sheet\'s "Key figures, 2021" under its place', () => {
    expect(tuples('ERENHOT PORT\nKey figures, 2021\n\n• Freight handled: 17.2 million tonnes', '2022-01-12')).toContainEqual(['2021-01', '2021-12', 17.2e6, 'tonnes', null]);
  });
  it('leaves a year that goes on as a possessive in prose (near miss)', () => {
    expect(tuples("Exports went mostly to China, 2023's biggest buyer, at $3 billion.", '2025-03-01')).toContainEqual(['', '', 3e9, 'USD', null]);
  });
  it('leaves a year that opens a span of years (near miss)', () => {
    expect(tuples('Exports by partner, 2019 to 2023\n\nExports were $3 billion.', '2025-03-01')).not.toContainEqual(['2019-01', '2019-12', 3e9, 'USD', null]);
  });
});

describe('a year a subject closes, ends or wraps up with a figure, in the present as in the past, is that whole year', () => {
  it('reads "Brazil closes 2023 with a record trade surplus"', () => {
    expect(tuples('Brazil closes 2023 with a record trade surplus of US$ 98.8 billion.', '2024-01-05')).toContainEqual(['2023-01', '2023-12', 98.8e9, 'USD', null]);
  });
  it('reads "exports end 2024 at"', () => {
    expect(tuples('Chilean copper exports end 2024 at $50 billion, up 8 percent.', '2025-01-09')).toContainEqual(['2024-01', '2024-12', 50e9, 'USD', 8]);
  });
  it('reads "the port wraps up 2022 with"', () => {
    expect(tuples('Santos port wraps up 2022 with 162 million tonnes of cargo handled.', '2023-01-20')).toContainEqual(['2022-01', '2022-12', 162e6, 'tonnes', null]);
  });
  it('reads "finishes 2021 with"', () => {
    expect(tuples('Mexico finishes 2021 with exports of $494 billion, a record.', '2022-01-27')).toContainEqual(['2021-01', '2021-12', 494e9, 'USD', null]);
  });
  it('reads "rounds off 2020 with"', () => {
    expect(tuples('Thailand rounds off 2020 with a trade surplus of $20 billion.', '2021-01-28')).toContainEqual(['2020-01', '2020-12', 20e9, 'USD', null]);
  });
  it('leaves "ends 2024" not followed by with, at or on (near miss)', () => {
    expect(tuples('The agreement ends 2024 tariffs. Exports were $5 billion.', '2025-03-01')).not.toContainEqual(['2024-01', '2024-12', 5e9, 'USD', null]);
  });
  it('leaves a year that begins, not closes (near miss)', () => {
    expect(tuples('Brazil opens 2024 with a trade surplus of US$ 6.5 billion.', '2024-02-06')).not.toContainEqual(['2024-01', '2024-12', 6.5e9, 'USD', null]);
  });
});

describe('a dateline line with a longer bracketed note on its source is the desk\'s town, not the area of the figures', () => {
  const areas = (text: string, published: string) => releaseRows(text, published).map((r) => r.area);
  it('reads "Hanoi, 16 February 2026 (customs data compiled by our business desk)" over a national list', () => {
    expect(areas("VIETNAM'S TRADE IN JANUARY 2026\n\nHanoi, 16 February 2026 (customs data compiled by our business desk)\n\n➤ $44.9 billion — exports (+19.1%)", '2026-02-16')).toEqual(['Vietnam']);
  });
  it('reads "Xiamen, 14 July 2025 (with figures from the customs administration)" over a figure-first item', () => {
    expect(areas("CHINA'S TRADE IN JUNE 2025\n\nXiamen, 14 July 2025 (with figures from the customs administration)\n\n- $216 billion: imports, down 2.3%", '2025-07-14')).toEqual(['China']);
  });
  it('reads "Ningbo, 10 June 2025 (a digest written for our readers in the port)"', () => {
    expect(areas("CHINA'S TRADE IN MAY 2025\n\nNingbo, 10 June 2025 (a digest written for our readers in the port)\n\nExports were $316 billion.", '2025-06-10')).toEqual(['China']);
  });
  it('reads "Shanghai, 10 May 2025 (by our markets team, with customs figures)"', () => {
    expect(areas("CHINA'S TRADE IN APRIL 2025\n\nShanghai, 10 May 2025 (by our markets team, with customs figures)\n\n• Exports: $315.7 billion, up 8.1%", '2025-05-10')).toEqual(['China']);
  });
  it('reads "Chengdu, July 14 (with figures from the customs administration)" over prose', () => {
    expect(areas("CHINA'S TRADE IN JUNE 2025\n\nChengdu, July 14 (with figures from the customs administration)\n\nImports fell 2.3% to $216 billion.", '2025-07-14')).toEqual(['China']);
  });
  it('keeps a bracket that holds the town\'s own figure as a sentence of the town (near miss)', () => {
    expect(releaseRows("Shanghai, 10 May 2025 (the city's exports came to $18 billion, up 3%)", '2025-05-10').map((r) => r.area)).toContain('Shanghai');
  });
  it('keeps a dated line that goes on into a sentence as the town\'s (near miss)', () => {
    expect(releaseRows('Shanghai, 10 May 2025 (Reuters) — The city\'s exports came to $18 billion in April, up 3%.', '2025-05-10').map((r) => r.area)).toContain('Shanghai');
  });
});

describe('a Brazilian scale after an amount of money ("US$ 98.8 bi", "R$ 1,2 tri", "US$ 450 mi", "bilhões") multiplies it', () => {
  const values = (text: string, published = '2024-01-05') => releaseRows(text, published).map((r) => r.value);
  it('reads "US$ 98.8 bi" in a post', () => {
    expect(values('Brazil closes 2023 with a record trade surplus: US$ 98.8 bi 📈 #ComércioExterior')).toContain(98.8e9);
  });
  it('reads a decimal comma before "bi"', () => {
    expect(values('Exports reached US$ 339,7 bi in 2023, up 1.7%.')).toContain(339.7e9);
  });
  it('reads "R$ 1,2 tri" as trillions of reais', () => {
    expect(values('Agribusiness sales abroad came to R$ 1,2 tri in 2023.')).toContain(1.2e12);
  });
  it('reads "US$ 450 mi" as millions', () => {
    expect(values('Coffee exports to Japan were US$ 450 mi in 2023.')).toContain(450e6);
  });
  it('reads "bilhões" written out', () => {
    expect(values('Imports fell to US$ 240,8 bilhões in 2023.')).toContain(240.8e9);
  });
  it('leaves "mi" after a bare number as no scale (near miss)', () => {
    expect(values('Exports to Chile included 5 mi of cable worth $3 billion in 2023.')).not.toContain(5e6);
  });
  it('leaves "bi" that starts a hyphened word as no scale (near miss)', () => {
    expect(values('Exports were US$ 40 bi-monthly on average in 2023.')).not.toContain(40e9);
  });
});

describe('an arrow or chart emoji right before a percentage is the sign of the change ("⬆️ 6.9%", "🔻 3%", "📉 8%")', () => {
  const post = (line: string) => tuples(`China Customs · 14 Apr 2025\n\nFirst-quarter figures are out.\n${line}`, '2025-04-14');
  it('reads "⬆️ 6.9%" after a level as a rise', () => {
    expect(post('🚢 Exports: 6.13 trillion yuan ⬆️ 6.9%')).toContainEqual(['2025-01', '2025-03', 6.13e12, 'CNY', 6.9]);
  });
  it('reads "⬇️ 6.0%" as a fall', () => {
    expect(post('📦 Imports: 4.17 trillion yuan ⬇️ 6.0%')).toContainEqual(['2025-01', '2025-03', 4.17e12, 'CNY', -6]);
  });
  it('reads a red triangle glued to the number, "🔻3.1%", as a fall', () => {
    expect(post('Crude oil imports came to 130 million tonnes 🔻3.1%')).toContainEqual(['2025-01', '2025-03', 130e6, 'tonnes', -3.1]);
  });
  it('reads "📈 12%" after a partner\'s figure as a rise', () => {
    expect(post('Trade with ASEAN: 1.71 trillion yuan 📈 12%')).toContainEqual(['2025-01', '2025-03', 1.71e12, 'CNY', 12]);
  });
  it('reads "📉 8%" and "↘ 2.5%" as falls', () => {
    const rows = post('Coal imports: 110 million tonnes 📉 8%. Iron ore imports: 285 million tonnes ↘ 2.5%');
    expect(rows).toContainEqual(['2025-01', '2025-03', 110e6, 'tonnes', -8]);
    expect(rows).toContainEqual(['2025-01', '2025-03', 285e6, 'tonnes', -2.5]);
  });
  it('leaves a chart emoji that decorates a level with no percentage after it (near miss)', () => {
    expect(post('Exports: 6.13 trillion yuan 📈 a new record for the quarter')).toContainEqual(['2025-01', '2025-03', 6.13e12, 'CNY', null]);
  });
  it('leaves an arrow before a share, which is no change (near miss)', () => {
    expect(post('Private firms handled 57.1% of trade ⬆️ the highest share yet')).not.toContainEqual(['2025-01', '2025-03', null, '', 57.1]);
  });
});

describe('a place set before the noun of a pipeline names the line, not whose figure it is', () => {
  const areas = (text: string, published: string) => releaseRows(text, published).map((r) => r.area);
  it('reads "received through the Central Asia pipeline" in a port\'s release', () => {
    expect(areas('Horgos Port handled 26.4 million tonnes of cargo in the first nine months of 2021. Natural gas received through the Central Asia pipeline came to 30.6 billion cubic metres.', '2021-10-12')).toEqual(['Horgos Port', 'Horgos Port']);
  });
  it('reads "arriving via the Myanmar pipeline"', () => {
    expect(areas('Ruili Port reported its figures for 2024. Crude oil arriving via the Myanmar pipeline totalled 11 million tonnes.', '2025-01-20')).toEqual(['Ruili Port']);
  });
  it('reads "through the Russia oil pipeline" with a fuel word between', () => {
    expect(areas('Mohe port: in 2023, 30 million tonnes of crude came in through the Russia oil pipeline, up 3%.', '2024-01-20')).toEqual(['Mohe Port']);
  });
  it('reads "piped in through the Mongolia pipeline"', () => {
    expect(areas('Erenhot Port handled 18 million tonnes in 2023. Oil piped in through the Mongolia pipeline reached 1.2 million tonnes.', '2024-01-20')).toEqual(['Erenhot Port', 'Erenhot Port']);
  });
  it('reads "carried by the Kazakhstan pipeline" and "through the Russia gas pipeline"', () => {
    expect(areas('Alashankou Port handled 15 million tonnes in 2022. Crude carried by the Kazakhstan pipeline totalled 10.9 million tonnes.', '2023-01-20')).toEqual(['Alashankou Port', 'Alashankou Port']);
    expect(areas('Suifenhe Port: in 2023 deliveries through the Russia gas pipeline came to 22 billion cubic metres.', '2024-01-20')).toEqual(['Suifenhe Port']);
  });
  it('keeps a partner named before "by pipeline" (near miss)', () => {
    expect(releaseRows('Alashankou Port handled 15 million tonnes in 2022. Exports to Kazakhstan by pipeline rose 4% to 2 million tonnes.', '2023-01-20').map((r) => r.partner)).toContain('Kazakhstan');
  });
  it('keeps a country whose own pipeline exports are reported (near miss)', () => {
    expect(areas("Turkmenistan's pipeline gas exports rose 5% to 40 billion cubic metres in 2024.", '2025-01-20')).toEqual(['Turkmenistan']);
  });
});

describe('a key-figures sheet whose first line is a port or region alone in capitals reports on that place', () => {
  const areas = (text: string, published: string) => releaseRows(text, published).map((r) => r.area);
  it('reads "HORGOS PORT" over "Key figures, 1 January – 30 September 2021"', () => {
    expect(areas('HORGOS PORT\nKey figures, 1 January – 30 September 2021\n\n• Cargo handled: 26.4 million tonnes (+8.1%)\n\nData for the Kazakh side are published by Kazakhstan.', '2021-10-12')).toEqual(['Horgos Port']);
  });
  it('reads "ERENHOT PORT" over "2024 at a glance"', () => {
    expect(areas('ERENHOT PORT\n2024 at a glance\n\n- Freight: 21.5 million tonnes, up 12%\n\nMongolia supplied most of the coal.', '2025-01-15')).toEqual(['Erenhot Port']);
  });
  it('reads "SUIFENHE PORT" over a list in prose', () => {
    expect(areas('SUIFENHE PORT\nFirst-half summary, January–June 2025\n\nTrade with Russia came to 12.5 billion yuan, up 4%.', '2025-07-15')).toEqual(['Suifenhe Port']);
  });
  it('reads "GUANGXI" over a key-figures list', () => {
    expect(areas('GUANGXI\nForeign trade in brief, 2024\n\n• Imports and exports: 750 billion yuan (+8.2%)\n\nVietnam remained the top partner.', '2025-01-20')).toEqual(['Guangxi']);
  });
  it('reads "MANZHOULI PORT" with a bar and the period after it', () => {
    expect(areas('MANZHOULI PORT\nKey figures | 2023\n\n• Cargo handled: 16.3 million tonnes (+9%)\n\nRussia supplied most of the timber.', '2024-01-15')).toEqual(['Manzhouli Port']);
  });
  it('leaves a town alone in capitals, a seat as in a dateline (near miss)', () => {
    expect(areas("HANOI\nVietnam's trade in 2024\n\nExports rose 14.3% to $405.5 billion.", '2025-01-06')).toEqual(['Vietnam']);
  });
  it('leaves a first line in capitals that is no place whole (near miss)', () => {
    expect(areas('HORGOS PORT AUTHORITY NEWSLETTER\nIssue 12\n\nKazakhstan bought goods worth 3 billion yuan through the port in 2024, up 4%.', '2025-01-15')).not.toContain('Horgos Port Authority Newsletter');
  });
});

describe('lines that open on their figure (or on an arrow bullet) are entries of their own, not one wrapped sentence', () => {
  const quoteOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value)?.source_quote;
  it('reads "$29.1 bn    imports, +25.4%, led by ..." under another figure-first line', () => {
    expect(tuples('IN NUMBERS | Kazakhstan trade, January–June 2023\n\n$39.0 bn    exports, down 5.2% as oil prices eased\n$29.1 bn    imports, +25.4%, led by machinery and cars\n$9.9 bn     trade surplus', '2023-08-15')).toContainEqual(['2023-01', '2023-06', 29.1e9, 'USD', 25.4]);
  });
  it('reads "up 9.4% as machinery orders grew" on its own line', () => {
    expect(tuples('KAZAKHSTAN: FIRST QUARTER 2024 IN NUMBERS\n\n$19.2 bn    exports, down 6.1% on oil prices\n$11.3 bn    imports, up 9.4% as machinery orders grew\n$7.9 bn     surplus', '2024-05-15')).toContainEqual(['2024-01', '2024-03', 11.3e9, 'USD', 9.4]);
  });
  it('quotes a euro line alone', () => {
    expect(quoteOf("KEY FIGURES | Ireland's goods trade, 2024\n\n€223.6 bn   exports, +3.1%, driven by medicines\n€120.2 bn   imports, -4.4%, on lower fuel prices\n€103.4 bn   trade surplus", '2025-02-15', 120.2e9)).toBe('€120.2 bn   imports, -4.4%, on lower fuel prices');
  });
  it('quotes a tonnage line with no currency alone', () => {
    expect(quoteOf('PORT OF SANTOS | 2023 in numbers\n\n173.3 million t   cargo handled, +7.2%, a record\n5.0 million TEU   containers moved, +3.1%, after a slow first half', '2024-01-20', 5e6)).toBe('5.0 million TEU   containers moved, +3.1%, after a slow first half');
  });
  it('quotes a surplus line alone under two others', () => {
    expect(quoteOf('AT A GLANCE | Mongolia, 2024\n\n$15.8 bn    exports, up 3%, mostly coal\n$9.6 bn     imports, up 19%, mostly fuel and machinery\n$6.2 bn     surplus', '2025-01-15', 6.2e9)).toBe('$6.2 bn     surplus');
  });
  it('reads "➤" bullets as list items', () => {
    expect(tuples("VIETNAM'S TRADE IN JANUARY 2026\n\nHanoi, 16 February 2026\n\n➤ $13.1 billion — goods sold to the United States, still the biggest export market\n➤ $16.2 billion — imports from China", '2026-02-16')).toContainEqual(['2026-01', '2026-01', 16.2e9, 'USD', null]);
  });
  it('reads "►" bullets with the growth after the words', () => {
    expect(tuples("THAILAND'S TRADE IN MAY 2025\n\n► $31.0 billion — exports, up 18.4%, led by electronics and cars\n► $29.8 billion — imports, up 18.0%", '2025-06-25')).toContainEqual(['2025-05', '2025-05', 29.8e9, 'USD', 18]);
  });
  it('keeps prose hard-wrapped at a number as one sentence (near miss)', () => {
    const rows = tuples('Exports to the EU rose to\n12.5 billion euros in 2024, while imports from it fell 3 percent to\n9.1 billion euros.', '2025-02-15');
    expect(rows).toContainEqual(['2024-01', '2024-12', 9.1e9, 'EUR', -3]);
  });
  it('keeps a line opening on a year as no figure-first entry (near miss)', () => {
    const rows = tuples('Exports were 12.5 billion euros in 2024, up 4 percent on\n2023 and the highest on record; imports were\n9.1 billion euros.', '2025-02-15');
    expect(rows).toContainEqual(['2024-01', '2024-12', 12.5e9, 'EUR', 4]);
  });
});

describe('a percentage that opens its item and is then named a share ("59 percent: the share of exports ...") is that share', () => {
  const shares = (text: string, published: string) => releaseRows(text, published).filter((r) => r.measure === 'share').map((r) => [r.value, r.area, r.partner, r.flow]);
  const HEAD = "Ten numbers on China's trade in 2024\n\nBeijing, January 14, 2025\n\n";
  it('reads "59 percent: the share of exports made up of ..."', () => {
    expect(shares(`${HEAD}6. 59 percent: the share of exports made up of mechanical and electrical products.`, '2025-01-14').map((r) => r.slice(0, 2))).toEqual([[59, 'China']]);
  });
  it('reads "15.6 percent — ASEAN\'s slice of China\'s trade"', () => {
    expect(shares(`${HEAD}7. 15.6 percent — ASEAN's slice of China's trade, still the biggest of any partner bloc.`, '2025-01-14')).toEqual([[15.6, 'China', 'ASEAN', 'total']]);
  });
  it('reads "21.3%   China\'s share of turnover" in a key-figures box', () => {
    expect(shares("IN NUMBERS | Kazakhstan's foreign trade, January–June 2023\n\n$68.1 bn    foreign trade turnover, +13.9%\n21.3%       China's share of turnover, now the largest partner", '2023-08-15')).toEqual([[21.3, 'Kazakhstan', 'China', 'total']]);
  });
  it('reads "92 percent: China\'s share of Mongolia\'s exports"', () => {
    expect(shares("Mongolia's 2024 in numbers\n\nUlaanbaatar, January 15, 2025\n\n3. 92 percent: China's share of Mongolia's exports.", '2025-01-15').map((r) => r.slice(0, 2))).toEqual([[92, 'Mongolia']]);
  });
  it('reads "Nearly 40% — China\'s portion of Chile\'s exports" with a hedge before it', () => {
    expect(shares("Chile's 2024 in numbers\n\nSantiago, January 20, 2025\n\n2. Nearly 40% — China's portion of Chile's exports, mostly copper.", '2025-01-20')).toEqual([[40, 'Chile', 'China', 'export']]);
  });
  it('leaves a rise followed by a dash and a share of something else (near miss)', () => {
    expect(shares("China's exports rose 5.9% in 2024 — the share of cars in them climbed too.", '2025-01-14')).toEqual([]);
  });
  it('leaves a signed change that opens its line (near miss)', () => {
    expect(shares("IN NUMBERS | Kazakhstan's foreign trade, January–June 2023\n\n$68.1 bn    foreign trade turnover, +13.9%\n+0.8 pp     growth in the share of processed goods in exports", '2023-08-15')).toEqual([]);
  });
});

describe('a count that opens its item and is then named by its noun after a dash or colon counts what the noun names', () => {
  const HEAD = "Ten numbers on China's trade in 2024\n\nBeijing, January 14, 2025\n\n";
  it('reads "6.4 million — cars shipped out of Chinese ports, up 23 percent"', () => {
    expect(tuples(`${HEAD}5. 6.4 million — cars shipped out of Chinese ports, up 23 percent.`, '2025-01-14')).toContainEqual(['2024-01', '2024-12', 6.4e6, 'vehicles', 23]);
  });
  it('reads "19,000 — China-Europe freight train trips in the year"', () => {
    expect(tuples(`${HEAD}9. 19,000 — China-Europe freight train trips in the year.`, '2025-01-14')).toContainEqual(['2024-01', '2024-12', 19000, 'trains', null]);
  });
  it('reads "5,213: freight trains through the port" in a bulleted sheet', () => {
    expect(tuples('HORGOS PORT\nKey figures, 2021\n\n• 5,213: freight trains through the port, up 27.6%', '2022-01-12')).toContainEqual(['2021-01', '2021-12', 5213, 'trains', 27.6]);
  });
  it('reads "About 1.2 million – vehicles exported" with a hedge and an en dash', () => {
    expect(releaseRows("Japan's car trade in 2024 in numbers\n\n2. About 1.2 million – vehicles exported to the United States.", '2025-01-30').map((r) => [r.value, r.unit, r.qualifier])).toContainEqual([1.2e6, 'vehicles', 'about']);
  });
  it('reads "➤ 8,500 — containers handled" under an arrow bullet', () => {
    expect(tuples("Lianyungang port, March 2025: key figures\n\n➤ 8,500 — containers loaded onto westbound trains", '2025-04-10')).toContainEqual(['2025-03', '2025-03', 8500, 'containers', null]);
  });
  it('leaves a count whose words after the dash name no counted noun (near miss)', () => {
    expect(tuples(`${HEAD}10. 4 — the number of ministries that co-signed a notice in December.`, '2025-01-14')).toEqual([]);
  });
  it('leaves a number inside a sentence before a dash (near miss)', () => {
    expect(tuples("China's exports rose in 2024 by 7.1 percent to 25.45 trillion yuan, with 2024 — cars shipped abroad — a record year.", '2025-01-14').filter((r) => r[3] === 'vehicles')).toEqual([]);
  });
});

describe('"daily exports" (or imports, shipments) are a day\'s trade, not the period\'s figure', () => {
  const values = (text: string, published: string) => releaseRows(text, published).map((r) => r.value);
  const HEAD = 'SEOUL, Oct 1 -- Exports rose 7.5% to $58.7 billion in September. ';
  it('leaves "Working-day-adjusted daily exports were $2.9 billion"', () => {
    expect(values(`${HEAD}Working-day-adjusted daily exports were $2.9 billion.`, '2024-10-01')).toEqual([58.7e9]);
  });
  it('leaves "Daily exports came to $2.6 billion"', () => {
    expect(values(`${HEAD}Daily exports came to $2.6 billion, up 3%.`, '2024-10-01')).toEqual([58.7e9]);
  });
  it('leaves "daily imports came to" after a month\'s imports', () => {
    expect(values(`${HEAD}Imports reached $52 billion, while daily imports came to $2.3 billion.`, '2024-10-01')).toEqual([58.7e9, 52e9]);
  });
  it('leaves "daily shipments reached 3.5 million barrels"', () => {
    expect(values('BASRA, May 3 -- Crude exports totalled 105 million barrels in April; daily shipments reached 3.5 million barrels.', '2025-05-03')).toEqual([105e6]);
  });
  it('leaves "the daily exports figure stood at"', () => {
    expect(values(`${HEAD}The daily exports figure stood at $2.55 billion.`, '2024-10-01')).toEqual([58.7e9]);
  });
  it('keeps exports named with no daily word (near miss)', () => {
    expect(values(`${HEAD}Chip exports were $13.6 billion.`, '2024-10-01')).toEqual([58.7e9, 13.6e9]);
  });
  it('keeps a month\'s exports after a clause on a daily record (near miss)', () => {
    expect(values('SEOUL, Oct 1 -- Daily exports hit a record early in the month. Car exports rose 4% to $5.2 billion in September.', '2024-10-01')).toContain(5.2e9);
  });
});
