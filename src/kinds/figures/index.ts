import type { EntityKind } from '../kind.js';
import type { Figure } from '../../types.js';
// Not yet implemented: finds nothing.
export const figures: EntityKind<unknown, Figure> = { name: 'figures', precedence: 1, find: () => [], assemble: () => [] };
