// `vnews man`: the man page, vnews(1), in roff, generated from the program itself
// (cli/completions.ts): `vnews man | man -l -`.
import type { Command } from 'commander';

export function defineMan(program: Command): void {
  program
    .command('man')
    .description('the man page, vnews(1), in roff, generated from this program: vnews man | man -l -')
    .action(async () => {
      const [{ manPage }, { write }] = await Promise.all([import('../completions.js'), import('../output.js')]);
      await write(manPage(program, program.version() as string));
    });
}
