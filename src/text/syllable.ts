// Is a word a possible Vietnamese syllable? Foreign names (`Merkel`, `Putin`, `Jae-in`) are not.
import { stripTones } from './normalize.js';

const SYLLABLE =
  /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?(?:[aăâeêioôơuưy]{1,3})(?:ch|ng|nh|[cmnpt])?$/u;

export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(stripTones(word.toLowerCase()));
}
