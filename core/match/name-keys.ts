import { withoutMarks } from './edit-distance';
import { charMask, charSlots, type CharMask } from './near-names';

/**
 * A name's keys, computed together once and carried as one value: the compact key comparisons read, the key
 * without tone marks, and what nearNames' fuzzy scan reads (character slots, whose count is the name's length in
 * code points, and the character mask).
 */
export interface NameKeys {
  key: string;
  marksKey: string;
  slots: Uint8Array;
  mask: CharMask;
}

export function nameKeys(key: string): NameKeys {
  const slots = charSlots(key);
  return { key, marksKey: withoutMarks(key), slots, mask: charMask(slots) };
}
