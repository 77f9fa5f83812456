// Runs the CLI in-process with captured output, as a person would call it.
import { Readable } from 'node:stream';
import { run } from '../../cli/run.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], stdin = ''): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    stdin: Readable.from([stdin]),
    columns: 100,
  });
  return { code, stdout, stderr };
}
