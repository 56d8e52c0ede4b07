const THAI = new Intl.Collator('th');

/** Thai dictionary order (leading vowels such as เ, แ, โ are skipped as a Thai reader expects). */
export function compareThai(a: string, b: string): number {
  return THAI.compare(a, b);
}
