/**
 * An effect event (React's `useEffectEvent`, written out): a stable function that always calls the
 * latest render's callback, so an effect can call it without listing what it reads as dependencies.
 * Call it from effects and event listeners only, never during render.
 */
import { useCallback, useInsertionEffect, useRef } from 'react'

export function useEffectEvent<A extends unknown[], R>(callback: (...args: A) => R): (...args: A) => R {
  const latest = useRef(callback)
  useInsertionEffect(() => {
    latest.current = callback
  })
  return useCallback((...args: A) => latest.current(...args), [])
}
