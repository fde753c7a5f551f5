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

describe('a fiscal half and a month framed after it', () => {
  const text = "TOKYO -- Japan's trade deficit for the April-September first half of fiscal 2026 narrowed to 1.21 trillion yen, the Ministry of Finance said.\n\nFirst-half exports rose 2.2% to 55.10 trillion yen.\n\nFor September alone, Japan logged a surplus of 61.5 billion yen, reversing a deficit of 212.4 billion yen a year earlier. Exports grew 3.9% to 9.14 trillion yen.";
  const rows = () => brief(text, '2026-10-19');

  it('reads a "first-half" with no year as the fiscal half the release stated', () => {
    expect(rows().find((r) => r[2] === 55100000000000)?.slice(0, 2)).toEqual(['2026-04', '2026-09']);
  });

  it('reads "reversing a deficit of X a year earlier" as a base of the year before', () => {
    expect(rows().find((r) => r[2] === -212400000000)?.slice(0, 2)).toEqual(['2025-09', '2025-09']);
  });

  it('lets "For September alone," frame the rest of its paragraph', () => {
    expect(rows().find((r) => r[2] === 9140000000000)?.slice(0, 2)).toEqual(['2026-09', '2026-09']);
  });
});

describe('a level set against the month before, after a span', () => {
  it('reads "swung to a deficit of X from a surplus of Y in September" as the month after September', () => {
    const text = 'TOKYO (Kyodo) -- For the first seven months of fiscal 2026 through October, Japan\'s deficit was 1.12 trillion yen, the Ministry of Finance said.\n\nOn a seasonally adjusted basis, the trade balance swung to a deficit of 311.0 billion yen from a surplus of 40.2 billion yen in September.';
    expect(brief(text, '2026-11-19').map((r) => [r[0], r[2]])).toEqual([['2026-04', -1120000000000], ['2026-10', -311000000000], ['2026-09', 40200000000]]);
  });
});

describe('the part of a month a year before', () => {
  it('reads "in the same 20 days last year" as the same month a year before', () => {
    const text = "SEOUL, Nov. 21 (Yonhap) -- South Korea's exports rose 5.0 percent to $36.1 billion in the first 20 days of November, leaving a surplus of $1.10 billion, compared with a deficit of $0.41 billion in the same 20 days last year.";
    expect(brief(text, '2026-11-21').find((r) => r[2] === -410000000)?.slice(0, 2)).toEqual(['2025-11', '2025-11']);
  });
});

describe('a change pointing back with a pronoun', () => {
  it('gives "Compared with August 2025, they were down 14.2%" to the level of the sentence before', () => {
    const text = 'BERLIN (Reuters) - German exports to the United States slumped 6.1% on the month to 12.2 billion euros in August, the federal statistics office said. Compared with August 2025, they were down 11.8%.';
    expect(brief(text, '2026-10-08')).toEqual([['2026-08', '2026-08', 12200000000, -11.8, 'Germany', 'export']]);
  });
});

describe('first estimates and report dates', () => {
  it('drops a change "from a previously reported" percentage', () => {
    const text = 'BERLIN (Reuters) - German exports rose 1.2% year on year to 130.1 billion euros in August, the federal statistics office said. Imports grew 0.9% year on year, revised from a previously reported 0.4%.';
    expect(brief(text, '2026-10-08').map((r) => r[3])).toEqual([1.2, 0.9]);
  });

  it('does not date figures by the month a report came out "earlier this month"', () => {
    const text = 'TAIPEI (Taipei Times) - Taiwan\'s export orders rose last month. Taiwan\'s exports rose 38.2 percent to US$61.0 billion last month, the Ministry of Finance reported earlier this month, and imports grew 27.5 percent.';
    expect(brief(text, '2026-11-21').map((r) => [r[0], r[3]])).toEqual([['2026-10', 38.2], ['2026-10', 27.5]]);
  });
});

describe('a sentence about "the figure"', () => {
  it('goes on with the balance of the paragraph before, with its sign', () => {
    const surplus = "Australia's surplus on goods and services trade rose to $5.2 billion in August, the Australian Bureau of Statistics said.\n\nThe seasonally adjusted figure was up $1.1 billion from a revised $4.1 billion in July.";
    expect(brief(surplus, '2026-10-08').map((r) => [r[0], r[2], r[5]])).toEqual([['2026-08', 5200000000, 'balance'], ['2026-07', 4100000000, 'balance']]);
    const deficit = "Canada's trade deficit narrowed to $1.3 billion in August, Statistics Canada said.\n\nThe figure compared with a revised $2.0 billion in July.";
    expect(brief(deficit, '2026-10-08').map((r) => [r[0], r[2], r[5]])).toEqual([['2026-08', -1300000000, 'balance'], ['2026-07', -2000000000, 'balance']]);
  });
});

describe('second round: partners outside the bloc, first estimates, tariffs and the goods gap', () => {
  it('reads "non-EU countries" as a partner of its own, so the year-on-year change goes to the total', () => {
    const text = 'German exports fell 0.9% on June to €129.3 billion in July, Destatis said. Exports to non-EU countries (third countries) dropped 3.2% on the month to €55.8 billion.\n\nCompared with July 2025, exports were down 1.7%.';
    const rows = releaseRows(text, '2026-09-08').map((r) => [r.value, r.partner, r.yoy_pct]);
    expect(rows).toEqual([[129300000000, 'World', -1.7], [55800000000, 'non-EU countries', null]]);
  });

  it('drops the first estimate "announced earlier"', () => {
    const text = "SEOUL (Korea Times) - South Korea's exports rose 4.0 percent to $59.1 billion in October. September exports were revised to $61.9 billion, up from the $61.5 billion announced earlier.";
    expect(brief(text, '2026-11-01').map((r) => r[2])).toEqual([59100000000, 61900000000]);
  });

  it('reads "a 25 percent US tariff" as a duty, not a change', () => {
    const text = "SEOUL (Korea Times) - South Korea's car exports fell 12.1 percent to $5.02 billion in October, dragged down by a 25 percent US tariff.";
    expect(brief(text, '2026-11-01').map((r) => [r[2], r[3]])).toEqual([[5020000000, -12.1]]);
  });

  it('reads "the goods gap" as a deficit', () => {
    const text = '(Bloomberg) -- The US goods deficit widened in September, the Commerce Department said. For the first nine months, the goods gap totaled $934.7 billion.';
    expect(brief(text, '2026-10-28').map((r) => [r[0], r[2], r[5]])).toEqual([['2026-01', -934700000000, 'balance']]);
  });
});
