/**
 * Dates of events that are not periods of trade: "a 100% tariff that took effect in March", "curbs
 * imposed in May". The month says when a measure began; the sentences after it go on with the
 * period the release was reporting (issue 9, batch 23).
 */
export const EVENT_DATE_BEFORE = {
  pattern: /\b(?:took\s+effect|takes\s+effect|came\s+into\s+(?:force|effect)|kicked\s+in|(?:was|were|been|is|are)\s+(?:imposed|introduced|announced|adopted|lifted|enacted|tightened|scrapped))\s+(?:in|on|from|at\s+the\s+(?:start|end)\s+of)\s+(?:(?:early|late|mid)[- ]?\s*)?$/i,
  examples: ['as a 100% tariff on Canadian meal that took effect in March kept buyers away', 'since export curbs were imposed in December'],
};

