/**
 * The verification section: what the verifier checked against (checkpoint, key, witnesses) and
 * every check it made, failures and warnings marked so that a reader cannot miss them.
 * @module
 */
import type { BundleVerification, Check } from '../core/verify/result.ts';
import { groupThousands, STATUS_LABEL } from './report-format.ts';
import type { Emphasis, Part, Row, Table } from './report-parts.ts';

export function verificationInputs(result: BundleVerification): Part[] {
  const cp = result.checkpoint;
  if (!cp)
    return [
      {
        kind: 'paragraph',
        text: 'No checkpoint could be verified with the pinned log key.',
        emphasis: 'alert',
      },
    ];
  return [
    {
      kind: 'paragraph',
      text: 'The bundle was checked against this signed checkpoint of the log, opened with the log verifier key pinned by whoever made this report:',
    },
    {
      kind: 'fields',
      fields: [
        { label: 'Checkpoint origin', value: cp.origin },
        { label: 'Tree size', value: `${groupThousands(cp.size)} entries` },
        { label: 'Root hash (base64)', value: cp.rootHash, mono: true },
        { label: 'Log key ID', value: cp.logKeyId, mono: true },
        {
          label: 'Witnesses that cosigned',
          value: cp.cosignedBy.length ? cp.cosignedBy.join(', ') : 'none checked (no witness policy given)',
        },
      ],
    },
  ];
}

export function checksTable(result: BundleVerification): Table {
  return {
    columns: [
      { title: 'Result', weight: 1.3 },
      { title: 'Check', weight: 1.5 },
      { title: 'Entry', weight: 0.8 },
      { title: 'Detail', weight: 9 },
    ],
    rows: result.checks.map(checkRow),
    empty: 'No check was made.',
  };
}

const EMPHASIS: Partial<Record<Check['status'], Emphasis>> = { fail: 'alert', warn: 'warn' };

function checkRow(c: Check): Row {
  const emphasis = EMPHASIS[c.status];
  return {
    cells: [
      STATUS_LABEL[c.status],
      c.id,
      c.entry === undefined ? '' : String(c.entry),
      c.code ? `${c.detail} [${c.code}]` : c.detail,
    ],
    ...(emphasis ? { emphasis } : {}),
  };
}
