/**
 * Rules of issue 9, part az: batch 43 (port and freight-train stories, fixtures b43-… in tests/corpus/press-release),
 * in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const placed = (r: { value: number | null; area: string }) => [r.value, r.area];

describe('a seaport the lexicon does not know, named as "the port of X"', () => {
  const text = [
    'Klaipeda hits a record',
    '',
    'The Port of Klaipeda handled 512,300 TEU in January-September 2026, up 6.2% year on year, the port authority said.',
    '',
    'Bulk cargo at the port of Ventspils fell 3% to 9.4 million tonnes over the same period.',
  ].join('\n');

  it('is that town\'s port', () => {
    expect(releaseRows(text, '2026-10-14').map(placed)).toEqual([
      [512300, 'Klaipeda Port'],
      [9400000, 'Ventspils Port'],
    ]);
  });

  it('but a port of entry is no town', () => {
    const entry = 'Lithuania\'s Port of Entry statistics show imports of 2.1 billion euros in September 2026.';
    expect(releaseRows(entry, '2026-10-14').map(placed)).toEqual([[2100000000, 'Lithuania']]);
  });
});

describe('a town\'s river port and its railway border port', () => {
  const text = [
    'Freight at the border rises',
    '',
    'In January-September 2026, the Naryn river port handled 640,000 tonnes of cargo, up 8%.',
    '',
    'At the Altai railway border port, 1.25 million tonnes of freight were imported, down 3.5 percent.',
  ].join('\n');

  it('are the town\'s port, with the kind word in lower case', () => {
    expect(releaseRows(text, '2026-10-14').map(placed)).toEqual([
      [640000, 'Naryn Port'],
      [1250000, 'Altai Port'],
    ]);
  });
});

describe('"the city\'s" trade after the city\'s customs is named as the source', () => {
  const text = [
    'Dalian Port: containers up in ten months',
    '',
    'From January to October, Dalian Port handled 4.1 million TEUs of containers, up 4.2% year on year.',
    '',
    'According to Dalian Customs, the city\'s foreign trade reached 310.5 billion yuan in the first ten months, up 3.3%. Exports made up 150.2 billion yuan of it.',
  ].join('\n');

  it('is the city\'s, not its port\'s, and the next sentence goes on with the city', () => {
    expect(releaseRows(text, '2026-11-20').map(placed)).toEqual([
      [4100000, 'Dalian Port'],
      [310500000000, 'Dalian'],
      [150200000000, 'Dalian'],
    ]);
  });
});

describe('trucks a checkpoint "let through"', () => {
  const text = [
    'In January-October 2026, the Altai railway crossing handled 1.2 million tonnes of freight, up 4%.',
    '',
    'The road checkpoint in Altai let through 52,300 trucks in the period.',
  ].join('\n');

  it('are crossings, no row', () => {
    expect(releaseRows(text, '2026-11-14').map((r) => [r.value, r.unit])).toEqual([[1200000, 'tonnes']]);
  });
});
