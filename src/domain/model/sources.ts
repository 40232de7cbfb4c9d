/**
 * What kind of evidence a source is. One definition for the desk and the slides alike.
 */
import type { QuarterFile, Source } from './schema'

/**
 * Second-hand: a report about the committee's notice rather than the notice itself (a news story
 * or a reprint). Example: isSecondHand({ kind: 'news' }) → true; { kind: 'official-notice' } → false.
 * Generated (demo) sources are neither first- nor second-hand.
 */
export function isSecondHand(source: Pick<Source, 'kind'>): boolean {
  return source.kind === 'news' || source.kind === 'secondary'
}

/** True when a figure's sources are all second-hand (and there is at least one). */
export function allSecondHand(sources: readonly Pick<Source, 'kind'>[]): boolean {
  return sources.length > 0 && sources.every(isSecondHand)
}

/** An address is shown as a link only when it is http(s). Example: safeUrl('javascript:x') → null */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const u = new URL(url.trim())
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}

/** The sources imported quarters carry themselves (the notice each was read from, with its text). */
export function importedSources(files: Iterable<QuarterFile>): Source[] {
  const out: Source[] = []
  for (const f of files) if (f.imported) out.push({ ...f.imported.source, text: f.imported.text })
  return out
}
