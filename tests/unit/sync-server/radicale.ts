/**
 * A real CalDAV server for the sync tests: Radicale (Debian's /usr/bin/radicale) on 127.0.0.1,
 * on a free port, with its own temporary folder and an htpasswd user (plain encryption, so the
 * file is written without hashing tools). `stop` and `start` take it down and up on the same
 * port and data, for the offline tests; `dispose` removes everything. With `rights`, access is
 * decided by a Radicale rights file (read on every request, so `setRights` changes it live).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RADICALE = '/usr/bin/radicale';
export const USER = 'ana';
export const PASSWORD = 'app-password-1';
export const OTHER_USER = 'ben';

export type Radicale = {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Replaces the rights file (only when started with one). */
  setRights(rights: string): Promise<void>;
  dispose(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls until the server answers (any HTTP status), or fails after `limitMs`. */
async function waitUntilUp(url: string, child: ChildProcess, limitMs = 15_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`radicale exited with ${child.exitCode}`);
    const up = await fetch(url, { method: 'OPTIONS' }).then(
      () => true,
      () => false,
    );
    if (up) return;
    // The next poll waits for the event loop's next timer turn; no fixed sleep decides readiness.
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('radicale did not start in time');
}

/** Starts Radicale with two users (ana and ben, both with PASSWORD). */
export async function startRadicale(options: { rights?: string } = {}): Promise<Radicale> {
  const dir = await mkdtemp(join(tmpdir(), 'radicale-'));
  const users = join(dir, 'users');
  await writeFile(users, `${USER}:${PASSWORD}\n${OTHER_USER}:${PASSWORD}\n`);
  const rightsFile = join(dir, 'rights');
  if (options.rights !== undefined) await writeFile(rightsFile, options.rights);
  const rightsArgs =
    options.rights === undefined ? [] : ['--rights-type=from_file', `--rights-file=${rightsFile}`];
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  let child: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    const proc = spawn(
      RADICALE,
      [
        `--server-hosts=127.0.0.1:${port}`,
        `--storage-filesystem-folder=${join(dir, 'collections')}`,
        '--auth-type=htpasswd',
        `--auth-htpasswd-filename=${users}`,
        '--auth-htpasswd-encryption=plain',
        '--logging-level=warning',
        ...rightsArgs,
      ],
      { stdio: 'ignore' },
    );
    child = proc;
    await waitUntilUp(url, proc);
  };
  const stop = async (): Promise<void> => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  };
  await start();
  return {
    url,
    port,
    stop,
    start,
    setRights: (rights) => writeFile(rightsFile, rights),
    async dispose() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Whether the Radicale binary is installed (CI installs it; see .ci/run). */
export const hasRadicale = existsSync(RADICALE);

/** Basic auth header of a user. */
export function auth(user = USER): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${user}:${PASSWORD}`).toString('base64')}` };
}
