import { normalize, join, sep } from 'node:path';

/**
 * The Electron shell's security decisions as plain functions (issue 13 item
 * 6), so they are tested under Node where no Electron binary runs; security.ts,
 * app-protocol.ts and main.ts only wire them to Electron's events.
 */
export const APP_ORIGIN = 'app://kobi';

/** Where a link in the app may lead (KOSGEB's own sites and the official gazette). */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set([
  'www.kosgeb.gov.tr',
  'kosgeb.gov.tr',
  'www.resmigazete.gov.tr',
  'www.mevzuat.gov.tr',
]);

/** A page of the app itself (`app://kobi/…`). */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}

/** An https link to an allow-listed host (no credentials, no other port): opened in the system browser after confirmation. */
export function isAllowedExternalLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      EXTERNAL_LINK_HOSTS.has(parsed.hostname) &&
      parsed.username === '' &&
      parsed.password === '' &&
      parsed.port === ''
    );
  } catch {
    return false;
  }
}

/** What happens when the window would navigate to `url`: stay in the app, offer the link outside, or nothing. */
export function navigationVerdict(url: string): 'allow' | 'offer-external' | 'deny' {
  if (isAppUrl(url)) return 'allow';
  return isAllowedExternalLink(url) ? 'offer-external' : 'deny';
}

/** An IPC call is answered only for the app's own window, its main frame, showing a page of the app. */
export function isTrustedSender(sender: {
  readonly isAppWindow: boolean;
  readonly isMainFrame: boolean;
  readonly frameUrl: string | null;
}): boolean {
  return sender.isAppWindow && sender.isMainFrame && sender.frameUrl !== null && isAppUrl(sender.frameUrl);
}

/**
 * The file under the renderer build that `app://kobi/<path>` names, or `null`
 * for another host or a path that leaves the build folder (`..`, encoded or not).
 */
export function rendererFile(root: string, requestUrl: string): string | null {
  let url: URL;
  let relative: string;
  try {
    url = new URL(requestUrl);
    relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== 'app:' || url.host !== 'kobi' || relative.includes('\0')) return null;
  const path = normalize(join(root, relative));
  return path.startsWith(root + sep) ? path : null;
}
