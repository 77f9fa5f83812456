#!/usr/bin/env node
// The `claimdiff` binary: everything happens in run(), which tests call directly.
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2));
