/**
 * Text that comes from the data rather than from the app's strings: names, titles and quotes are
 * shown as published (Chinese) in every UI language and marked `lang="zh"`, so screen readers
 * pronounce them right and an English page can tell its own words from quoted ones.
 */
import type { ReactNode } from 'react'
import { dataText, useFormat } from '../lib/format'

/** A name, title or quote as published. Example: <Quoted>青岛市综合考核委员会</Quoted> */
export function Quoted({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span lang="zh" className={className}>
      {children}
    </span>
  )
}

/**
 * A text the data gives in Chinese and optionally in English: the English where the UI is English
 * and the data has it, else the Chinese, marked as such.
 */
export function DataText({
  chinese,
  english,
  className,
}: {
  chinese: string
  english?: string | undefined
  className?: string
}) {
  const f = useFormat()
  const text = dataText(chinese, english, f.lang)
  return (
    <span lang={text === chinese ? 'zh' : undefined} className={className}>
      {text}
    </span>
  )
}
