/**
 * The CLI explains itself: every command answers --help with at least one example, and every
 * option says what it is for.
 */

import { expect } from 'chai';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/main.ts';

/** Every command that runs something (groups like `actor` only list their sub-commands). */
function leaves(cmd: Command, path: string[] = []): { path: string; cmd: Command }[] {
  return cmd.commands.flatMap((c) => {
    const here = [...path, c.name()];
    return c.commands.length ? leaves(c, here) : [{ path: here.join(' '), cmd: c }];
  });
}

function helpOf(cmd: Command): string {
  let text = '';
  cmd.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s) });
  cmd.outputHelp();
  return text;
}

describe('custos --help', () => {
  const program = buildProgram();
  const commands = leaves(program);

  it('covers the commands the issue found without examples', () => {
    const names = commands.map((c) => c.path);
    for (const n of ['seal', 'handover', 'disclose', 'checkpoint', 'proof', 'annotate'])
      expect(names).to.include(n);
  });

  for (const { path, cmd } of commands) {
    it(`custos ${path} --help shows an example and describes every option`, () => {
      const help = helpOf(cmd);
      expect(help, help).to.match(/Examples?:\n\s+custos /);
      for (const o of cmd.options)
        expect(o.description, `custos ${path} ${o.flags} has no description`).to.match(/\S/);
    });
  }

  it('describes every global option', () => {
    for (const o of program.options) expect(o.description, o.flags).to.match(/\S/);
  });

  it('has one option for the text of an annotation', () => {
    const annotate = commands.find((c) => c.path === 'annotate')!.cmd;
    const flags = annotate.options.map((o) => o.long);
    expect(flags).to.include('--text');
    expect(flags).to.not.include('--note');
  });
});
