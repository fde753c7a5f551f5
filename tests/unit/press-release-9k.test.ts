/**
 * Rules of issue 9, part k: the language of other countries' agencies found by blind batch 13
 * (fixtures b13-… in tests/corpus/press-release), in our own words: plain currency names and signs
 * several countries share read by the reporter's country, and year-to-date flows written "at the end
 * of" a month.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = releaseRows;
const units = (text: string) => rowsOf(text).map((r) => [r.value, r.unit]);
const periods = (text: string, published?: string) => rowsOf(text, published).map((r) => [r.value, r.period_start, r.period_end]);

describe('plain "kroner", "dirhams" and "rials" are the reporter\'s', () => {
  it('reads kroner as Norway\'s in a Norwegian release and Denmark\'s in a Danish one', () => {
    expect(units("Norway's salmon exports came to 11.4 billion kroner in October 2026.")).toEqual([[11400000000, 'NOK']]);
    expect(units("Denmark's imports of goods were 95.2 billion kroner in October 2026.")).toEqual([[95200000000, 'DKK']]);
  });

  it('reads dirhams as Morocco\'s in a Moroccan release and the UAE\'s in an Emirati one', () => {
    expect(units("Morocco's energy imports eased to 88.1 billion dirhams in 2025.")).toEqual([[88100000000, 'MAD']]);
    expect(units("The UAE's non-oil exports rose to 210.7 billion dirhams in 2025.")).toEqual([[210700000000, 'AED']]);
  });

  it('reads rials as Oman\'s in an Omani release and Iran\'s in an Iranian one', () => {
    expect(units("Oman's non-oil exports reached 2.84 billion rials in 2025.")).toEqual([[2840000000, 'OMR']]);
    expect(units("Iran's non-oil exports were worth 1,950 trillion rials in 2025.")).toEqual([[1950000000000000, 'IRR']]);
  });

  it('reads the signs Gulf and Maghreb agencies write: "RO", "Dh"/"Dhs"/"DH", and the codes OMR and MAD before an amount', () => {
    expect(units("Oman's merchandise imports fell to RO 8.92 billion in 2025.")).toEqual([[8920000000, 'OMR']]);
    expect(units("The UAE's re-exports grew to Dh512.6 billion in 2025, and gold exports to Dhs 91 billion.")).toEqual([
      [512600000000, 'AED'],
      [91000000000, 'AED'],
    ]);
    expect(units("Morocco's exports rose to DH 380.2 billion in 2025.")).toEqual([[380200000000, 'MAD']]);
    expect(units("Exports rose to MAD 380.2 billion in 2025, and imports to OMR 9.1 billion.")).toEqual([
      [380200000000, 'MAD'],
      [9100000000, 'OMR'],
    ]);
  });

  it('keeps "Norwegian kroner" whoever reports', () => {
    expect(units("Sweden's imports from Norway were 48.6 billion Norwegian kroner in 2025.")).toEqual([[48600000000, 'NOK']]);
  });
});

describe('a flow "at the end of" a month runs from January', () => {
  it('reads "at the end of October 2026", "by end of August" and "to end-September" as year to date', () => {
    expect(periods("Morocco's trade deficit widened to 240.1 billion dirhams at the end of October 2026.")).toEqual([[-240100000000, '2026-01', '2026-10']]);
    expect(periods("Oman's exports fell 4.2 percent to RO 12.3 billion by end of August.", '2026-10-08')).toEqual([[12300000000, '2026-01', '2026-08']]);
    expect(periods("Phosphate exports rose to 61.4 billion dirhams to end-September 2026, the office said.")).toEqual([[61400000000, '2026-01', '2026-09']]);
  });

  it('leaves "the year to end-October" (twelve months) alone', () => {
    const rows = periods("Exports totalled 71.2 billion dollars in the year to end-October 2026.");
    expect(rows).toHaveLength(1);
    expect(rows[0][1]).not.toBe('2026-01');
  });
});

describe('thousands grouped with dots', () => {
  it('reads two or more dot groups as thousands ("9.215.400 tonnes")', () => {
    expect(units("Brazil's soybean exports reached 9.215.400 tonnes in October 2026.")).toEqual([[9215400, 'tonnes']]);
  });

  it('reads a dot group before a decimal comma ("US$ 6.942,5 million")', () => {
    expect(units("Brazil's trade surplus was US$ 6.942,5 million in October 2026.")).toEqual([[6942500000, 'USD']]);
  });

  it('keeps a single dot group an English decimal, and leaves a dotted run that goes on', () => {
    expect(units("Brazil's iron ore exports were 6.942 million tonnes in October 2026.")).toEqual([[6942000, 'tonnes']]);
    expect(units('Exports were 1.234.567.8 tonnes in October 2026.')).toEqual([]);
  });
});

describe('a country\'s own "shipments" are its exports', () => {
  const flows = (text: string) => rowsOf(text).map((r) => [r.value, r.flow]);
  it('reads "soybean shipments" and "shipments of coal" after an imports sentence as exports', () => {
    expect(flows("Brazil's imports fell 2% to $24.1 billion in October 2026. Soybean shipments reached 8.3 million tonnes in the month.")).toEqual([
      [24100000000, 'import'],
      [8300000, 'export'],
    ]);
    expect(flows("Indonesia's imports rose to $19.7 billion in September 2026. Shipments of coal fell 11 percent to 41.5 million tonnes.")).toEqual([
      [19700000000, 'import'],
      [41500000, 'export'],
    ]);
  });

  it('keeps "shipments from" a partner imports and "the shipments" the flow named before', () => {
    expect(flows("China's soybean shipments from Brazil rose to 10.2 million tonnes in October 2026.")).toEqual([[10200000, 'import']]);
    expect(flows('The port imported 1.3 million tonnes of grain in October 2026. Wheat made up the bulk of the shipments at 870,000 tonnes.')).toEqual([
      [1300000, 'import'],
      [870000, 'import'],
    ]);
  });
});

describe('a headline figure rounded to its own digits', () => {
  it('is the body figure again ("US$ 6.9 billion" over "US$ 6.942,5 million")', () => {
    const rows = rowsOf("Brazil posts October trade surplus of US$ 6.9 billion\n\nBrazil's trade balance closed October 2026 with a surplus of US$ 6.942,5 million, the ministry said.");
    expect(rows.map((r) => r.value)).toEqual([6942500000]);
  });

  it('stays a figure of its own when it does not round the body figure', () => {
    const rows = rowsOf("Brazil posts October trade surplus of US$ 6.8 billion\n\nBrazil's trade balance closed October 2026 with a surplus of US$ 6.942,5 million, the ministry said.");
    expect(rows.map((r) => r.value).sort()).toEqual([6800000000, 6942500000]);
  });
});

describe('"export turnover" and "import turnover"', () => {
  const flows = (text: string) => rowsOf(text).map((r) => [r.value, r.flow]);
  it('are exports and imports; "export-import turnover" is total trade', () => {
    expect(flows("In October 2026, Vietnam's export turnover was estimated at 41.2 billion USD and import turnover at 39.6 billion USD.")).toEqual([
      [41200000000, 'export'],
      [39600000000, 'import'],
    ]);
    expect(flows("Vietnam's export-import turnover reached 80.8 billion USD in October 2026.")).toEqual([[80800000000, 'total']]);
  });
});

describe('the basis of a change', () => {
  const growths = (text: string) => rowsOf(text).map((r) => [r.value, r.yoy_pct]);
  it('reads "17.5% against the same month last year" as year on year after a month-on-month change', () => {
    expect(growths("Vietnam's exports were 41.2 billion USD in October 2026, up 2.4% month-on-month and 17.5% against the same month last year.")).toEqual([[41200000000, 17.5]]);
  });

  it('reads a change after an opening "Compared with August," as month on month: no year-on-year row', () => {
    expect(growths("Indonesia's exports rose 5.1 percent y-o-y to US$22.1 billion in September 2026. Compared with the previous month of August, exports fell 6.73 percent.")).toEqual([[22100000000, 5.1]]);
    expect(growths("Indonesia's exports rose 5.1 percent y-o-y to US$22.1 billion in September 2026. Compared with August, exports fell 6.73 percent.")).toEqual([[22100000000, 5.1]]);
  });

  it('keeps a year-on-year change after an opening clause that names a year earlier', () => {
    expect(growths("Exports were US$22.1 billion in September 2026. Compared with September 2025, exports rose 5.1 percent.")).toEqual([[22100000000, 5.1]]);
  });
});

describe('a superseded first estimate', () => {
  it('is no row: "initially reported at", "an originally reported", "before revision"', () => {
    const values = (text: string) => rowsOf(text, '2026-11-04').map((r) => r.value);
    expect(values("Canada's trade deficit widened to $4.1 billion in September from a revised $3.3 billion in August. August's gap was initially reported at $3.6 billion.")).toEqual([-4100000000, -3300000000]);
    expect(values("Canada's trade deficit in August was revised to $3.3 billion from an originally reported $3.6 billion.")).toEqual([-3300000000]);
  });
});

describe('parts of a fiscal year', () => {
  it('reads "the first four months of the current fiscal year" in a Pakistani release as July to October', () => {
    expect(periods("Pakistan's exports fell 3.9 per cent to $10.5 billion in the first four months of the current fiscal year.", '2026-11-04')).toEqual([[10500000000, '2026-07', '2026-10']]);
  });

  it('reads "the April-September first half of fiscal 2026" in a Japanese release as April to September 2026', () => {
    expect(periods("For the April-September first half of fiscal 2026, Japan's trade deficit totalled ¥2.94 trillion.", '2026-10-20')).toEqual([[-2940000000000, '2026-04', '2026-09']]);
    expect(periods("Japan's exports in the second half of fiscal 2025 were ¥55.1 trillion.", '2026-05-20')).toEqual([[55100000000000, '2025-10', '2026-03']]);
  });
});

describe('a lead growth and the level stated after it', () => {
  it('joins them when the nearest later sentence states the level, though a seasonally adjusted level and growths of other goods follow', () => {
    const rows = rowsOf("Singapore's NODX rose 7.3pc year-on-year in October. In value terms, NODX reached $16.4 billion in October. Electronics NODX grew 18.6pc. On a seasonally adjusted basis, NODX increased 3.4pc month-on-month to $15.9 billion.");
    expect(rows.map((r) => [r.value, r.unit, r.yoy_pct, r.commodity])).toEqual([
      [16400000000, 'SGD', 7.3, 'all goods'],
      [null, '', 18.6, 'electronics'],
      [15900000000, 'SGD', null, 'all goods'],
    ]);
  });
});

describe('an absolute change after the percentage', () => {
  it('is no row: "fell 1.1 per cent, or $512 million, to $45,602 million"', () => {
    expect(units("Australia's exports of goods and services fell 1.1 per cent, or $512 million, to $45,602 million in September 2026.")).toEqual([[45602000000, 'AUD']]);
  });
});

describe('"grew at an annual rate of"', () => {
  it('is the year-on-year change, in either direction', () => {
    const growths = (text: string) => rowsOf(text).map((r) => [r.value, r.yoy_pct]);
    expect(growths('Philippine exports grew at an annual rate of 9.1 percent to US$7.36 billion in September 2026.')).toEqual([[7360000000, 9.1]]);
    expect(growths('Philippine imports declined at an annual rate of 3.2 percent to US$11.1 billion in September 2026.')).toEqual([[11100000000, -3.2]]);
  });
});

describe('demonyms of reporting countries', () => {
  it('name the area right before a flow noun: "Philippine imports", "Chilean exports", "Omani exports", "Canadian exports"', () => {
    const areas = (text: string) => rowsOf(text).map((r) => r.area);
    expect(areas('Philippine imports rose 1.3 percent to US$11.6 billion in September 2026.')).toEqual(['Philippines']);
    expect(areas('Chilean exports rose 6.4% to US$8,935 million in October 2026.')).toEqual(['Chile']);
    expect(areas('Omani exports fell to RO 13.2 billion in 2025.')).toEqual(['Oman']);
    expect(areas('Canadian exports fell 1.8 per cent to $63.4 billion in September 2026.')).toEqual(['Canada']);
  });
});

describe('periods of other calendars and of days across months', () => {
  it('leaves "the first seven months of the current Iranian calendar year" undated, unless days in brackets date it', () => {
    expect(periods("Iran's non-oil exports were $32.1 billion in the first seven months of the current Iranian calendar year.", '2026-10-27')).toEqual([[32100000000, '', '']]);
    expect(periods("Iran's non-oil exports were $32.1 billion in the first seven months of the current Iranian calendar year (March 21-October 22).", '2026-10-27')).toEqual([[32100000000, '2026-03', '2026-10']]);
  });

  it('reads "from Jan. 1 to Sept. 30" as January to September', () => {
    expect(periods("Exports of Iran's non-oil goods reached $28.5 billion from Jan. 1 to Sept. 30, 2026.", '2026-10-27')).toEqual([[28500000000, '2026-01', '2026-09']]);
  });
});

describe('months of a fiscal year', () => {
  it('reads "July-October of FY2026-27" in a Bangladeshi release, and "in the four months" after an aside points back to it', () => {
    const text = "Bangladesh fetched $15.92 billion from exports in July-October of FY2026-27. Export earnings in October alone stood at $4.13 billion. Readymade garments fetched $12.84 billion in the four months.";
    expect(periods(text, '2026-11-03')).toEqual([
      [15920000000, '2026-07', '2026-10'],
      [4130000000, '2026-10', '2026-10'],
      [12840000000, '2026-07', '2026-10'],
    ]);
  });
});

describe('where goods go and come from', () => {
  it('reads "the main destination" as exports and "the top supplier" as imports', () => {
    const flows = (text: string) => rowsOf(text, '2026-10-27').map((r) => [r.value, r.flow, r.partner]);
    expect(flows("Iran's non-oil imports were $35.8 billion in 2025. China was the main destination of Iranian goods, buying $8.2 billion worth of products.")).toEqual([
      [35800000000, 'import', 'World'],
      [8200000000, 'export', 'China'],
    ]);
    expect(flows("Iran's top supplier in 2025 was the UAE, with goods worth $12.4 billion.")).toEqual([[12400000000, 'import', 'United Arab Emirates']]);
  });

  it('leaves epithets alone: "the world\'s top buyer also shipped ... from Argentina" is an import', () => {
    const flows = (text: string) => rowsOf(text, '2026-08-20').map((r) => [r.value, r.flow]);
    expect(flows("China's soybean imports rose 22 percent in July 2026 to 6.4 million tonnes. The world's top buyer also shipped 2.3 million tonnes of the oilseed from Argentina in the same month.")).toEqual([
      [6400000, 'import'],
      [2300000, 'import'],
    ]);
  });
});

describe('a rolling three months against the three months before', () => {
  it('has no year-on-year change in its unmarked percentages', () => {
    const text = "The UK's trade in goods deficit widened by £1.2 billion to £56.4 billion in the three months to September 2026, compared with the three months to June 2026. Goods imports increased by £2.3 billion (1.5%) to £157.8 billion over the period.";
    expect(rowsOf(text, '2026-11-13').map((r) => [r.value, r.yoy_pct, r.period_start, r.period_end])).toEqual([
      [-56400000000, null, '2026-07', '2026-09'],
      [157800000000, null, '2026-07', '2026-09'],
    ]);
  });

  it('keeps a year-on-year change when the three months are compared with the same months a year earlier', () => {
    const text = "The UK's goods imports rose 1.5% to £157.8 billion in the three months to September 2026, compared with the same period a year earlier.";
    expect(rowsOf(text, '2026-11-13').map((r) => [r.value, r.yoy_pct])).toEqual([[157800000000, 1.5]]);
  });
});

describe('signs of Gulf, Levant and East African currencies', () => {
  it('reads QR, KD, BD, JD, NIS and codes after the amount', () => {
    expect(units("Qatar's exports amounted to QR27.3 billion in October 2026.")).toEqual([[27300000000, 'QAR']]);
    expect(units("Kuwait's imports amounted to KD 1.12 billion in August 2026.")).toEqual([[1120000000, 'KWD']]);
    expect(units("Bahrain's non-oil exports reached BD 412.6 million in August 2026.")).toEqual([[412600000, 'BHD']]);
    expect(units("Jordan's exports rose to JD 724.1 million in August 2026.")).toEqual([[724100000, 'JOD']]);
    expect(units("Israel's goods exports fell to NIS 22.6 billion in October 2026, imports to 31.8 billion NIS.")).toEqual([
      [22600000000, 'ILS'],
      [31800000000, 'ILS'],
    ]);
  });

  it('reads "Sh" as the reporter\'s shilling', () => {
    expect(units("Kenya's tea exports earned Sh13.6 billion in September 2026.")).toEqual([[13600000000, 'KES']]);
    expect(units("Uganda's coffee exports earned Sh1.4 trillion in September 2026.")).toEqual([[1400000000000, 'UGX']]);
  });

  it('reads "US dollars" written before the amount', () => {
    expect(units("Sri Lanka's export earnings rose to US dollars 1,123.4 million in October 2026.")).toEqual([[1123400000, 'USD']]);
  });
});

describe('currencies of African and South Asian agencies', () => {
  it('reads cedis and "GH¢", birr, and "Tk" with crore', () => {
    expect(units("Ghana's exports were worth GH¢212.6 billion in 2025, and cocoa exports 31.2 billion cedis.")).toEqual([
      [212600000000, 'GHS'],
      [31200000000, 'GHS'],
    ]);
    expect(units("Ethiopia's coffee exports earned 98.4 billion birr in 2025.")).toEqual([[98400000000, 'ETB']]);
    expect(units("Bangladesh's exports to China stood at Tk 9,812 crore in 2025.")).toEqual([[98120000000, 'BDT']]);
  });

  it('reads plain kwacha as Zambia\'s, and Malawi\'s in a Malawian release', () => {
    expect(units("Zambia's copper exports were 18.6 billion kwacha in October 2026.")).toEqual([[18600000000, 'ZMW']]);
    expect(units("Malawi's tobacco exports earned 310.2 billion kwacha in 2025.")).toEqual([[310200000000, 'MWK']]);
  });
});
