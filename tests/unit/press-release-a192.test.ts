/**
 * Fixing round a192 on b288-01..07 (bilateral economic-relations briefs and fact sheets): the language of fact sheets and
 * embassy pages. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const values = (text: string, published: string) => releaseRows(text, published).map((r) => r.value);

describe('a span of quarters, months or a year counted back to the end of a coded quarter is that rolling span', () => {
  it('reads "the four quarters to the end of Q2 2026" as July 2025 to June 2026', () => {
    expect(tuples('Trade between the UK and Ghana was £2.1 billion in the four quarters to the end of Q2 2026, up 4.0%.', '2026-10-02')).toContainEqual(['2025-07', '2026-06', 2.1e9, 'GBP', 4]);
  });
  it('reads "the four quarters ending 2025 Q3"', () => {
    expect(tuples('UK exports to Peru came to £640 million in the four quarters ending 2025 Q3.', '2026-01-15')).toContainEqual(['2024-10', '2025-09', 6.4e8, 'GBP', null]);
  });
  it('reads "the year to Q1 2026"', () => {
    expect(tuples('Imports from Vietnam totalled £6.3 billion in the year to Q1 2026.', '2026-07-10')).toContainEqual(['2025-04', '2026-03', 6.3e9, 'GBP', null]);
  });
  it('reads "the 12 months to the end of Q4 2025"', () => {
    expect(tuples('Over the 12 months to the end of Q4 2025, goods exports to Chile reached £1.2 billion.', '2026-04-20')).toContainEqual(['2025-01', '2025-12', 1.2e9, 'GBP', null]);
  });
  it('reads "the two quarters to Q3 2025" as six months', () => {
    expect(tuples('Exports to Kenya were £410 million in the two quarters to Q3 2025.', '2026-01-15')).toContainEqual(['2025-04', '2025-09', 4.1e8, 'GBP', null]);
  });
  it('keeps a coded quarter alone for that quarter (near miss)', () => {
    expect(tuples('Trade between the UK and Ghana was £560 million in Q2 2026.', '2026-10-02')).toContainEqual(['2026-04', '2026-06', 5.6e8, 'GBP', null]);
  });
  it('keeps "the four quarters of 2025" for the calendar year (near miss)', () => {
    expect(tuples('Trade with Ghana was £2.0 billion in 2025, spread evenly over its quarters.', '2026-10-02')).toContainEqual(['2025-01', '2025-12', 2e9, 'GBP', null]);
  });
});

describe("an amount joined to a change's percentage by a noun of change, brackets or \"or\" is the same change in money", () => {
  it('sets aside "an increase of 5.3% or £80 million from"', () => {
    expect(values('Trade with Kenya was £1.6 billion in 2025, an increase of 5.3% or £80 million from 2024.', '2026-03-02')).not.toContain(8e7);
  });
  it('sets aside "a 12.7% increase ($1.6 billion) over 2024"', () => {
    expect(values('The U.S. goods trade surplus with Peru was $4.2 billion in 2025, a 12.7% increase ($1.6 billion) over 2024.', '2026-04-08')).not.toContain(1.6e9);
  });
  it('sets aside "a 4% drop, or €310 million, on the year"', () => {
    expect(values('Exports to Norway were €7.4 billion in 2025, a 4% drop, or €310 million, on the year.', '2026-03-02')).not.toContain(3.1e8);
  });
  it('reads "6.0% ($450 million) more than 2024" as the change of the level', () => {
    expect(tuples('U.S. exports of services to Peru were an estimated $7.9 billion in 2025, 6.0% ($450 million) more than 2024.', '2026-04-08')).toEqual([['2025-01', '2025-12', 7.9e9, 'USD', 6]]);
  });
  it('reads "3.1 percent (€210 million) lower than a year earlier"', () => {
    expect(tuples('Imports from Chile were €6.5 billion in 2025, 3.1 percent (€210 million) lower than a year earlier.', '2026-03-02')).toEqual([['2025-01', '2025-12', 6.5e9, 'EUR', -3.1]]);
  });
  it('keeps a level in brackets after a share (near miss)', () => {
    expect(values('Machinery made up 12% of exports in 2025 (€880 million) and cars the rest.', '2026-03-02')).toContain(8.8e8);
  });
  it('keeps the level after "or" that a share, not a change, precedes (near miss)', () => {
    expect(values('Coffee was 21% of exports to Japan in 2025, or $610 million.', '2026-03-02')).toContain(6.1e8);
  });
});

describe("a year opening the bracket that closes a caption's line dates the list under it", () => {
  const page = (caption: string, line1: string, line2: string) => `Relations (Basic Data)\n\nJune 22, 2026\n\n${caption}\n  ${line1}\n  ${line2}\n`;
  it('reads "(1) Trade with Japan (2025, Trade Statistics of Japan, Ministry of Finance)"', () => {
    expect(tuples(page('(1) Trade with Japan (2025, Trade Statistics of Japan, Ministry of Finance)', 'Exports to Ghana: 31.4 billion yen', 'Imports from Ghana: 22.7 billion yen'), '2026-06-22')).toContainEqual(['2025-01', '2025-12', 3.14e10, 'JPY', null]);
  });
  it('reads "Trade with Peru (2024)"', () => {
    expect(tuples(page('Trade with Peru (2024)', 'Exports to Peru: 180.2 billion yen', 'Imports from Peru: 240.5 billion yen'), '2026-06-22')).toContainEqual(['2024-01', '2024-12', 2.405e11, 'JPY', null]);
  });
  it('reads a caption closed by a colon, "Bilateral trade (2025; Korea Customs Service):"', () => {
    expect(tuples(page('Bilateral trade (2025; Korea Customs Service):', 'Exports to Mongolia: 450 million US dollars', 'Imports from Mongolia: 70 million US dollars'), '2026-06-22')).toContainEqual(['2025-01', '2025-12', 4.5e8, 'USD', null]);
  });
  it('reads "2. Trade with Kenya (2025, KNBS)"', () => {
    expect(tuples(page('2. Trade with Kenya (2025, KNBS)', 'Exports to Kenya: 12.1 billion yen', 'Imports from Kenya: 3.3 billion yen'), '2026-06-22')).toContainEqual(['2025-01', '2025-12', 3.3e9, 'JPY', null]);
  });
  it('reads "Trade in goods with Brazil (2023, MOF statistics)"', () => {
    expect(tuples(page('Trade in goods with Brazil (2023, MOF statistics)', 'Exports to Brazil: 410 billion yen', 'Imports from Brazil: 980 billion yen'), '2026-06-22')).toContainEqual(['2023-01', '2023-12', 4.1e11, 'JPY', null]);
  });
  it('leaves a bracketed year the sentence goes on after (near miss)', () => {
    expect(tuples('Exports to Ghana under the accord (2019) reached 31.4 billion yen in 2025.', '2026-06-22')).toContainEqual(['2025-01', '2025-12', 3.14e10, 'JPY', null]);
  });
  it('leaves a bracket that opens with a month for the month rules (near miss)', () => {
    expect(tuples(page('(1) Trade with Japan (March 2026, MOF)', 'Exports to Ghana: 3.1 billion yen', 'Imports from Ghana: 2.2 billion yen'), '2026-06-22')).toContainEqual(['2026-03', '2026-03', 3.1e9, 'JPY', null]);
  });
});

describe('aid a government gives (grant aid, technical cooperation, ODA) is no trade', () => {
  const has = (text: string, value: number) => values(text, '2026-06-22').includes(value);
  it('sets aside "Grant aid: 168.3 billion yen"', () => {
    expect(has('Trade with Ghana (2025)\n  Exports to Ghana: 31.4 billion yen\n\nEconomic cooperation (cumulative to FY2024)\n  Grant aid: 168.3 billion yen\n', 1.683e11)).toBe(false);
  });
  it('sets aside "Technical cooperation: 95.7 billion yen"', () => {
    expect(has('Trade with Ghana (2025)\n  Exports to Ghana: 31.4 billion yen\n\nEconomic cooperation (cumulative to FY2024)\n  Technical cooperation: 95.7 billion yen\n', 9.57e10)).toBe(false);
  });
  it('sets aside "official development assistance of $2.1 billion"', () => {
    expect(has('Korea exported $3.2 billion of goods to Vietnam in 2025. Its official development assistance to the country came to $2.1 billion over the decade.', 2.1e9)).toBe(false);
  });
  it('sets aside "humanitarian aid worth 45 million euros"', () => {
    expect(has('EU exports to Sudan fell to 210 million euros in 2025, while humanitarian aid reached 45 million euros.', 4.5e7)).toBe(false);
  });
  it('sets aside "ODA disbursements totalled"', () => {
    expect(has('Japan’s exports to Laos were 28 billion yen in 2025. ODA disbursements totalled 12 billion yen.', 1.2e10)).toBe(false);
  });
  it('keeps exports of food aid goods named as trade (near miss)', () => {
    expect(has('Exports of rice to Haiti reached $120 million in 2025.', 1.2e8)).toBe(true);
  });
  it('keeps "grants of licences" as no aid (near miss)', () => {
    expect(has('After the grant of licences, exports to Chile rose to $640 million in 2025.', 6.4e8)).toBe(true);
  });
});

describe('a clause of a part ("of which") or an attribute ("with a total value of"), or after an aside of where, is about the subject before it', () => {
  const has = (text: string, value: number) => values(text, '2026-11-16').includes(value);
  it('sets aside "investments have reached 16 billion USD, of which around 13 billion USD is in energy"', () => {
    expect(has('Turkish investments in Azerbaijan have reached 16 billion USD, of which around 13 billion USD is in the energy sector.', 1.3e10)).toBe(false);
  });
  it('sets aside "contracts came to US$2.3 billion, with a completed turnover of US$1.9 billion"', () => {
    expect(has('The value of new engineering contracts signed by Chinese firms in 2025 was US$2.3 billion, with a completed turnover of US$1.9 billion.', 1.9e9)).toBe(false);
  });
  it('sets aside "contracting firms have undertaken 900 projects, with a total value of 19 billion USD"', () => {
    expect(has('Turkish contracting firms have undertaken more than 900 projects in Azerbaijan, with a total value of approximately 19 billion USD.', 1.9e10)).toBe(false);
  });
  it('sets aside "investments in our country, mainly in the petrochemical, refining and energy sectors, exceed 20 billion USD"', () => {
    expect(has('Azerbaijani investments in our country, mainly in the petrochemical, refining and energy sectors, exceed 20 billion USD.', 2e10)).toBe(false);
  });
  it('sets aside "FDI in Peru, chiefly in mining and energy projects, stood at"', () => {
    expect(has('Chinese investment in Peru, chiefly in the mining, power and port projects, stood at $30 billion.', 3e10)).toBe(false);
  });
  it('keeps a part of trade after "of which" (near miss)', () => {
    expect(has('Exports to Azerbaijan reached 5.9 billion USD in 2025, of which 1.2 billion USD was machinery.', 1.2e9)).toBe(true);
  });
  it('keeps trade with an aside of where it went (near miss)', () => {
    expect(has('Exports to the Gulf, mainly in the machinery and food sectors, exceeded 20 billion USD in 2025.', 2e10)).toBe(true);
  });
});

describe("a fact sheet's caption in a unit and a fiscal year over dotted rows or bulleted goods gives those rows", () => {
  const sheet = (caption: string, rows: string) => `VIETNAM\nCountry fact sheet\n\nGeneral information\nCapital: Hanoi\n\n${caption}\n${rows}\n\nCompiled by the statistics section.`;
  it('reads "Goods exports ........ 11,420 (growth on previous year: -3.1%)" under "(A$ million, 2024-25)"', () => {
    expect(tuples(sheet("Australia's trade relationship with Vietnam (A$ million, 2024-25)", 'Goods exports ........ 11,420 (growth on previous year: -3.1%)\nGoods imports ........ 12,040 (+11.4%)'), '2026-03-12')).toEqual([['2024-07', '2025-06', 1.142e10, 'AUD', -3.1], ['2024-07', '2025-06', 1.204e10, 'AUD', 11.4]]);
  });
  it('reads services and a total of goods and services with its bracket', () => {
    const rows = releaseRows(sheet("Australia's trade relationship with Chile (A$ million, 2024-25)", 'Services exports ..... 905 (+4.1%)\nTotal trade (goods and services) ..... 5,120 (-2.0%)'), '2026-03-12');
    expect(rows.map((r) => [r.commodity, r.flow, r.value, r.yoy_pct])).toEqual([['services', 'export', 9.05e8, 4.1], ['goods and services', 'total', 5.12e9, -2]]);
  });
  it('reads bulleted goods under "Major Australian exports, 2024-25 (A$m)"', () => {
    const rows = releaseRows(sheet("Australia's trade relationship with Vietnam (A$ million, 2024-25)\nGoods exports ........ 11,420 (-3.1%)\n\nMajor Australian exports, 2024-25 (A$m)", '- Coal 3,604\n- Cotton 912'), '2026-03-12');
    expect(rows.filter((r) => r.commodity !== 'all goods').map((r) => [r.commodity, r.flow, r.value, r.period_start])).toEqual([['coal', 'export', 3.604e9, '2024-07'], ['cotton', 'export', 9.12e8, '2024-07']]);
  });
  it('reads goods with an ampersand under an imports caption', () => {
    const rows = releaseRows(sheet("Australia's trade relationship with Japan (A$ million, 2024-25)\nGoods imports ........ 30,100 (+1.0%)\n\nMajor Australian imports, 2024-25 (A$m)", '- Telecom equipment & parts 2,861\n- Footwear 788'), '2026-03-12');
    expect(rows.filter((r) => r.commodity !== 'all goods').map((r) => [r.commodity, r.flow, r.value])).toEqual([['telecom equipment and parts', 'import', 2.861e9], ['footwear', 'import', 7.88e8]]);
  });
  it('reads "Merchandise exports ....." in an earlier fiscal year', () => {
    expect(tuples(sheet("Australia's trade relationship with Fiji (A$ million, 2023-24)", 'Merchandise exports ........ 1,050 (+6.2%)'), '2026-03-12')).toEqual([['2023-07', '2024-06', 1.05e9, 'AUD', 6.2]]);
  });
  it('leaves investment lines under the rows unread (near miss)', () => {
    expect(values(sheet("Australia's trade relationship with Vietnam (A$ million, 2024-25)", "Goods exports ........ 11,420 (-3.1%)\nAustralia's investment in Vietnam (2024) ..... 2,912"), '2026-03-12')).not.toContain(2.912e9);
  });
  it('leaves bulleted goods under a caption that names no flow (near miss)', () => {
    expect(values(sheet('Selected indicators, 2024-25 (A$m)', '- Coal 3,604\n- Cotton 912'), '2026-03-12')).not.toContain(3.604e9);
  });
});

describe('an amount after "Of this" opening a sentence, before a colon or comma, names the whole again', () => {
  const has = (text: string, value: number, yoy: number | null) => tuples(text, '2026-10-02').some((t) => t[2] === value && t[4] === yoy);
  it('sets aside "Of this £1.6 billion:" over a list', () => {
    expect(has('Trade between the UK and Kenya was £1.6 billion in 2025, up 5.3%.\n\nOf this £1.6 billion:\n- UK exports to Kenya were £870 million.', 1.6e9, null)).toBe(false);
  });
  it('sets aside "Of that $4.2 billion, ..."', () => {
    expect(has('Exports to Peru reached $4.2 billion in 2025, up 3%. Of that $4.2 billion, machinery accounted for $1.1 billion.', 4.2e9, null)).toBe(false);
  });
  it('sets aside "Of the 310,000 tonnes, ..."', () => {
    expect(tuples('Rice exports reached 310,000 tonnes in 2025, up 8%. Of the 310,000 tonnes, Ghana bought 120,000 tonnes.', '2026-03-02').filter((t) => t[2] === 310000)).toEqual([['2025-01', '2025-12', 310000, 'tonnes', 8]]);
  });
  it('sets aside "Of this €2 billion," in a trade office note', () => {
    expect(has('EU imports from Kenya were €2 billion in 2025, up 1%. Of this €2 billion, flowers made up €700 million.', 2e9, null)).toBe(false);
  });
  it('sets aside "Of these £900 million:"', () => {
    expect(has('UK imports from Ghana were £900 million in 2025, up 2%.\n\nOf these £900 million:\n- cocoa was £400 million.', 9e8, null)).toBe(false);
  });
  it('keeps a part after "of this" inside its sentence (near miss)', () => {
    expect(has('Trade with Kenya was £1.6 billion in 2025, and of this exports were £870 million.', 8.7e8, null)).toBe(true);
  });
  it('keeps "Of this total, exports were" giving the part (near miss)', () => {
    expect(has('Trade with Kenya was £1.6 billion in 2025. Of this total, exports were £870 million.', 8.7e8, null)).toBe(true);
  });
});

describe("sales by a country's affiliates abroad are no trade", () => {
  const has = (text: string, value: number) => values(text, '2026-04-08').includes(value);
  it('sets aside "Sales of services in Colombia by majority U.S.-owned affiliates were"', () => {
    expect(has('U.S. exports to Colombia were $33.1 billion in 2025. Sales of services in Colombia by majority U.S.-owned affiliates were $9.6 billion in 2023.', 9.6e9)).toBe(false);
  });
  it('sets aside "sales by foreign affiliates reached"', () => {
    expect(has('Japan exported $12 billion of goods to Mexico in 2025, while sales by Japanese foreign affiliates in Mexico reached $40 billion.', 4e10)).toBe(false);
  });
  it('sets aside "affiliates of German firms in Poland sold"', () => {
    expect(has('German exports to Poland were €95 billion in 2025. Affiliates of German firms in Poland sold goods worth €60 billion.', 6e10)).toBe(false);
  });
  it('sets aside "Korean-owned affiliates turned over"', () => {
    expect(has('Korea shipped $20 billion of goods to Vietnam in 2025, and Korean-owned affiliates there had sales of $70 billion.', 7e10)).toBe(false);
  });
  it('sets aside "majority-owned affiliates supplied services worth"', () => {
    expect(has('U.S. services exports to Chile were $5 billion in 2025. Majority-owned affiliates supplied services worth $8 billion.', 8e9)).toBe(false);
  });
  it('keeps exports by affiliates as trade (near miss)', () => {
    expect(has('Exports by foreign affiliates in Vietnam rose to $280 billion in 2025.', 2.8e11)).toBe(true);
  });
  it('keeps plain services exports (near miss)', () => {
    expect(has('U.S. exports of services to Colombia were $7.9 billion in 2025.', 7.9e9)).toBe(true);
  });
});

describe("a caption's ranked partners with their shares, the caption owned by a country, are that country's shares", () => {
  const shares = (text: string) => releaseRows(text, '2026-03-12').filter((r) => r.unit === 'percent-share').map((r) => [r.area, r.partner, r.flow, r.value, r.period_start]);
  it('reads "Vietnam\'s principal export destinations, 2025: 1. United States 29.8%, ..."', () => {
    expect(shares("Vietnam's principal export destinations, 2025: 1. United States 29.8%, 2. China 15.3%.")).toEqual([['Vietnam', 'United States', 'export', 29.8, '2025-01'], ['Vietnam', 'China', 'export', 15.3, '2025-01']]);
  });
  it('reads a ranking that skips places with an ellipsis', () => {
    expect(shares("Chile's main export markets, 2024: 1. China 38.9% ... 9. Australia 1.1%.")).toEqual([['Chile', 'China', 'export', 38.9, '2024-01'], ['Chile', 'Australia', 'export', 1.1, '2024-01']]);
  });
  it("reads an import caption's sources", () => {
    expect(shares("Kenya's principal import sources, 2025: 1. China 21.0%, 2. India 10.4%.")).toEqual([['Kenya', 'China', 'import', 21, '2025-01'], ['Kenya', 'India', 'import', 10.4, '2025-01']]);
  });
  it('reads ranks closed by a bracket', () => {
    expect(shares("Peru's top export destinations, 2025: 1) China 33.1%, 2) United States 12.9%.")).toEqual([['Peru', 'China', 'export', 33.1, '2025-01'], ['Peru', 'United States', 'export', 12.9, '2025-01']]);
  });
  it('reads shares written in per cent', () => {
    expect(shares("Ghana's main export markets, 2024: 1. Switzerland 25.2 per cent, 2. India 14.8 per cent.")).toEqual([['Ghana', 'Switzerland', 'export', 25.2, '2024-01'], ['Ghana', 'India', 'export', 14.8, '2024-01']]);
  });
  it('leaves a dashless item without its unit (near miss)', () => {
    expect(shares("Vietnam's principal export destinations, 2025: 1. United States 29.8%, 2. China 15.3.")).toEqual([]);
  });
  it('leaves shares adding up to more than the whole (near miss)', () => {
    expect(shares("Vietnam's principal export destinations, 2025: 1. United States 69.8%, 2. China 55.3%.")).toEqual([]);
  });
});
