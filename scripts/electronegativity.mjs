// Runs Electronegativity on the built app (out/: main, preload and renderer HTML) and fails on
// any finding of medium or high severity that SECURITY.md does not list as a false positive.
// Electronegativity always exits 0, so its findings are read through its programmatic API.
// Usage: npm run build && node scripts/electronegativity.mjs [input-dir]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const FAILING = new Set(['MEDIUM', 'HIGH']);
const SECTION = '## Electronegativity findings judged false positives';

/**
 * Reads the allowlist table from SECURITY.md: rows `| CHECK_ID | file | max | reason |` under
 * the section heading. Returns { entries, problems }.
 */
export function parseAllowlist(markdown) {
  const entries = [];
  const problems = [];
  const start = markdown.indexOf(SECTION);
  if (start < 0) return { entries, problems: [`SECURITY.md has no "${SECTION}" section`] };
  const rest = markdown.slice(start + SECTION.length);
  const end = rest.search(/\n## /);
  const section = end < 0 ? rest : rest.slice(0, end);
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 6 || !/^[A-Z][A-Z0-9_]+$/.test(cells[1].replace(/`/g, ''))) continue;
    const [, id, file, max, reason] = cells.map((cell) => cell.replace(/`/g, ''));
    const count = Number(max);
    if (!Number.isInteger(count) || count < 1) problems.push(`${id}: "${max}" is not a count`);
    if (reason.length < 20) problems.push(`${id} in ${file}: the reason is missing or too short`);
    entries.push({ id, file, max: count, reason });
  }
  return { entries, problems };
}

/** Splits findings into allowed and failing, given the allowlist. */
export function judge(issues, entries) {
  const failing = [];
  const allowed = [];
  const used = new Map();
  for (const issue of issues) {
    if (!FAILING.has(issue.severity)) continue;
    const entry = entries.find((e) => e.id === issue.id && e.file === issue.file);
    const key = `${issue.id}|${issue.file}`;
    const count = (used.get(key) ?? 0) + 1;
    used.set(key, count);
    if (entry && count <= entry.max) allowed.push(issue);
    else failing.push(issue);
  }
  return { failing, allowed };
}

function format(issue) {
  return `  ${issue.severity.padEnd(6)} ${issue.id}  ${issue.file}:${issue.line}  ${issue.description}`;
}

async function main() {
  const input = resolve(root, process.argv[2] ?? 'out');
  if (!existsSync(join(input, 'main', 'index.js'))) {
    console.error(`electronegativity: ${input} has no main/index.js; run \`npm run build\` first.`);
    process.exit(1);
  }
  const { entries, problems } = parseAllowlist(readFileSync(join(root, 'SECURITY.md'), 'utf8'));
  const electronVersion = JSON.parse(
    readFileSync(require.resolve('electron/package.json'), 'utf8'),
  ).version;
  const run = require('@doyensec/electronegativity');
  const result = await run(
    {
      input,
      isRelative: true,
      isVerbose: false,
      customScan: [],
      excludeFromScan: [],
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  const issues = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    file: issue.file,
    line: issue.location.line,
    description: String(issue.description ?? '').split('\n')[0],
  }));
  // Its parser predates some syntax in the renderer bundle (class private fields from libraries).
  // The renderer has no Electron or Node access, and its HTML (CSP) is still scanned, so a parse
  // failure there is reported but tolerated; one in main or preload fails the run.
  const untolerated = result.errors.filter((error) => !error.tolerable);
  const rendererBundle = (error) => /[\\/]renderer[\\/]assets[\\/][^\\/]+\.js$/.test(error.file);
  const parseErrors = untolerated.filter((error) => !rendererBundle(error));
  for (const error of untolerated.filter(rendererBundle)) {
    console.log(`  note: renderer bundle not parsed (${error.message}): ${error.file}`);
  }
  const { failing, allowed } = judge(issues, entries);
  console.log(
    `\nelectronegativity ${electronVersion ? `(Electron ${electronVersion}) ` : ''}on ${input}`,
  );
  console.log(
    `  ${issues.length} findings, ${allowed.length} medium/high judged false positives (SECURITY.md)`,
  );
  for (const issue of allowed) console.log(`  allowed ${format(issue).trim()}`);
  for (const problem of problems) console.error(`  SECURITY.md: ${problem}`);
  for (const error of parseErrors)
    console.error(`  could not parse ${error.file}: ${error.message}`);
  if (failing.length > 0) {
    console.error('\nMedium/high findings not judged false positives:');
    for (const issue of failing) console.error(format(issue));
  }
  if (failing.length > 0 || problems.length > 0 || parseErrors.length > 0) process.exit(1);
  console.log('electronegativity: no medium or high findings left.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`electronegativity: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
