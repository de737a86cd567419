// The encodings vnews reads and the names `--encoding` takes, in a module of their own so that
// the command line's options can name them without loading the decoders (decode.ts).

/** The encodings vnews reads. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3'] as const;
export type Encoding = (typeof ENCODINGS)[number];
/** What `--encoding` takes: an encoding, or `auto` (the default) to tell it from the bytes. */
export type EncodingChoice = Encoding | 'auto';

/** The names `--encoding` accepts (any case), aliases included. */
const NAMES = new Map<string, EncodingChoice>([
  ['auto', 'auto'],
  ['utf-8', 'utf-8'],
  ['utf-16le', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
  ['windows-1258', 'windows-1258'],
  ['cp1258', 'windows-1258'],
  ['tcvn3', 'tcvn3'],
  ['vn3', 'tcvn3'],
  ['abc', 'tcvn3'],
]);

/** Every name `--encoding` accepts, in the order help lists them. */
export const ENCODING_NAMES: readonly string[] = [...NAMES.keys()];

/** The encoding a name stands for (`cp1258` → `windows-1258`), or undefined for a name vnews does not know. */
export function encodingNamed(name: string): EncodingChoice | undefined {
  return NAMES.get(name.trim().toLowerCase());
}

/** How messages write an encoding's name. */
export const ENCODING_LABELS: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3',
};
