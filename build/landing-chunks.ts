type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null }

/**
 * The bundler's `codeSplitting` groups for the landing page (docs/decisions/008-landing-chunks.md). Before
 * the wall can draw, a browser needs the entry, its static imports and the wall route with its own; left to
 * itself the bundler splits those into many chunks of a few hundred bytes (each shared with another route),
 * and on a phone's network each is a request of its own, six at a time over HTTP/1.1. Grouped instead: the
 * entry's static imports and the shared code the wall imports into one `app` chunk, the wall's own modules
 * into one `wall` chunk. Every other route still loads lazily.
 */
export function landingChunks(root: string, wallRoute = 'src/features/wall/wall-route.tsx') {
  const closures = new WeakMap<object, { initial: Set<string>; wall: Set<string> }>()
  const closure = (graph: ModuleGraph, start: string) => {
    const seen = new Set<string>()
    const stack = [start]
    while (stack.length > 0) {
      const id = stack.pop() as string
      if (seen.has(id)) continue
      seen.add(id)
      stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []))
    }
    return seen
  }
  const wallFeature = /[\\/]src[\\/]features[\\/]wall[\\/]/
  return {
    groups: [
      {
        debugName: 'landing',
        name(id: string, graph: ModuleGraph) {
          let sets = closures.get(graph)
          if (!sets) {
            sets = { initial: closure(graph, `${root}src/main.tsx`), wall: closure(graph, `${root}${wallRoute}`) }
            closures.set(graph, sets)
          }
          if (sets.initial.has(id)) return 'app'
          if (sets.wall.has(id)) return wallFeature.test(id) ? 'wall' : 'app'
          return null
        },
      },
    ],
  }
}
