/**
 * Fixing round a218 on b298 (press conferences, speeches, written answers; leftovers of round a217): spoken and answered
 * language read in other wordings than the batch's. Texts are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { levelTuple, releaseRows } from '../support/press-release-rows.js';

const tuples = (text: string, published: string) => releaseRows(text, published).map(levelTuple);

describe('a hedged round figure restated exactly ("nearly 400 billion pounds - 392 billion, to be precise") is one row, the exact one', () => {
  it('reads a bare exact figure after a round one in plain pounds, in a British speech', () => {
    expect(tuples('LONDON, 18 March 2026 - Last year British firms sold nearly 400 billion pounds of goods overseas - 392 billion, to be precise.', '2026-03-18')).toEqual([['2025-01', '2025-12', 392e9, 'GBP', null]]);
  });
  it('reads "close to 1.9 trillion pounds ... - 1.87 trillion pounds, to be precise" in an Egyptian briefing', () => {
    expect(tuples("CAIRO, March 18 - Egypt's non-oil exports earned close to 1.9 trillion pounds last year - 1.87 trillion pounds, to be precise.", '2026-03-18')).toEqual([['2025-01', '2025-12', 1.87e12, 'EGP', null]]);
  });
  it('reads "about 400 billion dollars, or 392 billion to be exact"', () => {
    expect(tuples('WASHINGTON, March 18 - Last year exports came to about 400 billion dollars, or 392 billion to be exact.', '2026-03-18')).toEqual([['2025-01', '2025-12', 392e9, 'USD', null]]);
  });
  it('reads "roughly C$51 billion - C$50.6 billion, precisely - up 3 percent", the growth going to the exact one', () => {
    expect(tuples('OTTAWA, March 18 - In February imports were roughly C$51 billion - C$50.6 billion, precisely - up 3 percent.', '2026-03-18')).toEqual([['2026-02', '2026-02', 50.6e9, 'CAD', 3]]);
  });
  it('reads "almost 3 trillion yuan, 2.96 trillion to be exact, up 5 percent"', () => {
    expect(tuples('BEIJING, March 18 - In February exports reached almost 3 trillion yuan, 2.96 trillion to be exact, up 5 percent.', '2026-03-18')).toEqual([['2026-02', '2026-02', 2.96e12, 'CNY', 5]]);
  });
  it('reads "topped 12 million tonnes: 12.4 million tonnes, to be exact"', () => {
    expect(tuples('CANBERRA, March 18 - In February coal exports topped 12 million tonnes: 12.4 million tonnes, to be exact.', '2026-03-18')).toEqual([['2026-02', '2026-02', 12.4e6, 'tonnes', null]]);
  });
  it('keeps a hedged figure its exact one does not round (near miss: "more than 400 billion" and 392 billion)', () => {
    expect(tuples('WASHINGTON, March 18 - Last year exports came to more than 400 billion dollars; in 2024 they were 392 billion dollars.', '2026-03-18')).toContainEqual(['2025-01', '2025-12', 400e9, 'USD', null]);
  });
  it('keeps a round figure of another flow (near miss: "about 400 billion" exports, 392 billion imports)', () => {
    expect(tuples('WASHINGTON, March 18 - Last year exports came to about 400 billion dollars and imports to 392 billion dollars.', '2026-03-18')).toContainEqual(['2025-01', '2025-12', 400e9, 'USD', null]);
  });
});

describe('traders placed "in" a country before a verb of selling or buying ("Our friends in Germany exported") are that country\'s', () => {
  const placed = (text: string, published = '2026-03-18') => releaseRows(text, published).map((r) => [r.area, r.flow, r.value]);
  it('reads "Our friends in Germany exported goods worth 1.56 trillion euros" in a British speech', () => {
    expect(placed('LONDON, 18 March 2026 - British firms sold 392 billion pounds of goods overseas last year. Our friends in Germany exported goods worth 1.56 trillion euros last year.')).toContainEqual(['Germany', 'export', 1.56e12]);
  });
  it('reads "Our neighbours in France, by contrast, shipped" with an aside', () => {
    expect(placed('LONDON, 18 March 2026 - British firms sold 392 billion pounds of goods overseas last year. Our neighbours in France, by contrast, shipped goods worth 600 billion euros abroad.')).toContainEqual(['France', 'export', 600e9]);
  });
  it('reads "our competitors over in Australia earned" in a New Zealand speech', () => {
    expect(placed('WELLINGTON, 12 November 2026 - Our goods exports reached NZ$74.1 billion in the year to September. Our competitors over in Australia earned A$190 billion from goods sold abroad last year.', '2026-11-12')).toContainEqual(['Australia', 'export', 190e9]);
  });
  it('reads "firms based in Ireland have sold" in a British answer', () => {
    expect(placed('LONDON, 10 June 2026 - UK goods exports were 392 billion pounds last year. Firms based in Ireland have sold goods worth 283.9 billion euros abroad in the same year.', '2026-06-10')).toContainEqual(['Ireland', 'export', 283.9e9]);
  });
  it('reads "Importers in India bought" as India\'s imports', () => {
    expect(placed('JAKARTA, March 18 - Indonesia exported 29 million tonnes of palm oil last year. Importers in India bought 16 million tonnes of edible oil in the same year.')).toContainEqual(['India', 'import', 16e6]);
  });
  it('reads "Exporters in Vietnam shipped" in a Thai briefing', () => {
    expect(placed('BANGKOK, March 18 - Thailand exported 9.9 million tonnes of rice last year. Exporters in Vietnam shipped 7.9 million tonnes of rice in 2025.')).toContainEqual(['Vietnam', 'export', 7.9e6]);
  });
  it('leaves demand placed in a country as scenery (near miss: "Demand in China lifted")', () => {
    expect(placed('ULAANBAATAR, March 18 - Mongolia exported 83 million tonnes of coal last year. Demand in China lifted coal exports to 19.8 million tonnes in the first quarter.')).toContainEqual(['Mongolia', 'export', 19.8e6]);
  });
  it('leaves the place a speaker stands in as scenery (near miss: "our embassy in Germany reported")', () => {
    expect(placed('LONDON, 18 March 2026 - Our embassy in Germany reported that British firms exported goods worth 72 billion pounds to Germany last year.')).toContainEqual(['United Kingdom', 'export', 72e9]);
  });
});

describe('"their", "its" or a country\'s "last financial year" is that country\'s fiscal year, not the reporter\'s', () => {
  it('reads "Australia\'s goods exports ... in their last financial year" in a New Zealand speech', () => {
    expect(tuples("WELLINGTON, 12 November 2026 - New Zealand's goods exports reached $74.1 billion in the year to September. Australia's goods exports to China were more than A$190 billion in their last financial year.", '2026-11-12')).toContainEqual(['2025-07', '2026-06', 190e9, 'AUD', null]);
  });
  it('reads "India\'s exports ... in its last fiscal year" in a British release', () => {
    expect(tuples("LONDON, 12 November 2026 - India's exports of goods reached $437 billion in its last fiscal year, the minister said.", '2026-11-12')).toContainEqual(['2025-04', '2026-03', 437e9, 'USD', null]);
  });
  it('reads "In Australia\'s last financial year" opening the sentence', () => {
    expect(tuples("WELLINGTON, 12 November 2026 - In Australia's last financial year, iron ore exports earned A$116 billion.", '2026-11-12')).toContainEqual(['2025-07', '2026-06', 116e9, 'AUD', null]);
  });
  it('reads "Japan\'s exports ... in the country\'s previous fiscal year" in a Chinese release', () => {
    expect(tuples("BEIJING, Nov 12 - Japan's exports to China came to 19 trillion yen in the country's previous fiscal year.", '2026-11-12')).toContainEqual(['2025-04', '2026-03', 19e12, 'JPY', null]);
  });
  it('reads "Pakistan\'s textile exports ... in their previous fiscal year" in a Chinese release', () => {
    expect(tuples("BEIJING, Nov 12 - Pakistan's textile exports were $17.9 billion in their previous fiscal year, its ministry said.", '2026-11-12')).toContainEqual(['2025-07', '2026-06', 17.9e9, 'USD', null]);
  });
  it('keeps the reporter\'s own fiscal year with no possessive (near miss: "in the last financial year" in Australia\'s release)', () => {
    expect(tuples('CANBERRA, 12 November 2026 - Australian goods exports to China were A$190 billion in the last financial year.', '2026-11-12')).toContainEqual(['2025-07', '2026-06', 190e9, 'AUD', null]);
  });
  it('reads no fiscal year into a calendar one (near miss: "their last calendar year")', () => {
    expect(tuples("WELLINGTON, 12 November 2026 - Australia's goods exports to China were A$190 billion in their last calendar year.", '2026-11-12')).not.toContainEqual(['2025-07', '2026-06', 190e9, 'AUD', null]);
  });
});

describe('a statement a questioner puts to the speaker to confirm ("... fell by about 20 percent. Is that correct?") is no row; the answer\'s figure is', () => {
  const changes = (text: string, published = '2026-11-12') => releaseRows(text, published).map((r) => [r.value, r.yoy_pct]);
  it('reads "Your figures suggest ... fell 12 percent in October. Is that correct?"', () => {
    const rows = changes('BEIJING, Nov 12 -- Transcript of the customs briefing.\n\nQ (Reuters): Your figures suggest exports to Japan fell 12 percent in October. Is that correct?\n\nSpokesperson: No. Exports to Japan fell 8.4 percent in October.');
    expect(rows).toEqual([[null, -8.4]]);
  });
  it('reads "We understand ... topped 10 million tonnes in May. Can you confirm that?"', () => {
    const rows = changes('BRASILIA, June 10 -- Excerpts from the press conference.\n\nJournalist: We understand soybean exports topped 10 million tonnes in May. Can you confirm that?\n\nSecretary: They were 9.6 million tonnes in May.', '2026-06-10');
    expect(rows).toEqual([[9.6e6, null]]);
  });
  it('reads "Some media say the surplus reached ... Is that true?"', () => {
    const rows = changes('ANKARA, July 3 -- Selected questions and answers.\n\nReporter (Daily News): Some media say exports reached 130 billion dollars in the first half. Is that true?\n\nMinister: Exports were 127.4 billion dollars in the first half.', '2026-07-03');
    expect(rows).toEqual([[127.4e9, null]]);
  });
  it('reads a tag question after a comma ("..., is that right, Minister?")', () => {
    const rows = changes('LONDON, 12 November 2026 - Oral answers.\n\nMr Hale: Car exports to the EU rose by a third last year, is that right, Minister?\n\nThe Minister: Car exports to the EU rose 31.4 per cent in 2025.');
    expect(rows).toEqual([[null, 31.4]]);
  });
  it('reads "So ... came to 25 million tonnes in the quarter. Am I right?"', () => {
    const rows = changes('JAKARTA, April 8 -- From the briefing.\n\nQ: So coal exports came to 25 million tonnes in the first quarter. Am I right?\n\nA: Coal exports were 23.8 million tonnes in the first quarter.', '2026-04-08');
    expect(rows).toEqual([[23.8e6, null]]);
  });
  it('keeps a statement followed by a question that asks something else (near miss: "Is that enough to meet the target?")', () => {
    expect(changes('BEIJING, Nov 12 -- Q (Xinhua): Exports rose 5.2 percent in October. Is that enough to meet the annual target?\n\nA: We are confident.')).toContainEqual([null, 5.2]);
  });
  it('keeps a statement followed by a question word (near miss: "Why?")', () => {
    expect(changes('BEIJING, Nov 12 -- Q (CGTN): Imports fell 3.1 percent in October. Why?\n\nA: Commodity prices were lower.')).toContainEqual([null, -3.1]);
  });
});

describe('an amount hung on a forecast one by "with" or "and" ("projection of a surplus of around US$70 billion for 2026, with exports of US$345 billion") is forecast too', () => {
  const values = (text: string, published = '2026-08-06') => releaseRows(text, published).map((r) => r.value);
  it('sets aside "..., with exports of US$345 billion" after a projection', () => {
    expect(values('BRASILIA, Aug 6 - The surplus was 7.3 billion dollars in July. We maintain our projection of a surplus of around US$70 billion for 2026, with exports of US$345 billion.')).toEqual([7.3e9]);
  });
  it('sets aside "..., with imports of 95 billion dollars" after a verb of forecasting', () => {
    expect(values('MEXICO CITY, Aug 6 - Imports were 52 billion dollars in July. The ministry forecasts a deficit of 12 billion dollars next year, with imports of 95 billion dollars.')).toEqual([52e9]);
  });
  it('sets aside "with exports at 410 billion pounds" after an outlook that sees', () => {
    expect(values('LONDON, 6 August 2026 - Exports were 33 billion pounds in June. Our outlook sees the surplus at 8 billion pounds for 2027, with exports at 410 billion pounds.')).toEqual([33e9]);
  });
  it('sets aside "with exports reaching 120 billion dollars" after a projection of a deficit', () => {
    expect(values('MANILA, Aug 6 - Exports were 7.1 billion dollars in June. The central bank projects a trade deficit of about 20 billion dollars in 2027, with exports reaching 120 billion dollars.')).toEqual([7.1e9]);
  });
  it('sets aside "and exports of 700 billion dollars" after an expected surplus', () => {
    expect(values('SEOUL, Aug 6 - Exports were 57 billion dollars in July. The ministry expects a surplus of 50 billion dollars this year, and exports of 700 billion dollars.')).toEqual([57e9]);
  });
  it('keeps "with exports of" after a result (near miss: "The surplus was 7.3 billion dollars in July, with exports of 32.4 billion dollars")', () => {
    expect(values('BRASILIA, Aug 6 - The surplus was 7.3 billion dollars in July, with exports of 32.4 billion dollars.')).toEqual([7.3e9, 32.4e9]);
  });
  it('keeps a result before a later forecast clause (near miss)', () => {
    expect(values('BRASILIA, Aug 6 - The surplus came to 98.9 billion dollars last year, with exports of 340 billion dollars; for 2026 the ministry projects a surplus of 70 billion dollars.')).toEqual([98.9e9, 340e9]);
  });
});

describe('a central bank\'s own gold purchases and the reserves a governor speaks of ("Gold purchases by the central bank were 3.2 tonnes", "Reserves are 4.6 billion dollars") are no trade', () => {
  const values = (text: string, published = '2026-04-03') => releaseRows(text, published).map((r) => r.value);
  it('sets aside "Gold purchases by the central bank were 3.2 tonnes"', () => {
    expect(values('ULAANBAATAR, April 3 -- Governor: Copper concentrate exports were some 400,000 tonnes in the first quarter. Gold purchases by the central bank were 3.2 tonnes, which supports reserves.')).toEqual([400000]);
  });
  it('sets aside "The central bank bought 12 tonnes of gold from local miners"', () => {
    expect(values('ACCRA, April 3 - Gold exports were 30 tonnes in the first quarter. The central bank bought 12 tonnes of gold from local miners in the quarter.')).toEqual([30]);
  });
  it('sets aside "Gold acquired by the National Bank reached 20 tonnes"', () => {
    expect(values('TASHKENT, April 3 - Exports were 6.1 billion dollars in the first quarter. Gold acquired by the National Bank reached 20 tonnes in the first quarter.')).toEqual([6.1e9]);
  });
  it('sets aside "the Reserve Bank has sold 2 tonnes of gold"', () => {
    expect(values('PRETORIA, April 3 - Exports were 160 billion rand in the first quarter. Separately, the Reserve Bank has sold 2 tonnes of gold in the quarter.')).toEqual([160e9]);
  });
  it('sets aside "Our reserves are 4.6 billion dollars" said by a governor', () => {
    expect(values('LUSAKA, April 3 - Copper exports were 200,000 tonnes in the first quarter. Our reserves are 4.6 billion dollars, enough for four months of imports.')).toEqual([200000]);
  });
  it('sets aside "Reserves are 4.6 billion dollars" opening the answer', () => {
    expect(values('ULAANBAATAR, April 3 -- Exports were 3.41 billion US dollars in the first quarter.\n\nGovernor: Reserves are 4.6 billion dollars, enough for more than three months of imports.')).toEqual([3.41e9]);
  });
  it('keeps gold a country exports (near miss: "Gold exports were 30 tonnes")', () => {
    expect(values('ACCRA, April 3 - Gold exports were 30 tonnes in the first quarter.')).toEqual([30]);
  });
  it('keeps gold commercial banks imported (near miss: "Banks imported 40 tonnes of gold")', () => {
    expect(values('NEW DELHI, April 3 - Banks imported 40 tonnes of gold in the first quarter, the trade ministry said.')).toEqual([40]);
  });
});

describe('what another country buys "of our" goods is the speaker\'s export ("Our largest market, Germany, bought 1.93 billion dollars of our goods")', () => {
  const ways = (text: string, value: number) => releaseRows(text, '2026-12-02').filter((r) => r.value === value).map((r) => [r.area, r.flow]);
  it('reads "Our largest market, Germany, bought ... of our goods" in a Turkish briefing', () => {
    expect(ways('ANKARA, 2 December 2026 - Exports were 24.6 billion dollars in November. Our largest market, Germany, bought 1.93 billion dollars of our goods in November.', 1.93e9)).toEqual([['Turkey', 'export']]);
  });
  it('reads "China imported 2 million tonnes of our wheat"', () => {
    expect(ways('CANBERRA, Dec 2 - Exports were 40 billion dollars in November. China imported 2 million tonnes of our wheat in November.', 2e6)).toEqual([['Australia', 'export']]);
  });
  it('reads "Egypt purchased 900 million dollars\' worth of our grain"', () => {
    expect(ways('KYIV, Dec 2 - Exports were 3 billion dollars in November. Egypt purchased 900 million dollars\' worth of our grain in November.', 900e6)).toEqual([['Ukraine', 'export']]);
  });
  it('reads "Brazil bought 120 million dollars of our beef"', () => {
    expect(ways('MONTEVIDEO, Dec 2 - In November, exports were 1.1 billion dollars. Brazil bought 120 million dollars of our beef.', 120e6)).toEqual([['Uruguay', 'export']]);
  });
  it('reads "Buyers in China took in 40,000 tonnes of our lamb"', () => {
    expect(ways('WELLINGTON, Dec 2 - Exports were 6 billion dollars in November. Buyers in China took in 40,000 tonnes of our lamb in November.', 40000)).toEqual([['New Zealand', 'export']]);
  });
  it('keeps what "we" bought as imports (near miss: "We bought 1.2 billion dollars of gas from Russia")', () => {
    expect(ways('ANKARA, Dec 2 - Imports were 29.8 billion dollars in November. We bought 1.2 billion dollars of gas from Russia in November.', 1.2e9)).toEqual([['Turkey', 'import']]);
  });
  it('keeps "the import and export value of our city" as the city\'s total (near miss)', () => {
    expect(ways('NINGBO, Oct 20 - In the first three quarters, the total import and export value of our city reached 1.07 trillion yuan.', 1.07e12).map(([, flow]) => flow)).toEqual(['total']);
  });
});
