/**
 * HTML page → the article's text. News and customs sites wrap one article in menus, breadcrumbs,
 * "related news" lists and footers that carry figures of their own; only the article may yield rows.
 */
import { Parser } from 'htmlparser2';

// Elements whose text is never part of an article.
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'select', 'button', 'form', 'input', 'textarea', 'head', 'title', 'nav', 'aside', 'footer', 'header', 'menu']);
// Elements that break text into blocks (paragraph boundaries in the output).
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'main', 'blockquote', 'dd', 'dt', 'dl', 'pre', 'hr', 'figure', 'figcaption', 'center']);
// Table cells: a bar after each, so a row reads "Exports | 1 234.5 | 1 300.2" (flat-table.ts), not "Exports1 234.51 300.2".
const CELL_TAGS = new Set(['td', 'th']);
const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);
// Class/id words of page furniture (menus, share bars, footers, related-news boxes).
const BOILERPLATE_ATTR = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|top|bottom|sidebar|side|share|sharing|social|related|recommend|comments?|copyright|advert|ads?|banner|toolbar|login|search|pagination|pager|tags?|hot|most-?viewed|popular|logo|byline|info|meta|subscribe)(?:$|[\s_-]|\d)/i;
// Containers that name the article itself; when one exists, text outside it is dropped.
const ARTICLE_ATTR = /(?:^|[\s_-])(?:article|content|main|text|body|story|post|entry|trs_editor|detail|zoom|con)(?:$|[\s_-]|\d)/i;
const BOILERPLATE_TEXT = /\b(?:all rights reserved|copyright|©|icp\s*\d|disclaimer|share to|print this|close window)\b/i;

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
  return /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(head) || /<\/p>|<br\s*\/?>|<\/div>/i.test(head);
}

/**
 * The readable article text of an HTML page: block elements become paragraphs (blank lines),
 * page furniture is dropped, and link-heavy blocks (menus, "most viewed" lists) are left out.
 */
export function articleText(html: string): string {
  const blocks: Block[] = [];
  let current: Block = { text: '', linkChars: 0, inArticle: false, row: false };
  const stack: Array<{ name: string; skip: boolean; article: boolean; link: boolean }> = [];
  let skipDepth = 0;
  let articleDepth = 0;
  let linkDepth = 0;
  let sawArticle = false;

  const flush = (row = false): void => {
    // Most block boundaries come in runs with no text between them: nothing to tidy.
    if (current.text !== '') {
      const text = current.text.replace(/[ \t\r\n\f\v\u00a0]+/g, ' ').trim();
      if (text) blocks.push({ text, linkChars: current.linkChars, inArticle: current.inArticle, row });
    }
    current = { text: '', linkChars: 0, inArticle: articleDepth > 0, row: false };
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        // Most tags have no class, id or role: no words to test.
        const attr = attribs.class || attribs.id || attribs.role ? `${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs.role ?? ''}` : '';
        const skip = SKIPPED_TAGS.has(name) || (attr !== '' && BOILERPLATE_ATTR.test(attr) && !ARTICLE_ATTR.test(attr)) || attribs.hidden !== undefined;
        const article = name === 'article' || name === 'main' || (attr !== '' && ARTICLE_ATTR.test(attr) && !BOILERPLATE_ATTR.test(attr));
        const link = name === 'a';
        if (BLOCK_TAGS.has(name)) flush();
        if (VOID_TAGS.has(name)) return;
        stack.push({ name, skip, article, link });
        if (skip) skipDepth++;
        if (article) {
          articleDepth++;
          if (skipDepth === 0) sawArticle = true;
          current.inArticle = true;
        }
        if (link) linkDepth++;
      },
      ontext(data) {
        if (skipDepth > 0) return;
        current.text += data;
        if (linkDepth > 0) current.linkChars += data.trim().length;
      },
      onclosetag(name) {
        if (VOID_TAGS.has(name)) {
          if (BLOCK_TAGS.has(name)) flush();
          return;
        }
        // Pop up to the matching open element (tolerates unclosed tags in sloppy pages).
        let idx = stack.length - 1;
        while (idx >= 0 && stack[idx].name !== name) idx--;
        if (idx < 0) return;
        if (CELL_TAGS.has(name) && skipDepth === 0) current.text += ' | ';
        if (BLOCK_TAGS.has(name)) flush(name === 'tr');
        while (stack.length > idx) {
          const el = stack.pop()!;
          if (el.skip) skipDepth--;
          if (el.article) articleDepth--;
          if (el.link) linkDepth--;
        }
        if (BLOCK_TAGS.has(name)) current.inArticle = articleDepth > 0;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const kept = blocks.filter((b) => {
    if (sawArticle && !b.inArticle) return false;
    if (b.linkChars > 0 && b.linkChars >= b.text.length * 0.5) return false;
    if (BOILERPLATE_TEXT.test(b.text) && b.text.length < 300) return false;
    return true;
  });
  return kept.map((b, i) => (i === 0 ? '' : b.row && kept[i - 1].row ? '\n' : '\n\n') + b.text).join('');
}
