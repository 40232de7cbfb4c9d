/**
 * Slide kind → slide component, and the short label of a slide for the chrome and screen
 * readers. Each slide renders what a pure model in ../model/deck.ts computed; nothing here
 * decides what is published.
 */

import { type Dataset, districtsById } from '../../../domain/model/dataset'
import type { Format } from '../../../lib/format'
import type { useTranslation } from '../../../lib/use-translation'
import type { SlideView } from '../model/deck'
import { BoardSlide } from './board-slide'
import { ClosingSlide } from './closing-slide'
import { DistrictSlide } from './district-slide'
import { MoversSlide } from './movers-slide'
import { PodiumSlide } from './podium-slide'
import type { SlideProps } from './slide-parts'
import { TitleSlide } from './title-slide'

export type { SlideProps } from './slide-parts'

export function SlideBody({ view, ...props }: SlideProps & { view: SlideView }) {
  switch (view.kind) {
    case 'title':
      return <TitleSlide {...props} />
    case 'podium':
      return <PodiumSlide {...props} />
    case 'board':
      return <BoardSlide {...props} section={view.section} />
    case 'movers':
      return <MoversSlide {...props} />
    case 'district':
      return <DistrictSlide {...props} district={view.district} position={view.position} order={view.order} />
    case 'closing':
      return <ClosingSlide {...props} />
  }
}

type Translate = ReturnType<typeof useTranslation<['present', 'common']>>['t']

/** Short label of a slide for the chrome and screen readers. Example: board economy → "经济运行"; a card → "发言 1 / 10 · 黄岛区". */
export function slideLabel(view: SlideView, ds: Dataset | null, t: Translate, f: Format): string {
  switch (view.kind) {
    case 'board':
      return f.section(view.section)
    case 'district': {
      const d = ds ? districtsById(ds).get(view.district) : undefined
      return t('kind.districtCard', {
        speaker: t('kind.district', { position: f.number(view.position), of: f.number(view.of) }),
        name: d ? f.district(d) : view.district,
      })
    }
    default:
      return t(`kind.${view.kind}`)
  }
}
