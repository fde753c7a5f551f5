/**
 * Reading the sources file. Each source is validated on its own, so one broken entry is reported
 * (naming the source and the field) while every valid source still runs.
 */
import { SourceConfig } from './contract.js';
import { QualityConfig } from './quality/config.js';

/** The valid sources, and one line per invalid one. */
export interface ParsedSources {
  sources: SourceConfig[];
  errors: string[];
  /** The file's `quality` block (thresholds, hard checks); undefined when absent or invalid (defaults apply). */
  quality?: QualityConfig;
}

/** Parses the text of a sources file: `{ "sources": [ ... ] }`. */
export function parseSourcesFile(text: string, origin = 'sources file'): ParsedSources {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { sources: [], errors: [`${origin}: not valid JSON: ${(error as Error).message}`] };
  }
  const list = (doc as { sources?: unknown })?.sources;
  if (!Array.isArray(list)) return { sources: [], errors: [`${origin}: expected an object with a "sources" array`] };
  const sources: SourceConfig[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const name = typeof (entry as { id?: unknown })?.id === 'string' ? `source ${(entry as { id: string }).id}` : `source #${index + 1}`;
    const parsed = SourceConfig.safeParse(entry);
    if (!parsed.success) {
      errors.push(`${origin}: ${name}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ')}`);
    } else if (seen.has(parsed.data.id)) {
      errors.push(`${origin}: ${name}: duplicate id; only the first is used`);
    } else {
      seen.add(parsed.data.id);
      sources.push(parsed.data);
    }
  });
  const quality = parseQuality((doc as { quality?: unknown }).quality, origin, errors);
  return { sources, errors, ...(quality ? { quality } : {}) };
}

/** The optional `quality` block; an invalid one is reported and the defaults apply. */
function parseQuality(block: unknown, origin: string, errors: string[]): QualityConfig | undefined {
  if (block === undefined) return undefined;
  const parsed = QualityConfig.safeParse(block);
  if (parsed.success) return parsed.data;
  errors.push(`${origin}: quality: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(block)'}: ${i.message}`).join('; ')}; the default quality settings apply`);
  return undefined;
}
