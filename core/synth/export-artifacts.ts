/**
 * What a responses sheet carries after other hands and tools (DEFAULT_MISTAKE_RATES, from outside sources), drawn on
 * a random stream of their own so that adding them leaves every other draw as it was:
 * - `phone_sheet_float`, `code_sheet_float`: a number column read and written back by pandas (read_csv makes a column
 *   with a blank cell float64; to_csv writes 812345678.0), the phone's leading zero already lost;
 * - `lao_english_layout`: the LAO name typed with the keyboard still on the English layout (`8]v'mjv,.9h`).
 */
import type { RsvpResponseKey } from '../../sheets-schema/rsvp-form';
import { englishLayoutOf } from '../text/keyboard-layout';
import type { MistakeKind, MistakeRates } from './mistakes';
import type { Rng } from './random';

/** Only a cell of plain digits is a number to a spreadsheet (dashes or spaces make it text). */
const DIGITS = /^\d+$/;

export function addExportArtifacts(s: { cells?: Record<RsvpResponseKey, string>; mistakes?: MistakeKind[] }, rates: MistakeRates, rng: Rng): void {
  const { cells, mistakes } = s;
  if (!cells || !mistakes) return;
  if (DIGITS.test(cells.phone) && rng.chance(rates.phone_sheet_float)) {
    cells.phone = `${cells.phone.replace(/^0/, '')}.0`;
    mistakes.push('phone_sheet_float');
  }
  if (DIGITS.test(cells.laoCode) && rng.chance(rates.code_sheet_float)) {
    cells.laoCode = `${cells.laoCode}.0`;
    mistakes.push('code_sheet_float');
  }
  if (cells.laoName && rng.chance(rates.lao_english_layout)) {
    cells.laoName = englishLayoutOf(cells.laoName);
    mistakes.push('lao_english_layout');
  }
}
