// The input that stands for `--files-from LIST`, in a module of its own so that the command
// line can name it without loading the readers (fast-glob and the decoders): see inputs.ts.

/**
 * The input that stands for `--files-from LIST`: the paths in LIST (`-`: standard input), one a
 * line, read as they are needed (a list of millions is never held). It begins with a NUL, which
 * no path can hold, so it cannot be taken for a file.
 */
export function filesFrom(list: string): string {
  return `\0${list}`;
}

/** Whether an input stands for a --files-from list. */
export function isFileList(input: string): boolean {
  return input.startsWith('\0');
}
