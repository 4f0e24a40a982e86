/**
 * The plain-language instructions every report ends with: what to obtain out of band, how to
 * check the report without trusting whoever handed it over, and what a verified result does and
 * does not prove (docs/bundle.md §1 and §5, in a clerk's words).
 * @module
 */
import type { BundleVerification } from '../core/verify/result.ts';
import type { Part } from './report-parts.ts';

export const GUIDANCE_TITLE = 'How to verify this report independently';

export function guidanceParts(result: BundleVerification): Part[] {
  const keyId = result.checkpoint?.logKeyId;
  return [
    {
      kind: 'paragraph',
      text: 'Nothing printed here needs to be taken on trust. The signed data this report was made from is attached to the PDF as bundle.json, and anyone can check it without network access and without trusting the Custos server or its staff.',
    },
    {
      kind: 'list',
      ordered: true,
      items: [
        `Obtain the log’s verifier key out of band: from the log’s operator by letter, by telephone (reading out its key ID) or through a court registry. Never take it from this report or from the bundle — their copies are only compared with it.${keyId ? ` The key this report was checked with has key ID ${keyId}.` : ''}`,
        'Run the Custos verifier on the PDF, giving it that key (command below). It extracts the attached bundle.json, checks that its SHA-256 is the one printed in this report, then checks every signature, inclusion proof and custody rule.',
        'Or open the /verify page of a Custos log in a web browser — a saved copy works offline, with the network disconnected — choose this PDF and enter the same key.',
        'If you hold the evidence file itself, its SHA-256 (for example from sha256sum) must equal the registered SHA-256 printed in this report.',
      ],
    },
    { kind: 'code', text: 'custos verify report.pdf --log-key <key>' },
    { kind: 'subheading', text: 'What a verified result proves' },
    {
      kind: 'paragraph',
      text: 'That the log whose key you pinned committed, in this order, to the entries shown, signed by the actors named with keys valid at the time, obeying the custody rules; and, where witnesses cosigned, that they saw the same log.',
    },
    { kind: 'subheading', text: 'What it does not prove' },
    {
      kind: 'list',
      items: [
        'That the history is complete after the checkpoint: later events may exist — ask for a fresh bundle.',
        'That no actor outside the bundle had a colliding key.',
        'That what an actor signed is true in the world. That rests on the actors, the witnesses and the courts.',
      ],
    },
  ];
}
