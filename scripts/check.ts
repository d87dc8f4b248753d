#!/usr/bin/env node
// The archive's guards (`npm run check`): raw files and committed content. See src/lib/guards/.
import { terminalIo } from '../src/lib/cli/progress.ts';
import { runCheck } from '../src/lib/guards/run-check.ts';

process.exitCode = await runCheck(process.argv.slice(2), terminalIo());
