// Share ids are the only key to a comparison, so they must not be guessable or enumerable:
// 17 base62 characters drawn from a cryptographic source carry 101 bits, short enough for a
// URL and far past the 96 bits asked for. Base62 keeps them URL-safe and selectable with one
// double click (no "-" or "_" to break a word).

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const COMPARISON_ID_LENGTH = 17;
/** Bytes at or above this would make some characters likelier than others, so they are skipped. */
const UNBIASED_LIMIT = 256 - (256 % ALPHABET.length);
const ID_PATTERN = new RegExp(`^[0-9A-Za-z]{${COMPARISON_ID_LENGTH}}$`);

/** Fills a buffer of `size` random bytes; the edge passes crypto.randomBytes or getRandomValues. */
export type RandomBytes = (size: number) => Uint8Array;

export function createComparisonId(randomBytes: RandomBytes): string {
  let id = "";
  while (id.length < COMPARISON_ID_LENGTH) {
    for (const byte of randomBytes(COMPARISON_ID_LENGTH * 2)) {
      if (byte >= UNBIASED_LIMIT) continue;
      id += ALPHABET[byte % ALPHABET.length];
      if (id.length === COMPARISON_ID_LENGTH) break;
    }
  }
  return id;
}

/** True for a string that could be a stored comparison's id; anything else is not looked up. */
export function isComparisonId(value: string): boolean {
  return ID_PATTERN.test(value);
}
