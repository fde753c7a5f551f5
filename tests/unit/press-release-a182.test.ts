/**
 * Rules widened in the fixing round for the old leftovers of b195, b206, b217, b228, b254, b261, b41, b49 and b96
 * (forty-second session): each frame in several phrasings of our own, and near misses that must not trigger.
 * Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const row = (rows: ObservationDraft[], value: number | null) => rows.find((r) => r.value === value);

describe('the home country\'s adjective on goods a port moved names their origin, not the area', () => {
  it('reads "N tonnes of Chinese fruit left for" after a sentence on the port', () => {
    const rows = releaseRows('Trucks queue at Youyiguan Port. In the first ten months of 2026, fruit imports through the port came to 1.1 million tonnes. Going the other way, 61,000 tonnes of Chinese fruit were shipped to Vietnam.', '2026-11-20');
    expect(row(rows, 61000)).toMatchObject({ area: 'Youyiguan Port' });
  });
  it('reads "the export of Chinese apples ... through the port" with the port after the goods', () => {
    const rows = releaseRows('Pingxiang Customs said fruit imports via Youyiguan Port rose 5 percent to 640,000 tonnes in the first half of 2026. Meanwhile the export of Chinese pears and apples to ASEAN through the port was 88,000 tonnes.', '2026-07-20');
    expect(row(rows, 88000)).toMatchObject({ area: 'Youyiguan Port' });
  });
  it('reads "while N tonnes of Chinese goods went the other way" after a crossing\'s inbound cargo', () => {
    const rows = releaseRows('HARBIN, Dec 1 -- The Heihe port handled 2.3 million tonnes of goods from January to November, mostly Russian timber, while 410,000 tonnes of Chinese goods went the other way.', '2026-12-01');
    expect(row(rows, 410000)).toMatchObject({ area: 'Heihe Port' });
  });
  it('reads "some 75,000 tons of Chinese machinery crossed" at a land port', () => {
    const rows = releaseRows('Erenhot Port cleared 9.4 million tons of imports in the first nine months of 2026. In the same period, some 75,000 tons of Chinese machinery and 12,000 tons of Chinese vegetables crossed into Mongolia.', '2026-10-15');
    expect(row(rows, 75000)).toMatchObject({ area: 'Erenhot Port' });
    expect(row(rows, 12000)).toMatchObject({ area: 'Erenhot Port' });
  });
  it('reads "about N tonnes of Chinese vegetables rolled south" in a clause after the port\'s total', () => {
    const rows = releaseRows('Mohan Port cleared 2.8 million tonnes in January-September 2026; about 96,000 tonnes of Chinese vegetables rolled south to Laos.', '2026-10-10');
    expect(row(rows, 96000)).toMatchObject({ area: 'Mohan Port' });
  });
  it('keeps "exports of Chinese goods to Russia" with no port named as the country\'s (near miss)', () => {
    const rows = releaseRows('BEIJING, Nov 10 -- China\'s trade with Russia reached 190 billion U.S. dollars in the first ten months of 2026. Exports of Chinese goods to Russia came to 88 billion dollars.', '2026-11-10');
    expect(row(rows, 88e9)).toMatchObject({ area: 'China' });
  });
  it('keeps "Exports of Kazakh goods to China by rail" with no weight before and no port after as the country\'s (near miss)', () => {
    const rows = releaseRows('Dostyk station handled 150,000 TEU in January-June 2026. Exports of Kazakh goods to China by rail came to 7.1 million tonnes, while imports stood at 1.4 million tonnes.', '2026-07-10');
    expect(row(rows, 7.1e6)).toMatchObject({ area: 'Kazakhstan' });
  });
});

describe('a part of the trains counted before, its way said by a direction word right after "of them"', () => {
  const whole = 'Huaihua ran 1,486 freight trains on its ASEAN service in January-September 2026, up 84.8 percent year on year.';
  it('reads "dispatched 912 of them southbound to ..."', () => {
    const rows = releaseRows(`${whole} The city dispatched 912 of them southbound to Vientiane and Hanoi.`, '2026-10-10');
    expect(row(rows, 912)).toMatchObject({ unit: 'trains', flow: 'export' });
  });
  it('reads "sent 640 of these westbound" with the far end after it', () => {
    const rows = releaseRows('Xi\'an ran 2,310 China-Europe trains in the first half of 2026. The hub sent 640 of these westbound to Duisburg and Lodz.', '2026-07-10');
    expect(row(rows, 640)).toMatchObject({ unit: 'trains', flow: 'export' });
  });
  it('reads "some 300 of those bound for" a capital', () => {
    const rows = releaseRows('Chengdu operated 1,020 trains to Central Asia in January-June 2026. It loaded some 300 of those bound for Tashkent with machinery.', '2026-07-10');
    expect(row(rows, 300)).toMatchObject({ unit: 'trains', flow: 'export' });
  });
  it('reads "handled 420 of those eastbound from Europe" as the inbound part', () => {
    const rows = releaseRows('Yiwu ran 1,100 freight trains in the first ten months of 2026. The terminal handled 420 of those eastbound from Europe.', '2026-11-10');
    expect(row(rows, 420)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('reads "received 310 of them inbound"', () => {
    const rows = releaseRows('Zhengzhou ran 2,050 trains on the Europe routes in January-August 2026. The station received 310 of them inbound from Hamburg.', '2026-09-10');
    expect(row(rows, 310)).toMatchObject({ unit: 'trains', flow: 'import' });
  });
  it('does not read "800 of them carried electronics" as a directed part (near miss)', () => {
    const rows = releaseRows(`${whole} Some 800 of them carried electronics and auto parts.`, '2026-10-10');
    expect(row(rows, 800)).toBeUndefined();
  });
  it('does not read "300 of them bound to a weekly timetable" as a part going somewhere (near miss)', () => {
    const rows = releaseRows(`${whole} The operator kept 300 of them bound to a fixed weekly timetable.`, '2026-10-10');
    expect(row(rows, 300)).toBeUndefined();
  });
});

describe('a multiple "as many as in" the year before\'s same span named by any word for it is a year-on-year change', () => {
  it('reads "2.6 times as many as in the same months of 2025"', () => {
    const rows = releaseRows('Huaihua dispatched 912 trains to Vientiane in January-September 2026, 2.6 times as many as in the same months of 2025.', '2026-10-10');
    expect(row(rows, 912)).toMatchObject({ yoy_pct: 160 });
  });
  it('reads "2.1 times the corresponding quarter of 2025"', () => {
    const rows = releaseRows('In the third quarter of 2026 the port handled 48,000 TEU, 2.1 times the corresponding quarter of 2025.', '2026-10-10');
    expect(row(rows, 48000)).toMatchObject({ yoy_pct: 110 });
  });
  it('reads "1.5 times the like period of last year"', () => {
    const rows = releaseRows('Exports of durians through the crossing reached 320,000 tonnes in January-June 2026, 1.5 times the like period of last year.', '2026-07-10');
    expect(row(rows, 320000)).toMatchObject({ yoy_pct: 50 });
  });
  it('reads "3 times as much as in the comparable months of 2025"', () => {
    const rows = releaseRows('Trade with Laos came to 4.2 billion yuan in January-May 2026, 3 times as much as in the comparable months of 2025.', '2026-06-10');
    expect(row(rows, 4.2e9)).toMatchObject({ yoy_pct: 200 });
  });
  it('reads "1.8 times that of the equivalent months of 2025" after a count of trains', () => {
    const rows = releaseRows('The hub ran 2,340 trains in January-October 2026, 1.8 times that of the equivalent months of 2025.', '2026-11-10');
    expect(row(rows, 2340)).toMatchObject({ yoy_pct: 80 });
  });
  it('does not read "2.6 times as many as in the same months of 2023" as a change on 2025 (near miss)', () => {
    const rows = releaseRows('Huaihua dispatched 912 trains to Vientiane in January-September 2026, 2.6 times as many as in the same months of 2023.', '2026-10-10');
    expect(row(rows, 912)?.yoy_pct ?? null).toBeNull();
  });
  it('does not read "twice the capacity of the line" as a change (near miss)', () => {
    const rows = releaseRows('The crossing handled 48,000 TEU in the third quarter of 2026, twice the design capacity of its yard.', '2026-10-10');
    expect(row(rows, 48000)?.yoy_pct ?? null).toBeNull();
  });
});

describe('trains that reached the figure\'s own place, named back by its kind, came in', () => {
  const whole = 'Huaihua ran 1,486 freight trains on its ASEAN service in January-September 2026.';
  it('reads "574 trains reached the city from the south"', () => {
    const rows = releaseRows(`${whole} Huaihua dispatched 912 of them, while 574 trains reached the city from the south.`, '2026-10-10');
    expect(row(rows, 574)).toMatchObject({ flow: 'import' });
  });
  it('reads "410 trains pulled into the terminal"', () => {
    const rows = releaseRows('Over the first half of 2026, 410 trains pulled into the terminal at Lodz from Chengdu, the operator said.', '2026-07-10');
    expect(row(rows, 410)).toMatchObject({ flow: 'import' });
  });
  it('reads "trains entering the hub numbered 1,120"', () => {
    const rows = releaseRows('Xi\'an ran 2,310 China-Europe trains in the first half of 2026; trains entering the hub from Europe numbered 1,120.', '2026-07-10');
    expect(row(rows, 1120)).toMatchObject({ flow: 'import' });
  });
  it('reads "some 96 rolled into the port" after the outbound count', () => {
    const rows = releaseRows('In January-March 2026 Qinzhou sent 230 sea-rail trains north, and some 96 trains rolled into the port from Chongqing.', '2026-04-10');
    expect(row(rows, 96)).toMatchObject({ flow: 'import' });
  });
  it('reads "had reached the yard" in the pluperfect', () => {
    const rows = releaseRows('In January-April 2026, 1,204 freight trains had reached the yard at Dostyk, the railway said on 10 May.', '2026-05-10');
    expect(row(rows, 1204)).toMatchObject({ flow: 'import' });
  });
  it('does not read "reached the 1,000 mark" as trains coming in (near miss)', () => {
    const rows = releaseRows('Huaihua dispatched 1,020 trains southbound in January-September 2026, when the count reached a record.', '2026-10-10');
    expect(row(rows, 1020)).toMatchObject({ flow: 'export' });
  });
  it('does not read goods that reached "the city\'s markets" as trains coming in (near miss)', () => {
    const rows = releaseRows('Huaihua dispatched 912 trains to Vientiane in January-September 2026, and Thai durians reached the city markets within four days.', '2026-10-10');
    expect(row(rows, 912)).toMatchObject({ flow: 'export' });
  });
});

describe('a route named as the kind of traffic a country subject saw or recorded is only the way; the country reports', () => {
  it('reads the headline "Türkiye sees Middle Corridor traffic surge" as Türkiye\'s', () => {
    const rows = releaseRows('Türkiye sees Middle Corridor traffic surge\n\nISTANBUL, Nov 12 -- Block trains numbered 186 in the first ten months of 2026, the trade ministry said.', '2026-11-12');
    expect(row(rows, 186)).toMatchObject({ area: 'Turkey' });
  });
  it('reads "Kazakhstan recorded higher Middle Corridor freight ..., at N tonnes"', () => {
    const rows = releaseRows('ASTANA, Jul 10 -- Kazakhstan recorded higher Middle Corridor freight in January-June 2026, at 2.3 million tonnes, up 21 percent.', '2026-07-10');
    expect(row(rows, 2.3e6)).toMatchObject({ area: 'Kazakhstan' });
  });
  it('reads "Azerbaijan expects stronger Trans-Caspian route flows" before a clause of its own figure', () => {
    const rows = releaseRows('BAKU, Oct 2 -- Azerbaijan expects stronger Trans-Caspian route flows next year; in January-September 2026 it handled 1.9 million tonnes of transit cargo.', '2026-10-02');
    expect(row(rows, 1.9e6)).toMatchObject({ area: 'Azerbaijan' });
  });
  it('reads "Laos posted brisk China-Laos Railway trade" with the figure after a colon', () => {
    const rows = releaseRows('VIENTIANE, Dec 1 -- Laos posted brisk China-Laos Railway trade this year: freight on the line reached 3.1 million tonnes in January-November 2026.', '2026-12-01');
    expect(row(rows, 3.1e6)).toMatchObject({ area: 'Laos' });
  });
  it('reads "Georgia noted strong Middle Corridor growth" in the past tense', () => {
    const rows = releaseRows('TBILISI, Aug 3 -- Georgia noted strong Middle Corridor growth: transit freight came to 2.8 million tonnes in January-July 2026.', '2026-08-03');
    expect(row(rows, 2.8e6)).toMatchObject({ area: 'Georgia' });
  });
  it('keeps the corridor as the area when it is the subject of its own traffic (near miss)', () => {
    const rows = releaseRows('Middle Corridor traffic surges\n\nASTANA, Nov 12 -- Freight on the Middle Corridor reached 4.5 million tonnes in the first ten months of 2026.', '2026-11-12');
    expect(row(rows, 4.5e6)).toMatchObject({ area: 'Trans-Caspian International Transport Route' });
  });
  it('keeps the corridor when the country before it is a partner, not the subject (near miss)', () => {
    const rows = releaseRows('ASTANA, Nov 12 -- Trade with Kazakhstan along the Middle Corridor: freight on the Middle Corridor reached 4.5 million tonnes in January-October 2026.', '2026-11-12');
    expect(row(rows, 4.5e6)).toMatchObject({ area: 'Trans-Caspian International Transport Route' });
  });
});

describe('a route named as the means of a haul whose two ends come before it is the way between them, not the area', () => {
  it('reads "Block trains between China and Turkey via the Middle Corridor numbered 186"', () => {
    const rows = releaseRows('ANKARA, Nov 12 -- Turkey\'s exports rose 3 percent to 218 billion dollars in January-October 2026. Block trains between China and Turkey via the Middle Corridor numbered 186 in the first ten months of 2026.', '2026-11-12');
    expect(row(rows, 186)).toMatchObject({ area: 'Turkey' });
  });
  it('reads "Container trains from China to Georgia along the Trans-Caspian route came to 312"', () => {
    const rows = releaseRows('TBILISI, Aug 3 -- Georgia\'s foreign trade rose 8 percent to 14.2 billion dollars in January-July 2026. Container trains from China to Georgia along the Trans-Caspian route came to 312 in the same months.', '2026-08-03');
    expect(row(rows, 312)).toMatchObject({ area: 'Georgia' });
  });
  it('reads "Shipments from Kazakhstan to Turkey by the Middle Corridor reached"', () => {
    const rows = releaseRows('ANKARA, Nov 12 -- Turkey\'s imports fell 4 percent to 300 billion dollars in January-October 2026. Shipments from Kazakhstan to Turkey by the Middle Corridor reached 1.1 million tonnes.', '2026-11-12');
    expect(row(rows, 1.1e6)).toMatchObject({ area: 'Turkey' });
  });
  it('reads "Trains between Xi\'an and Baku on the Trans-Caspian route numbered 96"', () => {
    const rows = releaseRows('BAKU, Oct 2 -- Azerbaijan\'s exports rose 4 percent to 19.1 billion dollars in January-September 2026. Trains between Xi\'an and Baku on the Trans-Caspian route numbered 96 in the period.', '2026-10-02');
    expect(row(rows, 96)?.area).not.toBe('Trans-Caspian International Transport Route');
  });
  it('reads "boxes hauled from China to Turkey over the Trans-Caspian route totalled" after an opening time', () => {
    const rows = releaseRows('ANKARA, Nov 12 -- Turkey\'s imports fell 4 percent to 300 billion dollars in January-October 2026. In the period, boxes hauled from China to Turkey over the Trans-Caspian route totalled 18,700 TEU.', '2026-11-12');
    expect(row(rows, 18700)).toMatchObject({ area: 'Turkey' });
  });
  it('keeps the corridor as the area when no ends of the haul come before it (near miss)', () => {
    const rows = releaseRows('ASTANA, Nov 12 -- Freight carried via the Middle Corridor reached 4.5 million tonnes in January-October 2026, the operator said.', '2026-11-12');
    expect(row(rows, 4.5e6)).toMatchObject({ area: 'Trans-Caspian International Transport Route' });
  });
  it('keeps the corridor when what comes before it between is no pair of places (near miss)', () => {
    const rows = releaseRows('ASTANA, Nov 12 -- Freight between the two seas via the Middle Corridor reached 4.5 million tonnes in January-October 2026.', '2026-11-12');
    expect(row(rows, 4.5e6)).toMatchObject({ area: 'Trans-Caspian International Transport Route' });
  });
});

describe('goods counted by weight that left or departed for a place went out', () => {
  it('reads "58,000 tonnes of Chinese fruit left for Vietnam" after a sentence on imports', () => {
    const rows = releaseRows('Trucks queue at Youyiguan Port. In the first ten months of 2026, fruit imports through the port came to 1.1 million tonnes. Going the other way, 61,000 tonnes of Chinese fruit left for Vietnam.', '2026-11-20');
    expect(row(rows, 61000)).toMatchObject({ flow: 'export' });
  });
  it('reads "tons of coal departed for" a country', () => {
    const rows = releaseRows('Vanino handled 21 million tons of cargo in January-September 2026, and 4.2 million tons of coal departed for South Korea, the port said.', '2026-10-10');
    expect(row(rows, 4.2e6)).toMatchObject({ flow: 'export' });
  });
  it('reads "TEUs of Kazakh grain left for China" with an adjective of origin', () => {
    const rows = releaseRows('Dostyk station handled 190,000 TEU in January-June 2026. Over the half year, 12,400 TEUs of Kazakh grain left for China.', '2026-07-10');
    expect(row(rows, 12400)).toMatchObject({ flow: 'export' });
  });
  it('reads "some 96,000 tonnes left for Laos" with no goods named', () => {
    const rows = releaseRows('Mohan Port cleared 2.8 million tonnes of imports in January-September 2026, while some 96,000 tonnes left for Laos.', '2026-10-10');
    expect(row(rows, 96000)).toMatchObject({ flow: 'export' });
  });
  it('reads "tonnes of fertiliser departed for" after an import clause', () => {
    const rows = releaseRows('Zabaikalsk received 5.1 million tonnes of goods from China in January-August 2026; 310,000 tonnes of Russian fertiliser departed for Manzhouli in return.', '2026-09-10');
    expect(row(rows, 310000)).toMatchObject({ flow: 'export' });
  });
  it('does not read "tonnes of fruit arrived from" as going out (near miss)', () => {
    const rows = releaseRows('Youyiguan Port handled fruit trade in January-October 2026: 61,000 tonnes of Thai fruit arrived from Vietnam.', '2026-11-20');
    expect(row(rows, 61000)?.flow).not.toBe('export');
  });
  it('does not read trucks that "left for" a place, with no weight before the verb, by this rule (near miss)', () => {
    const rows = releaseRows('Fruit imports through Youyiguan Port came to 1.1 million tonnes in January-October 2026, and empty trucks left for Vietnam daily.', '2026-11-20');
    expect(row(rows, 1.1e6)).toMatchObject({ flow: 'import' });
  });
});
