import { QueryClient } from '@tanstack/react-query'
import { DataFileError } from '../domain/model/data-file-error'

/** Data files are bundled: a validation error will not fix itself, so never retry those. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => !(error instanceof DataFileError) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  })
}
