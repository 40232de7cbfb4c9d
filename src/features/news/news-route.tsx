import { PlaceholderView } from '../../components/placeholder-view'

export function NewsRoute() {
  return <PlaceholderView view="news" />
}
