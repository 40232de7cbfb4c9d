import { useEffect, useState } from 'react'

/**
 * False while a component's first frame is painted, then true: what starts below the fold can wait one
 * frame, so the click that opened the page paints its top sooner. (A district page from the rankings
 * table: its history and news are about 60 % of the page's elements and start below 768 px.)
 * Example: const later = useAfterFirstPaint(); {later ? <History /> : <div className="min-h-[40rem]" />}
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    // The frame's callbacks run before its paint; the task after them runs once it is on screen.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return ready
}
