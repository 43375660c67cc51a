import { contextBridge, ipcRenderer } from 'electron';
import { createKobiBridge } from './invoke';

/**
 * The preload (issue 13 item 6): runs sandboxed with context isolation and
 * exposes exactly one object, `window.kobi`, with one function,
 * `invoke(channel, request)`, the typed contract (./invoke.ts).
 */
contextBridge.exposeInMainWorld(
  'kobi',
  createKobiBridge((ipcChannel, channel, request) => ipcRenderer.invoke(ipcChannel, channel, request)),
);
