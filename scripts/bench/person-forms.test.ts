import { PERSON_FORMS, personFormsSection, probePersonForms } from './person-forms';

const person = { title: 'นาย', given: 'สมชาย', surname: 'ใจดี' };
const write = (name: string) => PERSON_FORMS.find((f) => f.name === name)!.write(person);

describe("a person's name written another way in a second registration", () => {
  test('each way writes the name as its name says', () => {
    expect(write('in curly quotes')).toBe('“นายสมชาย ใจดี”');
    expect(write('in brackets, as under a signature')).toBe('(นายสมชาย ใจดี)');
    expect(write('the post and the LAO after the name')).toBe('นายสมชาย ใจดี ปลัด อบต.นาดี');
    expect(write('a telephone after the name')).toBe('นายสมชาย ใจดี 081-234-5678');
    expect(write("a letter's contact line: label, name, โทร.")).toBe('ผู้ประสานงาน: นายสมชาย ใจดี โทร. ๐๘๑-๒๓๔๕๖๗๘');
    expect(write('the surname first')).toBe('ใจดี นายสมชาย');
    expect(write('typed on the English layout')).toMatch(/^[\x20-\x7e]+$/);
  });

  test('lao-minstd links every one of them and never the namesake with other contacts', () => {
    const rows = probePersonForms({ seed: 3, samples: 25 });
    expect(rows.map((r) => r.form)).toEqual(PERSON_FORMS.map((f) => f.name));
    for (const row of rows) expect(row).toMatchObject({ samples: 25, ours: 25, oursNamesake: 0 });
    expect(personFormsSection({ seed: 3, samples: 25 }).tables[0]!.rows).toHaveLength(PERSON_FORMS.length);
  });
});
