import { PlaceholderView } from '../../components/placeholder-view'

export function PresentRoute() {
  return <PlaceholderView view="present" />
}
