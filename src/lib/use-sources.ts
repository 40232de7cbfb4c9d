import { useQuery } from '@tanstack/react-query'
import type { Source } from '../domain/model/schema'
import { sourcesQueryOptions } from './queries'
import { useGlobalParams } from './use-global-params'

const EMPTY = new Map<string, Source>()

/** The current dataset's sources by id (one cached query; cheap to call from every status mark). */
export function useSources(): Map<string, Source> {
  const { dataset } = useGlobalParams()
  const { data } = useQuery({
    ...sourcesQueryOptions(dataset),
    select: (list: Source[]) => new Map(list.map((s) => [s.id, s])),
  })
  return data ?? EMPTY
}
