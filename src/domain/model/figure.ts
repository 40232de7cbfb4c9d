/**
 * A figure on screen is published (with sources), derived (with its rule and inputs) or not
 * published. The UI renders all three distinctly; "not published" is never a number.
 */
export type Figure<T> =
  | { status: 'published'; value: T; sources: string[]; quote?: string }
  | { status: 'derived'; value: T; rule: string; inputs: string[]; sources: string[] }
  | { status: 'not-published' }

export type KnownFigure<T> = Exclude<Figure<T>, { status: 'not-published' }>

export const NOT_PUBLISHED = { status: 'not-published' } as const

/** Example: figureValue({ status: 'published', value: 5, sources: [] }) → 5; not published → null */
export function figureValue<T>(f: Figure<T> | undefined): T | null {
  return f && f.status !== 'not-published' ? f.value : null
}
