import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../contract';

/**
 * The preload (issue 13 item 6): runs sandboxed with context isolation and
 * exposes exactly one function, `window.kobi.invoke(channel, request)`, the
 * typed contract. A name outside the contract never reaches the main
 * process; the main process checks everything again anyway.
 */
const CHANNELS: ReadonlySet<string> = new Set(CHANNEL_NAMES);

contextBridge.exposeInMainWorld('kobi', {
  invoke: (channel: unknown, request: unknown): Promise<unknown> => {
    if (typeof channel !== 'string' || !CHANNELS.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'not-found', message: 'Böyle bir işlem yok.' } });
    }
    return ipcRenderer.invoke('kobi:invoke', channel, request);
  },
});
