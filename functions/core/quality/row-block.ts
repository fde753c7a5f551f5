/**
 * Rows as the streaming quality gate holds them, in columns: each row's texts are numbers in a
 * dictionary of the texts the gate has seen (a dataset repeats a few hundred areas, partners,
 * commodities, periods and releases over every row), its figures are in typed arrays, and the
 * row itself is a small object (its block, its place there and its id) whose fields are read
 * through getters. The gate holds about a year of rows and more (assess.ts); as objects of 24
 * fields, with their figures boxed, each took about 280 bytes of the heap, every one of them
 * outliving the young generation, and V8 let the old generation grow to about four times what
 * was live (the peak memory of a publish). A row here takes about 90 bytes of the heap (the
 * object and its id) and some 100 bytes of columns outside it, which V8 neither copies nor marks.
 *
 * A row keeps its block alive, so a block's columns go when the last of its rows is collected.
 */
import type { Observation } from '../contract.js';
import { TextDictionary } from '../text-dictionary.js';

/** Each text column's place among a row's codes. */
const DATASET = 0;
const AREA = 1;
const PARTNER = 2;
const FLOW = 3;
const COMMODITY = 4;
const BREAKDOWN = 5;
const MEASURE = 6;
const PERIOD_START = 7;
const PERIOD_END = 8;
const UNIT = 9;
const QUALIFIER = 10;
const STATUS = 11;
const RELEASE_ID = 12;
const SOURCE_URL = 13;
const SOURCE_QUOTE = 14;
const PUBLISHED = 15;
const PERIOD_TYPE = 16;
const PARTNER_CODE = 17;
const AREA_CODE = 18;
const TEXT_COLUMNS = 19;

/** Flag bits of a row. */
const VALUE_NULL = 1;
const YOY_NULL = 2;
const IS_TOTAL = 4;

/** Rows a block holds. */
const BLOCK_ROWS = 2048;

/** A row's set once it is released (RowColumns.release). */
const RELEASED = 8;
/** A row's set once its figure's bounds are kept in `low` and `high` (BlockRow.bounds). */
const BOUNDS_KEPT = 16;

/** The typed columns of a block: what a block whose rows are all released hands on to a new one. */
class Columns {
  readonly codes = new Uint32Array(BLOCK_ROWS * TEXT_COLUMNS);
  readonly value = new Float64Array(BLOCK_ROWS);
  readonly yoy = new Float64Array(BLOCK_ROWS);
  readonly revision = new Float64Array(BLOCK_ROWS);
  readonly flags = new Uint8Array(BLOCK_ROWS);
  /** The interval each row's figure stands for, once asked (BlockRow.bounds). */
  readonly low = new Float64Array(BLOCK_ROWS);
  readonly high = new Float64Array(BLOCK_ROWS);
  /** One number per row for one owner (an assessment's RowStates keeps each row's slot here), made on first use. */
  numbers?: Int32Array;
}

/** What a retired block reads: nothing (every field of a row of it reads undefined). */
const RETIRED = { codes: new Uint32Array(0), value: new Float64Array(0), yoy: new Float64Array(0), revision: new Float64Array(0), flags: new Uint8Array(0), low: new Float64Array(0), high: new Float64Array(0) } as Columns;

/** A block of rows in columns: text codes (TEXT_COLUMNS a row), figures, revision and flags. */
class RowBlock {
  private numbersOwner?: object;
  used = 0;
  /** Rows released so far. */
  released = 0;
  constructor(
    readonly texts: string[],
    public columns: Columns,
  ) {}
  get codes() { return this.columns.codes; }
  get value() { return this.columns.value; }
  get yoy() { return this.columns.yoy; }
  get revision() { return this.columns.revision; }
  get flags() { return this.columns.flags; }
  text(at: number, column: number): string {
    return this.texts[this.columns.codes[at * TEXT_COLUMNS + column]];
  }
  /** The block's column of numbers (zero until set) if `owner` is the one that uses it (the first to ask), else null. */
  numbersFor(owner: object): Int32Array | null {
    if (this.numbersOwner === undefined) {
      this.numbersOwner = owner;
      if (this.columns.numbers === undefined) this.columns.numbers = new Int32Array(BLOCK_ROWS);
      else this.columns.numbers.fill(0);
    }
    return this.numbersOwner === owner ? this.columns.numbers! : null;
  }
}

/**
 * A row held in a block: read like any row (its fields are getters), never changed. Its id is
 * its own text (read often: references, keys, the rows held back).
 */
export class BlockRow implements Observation {
  constructor(
    /** Its block and its place there (read by RowStates, which keeps a row's slot in the block). */
    readonly block: RowBlock,
    readonly at: number,
    readonly observation_id: string,
  ) {}
  get dataset() { return this.block.text(this.at, DATASET); }
  get area() { return this.block.text(this.at, AREA); }
  get partner() { return this.block.text(this.at, PARTNER); }
  get flow() { return this.block.text(this.at, FLOW) as Observation['flow']; }
  get commodity() { return this.block.text(this.at, COMMODITY); }
  get breakdown() { return this.block.text(this.at, BREAKDOWN); }
  get measure() { return this.block.text(this.at, MEASURE) as Observation['measure']; }
  get period_start() { return this.block.text(this.at, PERIOD_START); }
  get period_end() { return this.block.text(this.at, PERIOD_END); }
  get value() { return this.block.flags[this.at] & VALUE_NULL ? null : this.block.value[this.at]; }
  get unit() { return this.block.text(this.at, UNIT); }
  get qualifier() { return this.block.text(this.at, QUALIFIER) as Observation['qualifier']; }
  get yoy_pct() { return this.block.flags[this.at] & YOY_NULL ? null : this.block.yoy[this.at]; }
  get status() { return this.block.text(this.at, STATUS) as Observation['status']; }
  get release_id() { return this.block.text(this.at, RELEASE_ID); }
  get source_url() { return this.block.text(this.at, SOURCE_URL); }
  get source_quote() { return this.block.text(this.at, SOURCE_QUOTE); }
  get published() { return this.block.text(this.at, PUBLISHED); }
  get revision() { return this.block.revision[this.at]; }
  get period_type() { return this.block.text(this.at, PERIOD_TYPE) as Observation['period_type']; }
  get partner_code() { return this.block.text(this.at, PARTNER_CODE); }
  get area_code() { return this.block.text(this.at, AREA_CODE); }
  get is_total() { return (this.block.flags[this.at] & IS_TOTAL) !== 0; }

  /**
   * The interval the row's figure stands for (valueBounds, rows.ts, passes `work`), worked out on
   * the first ask and kept in the block: the checks ask for it in every comparison a row takes
   * part in (a part against its whole and its breakdown's total, a flow in its sums, a figure
   * against last year's), and each time it read the printed precision again.
   */
  bounds(work: (row: BlockRow) => [number, number]): [number, number] {
    const columns = this.block.columns;
    const at = this.at;
    if (columns.flags[at] & BOUNDS_KEPT) return [columns.low[at], columns.high[at]];
    const found = work(this);
    if (at < columns.flags.length) {
      columns.low[at] = found[0];
      columns.high[at] = found[1];
      columns.flags[at] |= BOUNDS_KEPT;
    }
    return found;
  }
}

/**
 * Keeps rows in blocks of columns, its texts in one dictionary (one per gate run: it grows with
 * the distinct texts of what the run reads, and goes with it). `add` takes a row (with the text
 * to keep as its quote, compactRow's) and gives the held row.
 */
export class RowColumns {
  private readonly dictionary = new TextDictionary();
  /** Columns of blocks whose rows were all released, for the next blocks. */
  private readonly spare: Columns[] = [];
  private block = new RowBlock(this.dictionary.texts, new Columns());

  add(row: Observation, id: string, quote: string): Observation {
    if (this.block.used === BLOCK_ROWS) this.block = new RowBlock(this.dictionary.texts, this.spare.pop() ?? new Columns());
    const block = this.block;
    const at = block.used++;
    this.texts(block.codes, at * TEXT_COLUMNS, row, quote);
    block.value[at] = row.value ?? 0;
    block.yoy[at] = row.yoy_pct ?? 0;
    block.revision[at] = row.revision;
    block.flags[at] = (row.value === null ? VALUE_NULL : 0) | (row.yoy_pct === null ? YOY_NULL : 0) | (row.is_total ? IS_TOTAL : 0);
    return new BlockRow(block, at, id);
  }

  /**
   * Notes that nothing reads the row any more (its verdict is out, and nothing that still names it
   * is read). Once every row of a full block is released, its columns go to the next block: they
   * would otherwise wait, dead, for a full collection (a block's columns are some 200 KB outside
   * the heap, and the gate goes through a million rows' worth while it holds about a year of them),
   * and a row of a block given up reads undefined in every field but its id.
   */
  release(row: Observation): void {
    if (!(row instanceof BlockRow) || row.block.texts !== this.dictionary.texts) return;
    const block = row.block;
    const columns = block.columns;
    if (columns === RETIRED || columns.flags[row.at] & RELEASED) return;
    columns.flags[row.at] |= RELEASED;
    if (++block.released < BLOCK_ROWS) return;
    block.columns = RETIRED;
    this.spare.push(columns);
  }

  /** Writes the codes of a row's texts from `at` on (each field by name, in column order). */
  private texts(codes: Uint32Array, at: number, row: Observation, quote: string): void {
    const d = this.dictionary;
    codes[at + DATASET] = d.code(row.dataset);
    codes[at + AREA] = d.code(row.area);
    codes[at + PARTNER] = d.code(row.partner);
    codes[at + FLOW] = d.code(row.flow);
    codes[at + COMMODITY] = d.code(row.commodity);
    codes[at + BREAKDOWN] = d.code(row.breakdown);
    codes[at + MEASURE] = d.code(row.measure);
    codes[at + PERIOD_START] = d.code(row.period_start);
    codes[at + PERIOD_END] = d.code(row.period_end);
    codes[at + UNIT] = d.code(row.unit);
    codes[at + QUALIFIER] = d.code(row.qualifier);
    codes[at + STATUS] = d.code(row.status);
    codes[at + RELEASE_ID] = d.code(row.release_id);
    codes[at + SOURCE_URL] = d.code(row.source_url);
    codes[at + SOURCE_QUOTE] = d.code(quote);
    codes[at + PUBLISHED] = d.code(row.published);
    codes[at + PERIOD_TYPE] = d.code(row.period_type);
    codes[at + PARTNER_CODE] = d.code(row.partner_code);
    codes[at + AREA_CODE] = d.code(row.area_code);
  }
}
