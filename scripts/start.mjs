// Launches the built desktop app. When the Electron binary is missing (it is downloaded on first
// use), runs Electron's own `install-electron`; if that fails too (no network), says so in two
// lines and points at `npm run web` instead of printing a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the installed Electron executable is, or null when it is not installed. */
export function findElectronBinary(electronDir, env = process.env) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const base = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(base, relative);
  return existsSync(binary) ? binary : null;
}

/** What to do next: launch, try the installer once, or give up with the message. */
export function nextStep({ binary, installTried }) {
  if (binary !== null) return 'launch';
  return installTried ? 'give-up' : 'install';
}

/** The path of Electron's `install-electron` bin, read from its package.json. */
export function installerPath(electronDir) {
  const pkg = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  const bin = typeof pkg.bin === 'object' && pkg.bin !== null ? pkg.bin['install-electron'] : null;
  return typeof bin === 'string' ? join(electronDir, bin) : null;
}

export const GIVE_UP_MESSAGE = [
  'Hybrid Planner: the Electron runtime is not installed and could not be downloaded (is this machine offline?).',
  'Run the planner in your browser instead:  npm run web',
  'Or retry the download later:             npx install-electron',
].join('\n');

function runInstaller(electronDir) {
  const installer = installerPath(electronDir);
  if (installer === null) return false;
  console.log('Hybrid Planner: downloading the Electron runtime (first run only)…');
  // Its output is a stack trace when offline; keep it for ELECTRON_START_VERBOSE only.
  const verbose = Boolean(process.env.ELECTRON_START_VERBOSE);
  const result = spawnSync(process.execPath, [installer], {
    cwd: electronDir,
    stdio: verbose ? 'inherit' : 'pipe',
    timeout: 15 * 60_000,
  });
  return result.status === 0;
}

function launch(binary, args) {
  const child = spawn(binary, ['.', ...args], { stdio: 'inherit', windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`Hybrid Planner: could not start Electron (${error.message}).`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const require = createRequire(import.meta.url);
  const electronDir =
    process.env.PLANNER_ELECTRON_DIR || dirname(require.resolve('electron/package.json'));
  let installTried = false;
  for (;;) {
    const binary = findElectronBinary(electronDir);
    const step = nextStep({ binary, installTried });
    if (step === 'launch') return launch(binary, process.argv.slice(2));
    if (step === 'give-up') {
      console.error(GIVE_UP_MESSAGE);
      process.exit(1);
    }
    installTried = true;
    runInstaller(electronDir);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
