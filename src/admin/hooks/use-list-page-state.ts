import type { DataTableFilteringState, DataTablePaginationState, DataTableSortingState } from "@medusajs/ui"
import { useState } from "react"

export const LIST_PAGE_SIZE = 20

/**
 * The search, filters, sort and page of an admin list page, and the same state wired for
 * `useDataTable` (`tableState`). The table is sortable only when the page gives a default sort.
 */
export const useListPageState = (defaultSorting?: DataTableSortingState) => {
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [sorting, setSorting] = useState<DataTableSortingState | null>(defaultSorting ?? null)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: LIST_PAGE_SIZE })

  return {
    search,
    filtering,
    sorting,
    /** The current page as the list routes' `limit` and `offset`. */
    page: { limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize },
    tableState: {
      search: { state: search, onSearchChange: setSearch },
      filtering: { state: filtering, onFilteringChange: setFiltering },
      pagination: { state: pagination, onPaginationChange: setPagination },
      ...(defaultSorting ? { sorting: { state: sorting, onSortingChange: setSorting } } : {}),
    },
  }
}
