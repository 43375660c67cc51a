import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A test certification authority made with openssl for each test run, with
 * Turkish letters in every name (UTF8String): the CA "KOSGEB Test Kök
 * Sertifika Otoritesi ĞÜŞİÖÇ", a preparer and a director certificate in
 * PKCS#12 files, and an NSS database trusting the CA for pdfsig.
 */

export type TestPki = {
  readonly dir: string;
  readonly caPem: string;
  readonly nssDir: string;
  readonly passphrase: string;
  readonly preparerP12: string;
  readonly directorP12: string;
  readonly strangerP12: string;
};

const PASSPHRASE = 'Test-Parola.ğüş';

function openssl(args: readonly string[], cwd: string): void {
  execFileSync('openssl', [...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

const LEAF_EXTENSIONS = [
  'basicConstraints=critical,CA:FALSE',
  'keyUsage=critical,digitalSignature,nonRepudiation',
  'extendedKeyUsage=emailProtection',
  'subjectKeyIdentifier=hash',
  'authorityKeyIdentifier=keyid',
].join('\n');

function issue(dir: string, name: string, subject: string, ca: { cert: string; key: string }, serial: string): string {
  openssl(
    ['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-utf8', '-subj', subject],
    dir,
  );
  writeFileSync(join(dir, `${name}.ext`), LEAF_EXTENSIONS);
  openssl(
    [
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      ca.cert,
      '-CAkey',
      ca.key,
      '-set_serial',
      serial,
      '-days',
      '3650',
      '-sha256',
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.pem`,
    ],
    dir,
  );
  openssl(
    [
      'pkcs12',
      '-export',
      '-inkey',
      `${name}.key`,
      '-in',
      `${name}.pem`,
      '-certfile',
      ca.cert,
      '-name',
      name,
      '-out',
      `${name}.p12`,
      '-passout',
      `pass:${PASSPHRASE}`,
    ],
    dir,
  );
  return join(dir, `${name}.p12`);
}

export function createTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'kobi-dosya-pki-'));
  writeFileSync(
    join(dir, 'ca.ext'),
    ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,cRLSign', 'subjectKeyIdentifier=hash'].join('\n'),
  );
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '3650',
      '-sha256',
      '-utf8',
      '-subj',
      '/C=TR/O=KOSGEB Test/CN=KOSGEB Test Kök Sertifika Otoritesi ĞÜŞİÖÇ',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  const ca = { cert: 'ca.pem', key: 'ca.key' };
  const preparerP12 = issue(dir, 'hazirlayan', '/C=TR/O=KOSGEB İzmir Müdürlüğü/CN=Ayşe Yıldırım', ca, '0x1001');
  const directorP12 = issue(dir, 'mudur', '/C=TR/O=KOSGEB İzmir Müdürlüğü/CN=Şükrü Öztürk', ca, '0x1002');
  // Signed by a CA that the NSS database does not trust.
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'other-ca.key',
      '-out',
      'other-ca.pem',
      '-days',
      '3650',
      '-utf8',
      '-subj',
      '/CN=Tanınmayan Otorite',
    ],
    dir,
  );
  const strangerP12 = issue(dir, 'yabanci', '/C=TR/CN=Yabancı İmzacı', { cert: 'other-ca.pem', key: 'other-ca.key' }, '0x2001');
  const nssDir = join(dir, 'nss');
  execFileSync('mkdir', ['-p', nssDir]);
  execFileSync('certutil', ['-N', '-d', `sql:${nssDir}`, '--empty-password']);
  execFileSync('certutil', ['-A', '-d', `sql:${nssDir}`, '-n', 'kosgeb-test-kok', '-t', 'CT,C,C', '-i', join(dir, 'ca.pem')]);
  return { dir, caPem: join(dir, 'ca.pem'), nssDir, passphrase: PASSPHRASE, preparerP12, directorP12, strangerP12 };
}
