/**
 * Verbs that report how a figure moved ("slipped 6 percent", "dipped to 98 million tonnes"). A name of
 * goods never runs on into one: "shipments of lignite slipped 6 percent" are of lignite.
 */
const CHANGE_VERBS = new Set([
  'rose', 'fell', 'grew', 'increased', 'decreased', 'reached', 'slipped', 'slid', 'dropped', 'declined', 'jumped', 'climbed',
  'surged', 'soared', 'edged', 'plunged', 'plummeted', 'tumbled', 'rebounded', 'totaled', 'totalled', 'amounted', 'stood',
  'topped', 'exceeded', 'eased', 'dipped', 'expanded', 'shrank', 'contracted', 'widened', 'narrowed', 'sank', 'retreated',
  'advanced', 'gained', 'slumped', 'swelled', 'skyrocketed', 'doubled', 'tripled', 'halved', 'hovered', 'registered', 'recorded', 'posted', 'lost',
]);

/** True for a verb of change, in any case ("Slipped", "dipped"). */
export function isChangeVerb(word: string): boolean {
  return CHANGE_VERBS.has(word.toLowerCase());
}
