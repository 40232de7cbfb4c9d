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

/**
 * An address is shown as a link only when it is http(s); anything else (javascript:, data:,
 * vbscript:, file:, blob:, a bare word) is text. Example: safeUrl('javascript:x') → null,
 * safeUrl('https://example.org/a') → 'https://example.org/a'.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null
  const trimmed = url.trim()
  // Control characters and whitespace inside a URL are how scheme filters get fooled ("java\tscript:").
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what is rejected
  if (!/^https?:\/\/[^/]/i.test(trimmed) || /[\u0000-\u0020\u007f\\]/.test(trimmed)) return null
  try {
    const u = new URL(trimmed)
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.href : null
  } catch {
    return null
  }
}

/**
 * A bundled source copy is a link only when it is a plain relative path that stays inside the app's
 * own folder: letters, digits, '.', '_', '-', '/' — no scheme, no leading '/' or '//', no '..'
 * segment, no query or fragment. Example: safeLocalCopy('sources/qdrb-2022-07-26.txt') → the same;
 * safeLocalCopy('../etc/passwd'), safeLocalCopy('//evil.example/x'), safeLocalCopy('data:,x') → null.
 */
export function safeLocalCopy(path: string | null | undefined): string | null {
  if (!path || path.length > 300) return null
  if (!/^[A-Za-z0-9_-][A-Za-z0-9._/-]*$/.test(path)) return null
  if (path.split('/').some((seg) => seg === '..' || seg === '.' || seg === '')) return null
  return path
}

/** The link of a source: its original when that is a safe web address, else its safe bundled copy. */
export function sourceHref(source: Pick<Source, 'url' | 'localCopy'>): string | null {
  return safeUrl(source.url) ?? safeLocalCopy(source.localCopy)
}

/** The sources imported quarters carry themselves (the notice each was read from, with its text). */
export function importedSources(files: Iterable<QuarterFile>): Source[] {
  const out: Source[] = []
  for (const f of files) if (f.imported) out.push({ ...f.imported.source, text: f.imported.text })
  return out
}
