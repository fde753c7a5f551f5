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
