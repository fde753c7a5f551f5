/**
 * Extraction in a worker thread with a hard deadline. The extractors have input caps and no
 * backtracking patterns (core/extract/limits.ts), but a pattern or loop nobody has found yet could
 * still spin on some input, and a spinning extractor in the normalize thread would hold the whole
 * invocation until Lambda kills it. In a worker it is terminated at the deadline: that release
 * fails with the reason (an attempt counted, its raw bytes kept), and the next one gets a fresh
 * worker. The worker is started once and reused while it behaves (it costs a module load, tens of
 * milliseconds bundled; a release costs a message each way), and it has a heap limit of its own,
 * so an input that makes the extractors allocate without end fails alone too.
 *
 * The worker's code is `extract-worker.mjs` beside the Lambda bundle (infra/ bundles it next to
 * the handler), or its TypeScript entry bundled on the spot when running from the repository.
 */
import { Worker, parentPort, type MessagePort } from 'node:worker_threads';
import type { ExtractionContext, ExtractionOutcome } from '../core/contract.js';
import type { ExtractOptions } from '../core/extract/index.js';
import type { ReleaseExtractor } from '../core/ports.js';
import { workerScript } from './worker-script.js';

/** One extraction asked of the worker. */
interface ExtractJob {
  id: number;
  body: string;
  context: ExtractionContext;
  options: ExtractOptions;
}

/** What the worker says: that it is ready, or a job's outcome. */
type WorkerMessage = { ready: true } | { id: number; outcome: ExtractionOutcome };

/** How the worker thread is started and bounded. */
export interface WorkerExtractorOptions {
  /** Longest one extraction may run, from the moment it is handed to a ready worker. */
  deadlineMs: number;
  /** The worker's module (default: the bundled extract-worker.mjs, or the TypeScript source). */
  workerUrl?: URL;
  /** Longest a new worker may take to load its code (source runs transpile it first). */
  startupMs?: number;
  /** Heap limit of the worker (MB). */
  maxHeapMb?: number;
}

/** The ReleaseExtractor port over one reusable worker thread; jobs run one at a time. */
export class WorkerReleaseExtractor implements ReleaseExtractor {
  private worker: Worker | undefined;
  private ready: Promise<Worker> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(private readonly options: WorkerExtractorOptions) {}

  /** Extracts one body in the worker; a run past the deadline or a crashed worker is a failed outcome, never a throw. */
  extract(body: string, context: ExtractionContext, options: ExtractOptions): Promise<ExtractionOutcome> {
    const run = this.queue.then(() => this.runJob({ id: this.nextId++, body, context, options }));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Starts the worker now, so its start overlaps other work (a cold Lambda loading its sources); a failed start is retried by the first job. */
  warm(): void {
    this.readyWorker().catch(() => undefined);
  }

  /** Stops the worker (tests, and tools that exit). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.discard();
    await worker?.terminate();
  }

  private async runJob(job: ExtractJob): Promise<ExtractionOutcome> {
    const worker = await this.readyWorker();
    worker.ref();
    try {
      return await new Promise<ExtractionOutcome>((resolve) => {
        const done = (outcome: ExtractionOutcome) => {
          clearTimeout(timer);
          worker.off('message', onMessage).off('error', onError).off('exit', onExit);
          resolve(outcome);
        };
        const onMessage = (message: WorkerMessage) => {
          if ('id' in message && message.id === job.id) done(message.outcome);
        };
        const onError = (error: Error) => {
          this.discard(worker);
          done({ ok: false, reason: `extraction stopped: its worker failed (${error.message})` });
        };
        const onExit = (code: number) => {
          this.discard(worker);
          done({ ok: false, reason: `extraction stopped: its worker exited with code ${code}` });
        };
        // The deadline that no input can get past: the thread is terminated, whatever it is doing.
        const timer = setTimeout(() => {
          this.discard(worker);
          void worker.terminate();
          done({ ok: false, reason: `extraction did not finish within ${this.options.deadlineMs / 1000} s and was stopped` });
        }, this.options.deadlineMs);
        worker.on('message', onMessage).on('error', onError).on('exit', onExit);
        worker.postMessage(job);
      });
    } finally {
      worker.unref();
    }
  }

  /** The running worker, or a new one once it has loaded its code. */
  private readyWorker(): Promise<Worker> {
    if (this.ready) return this.ready;
    this.ready = this.startWorker();
    // Nothing waits on a failed start that no job asked for.
    this.ready.catch(() => undefined);
    return this.ready;
  }

  private async startWorker(): Promise<Worker> {
    const script = await workerScript('extract-worker', this.options.workerUrl);
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 512 } });
    const startupMs = this.options.startupMs ?? 60_000;
    this.worker = worker;
    // Held open only while a job runs (runJob): an idle or warming worker must not keep a local run or a test alive.
    worker.unref();
    // Listened to for the worker's whole life: an unheard 'error' event would crash this process.
    worker.on('error', () => this.discard(worker)).on('exit', () => this.discard(worker));
    return new Promise<Worker>((resolve, reject) => {
      const settle = (error?: string) => {
        clearTimeout(timer);
        worker.off('message', onReady).off('error', onError).off('exit', onExit);
        if (!error) return resolve(worker);
        this.discard(worker);
        void worker.terminate();
        // Not the release's fault: thrown, so the message is retried like any infrastructure error.
        reject(new Error(`the extraction worker did not start: ${error}`));
      };
      const onReady = () => settle();
      const onError = (error: Error) => settle(error.message);
      const onExit = (code: number) => settle(`it exited with code ${code}`);
      const timer = setTimeout(() => settle(`no answer within ${startupMs / 1000} s`), startupMs);
      worker.on('message', onReady).on('error', onError).on('exit', onExit);
    });
  }

  /** Forgets a worker that failed or was stopped (the current one by default); the next job starts a new one. */
  private discard(worker: Worker | undefined = this.worker): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.ready = undefined;
  }
}

/**
 * A short release the worker reads once before it says it is ready. The first extraction in a fresh
 * thread compiles hundreds of expressions and the code that runs them: several times a warm one's
 * cost, and on a slow or busy CPU more than a tight deadline. Paid here, it counts against the
 * startup limit, so the deadline of every real release measures the release, not the thread's warm-up.
 */
const WARM_UP: { body: string; context: ExtractionContext; options: ExtractOptions } = {
  body:
    'SAMPLETOWN, March 3 (Wire) -- Exports through the Sampletown border port rose 8.4 percent year on year to 12.5 billion yuan ' +
    'in January-February, customs said on Tuesday. Imports fell 3.1% to US$1.2 billion, while 1,250 freight trains left the city, ' +
    'accounting for 40 percent of the total. The trade surplus narrowed to 2.3 billion dollars.',
  context: { dataset: 'warm-up', release_id: 'warm-up', source_url: 'https://warm-up.invalid/', published: '2026-03-03' },
  options: { kind: 'auto' },
};

/**
 * The worker side: answers each job posted to this thread with `extract`'s outcome. Called once by
 * the worker's entry module; `extract` is a parameter so tests can serve a misbehaving extractor.
 */
export function serveExtraction(extract: (body: string, context: ExtractionContext, options: ExtractOptions) => ExtractionOutcome, port: MessagePort | null = parentPort): void {
  if (!port) throw new Error('serveExtraction runs inside a worker thread');
  port.on('message', (job: ExtractJob) => {
    port.postMessage({ id: job.id, outcome: extract(job.body, job.context, job.options) } satisfies WorkerMessage);
  });
  extract(WARM_UP.body, WARM_UP.context, WARM_UP.options);
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
