// What one input may be (--max-size, --special-files), in a module of its own so that the
// command line can set the limits without loading the readers (fast-glob and the decoders).

/** What one input may be: its size, and whether FIFOs and devices named as inputs are read. */
export interface InputLimits {
  /** Bytes an input may hold (Infinity: no limit). */
  maxSize: number;
  /** Read FIFOs, character and block devices named as inputs (refused by default: they may never end). */
  special: boolean;
}

/** The default size limit: 32 MiB, far above any article (the 350 of the corpus are under 100 KB), far below what would exhaust memory. */
export const DEFAULT_MAX_SIZE = 32 * 1024 * 1024;

export const limits: InputLimits = { maxSize: DEFAULT_MAX_SIZE, special: false };

/** Set the limits every input is read with (--max-size, --special-files). */
export function setInputLimits(l: Partial<InputLimits>): void {
  Object.assign(limits, l);
}

/** The limits inputs are read with. */
export function inputLimits(): Readonly<InputLimits> {
  return limits;
}

/** `16M`, `200MB`, `1.5G`, `4096`, `none`: bytes (Infinity for none or 0); undefined when it is none of these. */
export function parseSize(value: string): number | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === 'unlimited') return Infinity;
  const m = /^(\d+(?:\.\d+)?)\s*(k|m|g|t)?(?:i?b)?$/.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]) * 1024 ** ' kmgt'.indexOf(m[2] ?? ' ');
  return n === 0 ? Infinity : Math.floor(n);
}

/** `32 MB`, `200.0 MB`, `512 bytes`: a size for a message. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [n, unit] = bytes < 1024 ** 2 ? [bytes / 1024, 'KB'] : bytes < 1024 ** 3 ? [bytes / 1024 ** 2, 'MB'] : [bytes / 1024 ** 3, 'GB'];
  return `${Number.isInteger(n) ? n : n.toFixed(1)} ${unit}`;
}
