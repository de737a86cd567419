// `vnews completions SHELL`: a completion script for bash, zsh or fish, generated from the
// program itself (cli/completions.ts), so it lists what --help lists and never drifts.
import { Argument, type Command } from 'commander';
import { SHELLS, type Shell } from '../completions.js';

export function defineCompletions(program: Command): void {
  program
    .command('completions')
    .description('a completion script for bash, zsh or fish, generated from this program (so it never drifts from --help)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText(
      'after',
      `
Examples:
  vnews completions bash > ~/.local/share/bash-completion/completions/vnews
  vnews completions zsh > "\${fpath[1]}/_vnews"
  vnews completions fish > ~/.config/fish/completions/vnews.fish`,
    )
    .action(async (shell: Shell) => {
      const [{ completions }, { write }] = await Promise.all([import('../completions.js'), import('../output.js')]);
      await write(completions(program, shell));
    });
}
