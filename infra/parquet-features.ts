/**
 * The Parquet writer's features that publish never uses, left out of the handler bundles.
 *
 * hyparquet-writer's column writer imports every feature it can write: VARIANT columns and their
 * shredding, GEOMETRY/GEOGRAPHY statistics and GeoJSON to WKB, and split-block bloom filters (with
 * hyparquet's xxhash). They were 12.5 KB of publish's bundle, which it parsed at every cold start.
 * Its page writer likewise imports every encoding: DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY and
 * DELTA_BYTE_ARRAY (delta.js) and BYTE_STREAM_SPLIT (splitstream.js), 4.4 KB more.
 * observations.parquet (functions/core/publish/parquet.ts) has none of them: its columns are
 * DOUBLE, INT32, DATE, BOOLEAN and UTF8 byte arrays, written PLAIN, RLE (booleans) or RLE_DICTIONARY
 * (parquet.ts asks for PLAIN or for nothing, and the writer picks no other encoding by itself), no
 * column asks for a bloom filter, and the row groups a composed file copies were written by the same code.
 *
 * The bundle carries a stand-in for each of those modules instead. Each function that would write
 * such a feature throws, naming this file, so a schema that starts using one fails at its first
 * write (and the unit tests, which run the source, do not hide it: tests/infra/bundles.test.ts
 * writes a file through a bundle built so). The one function the writer calls for every file,
 * `writeBlooms`, does what the real one does when no column has a bloom filter: nothing.
 * A new hyparquet-writer release that renames these modules only makes the bundle larger again; one
 * that imports another name from them stops the build ("No matching export").
 */
import type { Plugin } from 'esbuild';

const leftOut = (feature: string) => `() => { throw new Error('hyparquet-writer: ${feature} is left out of this bundle (infra/parquet-features.ts)'); }`;

/** The stand-ins, by module of hyparquet-writer/src. */
export const PARQUET_FEATURE_STANDINS: Record<string, string> = {
  'variant.js': ['encodeVariantColumn', 'autoDetectShredding', 'normalizeShreddingConfig'].map((name) => `export const ${name} = ${leftOut('VARIANT')};`).join('\n'),
  'geospatial.js': `export const geospatialStatistics = ${leftOut('geospatial statistics')};`,
  'wkb.js': `export const geojsonToWkb = ${leftOut('GeoJSON to WKB')};`,
  'delta.js': ['deltaBinaryPack', 'deltaLengthByteArray', 'deltaByteArray'].map((name) => `export const ${name} = ${leftOut('DELTA encodings')};`).join('\n'),
  'splitstream.js': `export const writeByteStreamSplit = ${leftOut('BYTE_STREAM_SPLIT encoding')};`,
  'bloom.js': [
    `export class BloomBuilder { constructor() { (${leftOut('a bloom filter')})(); } }`,
    // The writer calls this for every file: without bloom filters the real one writes nothing.
    `export function writeBlooms(writer, pageIndexes) { for (const { bloomFilter } of pageIndexes) if (bloomFilter) (${leftOut('a bloom filter')})(); }`,
  ].join('\n'),
};

const MODULE = /[\\/]node_modules[\\/]hyparquet-writer[\\/]src[\\/](variant|geospatial|wkb|bloom|delta|splitstream)\.js$/;

/** The esbuild plugin that loads the stand-ins in place of those modules. */
export const parquetFeaturesPlugin: Plugin = {
  name: 'unused-parquet-features',
  setup(b) {
    b.onLoad({ filter: MODULE }, (args) => ({ contents: PARQUET_FEATURE_STANDINS[`${MODULE.exec(args.path)![1]}.js`], loader: 'js' }));
  },
};
