import type { RegistryEntry } from '../registry/types';
import type { Rng } from './random';
import { toThaiDigits } from './typing';

/**
 * Ways of writing an answer that come from outside this generator, as letters, addresses and phones write them: the
 * letter this project answers (../shared/seed), Thai postal addresses and iOS's Smart Punctuation. The matcher and
 * dedupe were probed with these first (scripts/bench/written-forms.ts, person-forms.ts); here they are mixed into the
 * generated responses, with every other mistake, so that the main tables count them too.
 */

/**
 * The district and province glued after the LAO's name, as the letter glues its places to the words before them
 * (ศาลากลางจังหวัดตาก, ผู้ว่าราชการจังหวัดตาก): written out, or as a postal address shortens them (อ., จ.). The
 * province alone is only written out, as the letter writes it.
 */
export function withPlacesGlued(name: string, lao: RegistryEntry, rng: Rng): string {
  return (
    name +
    rng.pick([
      `อำเภอ${lao.district}จังหวัด${lao.province}`,
      `อำเภอ${lao.district} จังหวัด${lao.province}`,
      `จังหวัด${lao.province}`,
      `อ.${lao.district}จ.${lao.province}`,
      `อ.${lao.district} จ.${lao.province}`,
    ])
  );
}

/** The letter's slip in the written-out type: องค้การ for องค์การ (its addressee: นายกองค้การบริหารส่วนจังหวัดตาก). */
export function withLetterSlip(type: string): string {
  return type.replace('องค์การ', 'องค้การ');
}

/** The answer in quotes: iOS's Smart Punctuation (on by default) turns a typed " into “ and ”; other keyboards keep ". */
export function quoted(text: string, rng: Rng): string {
  return rng.chance(0.7) ? `“${text}”` : `"${text}"`;
}

/**
 * The district's box written as an address line: the district, then the province, as a Thai postal address orders
 * them (อ. or อำเภอ, then จ. or จังหวัด). A district answer already prefixed keeps its prefix.
 */
export function districtAsAddressLine(districtCell: string, province: string, rng: Rng): string {
  const district = /^(?:อ\.|อำเภอ)/.test(districtCell) ? districtCell : rng.pick(['อ.', 'อำเภอ']) + districtCell;
  return `${district} ${rng.pick(['จ.', 'จังหวัด'])}${province}`;
}

/**
 * The post after the person's name, and the LAO after it half the time, as a signature block writes them under the
 * name (the letter: `(นายอาทร พิมชะนก)`, then `รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน`) and a one-line box puts them
 * on.
 */
export function withPostAfter(name: string, post: string, laoLabel: string, rng: Rng): string {
  return `${name} ${post}${rng.chance(0.5) ? ` ${laoLabel}` : ''}`;
}

/**
 * The name as the letter's contact line writes it (`ผู้ประสานงาน: นางปยุณนุช บุ๊กคำ โทร. ๐๘๒-๑๘๘๘๐๘๔`): the label
 * half the time, then the name, then the mobile after โทร., in Thai digits half the time.
 */
export function asContactLine(name: string, mobile: string, rng: Rng): string {
  const label = rng.chance(0.5) ? 'ผู้ประสานงาน: ' : '';
  const phone = `${mobile.slice(0, 3)}-${mobile.slice(3)}`;
  return `${label}${name} โทร. ${rng.chance(0.5) ? toThaiDigits(phone) : phone}`;
}
