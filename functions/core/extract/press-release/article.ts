/**
 * HTML page → the article's text. News and customs sites wrap one article in menus, breadcrumbs,
 * "related news" lists and footers that carry figures of their own; only the article may yield rows.
 */
import { Parser } from 'htmlparser2';
import { readsAsChartCaption } from './captions.js';

// Elements whose text is never part of an article.
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'select', 'button', 'form', 'input', 'textarea', 'head', 'title', 'nav', 'aside', 'footer', 'header', 'menu', 'figcaption']);
// Elements that break text into blocks (paragraph boundaries in the output).
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'main', 'blockquote', 'dd', 'dt', 'dl', 'pre', 'hr', 'figure', 'figcaption', 'center']);
// Table cells: a bar after each, so a row reads "Exports | 1 234.5 | 1 300.2" (flat-table.ts), not "Exports1 234.51 300.2".
const CELL_TAGS = new Set(['td', 'th']);
/** Longest text before a line break in a table's cell that is still read as the cell's own words (a head, a label). */
const SHORT_CELL = 40;
const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);
// Class/id words of page furniture (menus, share bars, footers, related-news boxes, photo and video captions, links to the
// previous and next story; "foto", "bild", "imagen" as pages in other languages name a photo's box; glued, "fotoleyenda",
// "photocaption", and the caption words of Spanish and Portuguese pages, "leyenda", "legenda", "pie de foto"; cookie and consent bars). "<section class="more">", "see-also" and "also" hold the links to other releases under a story.
const BOILERPLATE_ATTR = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|top|bottom|sidebar|side|share|sharing|social|related|recommend|more|see-?also|also|comments?|copyright|advert|ads?|banner|toolbar|login|search|pagination|pager|tags?|hot|most-?viewed|most-?read|popular|logo|byline|info|meta|subscribe|caption|pic|photo|foto|fotos|bild|imagen|video|prev|next|cookies?|consent|gdpr|(?:foto|photo|image|img|pic)[-_]?(?:leyenda|legenda|caption|text|desc)|leyendas?|legendas?|pie[-_]?(?:de[-_]?)?foto)(?:$|[\s_-]|\d)/i;
// The class/id words of a caption's box among them ("caption", "pic", "photo", "pictext", "fotoleyenda"): such a box is
// held and read (captions.ts) before it is dropped, since a chart's caption carries its data labels.
const CAPTION_ATTR = /(?:^|[\s_-])(?:caption|pic|photo|foto|bild|imagen|(?:foto|photo|image|img|pic)[-_]?(?:leyenda|legenda|caption|text|desc)|leyendas?|legendas?|pie[-_]?(?:de[-_]?)?foto)(?:$|[\s_-]|\d)/i;
// Containers that name the article itself; when one exists, text outside it is dropped.
// A live blog wraps its headline, its pinned summary and its timestamped entries in one container ("liveblog", "live-blog",
// "live-story", "live-container"), and the summary pinned on top is the story's lead ("pinned"): with only the entries read as
// the article, the headline and the pinned summary would be dropped as furniture outside it.
const ARTICLE_ATTR = /(?:^|[\s_-])(?:article|content|main|text|body|story|post|entry|trs_editor|detail|zoom|con|live-?(?:blog|story|container|coverage)|pinned)(?:$|[\s_-]|\d)/i;
// Elements that hold a line of text, never blocks: "<p class="post">Posted: 29/09/2020</p>" is a stamp, not the article's
// container (a paragraph cannot hold the article's other paragraphs or tables), so its class words name no article.
const TEXT_LEVEL_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'a', 'li', 'td', 'th', 'em', 'strong', 'b', 'i', 'font', 'time', 'small', 'label', 'dt', 'dd']);
// A cookie notice ("This website uses cookies. By continuing ..., you agree to our use of cookies") is the site's, not the story's.
const BOILERPLATE_TEXT = /\b(?:all rights reserved|copyright|©|icp\s*\d|disclaimer|share to|print this|close window|uses cookies|use of cookies|cookie (?:policy|settings)|accept (?:all )?cookies)\b/i;

// A run of white space that is not one plain space: each is written as one space. (A lone space, nearly every gap between
// words, is left as it is rather than replaced by itself.)
const SPACE_RUN = /[ \t\r\n\f\v\u00a0]{2,}|[\t\r\n\f\v\u00a0]/g;

/** A block's or cell's text with each run of white space one space, trimmed. */
function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

interface Block {
  text: string;
  linkChars: number;
  inArticle: boolean;
  /** A table row: rows of one table stay on consecutive lines, the way a flattened table is written. */
  row: boolean;
}

/** True when the body looks like an HTML document rather than plain text. */
export function looksLikeHtml(body: string, contentType?: string): boolean {
  if (contentType) {
    if (/html|xml/i.test(contentType)) return true;
    if (/text\/plain/i.test(contentType)) return false;
  }
  const head = body.slice(0, 4096);
  if (/^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(head)) return true;
  return /<\/p>|<br\s*\/?>|<\/div>/i.test(head) && !isTextWithStrayMarkup(body);
}

// Tags a text copied off a page keeps in places: line breaks and inline emphasis, none of the page's structure.
const STRAY_TAGS = 'br|b|i|u|em|strong|span|font|sup|sub';
const STRAY_TAG = new RegExp(`</?(?:${STRAY_TAGS})\\b[^<>\\n]{0,200}>`, 'gi');
const STRUCTURE_TAG = new RegExp(`</?(?!(?:${STRAY_TAGS})\\b)[a-z!][^<>]{0,200}>`, 'i');
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|apos|ndash|mdash|laquo|raquo|lsquo|rsquo|ldquo|rdquo|hellip|#\d{1,6}|#x[0-9a-f]{1,5});/gi;
// Dashes and quotation marks as entities too: "January&ndash;September" is a span of months.
const NAMED_ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…' };

/**
 * A plain text that kept a few tags of the page it was copied from ("... up 8.3%.<br />", "&nbsp;"): it has line breaks
 * and no tag of a page's structure, so its lines, not its tags, are its paragraphs.
 */
function isTextWithStrayMarkup(body: string): boolean {
  if (!/\n[^\n]*\S[^\n]*\n/.test(body)) return false;
  return !STRUCTURE_TAG.test(body) || fewLinesTagged(body);
}

/**
 * "... a record for any November.</p><p>Exports to China ..." in a text whose other lines hold no tag: a text is a page by its
 * structure, so one whose tags of a page sit on at most half of its lines is a text with a stray paragraph tag or two.
 */
function fewLinesTagged(body: string): boolean {
  let lines = 0;
  let tagged = 0;
  for (const line of body.split('\n')) {
    if (!/\S/.test(line)) continue;
    lines++;
    if (line.includes('<') && STRUCTURE_TAG.test(line)) tagged++;
  }
  return tagged * 2 <= lines;
}

/** A plain text's stray tags as spaces and its entities as their character padded with spaces (offsets stay valid). */
export function blankStrayMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(STRAY_TAG, (tag) => ' '.repeat(tag.length))
    .replace(STRAY_BLOCK_TAG, (tag) => '\n\n'.padEnd(tag.length, ' '))
    .replace(SPACE_ENTITY_BEFORE_WORD, (all, _entity: string, word: string) => ` ${word}`.padEnd(all.length, ' '))
    .replace(APOSTROPHE_BEFORE_WORD, (all, entity: string, word: string) => `${entityChar(entity)}${word}`.padEnd(all.length, ' '))
    .replace(ENTITY, (entity) => entityChar(entity).padEnd(entity.length, ' '));
}

// "$189.6&nbsp;billion": a no-break space after a number is one space, so the word after it moves up to it and the padding goes
// after the word (its letters only: a stop after it keeps its place, and a word after a number starts no sentence, so every
// sentence keeps its offsets).
const SPACE_ENTITY_BEFORE_WORD = /(?<=\d)(&(?:nbsp|#160|#x0*a0);)([\p{L}%]+)/giu;

// "Korea&rsquo;s exports", "China&#8217;s": an apostrophe written as an entity before the letters of its word ("s", "t",
// "re") is one character of that word, so the letters move up to it and the padding goes after them ("Korea’s      exports",
// not "Korea’      s exports", whose "s" would be a word of its own); as above, only letters move, so every sentence keeps
// its offsets. (Quotation marks and dashes stand between words and keep their padding.)
const APOSTROPHE_BEFORE_WORD = /(&(?:rsquo|apos|#0*39|#x0*27|#0*8217|#x0*2019);)(\p{L}+)/giu;

// A stray paragraph or block tag left in a plain text ("...</p><p>...") ends a paragraph there, as it did on the page.
const STRAY_BLOCK_TAG = /<\/?(?:p|div|li|h[1-6])\b[^<>\n]{0,200}>/gi;

function entityChar(entity: string): string {
  const name = entity.slice(1, -1).toLowerCase();
  if (name[0] !== '#') return NAMED_ENTITIES[name] ?? ' ';
  const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code < 0xffff && (code < 0xd800 || code > 0xdfff) ? String.fromCharCode(code) : ' ';
}

/**
 * The readable article text of an HTML page: block elements become paragraphs (blank lines),
 * page furniture is dropped, and link-heavy blocks (menus, "most viewed" lists) are left out.
 */
export function articleText(html: string): string {
  const page = new PageWalk();
  const parser = new Parser(
    page,
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  page.flush();
  return joinBlocks(page.blocks.filter((b) => isArticleBlock(b, page.sawArticle)));
}

/** What an element is to the article: furniture whose text is skipped, the article's container, a link. */
interface OpenElement {
  name: string;
  skip: boolean;
  article: boolean;
  link: boolean;
  /** A caption's box (a figcaption, a "caption" or "pictext" class): read as a chart's caption or dropped as a photo's. */
  caption: boolean;
  /** Where a caption held for that reading starts (the block count then), -1 when the element is none. */
  heldFrom: number;
}

/**
 * A chart's caption broken by line breaks ("Chart 2. Monthly exports, billion yuan" / "0 200 400" / "■ 2024 □ 2023" /
 * "Jan 498 · Feb 371") is one paragraph of lines, as a table's rows are: its title, axis and legend stay with its labels.
 */
function linesOfOneCaption(caption: Block[]): Block[] {
  return caption.length > 1 ? caption.map((b) => ({ ...b, row: true })) : caption;
}

/** A paragraph or division the page centres ("<p style="text-align:center">", "<p align="center">"), as photo captions are set. */
function isCentredText(name: string, attribs: Record<string, string>): boolean {
  return (name === 'p' || name === 'div' || name === 'center') && (name === 'center' || /text-align\s*:\s*center/i.test(attribs.style ?? '') || /^center$/i.test(attribs.align ?? ''));
}

/** Reads an opening tag's name and class/id/role words as an element of the page. */
function openElement(name: string, attribs: Record<string, string>): OpenElement {
  // Most tags have no class, id or role: no words to test.
  const attr = attribs.class || attribs.id || attribs.role ? `${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs.role ?? ''}` : '';
  const skip = SKIPPED_TAGS.has(name) || (attr !== '' && BOILERPLATE_ATTR.test(attr) && !ARTICLE_ATTR.test(attr)) || attribs.hidden !== undefined;
  const article = name === 'article' || name === 'main' || (attr !== '' && !TEXT_LEVEL_TAGS.has(name) && ARTICLE_ATTR.test(attr) && !BOILERPLATE_ATTR.test(attr));
  const caption = name === 'figcaption' || (attr !== '' && CAPTION_ATTR.test(attr) && !ARTICLE_ATTR.test(attr));
  return { name, skip, article, link: name === 'a', caption, heldFrom: -1 };
}

/**
 * One walk through a page's tags, as htmlparser2's handler (it calls `onopentag`, `ontext` and `onclosetag` in document order):
 * the open elements, how many of them are skipped, article or link elements, and the text blocks so far.
 */
class PageWalk {
  readonly blocks: Block[] = [];
  /** Whether the page has an article container outside skipped furniture (then only its blocks count). */
  sawArticle = false;
  private current: Block = { text: '', linkChars: 0, inArticle: false, row: false };
  private readonly stack: OpenElement[] = [];
  /** The tables open (a nested table has its own): their spanned cells and the column of the row being written. */
  private readonly tables: TableSpans[] = [];
  private skipDepth = 0;
  /** A list item opened and its first words not yet written: they get the item's bullet. */
  private bulletDue = false;
  private articleDepth = 0;
  private linkDepth = 0;
  /** The figures open: where their blocks start, whether they hold a table, and their caption's blocks. */
  private readonly figures: Array<{ start: number; table: boolean; caption: Block[]; captionFrom: number }> = [];

  /**
   * Where the last image standing with no text before it in its block was (the block count then): a centred paragraph
   * opening right under it, with no text between, is the photo's caption ("Trucks at the port, which handled 4.6 million
   * TEUs"), not the article's, and is dropped as a figcaption is.
   */
  private photoAt = -1;
  /** Where the text of a `<sup>` open in running text starts (-1 when none is): its note mark may be dropped when it closes. */
  private supFrom = -1;

  /** Ends the block being written (a table row when `row`) and starts the next one. */
  flush(row = false): void {
    // Most block boundaries come in runs with no text between them: nothing to tidy.
    if (this.current.text !== '') {
      const text = collapseSpaces(this.current.text);
      if (text) this.blocks.push({ text, linkChars: this.current.linkChars, inArticle: this.current.inArticle, row });
    }
    this.current = { text: '', linkChars: 0, inArticle: this.articleDepth > 0, row: false };
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    if (name === 'br' && this.inShortCell()) {
      this.current.text += ' ';
      return;
    }
    if (BLOCK_TAGS.has(name)) this.flush();
    if (name === 'img' && this.current.text.trim() === '') this.photoAt = this.blocks.length;
    if (VOID_TAGS.has(name)) return;
    const el = openElement(name, attribs);
    if (this.photoAt === this.blocks.length && this.current.text.trim() === '' && isCentredText(name, attribs)) (el.skip = el.caption = true), (this.photoAt = -1);
    // A figure's caption is read apart: the caption of a table is its title line (it may hold the unit), one of a chart
    // its data labels; one of a photo is dropped. A caption's box outside a figure is held and read when it closes.
    const figure = this.figures[this.figures.length - 1];
    if (name === 'figcaption' && figure && this.skipDepth === 0) (el.skip = false), (figure.captionFrom = this.blocks.length);
    else if (el.skip && el.caption && this.skipDepth === 0) this.flush(), (el.skip = false), (el.heldFrom = this.blocks.length);
    if (name === 'figure') this.figures.push({ start: this.blocks.length, table: false, caption: [], captionFrom: -1 });
    if (name === 'table' && figure) figure.table = true;
    this.stack.push(el);
    if (el.skip) this.skipDepth++;
    if (el.article) {
      this.articleDepth++;
      if (this.skipDepth === 0) this.sawArticle = true;
      this.current.inArticle = true;
    }
    if (el.link) this.linkDepth++;
    if (name === 'sup' && this.skipDepth === 0 && this.tables.length === 0) this.supFrom = this.current.text.length;
    // "<li>Asia: exports of R61.27 billion (34.3%) ...</li>": a list item reads as the bulleted line it is on the page.
    if (name === 'li') this.bulletDue = this.skipDepth === 0;
    this.openTablePart(name, attribs);
  }

  /** Tracks rows and cells for spans: a cell spanning rows is written again in each row it covers, one spanning columns after each column. */
  private openTablePart(name: string, attribs: Record<string, string>): void {
    if (name === 'table') this.tables.push(new TableSpans());
    const table = this.tables[this.tables.length - 1];
    if (!table || this.skipDepth > 0) return;
    if (name === 'tr') table.column = 0;
    if (CELL_TAGS.has(name)) {
      this.current.text += table.spannedCells();
      table.open(this.current.text.length, attribs);
    }
  }

  ontext(data: string): void {
    if (this.skipDepth > 0) return;
    if (this.bulletDue && data.trim() !== '') (this.current.text += '- '), (this.bulletDue = false);
    this.current.text += data;
    if (this.linkDepth > 0) this.current.linkChars += data.trim().length;
  }

  /**
   * "<th>Exports<br>(100 million yen)</th>": a line break in a table's cell, with no paragraph between the cell and it
   * and a short text before it in the cell, breaks the head's words, not the table's row (a layout table's cell holding
   * a whole article breaks its lines).
   */
  private inShortCell(): boolean {
    const table = this.tables[this.tables.length - 1];
    if (!table || this.skipDepth > 0) return false;
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const name = this.stack[k].name;
      if (CELL_TAGS.has(name)) return table.textInCell(this.current.text).length <= SHORT_CELL;
      if (BLOCK_TAGS.has(name)) return false;
    }
    return false;
  }

  onclosetag(name: string): void {
    if (VOID_TAGS.has(name)) {
      if (name === 'br' && this.inShortCell()) return;
      if (BLOCK_TAGS.has(name)) this.flush();
      return;
    }
    // Pop up to the matching open element (tolerates unclosed tags in sloppy pages).
    let idx = this.stack.length - 1;
    while (idx >= 0 && this.stack[idx].name !== name) idx--;
    if (idx < 0) return;
    if (name === 'sup' && this.supFrom >= 0) (this.current.text = dropNoteMark(this.current.text, this.supFrom)), (this.supFrom = -1);
    const table = this.tables[this.tables.length - 1];
    if (CELL_TAGS.has(name) && this.skipDepth === 0) this.current.text += table ? table.close(this.current.text) : ' | ';
    if (name === 'tr' && table && this.skipDepth === 0) this.current.text += table.spannedCells();
    if (name === 'table') this.tables.pop();
    if (name === 'li') this.bulletDue = false;
    if (BLOCK_TAGS.has(name)) this.flush(name === 'tr');
    if (name === 'figcaption' || name === 'figure') this.closeFigurePart(name);
    this.popTo(idx);
    if (BLOCK_TAGS.has(name)) this.current.inArticle = this.articleDepth > 0;
  }

  /**
   * A caption's blocks are set aside; when its figure closes, they stand before the figure's table ("Guangxi's trade with
   * main ASEAN partners, unit: 100 million yuan" under a table, as a table's title line), or are dropped with a photo.
   */
  private closeFigurePart(name: string): void {
    const figure = this.figures[this.figures.length - 1];
    if (!figure) return;
    if (name === 'figcaption' && figure.captionFrom >= 0) {
      figure.caption.push(...this.blocks.splice(figure.captionFrom));
      figure.captionFrom = -1;
      return;
    }
    if (name !== 'figure') return;
    this.figures.pop();
    if (figure.table && figure.caption.length) this.blocks.splice(figure.start, 0, ...figure.caption);
    else if (readsAsChartCaption(figure.caption.map((b) => b.text))) this.blocks.splice(figure.start, 0, ...linesOfOneCaption(figure.caption));
  }

  /** A caption's box closes: its blocks stay when they read as a chart's caption, and are dropped as a photo's otherwise. */
  private closeHeldCaption(from: number): void {
    this.flush();
    const caption = this.blocks.splice(from);
    if (readsAsChartCaption(caption.map((b) => b.text))) this.blocks.push(...linesOfOneCaption(caption));
  }

  /** Closes the open elements from the top of the stack down to `idx`. */
  private popTo(idx: number): void {
    while (this.stack.length > idx) {
      const el = this.stack.pop()!;
      if (el.heldFrom >= 0) this.closeHeldCaption(el.heldFrom);
      if (el.skip) this.skipDepth--;
      if (el.article) this.articleDepth--;
      if (el.link) this.linkDepth--;
    }
  }
}

// A note mark raised after a word ("the euro area<sup>1</sup> (EA16)", "extra-EU27<sup>2</sup> trade", "US$1.08
// billion<sup>1</sup>, up 45.3%"): written down as it stands it would glue to the word ("EU272"). A power of a unit
// ("km<sup>2</sup>", "m<sup>3</sup>") and a raised mark after a digit ("10<sup>6</sup>") are not note marks.
const NOTE_MARK = /^\d{1,2}$/;
const BEFORE_NOTE_MARK = /[A-Za-z\d]$/;
const UNIT_BEFORE_POWER = /(?:^|[^A-Za-z])(?:m|km|cm|mm|dm|ft|in|mi|yd|sq)$/;
const DIGIT_BEFORE = /\d$/;

/** The text with the `<sup>` written from `from` on dropped when it is a note mark after a word, else unchanged. */
function dropNoteMark(text: string, from: number): string {
  const before = text.slice(0, from);
  const mark = text.slice(from);
  if (!NOTE_MARK.test(mark) || !BEFORE_NOTE_MARK.test(before) || UNIT_BEFORE_POWER.test(before)) return text;
  // "EU27<sup>2</sup>" and "billion<sup>1</sup>": after a name with its digits or a word; a bare number's raised digit is a power.
  return DIGIT_BEFORE.test(before) && !/[A-Za-z]\d{1,3}$/.test(before) ? text : before;
}

/**
 * The cells of one table that span rows or columns, written out the way a reader sees the grid: a cell spanning
 * rows ("By trade mode" over two rows, "Partner" over a head of two rows) stands in every row it covers, and a cell
 * spanning columns ("January-October" over a value and a change column) in every column it covers, so each row has
 * one cell per column and a head of two rows lines up with the rows under it (pipe-table.ts joins such heads).
 */
class TableSpans {
  column = 0;
  /** Cells still to be written in later rows, by column: the text and the number of rows left. */
  private readonly below = new Map<number, { text: string; rows: number }>();
  private cell = { start: 0, columns: 1, rows: 1 };

  /** The cells spanned from rows above that stand at the current column (and after it, while they go on). */
  spannedCells(): string {
    let out = '';
    for (let span = this.below.get(this.column); span; span = this.below.get(this.column)) {
      out += `${span.text} | `;
      if (--span.rows === 0) this.below.delete(this.column);
      this.column++;
    }
    return out;
  }

  /** The text written so far in the open cell. */
  textInCell(text: string): string {
    return text.slice(this.cell.start).trim();
  }

  open(start: number, attribs: Record<string, string>): void {
    const count = (v: string | undefined) => Math.min(Math.max(Number.parseInt(v ?? '1', 10) || 1, 1), 50);
    this.cell = { start, columns: count(attribs.colspan), rows: count(attribs.rowspan) };
  }

  /** What closes the cell: its bar, and the cell again for each further column it spans; rows below it are noted. */
  close(text: string): string {
    const own = collapseSpaces(text.slice(this.cell.start));
    for (let k = 0; k < this.cell.columns; k++) {
      if (this.cell.rows > 1) this.below.set(this.column + k, { text: own, rows: this.cell.rows - 1 });
    }
    this.column += this.cell.columns;
    return ' | ' + `${own} | `.repeat(this.cell.columns - 1);
  }
}

/** A block the article keeps: inside the article container (when the page has one), not mostly links, not a copyright line. */
function isArticleBlock(b: Block, sawArticle: boolean): boolean {
  if (sawArticle && !b.inArticle) return false;
  if (b.linkChars > 0 && b.linkChars >= b.text.length * 0.5) return false;
  if (b.text.length < 300 && BOILERPLATE_TEXT.test(b.text)) return false;
  return b.row || !isMarketStrip(b.text);
}

// One quote of a market strip: a name in capitals ("HSI", "USD/CNY", "Palm Oil"), its price, maybe a currency code and a
// signed change ("24,812 +0.8%", "4,215 MYR ▲0.9%", "$71.40").
const QUOTE = /[A-Z][\w/&.'-]*(?: [A-Z][\w/&.'-]*){0,2} [$€£¥]?\d[\d,]*(?:\.\d+)?(?: ?[A-Z]{3})?(?: ?(?:[+\-−]|[▲▼△▽↑↓]) ?\d+(?:\.\d+)?%)?/g;
const QUOTE_CHANGE = /(?:[+\-−]|[▲▼△▽↑↓]) ?\d+(?:\.\d+)?%/g;
/** Longest strip of quotes taken for one. */
const MAX_STRIP_CHARS = 400;

/**
 * A market strip above or beside the story ("HSI 24,812 +0.8% · SSE 3,412 -0.2% · USD/CNY 7.12 · Brent $71.40"): quotes and
 * separators only, two or more with a signed change. Its numbers are prices, no figures of the release.
 */
function isMarketStrip(text: string): boolean {
  if (text.length > MAX_STRIP_CHARS || !text.includes('%') || (text.match(QUOTE_CHANGE)?.length ?? 0) < 2) return false;
  return text.replace(QUOTE, '').replace(/[\s·|•,;/]+/g, '') === '';
}

/** The kept blocks as text: a blank line between paragraphs, a single line break between rows of one table. */
function joinBlocks(kept: Block[]): string {
  return kept.map((b, i) => (i === 0 ? '' : b.row && kept[i - 1].row ? '\n' : '\n\n') + b.text).join('');
}
