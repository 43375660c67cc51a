import { dialog, shell, type BrowserWindow, type Session, type WebContents } from 'electron';
import { isAllowedExternalLink, isAppUrl, navigationVerdict } from './shell-policy';

export { APP_ORIGIN } from './shell-policy';

/**
 * The shell's hardening (issue 13 item 6, Electron security checklist):
 * no navigation away from the app, no new windows, no permission (camera,
 * notifications, geolocation…) ever granted, and external links opened in the
 * system browser only for the allow-listed hosts, after the user confirms.
 * The decisions themselves are plain functions in shell-policy.ts.
 */
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
    const verdict = navigationVerdict(url);
    if (verdict === 'allow') return;
    event.preventDefault();
    if (verdict === 'offer-external') void confirmExternal(windowOf(), url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void confirmExternal(windowOf(), url);
    return { action: 'deny' };
  });
}
