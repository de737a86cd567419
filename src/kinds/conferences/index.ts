import type { EntityKind } from '../kind.js';
import type { Conference } from '../../types.js';
// Not yet implemented: finds nothing.
export const conferences: EntityKind<unknown, Conference> = { name: 'conferences', precedence: 3, find: () => [], assemble: () => [] };
