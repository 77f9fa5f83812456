// `node --import ./tests/support/trace-loads.mjs ...`: appends the URL of every module the process
// loads to the file named by CLAIMDIFF_TRACE_LOADS, one per line (see tests/cli/lazy-loading.test.ts).
import { register } from 'node:module';

register(new URL('./trace-loads-hooks.mjs', import.meta.url), { data: { file: process.env.CLAIMDIFF_TRACE_LOADS } });
