/**
 * Titles people put before their name on Thai forms, as data. `title` is how a title is reported; `forms` are other
 * spellings. Forms containing a dot are abbreviations: they also match with the dots or spaces left out (`จสอ.`,
 * `น.ส`, `ว่าที่ร.ต.`). Ranks may be followed by หญิง (a woman officer), also bracketed: `ร.ต.อ.(หญิง)`, `ว่าที่ ร.ต. (หญิง)`.
 */
export interface PersonTitle {
  title: string;
  forms?: readonly string[];
  rank?: boolean;
}

export const PERSON_TITLES: readonly PersonTitle[] = [
  // Civil
  { title: 'นาย' },
  { title: 'นาง' },
  { title: 'นางสาว', forms: ['น.ส.'] },
  { title: 'Mr.', forms: ['Mister'] },
  { title: 'Mrs.' },
  { title: 'Ms.' },
  { title: 'Miss' },
  // Academic and professional
  { title: 'ดร.', forms: ['Dr.'] },
  { title: 'ศ.', forms: ['ศาสตราจารย์'] },
  { title: 'รศ.', forms: ['รองศาสตราจารย์'] },
  { title: 'ผศ.', forms: ['ผู้ช่วยศาสตราจารย์'] },
  { title: 'นพ.', forms: ['นายแพทย์'] },
  { title: 'พญ.', forms: ['แพทย์หญิง'] },
  { title: 'ทพ.', forms: ['ทันตแพทย์'] },
  { title: 'ทพญ.', forms: ['ทันตแพทย์หญิง'] },
  { title: 'ภก.', forms: ['เภสัชกร'] },
  { title: 'ภญ.', forms: ['เภสัชกรหญิง'] },
  // Acting rank (reserve officers), written before the rank: ว่าที่ร้อยตรี, ว่าที่ ร.ต.
  { title: 'ว่าที่' },
  // Royal lineage, written out or abbreviated (Royal Institute's list of titles of the royal family's descendants):
  // they say nothing about sex and come before a civil title or rank when both are written.
  { title: 'ม.จ.', forms: ['หม่อมเจ้า'] },
  { title: 'ม.ร.ว.', forms: ['หม่อมราชวงศ์'] },
  { title: 'ม.ล.', forms: ['หม่อมหลวง'] },
  // Army
  { title: 'พล.อ.', forms: ['พลเอก'], rank: true },
  { title: 'พล.ท.', forms: ['พลโท'], rank: true },
  { title: 'พล.ต.', forms: ['พลตรี'], rank: true },
  { title: 'พ.อ.', forms: ['พันเอก'], rank: true },
  { title: 'พ.ท.', forms: ['พันโท'], rank: true },
  { title: 'พ.ต.', forms: ['พันตรี'], rank: true },
  { title: 'ร.อ.', forms: ['ร้อยเอก', 'เรือเอก', 'เรืออากาศเอก'], rank: true },
  { title: 'ร.ท.', forms: ['ร้อยโท', 'เรือโท', 'เรืออากาศโท'], rank: true },
  { title: 'ร.ต.', forms: ['ร้อยตรี', 'เรือตรี', 'เรืออากาศตรี'], rank: true },
  { title: 'จ.ส.อ.', forms: ['จ่าสิบเอก'], rank: true },
  { title: 'จ.ส.ท.', forms: ['จ่าสิบโท'], rank: true },
  { title: 'จ.ส.ต.', forms: ['จ่าสิบตรี', 'จ่าสิบตำรวจ'], rank: true },
  { title: 'ส.อ.', forms: ['สิบเอก'], rank: true },
  { title: 'ส.ท.', forms: ['สิบโท'], rank: true },
  { title: 'ส.ต.', forms: ['สิบตรี'], rank: true },
  { title: 'พลทหาร', forms: ['พลฯ'], rank: true },
  // Police
  { title: 'พล.ต.อ.', forms: ['พลตำรวจเอก'], rank: true },
  { title: 'พล.ต.ท.', forms: ['พลตำรวจโท'], rank: true },
  { title: 'พล.ต.ต.', forms: ['พลตำรวจตรี'], rank: true },
  { title: 'พ.ต.อ.', forms: ['พันตำรวจเอก'], rank: true },
  { title: 'พ.ต.ท.', forms: ['พันตำรวจโท'], rank: true },
  { title: 'พ.ต.ต.', forms: ['พันตำรวจตรี'], rank: true },
  { title: 'ร.ต.อ.', forms: ['ร้อยตำรวจเอก'], rank: true },
  { title: 'ร.ต.ท.', forms: ['ร้อยตำรวจโท'], rank: true },
  { title: 'ร.ต.ต.', forms: ['ร้อยตำรวจตรี'], rank: true },
  { title: 'ด.ต.', forms: ['ดาบตำรวจ'], rank: true },
  { title: 'ส.ต.อ.', forms: ['สิบตำรวจเอก'], rank: true },
  { title: 'ส.ต.ท.', forms: ['สิบตำรวจโท'], rank: true },
  { title: 'ส.ต.ต.', forms: ['สิบตำรวจตรี'], rank: true },
  { title: 'พลตำรวจ', rank: true },
  // Navy and air force
  { title: 'พล.ร.อ.', forms: ['พลเรือเอก'], rank: true },
  { title: 'พล.ร.ท.', forms: ['พลเรือโท'], rank: true },
  { title: 'พล.ร.ต.', forms: ['พลเรือตรี'], rank: true },
  { title: 'พล.อ.อ.', forms: ['พลอากาศเอก'], rank: true },
  { title: 'พล.อ.ท.', forms: ['พลอากาศโท'], rank: true },
  { title: 'พล.อ.ต.', forms: ['พลอากาศตรี'], rank: true },
  { title: 'น.อ.', forms: ['นาวาเอก', 'นาวาอากาศเอก'], rank: true },
  { title: 'น.ท.', forms: ['นาวาโท', 'นาวาอากาศโท'], rank: true },
  { title: 'น.ต.', forms: ['นาวาตรี', 'นาวาอากาศตรี'], rank: true },
  { title: 'พ.จ.อ.', forms: ['พันจ่าเอก'], rank: true },
  { title: 'พ.จ.ท.', forms: ['พันจ่าโท'], rank: true },
  { title: 'พ.จ.ต.', forms: ['พันจ่าตรี'], rank: true },
  { title: 'พ.อ.อ.', forms: ['พันจ่าอากาศเอก'], rank: true },
  { title: 'พ.อ.ท.', forms: ['พันจ่าอากาศโท'], rank: true },
  { title: 'พ.อ.ต.', forms: ['พันจ่าอากาศตรี'], rank: true },
  { title: 'จ.อ.', forms: ['จ่าเอก', 'จ่าอากาศเอก'], rank: true },
  { title: 'จ.ท.', forms: ['จ่าโท', 'จ่าอากาศโท'], rank: true },
  { title: 'จ.ต.', forms: ['จ่าตรี', 'จ่าอากาศตรี'], rank: true },
];
