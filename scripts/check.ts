#!/usr/bin/env node
// The archive's guards (`npm run check`): raw files and committed content. See src/lib/guards/.
import { runCheck } from '../src/lib/guards/run-check.ts';

process.exitCode = await runCheck({
	out: (line) => console.log(line),
	err: (line) => console.error(line),
});
