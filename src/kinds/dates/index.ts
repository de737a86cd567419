import type { EntityKind } from '../kind.js';
import type { DateMention } from '../../types.js';
// Not yet implemented: finds nothing.
export const dates: EntityKind<unknown, DateMention> = { name: 'dates', precedence: 2, find: () => [], assemble: () => [] };
