/**
 * Customs offices post their figures on social media, where the port or the town is often named only in a hashtag
 * ("#ManzhouliPort January numbers are in!", "#Erenhot"). The place finder reads names as prose writes them, so a
 * hashtag of one or two capitalised words is written over as those words ("#ManzhouliPort" → "Manzhouli Port", the
 * mark dropped and a space put between the words: the same length, so every offset into the text stays valid).
 * Longer hashtags cannot be spelt out in their own room and are left, as are tags in lower case ("#trade").
 */
const HASHTAG = /(?<![\w&])#([A-Z][a-z]+)([A-Z][a-z]+)?(?![\w-])/g;

/** The text with its short capitalised hashtags written as words. */
export function hashtagsAsWords(text: string): string {
  if (!text.includes('#')) return text;
  return text.replace(HASHTAG, (whole: string, first: string, second: string | undefined) => (second ? `${first} ${second}` : ` ${first}`));
}
