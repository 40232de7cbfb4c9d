/**
 * Theme tokens as a typed map of CSS variables, shared by Tailwind (index.css @theme) and charts,
 * so chart strokes, legends and table marks can't drift apart. Values live once, in index.css;
 * projection mode only swaps the variables.
 */
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
