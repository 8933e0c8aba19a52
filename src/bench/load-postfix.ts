/** Postfix's smtp-source as the load generator (C, so the generator costs the machine little). */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RECIPIENT, SENDER } from './mail.js';

export function findSmtpSource(): string | null {
  for (const dir of ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']) {
    const file = path.join(dir, 'smtp-source');
    if (spawnSync('test', ['-x', file]).status === 0) return file;
  }
  return null;
}

export interface SmtpSourceResult {
  seconds: number;
  exitCode: number | null;
  stderr: string;
}

/** `smtp-source -s sessions -m total [-d] -F file`: -d keeps each session's connection for all its messages. */
export async function smtpSource(binary: string, options: { port: number; sessions: number; total: number; reuse: boolean; message: Buffer }): Promise<SmtpSourceResult> {
  const file = path.join(os.tmpdir(), `dlp-bench-${process.pid}.eml`);
  // smtp-source appends CRLF to each line of the file itself.
  writeFileSync(file, options.message.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
  const args = ['-s', String(options.sessions), '-m', String(options.total), '-f', SENDER, '-t', RECIPIENT, '-M', 'bench.example.co.jp', '-F', file];
  if (options.reuse) args.unshift('-d');
  args.push(`127.0.0.1:${options.port}`);
  const started = performance.now();
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exitCode = await new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { seconds: (performance.now() - started) / 1000, exitCode, stderr: stderr.trim().slice(0, 500) };
}
