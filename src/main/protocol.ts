/**
 * Serves the built renderer from app://planner/ instead of file://.
 *
 * Why: the packaged app turns off the GrantFileProtocolExtraPrivileges fuse (SECURITY.md), and
 * without those privileges a file:// page cannot load Vite's `<script type="module">` bundle
 * (CORS). A standard, secure custom scheme gives the page a real origin, lets every response
 * carry the CSP header, and confines reads to out/renderer (Electron security checklist #18).
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

/** The scheme, host and entry page of the renderer. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'planner';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Registers app:// as a privileged standard scheme; must run before the app is ready. With
 * `codeCache`, V8 keeps the compiled renderer code between launches (as it does for http://),
 * so a start after the first skips compiling React and the app again.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** The file under `root` an app:// URL names, or null when it is not ours or escapes root. */
export function resolveAppRequest(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path === '/' || path === '') path = '/index.html';
  const base = resolve(root);
  const full = resolve(join(base, path));
  const rel = relative(base, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return full;
}

/** The Content-Type for a file name. */
export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Answers one app:// request from `root` with the CSP header; 404 for anything else. */
export async function serveAppRequest(url: string, root: string, csp: string): Promise<Response> {
  const file = resolveAppRequest(url, root);
  const headers = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
  };
  if (file === null) return new Response('Not found', { status: 404, headers });
  try {
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: { ...headers, 'Content-Type': mimeType(file) },
    });
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
}

/** Starts serving app:// from `root`; returns a cleanup. */
export function handleAppProtocol(root: string, csp: string): () => void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, root, csp));
  return () => protocol.unhandle(APP_SCHEME);
}
