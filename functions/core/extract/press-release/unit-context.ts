/**
 * Units decided by the words around a count: "trips" of freight trains are trains, and "units" in a
 * story about cars are vehicles. An explicit unit noun next to the number is read by units.ts; these
 * rules only settle the generic nouns ("trips", "units") from the sentence or the release so far.
 */

/** One rule: a generic count unit becomes `unit` when `when` holds. */
interface UnitContextRule {
  name: string;
  from: string;
  unit: string;
  /** Words that make the generic noun mean `unit`. */
  cue: RegExp;
  /** Words that keep it generic (people travel in trips too). */
  unless: RegExp;
  examples: readonly string[];
}

export const UNIT_CONTEXT_RULES: readonly UnitContextRule[] = [
  {
    name: 'train trips are trains',
    from: 'trips',
    unit: 'trains',
    cue: /\b(?:trains?|train\s+services|rail\s+services|Railway\s+Express)\b/i,
    // Trips both ways through a port ("inbound and outbound trips", "entry and exit trips") are people's crossings, and
    // so are crossings counted bare ("recorded 187,000 crossings by cargo vehicles"): trains crossing are named ("of trains").
    // (a250: "410,000 entries and exits of vehicles" in a release on trains are crossings too.)
    // Trucks named after the last train word make the trips ("Sea-rail trains 3,870 trips; road trucking 5,210 trips").
    unless: /\b(?:passengers?|person|people|visitors?|travell?ers|tourists?|(?:inbound\s+and\s+outbound|entry\s+and\s+exit|exit\s+and\s+entry)\s+trips|entries\s+and\s+exits|exits\s+and\s+entries|crossings(?=\s*$)|vehicle|(?:trucks?|trucking|lorry|lorries)(?![^]*\btrains?\b))\b/i,
    examples: ['handled 1,650 trips of China-Europe freight trains', 'the Chang\'an China-Europe Railway Express ran 3,420 trips', 'freight trains made 2,310 trips', 'the number of freight train trips rose 9 percent to 1,402'],
  },
  {
    name: 'columns of trains are trains',
    from: 'columns',
    unit: 'trains',
    cue: /\btrains?\b/i,
    unless: /(?!)/,
    examples: ['the China-Europe freight trains through the port reached 3,026 columns', 'of the trains, 1,612 columns were outbound'],
  },
  {
    name: 'units of cars are vehicles',
    from: 'units',
    unit: 'vehicles',
    // Not a car word that names what a part is for: "passenger car tyres made up 38.6 million units", "truck and bus radials".
    cue: /\b(?:vehicles?|cars?|NEVs?|EVs?|automobiles?|trucks?|autos?|buses|motorcycles?|motorbikes?|tricycles?)\b(?!\s+(?:and\s+(?:bus|light[- ]truck)\s+)?(?:tyres?|tires?|radials?|parts?|components?|batter(?:y|ies)|engines?|seats?|glass|wheels?|chassis)\b)/i,
    // Other goods counted one by one, named after the last car word ("Imports of integrated circuits fell to 479.5 billion
    // units" after a paragraph on cars), are counted in their own units.
    unless: /\b(?:integrated\s+circuits?|(?:micro)?chips|semiconductors|(?:mobile\s+)?phones|handsets|smartphones|laptops|computers|air\s+conditioners|refrigerators|washing\s+machines|television\s+sets|TV\s+sets)\b(?![^]*\b(?:vehicles?|cars?|NEVs?|EVs?|automobiles?|trucks?|autos?|buses|motorcycles?|motorbikes?)\b)/i,
    examples: ['auto exports reached 71,000 units', 'exports of motorcycles rose to 186,000 units', 'passenger cars reached 402,000 units, commercial vehicles 96,000 units', 'outbound shipments of EVs reached 1.2 million units'],
  },
  {
    name: 'containers counted in TEU',
    from: 'containers',
    unit: 'TEU',
    // The sentence counts its boxes in twenty-foot units ("In TEU terms the trains carried 8,100 containers"); a release that
    // wrote "containers (TEUs)" once counts every later box so (index.ts `containersInTeu`, passed as the release's unit).
    cue: /\bin\s+TEU\s+terms\b|\bcontainers\s*\(\s*TEUs?\s*\)/i,
    unless: /(?!)/,
    examples: ['In TEU terms that comes to 8,100 containers', 'the yard cleared 2,150 containers (TEUs) of goods'],
  },
];

/**
 * The unit a generic count noun stands for: `context` is the text of the figure's sentence up to the
 * number plus its unit phrase; `releaseUnit` is the unit the release last counted (carried forward:
 * "the export reached 623,000 units" after a sentence about autos).
 */
export function unitInContext(unit: string, context: string, releaseUnit: string): string {
  for (const rule of UNIT_CONTEXT_RULES) {
    if (rule.from !== unit) continue;
    if (rule.cue.test(context) && !rule.unless.test(context)) return rule.unit;
    if (releaseUnit === rule.unit && !rule.unless.test(context)) return rule.unit;
  }
  return unit;
}

// "China-Europe freight trains", "international freight trains", "China-Vietnam freight train".
const TRAIN_NAME = /\b((?:[A-Z][\w]*(?:-[A-Z][\w]*)*\s+|international\s+|cross-border\s+)?freight\s+trains?)\b/;

/**
 * The goods of a train count read from "trips" ("8,214 China-Europe freight train trips", "1,702
 * trips were made"): the trains the sentence names, not the word "trips".
 */
export function trainCommodity(commodity: string, unit: string, sentence: string): string {
  if (unit !== 'trains' || !/\b(?:trips?|columns?)$/i.test(commodity)) return commodity;
  const named = TRAIN_NAME.exec(sentence)?.[1] ?? /^(.*\btrain)\s+trips?$/i.exec(commodity)?.[1];
  return named ? named.replace(/\btrain$/i, 'trains') : 'trains';
}
