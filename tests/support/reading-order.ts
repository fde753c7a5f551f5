/**
 * Run as its own Node.js process (tests/unit/extract-order.test.ts): reads batch 64's Saint Lucia bulletin, alone
 * or (with the argument `after-notes`) after batch 51's commodity notes, and prints its reading as JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPressRelease } from '../../functions/core/extract/press-release/index.js';

const CORPUS = new URL('../corpus/press-release/', import.meta.url).pathname;
const files = readdirSync(CORPUS).filter((f) => /\.(?:txt|html)$/.test(f)).sort();

function read(file: string): string {
  const name = file.replace(/\.(txt|html)$/, '');
  const expected = JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), 'utf8')) as { published: string; content_type?: string };
  const context = { dataset: 'order', release_id: name, source_url: `file:${name}`, published: expected.published };
  return JSON.stringify(extractPressRelease(readFileSync(join(CORPUS, file), 'utf8'), context, { contentType: expected.content_type }));
}

const bulletin = files.find((f) => f.startsWith('b64-02-'))!;
if (process.argv[2] === 'after-notes') for (const note of files.filter((f) => f.startsWith('b51-'))) read(note);
console.log(read(bulletin));
