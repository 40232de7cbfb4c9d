/**
 * The notice text, editable, with every problem highlighted where it is: a transparent textarea
 * over a backdrop that draws the same text with <mark>s (the text itself is never parsed as HTML;
 * React renders it as text). `jumpTo` selects a line:col range and scrolls it into view.
 */
import { forwardRef, useImperativeHandle, useMemo, useRef } from 'react'
import type { ImportProblem } from '../../domain/import/notice'

export type NoticeInputHandle = { jumpTo(line: number, col: number, length: number): void }

type Props = {
  id: string
  value: string
  onChange: (text: string) => void
  problems: readonly ImportProblem[]
  describedBy?: string
}

/** Offset of 1-based line:col in text. */
function offsetOf(text: string, line: number, col: number): number {
  let at = 0
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at)
    if (nl < 0) return text.length
    at = nl + 1
  }
  return Math.min(text.length, at + col - 1)
}

const BOX = 'block w-full rounded border p-2 font-mono text-sm leading-6 whitespace-pre-wrap break-words'

export const NoticeInput = forwardRef<NoticeInputHandle, Props>(function NoticeInput(
  { id, value, onChange, problems, describedBy },
  ref,
) {
  const area = useRef<HTMLTextAreaElement>(null)
  const backdrop = useRef<HTMLDivElement>(null)

  useImperativeHandle(ref, () => ({
    jumpTo(line, col, length) {
      const el = area.current
      if (!el) return
      const start = offsetOf(el.value, line, col)
      el.focus()
      el.setSelectionRange(start, Math.min(el.value.length, start + length))
      // Selection does not scroll a textarea in every browser: put the line a third of the way down.
      const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight) || 24
      el.scrollTop = Math.max(0, (line - 1) * lineHeight - el.clientHeight / 3)
      if (backdrop.current) backdrop.current.scrollTop = el.scrollTop
    },
  }))

  // Marked spans, in order, not overlapping (a later problem inside an earlier mark is dropped).
  const pieces = useMemo(() => {
    const ranges = problems
      .map((p) => {
        const start = offsetOf(value, p.line, p.col)
        return { start, end: Math.min(value.length, start + p.length), severity: p.severity }
      })
      .sort((a, b) => a.start - b.start)
    const out: { text: string; severity?: 'error' | 'warning'; key: string }[] = []
    let at = 0
    for (const r of ranges) {
      if (r.start < at || r.end <= r.start) continue
      out.push({ text: value.slice(at, r.start), key: `t${at}` })
      out.push({ text: value.slice(r.start, r.end), severity: r.severity, key: `m${r.start}` })
      at = r.end
    }
    out.push({ text: value.slice(at), key: `t${at}` })
    return out
  }, [problems, value])

  return (
    <div className="relative">
      <div
        ref={backdrop}
        aria-hidden="true"
        className={`${BOX} pointer-events-none absolute inset-0 overflow-hidden border-transparent text-transparent`}
      >
        {pieces.map((p) =>
          p.severity ? (
            <mark
              key={p.key}
              className={
                p.severity === 'error'
                  ? 'rounded-sm bg-red-500/35 text-transparent outline outline-2 outline-red-600'
                  : 'rounded-sm bg-amber-400/35 text-transparent'
              }
            >
              {p.text}
            </mark>
          ) : (
            <span key={p.key}>{p.text}</span>
          ),
        )}
        {/* A trailing newline needs a character after it to take up its line in the backdrop. */}{' '}
      </div>
      <textarea
        ref={area}
        id={id}
        value={value}
        spellCheck={false}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => {
          if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop
        }}
        className={`${BOX} relative h-[28rem] resize-y border-line bg-transparent text-ink lg:h-[36rem]`}
      />
    </div>
  )
})
