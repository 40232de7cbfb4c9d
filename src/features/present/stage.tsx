/**
 * The projection stage: a fixed 16:9 logical canvas of 1920×1080 CSS px, scaled with a CSS
 * transform to fit the window (scale = min(innerWidth/1920, innerHeight/1080)) and letterboxed on
 * 4:3 projectors. Because slides are laid out in the logical canvas, they look the same at 100 %,
 * 125 % and 150 % OS scaling (the browser's device pixel ratio only changes the CSS viewport size,
 * which the scale absorbs) and the browser renders text at full device resolution.
 */
import { useEffect, useState } from 'react'

const CANVAS_WIDTH = 1920
const CANVAS_HEIGHT = 1080

/** Example: stageScale(1024, 768) → 0.5333 (letterboxed: 1024×576 canvas, 96 px bars top and bottom) */
function stageScale(width: number, height: number): number {
  return Math.min(width / CANVAS_WIDTH, height / CANVAS_HEIGHT)
}

const readWindowSize = () => ({ width: window.innerWidth, height: window.innerHeight })

function useWindowSize(): { width: number; height: number } {
  const [size, setSize] = useState(readWindowSize)
  useEffect(() => {
    const onResize = () => setSize(readWindowSize())
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return size
}

/** True after `ms` without mouse movement: the cursor hides so it never sits on a projected slide. */
export function useIdleCursor(ms = 3000): boolean {
  const [hidden, setHidden] = useState(false)
  useEffect(() => {
    let timer = setTimeout(() => setHidden(true), ms)
    const onMove = () => {
      setHidden(false)
      clearTimeout(timer)
      timer = setTimeout(() => setHidden(true), ms)
    }
    window.addEventListener('mousemove', onMove)
    window.addEventListener('pointerdown', onMove)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('mousemove', onMove)
      window.removeEventListener('pointerdown', onMove)
    }
  }, [ms])
  return hidden
}

export function Stage({
  children,
  outside,
  cursorHidden,
}: {
  /** Canvas content, in logical px. */
  children: React.ReactNode
  /** Rendered over the whole window, not scaled (the black screen, the live region). */
  outside?: React.ReactNode
  cursorHidden: boolean
}) {
  const { width, height } = useWindowSize()
  const scale = stageScale(width, height)
  return (
    // Projection tokens are forced on this subtree (not on <html>, which the layout owns), so the
    // presentation is dark whatever the app's theme parameter says.
    <div
      data-theme="projection"
      data-testid="present"
      className="fixed inset-0 overflow-hidden bg-black text-ink"
      style={{ cursor: cursorHidden ? 'none' : undefined }}
    >
      <div
        data-testid="present-canvas"
        data-scale={Math.round(scale * 10_000) / 10_000}
        className="absolute flex flex-col overflow-hidden bg-page px-[80px] py-[36px] font-sans"
        style={{
          width: CANVAS_WIDTH,
          height: CANVAS_HEIGHT,
          left: (width - CANVAS_WIDTH * scale) / 2,
          top: (height - CANVAS_HEIGHT * scale) / 2,
          transform: `scale(${scale})`,
          transformOrigin: '0 0',
          // Logical px, not rem: the projection theme enlarges the root font, which must not move slides.
          fontSize: 36,
          lineHeight: 1.35,
        }}
      >
        {children}
      </div>
      {outside}
    </div>
  )
}
