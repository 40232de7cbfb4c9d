import { useTranslation } from 'react-i18next'
import type { Source } from '../domain/model/schema'

const KIND_LABEL: Record<Source['kind'], { zh: string; en: string }> = {
  'official-notice': { zh: '考核通报', en: 'official notice' },
  news: { zh: '新闻报道', en: 'news report' },
  secondary: { zh: '转载/二手来源', en: 'secondary source' },
  generated: { zh: '示例数据', en: 'generated (demo)' },
}

/** The sources of a quarter (or any figure): title, publisher, date, link or bundled copy. */
export function SourceList({ ids, sources }: { ids: readonly string[]; sources: Map<string, Source> }) {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const list = [...new Set(ids)].map((id) => sources.get(id)).filter((s): s is Source => Boolean(s))
  if (!list.length) return <p className="text-muted">{en ? 'No sources.' : '无来源。'}</p>
  return (
    <ol className="list-decimal space-y-2 pl-6">
      {list.map((s) => (
        <li key={s.id} id={`source-${s.id}`}>
          <span className="font-medium">{s.title}</span>
          <span className="block text-sm text-muted">
            {[s.publisher, s.date, KIND_LABEL[s.kind][en ? 'en' : 'zh']].filter(Boolean).join(' · ')}
          </span>
          {s.url && (
            <a
              className="block break-all text-sm text-link underline"
              href={s.url}
              target="_blank"
              rel="noreferrer noopener"
            >
              {s.url}
            </a>
          )}
          {s.localCopy && (
            <a
              className="block text-sm text-link underline"
              href={s.localCopy}
              target="_blank"
              rel="noreferrer"
            >
              {en ? 'Bundled copy of the page text' : '随附版面文本'}
            </a>
          )}
          {s.note && <span className="block text-sm text-muted">{s.note}</span>}
        </li>
      ))}
    </ol>
  )
}
