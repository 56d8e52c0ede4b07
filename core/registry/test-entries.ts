import type { RegistryEntry } from './types';

/**
 * A registry entry for a test's small registry: one LAO covering one district, the one it is named in (DLA's codes
 * and places, written out by each test).
 */
export function registryEntry(code: string, type: RegistryEntry['type'], name: string, province: string, district: string): RegistryEntry {
  return { code, type, name, province, district, districts: [district] };
}
