import { spawn } from 'node:child_process';
import { REPO_ROOT } from './server-process';

export interface CommandResult {
  code: number | null;
  output: string;
}

/** `npm run <script> -- <args>` as a user types it, from `cwd` (the repository root by default). */
export function npmRun(
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd = REPO_ROOT,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}
