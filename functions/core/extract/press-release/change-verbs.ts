/**
 * Verbs that report how a figure moved ("slipped 6 percent", "dipped to 98 million tonnes"). A name of
 * goods never runs on into one: "shipments of lignite slipped 6 percent" are of lignite.
 */
const CHANGE_VERBS = new Set([
  'rose', 'fell', 'grew', 'increased', 'decreased', 'reached', 'slipped', 'slid', 'dropped', 'declined', 'jumped', 'climbed',
  'surged', 'soared', 'edged', 'plunged', 'plummeted', 'collapsed', 'crashed', 'cratered', 'tumbled', 'rebounded', 'totaled', 'totalled', 'amounted', 'stood',
  'topped', 'exceeded', 'eased', 'dipped', 'expanded', 'shrank', 'contracted', 'widened', 'narrowed', 'sank', 'retreated',
  'advanced', 'gained', 'slumped', 'swelled', 'skyrocketed', 'doubled', 'tripled', 'halved', 'hovered', 'registered', 'recorded', 'posted', 'lost',
]);

/** True for a verb of change, in any case ("Slipped", "dipped"). */
export function isChangeVerb(word: string): boolean {
  return CHANGE_VERBS.has(word.toLowerCase());
}

// The participles a change is told by, rising or falling ("expanding 6.2 percent", "edging down 0.1 percent", "slipping 2%"):
// one word, or a verb of small moves with its direction ("edging up", "inching lower", "ticking down", "creeping higher").
export const RISE_PARTICIPLE = String.raw`(?:rising|growing|increasing|expanding|gaining|jumping|climbing|surging|soaring|advancing|rebounding|(?:edging|inching|ticking|creeping|moving)\s+(?:up|higher))`;
export const FALL_PARTICIPLE = String.raw`(?:falling|declining|decreasing|dropping|shrinking|contracting|sliding|slipping|dipping|easing|plunging|tumbling|sinking|slumping|retreating|(?:edging|inching|ticking|creeping|moving)\s+(?:down|lower))`;
// The nouns of a change after its rate ("a 14 percent lift on the previous year", "a 3.1 percent slip"): the wires' and
// statistics offices' words for a rise and for a fall.
export const RISE_NOUN = String.raw`(?:increase|growth|rise|gain|jump|surge|leap|climb|rebound|lift|boost|uptick|upturn|upswing|pickup|pick-up|advance|improvement)`;
export const FALL_NOUN = String.raw`(?:decrease|decline|drop|fall|plunge|slump|dip|slide|tumble|contraction|reduction|slip|retreat|downturn|easing)`;
