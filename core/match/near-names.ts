/**
 * Blocking for fuzzy name comparison: which registry names of a province may be within edit distance 2 of an
 * answer, or contain it, or be contained in it. Kept in one module so the scan over a province calls no
 * imported function (module bindings cost a property read per call in CommonJS).
 */
import type { NameKeys } from './name-keys';
import type { IndexedLao, ProvinceIndex } from './registry-index';

/** Names this long or longer may differ by two edits; shorter ones by one (see comparisons.ts). */
export const LONG_NAME = 8;
/** The shorter of two names must be this long, and at least half the longer, for "one contains the other". */
export const MIN_CONTAINED = 3;

/**
 * Characters as slot numbers for a bag-of-characters filter: the Thai block maps to 0-127, everything else is
 * folded into 128-255 (folding only makes the filter let more through, never fewer).
 */
export function charSlots(text: string): Uint8Array {
  const slots: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    slots.push(c >= 0x0e00 && c <= 0x0e7f ? c - 0x0e00 : 128 + (c & 127));
  }
  return Uint8Array.from(slots);
}

/**
 * A text's characters folded into 64 bits (two 32-bit halves), to tell quickly that another text cannot be
 * within a small edit distance of it: one edit adds at most one character the other text lacks, so texts within
 * distance k each hold at most k (folded) characters the other lacks. Rules out most names in a few operations.
 */
export interface CharMask {
  low: number;
  high: number;
}

export function charMask(slots: Uint8Array): CharMask {
  let low = 0;
  let high = 0;
  for (const s of slots) {
    const bit = s & 63;
    if (bit < 32) low |= 1 << bit;
    else high |= 1 << (bit - 32);
  }
  return { low, high };
}

function bitCount(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// Scratch counts for sharedCharacters; JavaScript runs one call at a time, and every call leaves it zeroed.
const counts = new Int32Array(256);

/**
 * Characters two texts share, counted as multisets. One edit changes at most one character on each side, so
 * texts within edit distance k share at least max(length) - k characters.
 */
function sharedCharacters(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i++) counts[a[i]!]!++;
  let shared = 0;
  for (let i = 0; i < b.length; i++) if (--counts[b[i]!]! >= 0) shared++;
  for (let i = 0; i < b.length; i++) counts[b[i]!]!++;
  for (let i = 0; i < a.length; i++) counts[a[i]!]!--;
  return shared;
}

/**
 * Name length (capped at 255) and character mask of each LAO of a province, as flat arrays in the order of the
 * province's `laos`, so nearNames' pass over a province touches no objects.
 */
export interface NameScan {
  lengths: Uint8Array;
  masksLow: Int32Array;
  masksHigh: Int32Array;
}

export function nameScan(laos: readonly IndexedLao[]): NameScan {
  return {
    lengths: Uint8Array.from(laos, (l) => Math.min(255, l.name.slots.length)),
    masksLow: Int32Array.from(laos, (l) => l.name.mask.low),
    masksHigh: Int32Array.from(laos, (l) => l.name.mask.high),
  };
}

/**
 * Entries of the province whose name may reach an edit-distance or containment level for the answer's name
 * (a superset: the comparisons decide). One pass over the province with the length, mask and bag tests; the
 * few names that pass the containment tests are then searched as substrings.
 */
export function nearNames(province: ProvinceIndex, name: NameKeys): IndexedLao[] {
  const { key: nameKey, slots, mask } = name;
  const found: IndexedLao[] = [];
  const length = slots.length;
  const { laos } = province;
  const { lengths: nameLengths, masksLow, masksHigh } = province.scan;
  const canContain = length >= MIN_CONTAINED;
  const half = Math.ceil(length / 2);
  for (let i = 0; i < laos.length; i++) {
    const other = nameLengths[i]!;
    const low = masksLow[i]!;
    const high = masksHigh[i]!;
    if (other <= length + 2 && other >= length - 2) {
      // Within two edits: at most two (folded) characters on either side missing from the other, and a shared bag
      // of at least max(length) - 2. Containment with so close lengths passes this test too.
      if (bitCount(mask.low & ~low) + bitCount(mask.high & ~high) > 2) continue;
      if (bitCount(low & ~mask.low) + bitCount(high & ~mask.high) > 2) continue;
      const lao = laos[i]!;
      if (Math.max(length, other) - sharedCharacters(slots, lao.name.slots) <= 2) found.push(lao);
    } else if (canContain && other < length && other >= half && other >= MIN_CONTAINED) {
      // A registry name inside the answer: all its characters occur in the answer.
      if ((low & ~mask.low) === 0 && (high & ~mask.high) === 0 && nameKey.includes(laos[i]!.name.key)) found.push(laos[i]!);
    } else if (canContain && other > length && other <= length * 2) {
      if ((mask.low & ~low) === 0 && (mask.high & ~high) === 0 && laos[i]!.name.key.includes(nameKey)) found.push(laos[i]!);
    }
  }
  return found;
}
