/**
 * A throwaway self-signed certificate for `wss://` on this machine, made with the `openssl`
 * command-line tool (Node has no API that creates certificates). The real WhosOn server
 * also answers with a self-signed certificate unless one is assigned in its settings.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CertificatePair {
  /** PEM text of the certificate: clients pass it as their trusted `ca`. */
  readonly cert: string;
  /** PEM text of the private key. */
  readonly key: string;
}

export class MissingOpensslError extends Error {
  override readonly name = 'MissingOpensslError';
  constructor() {
    super(
      'TLS with a self-signed certificate needs the `openssl` command-line tool, which was not found on the PATH. ' +
        'Install OpenSSL, or pass a certificate and key of your own (--tls-cert FILE --tls-key FILE).',
    );
  }
}

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 30_000 }, (error, _stdout, stderr) => {
      if (error === null) {
        resolve();
        return;
      }
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new MissingOpensslError());
        return;
      }
      reject(new Error(`openssl failed to make a self-signed certificate: ${stderr.trim() || error.message}`));
    });
  });
}

/**
 * Makes a certificate for `localhost`, 127.0.0.1 and ::1 (plus `extraHosts`), valid for
 * 30 days. The files live only for the moment it takes to read them back.
 */
export async function makeSelfSignedCertificate(extraHosts: readonly string[] = []): Promise<CertificatePair> {
  const dir = await mkdtemp(join(tmpdir(), 'whoson-sim-tls-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    const names = new Set(['DNS:localhost', 'IP:127.0.0.1', 'IP:::1']);
    for (const host of extraHosts) {
      if (host === '' || host === '0.0.0.0' || host === '::') continue;
      names.add(/^[\d.]+$|:/.test(host) ? `IP:${host}` : `DNS:${host}`);
    }
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-sha256',
      '-days',
      '30',
      '-subj',
      '/CN=localhost/O=WhosOn simulator',
      '-addext',
      `subjectAltName=${[...names].join(',')}`,
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ]);
    const [cert, key] = await Promise.all([readFile(certFile, 'utf8'), readFile(keyFile, 'utf8')]);
    return { cert, key };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
