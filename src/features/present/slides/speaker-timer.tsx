import { cn } from '../../../lib/cn'
import { useTranslation } from '../../../lib/use-translation'
import type { TimerSnapshot } from '../model/deck-controller'

/**
 * The visible countdown: amber in the last minute, red and counting up when over; phase also in
 * words. It waits in 准备 until started: T, or a click on it (a button; the stage's click handler
 * reads `data-timer-toggle`, so the click never also turns the slide).
 */
export function SpeakerTimer({ timer }: { timer: TimerSnapshot | null }) {
  const { t } = useTranslation(['present', 'common'])
  if (!timer) return null
  const phase = timer.phase
  const label = t('timer.label')
  return (
    <button
      type="button"
      data-testid="speaker-timer"
      data-timer-toggle=""
      data-phase={phase}
      data-running={timer.running}
      data-ready={timer.ready}
      aria-label={label}
      className={cn(
        'flex w-[540px] cursor-pointer shrink-0 flex-col items-center rounded-[24px] border-4 px-[24px] py-[16px]',
        phase === 'normal' && 'border-line bg-surface text-ink',
        phase === 'warning' && 'border-[#fbbf24] bg-[#fbbf24] text-[#0b1020]',
        phase === 'over' && 'border-[#b91c1c] bg-[#b91c1c] text-white',
      )}
    >
      <span className="text-[32px] font-bold">
        {phase === 'normal' ? label : t('timer.withPhase', { label, phase: t(`timer.${phase}`) })}
      </span>
      <span
        role="timer"
        data-testid="timer-display"
        className={cn('tabular text-[150px] font-black leading-[1.05]', timer.ready && 'text-muted')}
      >
        {timer.display}
      </span>
      <span data-testid="timer-state" className="text-[28px]">
        {timer.ready ? t('timer.ready') : timer.running ? t('timer.running') : t('timer.paused')}
      </span>
    </button>
  )
}
