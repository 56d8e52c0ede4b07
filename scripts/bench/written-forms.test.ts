import type { RegistryEntry } from '../../core/registry/types';
import { createRng } from '../../core/synth/random';
import { editDistance } from '../../core/match/edit-distance';
import { LAO_TYPE_LONG } from '../../core/vocabulary';
import { WRITTEN_FORMS, probeWrittenForms, writtenFormsSection } from './written-forms';
import { krabiLao } from './test-registry';

const lao = krabiLao;

// อบต.คลองท่อมใต้ and ทต.คลองพน of คลองท่อม; อบต.ลำทับ, which bears its district's name.
const REGISTRY: RegistryEntry[] = [
  lao('6810408', 'อบต.', 'คลองท่อมใต้', 'คลองท่อม'),
  lao('5810409', 'เทศบาลตำบล', 'คลองพน', 'คลองท่อม'),
  lao('6810602', 'อบต.', 'ลำทับ', 'ลำทับ'),
];

const write = (name: string) => WRITTEN_FORMS.find((f) => f.name === name)!.write;

describe("the LAO's name written as letters, addresses and phones write it", () => {
  test('each way writes the LAO as its name says', () => {
    const [khlongthomtai, khlongphon] = REGISTRY as [RegistryEntry, RegistryEntry];
    const rng = createRng(7);
    expect(write('district and province glued to the name')(khlongthomtai, rng)).toBe('องค์การบริหารส่วนตำบลคลองท่อมใต้อำเภอคลองท่อมจังหวัดกระบี่');
    expect(write('as a postal address: ต. อ. จ.')(khlongthomtai, rng)).toBe('ต.คลองท่อมใต้ อ.คลองท่อม จ.กระบี่');
    expect(write("the letter's slip in the type (องค้การ)")(khlongthomtai, rng)).toBe('องค้การบริหารส่วนตำบลคลองท่อมใต้');
    expect(write('in curly quotes')(khlongthomtai, rng)).toBe('“อบต.คลองท่อมใต้”');
    expect(write('an addressee line: เรียน นายก…')(khlongthomtai, rng)).toBe('เรียน นายกองค์การบริหารส่วนตำบลคลองท่อมใต้');
    expect(write('an addressee line: เรียน นายก…')(khlongphon, rng)).toBe('เรียน นายกเทศมนตรีตำบลคลองพน');
    expect(write('a signature: ปลัด + the type')(khlongphon, rng)).toBe('ปลัดเทศบาลตำบลคลองพน');
    const addressLine = WRITTEN_FORMS.find((f) => f.name === 'the district box as an address line: อ. จ.')!;
    expect(addressLine.district!(khlongthomtai)).toBe('อ.คลองท่อม จ.กระบี่');
    for (let i = 0; i < 50; i++) {
      const slipped = write('a random slip in the written-out type')(khlongthomtai, rng);
      expect(slipped.endsWith('คลองท่อมใต้')).toBe(true);
      expect(editDistance(slipped.slice(0, -'คลองท่อมใต้'.length), LAO_TYPE_LONG['อบต.'])).toBeLessThanOrEqual(2);
    }
  });

  test('every drawn answer is counted once, right or wrong or left for review, and the LAOs are found', () => {
    const rows = probeWrittenForms(REGISTRY, { seed: 3, samples: 30 });
    expect(rows.map((r) => r.form)).toEqual(WRITTEN_FORMS.map((f) => f.name));
    for (const row of rows) {
      expect(row.samples).toBe(30);
      for (const t of [row.ours, row.analyst]) expect(t.right + t.wrong).toBeLessThanOrEqual(30);
    }
    // The glued places and the addressee line (ลำทับ bears its district's name) are read by lao-minstd.
    for (const name of ['district and province glued to the name', 'an addressee line: เรียน นายก…']) {
      expect(rows.find((r) => r.form === name)!.ours).toEqual({ right: 30, wrong: 0 });
    }
    expect(writtenFormsSection(REGISTRY, { seed: 3, samples: 30 }).tables[0]!.rows).toHaveLength(WRITTEN_FORMS.length);
  });
});
