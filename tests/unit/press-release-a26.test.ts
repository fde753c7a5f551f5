/**
 * Issue 9, fixing round for blind batches b123 and b128 (session 24): regional customs wires about port towns, zones
 * and the cities inside a province. Each test names the phrase family it covers; the texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

const rowsOf = (text: string, published = '2025-09-06') => {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
};
const areaOf = (text: string, value: number | null, published?: string) =>
  rowsOf(text, published).find((r) => r.value === value)?.area;

describe('a free trade zone named by two areas written with a space is one zone, hyphenated', () => {
  const cases: Array<[string, string]> = [
    ['The Qianhai Shekou Free Trade Zone traded goods worth 88.2 billion yuan in the first half, up 12.1 percent.', 'Qianhai-Shekou FTZ'],
    ['Imports and exports of the Qianhai and Shekou free trade zone reached 88.2 billion yuan in the first half.', 'Qianhai-Shekou FTZ'],
    ['In the first half, the Nansha Pilot Free Trade Zone handled trade of 88.2 billion yuan, up 12.1 percent.', 'Nansha FTZ'],
    ['The Shenzhen Qianhai Free Trade Zone recorded trade of 88.2 billion yuan in the first half.', 'Qianhai FTZ'],
  ];
  for (const [text, area] of cases) {
    it(`labels "${text.slice(0, 40)}..." ${area}`, () => {
      expect(areaOf(text, 88_200_000_000, '2025-07-20')).toBe(area);
    });
  }
});

describe('a town inside a relative clause set off by commas does not take the figure after the clause', () => {
  const lead = 'Northwest China\'s Gansu Province traded goods worth 34.8 billion yuan in the first half of 2026, according to Lanzhou Customs. ';
  const sentences = [
    'Imports of metal ores, which feed the nickel smelters of Jinchang, reached 14.3 billion yuan, up 4.2 percent.',
    'Exports of apples, which are mostly grown on the loess hills around Tianshui, came to 14.3 billion yuan.',
    'Crude oil imports, which supply the old refinery that Lanzhou built decades ago, amounted to 14.3 billion yuan.',
    'Steel exports, that largely come from the mills of Jiayuguan, totalled 14.3 billion yuan, up 4.2 percent.',
  ];
  for (const sentence of sentences) {
    it(`keeps Gansu for "${sentence.slice(0, 45)}..."`, () => {
      expect(areaOf(lead + sentence, 14_300_000_000, '2026-07-21')).toBe('Gansu');
    });
  }
  it('still gives a town the figure when the town is the subject before the clause', () => {
    const text = `${lead}Jinchang, which is home to the province's nickel smelters, traded 14.3 billion yuan, up 4.2 percent.`;
    expect(areaOf(text, 14_300_000_000, '2026-07-21')).toBe('Jinchang');
  });
});

describe('a port town named as a city elsewhere in the release is its port where the words make it one', () => {
  // Each release also names the town as a city ("the city of X reported ..."), which makes the bare name the city elsewhere.
  const cityLine = (town: string) => ` The city of ${town} itself reported foreign trade of 21.4 billion yuan, up 6.2 percent.`;
  const cases: Array<[string, string, string]> = [
    ["Manzhouli, China's busiest land port on the Russian border, handled 16.2 million tonnes of freight in the first ten months, up 4.1 percent.", 'Manzhouli', 'Manzhouli Port'],
    ['Erenhot, a railway port facing Mongolia, cleared 16.2 million tonnes of cargo in the first ten months.', 'Erenhot', 'Erenhot Port'],
    ['In the border city of Hunchun, the highway port handled 16.2 million tonnes of goods in the first ten months.', 'Hunchun', 'Hunchun Port'],
    ['Timber imports through Suifenhe rose 4.1 percent to 16.2 million tonnes in the first ten months.', 'Suifenhe', 'Suifenhe Port'],
    ['In the first ten months 16.2 million tonnes of goods moved via Heihe, up 4.1 percent.', 'Heihe', 'Heihe Port'],
  ];
  for (const [sentence, town, port] of cases) {
    it(`labels "${sentence.slice(0, 40)}..." ${port}`, () => {
      expect(areaOf(sentence + cityLine(town), 16_200_000, '2025-11-20')).toBe(port);
    });
  }
  it("keeps the city's own trade as the city's", () => {
    const [sentence, town] = cases[0];
    expect(areaOf(sentence + cityLine(town), 21_400_000_000, '2025-11-20')).toBe('Manzhouli');
  });
  it('keeps a town the apposition calls a city as the city', () => {
    const text = 'Heihe, a border city with two ports, traded goods worth 16.2 million tonnes in the first ten months.' + cityLine('Heihe');
    expect(areaOf(text, 16_200_000, '2025-11-20')).toBe('Heihe');
  });
});

describe('a relative clause on a service or a zone keeps its own places', () => {
  it("gives a train service's count to the hub its clause says it runs from", () => {
    const text = "XI'AN, Nov. 5 -- The Chang'an freight train service, which runs from the inland hub of Xi'an in Shaanxi, made 4,512 trips in the first ten months.";
    expect(areaOf(text, 4512, '2025-11-05')).toBe("Xi'an");
  });
});

describe('a result set against a forecast that says what it was closes the comparison at its comma', () => {
  const lead = "BEIJING, April 14 (Reuters) - China's exports grew 7.9% in March from a year earlier, customs data showed. ";
  const balanceOf = (sentence: string) => rowsOf(lead + sentence, '2026-04-14').find((r) => r.flow === 'balance')?.value;
  const sentences = [
    'Imports fell 2.6% to $221.9 billion, missing forecasts for a modest gain, and the trade surplus narrowed to $96.5 billion.',
    'Imports slipped 2.6% to $221.9 billion, beating expectations of a sharper decline, while the trade surplus came in at $96.5 billion.',
    'Imports dropped 2.6%, against forecasts of a 1% rise, and the trade surplus stood at $96.5 billion.',
    "Imports edged down 2.6%, below economists' forecasts for a small increase, and the trade surplus was $96.5 billion.",
  ];
  for (const sentence of sentences) {
    it(`reads the surplus after "${sentence.slice(0, 50)}..."`, () => {
      expect(balanceOf(sentence)).toBe(96_500_000_000);
    });
  }
  it('still drops the forecast figure itself', () => {
    const rows = rowsOf(`${lead}Imports fell 2.6%, missing forecasts of a 1.5% rise, and the trade surplus stood at $96.5 billion.`, '2026-04-14');
    expect(rows.some((r) => r.yoy_pct === 1.5)).toBe(false);
  });
});

describe('a percent change that estimates name ("estimates for a 1.5% rise") is a forecast, no row', () => {
  const lead = "BEIJING, April 14 (Reuters) - China's exports grew 7.9% in March from a year earlier. ";
  const phrases = [
    "Imports fell 2.6% to $221.9 billion, short of analysts' estimates for a 1.5% rise.",
    "Imports fell 2.6% to $221.9 billion, well below economists' estimates of a 1.5% rise.",
    'Imports fell 2.6% to $221.9 billion, against market estimates of a 1.5% gain.',
    'Imports fell 2.6% to $221.9 billion, while estimates for a 1.5% increase had been common.',
  ];
  for (const phrase of phrases) {
    it(`drops the estimate in "${phrase.slice(38, 90)}..."`, () => {
      expect(rowsOf(lead + phrase, '2026-04-14').some((r) => r.yoy_pct === 1.5)).toBe(false);
    });
  }
  it('keeps a result the customs\' own preliminary estimates give', () => {
    const rows = rowsOf("BEIJING, April 14 (Reuters) - According to preliminary estimates of the customs, China's exports grew 7.9% in March to $300.1 billion.", '2026-04-14');
    expect(rows.find((r) => r.value === 300_100_000_000)?.yoy_pct).toBe(7.9);
  });
});
