import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import {
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  type DataTableFilteringState,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo } from "react"
import { Link, useNavigate } from "react-router-dom"
import { BatteryReadingCell } from "../../components/battery-reading-cell"
import { CardStatusBadge } from "../../components/card-status-badge"
import { ListPageTable } from "../../components/list-page-table"
import { useListPageState } from "../../hooks/use-list-page-state"
import { useWarrantyCards } from "../../hooks/warranty-cards"
import { formatDay, STATUS_LABELS } from "../../lib/format"
import type {
  AdminWarrantyCard as WarrantyCard,
  AdminWarrantyCardListParams as WarrantyCardListParams,
  WarrantyCardStatus,
} from "../../../types"
import { LINK_CLASS } from "../../lib/link"

const columnHelper = createDataTableColumnHelper<WarrantyCard>()

const columns = [
  columnHelper.accessor("card_number", {
    header: "Card",
    cell: ({ row }) => (
      <Link
        to={`/orders/${row.original.order_id}`}
        onClick={(e) => e.stopPropagation()}
        className={`${LINK_CLASS} whitespace-nowrap`}
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
  const { search, filtering, page, tableState } = useListPageState()

  const query = useMemo(() => toQuery(search, filtering), [search, filtering])
  const { data, isLoading } = useWarrantyCards({ ...query, ...page, order: "-created_at" }, { keepPrevious: true })

  const table = useDataTable({
    columns,
    data: data?.warranty_cards ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    filters,
    ...tableState,
    onRowClick: (_event, row) => navigate(`/orders/${row.order_id}`),
  })

  return (
    <ListPageTable
      table={table}
      heading="Warranty cards"
      description="Find a card by its number or the unit's IMEI / serial number."
      searchPlaceholder="Card number or IMEI"
      emptyState={{
        empty: { heading: "No warranty cards yet", description: "Cards are issued when an order is placed." },
        filtered: { heading: "No matching cards", description: "Try another card number, IMEI or filter." },
      }}
    />
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
