/**
 * The Parquet row groups as layouts before format 2 kept them: the writer's own objects (metadata
 * and page indexes of every row group) as JSON, with tags for what JSON cannot hold. A version
 * composed from such a layout revives them once to make the previous file's footer again
 * (parquet-footer.ts, tailOfRowGroups); layouts of format 2 keep none (the footer is read from the
 * file). `saveRowGroups` writes the old form, for the tests that pin reading it.
 */
import type { ParquetWriter } from 'hyparquet-writer';

type RowGroup = ParquetWriter['row_groups'][number];
type PageIndexes = ParquetWriter['pendingIndexes'][number];

/** The row groups written so far and their page indexes, in the writer's order. */
export interface ParquetRowGroups {
  rowGroups: RowGroup[];
  indexes: PageIndexes[];
}

/** JSON with bigints, byte arrays and non-finite numbers tagged. */
function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return { $n: value.toString() };
  if (value instanceof Uint8Array) return { $b: Buffer.from(value).toString('base64') };
  if (value instanceof Uint32Array) return { $u32: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) return { $f: Object.is(value, -0) ? '-0' : String(value) };
  return value;
}

/** A tagged value back to what it was (bigint, byte array, non-finite number), or null when untagged. */
function untag(tagged: Record<string, unknown>): unknown {
  if (typeof tagged.$n === 'string') return BigInt(tagged.$n);
  if (typeof tagged.$b === 'string') return new Uint8Array(Buffer.from(tagged.$b, 'base64'));
  if (typeof tagged.$u32 === 'string') {
    const bytes = Buffer.from(tagged.$u32, 'base64');
    return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
  if (typeof tagged.$f === 'string') return tagged.$f === '-0' ? -0 : Number(tagged.$f);
  return null;
}

/**
 * Replaces tagged values in parsed JSON, in place. A walk after a plain JSON.parse: a reviver
 * function costs several times the parse itself (measured ~5x on a 1M-row layout's 2.5 MB).
 */
function revive(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
    return value;
  }
  const object = value as Record<string, unknown>;
  for (const key in object) {
    if (key.charCodeAt(0) === 36 /* $ */) {
      const untagged = untag(object);
      if (untagged !== null) return untagged;
    }
    object[key] = revive(object[key]);
  }
  return object;
}

/** The row groups as layout text (the index entries refer to their chunks by position). */
export function saveRowGroups(state: ParquetRowGroups): string {
  return JSON.stringify({ rowGroups: state.rowGroups, indexes: state.indexes.map(({ chunk: _chunk, ...rest }) => rest) }, replacer);
}

/** Every row group of saved layout text, each index entry linked to its chunk again. */
export function restoreRowGroups(text: string): ParquetRowGroups {
  const saved = revive(JSON.parse(text)) as { rowGroups: RowGroup[]; indexes: Omit<PageIndexes, 'chunk'>[] };
  const chunks = saved.rowGroups.flatMap((group) => group.columns);
  if (saved.indexes.length < chunks.length) throw new Error('the saved Parquet layout has fewer page indexes than column chunks');
  return { rowGroups: saved.rowGroups, indexes: chunks.map((chunk, i) => ({ ...saved.indexes[i], chunk })) };
}
