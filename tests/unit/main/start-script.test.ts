import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = resolve(__dirname, '../../../scripts/start.mjs');

/** A stand-in for node_modules/electron whose installer either fails or "downloads" a binary. */
function fakeElectron(installer: 'fails' | 'works'): string {
  const dir = mkdtempSync(join(tmpdir(), 'planner-electron-'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'electron', bin: { 'install-electron': 'install.js' } }),
  );
  const body =
    installer === 'fails'
      ? "console.error(new Error('getaddrinfo ENOTFOUND github.com').stack); process.exit(1);"
      : [
          "const fs = require('fs'); const path = require('path');",
          "fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });",
          "fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '#!/bin/sh\\necho launched \"$@\"\\n', { mode: 0o755 });",
          "fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');",
        ].join('\n');
  writeFileSync(join(dir, 'install.js'), body);
  return dir;
}

function run(electronDir: string): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, [SCRIPT], {
    env: { ...process.env, PLANNER_ELECTRON_DIR: electronDir, ELECTRON_START_VERBOSE: '' },
    encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('scripts/start.mjs', () => {
  it('without a binary and without network: exits 1 with a short message naming npm run web', () => {
    const { status, out } = run(fakeElectron('fails'));
    expect(status).toBe(1);
    expect(out).toContain('npm run web');
    expect(out).not.toMatch(/\n\s+at /);
    expect(out).not.toContain('ENOTFOUND');
  });

  it.skipIf(process.platform === 'win32')(
    'installs the binary when missing, then launches it on "."',
    () => {
      const { status, out } = run(fakeElectron('works'));
      expect(status).toBe(0);
      expect(out).toContain('launched .');
    },
  );

  it.skipIf(process.platform === 'win32')('launches an installed binary directly', () => {
    const dir = fakeElectron('fails');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '#!/bin/sh\necho launched "$@"\n');
    chmodSync(join(dir, 'dist', 'electron'), 0o755);
    writeFileSync(join(dir, 'path.txt'), 'electron');
    const { status, out } = run(dir);
    expect(status).toBe(0);
    expect(out).toContain('launched .');
    expect(out).not.toContain('downloading');
  });
});
