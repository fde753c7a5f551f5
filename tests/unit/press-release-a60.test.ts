/**
 * Places the lexicon does not know (issue 9, category 9; twenty-eighth session): a prefecture-level city, a county or a
 * district that a release names by a cue real releases use is that town for the whole release. Texts are our own.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function rowsOf(text: string, published = '2026-10-26'): ObservationDraft[] {
  const outcome = extractPressRelease(text, { dataset: 'customs-news', release_id: 'rel-a60', source_url: 'https://example.org/r/a60', published }, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('a dateline makes the town it names a place', () => {
  it('gives every row of a town datelined in capitals to the town ("HEZE, Oct. 26 --")', () => {
    const rows = rowsOf("HEZE, Oct. 26 -- Heze's exports climbed 6.4 percent to 31.9 billion yuan in the first three quarters. Imports slipped 2.2 percent to 8.7 billion yuan.");
    expect(row(rows, 31.9e9)).toMatchObject({ area: 'Heze', flow: 'export' });
    expect(row(rows, 8.7e9)).toMatchObject({ area: 'Heze', flow: 'import' });
  });
  it('reads a dateline with its province between, and "the city\'s" after it ("Binzhou, Shandong, Oct 26 (Xinhua) --")', () => {
    const rows = rowsOf("Binzhou, Shandong, Oct 26 (Xinhua) -- The city's foreign trade totalled 52.6 billion yuan in the first three quarters, up 7.7 percent.");
    expect(row(rows, 52.6e9)?.area).toBe('Binzhou');
  });
  it('keeps a foreign agency\'s dateline its country\'s, learning no town (guard)', () => {
    const rows = rowsOf("NAKHODKA, Oct. 26 (TASS) -- Nakhodka's foreign trade turnover reached 1.35 billion U.S. dollars in January-September, up 4.5 percent.");
    expect(row(rows, 1.35e9)?.area).not.toBe('Nakhodka');
  });
});

describe('a customs house named after a town reports that town', () => {
  it('gives "according to Zaozhuang Customs" and "the city\'s exports" to the town', () => {
    const rows = rowsOf('According to Zaozhuang Customs, the city\'s exports reached 14.2 billion yuan in the first three quarters, up 11.3 percent.');
    expect(row(rows, 14.2e9)?.area).toBe('Zaozhuang');
  });
  it('makes the bare name later in the release the town ("... Liaocheng Customs said. Liaocheng\'s imports ...")', () => {
    const rows = rowsOf('Trade picked up in the third quarter, Liaocheng Customs said on Monday. Liaocheng\'s imports rose 3.9 percent to 6.1 billion yuan in the first three quarters.');
    expect(row(rows, 6.1e9)?.area).toBe('Liaocheng');
  });
  it('does not read a national customs service as a town (guard: "the Federal Customs Service")', () => {
    const rows = rowsOf("MOSCOW, Oct. 26 -- Russia's exports to China rose 2.1 percent to 88.4 billion U.S. dollars in January-September, the Federal Customs Service said.");
    expect(row(rows, 88.4e9)?.area).toBe('Russia');
  });
});

describe('an apposition says what the town is', () => {
  it('reads "X, a city in east China\'s Y Province" as the city, not the province', () => {
    const rows = rowsOf("Foreign trade of Shangrao, a city in east China's Jiangxi Province, reached 40.2 billion yuan in the first three quarters, up 9.1 percent.");
    expect(row(rows, 40.2e9)?.area).toBe('Shangrao');
  });
  it('reads a county and "the county\'s" after it', () => {
    const rows = rowsOf("Qingtian, a county in east China's Zhejiang Province, saw its foreign trade reach 1.24 billion yuan in the first three quarters, up 5.1 percent. The county's exports rose 6.2 percent to 0.93 billion yuan.");
    expect(row(rows, 1.24e9)?.area).toBe('Qingtian');
    expect(row(rows, 0.93e9)?.area).toBe('Qingtian');
  });
  it('reads "X, the provincial capital," as the city (an invented province and capital)', () => {
    const rows = rowsOf('Taolin, the provincial capital, saw its exports rise 12.4 percent to 5.6 billion yuan in the first three quarters.');
    expect(row(rows, 5.6e9)?.area).toBe('Taolin');
  });
  it('reads "X, the porcelain city of the province," as the city', () => {
    const rows = rowsOf('Jiangxi\'s trade grew. Jingdezhen, the porcelain city of the province, saw its exports rise 12.4 percent to 5.6 billion yuan in the first three quarters.');
    expect(row(rows, 5.6e9)?.area).toBe('Jingdezhen');
  });
  it('leaves a person described by an apposition alone (guard: "Wang Heyuan, a city official in")', () => {
    const rows = rowsOf("Zhejiang's exports rose 4.2 percent to 2.71 trillion yuan in the first three quarters, said Wang Heyuan, a city official in Hangzhou.");
    expect(row(rows, 2.71e12)?.area).toBe('Zhejiang');
  });
});

describe('the kind word before or after the name', () => {
  it('reads "the city of X" as the city', () => {
    const rows = rowsOf('Foreign trade of the city of Yingtan reached 19.8 billion yuan in the first three quarters, up 2.6 percent.');
    expect(row(rows, 19.8e9)?.area).toBe('Yingtan');
  });
  it('reads "X County" as the county by its bare name', () => {
    const rows = rowsOf('Foreign trade of Wuyi County reached 7.3 billion yuan in the first three quarters, up 14.7 percent.');
    expect(row(rows, 7.3e9)?.area).toBe('Wuyi');
  });
  it('carries a name met with "City" to its bare mentions ("Meizhou City ... Meizhou\'s exports")', () => {
    const rows = rowsOf("The Meizhou City government released the figures on Monday. Meizhou's exports rose 8.8 percent to 9.4 billion yuan in the first three quarters.");
    expect(row(rows, 9.4e9)?.area).toBe('Meizhou');
  });
});

describe('the town\'s own total trade ("X\'s foreign trade", "imports and exports of X")', () => {
  it('reads "X\'s imports and exports" as the town', () => {
    const rows = rowsOf("Wuzhou's imports and exports reached 21.5 billion yuan in the first three quarters, up 3.2 percent year on year.");
    expect(row(rows, 21.5e9)?.area).toBe('Wuzhou');
  });
  it('reads "foreign trade of X" as the town', () => {
    const rows = rowsOf('Foreign trade of Chizhou jumped 18.6 percent to 6.8 billion yuan in the first three quarters.');
    expect(row(rows, 6.8e9)?.area).toBe('Chizhou');
  });
  it('keeps a zone\'s short form the zone\'s (guard: "the Yangpu Economic Development Zone ... Yangpu\'s foreign trade")', () => {
    const rows = rowsOf("HAIKOU, Oct. 26 (Xinhua) -- The Yangpu Economic Development Zone posted foreign trade of 64.1 billion yuan in the first three quarters. Yangpu's foreign trade made up 35.6 percent of Hainan's total.");
    expect(row(rows, 35.6)?.area).not.toBe('Yangpu');
  });
  it('keeps a company\'s name no town (guard: "Lanxi Hengtai Group")', () => {
    const rows = rowsOf("HANGZHOU, Oct. 26 -- Zhejiang's foreign trade rose 4.9 percent to 3.86 trillion yuan in the first three quarters, Lanxi Hengtai Group's chairman said. Lanxi's imports and exports rose 3 percent to 1.2 billion yuan.");
    expect(row(rows, 1.2e9)?.area).not.toBe('Lanxi');
  });
  it('keeps a person no town (guard: "Mr Heyun said")', () => {
    const rows = rowsOf("HANGZHOU, Oct. 26 -- Zhejiang's exports rose 4.2 percent to 2.71 trillion yuan in the first three quarters. Heyun's foreign trade business grew too, by 3 percent to 1.2 billion yuan, Mr Heyun said.");
    expect(rows.every((r) => r.area !== 'Heyun')).toBe(true);
  });
  it('keeps the second word of a longer name no town (guard: "Ha Tinh\'s foreign trade")', () => {
    const rows = rowsOf("Ha Tinh's foreign trade reached 1.46 billion U.S. dollars in the first nine months, up 6.1 percent.");
    expect(rows.every((r) => r.area !== 'Tinh')).toBe(true);
  });
  it('keeps a month and a heading word no town (guard: "October\'s foreign trade", "Overall\'s")', () => {
    const rows = rowsOf("HEFEI, Oct. 26 -- Anhui's exports rose 5.5 percent to 412.6 billion yuan in the first three quarters. September's foreign trade grew 7.1 percent to 51.2 billion yuan.");
    expect(row(rows, 51.2e9)?.area).toBe('Anhui');
  });
  it('keeps a town named only as a partner the partner ("exports to Qingtian County")', () => {
    const rows = rowsOf("HANGZHOU, Oct. 26 -- Zhejiang's exports rose 4.9 percent to 2.71 trillion yuan in the first three quarters. Its shipments to Qingtian County rose 3 percent to 1.2 billion yuan.");
    expect(row(rows, 1.2e9)?.area).toBe('Zhejiang');
  });
  it('keeps a known city its lexicon name and a known province its level (guard)', () => {
    const rows = rowsOf("Foreign trade of Wenzhou, a city in east China's Zhejiang Province, reached 210.4 billion yuan in the first three quarters, up 3.2 percent.");
    expect(row(rows, 210.4e9)?.area).toBe('Wenzhou');
  });
});
