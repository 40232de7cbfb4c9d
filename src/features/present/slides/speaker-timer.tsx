import { useTranslation } from 'react-i18next'
import { cn } from '../../../lib/cn'
import type { TimerSnapshot } from '../model/deck-controller'

/** The visible countdown: amber in the last minute, red and counting up when over; phase also in words. */
export function SpeakerTimer({ timer }: { timer: TimerSnapshot | null }) {
  const { t } = useTranslation(['present', 'common'])
  if (!timer) return null
  const phase = timer.phase
  const label = t('timer.label')
  return (
    <div
      data-testid="speaker-timer"
      data-phase={phase}
      data-running={timer.running}
      role="timer"
      aria-label={label}
      className={cn(
        'flex w-[540px] shrink-0 flex-col items-center rounded-[24px] border-4 px-[24px] py-[16px]',
        phase === 'normal' && 'border-line bg-surface text-ink',
        phase === 'warning' && 'border-[#fbbf24] bg-[#fbbf24] text-[#0b1020]',
        phase === 'over' && 'border-[#b91c1c] bg-[#b91c1c] text-white',
      )}
    >
      <span className="text-[32px] font-bold">
        {phase === 'normal' ? label : t('timer.withPhase', { label, phase: t(`timer.${phase}`) })}
      </span>
      <span data-testid="timer-display" className="tabular text-[150px] font-black leading-[1.05]">
        {timer.display}
      </span>
      <span className="text-[28px]">{timer.running ? t('timer.running') : t('timer.paused')}</span>
    </div>
  )
}
