import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { cn } from '../lib/cn'
import { useHrefBuilder } from '../lib/use-global-params'

/** The sections of the rules page (#/rules?topic=…) a mark can point at. */
export type RulesTopic = 'sections' | 'stars' | 'flags' | 'tie' | 'status' | 'coverage'

/**
 * A link from a mark (a star display, a flag, 推算, 未公布) to the part of 考核规则说明 that explains it.
 * Example: <RulesLink topic="stars" label="摘星规则">…</RulesLink> → #/rules?topic=stars
 */
export function RulesLink({
  topic,
  label,
  className,
  children,
}: {
  topic: RulesTopic
  /** The link's accessible name where its content is a glyph or a number. */
  label?: string
  className?: string
  children: ReactNode
}) {
  const href = useHrefBuilder()
  return (
    <Link
      to={href('/rules', { topic })}
      aria-label={label}
      title={label}
      data-rules-link={topic}
      className={cn('no-underline hover:underline', className)}
    >
      {children}
    </Link>
  )
}
