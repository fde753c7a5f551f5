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
