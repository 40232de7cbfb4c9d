import type { District } from './schema'

/**
 * Finds districts by name, alias, English name or id, ignoring case and spaces.
 * Example: matchDistricts(all, '西海岸') → [huangdao]; matchDistricts(all, '') → all.
 */
export function matchDistricts(districts: readonly District[], query: string): District[] {
  const q = query.replace(/\s+/g, '').toLowerCase()
  if (!q) return [...districts]
  return districts.filter((d) =>
    [d.id, d.name, d.nameEn, ...d.aliases].some((n) => n.replace(/\s+/g, '').toLowerCase().includes(q)),
  )
}

/** Resolves a URL/typed token to a district id, accepting aliases. Example: '西海岸新区' → 'huangdao' */
export function resolveDistrictId(districts: readonly District[], token: string): string | null {
  const t = token.trim().toLowerCase()
  const d = districts.find(
    (x) =>
      x.id === t ||
      x.name === token.trim() ||
      x.aliases.includes(token.trim()) ||
      x.nameEn.toLowerCase() === t,
  )
  return d ? d.id : null
}
