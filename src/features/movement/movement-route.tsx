import { PlaceholderView } from '../../components/placeholder-view'

export function MovementRoute() {
  return <PlaceholderView view="movement" />
}
