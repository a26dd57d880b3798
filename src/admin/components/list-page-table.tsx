import {
  Container,
  DataTable,
  type DataTableEmptyStateProps,
  Heading,
  Text,
  type UseDataTableReturn,
} from "@medusajs/ui"

type Props<TData> = {
  table: UseDataTableReturn<TData>
  heading: string
  description: string
  searchPlaceholder: string
  emptyState: DataTableEmptyStateProps
}

/** An admin list page: heading, filter menu, sort menu (sortable tables only), search, table and pages. */
export const ListPageTable = <TData,>({ table, heading, description, searchPlaceholder, emptyState }: Props<TData>) => (
  <Container className="divide-y p-0">
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
        <div>
          <Heading>{heading}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <DataTable.FilterMenu tooltip="Filter" />
          {table.enableSorting && <DataTable.SortingMenu tooltip="Sort" />}
          <DataTable.Search placeholder={searchPlaceholder} autoFocus />
        </div>
      </DataTable.Toolbar>
      <DataTable.Table emptyState={emptyState} />
      <DataTable.Pagination />
    </DataTable>
  </Container>
)
