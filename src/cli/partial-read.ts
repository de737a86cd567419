// Reading partial files for `vnews merge`: each line parsed (objects without prototypes, numbers
// JSON cannot hold refused) and checked against its command's JSON Schema (partial-schema.ts,
// generated from partial-types.ts) before it is folded in. Only merge loads this module, and ajv.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Ajv, type ValidateFunction } from 'ajv';
import { PARTIAL_SCHEMA } from './partial-schema.js';
import { PARTIAL_VERSION, type Partial } from './partial.js';

/**
 * JSON.parse's reviver for partials: every object without a prototype (so that a key such as
 * `__proto__` or `constructor`, from a crafted file or a file of that name, is data and nothing
 * else), and a number JSON cannot hold exactly (`1e999` reads as Infinity) refused.
 */
function revive(key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`a number out of range${key !== '' ? ` (at "${key}")` : ''}`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const plain = Object.create(null) as Record<string, unknown>;
  for (const k of Object.keys(value)) plain[k] = (value as Record<string, unknown>)[k];
  return plain;
}

/** The schema each known command's partial must match, compiled when first needed. */
const validators = new Map<string, ValidateFunction>();
let ajv: Ajv | undefined;

function validatorFor(command: string): ValidateFunction | undefined {
  const name = `${command.charAt(0).toUpperCase()}${command.slice(1)}Partial`;
  if (!Object.hasOwn(PARTIAL_SCHEMA.definitions, name)) return undefined;
  let validate = validators.get(command);
  if (validate === undefined) {
    ajv ??= new Ajv({ strict: false, allErrors: false }).addSchema(PARTIAL_SCHEMA, 'partial');
    validate = ajv.getSchema(`partial#/definitions/${name}`) as ValidateFunction;
    validators.set(command, validate);
  }
  return validate;
}

/** One partial, parsed and checked against its command's schema; throws a one-line error naming what is wrong with it. */
export function parsePartial(line: string): Partial {
  let value: unknown;
  try {
    value = JSON.parse(line, revive);
  } catch (err) {
    const message = (err as Error).message;
    throw new Error(message.startsWith('a number out of range') ? `not a valid partial: ${message}` : 'not a partial file (not JSON)');
  }
  const p = value as Partial;
  if (typeof p !== 'object' || p === null || !('vnews_partial' in p)) throw new Error('not a partial file (written by --partial)');
  if (p.vnews_partial !== PARTIAL_VERSION) throw new Error(`partial file version ${String(p.vnews_partial)}; this vnews reads version ${PARTIAL_VERSION}`);
  if (typeof p.command !== 'string' || typeof p.options !== 'object' || p.options === null || !Array.isArray(p.errors)) throw new Error('not a partial file (fields missing)');
  const command = p.command;
  const validate = validatorFor(command);
  if (validate !== undefined && !validate(value)) {
    const e = validate.errors?.[0];
    const where = (e?.instancePath ?? '').replace(/^\//, '').replace(/~1/g, '/').replace(/~0/g, '~');
    const extra = e?.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : e?.keyword === 'enum' || e?.keyword === 'const' ? ` (${JSON.stringify(e.params)})` : '';
    throw new Error(`not a valid partial of '${command}': ${where !== '' ? `${where} ` : ''}${e?.message ?? 'does not match'}${extra}`);
  }
  return p;
}

/** The partials in a file (`-`: standard input), one a line, as they are read. */
export async function* readPartials(file: string): AsyncGenerator<Partial> {
  let n = 0;
  const input = file === '-' ? process.stdin : createReadStream(file);
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    n++;
    try {
      yield parsePartial(line);
    } catch (err) {
      throw new Error(`partial ${n}: ${(err as Error).message}`);
    }
  }
  if (n === 0) throw new Error('empty: no partial in it');
}
