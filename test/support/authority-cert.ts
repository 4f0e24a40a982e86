/**
 * An exporting authority's signing key and certificate for PAdES tests, made as an operator
 * would (docs/operations.md): `openssl req` for a throwaway CA and for the authority's
 * certificate, in a temp dir; key files mode 0600.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './temp-dir.ts';

const run = promisify(execFile);

export type KeyKind = 'ec' | 'rsa' | 'ed25519';

export interface Authority {
  readonly dir: string;
  /** The authority's private key, PEM, mode 0600. */
  readonly key: string;
  /** The authority's certificate, then the CA's. */
  readonly chain: string;
  readonly caPem: string;
}

const NEW_KEY: Record<KeyKind, string[]> = {
  ec: ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'],
  rsa: ['-newkey', 'rsa:2048'],
  ed25519: ['-newkey', 'ed25519'],
};

export async function makeAuthority(
  kind: KeyKind = 'ec',
  subject = '/C=FR/O=Ministère de la Justice/CN=Parquet de Paris – exports',
  dates: string[] = ['-days', '825'],
): Promise<Authority> {
  const dir = await tempDir('custos-authority');
  const o = (...args: string[]) => run('openssl', args, { cwd: dir });
  await o(
    ...['req', '-x509', '-utf8', ...NEW_KEY.ec, '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem'],
    ...['-days', '3650', '-subj', '/O=Custos Test/CN=Custos Test Root CA'],
    ...['-addext', 'basicConstraints=critical,CA:true', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
  );
  await o(
    'req',
    '-utf8',
    ...NEW_KEY[kind],
    '-nodes',
    '-keyout',
    'authority.key',
    '-out',
    'authority.csr',
    '-subj',
    subject,
  );
  await writeFile(
    join(dir, 'ext.cnf'),
    'basicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature,nonRepudiation\n',
  );
  await o(
    ...['x509', '-req', '-in', 'authority.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial'],
    ...['-extfile', 'ext.cnf', '-out', 'authority.pem', ...dates],
  );
  await chmod(join(dir, 'authority.key'), 0o600);
  const caPem = await readFile(join(dir, 'ca.pem'), 'utf8');
  await writeFile(join(dir, 'chain.pem'), (await readFile(join(dir, 'authority.pem'), 'utf8')) + caPem);
  return { dir, key: join(dir, 'authority.key'), chain: join(dir, 'chain.pem'), caPem };
}

/**
 * An authority whose certificate is valid from `start` to `end` (`YYMMDDHHMMSSZ`), issued with
 * `openssl ca`, which, unlike `openssl x509 -req` in OpenSSL 3.0, sets both dates: a
 * certificate that expired years ago, as a forger holding an old key would have.
 */
export async function makeDatedAuthority(start: string, end: string): Promise<Authority> {
  const dir = await tempDir('custos-dated-authority');
  const o = (...args: string[]) => run('openssl', args, { cwd: dir });
  await o(
    ...['req', '-x509', ...NEW_KEY.ec, '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '3650'],
    ...['-subj', '/O=Custos Test/CN=Custos Test Root CA'],
  );
  await o(
    ...['req', ...NEW_KEY.ec, '-nodes', '-keyout', 'authority.key', '-out', 'authority.csr'],
    ...['-subj', '/C=FR/O=Ministere de la Justice/CN=Parquet de Paris exports'],
  );
  await mkdir(join(dir, 'new'));
  await writeFile(join(dir, 'index.txt'), '');
  await writeFile(join(dir, 'serial'), '1000\n');
  await writeFile(
    join(dir, 'ca.cnf'),
    [
      '[ca]',
      'default_ca = x',
      '[x]',
      'dir = .',
      'database = index.txt',
      'new_certs_dir = new',
      'serial = serial',
      'default_md = sha256',
      'policy = p',
      'x509_extensions = e',
      '[p]',
      'commonName = supplied',
      '[e]',
      'basicConstraints = critical,CA:false',
      'keyUsage = critical,digitalSignature,nonRepudiation',
      '',
    ].join('\n'),
  );
  await o(
    ...['ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-in', 'authority.csr'],
    ...['-out', 'authority.pem', '-startdate', start, '-enddate', end, '-notext'],
  );
  await chmod(join(dir, 'authority.key'), 0o600);
  const caPem = await readFile(join(dir, 'ca.pem'), 'utf8');
  await writeFile(join(dir, 'chain.pem'), (await readFile(join(dir, 'authority.pem'), 'utf8')) + caPem);
  return { dir, key: join(dir, 'authority.key'), chain: join(dir, 'chain.pem'), caPem };
}
