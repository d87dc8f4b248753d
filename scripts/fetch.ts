#!/usr/bin/env node
// Fetches new agendas and minutes from the municipalities' portals as originals. See `npm run fetch -- --help`.
import { terminalIo } from '../src/lib/cli/progress.ts';
import { runFetch } from '../src/lib/fetch/run-fetch.ts';

process.exitCode = await runFetch(process.argv.slice(2), terminalIo());
