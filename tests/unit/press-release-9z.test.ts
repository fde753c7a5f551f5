/**
 * Rules of issue 9, batch 26: English-language news on China's trade and the releases of Hong Kong,
 * Macao, Taiwan and Singapore, in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { reportingCountries } from '../../functions/core/extract/press-release/reporters.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => `${r.period_start}..${r.period_end} ${r.value} ${r.unit} yoy=${r.yoy_pct} ${r.area}/${r.flow}`);

describe('growth that came before', () => {
  it('reads "following a 12.3% rise in May" as a growth row of May', () => {
    const rows = rowsOf("China's shipments abroad climbed 7.5% to $210.4 billion in June, following a 12.3% rise in May. Imports grew 2%.", '2026-07-14');
    expect(brief(rows)).toEqual([
      '2026-06..2026-06 210400000000 USD yoy=7.5 China/export',
      '2026-05..2026-05 null  yoy=12.3 China/export',
      '2026-06..2026-06 null  yoy=2 China/import',
    ]);
  });

  it('reads "That followed a revised 4.4 per cent decrease in March" as a row of March that is not carried on', () => {
    const rows = rowsOf("China's outbound shipments grew 3.0 per cent in April. That followed a revised 4.4 per cent decrease in March. Inbound shipments rose 1.1 per cent.", '2026-05-09');
    expect(brief(rows)).toEqual([
      '2026-04..2026-04 null  yoy=3 China/export',
      '2026-03..2026-03 null  yoy=-4.4 China/export',
      '2026-04..2026-04 null  yoy=1.1 China/import',
    ]);
  });

  it('takes the direction of a slump from its noun', () => {
    const rows = rowsOf("China's exports rose 9.1% in September, after a 6.6% slump in August.", '2026-10-13');
    expect(brief(rows)).toEqual(['2026-09..2026-09 null  yoy=9.1 China/export', '2026-08..2026-08 null  yoy=-6.6 China/export']);
  });
});

describe('territories with their own customs statistics', () => {
  it("names Macao's statistics service and the C&SD written with an ampersand as reporters", () => {
    expect(reportingCountries('the Statistics and Census Service (DSEC) said')).toEqual(['Macao']);
    expect(reportingCountries('the Census & Statistics Department announced today')).toEqual(['Hong Kong']);
  });

  it('keeps a Hong Kong release in Hong Kong dollars when it says "$" and names the city once', () => {
    const rows = rowsOf(
      'The value of Hong Kong\'s total exports of goods rose 6.2% to $401.0 billion in May, the Census & Statistics Department announced today.\n\nFor the first five months, total exports grew 8.8% to $1,902.3 billion.',
      '2026-06-25',
    );
    expect(brief(rows)).toEqual(['2026-05..2026-05 401000000000 HKD yoy=6.2 Hong Kong/export', '2026-01..2026-05 1902300000000 HKD yoy=8.8 Hong Kong/export']);
  });

  it('reads Hong Kong and Taiwan in a Singapore release as partners, not as the area', () => {
    const rows = rowsOf(
      "Singapore's non-oil domestic exports fell 4.0 per cent in May, Enterprise Singapore said. The biggest drags were Hong Kong, down 21.5 per cent, and Taiwan, down 9.9 per cent.",
      '2026-06-17',
    );
    expect(rows.map((r) => `${r.area}/${r.partner} ${r.yoy_pct}`)).toEqual(['Singapore/World -4', 'Singapore/Hong Kong -21.5', 'Singapore/Taiwan -9.9']);
  });

  it('takes a Taiwan release for Taiwan\'s, so that "the nation" is Taiwan', () => {
    const rows = rowsOf("Taiwan's exports rose 12.0 percent to US$48.2 billion in May. The nation's trade surplus reached US$9.9 billion.", '2026-06-09');
    expect(rows.map((r) => r.area)).toEqual(['Taiwan', 'Taiwan']);
  });
});

describe('"for the quarter"', () => {
  it('points back to the quarter stated before, not to the month stated since', () => {
    const rows = rowsOf(
      'Exports in the second quarter rose 8.0 percent to US$140.2 billion. In June, exports grew 5.1 percent to US$47.7 billion. The trade surplus for the quarter reached US$30.5 billion.',
      '2026-07-09',
    );
    expect(brief(rows)[2]).toBe('2026-04..2026-06 30500000000 USD yoy=null /balance');
  });
});

describe('forecasts named around a figure', () => {
  it('sets aside a growth "economists had projected" and one analysts "had pencilled in"', () => {
    const rows = rowsOf("China's imports fell 4.1 percent in May, a deeper fall than the 1.5 percent drop economists had projected. Traders had pencilled in a rise of about 2 percent for June.", '2026-06-09');
    expect(brief(rows)).toEqual(['2026-05..2026-05 null  yoy=-4.1 China/import']);
  });

  it('sets aside a level trade "is on track to exceed"', () => {
    const rows = rowsOf("China's trade grew 3.9 percent to 37.6 trillion yuan in the first ten months. A researcher said full-year trade is on track to exceed 45 trillion yuan.", '2026-11-07');
    expect(rows.map((r) => r.value)).toEqual([37600000000000]);
  });
});

describe('earlier growth in other words', () => {
  it('reads "after contracting 0.4% in July" as a row of July that does not date the level before it', () => {
    const rows = rowsOf("China's imports increased 1.6% to $214.8 billion in August. Its exports rose 2.2% to $300.1 billion after contracting 0.4% in July.", '2026-09-08');
    expect(brief(rows)).toEqual([
      '2026-08..2026-08 214800000000 USD yoy=1.6 China/import',
      '2026-08..2026-08 300100000000 USD yoy=2.2 China/export',
      '2026-07..2026-07 null  yoy=-0.4 China/export',
    ]);
  });

  it('reads "slowing from July\'s 7.2% gain" as a row of July', () => {
    const rows = rowsOf("China's exports rose 3.1% to $297.5 billion in August, slowing from July's 7.2% gain.", '2026-09-08');
    expect(brief(rows)).toEqual(['2026-08..2026-08 297500000000 USD yoy=3.1 China/export', '2026-07..2026-07 null  yoy=7.2 China/export']);
  });
});

describe('a change against the month before, then the year-on-year one', () => {
  it('gives the level the year-on-year change when the first change has a base amount with thousands', () => {
    const rows = rowsOf("China's graphite exports came to 9,870 tonnes in May, up 21.4 percent from 8,130 tonnes in April and 6.6 percent lower year on year.", '2026-06-20');
    expect(brief(rows)).toEqual(['2026-05..2026-05 9870 tonnes yoy=-6.6 China/export', '2026-04..2026-04 8130 tonnes yoy=null China/export']);
  });
});

describe('dates that date an event, not the figures after them', () => {
  it('does not carry the month a previous high was set in', () => {
    const rows = rowsOf("Taiwan's exports rose 30.2 percent to a record US$60.1 billion in November, beating the previous monthly high set in July. Imports grew 18.0 percent to US$44.0 billion.", '2026-12-08');
    expect(brief(rows)).toEqual(['2026-11..2026-11 60100000000 USD yoy=30.2 Taiwan/export', '2026-11..2026-11 44000000000 USD yoy=18 Taiwan/import']);
  });

  it('does not carry the month a holiday fell in', () => {
    const rows = rowsOf(
      "China's exports rose 6.0% in January and February combined.\n\nThe figures are combined to smooth out the Lunar New Year holiday, which fell in late January this year.\n\nImports slid 1.2%.",
      '2026-03-07',
    );
    expect(brief(rows)).toEqual(['2026-01..2026-02 null  yoy=6 China/export', '2026-01..2026-02 null  yoy=-1.2 China/import']);
  });

  it('reads a previous high "set a year earlier" as a level of the year before', () => {
    const rows = rowsOf("China's trade surplus for January and February reached $150.3 billion, above the previous high of $141.0 billion set a year earlier.", '2026-03-07');
    expect(brief(rows)).toEqual(['2026-01..2026-02 150300000000 USD yoy=null China/balance', '2025-01..2025-02 141000000000 USD yoy=null China/balance']);
  });
});

describe('numbers beside trade that are not trade', () => {
  it("sets aside a currency's move against the dollar", () => {
    const rows = rowsOf("China's exports climbed 7.0% to $250.0 billion in April. A softer yuan, which lost about 1.5% against the dollar over the month, helped exporters.", '2026-05-09');
    expect(brief(rows)).toEqual(['2026-04..2026-04 250000000000 USD yoy=7 China/export']);
  });

  it('sets aside export orders told as plain "orders"', () => {
    const rows = rowsOf(
      "Taiwan's export orders rose 10.1 percent to US$60.0 billion in May. Orders for electronic products grew 8.8 percent, and orders from Europe fell 2.0 percent. Actual exports in May rose 20.5 percent to US$50.2 billion.",
      '2026-06-20',
    );
    expect(brief(rows)).toEqual(['2026-05..2026-05 50200000000 USD yoy=20.5 Taiwan/export']);
  });
});

describe('a forecast that pushes trade past a mark', () => {
  it('sets aside "would push bilateral trade above 7 trillion yuan this year"', () => {
    const rows = rowsOf("China's trade with ASEAN rose 8.0 percent to 5.1 trillion yuan in the first three quarters. Experts said the upgraded agreement would push bilateral trade above 7 trillion yuan this year.", '2026-10-16');
    expect(rows.map((r) => r.value)).toEqual([5100000000000]);
  });
});

describe('an earlier growth "recorded in" its period', () => {
  it('reads "quickening from the 3.1 percent growth recorded in the January-May period" as a row of January to May', () => {
    const rows = rowsOf("China's trade rose 3.4 percent to 21.7 trillion yuan in the first half of 2026, quickening from the 3.1 percent growth recorded in the January-May period.", '2026-07-14');
    expect(brief(rows)).toEqual(['2026-01..2026-06 21700000000000 CNY yoy=3.4 China/total', '2026-01..2026-05 null  yoy=3.1 China/total']);
  });
});
