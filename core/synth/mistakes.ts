/**
 * Every kind of mistake (and situation) a generated response can carry. `lao_*`, `province_*`, `district_*` and
 * `code_*` touch the LAO answers (matching); `person_*`, `phone_*`, `email_*` and `resubmit_*` the person (duplicates).
 */
export const MISTAKE_KINDS = [
  'lao_short_type',
  'lao_long_type',
  'lao_generic_municipality',
  'lao_type_missing',
  'lao_type_wrong',
  'lao_type_short_form',
  'lao_name_spacing',
  'lao_sara_am_split',
  'lao_tone_order',
  'lao_zero_width',
  'lao_nbsp',
  'lao_name_typo',
  'lao_name_two_typos',
  'lao_tone_after_vowel',
  'lao_type_contradicts_name',
  'lao_office_word',
  'lao_name_note',
  'lao_place_after_name',
  'province_prefix',
  'province_paiyannoi',
  'district_paiyannoi',
  'district_prefix',
  'district_mueang',
  'district_blank',
  'district_other',
  'code_thai_digits',
  'code_wrong',
  'person_title_dropped',
  'person_title_short',
  'person_title_stacked',
  'person_title_spaced',
  'person_name_spacing',
  'person_sara_am_split',
  'person_tone_order',
  'person_zero_width',
  'person_name_typo',
  'person_tone_after_vowel',
  'person_name_retyped',
  'person_nickname',
  'namesake',
  'phone_dashes',
  'phone_spaces',
  'phone_plus66',
  'phone_thai_digits',
  'phone_leading_zero_lost',
  'phone_extension',
  'phone_two_numbers',
  'phone_office_landline',
  'phone_office_range',
  'phone_extension_words',
  'phone_full_width',
  'email_case',
  'email_thai_script',
  'email_spaces',
  'email_domain_typo',
  'email_gmail_dots',
  'email_office_shared',
  'position_abbreviated',
  'session_wrong',
  'submitted_by_colleague',
  'resubmit_identical',
  'resubmit_phone_changed',
  'resubmit_position_changed',
  'resubmit_email_changed',
  'resubmit_session_changed',
  'resubmit_lao_changed',
  'lao_other_picked',
  'phone_sheet_float',
  'code_sheet_float',
  'lao_english_layout',
  'lao_name_neighbour_key',
  'person_name_neighbour_key',
  'lao_words_swapped',
  'person_words_swapped',
  'person_english_layout',
  'lao_place_glued',
  'lao_type_letter_slip',
  'lao_quoted',
  'district_address_line',
  'person_quoted',
  'person_post_after_name',
  'person_contact_line',
  'lao_place_boxes_swapped',
  'province_other',
  'hopeless_blank_name',
  'hopeless_gibberish_lao',
  'bangkok',
] as const;
export type MistakeKind = (typeof MISTAKE_KINDS)[number];

/** Rates of the mistakes that are drawn per response (the others follow from the situations below). */
export type MistakeRates = Record<
  Exclude<MistakeKind, `resubmit_${string}` | 'hopeless_blank_name' | 'hopeless_gibberish_lao' | 'bangkok' | 'phone_extension' | 'lao_other_picked'>,
  number
>;

/**
 * Per-response chances, chosen from what LAO staff commonly type (see MISSION.md); applicable rows only. The type
 * and province questions are choices on the current form, so their typed variants (blank, short form, จ. prefix)
 * stand for older text-question forms and sheets edited by hand, and are kept rare.
 */
export const DEFAULT_MISTAKE_RATES: MistakeRates = {
  lao_short_type: 0.35,
  lao_long_type: 0.15,
  lao_generic_municipality: 0.06,
  lao_type_missing: 0.02,
  lao_type_wrong: 0.015,
  lao_type_short_form: 0.02,
  lao_name_spacing: 0.05,
  lao_sara_am_split: 0.05,
  lao_tone_order: 0.03,
  lao_zero_width: 0.01,
  lao_nbsp: 0.02,
  lao_name_typo: 0.03,
  // Harder cases from outside sources (see typing.ts and contacts.ts for each source), not from what the matcher reads:
  lao_name_two_typos: 0.01,
  lao_tone_after_vowel: 0.02,
  lao_type_contradicts_name: 0.01,
  // How LAOs write their own names on public pages and letters (public code found with the code search): an office
  // or division before the type ("สำนักงานเทศบาลตำบลบางปู", "ที่ทำการองค์การบริหารส่วนตำบล…", "สำนักปลัด …"), a note in
  // brackets after the name ("… (กองช่าง)"), and the place after the name ("… อ.คลองท่อม จ.กระบี่" without อ./จ.).
  lao_office_word: 0.02,
  lao_name_note: 0.01,
  lao_place_after_name: 0.02,
  province_prefix: 0.02,
  province_paiyannoi: 0.01,
  district_paiyannoi: 0.02,
  district_prefix: 0.3,
  district_mueang: 0.3,
  district_blank: 0.01,
  district_other: 0.02,
  code_thai_digits: 0.1,
  code_wrong: 0.05,
  person_title_dropped: 0.1,
  person_title_short: 0.3,
  person_title_stacked: 0.3,
  person_title_spaced: 0.2,
  person_name_spacing: 0.05,
  person_sara_am_split: 0.05,
  person_tone_order: 0.02,
  person_zero_width: 0.01,
  person_name_typo: 0.01,
  person_tone_after_vowel: 0.02,
  // Of corrections (not double clicks): the name retyped with one or two slips, the mobile and e-mail as before.
  person_name_retyped: 0.2,
  // A nickname (ชื่อเล่น) in brackets after the given name or the whole name, as Thai staff write it for colleagues.
  person_nickname: 0.02,
  // Of people: a colleague of the same LAO with the same full name; an address in Thai script (EAI, RFC 6531).
  namesake: 0.01,
  email_thai_script: 0.02,
  phone_dashes: 0.3,
  phone_spaces: 0.1,
  phone_plus66: 0.04,
  phone_thai_digits: 0.03,
  phone_leading_zero_lost: 0.01,
  phone_two_numbers: 0.03,
  phone_office_landline: 0.05,
  phone_office_range: 0.2,
  phone_extension_words: 0.4,
  phone_full_width: 0.005,
  email_case: 0.05,
  email_spaces: 0.03,
  // Mailcheck (mailcheck.js) exists for these: `user@gmil.con`, `user@hotnail.con`, `user@hotmail.cmo`.
  email_domain_typo: 0.02,
  // A dot left out or put in a Gmail name, which Google's help says does not matter (one mailbox).
  email_gmail_dots: 0.02,
  email_office_shared: 0.04,
  // What other hands and tools leave in a responses sheet (export-artifacts.ts, on a random stream of their own): a
  // number column round-tripped through pandas (812345678.0, 6810408.0); a name typed with the keyboard still on the
  // English layout (PyThaiNLP's eng_to_thai reads such text back; its test case is l;ylfu8iy[ for สวัสดีครับ).
  phone_sheet_float: 0.005,
  code_sheet_float: 0.02,
  lao_english_layout: 0.003,
  // A finger on a touching key or the shift state wrong, as nlpaug's KeyboardAug draws it (its `th` layout), on a
  // random stream of its own (typing.ts neighbourKeySlip): one Thai character of the LAO's name or the person's name.
  lao_name_neighbour_key: 0.01,
  person_name_neighbour_key: 0.01,
  // Two neighbouring words of the LAO name's cell swapped, as nlpaug's RandomWordAug (action "swap") draws it (words
  // split at spaces), on a random stream of its own: `ห้วยยาง อบต.`, `อ.กระนวน ห้วยยาง`. Only cells with a space.
  lao_words_swapped: 0.02,
  // The same swap in the person's name cell (its title, given name, surname, nickname), on a stream of its own:
  // `ใจดี นายสมชาย`, `นาย ใจดี สมชาย`, `สมชาย นาย ใจดี`.
  person_words_swapped: 0.02,
  // The person's name typed with the keyboard still on the English layout, as lao_english_layout (own stream).
  person_english_layout: 0.003,
  // As letters, addresses and phones write answers (letter-forms.ts, on random streams of their own): places glued to
  // the LAO's name as the letter glues them (ศาลากลางจังหวัดตาก); the letter's องค้การ, of written-out types with
  // องค์การ; the LAO's name or the person's in quotes (iOS's Smart Punctuation); the district's box as a postal
  // address line (อ.… จ.…); the post after the person's name, as a signature block writes it; the person's name as
  // the letter's contact line (ผู้ประสานงาน: … โทร. …). Rare: a form's boxes ask for one thing each.
  lao_place_glued: 0.01,
  lao_type_letter_slip: 0.05,
  lao_quoted: 0.005,
  district_address_line: 0.01,
  person_quoted: 0.005,
  person_post_after_name: 0.01,
  person_contact_line: 0.005,
  // The district's box and the LAO name's box each holding the other's answer, as FEBRL's data-set generator swaps
  // neighbouring address fields (dsgen/generate.py, field_swap_prob: address_1 and address_2 2 %, postcode and suburb
  // 1 %); on a random stream of its own.
  lao_place_boxes_swapped: 0.01,
  // Another province in the province's box, the district and the name right, as FEBRL's generator puts another value
  // of a field's list in its place (dsgen/generate.py: a duplicate's two modifications each go to the state field 5 %
  // of the time, and 3 % of those are val_swap: 2 × 0.05 × 0.03 = 0.3 % of records, the rate its field swaps are
  // given per record too); on a random stream of its own.
  province_other: 0.003,
  position_abbreviated: 0.2,
  session_wrong: 0.02,
  submitted_by_colleague: 0.15,
};
