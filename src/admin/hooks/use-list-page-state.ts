import type { DataTableFilteringState, DataTablePaginationState, DataTableSortingState } from "@medusajs/ui"
import { useCallback, useEffect, useMemo, useRef } from "react"
import { useLocation, useNavigation, useSearchParams } from "react-router-dom"

export const LIST_PAGE_SIZE = 20

/**
 * How a filter is written in the URL: `multi` as `status=a,b` (a select), `single` as
 * `overdue=true` (a radio). A filter the clerk added but has not chosen a value for yet stays in
 * the URL as `status=` (else its chip would vanish before the choice).
 */
export type ListFilterKinds = Record<string, "multi" | "single">

type Options = {
  /** The filters of the page and how each is written in the URL. */
  filters: ListFilterKinds
  /** The sort when the URL names none; without it the table is not sortable. */
  defaultSorting?: DataTableSortingState
}

const readSorting = (order: string | null): DataTableSortingState | null =>
  order ? { id: order.replace(/^-/, ""), desc: order.startsWith("-") } : null

/**
 * The search, filters, sort and page of an admin list page, kept in the URL as Medusa's own lists
 * keep them (`?q=...&status=open,repairing&order=-due_on&offset=20`): Back from a claim returns
 * to the same list, and a link to it can be shared. `tableState` wires it into `useDataTable`.
 *
 * `useDataTable` changes two things in one go (a new search and the first page): each change is
 * applied to the latest params, not to the ones of the last render, so neither undoes the other.
 * Changes replace the history entry (typing is not a step Back walks through).
 */
export const useListPageState = ({ filters, defaultSorting }: Options) => {
  const [searchParams, setSearchParams] = useSearchParams()
  const latest = useRef(searchParams)
  latest.current = searchParams
  // The table's search box writes its text a moment after the typing stops. A clerk who opens a
  // row in that moment is leaving the list (the claim page loads, or has replaced the list): the
  // late write must not pull them back to the list.
  const location = useLocation()
  const navigation = useNavigation()
  const leaving = useRef(false)
  leaving.current = navigation.state !== "idle" && navigation.location?.pathname !== location.pathname
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const update = useCallback(
    (change: (params: URLSearchParams) => void) => {
      if (!mounted.current || leaving.current) {
        return
      }
      const next = new URLSearchParams(latest.current)
      change(next)
      if (next.toString() !== latest.current.toString()) {
        latest.current = next
        setSearchParams(next, { replace: true })
      }
    },
    [setSearchParams]
  )

  const search = searchParams.get("q") ?? ""
  const offset = Math.max(0, Number(searchParams.get("offset")) || 0)
  const urlOrder = searchParams.get("order")
  const sorting = readSorting(urlOrder) ?? defaultSorting ?? null

  // What the URL says of the filters: `status=` (added, no value yet) differs from no `status`.
  const filterKey = Object.keys(filters)
    .map((key) => (searchParams.has(key) ? `${key}=${searchParams.get(key)}` : ""))
    .join("&")
  const filtering = useMemo(() => {
    const state: DataTableFilteringState = {}
    for (const [key, kind] of Object.entries(filters)) {
      const value = searchParams.get(key)
      if (value !== null) {
        state[key] = kind === "multi" ? value.split(",").filter(Boolean) : value || null
      }
    }
    return state
    // A new object only when the URL's filters change (`filterKey`), not on every other change.
  }, [filterKey])

  const pagination: DataTablePaginationState = {
    pageIndex: Math.floor(offset / LIST_PAGE_SIZE),
    pageSize: LIST_PAGE_SIZE,
  }

  const onSearchChange = useCallback(
    (q: string) =>
      update((p) => {
        const text = q.trim() ? q : ""
        if (text) {
          p.set("q", text)
        } else {
          p.delete("q")
        }
      }),
    [update]
  )

  const onFilteringChange = useCallback(
    (state: DataTableFilteringState) =>
      update((p) => {
        for (const [key, kind] of Object.entries(filters)) {
          if (!(key in state)) {
            p.delete(key)
            continue
          }
          const value = state[key]
          p.set(key, kind === "multi" ? (Array.isArray(value) ? value.join(",") : "") : typeof value === "string" ? value : "")
        }
      }),
    [update, filters]
  )

  const onSortingChange = useCallback(
    (state: DataTableSortingState) =>
      update((p) => {
        p.set("order", state.desc ? `-${state.id}` : state.id)
      }),
    [update]
  )

  const onPaginationChange = useCallback(
    (state: DataTablePaginationState) =>
      update((p) => {
        const next = state.pageIndex * state.pageSize
        if (next > 0) {
          p.set("offset", String(next))
        } else {
          p.delete("offset")
        }
      }),
    [update]
  )

  return {
    search,
    filtering,
    sorting,
    /** The current page as the list routes' `limit` and `offset`. */
    page: { limit: LIST_PAGE_SIZE, offset: pagination.pageIndex * LIST_PAGE_SIZE },
    tableState: {
      search: { state: search, onSearchChange },
      filtering: { state: filtering, onFilteringChange },
      pagination: { state: pagination, onPaginationChange },
      ...(defaultSorting ? { sorting: { state: sorting, onSortingChange } } : {}),
    },
  }
}
