/** The Logger port as one JSON line per event on stderr (CloudWatch parses it; stdout stays for data). */
import type { Logger } from '../core/ports.js';

export class JsonLogger implements Logger {
  constructor(
    private readonly component: string,
    private readonly write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {}

  info(message: string, fields?: Record<string, unknown>): void {
    this.log('INFO', message, fields);
  }

  warn(message: string, fields?: Record<string, unknown>): void {
    this.log('WARN', message, fields);
  }

  error(message: string, fields?: Record<string, unknown>): void {
    this.log('ERROR', message, fields);
  }

  private log(level: string, message: string, fields?: Record<string, unknown>) {
    this.write(JSON.stringify({ level, component: this.component, message, ...fields, time: new Date().toISOString() }));
  }
}
