/**
 * Fixing round a226 on b305 (the development set's mix of Chinese sources) and b306 (commodity wires and other
 * countries' agencies): each rule read in other wordings than the batches' own. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rowsOf = (text: string, published: string) => releaseRows(text, published);
const areaOf = (text: string, published: string, value: number) => rowsOf(text, published).find((r) => r.value === value)?.area;

describe('the ports a customs house supervises, named at the opening of a sentence or with the house as agent, are its district', () => {
  const lead = "Xiamen's foreign trade reached 225.3 billion yuan in the first quarter, up 12.5 percent, Xiamen Customs said. ";
  it('reads "Ports under Xiamen Customs handled" at the opening of a sentence', () => {
    expect(areaOf(`${lead}Ports under Xiamen Customs handled 2.92 million TEUs of containers in the quarter, an increase of 4.1 percent.`, '2022-04-25', 2.92e6)).toBe('Xiamen Customs district');
  });
  it('reads "The ports supervised by Xiamen Customs"', () => {
    expect(areaOf(`${lead}The ports supervised by Xiamen Customs handled 2.92 million TEUs in the quarter, up 4.1 percent.`, '2022-04-25', 2.92e6)).toBe('Xiamen Customs district');
  });
  it('reads "throughput at ports overseen by Qingdao Customs" after the province', () => {
    expect(areaOf("Shandong's foreign trade reached 725.3 billion yuan in the first quarter, up 12.5 percent. Container throughput at ports overseen by Qingdao Customs rose 4.1 percent to 9.2 million TEUs.", '2022-04-25', 9.2e6)).toBe('Qingdao Customs district');
  });
  it('reads "Ports administered by Ningbo Customs moved"', () => {
    expect(areaOf("Ningbo's foreign trade reached 325.3 billion yuan in the first half, up 2.5 percent. Ports administered by Ningbo Customs moved 19.2 million TEUs, 6 percent more than a year earlier.", '2021-07-20', 19.2e6)).toBe('Ningbo Customs district');
  });
  it('reads "Areas under Huangpu Customs traded" as the district\'s own trade', () => {
    expect(areaOf('Areas under Huangpu Customs traded goods worth 325.3 billion yuan in the first half, up 2.5 percent.', '2021-07-20', 325.3e9)).toBe('Huangpu Customs district');
  });
  it('reads "Ports covered by Nanjing Customs" in a province\'s release', () => {
    expect(areaOf("Jiangsu's foreign trade reached 1.3 trillion yuan in the first quarter, up 5 percent. Ports covered by Nanjing Customs handled 4.1 million TEUs, up 3.3 percent.", '2022-04-25', 4.1e6)).toBe('Nanjing Customs district');
  });
  it("keeps the city's own ports the city (near miss)", () => {
    expect(areaOf(`${lead}Xiamen's ports handled 2.92 million TEUs of containers in the quarter, an increase of 4.1 percent, Xiamen Customs said.`, '2022-04-25', 2.92e6)).toBe('Xiamen');
  });
  it('keeps "Ports in the city, Xiamen Customs said," the city (near miss)', () => {
    expect(areaOf(`${lead}Ports in the city, Xiamen Customs said, handled 2.92 million TEUs of containers in the quarter, an increase of 4.1 percent.`, '2022-04-25', 2.92e6)).toBe('Xiamen');
  });
  it('keeps "Torugart Port under the supervision of Kashgar Customs" the port of a name (near miss)', () => {
    expect(areaOf('Xinjiang ports handled more goods this year. From January to October, Torugart Port under the supervision of Kashgar Customs handled 929,000 tons of freight, up 11.2%.', '2025-11-16', 929000)).toBe('Torugart Port');
  });
});

describe("a balance's move in money told by a participle or a noun of its own (narrowing by, a widening of) is a change, no level", () => {
  const values = (text: string, published = '2013-08-09') => rowsOf(text, published).map((r) => r.value);
  it('sets aside ", narrowing by £1.3 billion from May"', () => {
    expect(values('LONDON, Aug 9 -- The deficit on trade in goods was £8.1 billion in June, narrowing by £1.3 billion from May.')).toEqual([-8.1e9]);
  });
  it('sets aside ", widening by £1.3 billion"', () => {
    expect(values('LONDON, Aug 9 -- The deficit on trade in goods was £8.1 billion in June, widening by £1.3 billion from May.')).toEqual([-8.1e9]);
  });
  it('sets aside ", a narrowing of £1.3 billion on May"', () => {
    expect(values('LONDON, Aug 9 -- The goods deficit was £8.1 billion in June, a narrowing of £1.3 billion on May.')).toEqual([-8.1e9]);
  });
  it('sets aside a surplus "shrinking by NZ$200 million"', () => {
    expect(values('WELLINGTON, Aug 9 -- The monthly trade surplus was NZ$1.1 billion in June, shrinking by NZ$200 million from June 2012.')).toEqual([1.1e9]);
  });
  it('sets aside ", an improvement of £1.3 billion on May"', () => {
    expect(values('LONDON, Aug 9 -- The goods deficit was £8.1 billion in June, an improvement of £1.3 billion on May.')).toEqual([-8.1e9]);
  });
  it('sets aside "a widening of C$0.4 billion" and "deepening by C$0.4 billion"', () => {
    expect(values("OTTAWA, Aug 9 -- Canada's trade deficit stood at C$2.1 billion in June, a widening of C$0.4 billion from May.")).toEqual([-2.1e9]);
    expect(values("OTTAWA, Aug 9 -- Canada's trade deficit stood at C$2.1 billion in June, deepening by C$0.4 billion from May.")).toEqual([-2.1e9]);
  });
  it('keeps the level a deficit narrowed "to" (near miss)', () => {
    expect(values('LONDON, Aug 9 -- The goods deficit narrowed to £8.1 billion in June from £9.4 billion in May.')).toEqual([-8.1e9, -9.4e9]);
  });
  it('keeps a dated earlier deficit after the change (near miss)', () => {
    expect(values('LONDON, Aug 9 -- The goods deficit was £8.1 billion in June, compared with a deficit of £9.4 billion in May.')).toEqual([-8.1e9, -9.4e9]);
  });
});
