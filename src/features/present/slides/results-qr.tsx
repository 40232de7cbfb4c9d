import { useEffect, useState } from 'react'
import type { QrCode } from '../../../lib/qr'
import { useTranslation } from '../../../lib/use-translation'
import { NOTE_TEXT } from './slide-parts'

/**
 * The results link as a QR code with the link written under it, so the room can open the rankings
 * on their phones (and type it where a camera cannot read the screen). The encoder is loaded on
 * first use, so only the closing slide fetches it. Dark modules on a white tile with its quiet
 * zone, in every theme: scanners need dark-on-light.
 */
export function ResultsQr({ link }: { link: string }) {
  const { t } = useTranslation(['present', 'common'])
  const [code, setCode] = useState<QrCode | null>(null)
  useEffect(() => {
    let live = true
    void import('../../../lib/qr').then(({ qrCode }) => {
      if (live) setCode(qrCode(link))
    })
    return () => {
      live = false
    }
  }, [link])
  return (
    <figure data-testid="results-qr" data-qr-text={code?.text ?? ''} className="flex items-end gap-[28px]">
      <div className="size-[168px] shrink-0 rounded-[12px] bg-white">
        {code && (
          <svg
            viewBox={`0 0 ${code.size} ${code.size}`}
            role="img"
            aria-label={t('closing.qrLabel')}
            className="size-full"
            shapeRendering="crispEdges"
          >
            <path d={code.path} fill="#000" />
          </svg>
        )}
      </div>
      <figcaption className="flex min-w-0 flex-col gap-[8px]">
        <span className="text-[32px] text-muted">{t('closing.qrHeading')}</span>
        <span data-testid="results-link" className={`${NOTE_TEXT} font-bold`}>
          {breakable(link)}
        </span>
      </figcaption>
    </figure>
  )
}

/** The link with break opportunities before "#", "?" and "&", so it wraps between parameters, not inside "2022Q2". */
function breakable(link: string): React.ReactNode[] {
  // Split at each break: the parts are unique by their offset in the link, which is their key.
  let at = 0
  return link.split(/(?=[#?&])/).flatMap((part) => {
    const key = at
    at += part.length
    return key === 0 ? [part] : [<wbr key={key} />, part]
  })
}
