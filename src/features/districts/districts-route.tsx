import { PlaceholderView } from '../../components/placeholder-view'

export function DistrictsIndexRoute() {
  return <PlaceholderView view="districts" />
}

export function DistrictRoute() {
  return <PlaceholderView view="districts" />
}
