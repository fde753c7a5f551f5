/**
 * Rules of issue 9, part e1: the late fixing round on real-release language (helper fixnew, 2026-12-04), each found on a
 * phenomenon of the corpus's leftovers and written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map((r) => [...levelTuple(r), r.area, r.flow]);
const unitsOf = (text: string, published: string) => releaseRows(text, published).map((r) => [r.value, r.unit, r.measure, r.flow]);

describe('containers counted in TEU', () => {
  it('reads a later count of containers in TEU once the release wrote "containers (TEUs)"', () => {
    const text = [
      'Inland terminal moves more boxes',
      'LAHORE, Oct 30 (APP): The inland terminal handled 2,640 containers (TEUs) in July-September, up 18 per cent year on year, the railway said.',
      'Inbound cargo, mainly steel coils and tyres, accounted for 1,980 TEUs, while outbound containers, mostly rice and textiles, came to 660.',
    ].join('\n\n');
    expect(unitsOf(text, '2026-10-30').map((r) => r.slice(0, 3))).toEqual([
      [2_640, 'TEU', 'quantity'],
      [1_980, 'TEU', 'quantity'],
      [660, 'TEU', 'quantity'],
    ]);
  });

  it('keeps plain container counts in containers when the release never equates them with TEU', () => {
    const text = 'The yard handled 1,200 TEUs in October, and 310 containers were loaded onto trains.';
    expect(unitsOf(text, '2026-11-05').map((r) => r[1])).toEqual(['TEU', 'containers']);
  });

  it('reads "in TEU terms ... N containers" as TEU', () => {
    const text = 'The hub dispatched 64 block trains in the first half. In TEU terms the trains carried 5,310 containers, up 9 percent.';
    expect(unitsOf(text, '2026-07-10').map((r) => r.slice(0, 3))).toEqual([
      [64, 'trains', 'count'],
      [5_310, 'TEU', 'quantity'],
    ]);
  });
});

describe('a pronoun that adds up the directions before it', () => {
  it('gives the sum of inbound and outbound parts both ways', () => {
    const text = [
      'Duisburg hub busy',
      'So far this year the hub has received 140 trains from China and sent 96 back. That adds up to 19,800 TEUs, up 7 percent on the same period last year.',
    ].join('\n\n');
    expect(tuples(text, '2026-11-12').at(-1)).toEqual(['2026-01', '2026-11', 19_800, 'TEU', 7, 'Duisburg', 'total']);
  });
});

describe('member states ranked as traders in a bloc\'s release', () => {
  const text = [
    'EU trade with Japan edges up in 2025',
    'Luxembourg, 20 February 2026 — Goods the European Union imported from Japan were worth €68.4 billion in 2025, 2.2% more than in 2024, Eurostat, the statistical office of the EU, reported. Exports to Japan rose by 1.6% to €63.9 billion.',
    'Japan was the EU\'s sixth largest source of imports, followed by Korea (€61.2 billion).',
    'Of the member states, Germany was the largest exporter to Japan (€17.5 billion), followed by Italy (€8.3 billion).',
  ].join('\n\n');

  it('reads the member state ranked as the largest exporter as the area of its figure, and its direction', () => {
    expect(tuples(text, '2026-02-20').find((r) => r[2] === 17_500_000_000)?.slice(5)).toEqual(['Germany', 'export']);
  });

  it('goes on with the member state "followed by" names, and keeps "followed by" a partner after a ranked partner', () => {
    const rows = releaseRows(text, '2026-02-20');
    const of = (value: number) => rows.find((r) => r.value === value);
    expect([of(8_300_000_000)?.area, of(8_300_000_000)?.partner, of(8_300_000_000)?.flow]).toEqual(['Italy', 'Japan', 'export']);
    expect([of(61_200_000_000)?.area, of(61_200_000_000)?.partner]).toEqual(['European Union', 'South Korea']);
  });
});

describe('what goods weigh in a flow', () => {
  it('reads the bracket after an amount the goods "weighed" as their share', () => {
    const text = 'In the third quarter, imports came to GNF 12,480.0 billion. Food products weighed GNF 2,310.4 billion (18.5%), and vehicles GNF 1,150.2 billion.';
    expect(unitsOf(text, '2026-11-10').filter((r) => r[1] === 'percent-share').map((r) => r.slice(0, 3))).toEqual([[18.5, 'percent-share', 'share']]);
  });
});
