import type { LaoType } from '../vocabulary';

/**
 * Small lists of common Thai given names and surname parts, each with a romanisation for e-mail handles.
 * Thai surnames are nearly unique per family; composing them from two parts (ศรี+สุข, แก้ว+มณี) keeps the number of
 * distinct full names realistic without a large list. Names with ำ, tone marks over vowels and spaces are included on
 * purpose: they are where typing mistakes happen.
 */
export type Gender = 'm' | 'f';

export const GIVEN_NAMES: ReadonlyArray<readonly [thai: string, latin: string, gender: Gender]> = [
  ['สมชาย', 'somchai', 'm'], ['สมศักดิ์', 'somsak', 'm'], ['สมพงษ์', 'somphong', 'm'], ['ประเสริฐ', 'prasert', 'm'],
  ['วิชัย', 'wichai', 'm'], ['สุรชัย', 'surachai', 'm'], ['ชัยวัฒน์', 'chaiwat', 'm'], ['ธนากร', 'thanakorn', 'm'],
  ['ณัฐพล', 'nattaphon', 'm'], ['กิตติพงษ์', 'kittiphong', 'm'], ['อนุชา', 'anucha', 'm'], ['สุริยา', 'suriya', 'm'],
  ['วีระพงษ์', 'weeraphong', 'm'], ['อำนาจ', 'amnat', 'm'], ['บุญชัย', 'boonchai', 'm'], ['ชาตรี', 'chatri', 'm'],
  ['ธีรวัฒน์', 'theerawat', 'm'], ['พงศกร', 'phongsakorn', 'm'], ['จักรพันธ์', 'chakkaphan', 'm'], ['วรวุฒิ', 'worawut', 'm'],
  ['ศักดิ์ชัย', 'sakchai', 'm'], ['อภิชาติ', 'aphichat', 'm'], ['เกรียงไกร', 'kriangkrai', 'm'], ['ปิยะพงษ์', 'piyaphong', 'm'],
  ['นพดล', 'noppadon', 'm'], ['สุเมธ', 'sumet', 'm'], ['ทรงศักดิ์', 'songsak', 'm'], ['ไพโรจน์', 'phairot', 'm'],
  ['สมบัติ', 'sombat', 'm'], ['มานพ', 'manop', 'm'], ['วันชัย', 'wanchai', 'm'], ['สุทธิพงษ์', 'sutthiphong', 'm'],
  ['ธวัชชัย', 'thawatchai', 'm'], ['ภานุวัฒน์', 'phanuwat', 'm'], ['ชำนาญ', 'chamnan', 'm'], ['จำลอง', 'chamlong', 'm'],
  ['กำธร', 'kamthon', 'm'], ['ธำรง', 'thamrong', 'm'], ['สำราญ', 'samran', 'm'], ['วุฒิชัย', 'wutthichai', 'm'],
  ['อดิศักดิ์', 'adisak', 'm'], ['เอกชัย', 'ekkachai', 'm'], ['ณรงค์', 'narong', 'm'], ['ศุภชัย', 'supachai', 'm'],
  ['ปรีชา', 'preecha', 'm'], ['สุพจน์', 'suphot', 'm'], ['บรรจง', 'banchong', 'm'], ['เฉลิมพล', 'chaloemphon', 'm'],
  ['ยุทธนา', 'yutthana', 'm'], ['ก้องเกียรติ', 'kongkiat', 'm'],
  ['สมศรี', 'somsri', 'f'], ['สุนิสา', 'sunisa', 'f'], ['วนิดา', 'wanida', 'f'], ['กัญญา', 'kanya', 'f'],
  ['พรทิพย์', 'phonthip', 'f'], ['จันทร์เพ็ญ', 'chanphen', 'f'], ['ศิริพร', 'siriporn', 'f'], ['อรุณี', 'arunee', 'f'],
  ['นงลักษณ์', 'nongluk', 'f'], ['สุภาพร', 'supaporn', 'f'], ['ปราณี', 'pranee', 'f'], ['รัตนา', 'rattana', 'f'],
  ['มาลี', 'malee', 'f'], ['วิไลวรรณ', 'wilaiwan', 'f'], ['กาญจนา', 'kanchana', 'f'], ['ดวงใจ', 'duangjai', 'f'],
  ['ณัฐธิดา', 'natthida', 'f'], ['ปิยะนุช', 'piyanuch', 'f'], ['อัมพร', 'amporn', 'f'], ['สุดารัตน์', 'sudarat', 'f'],
  ['จิราพร', 'jiraporn', 'f'], ['เพ็ญศรี', 'phensri', 'f'], ['นิตยา', 'nittaya', 'f'], ['ลำดวน', 'lamduan', 'f'],
  ['บุษบา', 'butsaba', 'f'], ['ทิพวรรณ', 'thippawan', 'f'], ['ชุติมา', 'chutima', 'f'], ['พัชรี', 'phatcharee', 'f'],
  ['อารีรัตน์', 'areerat', 'f'], ['วาสนา', 'wasana', 'f'], ['สุกัญญา', 'sukanya', 'f'], ['ธิดารัตน์', 'thidarat', 'f'],
  ['เยาวลักษณ์', 'yaowalak', 'f'], ['อุไรวรรณ', 'uraiwan', 'f'], ['กนกวรรณ', 'kanokwan', 'f'], ['ศศิธร', 'sasithorn', 'f'],
  ['รุ่งนภา', 'rungnapha', 'f'], ['จำเนียร', 'chamnian', 'f'], ['สำเนียง', 'samniang', 'f'], ['น้ำฝน', 'namfon', 'f'],
  ['น้ำทิพย์', 'namthip', 'f'], ['ขวัญใจ', 'khwanjai', 'f'], ['ปวีณา', 'paweena', 'f'], ['พิมพ์ชนก', 'phimchanok', 'f'],
  ['ภัทรา', 'phattra', 'f'], ['อัญชลี', 'anchalee', 'f'], ['เบญจวรรณ', 'benjawan', 'f'], ['สายสุนีย์', 'saisunee', 'f'],
  ['ละเอียด', 'laiat', 'f'], ['ผ่องศรี', 'phongsri', 'f'],
];

export const SURNAME_HEADS: ReadonlyArray<readonly [string, string]> = [
  ['ศรี', 'sri'], ['บุญ', 'boon'], ['แก้ว', 'kaew'], ['ทอง', 'thong'], ['สุข', 'suk'], ['จันทร์', 'chan'], ['เพชร', 'phet'],
  ['พรหม', 'phrom'], ['ชัย', 'chai'], ['ศักดิ์', 'sak'], ['วงศ์', 'wong'], ['ประเสริฐ', 'prasert'], ['มณี', 'manee'],
  ['รัตน', 'rattana'], ['อินทร์', 'in'], ['คำ', 'kham'], ['นาค', 'nak'], ['เงิน', 'ngoen'], ['สมบูรณ์', 'somboon'],
  ['เจริญ', 'charoen'], ['พูล', 'phun'], ['ปัญญา', 'panya'], ['ดวง', 'duang'], ['สว่าง', 'sawang'], ['ไชย', 'chai'],
  ['โพธิ์', 'pho'], ['มั่น', 'man'], ['ศิลป์', 'sin'], ['ธรรม', 'tham'], ['น้ำ', 'nam'], ['ใจ', 'jai'], ['พิมพ์', 'phim'],
  ['รุ่ง', 'rung'], ['เรือง', 'rueang'], ['กิตติ', 'kitti'], ['วิเศษ', 'wiset'], ['สิทธิ', 'sitthi'], ['อุดม', 'udom'],
  ['ภู่', 'phu'], ['ขันธ์', 'khan'],
];

export const SURNAME_TAILS: ReadonlyArray<readonly [string, string]> = [
  ['สุข', 'suk'], ['ดี', 'dee'], ['มา', 'ma'], ['วงศ์', 'wong'], ['ศรี', 'sri'], ['ทอง', 'thong'], ['งาม', 'ngam'],
  ['เจริญ', 'charoen'], ['สวัสดิ์', 'sawat'], ['พันธ์', 'phan'], ['สกุล', 'sakul'], ['ชัย', 'chai'], ['รักษ์', 'rak'],
  ['แสง', 'saeng'], ['มณี', 'manee'], ['เรือง', 'rueang'], ['คำ', 'kham'], ['ไพศาล', 'phaisan'], ['บุตร', 'but'],
  ['ธรรม', 'tham'], ['พร', 'phon'], ['นิล', 'nin'], ['สมบัติ', 'sombat'], ['ภักดี', 'phakdee'], ['กุล', 'kun'],
  ['อ่อน', 'on'], ['ยิ่ง', 'ying'], ['ประเสริฐ', 'prasert'], ['ศักดิ์', 'sak'], ['วิจิตร', 'wichit'], ['สิทธิ์', 'sit'],
  ['รัตน์', 'rat'], ['จำรัส', 'chamrat'], ['เลิศ', 'loet'], ['บำรุง', 'bamrung'], ['ทิพย์', 'thip'], ['โชติ', 'chot'],
  ['เพ็ชร', 'phet'], ['ปัญญา', 'panya'], ['อนันต์', 'anan'],
];

/** Royal-descent surnames, written with a space: the reason surnames may contain one. */
export const SPACED_SURNAMES: ReadonlyArray<readonly [string, string]> = [
  ['ณ อยุธยา', 'na-ayutthaya'], ['ณ เชียงใหม่', 'na-chiangmai'], ['ณ นคร', 'na-nakhon'], ['ณ ระนอง', 'na-ranong'],
  ['ณ สงขลา', 'na-songkhla'], ['ณ ลำพูน', 'na-lamphun'],
];

/** How a person's own title is written in full, and its usual short form (if any). */
export interface TitleForm {
  full: string;
  short?: string;
  gender?: Gender;
  /** A royal-lineage title (หม่อมหลวง, หม่อมราชวงศ์): kept before the civil title. */
  royal?: boolean;
}

export const CIVIL_TITLES: Record<'m' | 'f-married' | 'f-single', TitleForm> = {
  m: { full: 'นาย', gender: 'm' },
  'f-married': { full: 'นาง', gender: 'f' },
  'f-single': { full: 'นางสาว', short: 'น.ส.', gender: 'f' },
};

/** Titles that replace or precede the civil one, with how common they are among LAO staff (weights). */
export const SPECIAL_TITLES: ReadonlyArray<readonly [TitleForm & { acting?: boolean }, number]> = [
  [{ full: 'ว่าที่ร้อยตรี', short: 'ว่าที่ ร.ต.', acting: true }, 6],
  [{ full: 'ว่าที่ร้อยตรีหญิง', short: 'ว่าที่ ร.ต.หญิง', acting: true, gender: 'f' }, 2],
  [{ full: 'จ่าสิบเอก', short: 'จ.ส.อ.', gender: 'm' }, 2],
  [{ full: 'สิบตำรวจโท', short: 'ส.ต.ท.', gender: 'm' }, 0.5],
  [{ full: 'พันตำรวจเอก', short: 'พ.ต.อ.', gender: 'm' }, 0.2],
  [{ full: 'ดาบตำรวจ', short: 'ด.ต.', gender: 'm' }, 0.5],
  [{ full: 'ดร.' }, 0.8],
  // Outside source: public prefix tables of Thai HR systems write the women's rank bracketed, `ว่าที่ร้อยตรี (หญิง)`,
  // and list the royal-lineage titles หม่อมหลวง/ม.ล. and หม่อมราชวงศ์/ม.ร.ว. (GitHub code search).
  [{ full: 'ว่าที่ร้อยตรี (หญิง)', short: 'ว่าที่ ร.ต.(หญิง)', acting: true, gender: 'f' }, 1],
  [{ full: 'หม่อมหลวง', short: 'ม.ล.', royal: true }, 0.3],
  [{ full: 'หม่อมราชวงศ์', short: 'ม.ร.ว.', royal: true }, 0.1],
];

/** Positions of LAO staff who collect and record the assessment data, by the kind of LAO. */
export const POSITIONS_COMMON: readonly string[] = [
  'นักวิเคราะห์นโยบายและแผน',
  'นักจัดการงานทั่วไป',
  'เจ้าพนักงานธุรการ',
  'นายช่างโยธา',
  'นักวิชาการศึกษา',
  'นักพัฒนาชุมชน',
  'นักวิชาการสาธารณสุข',
  'นักทรัพยากรบุคคล',
  'นักวิชาการเงินและบัญชี',
  'เจ้าพนักงานป้องกันและบรรเทาสาธารณภัย',
  'ผู้ช่วยนักวิเคราะห์นโยบายและแผน',
  'หัวหน้าสำนักปลัด',
  'ผู้อำนวยการกองช่าง',
  'ผู้อำนวยการกองคลัง',
  'ผู้อำนวยการกองการศึกษา',
  'ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม',
  'วิศวกรโยธา',
  'นักวิชาการคอมพิวเตอร์',
];

/** The head of the administration, by type: the official full form and the abbreviation people type. */
export const CHIEF_POSITION: Record<LaoType, readonly [full: string, short: string]> = {
  'อบจ.': ['ปลัดองค์การบริหารส่วนจังหวัด', 'ปลัด อบจ.'],
  เทศบาลนคร: ['ปลัดเทศบาล', 'ปลัดเทศบาล'],
  เทศบาลเมือง: ['ปลัดเทศบาล', 'ปลัดเทศบาล'],
  เทศบาลตำบล: ['ปลัดเทศบาล', 'ปลัด ทต.'],
  'อบต.': ['ปลัดองค์การบริหารส่วนตำบล', 'ปลัด อบต.'],
  ท้องถิ่นรูปแบบพิเศษ: ['ปลัดเมืองพัทยา', 'ปลัดเมืองพัทยา'],
  กรุงเทพมหานคร: ['ปลัดกรุงเทพมหานคร', 'ปลัด กทม.'],
};

/** Civil-service levels appended to academic and general positions. */
export const POSITION_LEVELS: readonly string[] = ['ปฏิบัติการ', 'ชำนาญการ', 'ชำนาญการพิเศษ', 'ปฏิบัติงาน', 'ชำนาญงาน'];

export const EMAIL_DOMAINS: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 70],
  ['hotmail.com', 15],
  ['outlook.com', 5],
  ['yahoo.com', 4],
  ['outlook.co.th', 2],
  ['hotmail.co.th', 2],
];

/** Answers of test submissions and people who did not know what to type: the hopeless rows. */
export const GIBBERISH_LAO_NAMES: readonly string[] = ['ทดสอบ', '-', 'asdf', 'ๆๆๆ', 'ไม่ทราบ', 'test', '...', 'xx', 'กกก'];
