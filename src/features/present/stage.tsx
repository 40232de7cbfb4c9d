/**
 * The projection stage: a fixed 16:9 logical canvas of 1920×1080 CSS px, scaled with a CSS
 * transform to fit the window (scale = min(innerWidth/1920, innerHeight/1080)); on a 4:3 projector
 * the canvas grows taller (1920×1440) instead of being letterboxed (see canvasFor). Because slides are laid out in the logical canvas, they look the same at 100 %,
 * 125 % and 150 % OS scaling (the browser's device pixel ratio only changes the CSS viewport size,
 * which the scale absorbs) and the browser renders text at full device resolution.
 */
import { useEffect, useState } from 'react'

const CANVAS_WIDTH = 1920
const CANVAS_HEIGHT = 1080

/**
 * The logical canvas for a window: 1920 wide, and on a screen taller than 16:9 (a 4:3 projector)
 * as tall as the screen's shape allows, so the deck uses the height it has instead of a letterbox
 * and slide text keeps its logical size (≥ 28 px of the canvas). Wider screens keep 1920×1080,
 * pillarboxed.
 * Example: canvasFor(1024, 768) → { width: 1920, height: 1440, scale: 0.5333 };
 * canvasFor(1920, 1080) → { width: 1920, height: 1080, scale: 1 }.
 */
function canvasFor(width: number, height: number): { width: number; height: number; scale: number } {
  const scale = Math.min(width / CANVAS_WIDTH, height / CANVAS_HEIGHT)
  const tall = width > 0 && height / width > CANVAS_HEIGHT / CANVAS_WIDTH
  return {
    width: CANVAS_WIDTH,
    height: tall ? Math.round((CANVAS_WIDTH * height) / width) : CANVAS_HEIGHT,
    scale,
  }
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
  onClick,
}: {
  /** Clicks and taps anywhere on the stage (the route turns them into next / previous). */
  onClick?: (e: React.MouseEvent) => void
  /** Canvas content, in logical px. */
  children: React.ReactNode
  /** Rendered over the whole window, not scaled (the black screen, the live region). */
  outside?: React.ReactNode
  cursorHidden: boolean
}) {
  const { width, height } = useWindowSize()
  const canvas = canvasFor(width, height)
  const scale = canvas.scale
  return (
    // Projection tokens are forced on this subtree (not on <html>, which the layout owns), so the
    // presentation is dark whatever the app's theme parameter says.
    // The click is the pointer's way to turn slides; the keyboard has its own (window keydown, the
    // clicker's keys) and the control bar's buttons, so the stage itself needs no key handler.
    // biome-ignore lint/a11y/noStaticElementInteractions: see above
    // biome-ignore lint/a11y/useKeyWithClickEvents: see above
    <div
      data-theme="projection"
      data-testid="present"
      className="fixed inset-0 overflow-hidden bg-black text-ink"
      style={{ cursor: cursorHidden ? 'none' : undefined }}
      onClick={onClick}
    >
      <div
        data-testid="present-canvas"
        data-scale={Math.round(scale * 10_000) / 10_000}
        className="absolute flex flex-col overflow-hidden bg-page px-[80px] py-[36px] font-sans"
        style={{
          width: canvas.width,
          height: canvas.height,
          left: (width - canvas.width * scale) / 2,
          top: (height - canvas.height * scale) / 2,
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
