import { dialog, shell, type BrowserWindow, type Session, type WebContents } from 'electron';

/**
 * The shell's hardening (issue 13 item 6, Electron security checklist):
 * no navigation away from the app, no new windows, no permission (camera,
 * notifications, geolocation…) ever granted, and external links opened in the
 * system browser only for the allow-listed hosts, after the user confirms.
 */
export const APP_ORIGIN = 'app://kobi';

/** Where a link in the app may lead (KOSGEB's own sites and the official gazette). */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set([
  'www.kosgeb.gov.tr',
  'kosgeb.gov.tr',
  'www.resmigazete.gov.tr',
  'www.mevzuat.gov.tr',
]);

export function isAllowedExternalLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && EXTERNAL_LINK_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}

async function confirmExternal(window: BrowserWindow | null, url: string): Promise<void> {
  if (!isAllowedExternalLink(url)) return;
  const options = {
    type: 'question' as const,
    buttons: ['Aç', 'Vazgeç'],
    defaultId: 1,
    cancelId: 1,
    title: 'Dış bağlantı',
    message: 'Bu bağlantı internet tarayıcınızda açılacak:',
    detail: url,
  };
  const answer = window === null ? await dialog.showMessageBox(options) : await dialog.showMessageBox(window, options);
  if (answer.response === 0) await shell.openExternal(url);
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

export function hardenWebContents(contents: WebContents, windowOf: () => BrowserWindow | null): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) {
      event.preventDefault();
      void confirmExternal(windowOf(), url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void confirmExternal(windowOf(), url);
    return { action: 'deny' };
  });
}
