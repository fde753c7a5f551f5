#!/usr/bin/env node
// Entry point of the `customs-publisher` command. It runs the TypeScript sources directly through
// tsx, so the command works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
