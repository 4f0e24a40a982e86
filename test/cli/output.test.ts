import { expect } from 'chai';
import { formatTable, printLines } from '../../src/cli/output.ts';

describe('CLI tables', () => {
  it('keep their columns lined up when an organisation name is long', () => {
    const lines = formatTable(
      [
        [
          '3',
          '2026-11-23T10:00:00',
          'Capt. Claire Martin (Police nationale – Office anti-cybercriminalité, FR)',
          'opened the case',
        ],
        ['12', '2026-11-23T11:30:00', 'Dr Lucie Roux (Police nationale, FR)', 'received it'],
      ],
      ['entry', 'when', 'who', 'what'],
    );
    const whatColumn = lines[0]!.indexOf('what');
    for (const line of lines.slice(2)) {
      const at = line.slice(whatColumn);
      // Every row's last column starts at the header's column; continuation lines end before it.
      expect(line.length <= whatColumn || /^\S/.test(at), line).to.equal(true);
      expect(line.slice(whatColumn - 2, whatColumn), line).to.match(/^ {0,2}$/);
    }
    expect(lines.some((l) => l.slice(whatColumn).startsWith('opened the case'))).to.equal(true);
    expect(lines.some((l) => l.slice(whatColumn).startsWith('received it'))).to.equal(true);
    expect(lines.join('\n')).to.include('Office anti-cybercriminalité');
    expect(lines.slice(2).filter((l) => l.length > whatColumn)).to.have.length(2); // one per row
  });

  it('pads by characters, not UTF-16 units', () => {
    const lines = formatTable(
      [
        ['Ölçü 𝔸', 'x'],
        ['ab', 'y'],
      ],
      ['name', 'v'],
    );
    const column = (line: string, c: string) => [...line].indexOf(c);
    expect(column(lines[2]!, 'x')).to.equal(column(lines[3]!, 'y'));
  });
});

describe('printLines', () => {
  it('prints every line whole and in order, in writes that never split a line', () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `  line ${i} ${'é'.repeat(i % 40)}`);
    const writes: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => writes.push(chunk) > 0) as typeof process.stdout.write;
    try {
      printLines(lines);
    } finally {
      process.stdout.write = write;
    }
    expect(writes.join('')).to.equal(lines.map((l) => `${l}\n`).join(''));
    expect(writes.length).to.be.above(1).and.below(lines.length);
    for (const w of writes) expect(w.endsWith('\n')).to.equal(true);
  });
});
