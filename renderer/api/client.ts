import type { ChannelName, ChannelRequest, ChannelResponse, ContractResult } from '../../electron/contract';

/**
 * The renderer's only way to the application (app-conventions.md): `window.kobi.invoke` in Electron, otherwise
 * browser mode's `POST /api/<channel>` with the run's token (taken once from `?token=` and kept in sessionStorage,
 * so a reload keeps working and the token leaves the address bar).
 */
type KobiBridge = { invoke: (channel: string, request: unknown) => Promise<unknown> };

declare global {
  // `var` is how a global property is declared in TypeScript.
  var kobi: KobiBridge | undefined;
}

const TOKEN_KEY = 'kobi-dosya-token';

function browserToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const token = typeof window.kobi === 'undefined' ? browserToken() : null;

const NETWORK_FAILURE = {
  ok: false,
  error: { code: 'busy', message: 'Uygulamaya ulaşılamadı. Uygulamanın açık olduğunu denetleyip yeniden deneyin.' },
} as const;

async function overHttp(channel: string, request: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Kobi-Token': token ?? '' },
      body: JSON.stringify(request),
    });
  } catch {
    return NETWORK_FAILURE;
  }
  if (response.status === 401 && token === null) {
    return { ok: false, error: { code: 'unauthorized', message: 'Bu pencere uygulamanın verdiği adresle açılmadı.' } };
  }
  try {
    return await response.json();
  } catch {
    return NETWORK_FAILURE;
  }
}

export async function invoke<C extends ChannelName>(channel: C, request: ChannelRequest<C>): Promise<ContractResult<ChannelResponse<C>>> {
  const bridge = window.kobi;
  const answer = bridge ? await bridge.invoke(channel, request) : await overHttp(channel, request);
  return answer as ContractResult<ChannelResponse<C>>;
}
