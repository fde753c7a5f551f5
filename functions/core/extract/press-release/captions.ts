/**
 * A caption under a picture: a chart's or a photo's. Pages set both in the same box (a figcaption, a "caption" or
 * "pictext" paragraph), but only a chart's caption states the release's figures: "Chart 2. Monthly exports, billion
 * yuan: Jan 498 · Feb 371 · Mar 452", "Exports 27.74 billion yuan, down 19.3 percent". A photo's caption tells a scene,
 * and its numbers are a port's or a fair's, not the release's: "Trucks queue at the port, which handled 4.6 million
 * TEUs last year (Xinhua/Li Ming)".
 */

// A photo's signs: its credit ("Photo:", "photo by", "Xinhua/Li Ming", "(Reuters)", "file photo"), or the words that show a
// scene ("pictured", "an aerial view of", "in this photo"). One is enough: a chart is never credited to a photographer.
const PHOTO_SIGN = /\b(?:photos?|photographs?|photographed|photographer|pictured|file (?:picture|image)|aerial view|drone view|courtesy of|xinhua|reuters|afp|getty|imaginechina|vcg|cnsphoto)\b|\b[A-Z][a-z]+\/[A-Z][a-z]+(?: [A-Z][a-z]+)?\)/i;

// A chart's own label opening the caption: "Chart 1:", "Figure 2.", "Graph –", "Infographic:", "Chart:".
const CHART_LABEL = /^(?:chart|graph|graphic|figure|fig\.|infographic|diagram)\s?\d{0,2}[a-z]?\s?[:.\-\u2013\u2014|]/i;

// A data label: a caption opening on the measure a chart shows, straight followed by its figure ("Exports 27.74 billion
// yuan, down 19.3 percent", "Trade surplus: $8.2bn", "Imports, 65.6 billion yuan"). A scene names things, not a measure
// with its figure ("Exports of cars wait at the quay").
const DATA_LABEL = /^(?:(?:total |foreign |overall )?(?:exports?|imports?|trade|trade (?:surplus|deficit|balance)|surplus|deficit))\s?[:,]?\s?(?:[$€£¥]|(?:US|RMB|HK)\$)?\s?\d/i;

// One point of a series: a period label and its value ("Jan 498", "Q3 24.8", "H1 4.37", "2019: 110").
const SERIES_POINT = /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?|\bq[1-4]|\bh[12]|\b(?:19|20)\d\d:)\s?-?\d[\d,.]*/gi;
/** A series has at least this many points: a caption reading "Jan 498 · Feb 371 · Mar 452" lists a chart's bars. */
const SERIES_POINTS = 3;

/** True when a caption's lines read as a chart's caption (its label, a data label, a series of periods with values), and show no photo's sign. */
export function readsAsChartCaption(lines: readonly string[]): boolean {
  const text = lines.join(' ').trim();
  if (text === '' || PHOTO_SIGN.test(text)) return false;
  return CHART_LABEL.test(text) || DATA_LABEL.test(text) || (text.match(SERIES_POINT)?.length ?? 0) >= SERIES_POINTS;
}
