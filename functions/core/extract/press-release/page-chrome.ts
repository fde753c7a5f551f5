/**
 * Page chrome and page layout a scraper keeps in a release's text, tidied before any reader sees it (index.ts TIDYING).
 * Each pass writes over what it tidies with characters of the same length (spaces, or a bar for a line end), so offsets
 * into the text stay valid.
 */

// "*********", "=========", "---------", "_________" alone on a line: a rule a page draws under its heading or above its
// footnotes. It is no paragraph: left in, it counts as one and pushes the agency's lead paragraph out of the lead.
const RULE_LINE = /^[ \t]*(?:\*{3,}|={3,}|-{3,}|_{3,}|~{3,}|#{3,})[ \t]*$/gm;

/** Lines that are only a drawn rule, as spaces. */
export function blankRuleLines(text: string): string {
  if (!text.includes('***') && !text.includes('===') && !text.includes('---') && !text.includes('___') && !text.includes('~~~') && !text.includes('###')) return text;
  return text.replace(RULE_LINE, (line) => ' '.repeat(line.length));
}

// "(1 metric ton = 1,000 kilograms)", "1 US dollar = 7.10 yuan": a note that defines one of a unit by an amount of
// another. Its figures are a definition (or a rate), never a trade figure: the whole note is blanked, in brackets or alone
// on its line. The units are up to four words (letters, dots, "$"); the sign between them is "=".
const UNIT_WORDS = String.raw`(?:[A-Za-z$.]+[ \t]+){0,3}[A-Za-z$.]+`;
const CONVERSION_NOTE = new RegExp(String.raw`\([ \t]*1[ \t]+${UNIT_WORDS}[ \t]*=[ \t]*\d[\d.,]*[ \t]*${UNIT_WORDS}[ \t]*\)|^[ \t]*1[ \t]+${UNIT_WORDS}[ \t]*=[ \t]*\d[\d.,]*[ \t]*${UNIT_WORDS}[ \t.]*$`, 'gm');

/** Notes defining one unit by another, as spaces. */
export function blankConversionNotes(text: string): string {
  if (!text.includes('=')) return text;
  return text.replace(CONVERSION_NOTE, (note) => ' '.repeat(note.length));
}
