/**
 * `custos evidence register-dir`: every file of an extraction (a phone dump, a disk image's
 * file tree), hashed as a stream (SHA-256 and SHA-512) and registered as a derivative item of
 * the extraction, in batches of signed entries (`POST /v1/entries/batch`).
 *
 * A journal (JSON lines, appended and synced as it goes) makes an interrupted run resumable:
 * a file already hashed (same size and modification time) is not read again, an item already
 * registered is not sent again. Item ids are derived from the extraction and the file's path,
 * so an item whose registration was sent but whose answer was lost is found again (the
 * service refuses the second copy) and checked against its digests, never registered twice.
 * @module
 */
import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { type BatchOutcome, type CustosClient, ServiceError } from '../client/custos-client.ts';
import { digestFile, expandPaths } from './file-digests.ts';
import type { Progress } from './progress.ts';

export interface RegisterDirOptions {
  readonly dir: string;
  readonly case: string;
  /** The extraction: the item every file derives from. */
  readonly parent: string;
  readonly journal: string;
  /** Who signs the registrations, and so names the new items. */
  readonly signer: string;
  readonly collectedBy: string;
  readonly batchSize: number;
  readonly mediaType?: string;
  readonly now?: () => Date;
  /** One progress bar for the whole tree, in bytes. */
  readonly progress?: (totalBytes: number, files: number) => Progress;
}

export interface RegisterDirSummary {
  readonly files: number;
  readonly bytes: number;
  /** Hashed in this run (the rest came from the journal). */
  readonly hashed: number;
  /** Registered in this run (including ones found registered by an interrupted run). */
  readonly registered: number;
  readonly failed: { path: string; problem: string }[];
}

interface Hashed {
  readonly t: 'hashed';
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
  readonly sha512: string;
  readonly id: string;
}
type JournalLine =
  | { t: 'run'; dir: string; case: string; parent: string }
  | Hashed
  | { t: 'registered'; id: string; index: number };

/**
 * An item id that only this extraction and path give, under its creator's name (the signer's:
 * docs/rules.md), within the 64 characters a name may have.
 */
export function derivedItemId(creator: string, parent: string, path: string): string {
  return `${creator}~f-${createHash('sha256').update(`${parent}\0${path}`).digest('hex').slice(0, 24)}`;
}

class Journal {
  private constructor(
    private readonly handle: Awaited<ReturnType<typeof open>>,
    readonly hashed: Map<string, Hashed>,
    readonly registered: Set<string>,
  ) {}

  static async open(path: string, run: JournalLine & { t: 'run' }): Promise<Journal> {
    const hashed = new Map<string, Hashed>();
    const registered = new Set<string>();
    const text = await readFile(path, 'utf8').catch(() => '');
    const lines = text.split('\n').filter(Boolean);
    lines.forEach((line, i) => {
      let parsed: JournalLine;
      try {
        parsed = JSON.parse(line) as JournalLine;
      } catch (e) {
        if (i === lines.length - 1) return; // cut off by the interruption: that work is redone
        throw new Error(`${path}: line ${i + 1} is not a journal line`, { cause: e });
      }
      if (
        parsed.t === 'run' &&
        (parsed.dir !== run.dir || parsed.case !== run.case || parsed.parent !== run.parent)
      )
        throw new Error(
          `${path} is the journal of another run (${parsed.dir}, case ${parsed.case}, parent ${parsed.parent})`,
        );
      if (parsed.t === 'hashed') hashed.set(parsed.path, parsed);
      if (parsed.t === 'registered') registered.add(parsed.id);
    });
    const journal = new Journal(await open(path, 'a', 0o600), hashed, registered);
    if (lines.length === 0) await journal.write([run]);
    return journal;
  }

  async write(lines: readonly JournalLine[]): Promise<void> {
    await this.handle.appendFile(lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
    await this.handle.datasync();
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

export async function registerDirectory(
  client: CustosClient,
  o: RegisterDirOptions,
): Promise<RegisterDirSummary> {
  const root = resolve(o.dir);
  const journal = await Journal.open(o.journal, { t: 'run', dir: root, case: o.case, parent: o.parent });
  try {
    const files = await Promise.all(
      (await expandPaths([root])).map(async (path) => ({ path, info: await stat(path) })),
    );
    const bytes = files.reduce((n, f) => n + f.info.size, 0);
    const progress = o.progress?.(bytes, files.length);
    const summary = {
      files: files.length,
      bytes,
      hashed: 0,
      registered: 0,
      failed: [] as RegisterDirSummary['failed'],
    };
    let pending: Hashed[] = [];
    for (const { path, info } of files) {
      const name = relative(root, path);
      let known = journal.hashed.get(name);
      if (known && (known.size !== info.size || known.mtimeMs !== info.mtimeMs)) known = undefined;
      if (known) progress?.add(info.size);
      else {
        const d = await digestFile(path, ['sha256', 'sha512'], (n) => progress?.add(n));
        known = {
          t: 'hashed',
          path: name,
          size: d.size,
          mtimeMs: info.mtimeMs,
          sha256: d.digests.sha256!,
          sha512: d.digests.sha512!,
          id: derivedItemId(o.signer, o.parent, name),
        };
        await journal.write([known]);
        summary.hashed++;
      }
      if (!journal.registered.has(known.id)) pending.push(known);
      if (pending.length >= o.batchSize) {
        await registerBatch(client, o, journal, pending, summary);
        pending = [];
      }
    }
    if (pending.length > 0) await registerBatch(client, o, journal, pending, summary);
    progress?.stop();
    return summary;
  } finally {
    await journal.close();
  }
}

async function registerBatch(
  client: CustosClient,
  o: RegisterDirOptions,
  journal: Journal,
  files: readonly Hashed[],
  summary: { registered: number; failed: RegisterDirSummary['failed'] },
): Promise<void> {
  const collectedAt = (o.now?.() ?? new Date()).toISOString();
  const payloads = files.map((f) => ({
    id: f.id,
    case: o.case,
    description: f.path.slice(0, 1000),
    mediaType: o.mediaType ?? 'application/octet-stream',
    size: f.size,
    digests: { sha256: f.sha256, sha512: f.sha512 },
    origin: { method: 'derived', parent: o.parent },
    collectedBy: o.collectedBy,
    collectedAt,
  }));
  const outcomes = await client.submitBatch('evidence.registered', payloads);
  const done: JournalLine[] = [];
  for (const [i, outcome] of outcomes.entries()) {
    const file = files[i]!;
    const index = outcome.index ?? (await alreadyRegistered(client, file, outcome));
    if (index === undefined) summary.failed.push({ path: file.path, problem: outcome.problem!.detail });
    else {
      done.push({ t: 'registered', id: file.id, index });
      summary.registered++;
    }
  }
  await journal.write(done);
}

/**
 * After an interruption, an item may have been registered without its answer reaching us: the
 * service then refuses the copy. It counts as registered only if the item's digests are this
 * file's; its index is then its registration's.
 */
async function alreadyRegistered(
  client: CustosClient,
  file: Hashed,
  outcome: BatchOutcome,
): Promise<number | undefined> {
  if (outcome.problem?.status !== 409) return undefined;
  const item = await client
    .get<{ item: { digests: { sha256?: string; sha512?: string } }; history: { index: number }[] }>(
      `/v1/items/${encodeURIComponent(file.id)}`,
    )
    .catch((e) => {
      if (e instanceof ServiceError) return undefined;
      throw e;
    });
  if (!item || item.item.digests.sha256 !== file.sha256 || item.item.digests.sha512 !== file.sha512)
    return undefined;
  return item.history[0]?.index;
}
