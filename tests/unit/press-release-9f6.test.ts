/**
 * Rules of issue 9, part f6: the heads of page tables (helper tabheads, 2026-12-04). Statistics sites head their tables in
 * two rows whose upper cells span the lower ones, in any order (a flow over its units, a period over its measures, a group
 * over its periods), leave the corner blank or write "Period" in it, put months in rows under year columns, or turn the
 * table over (partners as columns, flows as rows). Each rule is written here on tables of our own.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';
import { HTML, figures, page, td, th, tr } from '../support/page-table.js';

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

describe('a head of two rows whose upper cells span periods, groups or measures', () => {
  const LEAD = 'The bloc traded more with the rest of the world this year, the statistics office said on Friday.';
  const ROWS = `${tr(td('Exports outside the bloc'), td('310.4'), td('322.9'), td('4.0%'), td('2 804.6'), td('2 861.2'), td('2.0%'))}
${tr(td('Imports from outside the bloc'), td('295.2'), td('301.7'), td('2.2%'), td('2 640.1'), td('2 702.5'), td('2.4%'))}`;
  const WANT = [
    'export World 2025-09..2025-09 310400000000 EUR null',
    'export World 2026-09..2026-09 322900000000 EUR 4',
    'export World 2025-01..2025-09 2804600000000 EUR null',
    'export World 2026-01..2026-09 2861200000000 EUR 2',
    'import World 2025-09..2025-09 295200000000 EUR null',
    'import World 2026-09..2026-09 301700000000 EUR 2.2',
    'import World 2025-01..2025-09 2640100000000 EUR null',
    'import World 2026-01..2026-09 2702500000000 EUR 2.4',
  ].sort();

  it('reads months spanning a lower row of years, the unit in the corner cell spanning both rows', () => {
    const body = `<table>${tr(th('€ bn', ' rowspan="2"'), th('Sep', ' colspan="3"'), th('Jan-Sep', ' colspan="3"'))}
${tr(th('2025'), th('2026'), th('growth'), th('2025'), th('2026'), th('growth'))}
${ROWS}</table>`;
    expect(figures(LEAD, body, '2026-11-16')).toEqual(WANT);
  });

  it('reads the same head with a blank corner cell and the unit in a caption', () => {
    const body = `<table><caption>Trade with the rest of the world (€ bn)</caption>${tr(th(''), th('Sep', ' colspan="3"'), th('Jan-Sep', ' colspan="3"'))}
${tr(th(''), th('2025'), th('2026'), th('growth'), th('2025'), th('2026'), th('growth'))}
${ROWS}</table>`;
    expect(figures(LEAD, body, '2026-11-16')).toEqual(WANT);
  });

  it('reads years spanning months, the year above', () => {
    const body = `<table><caption>Trade with the rest of the world (€ bn)</caption>${tr(th('Flow', ' rowspan="2"'), th('2025', ' colspan="2"'), th('2026', ' colspan="2"'))}
${tr(th('Sep'), th('Jan-Sep'), th('Sep'), th('Jan-Sep'))}
${tr(td('Exports'), td('310.4'), td('2 804.6'), td('322.9'), td('2 861.2'))}</table>`;
    expect(figures(LEAD, body, '2026-11-16')).toEqual(
      ['export World 2025-09..2025-09 310400000000 EUR null', 'export World 2025-01..2025-09 2804600000000 EUR null', 'export World 2026-09..2026-09 322900000000 EUR null', 'export World 2026-01..2026-09 2861200000000 EUR null'].sort(),
    );
  });

  it('takes no flow from a sentence of prose standing above a table whose rows are the flows', () => {
    const lead = 'In January to September 2026 the bloc recorded a surplus of €158.7 bn.';
    const body = `<table>${tr(th('€ bn', ' rowspan="2"'), th('Sep', ' colspan="3"'), th('Jan-Sep', ' colspan="3"'))}
${tr(th('2025'), th('2026'), th('growth'), th('2025'), th('2026'), th('growth'))}
${ROWS}</table>`;
    expect(figures(lead, body, '2026-11-16')).toEqual([...WANT, 'balance World 2026-01..2026-09 158700000000 EUR null'].sort());
  });

  it('reads a first row of figures that look like years as figures, under a head whose cells name their years', () => {
    const body = `<table><caption>Trade with the rest of the world (€ bn)</caption>${tr(th('Flow'), th('Sep 2025'), th('Sep 2026'))}
${tr(td('Exports'), td('2019'), td('2024'))}</table>`;
    expect(figures(LEAD, body, '2026-11-16')).toEqual(['export World 2025-09..2025-09 2019000000000 EUR null', 'export World 2026-09..2026-09 2024000000000 EUR null']);
  });
});

describe('a group over periods whose years are written with two digits', () => {
  const LEAD = 'Trade of the euro area with its main partners grew in the first half, the statistics office said.';
  it('reads "Jan-Jun 16" as January-June 2016 and "Extra-euro area exports" as the exports of the reporter', () => {
    const body = `<table><caption>Euro area trade by main partner</caption>
${tr(th(''), th('Extra-euro area exports (€ bn)', ' colspan="3"'), th('Extra-euro area imports (€ bn)', ' colspan="3"'))}
${tr(th(''), th('Jan-Jun 16'), th('Jan-Jun 17'), th('Growth'), th('Jan-Jun 16'), th('Jan-Jun 17'), th('Growth'))}
${tr(td('Switzerland'), td('72.5'), td('75.0'), td('3%'), td('52.1'), td('55.3'), td('6%'))}</table>`;
    expect(figures(LEAD, body, '2017-08-16')).toEqual(
      [
        'export Switzerland 2016-01..2016-06 72500000000 EUR null',
        'export Switzerland 2017-01..2017-06 75000000000 EUR 3',
        'import Switzerland 2016-01..2016-06 52100000000 EUR null',
        'import Switzerland 2017-01..2017-06 55300000000 EUR 6',
      ].sort(),
    );
  });

  it('reads "Sep-98" in the century of the release, and no later than its year', () => {
    const body = `<table><caption>Exports to main partners (€ bn)</caption>
${tr(th('Partner'), th('Sep-97'), th('Sep-98'))}
${tr(td('Switzerland'), td('6.1'), td('6.4'))}</table>`;
    expect(figures(LEAD, body, '1998-11-16')).toEqual(['export Switzerland 1997-09..1997-09 6100000000 EUR null', 'export Switzerland 1998-09..1998-09 6400000000 EUR null'].sort());
  });

  it('leaves "Sep 16" alone, which may be a day', () => {
    const body = `<table><caption>Exports to main partners (€ bn)</caption>
${tr(th('Partner'), th('Sep 15'), th('Sep 16'))}
${tr(td('Switzerland'), td('6.1'), td('6.4'))}</table>`;
    expect(figures(LEAD, body, '2016-11-16')).toEqual([]);
  });
});

describe('group heads over month and fiscal-year heads, with a unit row under them', () => {
  const LEAD = 'The trade deficit widened in October, the statistics bureau said on Monday.';
  const WANT = [
    'export World 2026-10..2026-10 2912000000 USD 7.4',
    'export World 2025-10..2025-10 2711000000 USD null',
    'export World 2026-07..2026-10 11203000000 USD 5.1',
    'export World 2025-07..2025-10 10659000000 USD null',
    'balance World 2026-10..2026-10 -2207000000 USD null',
    'balance World 2025-10..2025-10 -2102000000 USD null',
    'balance World 2026-07..2026-10 -9101000000 USD null',
    'balance World 2025-07..2025-10 -8834000000 USD null',
  ].sort();
  const rows = `${tr(td('Exports'), td('2,912'), td('2,711'), td('7.4'), td('11,203'), td('10,659'), td('5.1'))}
${tr(td('Balance of trade'), td('-2,207'), td('-2,102'), td(''), td('-9,101'), td('-8,834'), td(''))}`;

  it('reads "Month" and "July-October" spanning a month and fiscal years, the unit in a row spanning the table', () => {
    const body = `<table>${tr(th('Item', ' rowspan="2"'), th('Month', ' colspan="3"'), th('July-October', ' colspan="3"'))}
${tr(th('Oct 2026'), th('Oct 2025'), th('% Change'), th('2026-27'), th('2025-26'), th('% Change'))}
${tr(td('(Million US$)', ' colspan="7"'))}
${rows}</table>`;
    expect(figures(LEAD, body, '2026-11-17')).toEqual(WANT);
  });

  it('reads the unit written in every cell of the row', () => {
    const body = `<table>${tr(th('Item', ' rowspan="2"'), th('Month', ' colspan="3"'), th('July-October', ' colspan="3"'))}
${tr(th('Oct 2026'), th('Oct 2025'), th('% Change'), th('2026-27'), th('2025-26'), th('% Change'))}
${tr(...Array.from({ length: 7 }, () => td('Million US$')))}
${rows}</table>`;
    expect(figures(LEAD, body, '2026-11-17')).toEqual(WANT);
  });
});

describe('months as rows under year columns', () => {
  const LEAD = 'Exports kept rising in the autumn, the customs office said on Tuesday.';
  it('gives each cell the row\'s months in its column\'s year, the change to the later year', () => {
    const body = `<table><caption>Monthly exports (US$ million)</caption>
${tr(th('Month'), th('2025'), th('2026'), th('Change (%)'))}
${tr(td('September'), td('1,204'), td('1,290'), td('7.1'))}
${tr(td('October'), td('1,188'), td('1,305'), td('9.8'))}
${tr(td('January-October'), td('11,420'), td('12,377'), td('8.4'))}</table>`;
    expect(figures(LEAD, body, '2026-11-10')).toEqual(
      [
        'export World 2025-09..2025-09 1204000000 USD null',
        'export World 2026-09..2026-09 1290000000 USD 7.1',
        'export World 2025-10..2025-10 1188000000 USD null',
        'export World 2026-10..2026-10 1305000000 USD 9.8',
        'export World 2025-01..2025-10 11420000000 USD null',
        'export World 2026-01..2026-10 12377000000 USD 8.4',
      ].sort(),
    );
  });

  it('gives the change to the later year when it stands first, the counted thing and its direction in the head', () => {
    const body = `<table><caption>Freight trains of the hub</caption>
${tr(th('Period'), th('2026 (trains dispatched)'), th('2025 (trains dispatched)'), th('y/y (%)'))}
${tr(td('October'), td('214'), td('190'), td('12.6'))}</table>`;
    expect(figures(LEAD, body, '2026-11-10')).toEqual(['export World 2025-10..2025-10 190 trains null', 'export World 2026-10..2026-10 214 trains 12.6'].sort());
  });

  it('reads no row whose label names a year of its own, and no column of a year after the release', () => {
    const dated = `<table><caption>Monthly exports (US$ million)</caption>
${tr(th('Month'), th('2025'), th('2026'))}
${tr(td('October 2024'), td('1,188'), td('1,305'))}</table>`;
    const later = `<table><caption>Monthly exports (US$ million)</caption>
${tr(th('Month'), th('2026'), th('2027'))}
${tr(td('October'), td('1,188'), td('1,305'))}</table>`;
    expect(figures(LEAD, dated, '2026-11-10')).toEqual([]);
    expect(figures(LEAD, later, '2026-11-10')).toEqual([]);
  });
});

describe('periods each spanning a quantity and a value column', () => {
  const LEAD = 'Exports of minerals rose in the first nine months, the customs office said on Monday.';
  it('reads each period\'s quantity in the unit column\'s unit and its value in the head\'s, the change of value to the value', () => {
    const body = `<table><caption>Main export goods, January-September</caption>
${tr(th('Goods', ' rowspan="2"'), th('Unit', ' rowspan="2"'), th('2025 I-IX', ' colspan="2"'), th('2026 I-IX', ' colspan="2"'), th('Change in value, %', ' rowspan="2"'))}
${tr(th('Quantity'), th('Value, mln USD'), th('Quantity'), th('Value, mln USD'))}
${tr(td('Zinc ore'), td('thous. tonnes'), td('512.4'), td('301.2'), td('540.0'), td('322.5'), td('7.1'))}</table>`;
    expect(figures(LEAD, body, '2026-10-12')).toEqual(
      [
        'export World 2025-01..2025-09 512400 tonnes null',
        'export World 2025-01..2025-09 301200000 USD null',
        'export World 2026-01..2026-09 540000 tonnes null',
        'export World 2026-01..2026-09 322500000 USD 7.1',
      ].sort(),
    );
  });

  it('reads the same with each unit in its head and no unit column', () => {
    const body = `<table><caption>Main export goods, January-September</caption>
${tr(th('Goods', ' rowspan="2"'), th('January-September 2025', ' colspan="2"'), th('January-September 2026', ' colspan="2"'))}
${tr(th('Thousand tonnes'), th('US$ million'), th('Thousand tonnes'), th('US$ million'))}
${tr(td('Zinc ore'), td('512.4'), td('301.2'), td('540.0'), td('322.5'))}</table>`;
    expect(figures(LEAD, body, '2026-10-12')).toEqual(
      ['export World 2025-01..2025-09 512400 tonnes null', 'export World 2025-01..2025-09 301200000 USD null', 'export World 2026-01..2026-09 540000 tonnes null', 'export World 2026-01..2026-09 322500000 USD null'].sort(),
    );
  });

  it('gives a change naming the quantity to no value standing before it', () => {
    const body = `<table><caption>Main export goods, January-September 2026</caption>
${tr(th('Goods'), th('Unit'), th('Quantity'), th('Value, mln USD'), th('Change in quantity, %'))}
${tr(td('Zinc ore'), td('thous. tonnes'), td('540.0'), td('322.5'), td('5.4'))}</table>`;
    expect(figures(LEAD, body, '2026-10-12')).toEqual(['export World 2026-01..2026-09 540000 tonnes null', 'export World 2026-01..2026-09 322500000 USD null'].sort());
  });
});

describe('a table turned over: partners as columns, flows and their changes as rows', () => {
  const LEAD = 'Exports fell for a second month in September, the finance ministry said on Thursday.';
  const CAPTION = '<caption>Trade by partner, September 2026 (100 million yen, %)</caption>';
  const WANT = [
    'export World 2026-09..2026-09 7012000000000 JPY -1.4',
    'import World 2026-09..2026-09 7240000000000 JPY 3.2',
    'balance World 2026-09..2026-09 -228000000000 JPY null',
    'export Germany 2026-09..2026-09 211000000000 JPY 4.5',
    'import Germany 2026-09..2026-09 265000000000 JPY -0.8',
    'balance Germany 2026-09..2026-09 -54000000000 JPY null',
  ].sort();
  const rows = (minus: string) => `${tr(th('Exports'), td('70,120'), td('2,110'))}
${tr(th('y/y'), td(`${minus}1.4`), td('4.5'))}
${tr(th('Imports'), td('72,400'), td('2,650'))}
${tr(th('y/y'), td('3.2'), td(`${minus}0.8`))}
${tr(th('Balance'), td(`${minus}2,280`), td(`${minus}540`))}`;

  it.each([['▲'], ['△'], ['-']])('turns it back and reads "%s" before a number as minus, under a blank corner', (minus) => {
    const body = `<table>${CAPTION}${tr(th(''), th('World'), th('Germany'))}${rows(minus)}</table>`;
    expect(figures(LEAD, body, '2026-10-22')).toEqual(WANT);
  });

  it('turns it back under a corner of words', () => {
    const body = `<table>${CAPTION}${tr(th('Item'), th('World'), th('Germany'))}${rows('▲')}</table>`;
    expect(figures(LEAD, body, '2026-10-22')).toEqual(WANT);
  });

  it('takes no triangle for minus in a table that also writes falling ones', () => {
    const body = `<table>${CAPTION}${tr(th(''), th('World'), th('Germany'))}${rows('▲').replace('3.2', '▼3.2')}</table>`;
    expect(figures(LEAD, body, '2026-10-22').filter((l) => l.includes(' -'))).toEqual([]);
  });

  it('reads nothing when a row is neither a flow nor a change under one', () => {
    const body = `<table>${CAPTION}${tr(th(''), th('World'), th('Germany'))}${rows('-')}${tr(th('Share'), td('100.0'), td('3.0'))}</table>`;
    expect(figures(LEAD, body, '2026-10-22').filter((l) => l.includes('Germany'))).toEqual([]);
  });
});

describe('the label column: a kind column spanning rows before places, and ports', () => {
  const LEAD = 'Trade through the region\'s land ports grew in the first ten months, the customs said on Monday.';
  it('reads each row as its place when a column of kinds set by rowspan stands before a "Port" column', () => {
    const body = `<table><caption>Trade through main ports, January-October 2026</caption>
${tr(th('Type'), th('Port'), th('Imports and exports (100 million yuan)'), th('Change (%)'))}
${tr(td('Railway', ' rowspan="2"'), td('Alashankou'), td('412.6'), td('7.7'))}
${tr(td('Horgos'), td('388.1'), td('11.2'))}
${tr(td('Highway'), td('Erenhot'), td('205.3'), td('-3.4'))}</table>`;
    const got = releaseRows(page(LEAD, body), '2026-11-16', { contentType: HTML }).map((r) => `${r.area} ${r.partner} ${r.flow} ${r.value} ${r.yoy_pct}`);
    expect(got.sort()).toEqual(['Alashankou Port World total 41260000000 7.7', 'Horgos Port World total 38810000000 11.2', 'Erenhot Port World total 20530000000 -3.4'].sort());
  });

  it('names a city under a "Port" head as its port', () => {
    const body = `<table><caption>Cargo throughput of coastal ports, January-October 2026</caption>
${tr(th('Port'), th('Foreign trade cargo (10,000 tonnes)'), th('y/y (%)'))}
${tr(td('Dalian'), td('15,200'), td('2.1'))}
${tr(td('Tianjin'), td('28,930'), td('4.4'))}</table>`;
    const got = releaseRows(page(LEAD, body), '2026-11-16', { contentType: HTML }).map((r) => `${r.area} ${r.partner} ${r.flow} ${r.value} ${r.unit} ${r.yoy_pct}`);
    expect(got.sort()).toEqual(['Dalian Port World total 152000000 tonnes 2.1', 'Tianjin Port World total 289300000 tonnes 4.4'].sort());
  });
});

describe('measures spanning their amount and change, beside a unit column', () => {
  const LEAD = 'Exports of the province grew in the first eight months, the customs said on Friday.';
  const table = (unitCell: string, quantity: string) => `<table><caption>Exports of main goods, January-August 2026</caption>
${tr(th('Goods', ' rowspan="2"'), th('Unit', ' rowspan="2"'), th('Quantity', ' colspan="2"'), th('Value', ' colspan="2"'))}
${tr(th('Amount'), th('y/y (%)'), th('US$ million'), th('y/y (%)'))}
${tr(td('Footwear'), td(unitCell), td(quantity), td(quantity), td('612.0'), td('4.2'))}
${tr(td('Tyres'), td('10,000 pieces'), td('1,204.5'), td('9.9'), td('840.3'), td('6.1'))}</table>`;

  it('reads "Quantity" over "Amount" as a level in the row\'s unit, and a goods row counted by value only', () => {
    expect(figures(LEAD, table('-', '-'), '2026-09-18')).toEqual(
      ['export World 2026-01..2026-08 612000000 USD 4.2', 'export World 2026-01..2026-08 12045000 units 9.9', 'export World 2026-01..2026-08 840300000 USD 6.1'].sort(),
    );
  });

  it('reads no table with an amount whose unit cell is blank', () => {
    expect(figures(LEAD, table('-', '35.2'), '2026-09-18').filter((l) => l.includes('USD') || l.includes('9.9'))).toEqual([]);
  });
});

describe('periods as rows under flows spanning their measures', () => {
  const LEAD = 'Exports rose again in the autumn, the statistics office said on Monday.';
  const WANT = [
    'export World 2026-09..2026-09 1204000000 USD 7.1',
    'import World 2026-09..2026-09 988000000 USD -2',
    'export World 2026-10..2026-10 1290000000 USD 9.8',
    'import World 2026-10..2026-10 1010000000 USD 1.4',
  ].sort();
  const rows = `${tr(td('September 2026'), td('1,204'), td('7.1'), td('988'), td('-2.0'))}
${tr(td('October 2026'), td('1,290'), td('9.8'), td('1,010'), td('1.4'))}`;

  it('reads "Exports (US$ million)" spanning "Value | y/y (%)" under a "Period" corner', () => {
    const body = `<table><caption>Monthly trade, 2026</caption>
${tr(th('Period', ' rowspan="2"'), th('Exports (US$ million)', ' colspan="2"'), th('Imports (US$ million)', ' colspan="2"'))}
${tr(th('Value'), th('y/y (%)'), th('Value'), th('y/y (%)'))}
${rows}</table>`;
    expect(figures(LEAD, body, '2026-11-10')).toEqual(WANT);
  });

  it('reads the unit in the lower row', () => {
    const body = `<table><caption>Monthly trade, 2026</caption>
${tr(th('Period', ' rowspan="2"'), th('Exports', ' colspan="2"'), th('Imports', ' colspan="2"'))}
${tr(th('US$ million'), th('y/y (%)'), th('US$ million'), th('y/y (%)'))}
${rows}</table>`;
    expect(figures(LEAD, body, '2026-11-10')).toEqual(WANT);
  });
});

describe('a blank corner in the upper head row over a worded one in the lower', () => {
  it('reads "Exports" and "Imports" spanning "Value | y/y (%)" over partners', () => {
    const body = `<table><caption>Trade by partner, January-October 2026 (US$ million)</caption>
${tr(th(''), th('Exports', ' colspan="2"'), th('Imports', ' colspan="2"'))}
${tr(th('Partner'), th('Value'), th('y/y (%)'), th('Value'), th('y/y (%)'))}
${tr(td('Japan'), td('1,204'), td('7.1'), td('988'), td('-2.0'))}</table>`;
    expect(figures('Trade with the main partners grew, the customs said on Monday.', body, '2026-11-10')).toEqual(
      ['export Japan 2026-01..2026-10 1204000000 USD 7.1', 'import Japan 2026-01..2026-10 988000000 USD -2'].sort(),
    );
  });
});
