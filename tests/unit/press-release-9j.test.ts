/**
 * Rules of issue 9, part j: China-side releases of blind batch 12 (fixtures b12-… in
 * tests/corpus/press-release), in our own words: provincial summaries, land ports, freight trains,
 * bonded and free trade zones, single commodities, pages dated only in their footer, sloppy text.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

function outcomeOf(text: string, published: string, contentType?: string) {
  return extractPressRelease(text, { dataset: 'customs-news', release_id: 'r', source_url: 'https://example.org/r', published }, { contentType });
}
function rowsOf(text: string, published = '2026-06-20', contentType?: string): ObservationDraft[] {
  const outcome = outcomeOf(text, published, contentType);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.rows;
}
const brief = (r: ObservationDraft) => `${r.period_start}..${r.period_end} ${r.value} ${r.unit} yoy=${r.yoy_pct} ${r.area}/${r.flow}`;

describe('a page dated only under a label in its footer', () => {
  const page = (footer: string) =>
    `<html><body><div class="content"><h1>Border port freight grows</h1><p>In the first five months of this year, Heihe Port handled 1.24 million tonnes of freight, up 8.2% year on year.</p></div><div class="footer"><p>${footer}</p><p>Copyright 2026 Heihe Customs</p></div></body></html>`;

  it.each([
    ['Release time: 2026-06-11 Source: Heihe Customs', '2026-06-11'],
    ['Date of publication: 11 June 2026', '2026-06-11'],
    ['Posted on: June 11, 2026', '2026-06-11'],
  ])('reads "%s" as the publication date', (footer, date) => {
    const outcome = outcomeOf(page(footer), '', 'text/html');
    expect(outcome.ok && outcome.rows.map(brief)).toEqual(['2026-01..2026-05 1240000 tonnes yoy=8.2 Heihe Port/total']);
    expect(outcome.ok && outcome.warnings.join(' ')).toContain(`read ${date} from the labelled page date`);
  });

  it('takes no date from a copyright line or an unlabelled date', () => {
    const outcome = outcomeOf(page('Copyright 2006-2026, updated 2026-06-11'), '', 'text/html');
    expect(outcome.ok && outcome.rows.map((r) => r.period_start)).toEqual(['']);
  });
});

describe('a period that owns an amount being passed', () => {
  it('is a comparison base: the next sentence keeps the running period', () => {
    const text =
      'Suifenhe Port has handled 8.1 million tonnes of freight so far this year, already above last year\'s full-year total, according to the customs.\n\nImports reached 6.9 million tonnes, up 4.4 percent.';
    expect(rowsOf(text, '2026-10-28').map(brief)).toEqual(['2026-01..2026-10 8100000 tonnes yoy=null Suifenhe Port/total', '2026-01..2026-10 6900000 tonnes yoy=4.4 Suifenhe Port/import']);
  });

  it('keeps a possessive period that dates the figure itself', () => {
    expect(rowsOf("Last year's exports of the port reached 2.3 billion yuan.", '2026-03-10').map((r) => `${r.period_start}..${r.period_end}`)).toEqual(['2025-01..2025-12']);
  });
});

describe('running totals', () => {
  it('reads "since the first one passed in March 2011" as a total from the launch month', () => {
    const text = 'By the end of October, Horgos Port had handled a total of 9,600 China-Europe freight trains since the first one passed in May 2016.';
    expect(rowsOf(text, '2026-11-03').map(brief)).toEqual(['2016-05..2026-10 9600 trains yoy=null Horgos Port/total']);
  });

  it('goes on with a since-launch total when the next sentence states an "as of" day', () => {
    const text =
      'Cross-border cargo on the China-Laos Railway has topped 15 million tonnes since the line opened in December 2021, the customs said.\n\nAs of Oct. 18, goods carried across the border on the line had reached 15.4 million tonnes, worth 70.1 billion yuan.';
    expect(rowsOf(text, '2026-10-19').map((r) => `${r.period_start}..${r.period_end} ${r.value}`)).toEqual(['2021-12..2026-10 15400000', '2021-12..2026-10 70100000000']);
  });

  it('keeps an "as of" day after a year-to-date sentence in this year', () => {
    const text = 'The port handled 3.2 million tonnes of freight so far this year, up 5 percent year on year.\n\nAs of Oct. 18, outbound freight had reached 1.1 million tonnes.';
    expect(rowsOf(text, '2026-10-19').map((r) => `${r.period_start}..${r.period_end} ${r.value}`)).toEqual(['2026-01..2026-10 3200000', '2026-01..2026-10 1100000']);
  });
});

describe('"this year alone"', () => {
  it('is the year up to the month of the story, like "so far this year"', () => {
    const text = 'This year alone, 4.8 million tonnes of goods crossed the border at Mohan, up 19.2 percent year on year.';
    expect(rowsOf(text, '2026-10-24').map((r) => `${r.period_start}..${r.period_end} ${r.value}`)).toEqual(['2026-01..2026-10 4800000']);
  });
});

describe('shares after "taking"', () => {
  it('reads "taking 18.4 percent, 11.2 percent and 7.5 percent respectively" as shares of the listed partners', () => {
    const text =
      'Exports of solar cells reached 96.4 billion yuan in the first half of 2026, up 6.3 percent, with the Netherlands, India and Brazil the three biggest buyers, taking 18.4 percent, 11.2 percent and 7.5 percent respectively.';
    expect(rowsOf(text, '2026-07-20').map((r) => `${r.value} ${r.unit} ${r.measure} ${r.partner}`)).toEqual([
      '96400000000 CNY value World',
      '18.4 percent-share share Netherlands',
      '11.2 percent-share share India',
      '7.5 percent-share share Brazil',
    ]);
  });
});

describe('a city or province named in a national release', () => {
  it('is an aside: the next paragraph is the country again', () => {
    const text =
      "China's exports of electric vehicles reached 980,000 units in the first half of 2026, up 18.1 percent year on year, customs data showed.\n\nShanghai remained the largest exporter among Chinese cities, shipping 301,000 vehicles abroad.\n\nImports of lithium ore rose 12 percent to 2.4 million tonnes.";
    expect(rowsOf(text, '2026-07-20').map((r) => `${r.value} ${r.unit} ${r.area}`)).toEqual(['980000 vehicles China', '301000 vehicles Shanghai', '2400000 tonnes China']);
  });

  it('keeps a province that is the subject of a provincial release', () => {
    const text = "Guangxi's foreign trade reached 310.2 billion yuan in the first half of 2026, up 6.1 percent.\n\nImports rose 3.2 percent to 140.5 billion yuan.";
    expect(rowsOf(text, '2026-07-20').map((r) => r.area)).toEqual(['Guangxi', 'Guangxi']);
  });
});

describe('a glued dateline', () => {
  it('reads the place right after "(Xinhua)--" as the subject, not as half of a hyphenated name', () => {
    const text = 'HARBIN, Feb.3 (Xinhua)--Jilin Province in northeast China recorded foreign trade of 172.6 billion yuan last year, up 2.8 percent.';
    expect(rowsOf(text, '2026-02-03').map(brief)).toEqual(['2025-01..2025-12 172600000000 CNY yoy=2.8 Jilin/total']);
  });
});

describe('"flat" against a year named by number', () => {
  it('is no change year on year when the year is the one before the figure', () => {
    const text = 'The region imported 12.4 million tonnes of iron ore through its border ports in 2025, roughly flat from 2024.';
    expect(rowsOf(text, '2026-02-03').map((r) => r.yoy_pct)).toEqual([0]);
  });

  it('is no year-on-year change when the year is two years back', () => {
    const text = 'The region imported 12.4 million tonnes of iron ore through its border ports in 2025, roughly flat from 2023.';
    expect(rowsOf(text, '2026-02-03').map((r) => r.yoy_pct)).toEqual([null]);
  });
});

describe('development zones', () => {
  it('report under their name, and the next paragraph returns to the province', () => {
    const text =
      "Hainan's foreign trade reached 70.3 billion yuan in the first quarter of 2026, up 12.1 percent.\n\nThe Yangpu Economic Development Zone saw its foreign trade hit 25.9 billion yuan, up 8.8 percent.\n\nImports rose 6.2 percent to 45.1 billion yuan.";
    expect(rowsOf(text, '2026-04-15').map((r) => `${r.value} ${r.area}`)).toEqual(['70300000000 Hainan', '25900000000 Yangpu Economic Development Zone', '45100000000 Hainan']);
  });
});
