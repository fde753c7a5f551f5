/**
 * Rules of issue 9, part as: blind batch 39 (news-wire and business-press stories on other countries' official
 * trade data: Korea, Japan, Taiwan, Germany, the US, India, Indonesia, Vietnam, Brazil, Australia, the UK,
 * Canada and a roundup), in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const brief = (text: string, published: string) => releaseRows(text, published).map((r) => [r.period_start, r.period_end, r.value, r.yoy_pct, r.area, r.flow]);

describe('a roundup whose entries are headed by their country', () => {
  const wrap = (heads: [string, string]) =>
    `REGIONAL TRADE ROUNDUP\n\nBANGKOK, Nov 22 - Official trade figures released in the region this week:\n\n* ${heads[0]} (October): exports +11.6% to $29.8 bln; surplus $1.7 bln\n\n* ${heads[1]} (October): exports +4.2% to 139.6 bln ringgit\n`;

  it('reads a country in capitals heading a bullet as the area of its figures', () => {
    expect(brief(wrap(['THAILAND', 'MALAYSIA']), '2026-11-22')).toEqual([
      ['2026-10', '2026-10', 29800000000, 11.6, 'Thailand', 'export'],
      ['2026-10', '2026-10', 1700000000, null, 'Thailand', 'balance'],
      ['2026-10', '2026-10', 139600000000, 4.2, 'Malaysia', 'export'],
    ]);
  });

  it('reads a country heading an entry before a colon as its area, not a partner', () => {
    expect(brief(wrap(['Thailand', 'Malaysia']), '2026-11-22').map((r) => r[4])).toEqual(['Thailand', 'Thailand', 'Malaysia']);
  });

  it('leaves a dateline in capitals and a heading that is no country as they are', () => {
    const text = 'SEOUL, Nov. 21 (Yonhap) -- South Korea\'s exports rose 8.1 percent to $37.84 billion in the first 20 days of November.\n\nASIA WRAP: nothing else.';
    expect(brief(text, '2026-11-21')).toEqual([['2026-11', '2026-11', 37840000000, 8.1, 'South Korea', 'export']]);
  });
});

describe('the US and UK monthly bases', () => {
  it('reads "The Commerce Department" opening a sentence as the agency whose changes are month-on-month', () => {
    const text = 'U.S. trade gap widens in August\n\nWASHINGTON (AP) — The trade deficit grew in August.\n\nThe Commerce Department said exports slipped 0.4% to $276.3 billion in August. Through the first eight months, the deficit was up 3.1% from the same period of 2025.';
    expect(brief(text, '2026-10-06').find((r) => r[2] === 276300000000)).toEqual(['2026-08', '2026-08', 276300000000, null, 'United States', 'export']);
  });

  it('keeps a change dated only by "so far this year" year-on-year in a month-on-month release', () => {
    const text = 'WASHINGTON (AP) — The Commerce Department said the deficit shrank to $58.2 billion in August from $60.1 billion in July. So far this year the U.S. goods deficit with China is down 21.5% at $140.6 billion.';
    expect(brief(text, '2026-10-06').find((r) => r[2] === -140600000000)).toEqual(['2026-01', '2026-08', -140600000000, -21.5, 'United States', 'balance']);
  });

  it('gives the change after "while" the month-on-month basis that "from August" names', () => {
    const text = 'The UK goods deficit was £21.4bn in September, the Office for National Statistics said, against £19.8bn in September 2025.\n\nImports of goods fell 2.6% from August to £50.1bn, while exports of goods rose 1.9% to £28.7bn.';
    expect(brief(text, '2026-11-13').filter((r) => r[2] === 28700000000 || r[2] === 50100000000).map((r) => r[3])).toEqual([null, null]);
  });
});

describe('the gap between what a country sells and what it buys', () => {
  it('reads "the gap between" and "the gap with" a partner as deficits', () => {
    const text = 'WASHINGTON (AP) — The gap between what the United States sells and what it buys abroad narrowed to $58.2 billion in August, the Commerce Department said. The gap with Vietnam rose to $12.4 billion.';
    expect(brief(text, '2026-10-06').map((r) => [r[2], r[5]])).toEqual([[-58200000000, 'balance'], [-12400000000, 'balance']]);
  });
});

describe('forecasts worded around the figure', () => {
  it('drops "versus an expected 4.5% rise" and the growth "economists polled by <outlet> had projected"', () => {
    const text = 'SEOUL, Dec 1 (Yonhap) -- South Korea\'s exports rose 6.2 percent to $61.1 billion in November, short of the 8.4 percent growth that economists polled by Yonhap Infomax had projected. Imports grew 2.1% to $54.0 billion versus an expected 4.5% rise.';
    expect(brief(text, '2026-12-01').map((r) => [r[2], r[3]])).toEqual([[61100000000, 6.2], [54000000000, 2.1]]);
  });

  it('drops an amount someone "had estimated" and one a quarter "is shaping up at"', () => {
    const text = 'New Delhi, Nov 17 (PTI) India\'s trade deficit was USD 31.2 billion in October. Rating agency ICRA had estimated the deficit at USD 27 billion. "The surplus for the quarter is shaping up at around $14 billion," an economist said.';
    expect(brief(text, '2026-11-17').map((r) => r[2])).toEqual([-31200000000]);
  });
});
