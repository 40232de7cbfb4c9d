import { useMemo } from 'react'
import type { District } from '../../domain/model/schema'
import { useFormat } from '../../lib/format'

/** A district id as its name in the UI language (the id itself for an id the dataset does not have). */
export function useDistrictName(districts: readonly District[]): (id: string) => string {
  const f = useFormat()
  return useMemo(() => {
    const byId = new Map(districts.map((d) => [d.id, d]))
    return (id: string) => {
      const d = byId.get(id)
      return d ? f.district(d) : id
    }
  }, [districts, f])
}
