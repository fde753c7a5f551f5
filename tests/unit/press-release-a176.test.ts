/**
 * Rules of the fixing round for b279 (port authorities' and port groups' throughput releases): foreign ports by the names
 * their writers give them, countries named as a port's backdrop, and the port's other numbers that are no trade (its books,
 * its spending, the ships it saw, their size, the fuel it sold them). Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const areaOf = (text: string, value: number, published = '2026-11-20') => releaseRows(text, published).find((r) => r.value === value)?.area;
const values = (text: string, published = '2026-11-20') => releaseRows(text, published).map((r) => r.value);

describe('a foreign port named "the Port of X" in one or two words, with diacritics or its authority, is "X Port"', () => {
  it('reads a two-word town after "The Port of" as the subject', () => {
    expect(areaOf('The Port of Los Angeles processed 801,200 TEUs in August, 6% more than a year earlier.', 801200)).toBe('Los Angeles Port');
  });
  it('reads the port named after the verb, with "at the port of" in lower case', () => {
    expect(areaOf('Dockworkers at the port of Long Beach moved 742,300 TEUs in March, up 4.2% from March 2025.', 742300)).toBe('Long Beach Port');
  });
  it('reads a town spelt with a diacritic, written without it', () => {
    expect(areaOf('In 2025, 48.6 million tonnes of cargo were handled in the Port of Gdańsk, 2.1% more than in 2024.', 48.6e6, '2026-01-20')).toBe('Gdansk Port');
  });
  it('reads "the Port of X Authority" as the town, not the authority', () => {
    expect(areaOf('The Port of Świnoujście Authority said cargo handled rose 3.4 percent to 31.2 million tonnes in 2025.', 31.2e6, '2026-01-20')).toBe('Swinoujscie Port');
  });
  it('reads "the Port Authority of X" as the town\'s port', () => {
    expect(areaOf('The Port Authority of Valencia handled 5.1 million TEU last year, down 1.3 percent.', 5.1e6)).toBe('Valencia Port');
  });
  it('reads a hyphenated pair of towns after "the Port of"', () => {
    expect(areaOf('Throughput at the Port of Antwerp-Bruges fell 3.1% to 64.2 million tonnes in the first quarter.', 64.2e6)).toBe('Antwerp-Bruges Port');
  });
  it('leaves a title-case headline that runs the name on (guard)', () => {
    expect(areaOf('Port of Los Angeles Posts Busiest June\n\nContainer volume reached 812,000 TEUs in June, up 7%.', 812000)).not.toBe('Los Angeles Posts Port');
  });
  it('does not read "the Port of Entry" as a town (guard)', () => {
    expect(areaOf('Trucks cleared at the Laredo Port of Entry carried goods worth 3.2 billion dollars in May, up 5%.', 3.2e9)).not.toBe('Entry Port');
  });
});

describe('a town whose name opens with "Port" is a port town, "Port X Port"', () => {
  it('reads the town opening the sentence', () => {
    expect(areaOf('Port Klang handled 1.21 million TEUs in October, 2.4 per cent more than a year earlier.', 1.21e6)).toBe('Port Klang Port');
  });
  it('reads the town after "through"', () => {
    expect(areaOf('Exports through Port Said rose 4% to 2.1 million tonnes in May.', 2.1e6)).toBe('Port Said Port');
  });
  it('reads the town with its authority speaking', () => {
    expect(areaOf('Container volume at Port Qasim climbed 9 percent to 310,000 TEUs in the quarter, the Port Qasim Authority said.', 310000)).toBe('Port Qasim Port');
  });
  it('reads the town as a possessive subject', () => {
    expect(areaOf("Port Louis's cargo throughput eased 1.5% to 7.4 million tonnes in 2025.", 7.4e6, '2026-02-10')).toBe('Port Louis Port');
  });
  it('reads the town after "at" in a trailing phrase', () => {
    expect(areaOf('Copper concentrate shipments totalled 412,000 tonnes in June, all loaded at Port Moresby.', 412000)).toBe('Port Moresby Port');
  });
  it('does not read "Port Authority" as a town (guard)', () => {
    expect(areaOf('The Port Authority said cargo reached 2.3 million tonnes in May, up 4%.', 2.3e6)).not.toBe('Port Authority Port');
  });
  it('does not read the tail of another port\'s name as a town (guard)', () => {
    expect(areaOf('Qingdao Port Qianwan terminal handled 1.9 million TEU in May, up 6 percent.', 1.9e6)).not.toBe('Port Qianwan Port');
  });
});

describe('a city-state\'s port is "X Port", as a city\'s is', () => {
  it('reads "the Port of Singapore"', () => {
    expect(areaOf('Container throughput at the Port of Singapore came to 3.52 million TEUs in September, up 5.1%.', 3.52e6)).toBe('Singapore Port');
  });
  it('reads "the Maritime and Port Authority of Singapore" as the port the release is on', () => {
    expect(areaOf('The Maritime and Port Authority of Singapore said total cargo handled in May amounted to 51.2 million tonnes, up 1.8%.', 51.2e6)).toBe('Singapore Port');
  });
  it('reads the port named in the lead and carried into the next paragraph', () => {
    expect(areaOf('The Port of Singapore handled 3.4 million TEUs in April, up 3%.\n\nCargo throughput totalled 49.9 million tonnes in the month, 0.7% more than a year earlier.', 49.9e6)).toBe('Singapore Port');
  });
  it('reads "the port of Djibouti"', () => {
    expect(areaOf('Transit cargo through the port of Djibouti rose 6 percent to 7.8 million tonnes in 2025.', 7.8e6, '2026-02-01')).toBe('Djibouti Port');
  });
  it('reads "the Port Authority of Singapore" after "handled by"', () => {
    expect(areaOf('Bulk cargo volumes handled by the Port Authority of Singapore fell 2.2% to 15.1 million tonnes in March.', 15.1e6)).toBe('Singapore Port');
  });
  it('keeps Singapore\'s own trade the country\'s (guard)', () => {
    expect(areaOf("Singapore's non-oil domestic exports rose 4.6% to 16.2 billion Singapore dollars in May.", 16.2e9)).toBe('Singapore');
  });
  it('keeps a country named after "port of" without being a city-state (guard)', () => {
    expect(areaOf('Brazil shipped 2.2 million tonnes of soybeans to China in May, up 4%, through several ports of Brazil.', 2.2e6)).toBe('Brazil');
  });
});

describe('the merged port of Ningbo and Zhoushan is one port however its name is spaced', () => {
  it('reads the name written with a space', () => {
    expect(areaOf('Ningbo Zhoushan Port completed a container throughput of 3.1 million TEU in May, up 8.2% year on year.', 3.1e6)).toBe('Ningbo-Zhoushan Port');
  });
  it('reads the possessive with a space', () => {
    expect(areaOf("Ningbo Zhoushan Port's cargo throughput reached 1.1 billion tonnes in the first ten months, up 3 percent.", 1.1e9)).toBe('Ningbo-Zhoushan Port');
  });
  it('reads the name after "at"', () => {
    expect(areaOf('Sea-rail volumes at Ningbo Zhoushan port rose 12% to 1.6 million TEU in 2025.', 1.6e6, '2026-01-20')).toBe('Ningbo-Zhoushan Port');
  });
  it('reads the name after "the Port of"', () => {
    expect(areaOf('Container throughput at the Port of Ningbo Zhoushan reached 3.1 million TEU in May, up 8.2%.', 3.1e6)).toBe('Ningbo-Zhoushan Port');
  });
  it('reads the bare name with an apposition calling it a port', () => {
    expect(areaOf("Ningbo Zhoushan, the world's busiest port by cargo, handled 1.1 billion tonnes in the first ten months.", 1.1e9)).toBe('Ningbo-Zhoushan Port');
  });
  it('reads the name before "port" in lower case after "The"', () => {
    expect(areaOf('The Ningbo Zhoushan port handled 2.9 million TEU in June, up 6.1%.', 2.9e6)).toBe('Ningbo-Zhoushan Port');
  });
  it('keeps the city of Ningbo its own trade (guard)', () => {
    expect(areaOf("Ningbo's imports and exports reached 1.2 trillion yuan in the first ten months, up 5.3 percent.", 1.2e12)).toBe('Ningbo');
  });
  it('keeps a list of the two cities two cities (guard)', () => {
    expect(areaOf('Foreign trade of Ningbo and Zhoushan grew, with Ningbo at 1.2 trillion yuan in the first ten months.', 1.2e12)).not.toBe('Ningbo-Zhoushan Port');
  });
});

describe('a country a port\'s story names in a sentence with no figure is its backdrop, not the next figures\' area', () => {
  const lead = 'The Port of Antwerp-Bruges handled 66.1 million tonnes of freight in the first quarter, down 4.1%.';
  it('reads past "the war in X and sanctions against Y"', () => {
    expect(areaOf(`${lead} The war in Ukraine and the sanctions against Russia kept weighing on the port.\n\nContainer traffic fell 6.2% to 3.1 million TEU.`, 3.1e6)).toBe('Antwerp-Bruges Port');
  });
  it('reads past a slowdown in a country', () => {
    expect(areaOf(`${lead} A slowdown in Italy cut demand for steel.\n\nDry bulk fell 10% to 3.4 million tonnes.`, 3.4e6)).toBe('Antwerp-Bruges Port');
  });
  it('reads past demand in a country', () => {
    expect(areaOf(`${lead} Weaker demand in Germany hit the liquid bulk segment.\n\nLiquid bulk nevertheless edged up 0.4% to 22.1 million tonnes.`, 22.1e6)).toBe('Antwerp-Bruges Port');
  });
  it('reads past a crisis in a group of countries', () => {
    expect(areaOf(`${lead} The energy crisis in Europe has eased somewhat.\n\nRo-ro traffic rose 5% to 4.2 million tonnes.`, 4.2e6)).toBe('Antwerp-Bruges Port');
  });
  it('reads past the industry of a country as the subject', () => {
    expect(areaOf(`${lead} Industry in Germany remained weak through the winter.\n\nLiquid bulk slipped 2% to 21.9 million tonnes.`, 21.9e6)).toBe('Antwerp-Bruges Port');
  });
  it('keeps a country whose own figure a sentence gives (guard)', () => {
    expect(areaOf(`${lead} Belgium's exports rose 3% to 41.2 billion euros in the quarter.`, 41.2e9)).toBe('Belgium');
  });
  it('keeps a country named in a figureless sentence of a country\'s release (guard)', () => {
    expect(areaOf("Kazakhstan's exports rose 5% to 7.1 billion dollars in May. Trade with Russia grew fast.\n\nImports reached 4.2 billion dollars.", 4.2e9)).not.toBe('Kazakhstan Port');
  });
});

describe("a port's or a firm's own books are no rows, in any currency", () => {
  it('drops a possessive abbreviation\'s revenue', () => {
    expect(values("PPA's revenue rose to EUR 71.6 million in the half, while container traffic reached 2.7 million TEU.")).not.toContain(71.6e6);
  });
  it('drops an authority\'s provisional revenue and its profit', () => {
    const v = values("The Authority's provisional revenue for 2025 was Rs. 118.4 billion, and it recorded a profit of Rs. 46.2 billion before tax.");
    expect(v).not.toContain(118.4e9);
    expect(v).not.toContain(46.2e9);
  });
  it('drops a net result', () => {
    expect(values('The net result amounted to EUR 180.5 million, chiefly from lease contracts.')).not.toContain(180.5e6);
  });
  it("drops a terminal operator's group revenue", () => {
    expect(values('Terminal operator HHLA reported group revenue of EUR 1.39 billion for the year.')).not.toContain(1.39e9);
  });
  it('drops operating revenue in a budget', () => {
    expect(values('The commission adopted a budget that anticipates operating revenue of $702 million.')).not.toContain(702e6);
  });
  it('drops revenue a listed company reported', () => {
    expect(values('Westports Holdings Bhd earlier reported revenue of RM1.59 billion for the period.')).not.toContain(1.59e9);
  });
  it('keeps the revenue of an exporters\' association, the exports\' value (guard)', () => {
    expect(values("Brazil's beef exports reached 318,400 tonnes in November. Revenue rose 27.6% to US$1.68 billion.", '2026-12-05')).toContain(1.68e9);
  });
  it('keeps export revenue (guard)', () => {
    expect(values('Coffee export revenue climbed 8.4% to US$6.71 billion in the five months.')).toContain(6.71e9);
  });
});

describe('money a port or firm means to spend, named after its amount, is no row', () => {
  it('drops a capital program', () => {
    expect(values('The board has approved a $2.6 billion capital program for the next ten years.')).not.toContain(2.6e9);
  });
  it('drops a capital plan', () => {
    expect(values('Directors approved an EUR 400 million capital plan for new quays.')).not.toContain(400e6);
  });
  it('drops a capital spending programme over years', () => {
    expect(values('The port set out a $3 billion capital spending programme over five years.')).not.toContain(3e9);
  });
  it('drops a capital expenditure plan', () => {
    expect(values('The authority approved a 2 billion yuan capital expenditure plan for the terminals.')).not.toContain(2e9);
  });
  it('drops a capital spending plan named with one word before it', () => {
    expect(values('The authority outlined a $450 million multi-year capital spending plan.')).not.toContain(450e6);
  });
  it('keeps exports of capital goods (guard)', () => {
    expect(values('Exports of capital goods rose 6% to $2.6 billion in May.')).toContain(2.6e9);
  });
  it('keeps imports worth an amount followed by other words (guard)', () => {
    expect(values('Imports reached $3.1 billion in May, led by investment goods.')).toContain(3.1e9);
  });
});

describe('ships calling at a port are no rows', () => {
  it('drops a count of vessel calls after "was"', () => {
    expect(values('The number of sea-going vessel calls was 14,237 in the half, about the same as a year earlier.')).not.toContain(14237);
  });
  it('drops vessel arrivals that crossed a mark', () => {
    expect(values('Officials said the number of vessel arrivals crossed 5,000 for the first time in 2025.')).not.toContain(5000);
  });
  it('drops ships waiting offshore', () => {
    expect(values('The backlog of ships waiting offshore, which topped 100 vessels in early 2022, had cleared by November.')).not.toContain(100);
  });
  it('drops vessel visits', () => {
    expect(values('Vessel visits numbered 2,310 in the quarter, up 4%.')).not.toContain(2310);
  });
  it('drops ship arrivals counted in vessels', () => {
    expect(values('Ship arrivals at the port rose 3% to 1,420 vessels in May.')).not.toContain(1420);
  });
  it('keeps ships exported (guard)', () => {
    expect(values('China exported 2,150 ships in the first ten months, up 12%.')).toContain(2150);
  });
  it('keeps vessels imported (guard)', () => {
    expect(values('Imports of fishing vessels rose to 310 vessels in 2025.', '2026-02-01')).toContain(310);
  });
});

describe("a ship's size in gross or deadweight tonnes is no cargo", () => {
  it('drops gross tonnes and their growth', () => {
    const rows = releaseRows('Vessel arrival tonnage for the month was 287.4 million gross tonnes (GT), up 4.0%.');
    expect(rows.map(levelTuple)).toEqual([]);
  });
  it('drops deadweight tonnes', () => {
    expect(values('Ships totalling 3.2 million deadweight tonnes called at the port in May.')).not.toContain(3.2e6);
  });
  it('drops gross tons', () => {
    expect(values('Vessel arrival tonnage rose to 95.2 million gross tons in May.')).not.toContain(95.2e6);
  });
  it('drops deadweight tons of ships passing', () => {
    expect(values('Tankers of 2.4 million deadweight tons passed through the strait in April.')).not.toContain(2.4e6);
  });
  it('drops gross registered tons', () => {
    expect(values('Tankers of 8.3 million gross registered tons used the channel last year.')).not.toContain(8.3e6);
  });
  it('keeps gross cargo in tonnes (guard)', () => {
    expect(values('Gross cargo throughput reached 53.6 million tonnes in October, up 2.1%.')).toContain(53.6e6);
  });
  it('keeps a tonnage of goods (guard)', () => {
    expect(values('Total cargo handled in May amounted to 51.2 million tonnes, up 1.8%.')).toContain(51.2e6);
  });
});

describe('fuel a port sells to ships is no trade', () => {
  it('drops bunker sales', () => {
    expect(values('Bunker sales stood at 4.72 million tonnes in October, 3.5% more than a year earlier.')).not.toContain(4.72e6);
  });
  it('drops the year-to-date bunker sales a clause brings', () => {
    expect(values('Bunker sales reached 4.6 million tonnes, bringing year-to-date sales to 45.1 million tonnes.')).not.toContain(45.1e6);
  });
  it('drops LNG delivered as marine fuel', () => {
    expect(values('Deliveries of LNG and biofuel blends as marine fuel together exceeded 160,000 tonnes in the month.')).not.toContain(160000);
  });
  it('drops bunkering volumes', () => {
    expect(values('Bunkering volumes at the anchorage rose 6% to 1.9 million tonnes in the quarter.')).not.toContain(1.9e6);
  });
  it('drops sales of bunker fuel', () => {
    expect(values('Sales of bunker fuel at the port fell to 380,000 tonnes in March.')).not.toContain(380000);
  });
  it('keeps exports of bunker fuel (guard)', () => {
    expect(values('Exports of fuel oil, mostly low-sulphur bunker fuel supplied at Zhoushan, were 1.6 million tonnes in May.')).toContain(1.6e6);
  });
  it('keeps re-exports of fuel sold to ships (guard)', () => {
    expect(values('Re-exports, mostly bunker fuel sales to ships, rose to 82 million rupees in June.')).toContain(82e6);
  });
});

const flowOf = (text: string, value: number, published = '2026-11-20') => releaseRows(text, published).find((r) => r.value === value)?.flow;

describe('empty boxes with no way of their own are repositioned both ways, "total"', () => {
  it('reads empties after a clause on loaded exports', () => {
    expect(flowOf('Loaded exports slipped 4% to 121,904 TEUs, while empty containers rose 10% to 284,441 TEUs.', 284441)).toBe('total');
  });
  it('reads "empties" as the subject after laden imports', () => {
    expect(flowOf('Laden imports reached 402,100 TEUs in May; empties came to 196,300 TEUs, up 3 percent.', 196300)).toBe('total');
  });
  it('reads "the empties" numbered in the next sentence', () => {
    expect(flowOf('Exports through the terminal rose 3% to 98,200 TEUs in March. The empties numbered 154,700 TEUs, down 8%.', 154700)).toBe('total');
  });
  it('reads empty boxes in the next sentence of a paragraph on imports', () => {
    expect(flowOf('Inbound loaded boxes rose 6% to 310,500 TEUs in June. Empty boxes totalled 201,000 TEUs, 4% fewer than a year earlier.', 201000)).toBe('total');
  });
  it('reads empty units after "with"', () => {
    expect(flowOf('Exported boxes numbered 88,000 TEUs in April, with empty units adding another 61,400 TEUs.', 61400)).toBe('total');
  });
  it('keeps empty containers said to be exported (guard)', () => {
    expect(flowOf('Exports of empty containers rose to 52,000 TEUs in May.', 52000)).toBe('export');
  });
  it('keeps loaded imports imports (guard)', () => {
    expect(flowOf('Loaded imports reached 418,230 TEUs in May, an increase of 19%, while empties fell.', 418230)).toBe('import');
  });
});

describe("cargo a port's terminals, quays or docks moved is handled cargo, \"total\"", () => {
  it('reads the port that moved tonnes after a sentence on shipments and landings', () => {
    expect(flowOf('Shipments totalled 11.1 million tonnes in April and landings 4.1 million tonnes. In the first four months the port moved 55.6 million tonnes, up 4.4%.', 55.6e6)).toBe('total');
  });
  it('reads container terminals that moved boxes after a sentence on exports', () => {
    expect(flowOf('Sugar exports fell 5.3% to 1.6 million tonnes in April. The container terminals moved 452,300 TEU in the month, up 9.4%.', 452300)).toBe('total');
  });
  it('reads quays that moved cargo', () => {
    expect(flowOf('Grain exports rose 12% to 2.1 million tonnes in May. The quays together moved 9.8 million tonnes in the month.', 9.8e6)).toBe('total');
  });
  it('reads docks that moved boxes', () => {
    expect(flowOf('Imports of cars climbed 8% to 41,000 units in June. Its docks moved 318,000 TEU over the month, 2% more than a year earlier.', 318000)).toBe('total');
  });
  it('reads a harbour that has moved cargo', () => {
    expect(flowOf('Coal imports rose to 3.2 million tonnes in May. The harbour has moved 14.7 million tonnes so far this year.', 14.7e6)).toBe('total');
  });
  it('keeps goods moved to a country exports (guard)', () => {
    expect(flowOf('Soybean exports rose in May, and 3.1 million tonnes moved to China from the terminal.', 3.1e6)).not.toBe('total');
  });
  it('keeps imports the port took in imports (guard)', () => {
    expect(flowOf('The port moved quickly to clear the backlog, and imports rose 5% to 2.4 million tonnes in May.', 2.4e6)).toBe('import');
  });
});

describe('a balance counted in boxes or tonnes is the rest of them, no trade balance', () => {
  it('reads "with the balance of N TEUs being empty containers"', () => {
    expect(flowOf('Laden imports amounted to 1.62 million TEUs and laden exports to 1.41 million TEUs, with the balance of 1.71 million TEUs being empty containers.', 1.71e6)).not.toBe('balance');
  });
  it('reads "the balance of N tonnes" as the rest of the cargo', () => {
    expect(flowOf('Of the cargo, crude oil took 4.2 million tonnes and the balance of 2.3 million tonnes was coal.', 2.3e6)).not.toBe('balance');
  });
  it('reads "the balance of about N boxes"', () => {
    expect(flowOf('Transhipment made up 3.1 million TEUs, the balance of about 0.9 million boxes serving local shippers.', 0.9e6)).not.toBe('balance');
  });
  it('reads a balance in thousand units', () => {
    expect(flowOf('Cars shipped to Europe numbered 120,000, with the balance of 45 thousand units sold elsewhere in Asia.', 45000)).not.toBe('balance');
  });
  it('reads a balance of vehicles', () => {
    expect(flowOf('New cars made up most of the traffic, the balance of 80,000 vehicles being used ones.', 80000)).not.toBe('balance');
  });
  it('keeps a trade balance in money (guard)', () => {
    expect(flowOf('Exports rose 5% and imports 3%, leaving a balance of 2.1 billion dollars in May.', 2.1e9)).toBe('balance');
  });
  it('keeps "the trade balance" in tonnes-free money (guard)', () => {
    expect(flowOf('The trade balance came to EUR 10.9 billion in May.', 10.9e9)).toBe('balance');
  });
});
