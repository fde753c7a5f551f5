/**
 * One entry point for turning a release body into observation drafts, whatever its kind.
 * Pure: no I/O, no clock. Used by the normalize stage and by the `extract` CLI command.
 */
import type { ExtractionContext, ExtractionOutcome, SourceKind, TableLayout } from '../contract.js';
import { extractPressRelease } from './press-release/index.js';
import { extractStatisticalTable, looksLikeStatisticalTable } from './table/index.js';
import { extractionLimitBreached } from './limits.js';

/** Options a source (or the CLI) can pass to the extractors. */
export interface ExtractOptions {
  /** press-release, statistical-table, or auto (decided from the content). */
  kind: SourceKind | 'auto';
  /** The body's media type when known (text/html, text/plain); sniffed from the content otherwise. */
  contentType?: string;
  /** Tables only: the unit to assume when the table states none ("US$1,000"). */
  defaultUnit?: string;
  /** Tables only: an explicit layout for tables the built-in layouts do not know. */
  layout?: TableLayout;
}

/** Decides the kind of a release from its content: tables have a unit line and rows of numbers. */
export function detectKind(body: string, contentType?: string): SourceKind {
  return looksLikeStatisticalTable(body, contentType) ? 'statistical-table' : 'press-release';
}

/** Whether a body is HTML: by its media type, else by its first tag. */
function isHtml(body: string, contentType?: string): boolean {
  if (contentType) return /html/i.test(contentType);
  return /^\s{0,200}<(?:!doctype|html|head|body|div|table|p)\b/i.test(body.slice(0, 1000));
}

/** Extracts every figure of one release body. Never throws on bad input: rejections are values. */
export function extractRelease(body: string, context: ExtractionContext, options: ExtractOptions): ExtractionOutcome {
  // Checked before any parser or pattern runs: no body may stall normalize (limits.ts says why).
  const breached = extractionLimitBreached(body, isHtml(body, options.contentType));
  if (breached) return { ok: false, reason: breached };
  const kind = options.kind === 'auto' ? detectKind(body, options.contentType) : options.kind;
  try {
    if (kind === 'statistical-table') {
      return extractStatisticalTable(body, context, { contentType: options.contentType, defaultUnit: options.defaultUnit, layout: options.layout });
    }
    return extractPressRelease(body, context, { contentType: options.contentType });
  } catch (error) {
    // An extractor bug must not take the pipeline down with it: the release is recorded as failed.
    return { ok: false, reason: `internal extractor error (${kind}): ${(error as Error).message}` };
  }
}
