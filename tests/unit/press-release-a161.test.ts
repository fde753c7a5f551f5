/**
 * Rules widened in the fixing round for b261 (second round) and b260-14: each frame in several phrasings of our own.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const flowOf = (text: string, value: number, published = '2026-03-10') => releaseRows(text, published).find((r) => r.value === value)?.flow;

describe('"bound west" (and "west-bound", "bound eastwards") reads as the one word "westbound"', () => {
  it('reads boxes "bound west" across a sea as leaving a Central Asian port', () => {
    expect(flowOf('AKTAU, March 10 - The port handled 6,200 TEU in February. Boxes bound west over the Caspian came to 4,100 TEU, and those coming in from Baku 2,100 TEU.', 4100)).toBe('export');
  });
  it('reads "bound westwards" after the count', () => {
    expect(flowOf('ALMATY, March 10 - Dostyk station handled 830 container trains in February; 610 trains were bound westwards and the rest came back from Europe.', 610)).toBe('export');
  });
  it('reads a hyphened "west-bound" naming the part of a whole', () => {
    expect(flowOf('URUMQI, March 10 -- The Urumqi assembly centre handled 610 China-Europe trains in the first two months. West-bound services made up 412 of them, the operator said.', 412)).toBe('export');
  });
  it('reads "bound east" as coming back to a Chinese hub', () => {
    expect(flowOf('CHONGQING, March 10 -- The hub ran 980 trains in February; those bound east carried 31,000 TEU, against 52,000 TEU on trains heading out to Europe.', 31000)).toBe('import');
  });
  it('reads "bound westward" at the European end of a line as arriving there', () => {
    expect(flowOf('DUISBURG, March 10 -- The port of Duisburg handled 2,400 China trains in February, the operator said. Trains bound westward numbered 1,350.', 1350)).toBe('import');
  });
  it('does not read "west of" a town as a direction (guard)', () => {
    const rows = releaseRows('AKTAU, March 10 - The new terminal, bound west of the old quay by a rail spur, handled 5,400 TEU of containers in February, the port company said.', '2026-03-10');
    expect(rows.find((r) => r.value === 5400)?.flow).toBe('total');
  });
  it('does not read "bound" in "duty-bound" or "bound to rise" with a compass word later as a direction (guard)', () => {
    const rows = releaseRows('ALMATY, March 10 - Traffic on the line is bound to rise further west, the operator said; the station handled 7,300 TEU in February.', '2026-03-10');
    expect(rows.find((r) => r.value === 7300)?.flow).toBe('total');
  });
});

describe('a share "of all" things owned by a directed count just before it goes that count\'s way', () => {
  const opening = 'CHITA, Oct 20. Freight through the crossing totalled 14.7 million tonnes in January-September, the railway said.\n\n';
  const shareFlow = (sentence: string, share: number) => releaseRows(opening + sentence, '2025-10-20').find((r) => r.value === share && r.unit === 'percent-share')?.flow;
  it('reads "their share of all trains handled" after trains arriving from a partner', () => {
    expect(shareFlow('The number of container trains arriving from China was 1,820 and their share of all trains handled at the station approached 40 percent.', 40)).toBe('import');
  });
  it('reads ", or about N percent of all" after the count', () => {
    expect(shareFlow('Container trains arriving from China numbered 1,820, or about 40 percent of all trains handled at the station.', 40)).toBe('import');
  });
  it('reads ", making up N percent of all" as a participle of the count', () => {
    expect(shareFlow('Container trains arriving from China numbered 1,820, making up about 40 percent of all trains handled at the station.', 40)).toBe('import');
  });
  it('reads "they made up" in a clause after a semicolon', () => {
    expect(shareFlow('Some 1,820 container trains came in from China; they made up about 40 percent of all trains the station handled.', 40)).toBe('import');
  });
  it('reads "these accounted for" after trains that came back', () => {
    expect(shareFlow('About 960 trains returned from Europe in the period, and these accounted for 31 percent of all services at the terminal.', 31)).toBe('import');
  });
  it('keeps a place\'s own share of all trains both ways (guard)', () => {
    expect(shareFlow('Trains from China arriving at the station numbered 1,820, and the station\'s share of all trains crossing the border reached 40 percent.', 40)).toBe('total');
  });
  it('keeps a share of all trains in a paragraph of its own both ways (guard)', () => {
    expect(shareFlow('Trains arriving from China numbered 1,820.\n\nThe crossing\'s share of all freight trains in the region was near 40 percent.', 40)).toBe('total');
  });
});

describe('a percentage "of it" (them, that, those) closing its clause is a share of the whole just named', () => {
  const shareOf = (text: string, value: number) => releaseRows(text, '2026-02-10').find((r) => r.value === value && r.unit === 'percent-share');
  it('reads "carried some N percent of it." after a port\'s throughput', () => {
    expect(shareOf('DUISBURG, Feb 10 -- The port of Duisburg handled 2.1 million TEU of containers in the second half of 2025. The China trains thus carried some 5.6 percent of it.', 5.6)).toBeDefined();
  });
  it('reads "moved about N percent of that." with a demonstrative', () => {
    expect(shareOf('HAMBURG, Feb 10 -- The port of Hamburg moved 7.8 million TEU in 2025, the port authority said. Rail services to and from China moved about 3.1 percent of that.', 3.1)).toBeDefined();
  });
  it('reads "hauled N percent of it," before an attribution', () => {
    expect(shareOf('ALMATY, Feb 10 -- Kazakhstan shipped 18.2 million tonnes of grain abroad in 2025. Trucks through the southern crossings hauled 22 percent of it, the ministry said.', 22)).toBeDefined();
  });
  it('reads "saw N percent of those" after a semicolon', () => {
    expect(shareOf('MALASZEWICZE, Feb 10 -- The border terminal transshipped 412,000 TEU in 2025; the broad-gauge yard on the eastern side saw 41 percent of those.', 41)).toBeDefined();
  });
  it('reads "brought N percent of them" after "and" in the sentence of the whole', () => {
    expect(shareOf('GDANSK, Feb 10 -- The Baltic terminal handled 2.4 million TEU last year, and ships calling from Asian ports alone brought 27 percent of them.', 27)).toBeDefined();
  });
  it('keeps "up N percent on the year before that" a change (guard)', () => {
    const rows = releaseRows('KOPER, Feb 10 -- The port of Koper handled 1.1 million TEU in 2025, up 6 percent on the year before that.', '2026-02-10');
    expect(rows.find((r) => r.unit === 'percent-share')).toBeUndefined();
    expect(rows.find((r) => r.value === 1.1e6)?.yoy_pct).toBe(6);
  });
  it('keeps "a rise of N percent, much of it from" a change (guard)', () => {
    const rows = releaseRows('KOPER, Feb 10 -- The port of Koper handled 1.1 million TEU in 2025, a rise of 6 percent, much of it from Asia.', '2026-02-10');
    expect(rows.find((r) => r.unit === 'percent-share')).toBeUndefined();
    expect(rows.find((r) => r.value === 1.1e6)?.yoy_pct).toBe(6);
  });
});

describe('a copular multiple with no base, said of the other flow, compares the two flows, not the year', () => {
  const growthRows = (text: string) => releaseRows(text, '2025-06-10').filter((r) => r.measure === 'growth' || r.yoy_pct !== null);
  it('reads "were about N times higher." after a sentence on exports', () => {
    expect(growthRows('DALIAN, June 10 -- The province\'s exports to Korea came to 2.1 billion dollars in January-May. Imports from Korea were about three times higher.')).toEqual([]);
  });
  it('reads "were roughly N times larger" with the subject named by another noun of buying', () => {
    expect(growthRows('OSAKA, June 10 -- Exports to Vietnam from the prefecture amounted to 410 million dollars in May. Purchases from Vietnam were roughly three times larger.')).toEqual([]);
  });
  it('reads "were nearly N times bigger" with an aside between the subject and its verb', () => {
    expect(growthRows('BLAGOVESHCHENSK, June 10 -- Exports to China from the Amur region reached 640 million dollars in January-May. Imports from China, mostly machinery and food, were nearly four times bigger.')).toEqual([]);
  });
  it('reads exports compared with imports, and an attribution after the comparative', () => {
    expect(growthRows('ROTTERDAM, June 10 -- Imports from Brazil through the port totalled 1.3 billion euros in the first quarter. Exports to Brazil were some 1.5 times higher, according to the port authority.')).toEqual([]);
  });
  it('reads the other flow in the same sentence, "and imports ... were just over two times more"', () => {
    expect(growthRows('ODESA, June 10 -- Grain exports to Egypt stood at 320 million dollars in January-May, and imports from Egypt were just over two times more, customs said.')).toEqual([]);
  });
  it('keeps "rose five times" a change (guard)', () => {
    const rows = releaseRows('LODZ, June 10 -- The city\'s exports to China rose to 412 million zlotys in January-May. Imports from China rose five times.', '2025-06-10');
    expect(rows.find((r) => r.flow === 'import')?.yoy_pct).toBe(500);
  });
  it('keeps "five times higher than a year earlier" a change (guard)', () => {
    const rows = releaseRows('LODZ, June 10 -- The city\'s exports to China rose to 412 million zlotys in January-May. Imports from China were five times higher than a year earlier.', '2025-06-10');
    expect(rows.find((r) => r.flow === 'import')?.yoy_pct).toBe(500);
  });
});
