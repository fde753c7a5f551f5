/**
 * Rules of issue 9, part f6: the heads of page tables (helper tabheads, 2026-12-04). Statistics sites head their tables in
 * two rows whose upper cells span the lower ones, in any order (a flow over its units, a period over its measures, a group
 * over its periods), leave the corner blank or write "Period" in it, put months in rows under year columns, or turn the
 * table over (partners as columns, flows as rows). Each rule is written here on tables of our own.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const HTML = 'text/html; charset=utf-8';
const page = (lead: string, body: string) => `<html><head><title>Figures</title></head><body><div class="menu">Home | News | Data</div><div class="article"><p>${lead}</p>${body}</div><div class="footer">Hotline: 0451-555 0199</div></body></html>`;

/** A row of figures as a sorted, comparable line: flow, partner, period, value, unit, change. */
const line = (r: ObservationDraft) => `${r.flow} ${r.partner} ${r.period_start}..${r.period_end} ${r.value} ${r.unit} ${r.yoy_pct}`;
const figures = (lead: string, body: string, published: string) => releaseRows(page(lead, body), published, { contentType: HTML }).map(line).sort();

const tr = (...cells: string[]) => `<tr>${cells.join('')}</tr>`;
const th = (text: string, span = '') => `<th${span}>${text}</th>`;
const td = (text: string) => `<td>${text}</td>`;

describe('a head of two rows naming the flow in one row and the counted thing in the other', () => {
  const LEAD = 'Freight trains through the Suifenhe hub kept running at a steady pace, the operator said on Monday.';
  it('reads "Trains (trips)" spanning "Outbound | Inbound" over months', () => {
    const body = `<table><caption>Freight trains through Suifenhe, 2026</caption>
${tr(th('Month', ' rowspan="2"'), th('Trains (trips)', ' colspan="2"'), th('Containers (TEU)', ' rowspan="2"'))}
${tr(th('Outbound'), th('Inbound'))}
${tr(td('May'), td('213'), td('187'), td('20,416'))}
${tr(td('June'), td('226'), td('190'), td('21,005'))}</table>`;
    expect(figures(LEAD, body, '2026-07-08')).toEqual(
      [
        'export World 2026-05..2026-05 213 trains null',
        'import World 2026-05..2026-05 187 trains null',
        'total World 2026-05..2026-05 20416 TEU null',
        'export World 2026-06..2026-06 226 trains null',
        'import World 2026-06..2026-06 190 trains null',
        'total World 2026-06..2026-06 21005 TEU null',
      ].sort(),
    );
  });

  it('reads the direction spanning its measures, the units in the lower row', () => {
    const body = `<table><caption>Freight trains through Suifenhe, 2026</caption>
${tr(th('Month', ' rowspan="2"'), th('Outbound', ' colspan="2"'), th('Inbound', ' colspan="2"'))}
${tr(th('Trains (trips)'), th('Containers (TEU)'), th('Trains (trips)'), th('Containers (TEU)'))}
${tr(td('May'), td('213'), td('10,416'), td('187'), td('10,000'))}</table>`;
    expect(figures(LEAD, body, '2026-07-08')).toEqual(
      ['export World 2026-05..2026-05 213 trains null', 'export World 2026-05..2026-05 10416 TEU null', 'import World 2026-05..2026-05 187 trains null', 'import World 2026-05..2026-05 10000 TEU null'].sort(),
    );
  });

  it('reads the same head over partners, the period in the caption', () => {
    const body = `<table><caption>Freight trains by partner country, January-June 2026</caption>
${tr(th('Country', ' rowspan="2"'), th('Trains (trips)', ' colspan="2"'))}
${tr(th('Outbound'), th('Inbound'))}
${tr(td('Germany'), td('412'), td('298'))}
${tr(td('Poland'), td('305'), td('244'))}</table>`;
    expect(figures(LEAD, body, '2026-07-08')).toEqual(
      ['export Germany 2026-01..2026-06 412 trains null', 'import Germany 2026-01..2026-06 298 trains null', 'export Poland 2026-01..2026-06 305 trains null', 'import Poland 2026-01..2026-06 244 trains null'].sort(),
    );
  });

  it('reads nothing from a lower row naming two flows under one measure', () => {
    const body = `<table><caption>Freight trains by partner country, January-June 2026</caption>
${tr(th('Country', ' rowspan="2"'), th('Trains (trips)', ' colspan="2"'))}
${tr(th('Outbound and inbound'), th('Outbound or inbound'))}
${tr(td('Germany'), td('412'), td('298'))}</table>`;
    expect(figures(LEAD, body, '2026-07-08')).toEqual([]);
  });
});
