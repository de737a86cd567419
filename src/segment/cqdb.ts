// A reader for CQDB, the constant-quark database CRFsuite uses to map strings to ids.
//
// Layout (little-endian u32s): a 24-byte header `CQDB`, size, flag, byte-order mark
// 0x62445371, backward-array size and offset; then 256 table references (offset, count);
// each table is an array of (hash, record offset) buckets, an offset of 0 being empty; a
// record is (id, key size including its NUL, key bytes). All offsets are relative to the
// start of the CQDB chunk. We do not need the hash: every record is read once into a Map.

const HEADER_SIZE = 24;
const NUM_TABLES = 256;
const BYTEORDER_CHECK = 0x62445371;

export class CqdbFormatError extends Error {}

/** Every (key, id) record of the CQDB chunk that starts at `base` in `buf`. */
export function readCqdb(buf: Buffer, base: number): Map<string, number> {
  if (buf.length < base + HEADER_SIZE + NUM_TABLES * 8) throw new CqdbFormatError('CQDB chunk is truncated');
  if (buf.toString('latin1', base, base + 4) !== 'CQDB') throw new CqdbFormatError('CQDB chunk id not found');
  const size = buf.readUInt32LE(base + 4);
  if (buf.readUInt32LE(base + 12) !== BYTEORDER_CHECK) throw new CqdbFormatError('CQDB byte order not supported');
  if (base + size > buf.length) throw new CqdbFormatError('CQDB chunk is larger than the file');
  const decoder = new TextDecoder('utf-8');
  const out = new Map<string, number>();
  for (let t = 0; t < NUM_TABLES; t++) {
    const ref = base + HEADER_SIZE + t * 8;
    const tableOffset = buf.readUInt32LE(ref);
    const count = buf.readUInt32LE(ref + 4);
    if (tableOffset === 0) continue;
    for (let k = 0; k < count; k++) {
      const recordOffset = buf.readUInt32LE(base + tableOffset + k * 8 + 4);
      if (recordOffset === 0) continue;
      const p = base + recordOffset;
      const id = buf.readUInt32LE(p);
      const keySize = buf.readUInt32LE(p + 4);
      // keySize counts the terminating NUL.
      const key = decoder.decode(buf.subarray(p + 8, p + 8 + Math.max(0, keySize - 1)));
      out.set(key, id);
    }
  }
  return out;
}
