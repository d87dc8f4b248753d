#!/usr/bin/env node
// Turns raw minutes under content/raw into the content collections. See `npm run ingest -- --help`.
import { terminalIo } from '../src/lib/cli/progress.ts';
import { runIngest } from '../src/lib/ingest/run-ingest.ts';

process.exitCode = await runIngest(process.argv.slice(2), terminalIo());
