/**
 * 我的区市: the district an official chose as theirs, remembered in this browser (localStorage). Views
 * highlight it (the other districts stay: it is not a filter) and the districts tab opens on it.
 *
 * Read after the first render (an effect), never during it: the first view is prerendered without a
 * home district, and hydration must see the same markup.
 *
 * Example:
 *   const [home, setHome] = useHomeDistrict()
 *   setHome('laoshan')  → every view highlights 崂山区; setHome(null) forgets it
 */
import { useEffect, useState } from 'react'

const KEY = 'leitai.home-district'
// An id as the data files spell them (ids.ts's safe alphabet); anything else in storage is ignored.
const ID = /^[a-z][a-z0-9-]{0,39}$/
const listeners = new Set<() => void>()

function readHomeDistrict(): string | null {
  try {
    const v = localStorage.getItem(KEY)
    return v !== null && ID.test(v) ? v : null
  } catch {
    return null
  }
}

function writeHomeDistrict(id: string | null): void {
  try {
    if (id === null) localStorage.removeItem(KEY)
    else if (ID.test(id)) localStorage.setItem(KEY, id)
  } catch {
    // Storage is off (a locked-down browser): nothing can be remembered.
  }
  for (const l of listeners) l()
}

/** The home district (null until read after mounting, and when none is chosen) and its setter. */
export function useHomeDistrict(): [string | null, (id: string | null) => void] {
  const [home, setHome] = useState<string | null>(null)
  useEffect(() => {
    const read = () => setHome(readHomeDistrict())
    read()
    listeners.add(read)
    // Another tab chose or cleared it.
    const onStorage = (e: StorageEvent) => {
      if (e.key === KEY || e.key === null) read()
    }
    window.addEventListener('storage', onStorage)
    return () => {
      listeners.delete(read)
      window.removeEventListener('storage', onStorage)
    }
  }, [])
  return [home, writeHomeDistrict]
}
