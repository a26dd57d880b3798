import { useCallback, useEffect, useRef, useState, type DependencyList } from "react"

export type Loaded<T> = {
  data: T | undefined
  error: unknown
  loading: boolean
  reload: () => void
  /** Puts a fresher copy in place (what a move answered) without another request. */
  setData: (data: T) => void
}

/** Runs `load` when `deps` change; the answer of a superseded run is dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true })
  const [tick, setTick] = useState(0)
  const run = useRef(0)
  useEffect(() => {
    const mine = ++run.current
    setState((s) => ({ ...s, loading: true, error: undefined }))
    load().then(
      (data) => mine === run.current && setState({ data, loading: false }),
      (error: unknown) => mine === run.current && setState({ error, loading: false })
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick])
  const reload = useCallback(() => setTick((n) => n + 1), [])
  const setData = useCallback((data: T) => setState({ data, loading: false }), [])
  return { data: state.data, error: state.error, loading: state.loading, reload, setData }
}
