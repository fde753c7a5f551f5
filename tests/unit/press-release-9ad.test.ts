/**
 * Rules of issue 9, batch 30: agencies of Asia and Oceania reporting on their own country (third
 * round), in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const brief = (rows: ObservationDraft[]) => rows.map((r) => `${r.period_start}..${r.period_end} ${r.value} ${r.unit} yoy=${r.yoy_pct} ${r.area}/${r.flow}`);

describe('Pacific island states and their currencies', () => {
  it("reads a Fijian release's bare dollar as the Fiji dollar and the area as Fiji", () => {
    const rows = rowsOf("Fiji's total exports for June were valued at $198.2 million, up 4.1 percent on June last year. Australia took $30.5 million of the domestic exports.", '2026-09-18');
    expect(brief(rows)).toEqual(['2026-06..2026-06 198200000 FJD yoy=4.1 Fiji/export', '2026-06..2026-06 30500000 FJD yoy=null Fiji/export']);
  });

  it("reads a bare K in Papua New Guinea's figures as the kina", () => {
    const rows = rowsOf("Papua New Guinea's merchandise imports rose 2.2 percent to K4,120.5 million in the first half of 2026.", '2026-10-01');
    expect(brief(rows)).toEqual(['2026-01..2026-06 4120500000 PGK yoy=2.2 Papua New Guinea/import']);
  });

  it('reads Rs in a Nepali release as the Nepali rupee', () => {
    const rows = rowsOf("Nepal's imports from India reached Rs 210.4 billion in October.", '2026-11-20');
    expect(brief(rows)).toEqual(['2026-10..2026-10 210400000000 NPR yoy=null Nepal/import']);
  });

  it('knows "Việt Nam" with its diacritics and the dong written "VNĐ"', () => {
    const rows = rowsOf("Việt Nam's rubber exports earned $2.2 billion (VNĐ55.6 trillion) in the first nine months, up 6.5 per cent.", '2026-10-06');
    expect(brief(rows)).toEqual(['2026-01..2026-09 2200000000 USD yoy=6.5 Vietnam/export', '2026-01..2026-09 55600000000000 VND yoy=6.5 Vietnam/export']);
  });

  it('reads "bil" after an amount as billion, as Malaysian papers write it', () => {
    const rows = rowsOf("Malaysia's exports to Japan were RM9.62 bil in September.", '2026-10-20');
    expect(brief(rows)).toEqual(['2026-09..2026-09 9620000000 MYR yoy=null Malaysia/export']);
  });
});

describe('spans written the way their agencies write them', () => {
  it('reads "(mid-July to mid-November)" as July to November, dating the fiscal months before it', () => {
    const rows = rowsOf("Nepal's exports grew 9.2 percent to Rs 60.1 billion in the first four months of the current fiscal year (mid-July to mid-November).", '2026-11-25');
    expect(brief(rows)).toEqual(['2026-07..2026-11 60100000000 NPR yoy=9.2 Nepal/export']);
  });

  it('lets a bracket holding only a span date the words before it', () => {
    const rows = rowsOf("In the month of Kartik (mid-October to mid-November), Nepal's exports amounted to Rs 14.8 billion.", '2026-11-25');
    expect(brief(rows)).toEqual(['2026-10..2026-11 14800000000 NPR yoy=null Nepal/export']);
  });

  it('reads "from the beginning of the year to November 15" as January to November, not the twelve months to November', () => {
    const rows = rowsOf("From the beginning of the year to November 15, Việt Nam's exports were $419.4 billion, up 15.1 per cent.", '2026-11-22');
    expect(brief(rows)).toEqual(['2026-01..2026-11 419400000000 USD yoy=15.1 Vietnam/export']);
  });

  it('reads "the June quarter of 2026" as April to June', () => {
    const rows = rowsOf("New Zealand's goods exports were $19.4 billion in the June quarter of 2026, up 3.1 percent.", '2026-08-20');
    expect(brief(rows)).toEqual(['2026-04..2026-06 19400000000 NZD yoy=3.1 New Zealand/export']);
  });

  it('does not read the start of a surplus streak ("since May 2020") as the period of the figure', () => {
    const rows = rowsOf("Malaysia's exports rose 5.2 per cent in September. The trade surplus widened 12.1 per cent to RM13.4 billion, the 77th consecutive month of surplus since May 2020.", '2026-10-20');
    expect(brief(rows)).toEqual(['2026-09..2026-09 null  yoy=5.2 Malaysia/export', '2026-09..2026-09 13400000000 MYR yoy=12.1 Malaysia/balance']);
  });
});

describe('comparison bases and revisions', () => {
  it('dates "compared with a shortfall of X in <period>" as a base, not as the period of the sentences after it', () => {
    const rows = rowsOf("Japan's imports in the first half of November grew 1.2 percent to 4,903.4 billion yen, leaving a deficit of 390.7 billion yen, compared with a shortfall of 471.5 billion yen in the first half of November 2025. Exports to China rose 6.4 percent.", '2026-11-30');
    expect(brief(rows)).toEqual([
      '2026-11..2026-11 4903400000000 JPY yoy=1.2 Japan/import',
      '2026-11..2026-11 -390700000000 JPY yoy=null Japan/balance',
      '2025-11..2025-11 -471500000000 JPY yoy=null Japan/balance',
      '2026-11..2026-11 null  yoy=6.4 Japan/export',
    ]);
  });

  it('lets a sentence that only announces a revised month ("revised its October data") date the sentences after it', () => {
    const rows = rowsOf("Japan's exports in November rose 3.1 percent to 4,512.7 billion yen. The ministry also revised its October data. The trade balance is now put at a deficit of 231.8 billion yen.", '2026-11-30');
    expect(brief(rows)).toEqual(['2026-11..2026-11 4512700000000 JPY yoy=3.1 Japan/export', '2026-10..2026-10 -231800000000 JPY yoy=null Japan/balance']);
  });
});

describe('whose statistics, and shares in a partner list', () => {
  it('reads statistics named after a country ("the Philippine International Merchandise Trade Statistics") as that country\'s', () => {
    const rows = rowsOf('Highlights of the Philippine International Merchandise Trade Statistics: August 2026\n\nThe People\'s Republic of China was the biggest source of imports with USD 2.71 billion. China was also the top market, taking USD 0.98 billion of exports. Total exports rose 4.4 percent to USD 6.52 billion.', '2026-10-09');
    expect(brief(rows)).toEqual(['2026-08..2026-08 2710000000 USD yoy=null Philippines/import', '2026-08..2026-08 980000000 USD yoy=null Philippines/export', '2026-08..2026-08 6520000000 USD yoy=4.4 Philippines/export']);
  });

  it('reads "Japan (USD 0.98 billion, 14.3 percent)" after a share as Japan\'s amount and share', () => {
    const rows = rowsOf("Philippine exports rose 3.3 percent in September. The United States was the top export destination with USD 1.13 billion or a 16.5 percent share, followed by Japan (USD 0.98 billion, 14.3 percent) and Hong Kong (USD 0.89 billion, 13.0 percent).", '2026-11-10');
    expect(rows.map((r) => `${r.value} ${r.unit} ${r.area}/${r.partner}`)).toEqual([
      'null  Philippines/World',
      '1130000000 USD Philippines/United States',
      '16.5 percent-share Philippines/United States',
      '980000000 USD Philippines/Japan',
      '14.3 percent-share Philippines/Japan',
      '890000000 USD Philippines/Hong Kong',
      '13 percent-share Philippines/Hong Kong',
    ]);
  });
});

describe('a level in a second currency', () => {
  it('restates the unchanged dollar level right before it, not a changed one further back', () => {
    const rows = rowsOf("India's overall exports in October were USD 71.43 billion, up 6.92 per cent. Merchandise exports in October were USD 36.88 billion. In rupee terms, merchandise exports stood at Rs 3,09,792 crore. Merchandise imports were USD 64.22 billion (Rs 5,39,448 crore).", '2026-11-17');
    expect(rows.filter((r) => r.unit === 'INR').map((r) => `${r.value} yoy=${r.yoy_pct}`)).toEqual(['3097920000000 yoy=null', '5394480000000 yoy=null']);
  });
});

describe('which change belongs to which figure', () => {
  it('pairs "down 3.1 per cent in volume and 19.5 per cent in value" with the tonnes and the money before them', () => {
    const rows = rowsOf("Việt Nam's rice exports in the first ten months reached 7.62 million tonnes, worth $4.41 billion, down 3.1 per cent in volume and 19.5 per cent in value.", '2026-11-06');
    expect(brief(rows)).toEqual(['2026-01..2026-10 7620000 tonnes yoy=-3.1 Vietnam/export', '2026-01..2026-10 4410000000 USD yoy=-19.5 Vietnam/export']);
  });

  it('does not give a change in value of a new subject to the amount of the one before', () => {
    const rows = rowsOf("China's lithium battery exports climbed 8.7 percent to 488.1 billion yuan in the first ten months, while solar cell exports slipped 4.3 percent in value.", '2025-11-14');
    expect(brief(rows)).toEqual(['2025-01..2025-10 488100000000 CNY yoy=8.7 China/export', '2025-01..2025-10 null  yoy=-4.3 China/export']);
  });

  it('leaves a change in value that leads into its level with that level', () => {
    const rows = rowsOf("Malaysia's imports were RM5.2 billion in October, while palm oil exports fell 6.4 per cent in value to RM3.2 billion.", '2026-11-20');
    expect(brief(rows)).toEqual(['2026-10..2026-10 5200000000 MYR yoy=null Malaysia/import', '2026-10..2026-10 3200000000 MYR yoy=-6.4 Malaysia/export']);
  });

  it('reads unmarked changes under a "seasonally adjusted" heading as against the month before, and those under an "original" heading as before', () => {
    const text = [
      'International Trade in Goods, September 2026',
      "Australia's balance on goods, seasonally adjusted",
      '- Goods credits fell 2.9% to $40,556 million in September.',
      'Original terms',
      "Australia's coal exports were $5,144 million in September, down 21.8%.",
    ].join('\n\n');
    expect(brief(rowsOf(text, '2026-11-06'))).toEqual(['2026-09..2026-09 40556000000 AUD yoy=null Australia/export', '2026-09..2026-09 5144000000 AUD yoy=-21.8 Australia/export']);
  });
});
