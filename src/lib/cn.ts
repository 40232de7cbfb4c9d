/** Joins class names, skipping falsy ones. Example: cn('a', false && 'b', 'c') → 'a c' */
export function cn(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ')
}
