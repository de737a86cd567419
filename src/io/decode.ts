// Turning the bytes of a file into text, or a one-line reason why they are not text.

export class DecodeError extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false });

/**
 * Decode a file's bytes as SPEC.md says: UTF-8 (a BOM is dropped), UTF-16 with a BOM;
 * a NUL byte means a binary file, and anything else that is not valid UTF-8 is an error.
 */
export function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(UTF16LE, bytes, 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(UTF16BE, bytes, 'UTF-16BE');
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new DecodeError(`binary file (NUL byte at offset ${nul})`);
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new DecodeError(`invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
  }
}

function decodeWith(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new DecodeError(`invalid ${name}`);
  }
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}
