/**
 * Declarative URL state. Each route declares its search parameters once — name, parser, default,
 * old names — and `parse`/`serialize` are derived from that declaration (after owid-grapher's
 * GrapherUrl: a `Record<keyof State, …>`, so a state key without a declaration fails to compile).
 *
 * Links are an API (bookmarked by presenters, shared by colleagues): parsing is forgiving (a bad
 * value falls back to its default and is reported as a problem the view names on screen),
 * serializing omits defaults (short, stable links), and renamed parameters are migrated.
 *
 * Example:
 *   const url = defineParams<{ metric: 'rank' | 'score' }>({ metric: enumParam(['rank', 'score'], 'rank') })
 *   url.parse(new URLSearchParams('metric=score')).state → { metric: 'score' }
 *   url.parse(new URLSearchParams('metric=x')).problems → [{ param: 'metric', value: 'x' }]
 *   url.serialize({ metric: 'rank' }).toString() → ''   (the default is omitted)
 */

export type UrlProblem = { param: string; value: string }

/** One search parameter: how to read it, how to write it, its default and its old names. */
export type Param<T> = {
  /** Reads a non-empty raw value; `undefined` means "not a valid value" (default + a problem). */
  parse: (raw: string) => T | undefined
  /** Writes a value that differs from the default; `undefined` omits the parameter. */
  write: (value: T) => string | undefined
  default: T
  /** Old names that still work in links (migrated; a new-style parameter that is also present wins). */
  renamedFrom?: readonly string[]
}

/** A declaration for every key of the state, no more and no fewer. */
export type ParamSpec<S> = { [K in keyof S]-?: Param<S[K]> }

export type UrlCodec<S> = {
  spec: ParamSpec<S>
  defaults: S
  /** Every parameter name the route owns, old names included (serialize rewrites exactly these). */
  names: readonly string[]
  parse: (search: URLSearchParams) => { state: S; problems: UrlProblem[] }
  serialize: (state: S, base?: URLSearchParams) => URLSearchParams
}

/** Structural equality for the small values URL state holds (strings, numbers, lists, sort objects). */
function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

export function defineParams<S extends object>(spec: ParamSpec<S>): UrlCodec<S> {
  const keys = Object.keys(spec) as (keyof S & string)[]
  const defaults = Object.fromEntries(keys.map((k) => [k, spec[k].default])) as S
  const names = keys.flatMap((k) => [k, ...(spec[k].renamedFrom ?? [])])
  return {
    spec,
    defaults,
    names,
    parse(search) {
      const problems: UrlProblem[] = []
      const state = { ...defaults }
      for (const k of keys) {
        const p = spec[k]
        let raw = search.get(k)
        if (raw === null || raw === '')
          for (const old of p.renamedFrom ?? []) {
            const v = search.get(old)
            if (v !== null && v !== '') {
              raw = v
              break
            }
          }
        if (raw === null || raw === '') continue
        const value = p.parse(raw)
        if (value === undefined) problems.push({ param: k, value: raw })
        else state[k] = value
      }
      return { state, problems }
    },
    serialize(state, base = new URLSearchParams()) {
      const out = new URLSearchParams(base)
      for (const n of names) out.delete(n)
      for (const k of keys) {
        const p = spec[k]
        if (same(state[k], p.default)) continue
        const raw = p.write(state[k])
        if (raw !== undefined && raw !== '') out.set(k, raw)
      }
      return out
    },
  }
}

// ---------------------------------------------------------------- parameter kinds

/** One of a list of ids. Example: enumParam(['rank', 'score'], 'rank') */
export function enumParam<T extends string>(values: readonly T[], fallback: T): Param<T> {
  return {
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
    write: (v) => v,
    default: fallback,
  }
}

/** A value matching a pattern, or undefined when absent. Example: optionalText(/^\d{4}-\d{2}-\d{2}$/) */
export function optionalText<T extends string = string>(
  pattern: RegExp,
  normalise: (raw: string) => string = (s) => s,
): Param<T | undefined> {
  return {
    parse: (raw) => {
      const v = normalise(raw)
      return pattern.test(v) ? (v as T) : undefined
    },
    write: (v) => v,
    default: undefined,
  }
}

/** A whole number within bounds ("5m"-style units are not guessed at). Example: wholeNumber(1, 999, 1) */
export function wholeNumber(min: number, max: number, fallback: number): Param<number> {
  return {
    parse: (raw) => {
      if (!/^\d+$/.test(raw)) return undefined
      const n = Number(raw)
      return n >= min && n <= max ? n : undefined
    },
    write: String,
    default: fallback,
  }
}

/** Like wholeNumber, undefined when absent (the view picks its own default). */
export function optionalWholeNumber(min: number, max: number): Param<number | undefined> {
  const inner = wholeNumber(min, max, min)
  return { parse: inner.parse, write: (v) => (v === undefined ? undefined : String(v)), default: undefined }
}

const TRUE = ['1', 'true', 'on', 'yes']
const FALSE = ['0', 'false', 'off', 'no']
function readSwitch(raw: string): boolean | undefined {
  return TRUE.includes(raw) ? true : FALSE.includes(raw) ? false : undefined
}

/** A switch written as people write switches in links: 1/0, true/false, on/off, yes/no. */
export function switchParam(fallback: boolean): Param<boolean> {
  return { parse: readSwitch, write: (v) => (v ? '1' : '0'), default: fallback }
}

/** A switch that may be absent (undefined: the view's own default applies). */
export function optionalSwitch(): Param<boolean | undefined> {
  return {
    parse: readSwitch,
    write: (v) => (v === undefined ? undefined : v ? '1' : '0'),
    default: undefined,
  }
}

/**
 * A comma-separated list of ids, e.g. `districts=huangdao,jiaozhou`: the one district-list part of
 * every link. Unknown ids are kept so the view can name them. Example: 'a, b,,c' → ['a', 'b', 'c']
 */
export function idList(): Param<string[]> {
  return {
    parse: (raw) => {
      const ids = raw
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
      return ids
    },
    write: (ids) => (ids.length ? ids.join(',') : undefined),
    default: [],
  }
}

/** Free text kept exactly as typed (a search box writes every keystroke); blank is omitted. */
export function textParam(): Param<string> {
  return { parse: (raw) => raw, write: (v) => (v.trim() ? v : undefined), default: '' }
}

/** Adds old names to a parameter. Example: renamed(sectionParam(), 'sec') */
export function renamed<T>(param: Param<T>, ...oldNames: string[]): Param<T> {
  return { ...param, renamedFrom: [...(param.renamedFrom ?? []), ...oldNames] }
}

/** URLSearchParams → string without encoding commas, so links stay readable (districts=a,b). */
export function searchString(p: URLSearchParams): string {
  const s = p.toString().replace(/%2C/gi, ',')
  return s ? `?${s}` : ''
}
