import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { BatteryReadingCell } from "../../components/battery-reading-cell"
import { CardStatusBadge } from "../../components/card-status-badge"
import { useWarrantyCards } from "../../hooks/warranty-cards"
import { formatDay, STATUS_LABELS } from "../../lib/format"
import type { WarrantyCard, WarrantyCardListParams, WarrantyCardStatus } from "../../lib/types"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<WarrantyCard>()

const columns = [
  columnHelper.accessor("card_number", {
    header: "Card",
    cell: ({ row }) => (
      <Link
        to={`/orders/${row.original.order_id}`}
        onClick={(e) => e.stopPropagation()}
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover whitespace-nowrap"
      >
        {row.original.card_number}
      </Link>
    ),
  }),
  columnHelper.accessor("product_title", {
    header: "Product",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <Text size="small" leading="compact">
          {row.original.product_title}
        </Text>
        {row.original.variant_title && (
          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
            {row.original.variant_title}
          </Text>
        )}
      </div>
    ),
  }),
  columnHelper.accessor("serial_number", {
    header: "IMEI / serial",
    cell: ({ row }) =>
      row.original.serial_number ? (
        <span className="font-mono">{row.original.serial_number}</span>
      ) : (
        <span className="text-ui-fg-muted">Not set</span>
      ),
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ row }) => <CardStatusBadge status={row.original.status} />,
  }),
  columnHelper.accessor("starts_on", {
    header: "Starts",
    cell: ({ row }) => <span className="whitespace-nowrap">{formatDay(row.original.starts_on)}</span>,
  }),
  columnHelper.accessor("ends_on", {
    header: "Ends",
    cell: ({ row }) => <span className="whitespace-nowrap">{formatDay(row.original.ends_on)}</span>,
  }),
  columnHelper.display({
    id: "battery",
    header: "Battery",
    cell: ({ row }) => <BatteryReadingCell card={row.original} />,
  }),
]

const filterHelper = createDataTableFilterHelper<WarrantyCard>()

const filters = [
  filterHelper.accessor("status", {
    type: "select",
    label: "Status",
    options: (Object.keys(STATUS_LABELS) as WarrantyCardStatus[]).map((s) => ({ label: STATUS_LABELS[s], value: s })),
  }),
  filterHelper.accessor("battery_replacement_due", {
    type: "radio",
    label: "Battery replacement due",
    options: [
      { label: "Due", value: "true" },
      { label: "Not due", value: "false" },
    ],
  }),
]

/** Turns the table's filter state into the list route's query (R1.3, R4.3). */
function toQuery(search: string, filtering: DataTableFilteringState): WarrantyCardListParams {
  const params: WarrantyCardListParams = {}
  const q = search.trim()
  if (q) {
    params.q = q
  }
  const status = filtering.status
  if (Array.isArray(status) && status.length) {
    params.status = status as WarrantyCardStatus[]
  }
  const due = filtering.battery_replacement_due
  if (due === "true" || due === "false") {
    params.battery_replacement_due = due === "true"
  }
  return params
}

/** The service counter's look-up: a card by its number or the unit's IMEI/serial (R1.3). */
const WarrantyCardsPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })

  const query = useMemo(() => toQuery(search, filtering), [search, filtering])
  const { data, isLoading } = useWarrantyCards({
    ...query,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    order: "-created_at",
  }, { keepPrevious: true })

  const table = useDataTable({
    columns,
    data: data?.warranty_cards ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    filters,
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_event, row) => navigate(`/orders/${row.order_id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Warranty cards</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Find a card by its number or the unit&apos;s IMEI / serial number.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.FilterMenu tooltip="Filter" />
            <DataTable.Search placeholder="Card number or IMEI" autoFocus />
          </div>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: { heading: "No warranty cards yet", description: "Cards are issued when an order is placed." },
            filtered: { heading: "No matching cards", description: "Try another card number, IMEI or filter." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Warranty cards",
  icon: ShieldCheck,
})

export const handle = {
  breadcrumb: () => "Warranty cards",
}

export default WarrantyCardsPage
