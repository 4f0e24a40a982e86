/**
 * The full audit, run in the background after start-up: the cheap head check already ran
 * before serving (head.ts), and this one re-derives everything committed at that moment
 * without delaying start. If it finds anything, the log stops taking appends and the service
 * stops serving data, until an operator has looked (`custos audit` names every finding).
 * @module
 */
import type { NoteVerifier } from '../core/log/note.ts';
import type { MaintainedStore } from '../storage/log-store.ts';
import { type AuditReport, auditLog } from './audit.ts';

export type IntegrityState = 'checking' | 'ok' | 'failed';

export class IntegrityMonitor {
  private current: IntegrityState = 'checking';
  private report: AuditReport | undefined;

  constructor(
    private readonly store: MaintainedStore,
    private readonly verifier: NoteVerifier,
    private readonly onFailure: (report: AuditReport) => void,
  ) {}

  get state(): IntegrityState {
    return this.current;
  }

  get findings(): AuditReport['findings'] {
    return this.report?.findings ?? [];
  }

  /**
   * Audits the store as it is at this call (a snapshot: appends made meanwhile are not judged,
   * and anything already beyond the head is junk), in the background; resolves when done.
   */
  run(): Promise<void> {
    return this.store
      .snapshot()
      .then((snapshot) =>
        auditLog(snapshot, this.verifier, { maxFindings: 100 }).finally(() => snapshot.release()),
      )
      .then(
        (report) => {
          this.report = report;
          this.current = report.ok ? 'ok' : 'failed';
          if (!report.ok) this.onFailure(report);
        },
        (e: unknown) => {
          this.current = 'failed';
          this.report = {
            ok: false,
            treeSize: 0,
            entries: 0,
            hashes: 0,
            checkpoints: 0,
            unlisted: 0,
            findings: [
              {
                code: 'unknown_record',
                record: 'store',
                message: `the audit could not read the store: ${(e as Error).message}`,
              },
            ],
          };
          this.onFailure(this.report);
        },
      );
  }
}
