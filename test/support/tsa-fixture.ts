/**
 * A real RFC 3161 timestamping authority for tests: OpenSSL's own `openssl ts -reply`, behind a
 * small HTTP server on 127.0.0.1, with a throwaway CA made by `openssl` in a temp dir. Also makes
 * the tokens no honest OpenSSL TSA would sign (a certificate without the timestamping purpose),
 * with `openssl cms -sign -cades` over a genuine TSTInfo, and tokens by an expired certificate.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { parseTimestampReply } from '../../src/core/timestamp/rfc3161.ts';
import { httpGet } from './http-client.ts';
import { tempDir } from './temp-dir.ts';

const run = promisify(execFile);
const openssl = (cwd: string, ...args: string[]) => run('openssl', args, { cwd });

const CA_CNF = `[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = Custos Test Root CA
O = Custos Test
[ v3_ca ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ v3_tsa ]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature,nonRepudiation
extendedKeyUsage = critical,timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ v3_codesign ]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,codeSigning
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ ca ]
default_ca = test_ca
[ test_ca ]
dir = .
database = $dir/index.txt
new_certs_dir = $dir
serial = $dir/ca.serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[ any ]
commonName = supplied
organizationName = optional
`;

const TSA_CNF = (signer: string) => `[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
dir = .
serial = $dir/tsaserial
crypto_device = builtin
signer_cert = $dir/${signer}.crt
certs = $dir/ca.crt
signer_key = $dir/${signer}.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1.1
digests = sha256, sha384, sha512
accuracy = secs:1
clock_precision_digits = 3
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`;

export type TsaSigner = 'tsa' | 'expired';

export class TestTsa {
  private server: Server | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private port = 0;
  /** Which certificate signs: the good TSA's, or one that expired in 2021. */
  signer: TsaSigner = 'tsa';
  requests = 0;

  private constructor(
    readonly dir: string,
    readonly name: string,
  ) {}

  /** Makes the CA and the TSA certificates (P-256) in a temp dir; does not listen yet. */
  static async create(name = 'Custos Test TSA'): Promise<TestTsa> {
    const dir = await tempDir('custos-tsa');
    await writeFile(join(dir, 'ca.cnf'), CA_CNF);
    await writeFile(join(dir, 'tsa.cnf'), TSA_CNF('tsa'));
    await writeFile(join(dir, 'expired.cnf'), TSA_CNF('expired'));
    await writeFile(join(dir, 'tsaserial'), '01\n');
    await writeFile(join(dir, 'index.txt'), '');
    await writeFile(join(dir, 'ca.serial'), '1000\n');
    const o = (...args: string[]) => openssl(dir, ...args);
    const key = (file: string) =>
      o('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file);
    await key('ca.key');
    await o(
      'req',
      '-x509',
      '-new',
      '-key',
      'ca.key',
      '-sha256',
      '-days',
      '3650',
      '-config',
      'ca.cnf',
      '-extensions',
      'v3_ca',
      '-out',
      'ca.crt',
    );
    const issue = async (file: string, cn: string, ext: string, dates: string[] = ['-days', '825']) => {
      await key(`${file}.key`);
      await o(
        'req',
        '-new',
        '-key',
        `${file}.key`,
        '-subj',
        `/CN=${cn}/O=Custos Test`,
        '-out',
        `${file}.csr`,
      );
      await o(
        'ca',
        '-batch',
        '-config',
        'ca.cnf',
        '-extensions',
        ext,
        '-keyfile',
        'ca.key',
        '-cert',
        'ca.crt',
        '-in',
        `${file}.csr`,
        '-out',
        `${file}.crt`,
        '-notext',
        ...dates,
      );
    };
    await issue('tsa', name, 'v3_tsa');
    await issue('expired', `${name} (expired)`, 'v3_tsa', [
      '-startdate',
      '20200101000000Z',
      '-enddate',
      '20210101000000Z',
    ]);
    await issue('codesign', `${name} (code signing)`, 'v3_codesign');
    return new TestTsa(dir, name);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  async rootPem(): Promise<string> {
    return readFile(join(this.dir, 'ca.crt'), 'utf8');
  }

  /** Listens (again, on the same port after `stop`). */
  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.requests++;
        this.answer(Buffer.concat(chunks)).then(
          (reply) => res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(reply),
          (e: Error) => res.writeHead(500).end(e.message),
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this.url;
  }

  /** The TSA goes down: connections are refused until `start` again. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  /** A reply from `openssl ts -reply`, one at a time (it increments a serial file). */
  answer(query: Uint8Array, signer = this.signer): Promise<Buffer> {
    const next = this.queue.then(async () => {
      const n = this.requests;
      await writeFile(join(this.dir, `q${n}.tsq`), query);
      await openssl(
        this.dir,
        'ts',
        '-reply',
        '-config',
        `${signer}.cnf`,
        '-queryfile',
        `q${n}.tsq`,
        '-chain',
        'ca.crt',
        '-out',
        `r${n}.tsr`,
      );
      return readFile(join(this.dir, `r${n}.tsr`));
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * The same token content re-signed by a code-signing certificate of the same CA, with the ESS
   * attribute naming it: what a thief of a wrong-purpose certificate could make.
   */
  async resignWithWrongPurpose(reply: Uint8Array): Promise<Uint8Array> {
    const { signedData } = parseTimestampReply(reply);
    const tstInfo = new Uint8Array(signedData.encapContentInfo.eContent!.getValue());
    await writeFile(join(this.dir, 'tstinfo.der'), tstInfo);
    await openssl(
      this.dir,
      ...['cms', '-sign', '-binary', '-nodetach', '-cades', '-md', 'sha256', '-in', 'tstinfo.der'],
      ...['-econtent_type', '1.2.840.113549.1.9.16.1.4', '-signer', 'codesign.crt', '-inkey', 'codesign.key'],
      ...['-certfile', 'ca.crt', '-outform', 'DER', '-out', 'wrong.p7'],
    );
    const token = await readFile(join(this.dir, 'wrong.p7'));
    const resp = new pkijs.TimeStampResp({
      status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }),
      timeStampToken: new pkijs.ContentInfo({ schema: asn1js.fromBER(new Uint8Array(token)).result }),
    });
    return new Uint8Array(resp.toSchema().toBER(false));
  }
}

/** Tokens are fetched after commits, never in the append path: wait until one covers `size`. */
export async function waitForToken(url: string, size: number): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const res = await httpGet(url, `/v1/checkpoints/${size}/timestamps`);
    if (res.status === 200 && (JSON.parse(res.text) as { timestamps: unknown[] }).timestamps.length > 0)
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no TSA token for checkpoint ${size} after 20 s`);
}
