/**
 * Fixing round a221 (b301 and b302: commodity wires and other agencies): the language behind their misses, read in other
 * wordings. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const values = (text: string, published: string) => releaseRows(text, published).map((r) => r.value);

describe('an exchange rate closing a wire story may name the other money with its country: "($1 = 6.9351 Chinese yuan)"', () => {
  const story = (note: string) => `BEIJING, March 7 (Reuters) - China's coal imports rose 9% to 40 million tonnes in February.\n\n${note}\n\n(Reporting by the Beijing newsroom)`;
  it('sets aside "($1 = 6.9351 Chinese yuan)"', () => {
    expect(values(story('($1 = 6.9351 Chinese yuan)'), '2023-03-07')).toEqual([40e6]);
  });
  it('sets aside "($1 = 7.1 Chinese yuan renminbi)"', () => {
    expect(values(story('($1 = 7.1 Chinese yuan renminbi)'), '2023-03-07')).toEqual([40e6]);
  });
  it('sets aside "($1 = 31.5 New Taiwan dollars)"', () => {
    expect(values(story('($1 = 31.5 New Taiwan dollars)'), '2023-03-07')).toEqual([40e6]);
  });
  it('sets aside "($1 = 1.3500 Canadian dollars)"', () => {
    expect(values(story('($1 = 1.3500 Canadian dollars)'), '2023-03-07')).toEqual([40e6]);
  });
  it('sets aside "($1 = 7.8 Hong Kong dollars)"', () => {
    expect(values(story('($1 = 7.8 Hong Kong dollars)'), '2023-03-07')).toEqual([40e6]);
  });
  it('keeps an amount of trade in Chinese yuan written after "=" in no rate (near miss)', () => {
    expect(values('BEIJING, March 7 - Exports in February were 1.9 trillion Chinese yuan, up 5 percent from a year earlier.', '2023-03-07')).toContain(1.9e12);
  });
  it('keeps a bracketed conversion of a traded amount (near miss)', () => {
    expect(values('BEIJING, March 7 - Exports in February were 1.9 trillion Chinese yuan ($275 billion), up 5 percent from a year earlier.', '2023-03-07')).toContain(275e9);
  });
});

describe('carriers moving through a port, in a clause of cause after a national figure, name the scene of the cause, not whose figure it is', () => {
  const areaOf = (text: string, value: number, published = '2023-03-07') => releaseRows(text, published).find((r) => r.value === value)?.area;
  it('reads "as ..., and Mongolian trucks ran at high rates through the Ganqimaodu crossing"', () => {
    expect(areaOf("BEIJING, March 7 - China's coal imports jumped 70.6% to 60.6 million tonnes in January-February as Australian cargoes returned, and Mongolian trucks ran at high rates through the Ganqimaodu crossing.", 60.6e6)).toBe('China');
  });
  it('reads "because more trains rolled across the Alashankou border"', () => {
    expect(areaOf("BEIJING, March 7 - China's imports of Kazakh wheat rose 40% to 1.2 million tonnes in January-February because more trains rolled across the Alashankou border.", 1.2e6)).toBe('China');
  });
  it('reads "with lorries streaming in via the Friendship Pass"', () => {
    expect(areaOf("BEIJING, March 7 - China's durian imports climbed 25 percent to 90,000 tonnes in January-February, with Vietnamese lorries streaming in via the Friendship Pass.", 9e4)).toBe('China');
  });
  it('reads "as coal convoys kept moving through Erenhot"', () => {
    expect(areaOf("ULAANBAATAR, March 7 - Mongolia's coal exports rose 33% to 11 million tonnes in the first two months as coal convoys kept moving through Erenhot.", 11e6)).toBe('Mongolia');
  });
  it('reads "amid a surge of shipments passing through the Manzhouli port"', () => {
    expect(areaOf("BEIJING, March 7 - China's imports of Russian timber grew 18% to 2.1 million cubic metres in January-February amid a surge of shipments passing through the Manzhouli port.", 2.1e6)).toBe('China');
  });
  it('keeps the port that is the subject of the figure (near miss)', () => {
    expect(areaOf('HOHHOT, March 7 - Coal imports through the Ganqimaodu crossing jumped 70 percent to 6 million tonnes in January-February as Mongolian trucks ran at high rates.', 6e6)).toBe('Ganqimaodu Port');
  });
  it('keeps a port named before the figure with no clause of cause (near miss)', () => {
    expect(areaOf('HOHHOT, March 7 - Mongolian trucks ran through the Ganqimaodu crossing at high rates: coal imports at the port jumped 70 percent to 6 million tonnes in January-February.', 6e6)).toBe('Ganqimaodu Port');
  });
});

describe('an amount set off by commas between a change in percent and the new level is the same change in money', () => {
  const aus = (line: string) => `CANBERRA, March 7 - The balance on goods was a surplus of $4,549m in January 2019. ${line}`;
  it('sets aside "Credits rose 4%, $1,520m, to $39,004m"', () => {
    expect(values(aus('Credits (exports of goods and services) rose 4%, $1,520m, to $39,004m.'), '2019-03-07')).not.toContain(1520e6);
  });
  it('sets aside "imports were down 0.5%, C$310 million, at C$64.2 billion"', () => {
    expect(values('OTTAWA, March 7 - In January, imports were down 0.5%, C$310 million, at C$64.2 billion.', '2019-03-07')).not.toContain(310e6);
  });
  it('sets aside "fell 2 per cent, or A$700 million, to A$34.5 billion"', () => {
    expect(values(aus('Debits fell 2 per cent, or A$700 million, to A$34.5 billion.'), '2019-03-07')).not.toContain(700e6);
  });
  it('sets aside "grew 3 per cent, some A$1.1 billion, reaching A$45 billion"', () => {
    expect(values(aus('Exports grew 3 per cent, some A$1.1 billion, reaching A$45 billion.'), '2019-03-07')).not.toContain(1.1e9);
  });
  it('sets aside "declined 6 pct, NZ$420 million, to NZ$6.1 billion"', () => {
    expect(values('WELLINGTON, March 7 - Goods exports in January declined 6 pct, NZ$420 million, to NZ$6.1 billion.', '2019-03-07')).not.toContain(420e6);
  });
  it('keeps a level set off by commas with no new level after it (near miss)', () => {
    expect(values(aus('Exports rose 4%, $39,004m, in January 2019.'), '2019-03-07')).toContain(39004e6);
  });
  it('keeps the new level itself (near miss)', () => {
    expect(values(aus('Credits rose 4%, $1,520m, to $39,004m.'), '2019-03-07')).toContain(39004e6);
  });
});
