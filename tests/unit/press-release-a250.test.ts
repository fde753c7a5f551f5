/**
 * Fixing round a250 on b321-01 … b321-08 (land ports, border crossings and freight trains, first half): the frames behind
 * their misses, each read in other wordings than the batch's. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);
const rowOf = (text: string, published: string, value: number) => releaseRows(text, published).find((r) => r.value === value);
const areaOf = (text: string, published: string, value: number) => rowOf(text, published, value)?.area;
const flowOf = (text: string, published: string, value: number) => rowOf(text, published, value)?.flow;
const periodOf = (text: string, published: string, value: number) => {
  const r = rowOf(text, published, value);
  return r ? `${r.period_start}..${r.period_end}` : undefined;
};

describe('a single month after "after" or "before" closing a clause dates a change, not the figures', () => {
  it('reads "as buyers cut orders after October"', () => {
    expect(periodOf('Trade through the port came to 4.2 billion dollars last year. Exports slipped 3.1 percent to 1.6 billion dollars as buyers cut orders after October.', '2024-01-25', 1.6e9)).toBe('2023-01..2023-12');
  });
  it('reads "while timber imports stopped entirely after April"', () => {
    expect(periodOf('Guangxi imported goods worth 12 billion yuan in 2022. Fruit arrivals came to 880,000 tonnes, up 6.2 percent, while timber imports stopped entirely after April.', '2023-01-18', 880000)).toBe('2022-01..2022-12');
  });
  it('reads "once the mine closed before June"', () => {
    expect(periodOf('Coal shipments through Ceke totalled 9.1 million tonnes in 2021. Copper concentrate rose 12 percent to 310,000 tonnes, though iron ore dwindled once the mine closed before June.', '2022-01-20', 310000)).toBe('2021-01..2021-12');
  });
  it('reads "after September," with a clause going on', () => {
    expect(periodOf('The province exported goods worth 51 billion yuan in 2019. Garment exports fell 4 percent to 7.7 billion yuan as demand faded after September, the customs said.', '2020-01-21', 7.7e9)).toBe('2019-01..2019-12');
  });
  it('reads "slowed sharply after March" in a clause of its own', () => {
    expect(periodOf('Shipments through Hekou reached 2.3 million tonnes in 2020; durian imports rose 9 percent to 120,000 tonnes, but truck traffic slowed sharply after March.', '2021-01-14', 120000)).toBe('2020-01..2020-12');
  });
  it('reads "before December." closing the sentence', () => {
    expect(periodOf('Heilongjiang traded goods worth 190 billion yuan in 2021. Soybean imports climbed 5 percent to 500,000 tonnes as the river froze before December.', '2022-01-20', 500000)).toBe('2021-01..2021-12');
  });
  it('keeps a month the figures follow in the same clause (near miss)', () => {
    expect(periodOf('Exports through the port fell in the year. After March exports rose 5 percent to 2.1 billion yuan.', '2024-01-20', 2.1e9)).not.toBe('2024-03..2024-03');
  });
  it('keeps "in the months after June" out of the rule (near miss)', () => {
    expect(periodOf('In July, the port handled 410,000 tonnes of cargo.', '2025-08-20', 410000)).toBe('2025-07..2025-07');
  });
});

describe('a multiple of "the number" or "the count" in a year names that year as a base', () => {
  it('reads "nearly three times the number in 2018"', () => {
    expect(periodOf('The port handled 30 million tonnes of freight in 2019. It also exported 9,600 used cars, nearly three times the number in 2018.', '2020-01-10', 9600)).toBe('2019-01..2019-12');
  });
  it('reads "twice the count of 2022"', () => {
    expect(periodOf('Exports through Ruili rose in 2023. The crossing exported 14,300 cars, about twice the count of 2022.', '2024-01-12', 14300)).toBe('2023-01..2023-12');
  });
  it('reads "four times the quantity in 2020"', () => {
    expect(periodOf('Suifenhe handled 11 million tonnes of cargo in 2021. Timber imports reached 2.2 million cubic meters, roughly four times the quantity in 2020.', '2022-01-15', 2.2e6)).toBe('2021-01..2021-12');
  });
  it('reads "double the value of 2016"', () => {
    expect(periodOf('Trade through Erenhot grew in 2017. Copper ore imports were worth 900 million yuan, almost double the value of 2016.', '2018-01-19', 9e8)).toBe('2017-01..2017-12');
  });
  it('reads "several times the number in 2015"', () => {
    expect(periodOf('Manzhouli handled 1,200 trains in 2016. The port exported 5,100 trucks, several times the number in 2015.', '2017-01-11', 5100)).toBe('2016-01..2016-12');
  });
  it('reads "three times the number of 2021"', () => {
    expect(periodOf('The land port handled 4 million tonnes in 2022. It exported 3,300 trucks, nearly three times the number of 2021.', '2023-01-11', 3300)).toBe('2022-01..2022-12');
  });
  it('keeps a year the figure itself is given for (near miss)', () => {
    expect(periodOf('The port exported 8,000 vehicles in 2018, the customs said.', '2020-01-10', 8000)).toBe('2018-01..2018-12');
  });
  it('keeps a plain number of a year with no multiple (near miss)', () => {
    expect(periodOf('The number of vehicles exported in 2018 was 8,000.', '2020-01-10', 8000)).toBe('2018-01..2018-12');
  });
});

describe('a port ranked behind another, with its measure between, leaves the other as scenery', () => {
  const after = '\n\nThe port also exported 6,200 vehicles.';
  it('reads "the second busiest land port in Xinjiang by freight volume, behind Alashankou"', () => {
    expect(areaOf(`Horgos handled 30 million tonnes of freight in 2019.\n\nHorgos is now the second busiest land port in Xinjiang by freight volume, behind Alashankou.${after}`, '2020-01-09', 6200)).toBe('Horgos Port');
  });
  it('reads "the third largest crossing on the Russian border by trade value, behind Manzhouli and Suifenhe"', () => {
    expect(areaOf(`Heihe handled 5 million tonnes of freight in 2021.\n\nHeihe ranks as the third largest crossing on the Russian border by trade value, behind Manzhouli and Suifenhe.${after}`, '2022-01-09', 6200)).toBe('Heihe Port');
  });
  it('reads "second in Inner Mongolia in terms of tonnage handled, after Manzhouli"', () => {
    expect(areaOf(`Erenhot handled 16 million tonnes of freight in 2018.\n\nErenhot was second in Inner Mongolia in terms of the tonnage it handled, after Manzhouli.${after}`, '2019-01-09', 6200)).toBe('Erenhot Port');
  });
  it('reads "the fourth busiest port among the border crossings of Yunnan by number of trucks, behind Mohan"', () => {
    expect(areaOf(`Ruili handled 4 million tonnes of freight in 2020.\n\nRuili is the fourth busiest port among the border crossings of Yunnan by traffic, behind Mohan.${after}`, '2021-01-09', 6200)).toBe('Ruili Port');
  });
  it('reads "the second biggest gateway for China-Europe trains by the number of trips, behind Alashankou"', () => {
    expect(areaOf(`Horgos handled 28 million tonnes of freight in 2018.\n\nHorgos is the second biggest gateway for China-Europe trains by the number of trips, behind Alashankou.${after}`, '2019-01-09', 6200)).toBe('Horgos Port');
  });
  it('still reads a short ranking "behind Alashankou"', () => {
    expect(areaOf(`Horgos handled 30 million tonnes of freight in 2019.\n\nHorgos ranks second, behind Alashankou.${after}`, '2020-01-09', 6200)).toBe('Horgos Port');
  });
  it('keeps a port that handled a figure of its own (near miss)', () => {
    expect(areaOf('Horgos handled 30 million tonnes of freight in 2019. Alashankou exported 6,200 vehicles.', '2020-01-09', 6200)).toBe('Alashankou Port');
  });
  it('keeps a port named after "behind" with no ranking (near miss)', () => {
    expect(areaOf('Horgos handled 30 million tonnes of freight in 2019. The yard behind Alashankou station exported 6,200 vehicles.', '2020-01-09', 6200)).toBe('Alashankou Port');
  });
});

describe('"entries and exits" counted at a port are border crossings, no rows, and their change goes with them', () => {
  const trade = 'Trade through the Erenhot port came to 9.1 billion yuan in the first half, up 12.4 percent. ';
  it('reads "1.02 million entries and exits of people, up 9 percent"', () => {
    const t = tuples(`${trade}The port counted 1.02 million entries and exits of people, up 9 percent.`, '2017-07-21');
    expect(t.map((r) => r[4])).not.toContain(9);
    expect(t.map((r) => r[2])).not.toContain(1.02e6);
  });
  it('reads "640,000 entries and exits by travellers, down 4 percent"', () => {
    const t = tuples(`${trade}It recorded 640,000 entries and exits by travellers, down 4 percent.`, '2017-07-21');
    expect(t.map((r) => r[4])).not.toContain(-4);
  });
  it('reads "exits and entries of vehicles rose 7.5 percent to 210,000"', () => {
    const t = tuples(`${trade}The port also saw 210,000 exits and entries of vehicles, up 7.5 percent.`, '2017-07-21');
    expect(t.map((r) => r[2])).not.toContain(210000);
    expect(t.map((r) => r[4])).not.toContain(7.5);
  });
  it('reads "2.3 million entries and exits were handled"', () => {
    const t = tuples(`${trade}Some 2.3 million entries and exits were handled, a rise of 15 percent.`, '2017-07-21');
    expect(t.map((r) => r[4])).not.toContain(15);
  });
  it('keeps the trade growth the sentence before gave', () => {
    expect(tuples(`${trade}The port counted 1.02 million entries and exits of people, up 9 percent.`, '2017-07-21')).toContainEqual(['2017-01', '2017-06', 9.1e9, 'CNY', 12.4]);
  });
  it('reads the entries and exits beside vehicle crossings', () => {
    const t = tuples(`${trade}The port counted 880,000 entries and exits, up 3 percent, and 150,000 vehicle crossings.`, '2017-07-21');
    expect(t.map((r) => r[4])).not.toContain(3);
  });
  it('keeps goods that entered and exited (near miss)', () => {
    expect(flowOf(`${trade}Goods that entered and exited the port weighed 7.2 million tonnes.`, '2017-07-21', 7.2e6)).toBe('total');
  });
  it('keeps the crossings with the crossings option (near miss)', () => {
    const r = releaseRows(`${trade}The port counted 1.02 million entries and exits of people, up 9 percent.`, '2017-07-21', { crossings: true });
    expect(r.find((x) => x.value === 1.02e6)?.unit).toBe('trips');
  });
});

describe('a closing "with the rest" phrase says what the remainder was; its places are not the figure\'s', () => {
  const opening = 'Imports and exports through the Erenhot port totalled 8.5 billion yuan in the first half of 2017. ';
  it('reads "with most of the rest being goods moved between China and Russia"', () => {
    expect(areaOf(`${opening}Mongolia's share of the port's trade was 77.1 percent, with most of the rest being goods moved by rail between China and Russia.`, '2017-07-21', 77.1)).toBe('Erenhot Port');
  });
  it('reads "with the remainder coming from Kazakhstan"', () => {
    expect(areaOf(`${opening}Mongolian coal made up 64 percent of the port's imports, with the remainder coming from Russia and Kazakhstan.`, '2017-07-21', 64)).toBe('Erenhot Port');
  });
  it('reads "with the balance shipped on to Europe"', () => {
    expect(areaOf("Horgos handled 28 million tonnes of freight in 2019. Kazakhstan's share of the port's cargo was 58 percent, with the balance shipped on to Germany and Poland.", '2020-01-20', 58)).toBe('Horgos Port');
  });
  it('reads "with nearly all of the rest bound for China"', () => {
    expect(areaOf("Trade through Suifenhe came to 3.3 billion dollars in 2014. Russia's share of the port's trade was 91 percent, with nearly all of the rest between China and Belarus.", '2015-01-27', 91)).toBe('Suifenhe Port');
  });
  it('reads "with the bulk of the remainder carried through Mongolia"', () => {
    expect(areaOf("Trade through Manzhouli came to 40 billion yuan in 2018. Russia's share of the port's trade was 83 percent, with the bulk of the remainder moved between China and Mongolia.", '2019-01-27', 83)).toBe('Manzhouli Port');
  });
  it('reads "with the rest" after a tonnage', () => {
    expect(areaOf('Freight through Erenhot reached 7.9 million tonnes in the first half of 2017. Mongolian coal came to 5.1 million tonnes, with the rest moved between China and Russia.', '2017-07-21', 5.1e6)).toBe('Erenhot Port');
  });
  it('keeps a remainder with its own figure (near miss)', () => {
    const t = tuples(`${opening}Mongolia's share of the port's trade was 77.1 percent, with the rest, 22.9 percent, from Russia.`, '2017-07-21');
    expect(t.map((r) => r[2])).toContain(22.9);
  });
  it('keeps a place the figure\'s own clause names (near miss)', () => {
    expect(areaOf(`${opening}Trade between China and Russia made up 20 percent of it, with the rest being Mongolian goods.`, '2017-07-21', 20)).not.toBe('Erenhot Port');
  });
});

describe('"the town itself" in a release on its port is the town, not the port', () => {
  const port = 'Suifenhe Customs said trade through the port was worth 3.3 billion dollars last year. ';
  it('reads "The town itself reported small-scale border trade of 400 million yuan"', () => {
    expect(areaOf(`${port}The town itself reported small-scale border trade of 400 million yuan, up 30 percent.`, '2015-01-27', 4e8)).toBe('Suifenhe');
  });
  it('reads "the city itself recorded"', () => {
    expect(areaOf('Trade through the Heihe port reached 13 billion yuan in 2024. The city itself recorded foreign trade of 21 billion yuan.', '2025-01-20', 21e9)).toBe('Heihe');
  });
  it('reads "The town itself" with an aside in brackets', () => {
    expect(areaOf(`${port}The town itself (home to 70,000 people) had border-resident trade of 250 million yuan.`, '2015-01-27', 2.5e8)).toBe('Suifenhe');
  });
  it('reads "the town itself" after an opening phrase', () => {
    expect(areaOf('Goods through the Erenhot port were worth 9 billion yuan in 2017. In retail trade, the town itself reported sales to Mongolian visitors of 1.2 billion yuan.', '2018-01-20', 1.2e9)).toBe('Erenhot');
  });
  it('reads "the town itself" at a southern port', () => {
    expect(areaOf('Trade through the Dongxing port reached 30 billion yuan in 2021. The town itself saw border trade of 9 billion yuan.', '2022-01-20', 9e9)).toBe('Dongxing');
  });
  it('reads "the city itself" on Ruili', () => {
    expect(areaOf('Imports and exports through the Ruili port came to 40 billion yuan in 2019. The city itself reported trade of 26 billion yuan.', '2020-01-20', 26e9)).toBe('Ruili');
  });
  it('keeps "the port itself" the port (near miss)', () => {
    expect(areaOf(`${port}The port itself handled 9 million tonnes of freight.`, '2015-01-27', 9e6)).toBe('Suifenhe Port');
  });
  it('keeps an inland city that has no port of the lexicon (near miss)', () => {
    expect(areaOf('Trade of Harbin reached 30 billion yuan in 2014. The city itself reported trade of 30 billion yuan.', '2015-01-27', 30e9)).not.toBe('Harbin Port');
  });
});

describe("north and south at China's land ports: out toward the neighbour, in from it", () => {
  it('reads "2.6 million tonnes crossed southbound" at a port on the Russian border as imports', () => {
    expect(flowOf('The Tongjiang railway port moved 3.9 million tonnes of cargo in the first eleven months. Ore from Russia made up most of it: 2.6 million tonnes crossed southbound, up 9 percent.', '2025-12-04', 2.6e6)).toBe('import');
  });
  it('reads "moved northbound" at Heihe as exports', () => {
    expect(flowOf('The Heihe bridge carried 1.5 million tonnes of cargo in 2024. Some 300,000 tonnes of machinery moved northbound.', '2025-01-20', 300000)).toBe('export');
  });
  it('reads "went southbound" at Mohan as exports', () => {
    expect(flowOf('Freight through the Mohan port reached 4 million tonnes in 2025. About 2.4 million tonnes of goods went southbound.', '2026-01-20', 2.4e6)).toBe('export');
  });
  it('reads "crossed northbound" at Mohan as imports', () => {
    expect(flowOf('Freight through the Mohan port reached 4 million tonnes in 2025. Some 1.6 million tonnes crossed northbound.', '2026-01-20', 1.6e6)).toBe('import');
  });
  it('reads "southbound" at Erenhot as imports from Mongolia', () => {
    expect(flowOf('Freight through the Erenhot port reached 16 million tonnes in 2018. Some 12.1 million tonnes of cargo moved southbound.', '2019-01-20', 12.1e6)).toBe('import');
  });
  it('reads "northbound" at Hekou as imports from Vietnam', () => {
    expect(flowOf('Freight through the Hekou port reached 5 million tonnes in 2023. Fruit of 1.3 million tonnes passed northbound.', '2024-01-20', 1.3e6)).toBe('import');
  });
  it('keeps a port on no north-south border out of the rule (near miss)', () => {
    expect(flowOf('Freight through the Horgos port reached 30 million tonnes in 2019. Some 11 million tonnes of cargo moved southbound.', '2020-01-20', 11e6)).toBe('total');
  });
  it('keeps counted trucks out of the rule (near miss)', () => {
    expect(rowOf('Freight through the Erenhot port reached 16 million tonnes in 2018. Some 120,000 trucks crossed southbound.', '2019-01-20', 120000)).toBeUndefined();
  });
});

describe('goods a country sent across the bridge or through the port after their amount are the port\'s', () => {
  const open = 'The Tongjiang railway bridge moved 3.9 million tonnes of cargo between January and November. ';
  it('reads "China sent 41,000 tonnes of goods across the bridge"', () => {
    expect(areaOf(`${open}Northbound, China sent 41,000 tonnes of goods across the bridge.`, '2025-12-04', 41000)).toBe('Tongjiang Port');
  });
  it('reads "Russia shipped 2.5 million tonnes of ore over the bridge"', () => {
    expect(areaOf(`${open}Russia shipped 2.5 million tonnes of ore over the bridge.`, '2025-12-04', 2.5e6)).toBe('Tongjiang Port');
  });
  it('reads "Mongolia sent 9 million tonnes of coal through the crossing"', () => {
    expect(areaOf('Freight through the Ganqimaodu port reached 20 million tonnes in 2023. Mongolia sent 9 million tonnes of coal through the crossing.', '2024-01-20', 9e6)).toBe('Ganqimaodu Port');
  });
  it('reads "Vietnam moved 1.2 million tonnes of fruit via the port"', () => {
    expect(areaOf('Trade through the Youyiguan port reached 90 billion yuan in 2022. Vietnam moved 1.2 million tonnes of fruit via the port.', '2023-01-20', 1.2e6)).toBe('Youyiguan Port');
  });
  it('reads "Kazakhstan sent 2.1 million tonnes of grain through the checkpoint"', () => {
    expect(areaOf('The Horgos port handled 30 million tonnes of freight in 2019. Kazakhstan sent 2.1 million tonnes of grain through the checkpoint.', '2020-01-20', 2.1e6)).toBe('Horgos Port');
  });
  it('reads "China exported 300,000 tonnes of steel across the bridge"', () => {
    expect(areaOf(`${open}China exported 300,000 tonnes of steel across the bridge.`, '2025-12-04', 300000)).toBe('Tongjiang Port');
  });
  it('keeps a country with no port after the amount (near miss)', () => {
    expect(areaOf(`${open}China sent 41,000 tonnes of goods to Russia in total.`, '2025-12-04', 41000)).toBe('China');
  });
  it('keeps a port named after the amount (near miss)', () => {
    expect(areaOf(`${open}Russia sent 50,000 tonnes of coal through Suifenhe.`, '2025-12-04', 50000)).toBe('Suifenhe Port');
  });
});

describe('the value or tonnage of all goods a port or a link carried went both ways', () => {
  const open = 'The Tongjiang bridge moved 3.9 million tonnes of cargo between January and November. Northbound, China sent 41,000 tonnes of goods across the bridge. ';
  it('reads "The value of all goods carried by the bridge ... was"', () => {
    expect(flowOf(`${open}The value of all goods carried by the bridge in the ten months to October was 4.4 billion yuan.`, '2025-12-04', 4.4e9)).toBe('total');
  });
  it('reads "All cargo handled at the port was worth"', () => {
    expect(flowOf(`${open}All cargo handled at the port was worth 5.1 billion yuan.`, '2025-12-04', 5.1e9)).toBe('total');
  });
  it('reads "all freight moved across the crossing"', () => {
    expect(flowOf(`${open}In value terms, all freight moved across the crossing came to 5.2 billion yuan.`, '2025-12-04', 5.2e9)).toBe('total');
  });
  it('reads "all the goods transported via the railway"', () => {
    expect(flowOf(`${open}The worth of all the goods transported via the railway reached 5.3 billion yuan.`, '2025-12-04', 5.3e9)).toBe('total');
  });
  it('reads "all goods passing through the gate"', () => {
    expect(flowOf(`${open}The value of all goods passing through the gate was 5.4 billion yuan.`, '2025-12-04', 5.4e9)).toBe('total');
  });
  it('reads "all merchandise shipped over the bridge"', () => {
    expect(flowOf(`${open}The value of all merchandise shipped over the bridge totalled 5.5 billion yuan.`, '2025-12-04', 5.5e9)).toBe('total');
  });
  it('keeps a flow word of the clause (near miss)', () => {
    expect(flowOf(`${open}The value of all goods exported across the bridge was 1.1 billion yuan.`, '2025-12-04', 1.1e9)).toBe('export');
  });
  it('keeps "all imported goods carried" an import (near miss)', () => {
    expect(flowOf(`${open}Imports of all goods carried by the bridge came to 3.3 billion yuan.`, '2025-12-04', 3.3e9)).toBe('import');
  });
});

describe('the ports a customs house oversees, named in an apposition after it, are its district', () => {
  it('reads "trade declared at the ports it oversees, A and B, fell"', () => {
    expect(areaOf('Hunchun Customs said trade declared at the ports it oversees, Hunchun highway port on the Russian border and Quanhe port facing North Korea, fell 23 percent to 3.1 billion yuan in 2020.', '2021-01-19', 3.1e9)).toBe('Hunchun Customs district');
  });
  it('reads "the ports that it supervises, Erenhot and ..."', () => {
    expect(areaOf('Erenhot Customs said goods cleared at the ports that it supervises, Erenhot railway port and Zhuengadabuqi port, rose 9 percent to 12 billion yuan in 2019.', '2020-01-19', 12e9)).toBe('Erenhot Customs district');
  });
  it('reads "the ports it administers" with no apposition', () => {
    expect(areaOf('Manzhouli Customs said trade at the ports it administers grew 5 percent to 40 billion yuan in 2018.', '2019-01-19', 40e9)).toBe('Manzhouli Customs district');
  });
  it('reads "the ports under its jurisdiction, A and B,"', () => {
    expect(areaOf('Dongxing Customs said imports and exports at the ports under its jurisdiction, Dongxing port and Shuikou port, reached 33 billion yuan in 2022.', '2023-01-19', 33e9)).toBe('Dongxing Customs district');
  });
  it('reads "the ports it covers" for a house named after no port town', () => {
    expect(areaOf('Yanji Customs said trade through the ports it covers, Hunchun port and Quanhe port, dropped 12 percent to 2.2 billion yuan in 2021.', '2022-01-19', 2.2e9)).toBe('Yanji Customs district');
  });
  it('reads "the ports it manages" with one port in the apposition', () => {
    expect(areaOf('Ruili Customs said trade at the ports it manages, Ruili highway port on the Myanmar border, rose 4 percent to 41 billion yuan in 2019.', '2020-01-19', 41e9)).toBe('Ruili Customs district');
  });
  it('keeps a port the sentence names on its own (near miss)', () => {
    expect(areaOf('Hunchun Customs said trade through Quanhe port fell 23 percent to 310 million yuan in 2020.', '2021-01-19', 3.1e8)).toBe('Quanhe Port');
  });
  it('keeps a list of two ports with no district (near miss)', () => {
    expect(areaOf('Trade through Hunchun port rose 5 percent to 2 billion yuan in 2020, while Quanhe port handled 300 million yuan.', '2021-01-19', 3e8)).toBe('Quanhe Port');
  });
});
