/**
 * Rules widened in the fixing round for b253 (energy and farm trade): each frame in several phrasings of our own.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const areaOf = (text: string, value: number, published = '2026-11-20') => releaseRows(text, published).find((r) => r.value === value)?.area;

describe('the territory of a Russian regional customs administration is its federal district', () => {
  it('reads "the region of activity of the ... Customs Administration"', () => {
    const text = 'Vladivostok. In January-September 2026 the foreign trade turnover of the region of activity of the Far Eastern Customs Administration reached 24.6 billion US dollars, 3.2% more than a year earlier.';
    expect(areaOf(text, 24.6e9)).toBe('Far Eastern Federal District');
  });
  it('reads "the area served by the ... customs directorate" after the figure', () => {
    const text = 'Novosibirsk, Oct. 20. Exports of coal came to 41.3 million tonnes in January-September 2026 in the area served by the Siberian customs directorate, up 2.8%.';
    expect(areaOf(text, 41.3e6)).toBe('Siberian Federal District');
  });
  it('reads "the territory under the jurisdiction of" a customs department', () => {
    const text = 'Yekaterinburg, Nov. 3. Across the territory under the jurisdiction of the Ural Customs Department, imports of machinery totalled 3.9 billion dollars in the first nine months of 2026.';
    expect(areaOf(text, 3.9e9)).toBe('Ural Federal District');
  });
  it('reads the administration\'s possessive "zone"', () => {
    const text = 'Samara, Nov. 5. The Volga Customs Administration\'s zone shipped 7.4 million tonnes of grain abroad in January-October 2026, 11% more than a year before.';
    expect(areaOf(text, 7.4e6)).toBe('Volga Federal District');
  });
  it('reads "the ... customs region" named after the administration, in a hyphenated spelling', () => {
    const text = 'St Petersburg, Nov. 12. Fertiliser exports from the North-Western customs region rose 6.1% to 9.8 million tonnes in January-October 2026.';
    expect(areaOf(text, 9.8e6)).toBe('Northwestern Federal District');
  });
  it('reads "the zone of responsibility of" with the figure carried to the next sentence', () => {
    const rows = releaseRows('Rostov-on-Don, Nov. 12. Grain is the largest export item in the zone of responsibility of the Southern Customs Administration. In January-October 2026 exports of wheat amounted to 18.2 million tonnes.');
    expect(rows.find((r) => r.value === 18.2e6)?.area).toBe('Southern Federal District');
  });
  it('does not read an administration named only as a source (guard)', () => {
    const text = 'CHITA, Nov. 12. Exports through the Zabaikalsk checkpoint rose by 4.2% in January-October 2026 to 15.1 mln tonnes, the Chita customs office of the Siberian Customs Administration said.';
    expect(areaOf(text, 15.1e6)).not.toBe('Siberian Federal District');
  });
  it('does not read a central customs office of another country by its word "Central" (guard)', () => {
    const text = 'NAIROBI, Nov. 12. Tea exports rose to 412,000 tonnes in January-October 2026, the central customs office said in a statement on the region.';
    expect(areaOf(text, 412000)).not.toBe('Central Federal District');
  });
});
