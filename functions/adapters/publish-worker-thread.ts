/**
 * The publish thread's side of the process's one publish worker thread (publish-worker.ts): started
 * the first time a publish needs it, reused by every later one (each version's hash group and each
 * Parquet file a channel of its own, worker-sha256.ts and worker-parquet.ts), and never ended while
 * the process lives. A worker thread that ended as a publish ended (terminated, and later asked to
 * end) took a test fork down by SIGSEGV now and then (README, Tests: the publish-pipeline flake);
 * a thread that never ends cannot. It is referenced only while a channel is open, so an idle one
 * never holds the process (a test fork, a local run) open; in Lambda a warm invocation finds it
 * started and saves the thread's start (README, "Fortieth session").
 *
 * Every message to the worker and every answer carries its channel's id (`ch`): the worker keeps a
 * channel's hashers or row-group writer apart from the others' and drops them when the channel ends,
 * and answers go to the channel that asked. A thread that dies (an uncaught error, an exit) fails
 * every channel open on it with the reason, and the next channel gets a new thread.
 */
import { Worker, type Transferable } from 'node:worker_threads';

/** What tells the worker a channel is over: its hashers or its writer are dropped. */
export interface EndRequest {
  ch: number;
  end: true;
}

/** Who listens on a channel: its answers, and the error that ends it if the thread dies. */
export interface ChannelListener {
  answer(reply: { ch: number }): void;
  fail(error: Error): void;
}

/**
 * The publish worker thread (this hashing and the Parquet row groups) holds a few megabytes of
 * bytes and one row group's columns and pages (16,384 rows) per open channel: a small heap. Its
 * young generation is 2 MB: the Parquet side's 8 MB kept 6 MB more committed for no measurable
 * time. Its script is plain JavaScript, so it starts without the parent's flags (a repository run's
 * TypeScript loader took about 9 MB more of it; in Lambda there are none).
 */
export const PUBLISH_WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 64 }, execArgv: [] };

/** A message of a channel as its sender writes it: without the channel's id, which the channel stamps (each member of a union alike). */
type WithoutChannel<M> = M extends unknown ? Omit<M, 'ch'> : never;

/** One channel of the thread: a hash group's or a Parquet file's messages, and their answers. */
export class PublishChannel {
  constructor(readonly thread: PublishWorkerThread, readonly id: number) {}

  /** Sends a message of this channel, stamped with its id (`ch`), its buffers in `transfer` moved, not copied. */
  post<M extends { ch: number }>(message: WithoutChannel<M>, transfer?: Transferable[]): void {
    this.thread.post({ ...message, ch: this.id }, transfer);
  }

  /** Ends the channel: the worker drops its state once it has answered what was sent before; the thread lives on. */
  close(): void {
    this.thread.close(this.id);
  }
}

export class PublishWorkerThread {
  readonly worker: Worker;
  private readonly channels = new Map<number, ChannelListener>();
  private ids = 0;
  private lost: Error | undefined;

  constructor(script: URL, private readonly onLost: (thread: PublishWorkerThread) => void = () => {}) {
    this.worker = new Worker(script, PUBLISH_WORKER_OPTIONS);
    this.worker.unref();
    this.worker.on('message', (reply: { ch: number }) => this.channels.get(reply.ch)?.answer(reply));
    this.worker.on('error', (error) => this.die(new Error(`the publish worker thread failed: ${error.stack ?? error.message}`, { cause: error })));
    this.worker.on('messageerror', (error) => this.die(new Error(`the publish worker thread sent a message that could not be read: ${error.message}`, { cause: error })));
    this.worker.on('exit', (code) => this.die(new Error(`the publish worker thread exited with code ${code}`)));
  }

  /** Whether the thread died (its channels failed; a new one replaces it). */
  get isLost(): boolean {
    return this.lost !== undefined;
  }

  /** How many channels are open. */
  get openChannels(): number {
    return this.channels.size;
  }

  /** Opens a channel; the thread holds the process open while any is. */
  open(listener: ChannelListener): PublishChannel {
    const id = ++this.ids;
    if (this.lost) {
      // Too late to use it: the channel fails at once (its first wait rejects).
      listener.fail(this.lost);
      return new PublishChannel(this, id);
    }
    if (this.channels.size === 0) this.worker.ref();
    this.channels.set(id, listener);
    return new PublishChannel(this, id);
  }

  post<M extends { ch: number }>(message: M, transfer?: Transferable[]): void {
    if (!this.lost) this.worker.postMessage(message, transfer);
  }

  close(id: number): void {
    if (!this.channels.delete(id)) return;
    this.worker.postMessage({ ch: id, end: true } satisfies EndRequest);
    if (this.channels.size === 0) this.worker.unref();
  }

  private die(error: Error): void {
    if (this.lost) return;
    this.lost = error;
    this.onLost(this);
    this.worker.unref();
    const open = [...this.channels.values()];
    this.channels.clear();
    for (const listener of open) listener.fail(error);
  }
}

const threads = new Map<string, PublishWorkerThread>();

/**
 * The process's publish worker thread for `script`: the one already started, unless it died, else a
 * new one. Never ended by this process: it ends with it.
 */
export function publishWorkerThread(script: URL): PublishWorkerThread {
  const running = threads.get(script.href);
  if (running && !running.isLost) return running;
  const thread = new PublishWorkerThread(script, (lost) => threads.get(script.href) === lost && threads.delete(script.href));
  threads.set(script.href, thread);
  return thread;
}
