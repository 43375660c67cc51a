import { CHANNEL_NAMES } from '../contract';

/**
 * The one function the preload exposes (`window.kobi.invoke`), apart from
 * Electron so it is tested under Node: a name outside the contract never
 * reaches the main process (answered `not-found` here); anything else is
 * passed on as it is, and the main process checks it all again.
 */
export type KobiBridge = { readonly invoke: (channel: unknown, request: unknown) => Promise<unknown> };

export const IPC_CHANNEL = 'kobi:invoke';

const CHANNELS: ReadonlySet<string> = new Set(CHANNEL_NAMES);

export function createKobiBridge(send: (ipcChannel: string, channel: string, request: unknown) => Promise<unknown>): KobiBridge {
  return {
    invoke: (channel, request) => {
      if (typeof channel !== 'string' || !CHANNELS.has(channel)) {
        return Promise.resolve({ ok: false, error: { code: 'not-found', message: 'Böyle bir işlem yok.' } });
      }
      return send(IPC_CHANNEL, channel, request);
    },
  };
}
