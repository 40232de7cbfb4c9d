/**
 * Theme tokens as a typed map of CSS variables, shared by Tailwind (index.css @theme) and charts,
 * so chart strokes, legends and table marks can't drift apart. Values live once, in index.css;
 * projection mode only swaps the variables. And the display preferences this browser remembers: the
 * up/down colour convention and 我的区市 (one module: the first view loads it anyway).
 */
import { useEffect, useState } from 'react'

export const tokens = {
  ink: 'var(--color-ink)',
  muted: 'var(--color-muted)',
  line: 'var(--color-line)',
  surface: 'var(--color-surface)',
  accent: 'var(--color-accent)',
  up: 'var(--color-up)',
  down: 'var(--color-down)',
  derived: 'var(--color-derived)',
  missing: 'var(--color-missing)',
  star: 'var(--color-star)',
  flag: 'var(--color-flag)',
} as const

export type Token = keyof typeof tokens

/** Stable colour per district: by its index in the districts file, cycling over ten. */
export function districtColor(index: number): string {
  return `var(--color-district-${((index % 10) + 10) % 10})`
}

export type ThemeName = 'default' | 'projection'
export type UpDownConvention = 'cn' | 'intl'

const UPDOWN_KEY = 'leitai.updown'

export function readUpDown(): UpDownConvention {
  try {
    return localStorage.getItem(UPDOWN_KEY) === 'intl' ? 'intl' : 'cn'
  } catch {
    return 'cn'
  }
}

export function writeUpDown(v: UpDownConvention): void {
  try {
    localStorage.setItem(UPDOWN_KEY, v)
  } catch {
    // Private mode or file:// without storage: the setting then lasts for the page only.
  }
  document.documentElement.dataset.updown = v
}

/**
 * 我的区市: the district an official chose as theirs, remembered in this browser (localStorage). Views
 * highlight it (the other districts stay: it is not a filter) and the districts tab opens on it.
 *
 * Read after the first render (an effect), never during it: the first view is prerendered without a
 * home district, and hydration must see the same markup.
 *
 * Example:
 *   const [home, setHome] = useHomeDistrict()
 *   setHome('laoshan')  → every view highlights 崂山区; setHome(null) forgets it
 */

const KEY = 'leitai.home-district'
// An id as the data files spell them (ids.ts's safe alphabet); anything else in storage is ignored.
const ID = /^[a-z][a-z0-9-]{0,39}$/
const listeners = new Set<() => void>()

function readHomeDistrict(): string | null {
  try {
    const v = localStorage.getItem(KEY)
    return v !== null && ID.test(v) ? v : null
  } catch {
    return null
  }
}

function writeHomeDistrict(id: string | null): void {
  try {
    if (id === null) localStorage.removeItem(KEY)
    else if (ID.test(id)) localStorage.setItem(KEY, id)
  } catch {
    // Storage is off (a locked-down browser): nothing can be remembered.
  }
  for (const l of listeners) l()
}

/** The home district (null until read after mounting, and when none is chosen) and its setter. */
export function useHomeDistrict(): [string | null, (id: string | null) => void] {
  const [home, setHome] = useState<string | null>(null)
  useEffect(() => {
    const read = () => setHome(readHomeDistrict())
    read()
    listeners.add(read)
    // Another tab chose or cleared it.
    const onStorage = (e: StorageEvent) => {
      if (e.key === KEY || e.key === null) read()
    }
    window.addEventListener('storage', onStorage)
    return () => {
      listeners.delete(read)
      window.removeEventListener('storage', onStorage)
    }
  }, [])
  return [home, writeHomeDistrict]
}
