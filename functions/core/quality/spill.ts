/**
 * Lines kept gzipped in memory: what the quality gate finds grows with the dataset (a million
 * random rows give over a hundred thousand held rows, and 150 MB of quality.json), so the report
 * keeps its entries as JSON lines compressed in gzip members of about 64 KB of text, about a
 * tenth of their size, and reads them back one member at a time. Members concatenate into a valid
 * gzip file, so the gate's record is written from them as they are.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

/** Text per gzip member: large enough to compress well, small enough to read back without a large string. */
const MEMBER_CHARS = 64 * 1024;
/** Fast compression: the lines are read back once or twice (level 1 compresses JSON about 11x at ~180 MB/s, level 6 about 13x at ~80 MB/s). */
const LEVEL = 1;

/** One gzip member of a spill: its bytes, how many lines it holds and the latest period among them. */
export interface SpillMember {
  bytes: Uint8Array;
  lines: number;
  last: string;
}

/** Bytes of pending lines a spill starts with (doubled as lines come, up to about a member's). */
const PENDING_START = 4 * 1024;
/** The largest buffer of pending bytes a spill keeps once its lines are in a member (what a member of short lines grows it to). */
const KEPT_BYTES = 4 * MEMBER_CHARS;

/**
 * An append-only list of lines (none may contain "\n", and each is well-formed UTF-16, as
 * JSON.stringify writes), gzipped as it grows. The lines not yet in a member are kept as their
 * UTF-8 bytes, each followed by "\n" (what the member will gzip), outside V8's heap: a gate keeps
 * a spill open per period for two years of periods, and their pending lines as strings were a few
 * megabytes of long-lived heap, which V8 multiplies by its growth factor.
 */
export class LineSpill {
  private readonly members: Uint8Array[] = [];
  /** Lines in each member (so a reader can skip whole members without gunzipping them). */
  private readonly memberLines: number[] = [];
  /** The latest period of each member's lines ('' when none was given). */
  private readonly memberLast: string[] = [];
  /** The pending lines' UTF-8 bytes, each line followed by "\n" (`pendingBytes` of them used). */
  private pending: Buffer | null = null;
  private pendingBytes = 0;
  private pendingLines = 0;
  private pendingChars = 0;
  private pendingLast = '';
  /** Lines pushed so far. */
  count = 0;

  /** Adds a line, with the period it belongs to (kept per member, so that the next version can tell which members it carries whole). */
  push(line: string, period = ''): void {
    this.append(line);
    this.pendingLines++;
    this.pendingChars += line.length + 1;
    if (period > this.pendingLast) this.pendingLast = period;
    this.count++;
    if (this.pendingChars >= MEMBER_CHARS) this.flush();
  }

  /** Adds a member as it was gzipped elsewhere (a previous version's record), after the lines pushed so far. */
  adopt(member: SpillMember): void {
    this.seal();
    this.members.push(member.bytes);
    this.memberLines.push(member.lines);
    this.memberLast.push(member.last);
    this.count += member.lines;
  }

  /** Every line from the `from`-th on, in the order pushed (members before it are not gunzipped). */
  *lines(from = 0): Generator<string> {
    let skip = from;
    for (const [i, member] of this.members.entries()) {
      if (skip >= this.memberLines[i]) {
        skip -= this.memberLines[i];
        continue;
      }
      const text = gunzipSync(member).toString('utf8');
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        if (skip > 0) skip--;
        else yield text.slice(start, end);
        start = end + 1;
      }
    }
    // Decoded now: a line pushed while the caller reads must not shift what it reads.
    if (this.pendingLines === 0) return;
    const text = this.pending!.toString('utf8', 0, this.pendingBytes);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      if (skip > 0) skip--;
      else yield text.slice(start, end);
      start = end + 1;
    }
  }

  /** Appends a line's UTF-8 bytes and "\n" to the pending bytes (grown by doubling). */
  private append(line: string): void {
    // At most three bytes per UTF-16 unit, and the "\n".
    const most = this.pendingBytes + line.length * 3 + 1;
    if (this.pending === null || most > this.pending.byteLength) {
      const grown = Buffer.allocUnsafeSlow(Math.max(PENDING_START, most, (this.pending?.byteLength ?? 0) * 2));
      if (this.pending !== null) this.pending.copy(grown, 0, 0, this.pendingBytes);
      this.pending = grown;
    }
    this.pendingBytes += this.pending.write(line, this.pendingBytes, 'utf8');
    this.pending[this.pendingBytes++] = 0x0a;
  }

  /** The lines as gzip members ("\n" after each line), for a file of them, with what each holds. */
  *gzipped(): Generator<SpillMember> {
    this.seal();
    for (const [i, bytes] of this.members.entries()) yield { bytes, lines: this.memberLines[i], last: this.memberLast[i] };
  }

  /** Compresses the lines pushed since the last member into one, and lets the pending bytes go (no more lines expected soon). */
  seal(): void {
    this.flush();
    this.pending = null;
  }

  /**
   * Compresses the lines pushed since the last member into one. The pending bytes' buffer stays
   * for the lines to come: a spill that fills a member is being written to, and a new buffer for
   * each member (grown by doubling to about 128 KB, some 250 KB in all) was half of what the gate's
   * spills allocated outside the heap, buffers that outlive the young generation and wait, dead,
   * for a full collection.
   */
  private flush(): void {
    if (this.pendingLines === 0) return;
    // The same bytes as the lines joined by "\n" with one after the last. Copied to a buffer of its own size: zlib's output can be a view of a larger one.
    this.members.push(new Uint8Array(gzipSync(this.pending!.subarray(0, this.pendingBytes), { level: LEVEL })));
    this.memberLines.push(this.pendingLines);
    this.memberLast.push(this.pendingLast);
    // A buffer grown for one long line (a pass's state line at a million rows: a megabyte) is not kept.
    if (this.pending!.byteLength > KEPT_BYTES) this.pending = null;
    this.pendingBytes = 0;
    this.pendingLines = 0;
    this.pendingChars = 0;
    this.pendingLast = '';
  }
}
