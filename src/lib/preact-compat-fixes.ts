/**
 * Where preact/compat (the shipped builds' renderer, vite.config.ts) differs from React in a way the
 * app's libraries notice, fixed once here. Imported by app.tsx, so the browser and the build's prerender
 * render the same props; harmless under React (the component tests), which never calls these hooks.
 *
 * - `tabIndex` on SVG: Preact writes SVG props as attributes by their given name, and SVG attribute
 *   names are case-sensitive, so `tabIndex` never made recharts' chart surface focusable (its keyboard
 *   layer could not be reached). React writes `tabindex`.
 */
import { options, type VNode } from 'preact'

const previous = options.vnode
options.vnode = (vnode: VNode) => {
  if (typeof vnode.type === 'string' && vnode.props) {
    const props = vnode.props as Record<string, unknown>
    if (props.tabIndex !== undefined && props.tabindex === undefined) {
      props.tabindex = props.tabIndex
      delete props.tabIndex
    }
  }
  previous?.(vnode)
}
