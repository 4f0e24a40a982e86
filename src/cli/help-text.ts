/**
 * What `--help` says beyond each command's own definition: an example for every command, and
 * the meaning of options that many commands share or that say nothing by their name alone.
 * test/cli/cli-help.test.ts requires an example and a description for every option.
 * @module
 */
import type { Command } from 'commander';

/** By command path; `*` for options with one meaning wherever they appear. */
const OPTION_HELP: Record<string, string> = {
  '* --location <text>': 'where it happened (a place, a lab, a store)',
  '* --note <text>': 'a remark recorded with the entry',
  '* --reason <text>': 'why, in words a court can read',
  '* --purpose <text>': 'what for, in words a court can read',
  '* --tool <name>': 'the tool used, e.g. Autopsy',
  '* --tool-version <version>': 'its exact version, e.g. 4.22.1',
  '* --seal <number>': 'the number printed on the seal',
  '* --case <case>': 'the case id (creator~name), as `custos search` prints it',
  '* --description <text>': 'what it is, as a person would describe it',
  'actor add --name <name>': "the person's name and rank, as reports should print it",
  'actor add --organisation <organisation>': 'the authority they work for, spelt out',
  'actor add --contact <text>': 'how to reach them (telephone, e-mail)',
  'case open --reference <ref>': "the case's own reference at its authority",
  'case open --title <title>': 'a short title for the case',
  'case open --offence <description>': 'the offence investigated, in words',
  'request record --requesting-state <code>': 'the state asking, ISO 3166-1 alpha-2 (e.g. FR)',
  'request record --requested-state <code>': 'the state asked, ISO 3166-1 alpha-2 (e.g. DE)',
  'request record --requesting-authority <name>': 'the authority that sends the request',
  'request record --requested-authority <name>': 'the authority that receives it',
  'request record --summary <text>': 'what is asked, in one or two sentences',
  'evidence register --exhibit <number>': 'the exhibit number on the label',
  'handover --to <actor>': 'the actor id of the recipient (same state)',
  'handover --channel <text>': 'how it travels, e.g. "registered courier"',
  'receive --condition <text>': 'the state it arrived in, e.g. "seal intact"',
  'examine --findings <text>': 'what the examination found',
  'copy --file <derivative>': 'the copy made, hashed here (SHA-256 and SHA-512)',
  'copy --method <text>': 'how the copy was made, e.g. "write-blocked acquisition"',
  'verify-item --file <file>': 'the copy you hold, re-hashed here and compared',
  'preserve --order <reference>': 'the preservation order',
  'preserve --until <time>': 'until when, RFC 3339 with offset',
  'preserve --request <id>': 'the cooperation request it answers',
  'extend-preservation --until <time>': 'the new end, RFC 3339 with offset',
  'extend-preservation --order <reference>': 'the order that extends it',
  'disclose --to <actor>': 'a foreign actor registered in this log, who receives it here',
  'disclose --request <id>': 'the recorded request it answers',
  'disclose --scope <text>': 'what is disclosed, and for what use',
  'disclose --conditions <text>': 'conditions on its use, in words (not enforced)',
  'disclose --purposes <text>':
    'the permitted purposes, separated by ";": sets conditions on use the recipient is held to',
  'disclose --onward-transfer <rule>':
    'onward transfer to another authority or state: consent-required or permitted',
  'disclose --evidence-use <rule>': 'use as evidence before a court: permitted or consent-required',
  'disclose --retain-until <time>': 'the recipient keeps it no longer than this, RFC 3339 with offset',
  'disclose --data-protection <text>': 'data-protection terms, as the provider sets them',
  'preserve --basis <instrument:article>':
    'the provision it is ordered under, e.g. ETS-185:16 (a period the instrument sets then bounds it)',
  'hold --reference <text>': 'the decision that orders the hold',
  'hold --reason <text>': 'why the item must be kept',
  'release-hold --reference <text>': 'the decision that lifts the hold',
  'release-hold --reason <text>': 'why it may go',
  'case hold --reference <text>': 'the decision that orders the hold',
  'case hold --reason <text>': 'why the items must be kept',
  'case release-hold --reference <text>': 'the decision that lifts the hold',
  'case release-hold --reason <text>': 'why they may go',
  'consent --onward-to <actor>': 'consent to transfer it onward to this actor',
  'consent --purpose <text>': 'consent to use it for this further purpose',
  'consent --reason <text>': 'the decision or letter the consent rests on',
  'return --to <whom>': 'to whom it goes back (owner, in words)',
  'destroy --method <text>': 'how it was destroyed',
  'destroy --authorisation <text>': 'the decision that allowed it',
  'destroy --witness <actor>': 'the actor who witnessed it',
  'search --case <case>': 'only items of this case (creator~name)',
  'search events --case <case>': "the case's own entries and those of its items and requests",
  'search events --item <item>': "the item's entries",
  'search events --logged-from <time>': "logged at or after (the log's time), RFC 3339",
  'search events --logged-to <time>': "logged at or before (the log's time), RFC 3339",
  'search events --occurred-from <time>': 'happened at or after, as the entry states, RFC 3339',
  'search events --occurred-to <time>': 'happened at or before, as the entry states, RFC 3339',
};

/** By command path. */
const EXAMPLES: Record<string, readonly string[]> = {
  'config set': [
    'custos config set url https://custos.example.gouv.fr',
    'custos config set key ~/.custos/martin.key',
  ],
  'config unset': ['custos config unset logKey'],
  login: ['custos login', 'CUSTOS_ACTOR=fr-lab-roux CUSTOS_KEY=~/.custos/roux.key custos login'],
  'actor rotate-key': [
    'custos actor rotate-key fr-ofac-martin --public-key martin-2027.pub --reason "yearly rotation"',
  ],
  'actor revoke': [
    'custos actor revoke fr-ofac-martin --public-key martin.pub --reason lost --effective 2026-11-20T09:00:00+01:00',
  ],
  'case open': [
    'custos case open 2026-042 --reference PN/OFAC/2026/042 --title "Ransomware" --offence "extortion"',
  ],
  'case grant': [
    'custos case grant fr-ofac-martin~2026-042 fr-lab-roux --reason "examination of the seized phone"',
  ],
  'request record': [
    'custos request record mla-7 --case fr-ofac-martin~2026-042 --instrument CETS-224 --article 40 \\',
    '  --requesting-state FR --requested-state DE --requesting-authority "Parquet de Paris" \\',
    '  --requested-authority "Bundesamt für Justiz" --reference MLA/2026/7 --summary "preservation of logs"',
  ],
  'request update': ['custos request update fr-ofac-martin~mla-7 --status accepted'],
  seal: ['custos seal fr-ofac-martin~phone-7 --seal SC-0042117'],
  unseal: ['custos unseal fr-ofac-martin~phone-7 --seal SC-0042117 --reason extraction'],
  handover: [
    'custos handover fr-ofac-martin~phone-7 --to fr-lab-roux --purpose "extraction and examination"',
  ],
  'cancel-handover': ['custos cancel-handover fr-ofac-martin~phone-7 --reason "sent to the wrong lab"'],
  receive: ['custos receive fr-ofac-martin~phone-7 --file lab/phone.bin --condition "seal intact"'],
  examine: [
    'custos examine fr-lab-roux~phone-7-img --purpose "wallet traces" --tool Autopsy --tool-version 4.22.1',
  ],
  copy: [
    'custos copy fr-ofac-martin~phone-7 --file image.E01 --id phone-7-img --description "forensic image" \\',
    '  --tool Guymager --tool-version 0.8.13 --method "write-blocked acquisition"',
  ],
  'verify-item': ['custos verify-item fr-ofac-martin~phone-7 --file store/phone.bin'],
  preserve: [
    'custos preserve fr-ofac-martin~phone-7 --order "JLD-2026-120" --until 2027-06-01T00:00:00+02:00',
  ],
  'extend-preservation': [
    'custos extend-preservation fr-ofac-martin~phone-7 --until 2027-12-01T00:00:00+01:00',
  ],
  'release-preservation': ['custos release-preservation fr-ofac-martin~phone-7 --reason "case closed"'],
  disclose: [
    'custos disclose fr-ofac-martin~phone-7-img --to-state DE --to-authority "Bundesamt für Justiz" \\',
    '  --request fr-ofac-martin~mla-7 --scope "the forensic image, for the German proceedings" \\',
    '  --purposes "the German fraud proceedings 2027/114" --onward-transfer consent-required',
    'custos disclose fr-ofac-martin~phone-7-img --to de-bka-schmidt --request fr-ofac-martin~mla-7 \\',
    '  --scope "the forensic image"   # to an officer registered in this log',
  ],
  hold: ['custos hold fr-ofac-martin~phone-7 --reference "TJ Lyon 2027/88" --reason "civil claim pending"'],
  'release-hold': [
    'custos release-hold fr-ofac-martin~phone-7 --reference "TJ Lyon 2027/91" --reason "claim settled"',
  ],
  'case hold': [
    'custos case hold fr-ofac-martin~2026-042 --reference "PR Lyon 2027/12" --reason "appeal pending"',
  ],
  'case release-hold': [
    'custos case release-hold fr-ofac-martin~2026-042 --reference "PR Lyon 2027/30" --reason "final judgment"',
  ],
  'set-retention': [
    'custos set-retention fr-ofac-martin~phone-7 --category criminal-10y --reason "charge requalified"',
  ],
  'override-retention': [
    'custos override-retention fr-ofac-martin~phone-7 --reference "TJ Lyon 2027/95" --reason "restitution ordered"',
  ],
  consent: [
    'custos consent fr-ofac-martin~phone-7-img --onward-to de-lka-weber --reason "BEPI letter 2027-031"',
  ],
  return: ['custos return fr-ofac-martin~phone-7 --to "its owner, Mme Durand" --reason "no longer needed"'],
  destroy: ['custos destroy fr-ofac-martin~phone-7 --method "shredded" --authorisation "order 2027-11"'],
  annotate: [
    'custos annotate fr-ofac-martin~phone-7 --text "exhibit number is PN-042-08" --corrects 4',
    '  (--corrects takes the entry number `custos show` prints)',
  ],
  show: ['custos show fr-ofac-martin~phone-7'],
  history: ['custos history fr-ofac-martin~phone-7 --json'],
  search: ['custos search --case fr-ofac-martin~2026-042 --status active'],
  'search events': [
    'custos search events --case fr-ofac-martin~2026-042 --type disclosed --logged-from 2026-01-01T00:00:00Z',
  ],
  proof: ['custos proof 4'],
  checkpoint: ['custos checkpoint', 'custos checkpoint --json'],
  serve: ['custos serve', 'CUSTOS_PORT=8443 custos serve'],
  init: ['custos init'],
  audit: ['custos audit'],
  restore: ['custos restore custos-2026-11-23.backup --data-dir /var/lib/custos-restored'],
};

/** The "Example(s):" block a command adds to its own --help. */
export function examplesHelp(...lines: string[]): string {
  return `\n${lines.length > 1 ? 'Examples' : 'Example'}:\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

/** Fills in shared option descriptions and examples; leaves what a command says itself alone. */
export function documentCommands(program: Command): void {
  for (const { path, cmd } of leaves(program)) {
    for (const o of cmd.options)
      if (!o.description)
        o.description = OPTION_HELP[`${path} ${o.flags}`] ?? OPTION_HELP[`* ${o.flags}`] ?? '';
    const examples = EXAMPLES[path];
    if (examples)
      cmd.addHelpText(
        'after',
        `\n${examples.length > 1 ? 'Examples' : 'Example'}:\n${examples.map((e) => `  ${e}`).join('\n')}`,
      );
  }
}

function leaves(cmd: Command, path: readonly string[] = []): { path: string; cmd: Command }[] {
  return cmd.commands.flatMap((c) => {
    const here = [...path, c.name()];
    return c.commands.length ? leaves(c, here) : [{ path: here.join(' '), cmd: c }];
  });
}
