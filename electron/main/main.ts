import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, safeStorage, session, type IpcMainInvokeEvent } from 'electron';
import { format } from 'date-fns';
import { createAppContext, type AppContext, type SessionSlot } from '../services/app-context';
import { ImpactScheduler } from '../services/impact-scheduler';
import { SyncWorker } from '../services/sync-worker';
import { branchSyncSettings } from '../sync/branch-settings';
import { defaultBackupFolder } from '../../db/backup';
import { DAILY_BACKUPS_KEPT, keepDailyBackupsWhileOpen, openCaseFile } from '../services/case-file-database';
import { dispatch } from '../services/dispatcher';
import { integrityCheckInBackground } from '../services/integrity-check';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { loadOrCreateDatabaseKey } from './database-key';
import { installTurkishMenu } from './menu';
import { APP_ORIGIN, hardenSession, hardenWebContents } from './security';
import { isTrustedSender } from './shell-policy';
import { IPC_CHANNEL } from '../preload/invoke';

/**
 * The Electron shell (issue 13 item 6), kept thin: one instance, one window
 * loading `app://kobi/`, one IPC channel into the same dispatcher browser
 * mode uses. Everything a user does is a service call in this process.
 * Built by electron/build.ts into out/main/main.mjs.
 */
const DATABASE_FILE = 'kobi-dosya.sqlite';
const KEY_FILE = 'kobi-dosya.anahtar';

let mainWindow: BrowserWindow | null = null;
const slots = new Map<number, string | null>();

function today(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

/** The renderer build and the migrations: beside the sources in development, in the package's resources when installed. */
function resourcePaths(): { renderer: string; migrations: string } {
  return app.isPackaged
    ? { renderer: join(app.getAppPath(), 'renderer', 'dist'), migrations: join(process.resourcesPath, 'migrations') }
    : { renderer: join(app.getAppPath(), 'renderer', 'dist'), migrations: join(app.getAppPath(), 'db', 'migrations') };
}

function fail(message: string): never {
  dialog.showErrorBox('KOBİ Dosya açılamadı', message);
  app.exit(1);
  throw new Error(message);
}

function openDatabaseOrQuit(): { context: AppContext; stop: () => void } {
  const folder = app.getPath('userData');
  const path = join(folder, DATABASE_FILE);
  const key = loadOrCreateDatabaseKey({ protector: safeStorage, keyFile: join(folder, KEY_FILE), databasePath: path });
  if (!key.ok) fail(key.message);
  const opened = openCaseFile({
    path,
    key: key.key,
    today: today(),
    integrityCheck: 'background',
    migrationsFolder: resourcePaths().migrations,
  });
  if (!opened.ok) {
    const backups = opened.restoreOffer.backups.map((backup) => backup.path).join('\n');
    fail(`${opened.error.message}${backups === '' ? '' : `\n\nGeri yüklenebilecek yedekler:\n${backups}`}`);
  }
  const backup = { folder: defaultBackupFolder(path), today: today(), keep: DAILY_BACKUPS_KEPT };
  const workerScript = new URL('./integrity-check-worker.mjs', import.meta.url);
  void integrityCheckInBackground(path, key.key, { backup, workerScript, migrationsFolder: resourcePaths().migrations }).then(
    ({ problems, backup: backupFailure }) => {
      if (backupFailure !== null) dialog.showErrorBox('Günlük yedek alınamadı', backupFailure);
      if (problems.length > 0) {
        dialog.showErrorBox(
          'Veritabanında bütünlük sorunu',
          `Denetim ${problems.length} sorun buldu:\n${problems.slice(0, 5).join('\n')}\n\nÇalışmayı kaydedip destek birimine haber verin; bir yedeği geri yüklemek gerekebilir.`,
        );
      }
    },
  );
  const stop = keepDailyBackupsWhileOpen(opened.db, {
    path,
    key: key.key,
    today,
    onBackup: (result) => {
      if (!result.ok) dialog.showErrorBox('Günlük yedek alınamadı', result.message);
    },
  });
  const impact = new ImpactScheduler(opened.db, key.key, { today, workerScript: new URL('./impact-worker.mjs', import.meta.url) });
  // The headquarters address and token come from the environment (KOBI_DOSYA_HQ_URL, KOBI_DOSYA_HQ_TOKEN_FILE or
  // KOBI_DOSYA_HQ_TOKEN, KOBI_DOSYA_HQ_FEED_KEYS), never from the case-file database; none: this PC does not sync.
  const branch = branchSyncSettings(process.env);
  if (!branch.ok) fail(branch.message);
  const sync =
    branch.settings === null
      ? null
      : new SyncWorker(opened.db, branch.settings, {
          onReferenceApplied: () => {
            impact.requestIfReferenceChanged('Merkezden gelen başvuru verisi');
          },
        });
  sync?.start();
  const context = createAppContext(opened.db, {
    backups: { folder: defaultBackupFolder(path), key: key.key },
    impact,
    ...(sync === null ? {} : { sync }),
  });
  return {
    context,
    stop: () => {
      void sync?.stop();
      stop();
    },
  };
}

/** Only the app's own window and its main frame, loaded from app://kobi, may call the services. */
function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return isTrustedSender({
    isAppWindow: mainWindow !== null && event.sender === mainWindow.webContents,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    frameUrl: frame?.url ?? null,
  });
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'KOBİ Dosya',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '..', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would open a link in a new window: off (new windows are denied anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  const contentsId = window.webContents.id;
  window.webContents.once('destroyed', () => {
    slots.delete(contentsId);
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, () => mainWindow);
  });
  app.on('window-all-closed', () => {
    app.quit();
  });
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    installTurkishMenu();
    serveRenderer(resourcePaths().renderer);
    const { context, stop } = openDatabaseOrQuit();
    app.on('will-quit', stop);
    ipcMain.handle(IPC_CHANNEL, async (event, channel: unknown, request: unknown) => {
      if (!trustedSender(event))
        return { ok: false, error: { code: 'forbidden', message: 'İstek uygulamanın kendi penceresinden gelmiyor.' } };
      const id = event.sender.id;
      const slot: SessionSlot = {
        get id() {
          return slots.get(id) ?? null;
        },
        set(next) {
          slots.set(id, next);
        },
      };
      return dispatch(context, slot, typeof channel === 'string' ? channel : '', request, {
        onInternalError: (name, error) => {
          process.stderr.write(`İç hata (${name}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        },
      });
    });
    mainWindow = createWindow();
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
