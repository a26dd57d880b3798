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
import { ShopperCell } from "../../components/shopper-cell"
import { type ListFilterKinds, useListPageState } from "../../hooks/use-list-page-state"
import { useWarrantyCards } from "../../hooks/warranty-cards"
import { formatDay, STATUS_LABELS } from "../../lib/format"
import type {
  AdminWarrantyCardListItem as WarrantyCard,
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
  columnHelper.display({
    id: "shopper",
    header: "Shopper",
    cell: ({ row }) => <ShopperCell shopper={row.original.customer} />,
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
    // An accessory without a battery has no readings to show (R5.2).
    cell: ({ row }) =>
      row.original.has_battery ? <BatteryReadingCell card={row.original} /> : <span className="text-ui-fg-muted">No battery</span>,
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

/** How each filter is written in the URL. */
const FILTER_KINDS: ListFilterKinds = { status: "multi", battery_replacement_due: "single" }

const isStatus = (v: unknown): v is WarrantyCardStatus => typeof v === "string" && v in STATUS_LABELS

/** Turns the table's search and filters into the list route's query (R1.3, R4.3); unknown values are left out. */
function toQuery(search: string, filtering: DataTableFilteringState): WarrantyCardListParams {
  const params: WarrantyCardListParams = {}
  const q = search.trim()
  if (q) {
    params.q = q.slice(0, 100)
  }
  const status = Array.isArray(filtering.status) ? filtering.status.filter(isStatus) : []
  if (status.length) {
    params.status = status
  }
  const due = filtering.battery_replacement_due
  if (due === "true" || due === "false") {
    params.battery_replacement_due = due === "true"
  }
  return params
}

/**
 * The service counter's look-up: a card by its number, the unit's IMEI/serial, the shopper or the
 * product (R1.3). Search, filters and page live in the URL (Back returns to the same list).
 */
const WarrantyCardsPage = () => {
  const navigate = useNavigate()
  const { search, filtering, page, tableState } = useListPageState({ filters: FILTER_KINDS })

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
      description="Find a card by its number, the unit's IMEI / serial number, the shopper's name, e-mail or phone, or the product."
      searchPlaceholder="Card number or IMEI, shopper, product"
      emptyState={{
        empty: { heading: "No warranty cards yet", description: "Cards are issued when an order is placed." },
        filtered: { heading: "No matching cards", description: "Try another card number, IMEI, name or filter." },
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
