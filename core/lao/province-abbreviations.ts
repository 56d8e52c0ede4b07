/**
 * The provinces' two-letter abbreviations, as government letters write them in document numbers and addresses (the
 * letter this project answers: `ที่ ตก ๐๐๒๓.๓/ว …`, `ถนนพหลโยธิน ตก ๖๓๐๐๐`, ../shared/seed). The list as public
 * province tables give it (several agree: a provinces table with name, English name and abbreviation; a test of
 * official province aliases); Bangkok's กท/กทม are read with its other spellings (place.ts).
 */
export const PROVINCE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['กบ', 'กระบี่'],
  ['กจ', 'กาญจนบุรี'],
  ['กส', 'กาฬสินธุ์'],
  ['กพ', 'กำแพงเพชร'],
  ['ขก', 'ขอนแก่น'],
  ['จบ', 'จันทบุรี'],
  ['ฉช', 'ฉะเชิงเทรา'],
  ['ชบ', 'ชลบุรี'],
  ['ชน', 'ชัยนาท'],
  ['ชย', 'ชัยภูมิ'],
  ['ชพ', 'ชุมพร'],
  ['ชร', 'เชียงราย'],
  ['ชม', 'เชียงใหม่'],
  ['ตง', 'ตรัง'],
  ['ตร', 'ตราด'],
  ['ตก', 'ตาก'],
  ['นย', 'นครนายก'],
  ['นฐ', 'นครปฐม'],
  ['นพ', 'นครพนม'],
  ['นม', 'นครราชสีมา'],
  ['นศ', 'นครศรีธรรมราช'],
  ['นว', 'นครสวรรค์'],
  ['นบ', 'นนทบุรี'],
  ['นธ', 'นราธิวาส'],
  ['นน', 'น่าน'],
  ['บก', 'บึงกาฬ'],
  ['บร', 'บุรีรัมย์'],
  ['ปท', 'ปทุมธานี'],
  ['ปข', 'ประจวบคีรีขันธ์'],
  ['ปจ', 'ปราจีนบุรี'],
  ['ปน', 'ปัตตานี'],
  ['อย', 'พระนครศรีอยุธยา'],
  ['พย', 'พะเยา'],
  ['พง', 'พังงา'],
  ['พท', 'พัทลุง'],
  ['พจ', 'พิจิตร'],
  ['พล', 'พิษณุโลก'],
  ['พบ', 'เพชรบุรี'],
  ['พช', 'เพชรบูรณ์'],
  ['พร', 'แพร่'],
  ['ภก', 'ภูเก็ต'],
  ['มค', 'มหาสารคาม'],
  ['มห', 'มุกดาหาร'],
  ['มส', 'แม่ฮ่องสอน'],
  ['ยส', 'ยโสธร'],
  ['ยล', 'ยะลา'],
  ['รอ', 'ร้อยเอ็ด'],
  ['รน', 'ระนอง'],
  ['รย', 'ระยอง'],
  ['รบ', 'ราชบุรี'],
  ['ลบ', 'ลพบุรี'],
  ['ลป', 'ลำปาง'],
  ['ลพ', 'ลำพูน'],
  ['ลย', 'เลย'],
  ['ศก', 'ศรีสะเกษ'],
  ['สน', 'สกลนคร'],
  ['สข', 'สงขลา'],
  ['สต', 'สตูล'],
  ['สป', 'สมุทรปราการ'],
  ['สส', 'สมุทรสงคราม'],
  ['สค', 'สมุทรสาคร'],
  ['สก', 'สระแก้ว'],
  ['สบ', 'สระบุรี'],
  ['สห', 'สิงห์บุรี'],
  ['สพ', 'สุพรรณบุรี'],
  ['สฎ', 'สุราษฎร์ธานี'],
  ['สร', 'สุรินทร์'],
  ['สท', 'สุโขทัย'],
  ['นค', 'หนองคาย'],
  ['นภ', 'หนองบัวลำภู'],
  ['อท', 'อ่างทอง'],
  ['อจ', 'อำนาจเจริญ'],
  ['อด', 'อุดรธานี'],
  ['อต', 'อุตรดิตถ์'],
  ['อน', 'อุทัยธานี'],
  ['อบ', 'อุบลราชธานี'],
]);

/**
 * Provinces by the short or everyday names people write for them, as public Thai code maps them to the official name
 * (alias tables of province resolvers and dashboards on GitHub agree on โคราช, นครศรี, แปดริ้ว, กาญจน์; Wiktionary
 * gives โคราช as the colloquial นครราชสีมา). Only names no other province or district could be: not ปากน้ำ or คอน.
 * Keys as normaliseProvince leaves an answer, full stops removed (`สมุทร ป.` is สมุทรป).
 */
export const PROVINCE_EVERYDAY_NAMES: ReadonlyMap<string, string> = new Map([
  ['โคราช', 'นครราชสีมา'],
  ['นครศรี', 'นครศรีธรรมราช'],
  ['นครสี', 'นครศรีธรรมราช'],
  ['เมืองคอน', 'นครศรีธรรมราช'],
  ['แปดริ้ว', 'ฉะเชิงเทรา'],
  ['กาญจน์', 'กาญจนบุรี'],
  ['เมืองกาญ', 'กาญจนบุรี'],
  ['ยุดยา', 'พระนครศรีอยุธยา'],
  ['กรุงเก่า', 'พระนครศรีอยุธยา'],
  ['บางกอก', 'กรุงเทพมหานคร'],
  ['สมุทรป', 'สมุทรปราการ'],
  ['สมุทรส', 'สมุทรสาคร'],
  ['สมุทรง', 'สมุทรสงคราม'],
]);

/**
 * The official name of a province answered by its two-letter abbreviation or an everyday name (`normalised` as
 * normaliseProvince leaves it), or null.
 */
export function provinceOfShortName(normalised: string): string | null {
  const key = normalised.replace(/\./g, '');
  return PROVINCE_ABBREVIATIONS.get(key) ?? PROVINCE_EVERYDAY_NAMES.get(key) ?? null;
}
