import * as z from 'zod/mini';
import { LAO_TYPES } from '../core/vocabulary';
import { defineSheet } from './define';

/**
 * DLA's per-LAO registry, one row per LAO: `code,type,name,province,district` (as in lao-registry.csv).
 * Shown with Thai headers; the English ones are read as aliases.
 */
export const laoRegistrySheet = defineSheet({
  name: 'ทะเบียน อปท.',
  columns: {
    code: { header: 'รหัส อปท.', aliases: ['code'], width: 12 },
    type: { header: 'ประเภท อปท.', aliases: ['type'], width: 18 },
    name: { header: 'ชื่อ อปท.', aliases: ['name'], width: 28 },
    province: { header: 'จังหวัด', aliases: ['province'], width: 16 },
    district: { header: 'อำเภอ', aliases: ['district'], width: 18 },
  },
  freeze: { rows: 1, columns: 1 },
});

/**
 * DLA's official coverage file (re01_…tambon.csv), one row per tambon an LAO covers, several rows per code:
 * `จังหวัด,อำเภอ,ตำบล,รหัส อปท.,ประเภท อปท.,อปท.,ที่ตั้งสำนักงานเลขที่,…`. Only these six columns are read.
 */
export const laoCoverageSheet = defineSheet({
  name: 'พื้นที่รับผิดชอบ อปท.',
  columns: {
    province: { header: 'จังหวัด' },
    district: { header: 'อำเภอ' },
    tambon: { header: 'ตำบล' },
    code: { header: 'รหัส อปท.' },
    type: { header: 'ประเภท อปท.' },
    name: { header: 'อปท.' },
  },
});

/** Seven digits; Bangkok (outside DLA's registry) carries a configured code such as `BKK`. */
export const laoCodeSchema = z.string().check(z.regex(/^(\d{7}|[A-Za-z0-9-]{1,16})$/));

/** A registry entry after import (core/registry/types.ts `RegistryEntry`), e.g. for a cached copy. */
export const registryEntrySchema = z.object({
  code: laoCodeSchema,
  type: z.enum(LAO_TYPES),
  name: z.string().check(z.minLength(1)),
  province: z.string().check(z.minLength(1)),
  district: z.string(),
  districts: z.array(z.string()),
});

export type RegistryEntryRecord = z.infer<typeof registryEntrySchema>;
