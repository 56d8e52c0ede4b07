import { headers } from '../../sheets-schema/define';
import { INDICATOR_CATALOG } from '../../sheets-schema/indicators';
import type { Indicator } from '../indicators/catalog';
import { LAO_TYPES, type LaoType } from '../vocabulary';

/**
 * A demo indicator catalog in the shape of ODLOC's (area → mission → indicator, a target per LAO type). Only the
 * road indicators are public (data/indicator-catalog.csv); the rest follow the six areas of LAO duties in the
 * Decentralisation Act B.E. 2542 and the published wording ("ร้อยละของ… ที่ได้รับ…"). It is demo data, marked so.
 */

type Measure = 'km' | 'count' | 'households' | 'people' | 'tonnes' | 'rai';

interface Spec {
  name: string;
  /** What the frame counts (for realistic sizes); the catalog unit is ร้อยละ unless `countUnit` is given. */
  measure: Measure;
  /** Typical frame of an SAO; other types scale it (TYPE_SIZE). */
  size: number;
  /** Share of LAOs without this service at all (frame 0). */
  none: number;
  /** Target for SAOs and subdistrict municipalities; bigger LAOs get +5, PAOs +10 (capped at 100). */
  target: number;
  /** Types it applies to; all types when left out. */
  only?: readonly LaoType[];
  /** A count indicator (`ครั้ง`, `โครงการ`): delivered may exceed the frame. */
  countUnit?: string;
}

const LOCAL: readonly LaoType[] = ['เทศบาลนคร', 'เทศบาลเมือง', 'เทศบาลตำบล', 'อบต.', 'ท้องถิ่นรูปแบบพิเศษ'];
const MUNICIPAL: readonly LaoType[] = ['เทศบาลนคร', 'เทศบาลเมือง', 'เทศบาลตำบล', 'ท้องถิ่นรูปแบบพิเศษ'];
const URBAN: readonly LaoType[] = ['เทศบาลนคร', 'เทศบาลเมือง', 'ท้องถิ่นรูปแบบพิเศษ'];
const PAO: readonly LaoType[] = ['อบจ.'];

/** Frame size relative to an SAO. */
export const TYPE_SIZE: Record<LaoType, number> = {
  'อบต.': 1,
  เทศบาลตำบล: 1.2,
  เทศบาลเมือง: 4,
  เทศบาลนคร: 14,
  ท้องถิ่นรูปแบบพิเศษ: 16,
  'อบจ.': 12,
  กรุงเทพมหานคร: 200,
};

const AREAS: ReadonlyArray<{ area: string; missions: ReadonlyArray<{ mission: string; indicators: readonly Spec[] }> }> = [
  {
    area: 'ด้านที่ 1 ด้านโครงสร้างพื้นฐาน',
    missions: [
      {
        mission: 'ภารกิจที่ 1 ถนนและทางเท้า',
        indicators: [
          { name: 'ร้อยละของระยะทางของถนนลาดยางแอสฟัลติกที่ได้รับการบำรุงรักษาให้อยู่ในสภาพที่ใช้งานได้ปกติ', measure: 'km', size: 12, none: 0.15, target: 75, only: LOCAL },
          { name: 'ร้อยละของระยะทางของถนน คสล. ที่ได้รับการบำรุงรักษาให้อยู่ในสภาพที่ใช้งานได้ปกติ', measure: 'km', size: 18, none: 0.03, target: 85, only: LOCAL },
          { name: 'ร้อยละของระยะทางของถนนลูกรังที่ได้รับการบำรุงรักษาให้อยู่ในสภาพที่ใช้งานได้ปกติ', measure: 'km', size: 15, none: 0.25, target: 80, only: LOCAL },
          { name: 'ร้อยละของระยะทางของถนนดิน/หินคลุกที่ได้รับการบำรุงรักษาให้อยู่ในสภาพที่ใช้งานได้ปกติ', measure: 'km', size: 10, none: 0.3, target: 80, only: LOCAL },
          { name: 'ร้อยละของระยะทางของทางเท้าที่ได้รับการบำรุงรักษาให้อยู่ในสภาพที่ใช้งานได้ปกติ', measure: 'km', size: 3, none: 0.2, target: 80, only: MUNICIPAL },
        ],
      },
      {
        mission: 'ภารกิจที่ 2 สะพาน ไฟฟ้าสาธารณะ และจุดอันตราย',
        indicators: [
          { name: 'ร้อยละของจำนวนสะพานที่ได้รับการบำรุงรักษาให้อยู่ในสภาพที่ใช้งานได้ปกติ', measure: 'count', size: 6, none: 0.2, target: 90 },
          {
            name: 'ร้อยละของจำนวนจุดอันตรายที่เกิดอุบัติเหตุบ่อยครั้งทางการจราจรทางบกที่ได้รับการพัฒนา ปรับปรุง หรือแก้ไขให้ปลอดภัย',
            measure: 'count',
            size: 5,
            none: 0.3,
            target: 75,
          },
          { name: 'ร้อยละของจำนวนจุดไฟฟ้าส่องสว่างสาธารณะที่ใช้งานได้ปกติ', measure: 'count', size: 180, none: 0.02, target: 90, only: LOCAL },
        ],
      },
      {
        mission: 'ภารกิจที่ 3 การระบายน้ำ',
        indicators: [
          { name: 'ร้อยละของระยะทางท่อและรางระบายน้ำที่ได้รับการขุดลอกให้ระบายน้ำได้ปกติ', measure: 'km', size: 4, none: 0.25, target: 80, only: LOCAL },
          { name: 'ร้อยละของจำนวนจุดน้ำท่วมขังที่ได้รับการแก้ไข', measure: 'count', size: 4, none: 0.4, target: 70, only: LOCAL },
        ],
      },
      {
        mission: 'ภารกิจที่ 4 ประปาและแหล่งน้ำ',
        indicators: [
          { name: 'ร้อยละของครัวเรือนที่มีน้ำประปาใช้อย่างเพียงพอ', measure: 'households', size: 1400, none: 0.02, target: 85, only: LOCAL },
          { name: 'ร้อยละของระบบประปาหมู่บ้านที่ได้มาตรฐานน้ำประปาดื่มได้', measure: 'count', size: 8, none: 0.1, target: 60, only: ['เทศบาลตำบล', 'อบต.'] },
          { name: 'ร้อยละของแหล่งน้ำสาธารณะที่ได้รับการดูแลรักษาให้ใช้ประโยชน์ได้', measure: 'count', size: 9, none: 0.1, target: 80 },
        ],
      },
      {
        mission: 'ภารกิจที่ 5 ทางหลวงท้องถิ่นของ อบจ.',
        indicators: [
          { name: 'ร้อยละของระยะทางถนนในความรับผิดชอบของ อบจ. ที่ได้รับการบำรุงรักษาให้อยู่ในสภาพที่ใช้งานได้ปกติ', measure: 'km', size: 40, none: 0, target: 80, only: PAO },
          { name: 'ร้อยละของสะพานในความรับผิดชอบของ อบจ. ที่ได้รับการตรวจสภาพและซ่อมบำรุง', measure: 'count', size: 5, none: 0.05, target: 85, only: PAO },
        ],
      },
    ],
  },
  {
    area: 'ด้านที่ 2 ด้านงานส่งเสริมคุณภาพชีวิต',
    missions: [
      {
        mission: 'ภารกิจที่ 1 สวัสดิการสังคม',
        indicators: [
          { name: 'ร้อยละของผู้สูงอายุที่มีสิทธิได้รับเบี้ยยังชีพครบถ้วนและตรงเวลา', measure: 'people', size: 900, none: 0, target: 95, only: LOCAL },
          { name: 'ร้อยละของคนพิการที่มีสิทธิได้รับเบี้ยความพิการครบถ้วนและตรงเวลา', measure: 'people', size: 160, none: 0.01, target: 95, only: LOCAL },
          { name: 'ร้อยละของผู้ป่วยเอดส์ที่มีสิทธิได้รับเบี้ยยังชีพ', measure: 'people', size: 12, none: 0.2, target: 95, only: LOCAL },
        ],
      },
      {
        mission: 'ภารกิจที่ 2 การศึกษา',
        indicators: [
          { name: 'ร้อยละของศูนย์พัฒนาเด็กเล็กที่ผ่านการประเมินมาตรฐาน', measure: 'count', size: 2, none: 0.15, target: 80, only: LOCAL },
          { name: 'ร้อยละของเด็กเล็กในศูนย์พัฒนาเด็กเล็กที่ได้รับอาหารกลางวันครบทุกวัน', measure: 'people', size: 60, none: 0.15, target: 95, only: LOCAL },
          { name: 'ร้อยละของนักเรียนที่ได้รับอาหารเสริม (นม) ครบตามเกณฑ์', measure: 'people', size: 350, none: 0.05, target: 95, only: LOCAL },
          { name: 'ร้อยละของโรงเรียนในสังกัดที่ผ่านการประเมินคุณภาพภายนอก', measure: 'count', size: 1.5, none: 0.3, target: 80, only: ['อบจ.', ...URBAN] },
        ],
      },
      {
        mission: 'ภารกิจที่ 3 สาธารณสุข',
        indicators: [
          { name: 'ร้อยละของหมู่บ้านหรือชุมชนที่ได้รับการป้องกันและควบคุมโรคไข้เลือดออก', measure: 'count', size: 11, none: 0, target: 90, only: LOCAL },
          { name: 'ร้อยละของสุนัขและแมวที่ได้รับวัคซีนป้องกันโรคพิษสุนัขบ้า', measure: 'count', size: 1100, none: 0.03, target: 80, only: LOCAL },
          { name: 'ร้อยละของอาสาสมัครสาธารณสุขประจำหมู่บ้านที่ได้รับการสนับสนุนการปฏิบัติงาน', measure: 'people', size: 110, none: 0.05, target: 90, only: LOCAL },
          { name: 'ร้อยละของผู้ป่วยติดเตียงที่ได้รับการเยี่ยมบ้านและดูแล', measure: 'people', size: 20, none: 0.05, target: 85, only: LOCAL },
          { name: 'ร้อยละของโรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอนซึ่งผ่านเกณฑ์คุณภาพ', measure: 'count', size: 4, none: 0.2, target: 75, only: PAO },
        ],
      },
      {
        mission: 'ภารกิจที่ 4 กีฬาและนันทนาการ',
        indicators: [
          { name: 'ร้อยละของลานกีฬาและสนามกีฬาที่ได้รับการดูแลให้ใช้งานได้', measure: 'count', size: 6, none: 0.05, target: 85 },
          { name: 'ร้อยละของพื้นที่สวนสาธารณะที่ได้รับการดูแลรักษา', measure: 'rai', size: 8, none: 0.25, target: 85, only: MUNICIPAL },
        ],
      },
    ],
  },
  {
    area: 'ด้านที่ 3 ด้านการจัดระเบียบชุมชน สังคม และการรักษาความสงบเรียบร้อย',
    missions: [
      {
        mission: 'ภารกิจที่ 1 การป้องกันและบรรเทาสาธารณภัย',
        indicators: [
          { name: 'ร้อยละของอาสาสมัครป้องกันภัยฝ่ายพลเรือนที่ได้รับการฝึกอบรมทบทวน', measure: 'people', size: 60, none: 0.05, target: 80 },
          { name: 'ร้อยละของรถดับเพลิงและรถบรรทุกน้ำที่พร้อมใช้งาน', measure: 'count', size: 2, none: 0.1, target: 90 },
          { name: 'ร้อยละของเหตุอัคคีภัยที่ระงับได้ภายใน 15 นาที', measure: 'count', size: 3, none: 0.35, target: 80, only: LOCAL },
          { name: 'ร้อยละของจุดเสี่ยงภัยที่ติดตั้งป้ายเตือน', measure: 'count', size: 7, none: 0.2, target: 85 },
        ],
      },
      {
        mission: 'ภารกิจที่ 2 ความปลอดภัยในชีวิตและทรัพย์สิน',
        indicators: [
          { name: 'จำนวนครั้งของการตั้งจุดบริการประชาชนช่วงเทศกาลเทียบกับแผน', measure: 'count', size: 4, none: 0.1, target: 100, countUnit: 'ครั้ง' },
          { name: 'ร้อยละของกล้องโทรทัศน์วงจรปิดที่ใช้งานได้', measure: 'count', size: 14, none: 0.3, target: 85 },
        ],
      },
      {
        mission: 'ภารกิจที่ 3 การจัดระเบียบชุมชน',
        indicators: [
          { name: 'ร้อยละของตลาดที่ผ่านเกณฑ์ตลาดสดน่าซื้อ', measure: 'count', size: 1.5, none: 0.45, target: 70, only: LOCAL },
          { name: 'ร้อยละของเรื่องร้องเรียนเหตุรำคาญที่ได้รับการแก้ไข', measure: 'count', size: 9, none: 0.2, target: 80 },
        ],
      },
    ],
  },
  {
    area: 'ด้านที่ 4 ด้านการวางแผน การส่งเสริมการลงทุน พาณิชยกรรม และการท่องเที่ยว',
    missions: [
      {
        mission: 'ภารกิจที่ 1 การวางแผนพัฒนาท้องถิ่น',
        indicators: [
          { name: 'ร้อยละของโครงการในแผนดำเนินงานที่ได้ดำเนินการ', measure: 'count', size: 70, none: 0, target: 70 },
          { name: 'จำนวนครั้งของการจัดเวทีประชาคมเพื่อจัดทำแผนพัฒนาท้องถิ่น', measure: 'count', size: 10, none: 0, target: 100, countUnit: 'ครั้ง', only: LOCAL },
        ],
      },
      {
        mission: 'ภารกิจที่ 2 การส่งเสริมอาชีพและวิสาหกิจชุมชน',
        indicators: [
          { name: 'ร้อยละของกลุ่มอาชีพที่ได้รับการสนับสนุน', measure: 'count', size: 9, none: 0.1, target: 75 },
          { name: 'จำนวนโครงการหรือกิจกรรมส่งเสริมผลิตภัณฑ์ชุมชนเทียบกับแผน', measure: 'count', size: 3, none: 0.2, target: 100, countUnit: 'โครงการหรือกิจกรรม' },
        ],
      },
      {
        mission: 'ภารกิจที่ 3 การท่องเที่ยว',
        indicators: [{ name: 'ร้อยละของแหล่งท่องเที่ยวที่ได้รับการดูแลรักษา', measure: 'count', size: 2, none: 0.45, target: 80 }],
      },
    ],
  },
  {
    area: 'ด้านที่ 5 ด้านการบริหารจัดการและการอนุรักษ์ทรัพยากรธรรมชาติและสิ่งแวดล้อม',
    missions: [
      {
        mission: 'ภารกิจที่ 1 การจัดการขยะมูลฝอย',
        indicators: [
          { name: 'ร้อยละของครัวเรือนที่ได้รับบริการเก็บขนขยะมูลฝอย', measure: 'households', size: 1300, none: 0.1, target: 80, only: LOCAL },
          { name: 'ร้อยละของปริมาณขยะมูลฝอยที่ได้รับการกำจัดอย่างถูกต้อง', measure: 'tonnes', size: 700, none: 0.1, target: 75 },
          { name: 'ร้อยละของครัวเรือนที่คัดแยกขยะมูลฝอยต้นทาง', measure: 'households', size: 1300, none: 0.05, target: 60, only: LOCAL },
        ],
      },
      {
        mission: 'ภารกิจที่ 2 การจัดการน้ำเสีย',
        indicators: [
          { name: 'ร้อยละของปริมาณน้ำเสียที่ได้รับการบำบัดก่อนปล่อยสู่แหล่งน้ำ', measure: 'tonnes', size: 900, none: 0.3, target: 70, only: URBAN },
          { name: 'ร้อยละของระยะทางคูคลองและลำน้ำที่ได้รับการฟื้นฟู', measure: 'km', size: 5, none: 0.3, target: 70 },
        ],
      },
      {
        mission: 'ภารกิจที่ 3 ทรัพยากรธรรมชาติ',
        indicators: [
          { name: 'ร้อยละของพื้นที่ป่าชุมชนที่ได้รับการดูแลรักษา', measure: 'rai', size: 400, none: 0.4, target: 80, only: LOCAL },
          { name: 'ร้อยละของต้นไม้ที่ปลูกและรอดตาย', measure: 'count', size: 800, none: 0.15, target: 70 },
        ],
      },
    ],
  },
  {
    area: 'ด้านที่ 6 ด้านศิลปะ วัฒนธรรม จารีตประเพณี และภูมิปัญญาท้องถิ่น',
    missions: [
      {
        mission: 'ภารกิจที่ 1 ศาสนาและวัฒนธรรม',
        indicators: [
          { name: 'จำนวนกิจกรรมส่งเสริมประเพณีท้องถิ่นเทียบกับแผน', measure: 'count', size: 6, none: 0, target: 100, countUnit: 'ครั้ง' },
          { name: 'ร้อยละของศาสนสถานที่ได้รับการสนับสนุนกิจกรรม', measure: 'count', size: 8, none: 0.05, target: 70, only: LOCAL },
        ],
      },
      {
        mission: 'ภารกิจที่ 2 ภูมิปัญญาท้องถิ่น',
        indicators: [
          { name: 'ร้อยละของภูมิปัญญาท้องถิ่นที่ได้รับการบันทึกและเผยแพร่', measure: 'count', size: 5, none: 0.2, target: 70 },
          { name: 'ร้อยละของแหล่งเรียนรู้ในท้องถิ่นที่ได้รับการสนับสนุน', measure: 'count', size: 3, none: 0.2, target: 70 },
        ],
      },
    ],
  },
  {
    area: 'ด้านที่ 7 ด้านการบริหารจัดการที่ดี',
    missions: [
      {
        mission: 'ภารกิจที่ 1 การบริการประชาชน',
        indicators: [
          { name: 'ร้อยละของคำขออนุญาตก่อสร้างที่พิจารณาแล้วเสร็จภายในเวลาที่กำหนด', measure: 'count', size: 25, none: 0.05, target: 90, only: LOCAL },
          { name: 'ร้อยละของรายการภาษีที่ดินและสิ่งปลูกสร้างที่จัดเก็บได้', measure: 'count', size: 3000, none: 0, target: 85, only: LOCAL },
          { name: 'ร้อยละของเรื่องร้องเรียนที่ตอบกลับภายใน 15 วัน', measure: 'count', size: 12, none: 0.1, target: 90 },
          { name: 'ร้อยละของบุคลากรที่ได้รับการพัฒนาตามแผนพัฒนาบุคลากร', measure: 'people', size: 40, none: 0, target: 80 },
        ],
      },
    ],
  },
];

/** One catalog indicator as the demo needs it: the catalog row(s) plus how to draw realistic figures. */
export interface DemoIndicator extends Pick<Indicator, 'code' | 'area' | 'mission' | 'name' | 'unit' | 'percentage'> {
  measure: Measure;
  size: number;
  none: number;
  targets: Partial<Record<LaoType, number>>;
}

/** The demo catalog: codes `area.mission.indicator`; targets for bigger LAOs are higher. */
export function demoIndicators(): DemoIndicator[] {
  const list: DemoIndicator[] = [];
  AREAS.forEach((a, ai) =>
    a.missions.forEach((m, mi) =>
      m.indicators.forEach((spec, ii) => {
        const types = spec.only ?? LAO_TYPES.filter((t) => t !== 'กรุงเทพมหานคร');
        const targets: Partial<Record<LaoType, number>> = {};
        for (const t of types) targets[t] = Math.min(100, spec.target + (t === 'อบจ.' ? 10 : URBAN.includes(t) ? 5 : 0));
        list.push({
          code: `${ai + 1}.${mi + 1}.${ii + 1}`,
          area: a.area,
          mission: m.mission,
          name: spec.name,
          unit: spec.countUnit ?? 'ร้อยละ',
          percentage: !spec.countUnit,
          measure: spec.measure,
          size: spec.size,
          none: spec.none,
          targets,
        });
      }),
    ),
  );
  return list;
}

/**
 * The catalog sheet (sheets-schema INDICATOR_CATALOG headers): one row per indicator and group of types sharing a
 * target, types comma-separated in registry spelling; blank when the row covers every type.
 */
export function catalogSheet(indicators: readonly DemoIndicator[]): { header: string[]; rows: string[][] } {
  const rows: string[][] = [];
  const everyType = LAO_TYPES.filter((t) => t !== 'กรุงเทพมหานคร');
  for (const ind of indicators) {
    const byTarget = new Map<number, LaoType[]>();
    for (const [type, target] of Object.entries(ind.targets) as Array<[LaoType, number]>) byTarget.set(target, [...(byTarget.get(target) ?? []), type]);
    for (const [target, types] of byTarget) {
      const all = byTarget.size === 1 && types.length === everyType.length;
      rows.push([ind.code, ind.area, ind.mission, ind.name, ind.unit, String(target), all ? '' : types.join(', ')]);
    }
  }
  return { header: headers(INDICATOR_CATALOG), rows };
}
