/**
 * Small inline SVG icons in `currentColor`, instead of emoji and symbol glyphs (🖨 ⚑ ⚠ ✕ ⇅) that an
 * office PC without a colour-emoji font draws as empty boxes. Sized in em, so they follow the text
 * around them; always decorative (`aria-hidden`): the words next to them carry the meaning.
 */
import type { ReactNode, SVGProps } from 'react'
import { cn } from '../lib/cn'

type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'>

function Svg({ className, children, ...props }: IconProps & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={cn('inline-block shrink-0 align-[-0.125em]', className)}
      {...props}
    >
      {children}
    </svg>
  )
}

/**
 * A sort header's state: a filled triangle up or down when sorted, a pair of outlined ones when not.
 * Example: <SortIcon dir="desc" /> → ▼ (filled)
 */
export function SortIcon({ dir, ...props }: IconProps & { dir: 'asc' | 'desc' | false }) {
  return (
    <Svg data-sort-icon={dir || 'none'} {...props}>
      {dir === 'asc' ? (
        <path d="M8 3.5 13 11.5H3Z" fill="currentColor" />
      ) : dir === 'desc' ? (
        <path d="M8 12.5 3 4.5h10Z" fill="currentColor" />
      ) : (
        <>
          <path d="M8 1.75 11.5 6.25h-7Z" fill="currentColor" />
          <path d="M8 14.25 4.5 9.75h7Z" fill="currentColor" />
        </>
      )}
    </Svg>
  )
}

/** A printer (the print buttons). */
export function PrintIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M4.5 6V1.75h7V6" />
      <rect x="1.75" y="6" width="12.5" height="5.5" rx="1" />
      <path d="M4.5 9.5h7v4.75h-7Z" fill="var(--color-surface, #fff)" />
    </Svg>
  )
}

/** A pennant on a pole (red flags). */
export function FlagIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M3.5 14.5V1.75" />
      <path d="M3.5 2.25h9l-2.25 3.25 2.25 3.25h-9Z" fill="currentColor" />
    </Svg>
  )
}

/** A warning triangle (demo data, a data caveat). */
export function WarningIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 1.75 14.75 13.75H1.25Z" />
      <path d="M8 6.25v3.5" />
      <path d="M8 11.75v.01" strokeWidth={2.25} />
    </Svg>
  )
}

/** A cross (close). */
export function CloseIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M3.5 3.5 12.5 12.5M12.5 3.5 3.5 12.5" strokeWidth={2} />
    </Svg>
  )
}

/** A chevron pointing right ("more to the right"). */
export function ChevronRightIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M6 3.5 10.5 8 6 12.5" strokeWidth={2} />
    </Svg>
  )
}
