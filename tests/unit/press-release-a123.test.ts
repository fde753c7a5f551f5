/**
 * Fixing round for the train-hub releases (a123): a city's freight-train hub that speaks for, dispatches or receives trains is
 * the city; trains counted after such a hub, in a release on something else, are the city's; a prefecture's customs office
 * reporting on a county-level city speaks for that city. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ObservationDraft } from '../../functions/core/contract.js';
import { releaseRows } from '../support/press-release-rows.js';

const rowsOf = (text: string): ObservationDraft[] => releaseRows(text, '2026-12-06');
const areaOf = (text: string, value: number): string | undefined => rowsOf(text).find((r) => r.value === value)?.area;

describe("a city's railway or land port that speaks for, dispatches or receives trains is the city", () => {
  it("reads \"X Railway Port dispatched N trains\" as the city", () => {
    expect(areaOf("ZHENGZHOU, Dec. 5 -- Zhengzhou Railway Port dispatched 1,204 freight trains to Europe in the first ten months, up 8 percent year on year.", 1204)).toBe("Zhengzhou");
  });
  it("reads \"the X Land Port received N inbound trains\" as the city", () => {
    expect(areaOf("CHANGSHA, Dec. 5 -- The Changsha Land Port received 386 inbound trains from Central Asia between January and November.", 386)).toBe("Changsha");
  });
  it("reads a closing \"..., the X Railway Port announced\" as the city", () => {
    expect(areaOf("Westbound trains carried 41,200 TEUs of laptops and auto parts in the first ten months of this year, the Wuhan Railway Port announced on Friday.", 41200)).toBe("Wuhan");
  });
  it("reads \"X Railway Port reported that N trains had left\" as the city", () => {
    expect(areaOf("HEFEI, Dec. 5 -- Hefei Railway Port reported that 702 trains had left for Europe between January and September, 15 percent more than a year before.", 702)).toBe("Hefei");
  });
  it("reads \"The operator of the X Land Port told reporters\" as the city", () => {
    expect(areaOf("LANZHOU, Dec. 5 -- The operator of the Lanzhou Land Port told reporters that 958 trains had left for Central Asia by the end of November.", 958)).toBe("Lanzhou");
  });
  it("keeps a border town's railway port the port (guard)", () => {
    expect(areaOf("HORGOS, Dec. 5 -- The Horgos Railway Port said 3,400 trains crossed the border in the first ten months, up 6 percent.", 3400)).toBe("Horgos Port");
  });
  it("keeps goods a city's railway port handled the port's (guard)", () => {
    expect(areaOf("ZHENGZHOU, Dec. 5 -- The Zhengzhou Railway Port handled goods worth 8.1 billion yuan in the first ten months, up 11 percent.", 8.1e9)).toBe("Zhengzhou Railway Port");
  });
});

describe("trains counted after a city's inland hub, in a release on something else, are the city's", () => {
  it("reads \"The Chang'an trains made N trips\" after the hub cleared goods", () => {
    expect(areaOf("XI'AN, Dec. 5 -- Shaanxi's foreign trade rose 4.2 percent to 380.1 billion yuan in the first ten months, Xi'an Customs said.\n\nThe Xi'an Railway Port, where the city's Europe-bound trains are assembled, cleared goods worth 15.6 billion yuan. The Chang'an trains made 3,912 trips in the period, up 9 percent.", 3912)).toBe("Xi'an");
  });
  it("reads \"Trains on the Europe route ran N times\" after \"At the X Railway Port\"", () => {
    expect(areaOf("WUHAN, Dec. 5 -- Hubei's imports and exports reached 612.3 billion yuan in the first 11 months, up 6.1 percent.\n\nAt the Wuhan Railway Port, declared trade came to 9.4 billion yuan. Trains on the Europe route ran 1,108 times over the same months.", 1108)).toBe("Wuhan");
  });
  it("reads \"Some N trains set off from there\" after an international railway port", () => {
    expect(areaOf("CHENGDU, Dec. 5 -- Sichuan posted foreign trade of 901.2 billion yuan in January-November, up 3.3 percent.\n\nChengdu International Railway Port cleared 22.7 billion yuan of goods. Some 4,812 trains set off from there in the period.", 4812)).toBe("Chengdu");
  });
  it("reads \"Its trains completed N trips\" after a land port", () => {
    expect(areaOf("HEFEI, Dec. 5 -- Anhui's exports grew 8.8 percent to 512.4 billion yuan in the first ten months.\n\nThe Hefei Land Port took in declarations worth 3.3 billion yuan. Its trains completed 655 trips, carrying 60,100 TEUs.", 655)).toBe("Hefei");
  });
  it("reads \"The westbound trains numbered N\" after an international land port", () => {
    expect(areaOf("LANZHOU, Dec. 5 -- Gansu's trade climbed 12.1 percent to 60.2 billion yuan in the first ten months.\n\nLanzhou International Land Port handled 4.4 billion yuan of that trade. The westbound trains numbered 402 in the period.", 402)).toBe("Lanzhou");
  });
  it("keeps the trains of a release on the hub itself the hub's (guard)", () => {
    expect(areaOf("XI'AN, Dec. 5 -- The Xi'an Railway Port, the city's inland hub, had a busy autumn.\n\nThe Xi'an Railway Port cleared goods worth 15.6 billion yuan in the first ten months. The trains made 3,912 trips in the period, up 9 percent.", 3912)).toBe("Xi'an Railway Port");
  });
  it("keeps a figure that counts no trains the hub's (guard)", () => {
    expect(areaOf("XI'AN, Dec. 5 -- Shaanxi's foreign trade rose 4.2 percent to 380.1 billion yuan in the first ten months.\n\nThe Xi'an Railway Port cleared goods worth 15.6 billion yuan. Exports made up 7.2 billion yuan of that, while the rest were imports.", 7.2e9)).toBe("Xi'an Railway Port");
  });
});

describe("a prefecture's customs office reporting on a county-level city speaks for that city", () => {
  it("reads \"Figures from Jinhua Customs show the city's exports\" in a release on Yiwu", () => {
    expect(areaOf("Yiwu trade grows in 2025\n\nYiwu, the market town of Zhejiang, kept growing last year. Figures from Jinhua Customs show the city's exports rose 9.4 percent to 648.2 billion yuan in 2025.", 648.2e9)).toBe("Yiwu");
  });
  it("reads \"According to Suzhou Customs, the city's\" after Kunshan", () => {
    expect(areaOf("Kunshan, the electronics base of Jiangsu, saw strong trade in the first ten months. According to Suzhou Customs, the city's imports and exports came to 812.5 billion yuan, up 5.5 percent.", 812.5e9)).toBe("Kunshan");
  });
  it("reads \"Suzhou Customs said on Monday that the city's\" in a release on Zhangjiagang", () => {
    expect(areaOf("Zhangjiagang port city trade up\n\nZhangjiagang handled more trade this year. Suzhou Customs said on Monday that the city's exports grew 7.2 percent to 140.3 billion yuan in January-October.", 140.3e9)).toBe("Zhangjiagang");
  });
  it("reads \"Ningbo Customs data ... put the city's exports\" in a release on Cixi", () => {
    expect(areaOf("Cixi exports of home appliances rise\n\nIn Cixi, appliance makers had a good year. Ningbo Customs data released on Tuesday put the city's exports at 121.6 billion yuan for the first 11 months, up 10.4 percent.", 121.6e9)).toBe("Cixi");
  });
  it("reads \"Wuxi Customs reported that the city's total trade\" after Jiangyin", () => {
    expect(areaOf("Jiangyin, an industrial city on the Yangtze, reported strong numbers. Wuxi Customs reported that the city's total trade reached 98.7 billion yuan in the first three quarters, a rise of 6.6 percent.", 98.7e9)).toBe("Jiangyin");
  });
  it("keeps \"the city\" of a customs office that administers no city of the release (guard)", () => {
    expect(areaOf("Hangzhou trade update\n\nHangzhou firms shipped more abroad this year. Ningbo Customs said the city's exports rose 5.1 percent to 410.2 billion yuan in the first ten months.", 410.2e9)).toBe("Ningbo");
  });
  it("keeps the prefecture in a release on the prefecture itself (guard)", () => {
    expect(areaOf("Jinhua trade update\n\nJinhua, a prefecture of Zhejiang, kept growing. Figures from Jinhua Customs show the city's exports rose 9.1 percent to 702.4 billion yuan in 2025.", 702.4e9)).toBe("Jinhua");
  });
});

const flowOf = (text: string, value: number): string | undefined => rowsOf(text).find((r) => r.value === value)?.flow;

describe("trains named by a foreign place they run to or come from went out or came in", () => {
  it("reads \"Trains to Central Asia numbered N\" as export", () => {
    expect(flowOf("XI'AN, Dec. 5 -- The hub ran 4,210 trains in the first ten months. Trains to Central Asia numbered 1,320, up 11 percent.", 1320)).toBe("export");
  });
  it("reads \"Services heading for Europe made N trips\" as export", () => {
    expect(flowOf("CHENGDU, Dec. 5 -- Services heading for Europe made 912 trips in the first half of the year, the operator said.", 912)).toBe("export");
  });
  it("reads \"In the first N months, services from Poland made N trips\" as import", () => {
    expect(flowOf("ZHENGZHOU, Dec. 5 -- In the first 11 months, services from Poland made 310 trips, up 4 percent.", 310)).toBe("import");
  });
  it("reads \"Trains travelling to Russia made N trips\" as export", () => {
    expect(flowOf("WUHAN, Dec. 5 -- Trains travelling to Russia made 604 trips between January and October, up 7 percent.", 604)).toBe("export");
  });
  it("reads \"Services coming from Kazakhstan made N trips\" as import", () => {
    expect(flowOf("HEFEI, Dec. 5 -- Services coming from Kazakhstan made 287 trips in the first ten months, twice last year's figure.", 287)).toBe("import");
  });
  it("keeps trains from the home city two-way traffic (guard)", () => {
    expect(flowOf("CHONGQING, Dec. 5 -- Trains from Chongqing made 1,920 trips in the first nine months, 8 percent more than a year earlier.", 1920)).toBe("total");
  });
  it("keeps \"Trains on the route to Europe\" two-way traffic (guard)", () => {
    expect(flowOf("XI'AN, Dec. 5 -- Trains on the route to Europe numbered 1,320 in the first ten months, counting both directions.", 1320)).toBe("total");
  });
});
