/**
 * 保存为图片: a PNG of one element (a chart, a table, a district card, a deck slide) at 2× for print,
 * framed with its title, a source line and, for demo data, the DEMO mark, in the current theme.
 *
 * A copy of the element is framed off screen and drawn by modern-screenshot (SVG foreignObject →
 * canvas), so the page itself never changes under the reader. Text is drawn with the fonts the page
 * uses (system fonts, CJK included, drawn by the browser; the app has no web fonts), so
 * Chinese renders in the image as on screen. Loaded on the first click (`import('…/lib/export/image')`).
 */
import type { TFunction } from 'i18next'
import { domToBlob } from 'modern-screenshot'
import type { Source } from '../../domain/model/schema'

export type ImageFrame = {
  /** What the image shows, with quarter and section ("2022年二季度 · 经济运行 · 排名"). */
  title: string
  /** Where its figures come from ("来源：青岛市综合考核委员会 2022年7月26日"); null when there is none to name. */
  source: string | null
  /** The demo mark's wording (示例数据 DEMO) when the element shows generated data, else null. */
  demo: string | null
}

/** Pixels per CSS pixel: 2× the element's layout size, enough for a printed A4 page. */
const IMAGE_SCALE = 2

/**
 * The framed PNG of `el`: as wide as the element's layout box (transforms such as the stage's scale
 * are ignored, so a slide is its full 1920 px canvas), times `scale`.
 * Example: a 1920×1080 slide → a 3840 px wide PNG, a little taller than 2160 px (title and source lines).
 */
async function elementPng(el: HTMLElement, frame: ImageFrame, scale = IMAGE_SCALE): Promise<Blob> {
  const width = el.offsetWidth
  if (!width || !el.offsetHeight) throw new Error('保存为图片: the element is not on screen')
  const box = framed(el, frame, width)
  document.body.append(box)
  try {
    const page = getComputedStyle(document.body).backgroundColor
    // font: false: the app has no web fonts to embed (system fonts only), and the embedding step reads
    // the page's styles through a scratch <style> element, which the page's CSP (src/lib/csp.ts) blocks.
    const blob = await domToBlob(box, { scale, type: 'image/png', backgroundColor: page, width, font: false })
    if (!blob) throw new Error('保存为图片: the browser made no image')
    return blob
  } finally {
    box.remove()
  }
}

/** Makes the PNG and hands it to the browser as a download named `fileName`. */
export async function saveElementPng(el: HTMLElement, frame: ImageFrame, fileName: string): Promise<void> {
  const blob = await elementPng(el, frame)
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // Revoked later: some browsers start reading the blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * Title (and DEMO) above a copy of the element, the source line under it, in the page's colours.
 * Placed off screen, hidden from assistive technology, removed after drawing.
 */
function framed(el: HTMLElement, frame: ImageFrame, width: number): HTMLElement {
  // Type that reads at the element's scale: 16 px beside a table, 32 px beside a 1920 px slide.
  const size = Math.max(16, Math.round(width / 60))
  const box = document.createElement('div')
  box.setAttribute('aria-hidden', 'true')
  box.dataset.imageFrame = ''
  // The element's theme (the stage sets data-theme="projection" on its own root, not on <html>).
  const theme = el.closest('[data-theme]')?.getAttribute('data-theme')
  if (theme) box.dataset.theme = theme
  Object.assign(box.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${width}px`,
    background: 'var(--color-page)',
    color: 'var(--color-ink)',
    fontFamily: 'var(--font-sans)',
  })
  const head = document.createElement('div')
  Object.assign(head.style, {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: `${size}px`,
    padding: `${size * 0.75}px ${size}px`,
    fontSize: `${size}px`,
    fontWeight: '700',
  })
  const title = document.createElement('span')
  title.textContent = frame.title
  head.append(title)
  if (frame.demo) {
    const demo = document.createElement('span')
    demo.textContent = `⚠ ${frame.demo}`
    Object.assign(demo.style, {
      border: '2px solid var(--color-demo)',
      background: 'var(--color-demo-bg)',
      color: 'var(--color-demo)',
      borderRadius: '4px',
      padding: `0 ${size / 2}px`,
      whiteSpace: 'nowrap',
    })
    head.append(demo)
  }
  const copy = el.cloneNode(true) as HTMLElement
  // The copy keeps its layout size and drops what only works on screen (the stage's scale, controls).
  Object.assign(copy.style, {
    width: `${width}px`,
    height: `${el.offsetHeight}px`,
    transform: 'none',
    position: 'relative',
    left: '0',
    top: '0',
    margin: '0',
  })
  for (const x of copy.querySelectorAll('.no-print, [data-no-image]')) x.remove()
  box.append(head, copy)
  if (frame.source) {
    const foot = document.createElement('p')
    foot.textContent = frame.source
    Object.assign(foot.style, {
      margin: '0',
      padding: `${size * 0.5}px ${size}px ${size * 0.75}px`,
      fontSize: `${Math.round(size * 0.75)}px`,
      color: 'var(--color-muted)',
    })
    box.append(foot)
  }
  return box
}

/**
 * A view's image, worded here rather than in the button so the views carry none of it: the source
 * line names each source by its publisher (its title when none is named) and date.
 * Example: sources ['qdrb-2022-07-26'] → '来源：青岛日报/观海新闻（…），通报署名 青岛市综合考核委员会 2022年7月26日'
 */
export async function saveFramedPng(
  el: HTMLElement,
  view: {
    title: string
    sourceIds: readonly string[]
    sources: ReadonlyMap<string, Source>
    demo: boolean
    t: TFunction<readonly ['image', 'common']>
    /** The view's date wording (lib/format's, passed in: this module imports nothing the first view has). */
    date: (iso: string) => string
    zh: boolean
  },
  fileName: string,
): Promise<void> {
  const names = [...new Set(view.sourceIds)].flatMap((id) => {
    const s = view.sources.get(id)
    return s ? [`${s.publisher ?? s.title}${s.date ? ` ${view.date(s.date)}` : ''}`] : []
  })
  await saveElementPng(
    el,
    {
      title: view.title,
      source: names.length ? view.t('image:source', { list: names.join(view.zh ? '；' : '; ') }) : null,
      demo: view.demo ? view.t('common:dataset.demo') : null,
    },
    fileName,
  )
}
