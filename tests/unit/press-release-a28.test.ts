/**
 * Issue 9, twenty-fourth session, found by the lead on blind batch 130 at first sight: a wire story datelined in an Asian
 * or Oceanian capital with a dash and no date ("TOKYO -- ...") reports that country's trade, even when a later quote names
 * another country's market. Texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const areasAndUnits = (text: string, published: string) => [...new Set(releaseRows(text, published).map((r) => `${r.area} ${r.unit}`))];

describe('a capital and a dash date a wire story to its country', () => {
  it('reads a Tokyo story quoting the U.S. market as Japan in yen', () => {
    const text = [
      'Japan returns to deficit in May',
      'TOKYO -- Japan ran a trade deficit of 412.5 billion yen in May, the Finance Ministry said on Wednesday.',
      'Exports grew 2.2% from a year earlier to ¥8.14 trillion, while imports rose 4.8% to ¥8.55 trillion.',
      '"Demand in the U.S. market has cooled since spring," said a strategist at a Tokyo brokerage.',
    ].join('\n\n');
    expect(areasAndUnits(text, '2026-06-17')).toEqual(['Japan JPY']);
  });

  it('reads the capital before a wire credit and a single dash', () => {
    const text = [
      'SEOUL (Reuters) - South Korea posted exports of $58.2 billion in April, up 7.1% from a year earlier, trade ministry data showed.',
      'Shipments to the United States slipped 3.4%, while those bound for China rose 9.0%. "The American market is softening," one economist said.',
    ].join('\n\n');
    expect(areasAndUnits(text, '2026-05-01')).toEqual(['South Korea USD', 'South Korea ']);
  });

  it('reads an en-dashed Hanoi dateline as Vietnam', () => {
    const text = 'HANOI – Exports reached 38.6 billion USD in October, up 11.3 percent year on year. Exporters are watching the U.S. market closely, analysts said.';
    expect(areasAndUnits(text, '2026-11-06')).toEqual(['Vietnam USD']);
  });

  it('keeps China for a Xinhua story datelined in Seoul on China\'s customs figures', () => {
    const text = 'SEOUL, March 8 (Xinhua) -- China\'s imports from South Korea rose 6.1 percent year on year to 31.2 billion U.S. dollars in the first two months, according to China\'s General Administration of Customs.';
    expect(areasAndUnits(text, '2026-03-08')).toEqual(['China USD']);
  });
});
