import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../electron/contract';
import { CONTENT_SECURITY_POLICY } from '../../../electron/content-security-policy';
import { isAllowedExternalLink, isTrustedSender, navigationVerdict, rendererFile } from '../../../electron/main/shell-policy';
import { createKobiBridge, IPC_CHANNEL } from '../../../electron/preload/invoke';

/**
 * The Electron shell's decisions (issue 13 item 6) under plain Node: no Electron binary runs on the build machine,
 * so the policy lives in plain functions that the shell only wires to its events.
 */
describe('navigation and external links', () => {
  it.each([
    ['app://kobi/index.html', 'allow'],
    ['app://kobi/#/dosyalar/12', 'allow'],
    ['https://www.kosgeb.gov.tr/site/tr/genel/destekler', 'offer-external'],
    ['https://kosgeb.gov.tr/', 'offer-external'],
    ['https://www.resmigazete.gov.tr/eskiler/2025/01/20250131.htm', 'offer-external'],
    ['https://www.mevzuat.gov.tr/', 'offer-external'],
    ['http://www.kosgeb.gov.tr/', 'deny'],
    ['https://www.kosgeb.gov.tr.example.com/', 'deny'],
    ['https://www.kosgeb.gov.tr@example.com/', 'deny'],
    ['https://user:pass@www.kosgeb.gov.tr/', 'deny'],
    ['https://www.kosgeb.gov.tr:8443/', 'deny'],
    ['https://example.com/?to=www.kosgeb.gov.tr', 'deny'],
    ['app://kobi.example.com/index.html', 'deny'],
    ['app://kobix/index.html', 'deny'],
    ['app://kobi', 'deny'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['data:text/html,<script>1</script>', 'deny'],
    ['', 'deny'],
    ['not a url', 'deny'],
  ] as const)('%s → %s', (url, verdict) => {
    expect(navigationVerdict(url)).toBe(verdict);
    expect(isAllowedExternalLink(url)).toBe(verdict === 'offer-external');
  });
});

describe('IPC sender check', () => {
  const trusted = { isAppWindow: true, isMainFrame: true, frameUrl: 'app://kobi/index.html' };
  it.each([
    ['the app window, main frame, app page', trusted, true],
    ['another window', { ...trusted, isAppWindow: false }, false],
    ['a subframe', { ...trusted, isMainFrame: false }, false],
    ['a frame without a URL', { ...trusted, frameUrl: null }, false],
    ['a page from elsewhere', { ...trusted, frameUrl: 'https://www.kosgeb.gov.tr/' }, false],
    ['a look-alike scheme host', { ...trusted, frameUrl: 'app://kobi.example/' }, false],
  ])('%s → %s', (_name, sender, answer) => {
    expect(isTrustedSender(sender)).toBe(answer);
  });
});

describe('app:// serves only files under the renderer build', () => {
  const root = join(sep, 'uygulama', 'renderer', 'dist');
  it.each([
    ['app://kobi/', join(root, 'index.html')],
    ['app://kobi/assets/index-abc.js', join(root, 'assets', 'index-abc.js')],
    ['app://kobi/../../etc/passwd', join(root, 'etc', 'passwd')],
    ['app://kobi/%2e%2e/%2e%2e/etc/passwd', join(root, 'etc', 'passwd')],
    ['app://kobi/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret', null],
    ['app://kobi/%00index.html', null],
    ['app://other/index.html', null],
    ['https://kobi/index.html', null],
    ['app://kobi/%E0%A4%A', null],
  ])('%s → %s', (url, file) => {
    expect(rendererFile(root, url)).toBe(file);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  it('loads scripts only from the app, never inline or eval, and allows no plugins, frames, base or form targets', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|http:|https:/);
  });
});

describe('preload bridge (window.kobi)', () => {
  it('has exactly one function, invoke, and passes every contract channel on as it is', async () => {
    const sent: unknown[][] = [];
    const bridge = createKobiBridge((...args) => {
      sent.push(args);
      return Promise.resolve({ ok: true, value: {} });
    });
    expect(Object.keys(bridge)).toEqual(['invoke']);
    for (const channel of CHANNEL_NAMES) expect(await bridge.invoke(channel, { x: 1 })).toEqual({ ok: true, value: {} });
    expect(sent).toEqual(CHANNEL_NAMES.map((channel) => [IPC_CHANNEL, channel, { x: 1 }]));
  });

  it.each([['no:such-channel'], ['__proto__'], ['constructor'], [''], [42], [null], [{ toString: () => 'session:login' }]])(
    'answers not-found for %j without reaching the main process',
    async (channel) => {
      const bridge = createKobiBridge(() => {
        throw new Error('must not be called');
      });
      expect(await bridge.invoke(channel, {})).toEqual({ ok: false, error: { code: 'not-found', message: 'Böyle bir işlem yok.' } });
    },
  );
});
