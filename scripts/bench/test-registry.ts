import type { RegistryEntry } from '../../core/registry/types';

/** An LAO of กระบี่ for the probes' small test registries: one district, the one it is named in. */
export function krabiLao(code: string, type: RegistryEntry['type'], name: string, district: string): RegistryEntry {
  return { code, type, name, province: 'กระบี่', district, districts: [district] };
}
