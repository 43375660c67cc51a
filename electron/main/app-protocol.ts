import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { rendererFile } from './shell-policy';

/**
 * The UI is served from `app://kobi/` (issue 13 item 6), never from file://
 * or http: a custom, secure, standard scheme with a strict Content-Security-
 * Policy on every answer; only files under the renderer build are served.
 */
export const APP_SCHEME = 'app';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = rendererFile(root, request.url);
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
    if (path === null) return new Response('Bulunamadı', { status: 404, headers });
    try {
      const body = await readFile(path);
      return new Response(body, { headers: { ...headers, 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' } });
    } catch {
      // A client-side route: the single page answers it.
      const index = await readFile(join(root, 'index.html'));
      return new Response(index, { headers: { ...headers, 'Content-Type': TYPES['.html'] ?? 'text/html' } });
    }
  });
}
