/**
 * `custos retention category <code>` (administrators) records a category of the retention table;
 * `custos retention show <code>` prints one; `custos retention due` lists the items you may read
 * that are due for review as of a time (docs/model.md, Retention).
 * @module
 */
import type { Command } from 'commander';
import { ServiceError } from '../../client/custos-client.ts';
import { submit } from '../events.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { examplesHelp } from '../help-text.ts';
import { printJson, printLine, printTable } from '../output.ts';
import { type GlobalFlags, Session } from '../session.ts';
import { collect } from './repeatable-option.ts';

interface Category {
  category: string;
  description: string;
  retainDays: number;
  basis: string;
  overrideRoles: string[];
  head: { leafHash: string; index: number };
}

interface Due {
  item: string;
  case: string;
  reviewAt: string;
  reason: string;
  category?: string;
  retentionEndsAt?: string;
  retainUntil?: string;
}

interface CategoryOptions {
  description: string;
  days: string;
  basis: string;
  overrideRole?: string[];
}

type Client = Awaited<ReturnType<Session['client']>>;

export function registerRetentionCommands(program: Command, flags: () => GlobalFlags): void {
  const retention = program
    .command('retention')
    .description('the retention table, and the items due for review');

  retention
    .command('category <code>')
    .description('record a retention category (administrators); a later one for the same code replaces it')
    .requiredOption('--description <text>', 'what the category covers')
    .requiredOption('--days <n>', 'days an item is kept from its registration')
    .requiredOption('--basis <text>', 'the law or policy the period comes from')
    .option(
      '--override-role <role>',
      'a role that may order disposal earlier (repeat; default: court)',
      collect,
    )
    .addHelpText(
      'after',
      examplesHelp(
        'custos retention category criminal-10y --description "serious offences" --days 3653 \\',
        '  --basis "CPP art. 41-4" --override-role court',
      ),
    )
    .action(async (code: string, o: CategoryOptions) => {
      const days = Number(o.days);
      if (!/^[0-9]+$/.test(o.days) || !Number.isSafeInteger(days))
        throw new CliError('--days is a whole number of days', EXIT.usage);
      const client = await (await Session.open(flags())).client();
      const known = await category(client, code);
      const done = await submit(client, 'retention.category-set', {
        category: code,
        description: o.description,
        retainDays: days,
        basis: o.basis,
        overrideRoles: o.overrideRole ?? ['court'],
        ...(known ? { prev: known.head.leafHash } : {}),
      });
      if (flags().json) return printJson(done);
      printLine(`retention category ${code} recorded as entry ${done.index}`);
    });

  retention
    .command('show <code>')
    .description('one category of the retention table, as it stands')
    .addHelpText('after', examplesHelp('custos retention show criminal-10y'))
    .action(async (code: string) => {
      const found = await category(await (await Session.open(flags())).client(), code);
      if (!found)
        throw new CliError(`retention category ${code} is not in this log's retention table`, EXIT.refused);
      if (flags().json) return printJson(found);
      printLine(
        `${found.category}: ${found.description}; items filed after entry ${found.head.index} are kept ${found.retainDays} days from registration; an item filed earlier keeps any longer period the category had since (${found.basis}); early disposal ordered by: ${found.overrideRoles.join(', ')}`,
      );
    });

  retention
    .command('due')
    .description(
      'the items you may read that are due for review (retention ended, or a provider’s limit reached)',
    )
    .option('--as-of <time>', 'RFC 3339 (default: the server’s time)')
    .addHelpText(
      'after',
      examplesHelp('custos retention due', 'custos retention due --as-of 2030-01-01T00:00:00Z --json'),
    )
    .action(async (o: { asOf?: string }) => {
      const client = await (await Session.open(flags())).client();
      const due: Due[] = [];
      let asOf = '';
      for (let after: string | null | undefined; after !== null; ) {
        const query = new URLSearchParams({ limit: '500' });
        if (o.asOf) query.set('asOf', o.asOf);
        if (after) query.set('after', after);
        const page = await client.get<{ asOf: string; items: Due[]; next: string | null }>(
          `/v1/retention/due?${query}`,
        );
        asOf = page.asOf;
        due.push(...page.items);
        after = page.next;
      }
      if (flags().json) return printJson(due.map((d) => ({ id: d.item, ...d })));
      printLine(`${due.length} item${due.length === 1 ? '' : 's'} due for review as of ${asOf}`);
      printTable(
        due.map((d) => [d.item, d.case, d.reviewAt, d.reason, d.category ?? '—']),
        ['item', 'case', 'due since', 'why', 'category'],
      );
    });
}

async function category(client: Client, code: string): Promise<Category | undefined> {
  try {
    return await client.get<Category>(`/v1/retention/categories/${encodeURIComponent(code)}`);
  } catch (e) {
    if (e instanceof ServiceError && e.problem.status === 404) return undefined;
    throw e;
  }
}
