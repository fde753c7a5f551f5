/**
 * Rules of the second fixing round for b279 (port authorities' and port groups' throughput releases): the traders of both ways
 * named in an aside, a noun "of the month", the country owning the whole a port's share is of, the worth of a port's works, a
 * later clause counting other things than the amount before it, and vehicles a port handled as cargo. Texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const rowOf = (text: string, value: number, published = '2026-11-20') => releaseRows(text, published).find((r) => r.value === value);
const values = (text: string, published = '2026-11-20') => releaseRows(text, published).map((r) => r.value);

describe('importers and exporters named together are the people who trade, no flow', () => {
  it('reads a relative aside on the next subject', () => {
    const text = 'Transhipment boxes rose 2.2 per cent to 6.02 million TEUs in the first half of 2026, while gateway boxes, which serve the country\'s importers and exporters, grew 3.9 per cent to 4.11 million TEUs.';
    expect(rowOf(text, 6.02e6)?.flow).toBe('total');
  });
  it('reads the pair the other way round, in an aside the subject is the object of', () => {
    const text = 'Throughput rose 4.4% to 2.91 million TEUs in the first half of 2026, and the gateway trade, which the country\'s exporters and importers rely on, grew 6.2% to 1.37 million TEUs.';
    expect(rowOf(text, 2.91e6)?.flow).toBe('total');
  });
  it('reads "or" between them', () => {
    const text = 'The new berth handled 912,000 TEUs in the first half of 2026 and is open to any importer or exporter in the region.';
    expect(rowOf(text, 912000)?.flow).toBe('total');
  });
  it('reads a participle aside with "or"', () => {
    const text = 'Transit volume rose to 3.4 million TEUs in the first half of 2026, while local cargo, handled for importers or exporters in the hinterland, climbed to 1.2 million TEUs.';
    expect(rowOf(text, 1.2e6)?.flow).toBe('total');
  });
  it('reads a comma before "and"', () => {
    const text = 'Container volume climbed 5.1% to 3.3 million TEUs in the first half of 2026, as shipping lines added calls for importers, and exporters, in the hinterland.';
    expect(rowOf(text, 3.3e6)?.flow).toBe('total');
  });
  it('keeps exporters alone as the exports (guard)', () => {
    expect(rowOf('Exporters shipped goods worth 4.2 billion dollars in October, up 6 percent.', 4.2e9)?.flow).toBe('export');
  });
  it('keeps importers alone as the imports (guard)', () => {
    expect(rowOf('Importers brought in 3.1 million tonnes of wheat in October, up 8 percent.', 3.1e6)?.flow).toBe('import');
  });
});

describe('a noun "of the month" is the month reported on', () => {
  const opening = 'In the first four months of 2026 the port handled 61.2 million tonnes, up 3.9%.\n\n';
  it('reads "the highlight of the month"', () => {
    expect(levelTuple(rowOf(`${opening}Iron ore loadings were the highlight of the month, at 5.3 million tonnes (+9.1%).`, 5.3e6, '2026-05-15')!)).toEqual(['2026-04', '2026-04', 5.3e6, 'tonnes', 9.1]);
  });
  it('reads "the star of the month" after the figure', () => {
    expect(rowOf(`${opening}Maize exports rose 14% to 2.2 million tonnes, the star performer of the month.`, 2.2e6, '2026-05-15')?.period_start).toBe('2026-04');
  });
  it('reads "the figures of the month" opening the sentence', () => {
    expect(rowOf(`${opening}Among the figures of the month, coffee exports reached 310,000 tonnes, up 4.2%.`, 310000, '2026-05-15')?.period_start).toBe('2026-04');
  });
  it('reads "exports of the month"', () => {
    expect(rowOf(`${opening}Sugar exports of the month totalled 1.9 million tonnes, 6.1% more than a year before.`, 1.9e6, '2026-05-15')?.period_start).toBe('2026-04');
  });
  it('reads "the biggest gainer of the month" in an aside', () => {
    expect(rowOf(`${opening}Cellulose, the biggest gainer of the month, climbed 21% to 780,000 tonnes.`, 780000, '2026-05-15')?.period_start).toBe('2026-04');
  });
  it('leaves "the end of the month" a moment (guard)', () => {
    expect(rowOf(`${opening}By the end of the month, soybean shipments had reached 9.4 million tonnes, up 2.8%.`, 9.4e6, '2026-05-15')?.period_end).toBe('2026-04');
    expect(rowOf(`${opening}By the end of the month, soybean shipments had reached 9.4 million tonnes, up 2.8%.`, 9.4e6, '2026-05-15')?.period_start).not.toBe('2026-04');
  });
  it('leaves "the first ten days of the month" to its own rule (guard)', () => {
    expect(rowOf(`${opening}In the first ten days of the month, wheat shipments came to 120,000 tonnes, up 3%.`, 120000, '2026-05-15')?.period_start).not.toBe('2026-01');
  });
});

describe('a country after a share\'s "of" owns the whole; the port holding the share keeps the area', () => {
  const text = (port: string, rest: string) => `The Port of ${port} handled 2.1 million tonnes in March.\n\nIn the first quarter, ${rest}`;
  const shareArea = (t: string, value: number) => rowOf(t, value, '2026-04-20')?.area;
  it('reads a country adjective before "total", the port named as the subject', () => {
    expect(shareArea(text('Le Havre', 'Le Havre moved 780,000 TEU, some 61 percent of the French total.'), 61)).toBe('Le Havre Port');
  });
  it('reads "the port\'s" subject and a kind of throughput after the country', () => {
    expect(shareArea(text('Gdansk', 'the port\'s boxes totalled 520,000 TEU, a 55 per cent share of Polish container throughput.'), 55)).toBe('Gdansk Port');
  });
  it('reads the port named after "through"', () => {
    expect(shareArea(text('Algeciras', 'boxes through Algeciras totalled 1.1 million TEU, a 28 per cent share of the Spanish total.'), 28)).toBe('Algeciras Port');
  });
  it('reads "the port took a share of"', () => {
    expect(shareArea(text('Genoa', 'the port took a 21.5 percent share of the Italian total.'), 21.5)).toBe('Genoa Port');
  });
  it('reads "all" before the country and its traffic', () => {
    expect(shareArea(text('Bremerhaven', 'Bremerhaven handled 1.2 million TEU, a 33 per cent share of all German container traffic.'), 33)).toBe('Bremerhaven Port');
  });
  it('keeps the country when no port or town holds the share (guard)', () => {
    expect(rowOf('Soybeans made up 38% of Brazilian exports to China in 2025.', 38, '2026-02-10')?.area).toBe('Brazil');
  });
  it('keeps a country named before the share as its holder (guard)', () => {
    expect(rowOf('The Port of Hamburg said that China accounted for 29.1% of the port\'s container traffic in 2025.', 29.1, '2026-02-10')?.area).not.toBe('Germany');
  });
});

describe('the worth of a port\'s works, set off by a comma or of any work, is no row', () => {
  const cases = [
    'The authority expects the new cruise pier and the expansion of the car terminal, worth a combined EUR 135 million, to be approved this year.',
    'Two deep-water berths, valued at about $410 million, will open in 2028.',
    'The board signed off on a rail link costing 2.3 billion yuan to the container yard.',
    'Work on the upgrade of the ore quay, worth an estimated R$ 80 million, began in May.',
    'A dredging scheme worth EUR 60 million will deepen the channel to 16 metres.',
  ];
  for (const text of cases) it(`sets aside: ${text.slice(0, 60)}`, () => expect(values(text)).toEqual([]));
  it('keeps goods worth an amount (guard)', () => {
    expect(values('Exports of machinery worth 3.2 billion dollars left the port in October.')).toEqual([3.2e9]);
  });
  it('keeps cargo through a terminal valued at an amount (guard)', () => {
    expect(values('The port\'s imports, valued at 1.4 billion dollars in October, rose 5 percent.')).toEqual([1.4e9]);
  });
});

describe('a later clause counting other things takes their unit, not the amount before', () => {
  it('reads "the number of new vehicles" after tonnes', () => {
    expect(levelTuple(rowOf('The port handled 4.6 million tonnes of ro-ro cargo in March, and the number of new vehicles handled rose 18% to 1.02 million.', 1.02e6)!)).toEqual(['2026-03', '2026-03', 1.02e6, 'vehicles', 18]);
  });
  it('reads "cars" after "while"', () => {
    expect(rowOf('Breakbulk came to 2.4 million tonnes in March, while cars handled at the terminal climbed to 1.3 million.', 1.3e6)?.unit).toBe('vehicles');
  });
  it('reads "containers" after TEU-less tonnes', () => {
    expect(rowOf('The port moved 12.1 million tonnes in March, and containers handled reached 1.1 million.', 1.1e6)?.unit).toBe('containers');
  });
  it('reads "automobiles" with a verb of being', () => {
    expect(rowOf('Ro-ro traffic grew to 3.8 million tonnes in March, and the automobiles handled numbered 1.4 million.', 1.4e6)?.unit).toBe('vehicles');
  });
  it('reads cars with their way after a quantity', () => {
    expect(rowOf('The terminal loaded 3.1 million tonnes of steel in March, and new cars loaded for export rose 7% to 1.15 million.', 1.15e6)?.unit).toBe('vehicles');
  });
  it('keeps the unit of a later clause naming no counted things (guard)', () => {
    expect(rowOf('The port handled 4.6 million tonnes in March, with liquid bulk at 2.1 million.', 2.1e6)?.unit).toBe('tonnes');
  });
  it('keeps the count of the amount before when the same things are counted (guard)', () => {
    expect(rowOf('Vehicle exports totaled 6.41 million units in March, up 17.8 percent, with NEV exports at 2.28 million.', 2.28e6)?.unit).toBe('vehicles');
  });
});

describe('vehicles a port handled as cargo moved both ways', () => {
  const steel = 'Steel imports from outside Europe shrank in March.\n\n';
  it('reads "the number of new vehicles handled"', () => {
    expect(rowOf(`${steel}The number of new vehicles handled rose 18% to 102,000 in March.`, 102000)?.flow).toBe('total');
  });
  it('reads "the car terminal handled"', () => {
    expect(rowOf(`${steel}The car terminal handled 222,600 vehicles in March, a rise of 14.0%.`, 222600)?.flow).toBe('total');
  });
  it('reads cars moved over the quays', () => {
    expect(rowOf(`${steel}Some 84,000 cars were moved over the quays in March.`, 84000)?.flow).toBe('total');
  });
  it('reads "handling" of automobiles', () => {
    expect(rowOf(`${steel}Handling of automobiles reached 131,000 units in March, up 6%.`, 131000)?.flow).toBe('total');
  });
  it('reads the present tense', () => {
    expect(rowOf(`${steel}The ro-ro terminal now handles 95,500 vehicles a month, the figure for March.`, 95500)?.flow).not.toBe('import');
  });
  it('leaves trucks crossing a border to their own rules (guard)', () => {
    expect(rowOf('More than 298,000 cargo vehicles crossed the border at the port in March, up 4%.', 298000)?.flow).not.toBe('total');
  });
  it('leaves vehicles exported as exports (guard)', () => {
    expect(rowOf(`${steel}The port exported 41,000 vehicles in March, up 9%.`, 41000)?.flow).toBe('export');
  });
});

describe('"N months into" a year is January to the Nth month', () => {
  const span = (text: string, value: number) => {
    const r = rowOf(text, value, '2026-07-10');
    return r ? [r.period_start, r.period_end] : undefined;
  };
  it('reads a count opening the sentence before a year', () => {
    expect(span('Five months into 2026, the port has handled 3,962,118 TEUs, up 15% from the same stretch of 2025.', 3962118)).toEqual(['2026-01', '2026-05']);
  });
  it('reads "the year" and digits', () => {
    expect(span('Six months into the year, cargo volume stood at 48.2 million tonnes, up 2.4%.', 48.2e6)).toEqual(['2026-01', '2026-06']);
  });
  it('reads the count after the figure', () => {
    expect(span('The terminal had moved 1.9 million TEU by the end of June, four months into its second year of operation and six months into 2026.', 1.9e6)).toEqual(['2026-01', '2026-06']);
  });
  it('reads quarters', () => {
    expect(span('Two quarters into 2026, exports through the harbour totalled 12.4 billion dollars.', 12.4e9)).toEqual(['2026-01', '2026-06']);
  });
  it('reads "this year"', () => {
    expect(span('Three months into this year, imports of crude at the port reached 9.1 million tonnes, 4% more than a year before.', 9.1e6)).toEqual(['2026-01', '2026-03']);
  });
  it('does not read "a year into" as a span of months (guard)', () => {
    expect(span('A year into the new service, the port handled 310,000 TEU in June, up 9%.', 310000)).toEqual(['2026-06', '2026-06']);
  });
  it('does not read months into a programme as months of a year (guard)', () => {
    expect(span('Five months into the dredging programme, the port handled 410,000 TEU in June, up 3%.', 410000)).toEqual(['2026-06', '2026-06']);
  });
});

describe('a swing or disruption a figure came back from is dated by its own period', () => {
  const lead = 'From January to July, Ningbo-Zhoushan Port handled 658 million tonnes of cargo, up 3.4% year on year. ';
  const span = (text: string, value: number) => {
    const r = rowOf(`${lead}${text}`, value, '2020-08-06');
    return r ? [r.period_start, r.period_end] : undefined;
  };
  it('reads "after the sharp fall of" two months', () => {
    expect(span('Container throughput reached 16.36 million TEU, up 1.9%, turning positive after the sharp fall of February and March.', 16.36e6)).toEqual(['2020-01', '2020-07']);
  });
  it('reads "since the slump in" a month', () => {
    expect(span('Ore unloading came to 61.2 million tonnes, up 2.2%, the first gain since the slump in April.', 61.2e6)).toEqual(['2020-01', '2020-07']);
  });
  it('reads "following the lockdowns in" a month', () => {
    expect(span('Coal handled rose 3.3% to 44.1 million tonnes, a recovery following the lockdowns in February.', 44.1e6)).toEqual(['2020-01', '2020-07']);
  });
  it('reads "after the disruption of" early in a month', () => {
    expect(span('Grain throughput grew to 5.6 million tonnes, up 0.8%, after the disruption of early March.', 5.6e6)).toEqual(['2020-01', '2020-07']);
  });
  it('reads "since the collapse of" two months', () => {
    expect(span('Car shipments at the port rose 1.1% to 210,000 tonnes, the best showing since the collapse of March and April.', 210000)).toEqual(['2020-01', '2020-07']);
  });
  it('keeps a month that is the figure\'s own after a change word (guard)', () => {
    expect(span('Container throughput fell 9.1% in March to 1.6 million TEU.', 1.6e6)).toEqual(['2020-03', '2020-03']);
  });
  it('keeps "struggling to recover from the slump in" a month as the figures\' month (guard)', () => {
    expect(span('Exporters are struggling to recover from the slump in July: coal shipments came to 3.1 million tonnes, down 4%.', 3.1e6)).toEqual(['2020-07', '2020-07']);
  });
});

describe('a seaport\'s terminals named by their cargo stand in a district of the port, no town', () => {
  const lead = 'Ningbo-Zhoushan Port handled 2.8 million TEU in July, up 11.9% year on year.\n\n';
  const area = (text: string, value: number) => rowOf(`${lead}${text}`, value, '2020-08-06')?.area;
  it('reads crude oil terminals at a list of districts', () => {
    expect(area('The crude oil terminals at Daxie, Cezi and Aoshan unloaded 5.8 million tonnes of imported crude oil in July.', 5.8e6)).toBe('Ningbo-Zhoushan Port');
  });
  it('reads an ore terminal in a district', () => {
    expect(area('The ore terminal in Shulanghu unloaded 9.2 million tonnes of iron ore in July, up 3%.', 9.2e6)).toBe('Ningbo-Zhoushan Port');
  });
  it('reads LNG terminals', () => {
    expect(area('Its LNG terminals at Beilungang received 610,000 tonnes of gas in July.', 610000)).toBe('Ningbo-Zhoushan Port');
  });
  it('reads coal terminals', () => {
    expect(area('Coal terminals at Zhenhai handled 4.4 million tonnes in July.', 4.4e6)).toBe('Ningbo-Zhoushan Port');
  });
  it('reads a ro-ro terminal', () => {
    expect(area('The ro-ro terminal at Jintang shipped 21,000 vehicles in July.', 21000)).toBe('Ningbo-Zhoushan Port');
  });
  it('keeps an inland rail terminal in a town (guard)', () => {
    expect(releaseRows('The BILK terminal in Budapest received 1,240 trains from China in 2025, up 9 percent.', '2026-02-10').find((r) => r.value === 1240)?.area).toBe('Budapest');
  });
  it('keeps a logistics hub at a town (guard)', () => {
    expect(releaseRows('An intermodal hub at Kouvola handled 310 trains in 2025, the operator said.', '2026-02-10').find((r) => r.value === 310)?.area).not.toBe('Finland Port');
  });
});

describe('a second change of the same subject, "and by" a percentage in another measure, keeps its direction', () => {
  const yoyOf = (text: string, value: number) => rowOf(text, value)?.yoy_pct;
  it('reads "and by" a percentage "in tonnage"', () => {
    expect(yoyOf('Container traffic decreased by 7.9% in TEU to 3.2 million TEU and by 8.4% in tonnage to 34.7 million tonnes in March.', 34.7e6)).toBe(-8.4);
  });
  it('reads "and by" with "by value"', () => {
    expect(yoyOf('Crude imports fell 5.5 percent by volume to 19.2 million tonnes and by 14.1 percent by value to 86.7 billion yuan in March.', 86.7e9)).toBe(-14.1);
  });
  it('reads a rise "in TEU terms" after tonnes', () => {
    expect(yoyOf('Box volume grew by 3.1% in tonnes to 12.4 million tonnes and by 4.6% in TEU terms to 1.15 million TEU in March.', 1.15e6)).toBe(4.6);
  });
  it('reads "in units"', () => {
    expect(yoyOf('Car shipments rose by 11% in value to 2.3 billion dollars and by 6% in units to 91,000 vehicles in March.', 91000)).toBe(6);
  });
  it('reads a period closing the first clause', () => {
    expect(yoyOf('Ore unloading dropped by 2.2% to 8.8 million tonnes in March and by 3.4% in tonnage to 25.1 million tonnes in January-March.', 25.1e6)).toBe(-3.4);
  });
  it('does not read a new subject after "and by" as the same change (guard)', () => {
    expect(yoyOf('Exports rose 4% to 3.1 billion dollars in March and by the end of the month stocks were 2.2 million tonnes.', 2.2e6) ?? null).toBeNull();
  });
  it('keeps a percentage with no level after it unread as a gapped change (guard)', () => {
    expect(values('Container traffic decreased by 7.9% in TEU to 3.2 million TEU and by 8.4% in tonnage in March.')).toEqual([3.2e6]);
  });
});
