import type { EntityKind } from '../kind.js';
import type { Official } from '../../types.js';
// Not yet implemented: finds nothing.
export const officials: EntityKind<unknown, Official> = { name: 'officials', precedence: 0, find: () => [], assemble: () => [] };
