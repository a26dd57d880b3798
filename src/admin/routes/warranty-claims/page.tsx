import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Wrench } from "@medusajs/icons"
import {
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  type DataTableFilteringState,
  type DataTableSortingState,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo } from "react"
import { useNavigate } from "react-router-dom"
import { ClaimCovers, ClaimDueDate, ClaimStatusBadge } from "../../components/claim-status-badge"
import { ListPageTable } from "../../components/list-page-table"
import { ShopperCell } from "../../components/shopper-cell"
import { type ListFilterKinds, useListPageState } from "../../hooks/use-list-page-state"
import { useWarrantyClaims } from "../../hooks/warranty-claims"
import { CLAIM_COVER_LABELS, CLAIM_STATUS_LABELS, formatInstant } from "../../lib/format"
import type {
  WarrantyClaimCover as ClaimCover,
  WarrantyClaimStatus as ClaimStatus,
  AdminWarrantyClaim as WarrantyClaim,
  AdminWarrantyClaimListParams as WarrantyClaimListParams,
} from "../../../types"

const columnHelper = createDataTableColumnHelper<WarrantyClaim>()

const columns = [
  columnHelper.accessor("ticket_number", {
    header: "Ticket",
    cell: ({ row }) => <span className="whitespace-nowrap font-medium">{row.original.ticket_number}</span>,
  }),
  columnHelper.accessor("product_title", {
    header: "Product",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <Text size="small" leading="compact">
          {row.original.product_title}
          {row.original.variant_title && <span className="text-ui-fg-subtle"> · {row.original.variant_title}</span>}
        </Text>
        {row.original.serial_number && (
          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle font-mono">
            {row.original.serial_number}
          </Text>
        )}
      </div>
    ),
  }),
  columnHelper.display({
    id: "shopper",
    header: "Shopper",
    cell: ({ row }) => <ShopperCell shopper={row.original.customer} fallback={row.original.contact?.name} />,
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ row }) => <ClaimStatusBadge status={row.original.status} />,
  }),
  columnHelper.accessor("cover", {
    header: "Cover",
    cell: ({ row }) => <ClaimCovers covers={row.original.covers ?? []} cover={row.original.cover} short />,
  }),
  columnHelper.accessor("due_on", {
    header: "Due",
    enableSorting: true,
    sortLabel: "Due date",
    sortAscLabel: "Soonest first",
    sortDescLabel: "Latest first",
    cell: ({ row }) => <ClaimDueDate claim={row.original} />,
  }),
  columnHelper.accessor("created_at", {
    header: "Filed",
    enableSorting: true,
    sortLabel: "Filed",
    sortAscLabel: "Oldest first",
    sortDescLabel: "Newest first",
    cell: ({ row }) => <span className="whitespace-nowrap">{formatInstant(row.original.created_at)}</span>,
  }),
]

const filterHelper = createDataTableFilterHelper<WarrantyClaim>()

const filters = [
  filterHelper.accessor("status", {
    type: "select",
    label: "Status",
    options: (Object.keys(CLAIM_STATUS_LABELS) as ClaimStatus[]).map((s) => ({ label: CLAIM_STATUS_LABELS[s], value: s })),
  }),
  filterHelper.accessor("cover", {
    type: "select",
    label: "Cover",
    options: (Object.keys(CLAIM_COVER_LABELS) as ClaimCover[]).map((c) => ({ label: CLAIM_COVER_LABELS[c], value: c })),
  }),
  filterHelper.accessor("overdue", {
    type: "radio",
    label: "Overdue",
    options: [{ label: "Overdue only", value: "true" }],
  }),
]

/** How each filter is written in the URL. */
const FILTER_KINDS: ListFilterKinds = { status: "multi", cover: "multi", overdue: "single" }

const isStatus = (v: unknown): v is ClaimStatus => typeof v === "string" && v in CLAIM_STATUS_LABELS
const isCover = (v: unknown): v is ClaimCover => typeof v === "string" && v in CLAIM_COVER_LABELS

/**
 * Turns the table's search, filters and sort into the list route's query; values a hand-edited
 * or old link holds that are no filter's option are left out.
 */
function toQuery(search: string, filtering: DataTableFilteringState, sorting: DataTableSortingState | null) {
  const params: WarrantyClaimListParams = {}
  const q = search.trim()
  if (q) {
    params.q = q.slice(0, 100)
  }
  const status = Array.isArray(filtering.status) ? filtering.status.filter(isStatus) : []
  if (status.length) {
    params.status = status
  }
  const cover = Array.isArray(filtering.cover) ? filtering.cover.filter(isCover) : []
  if (cover.length) {
    params.cover = cover
  }
  if (filtering.overdue === "true") {
    params.overdue = true
  }
  if (sorting && (sorting.id === "due_on" || sorting.id === "created_at")) {
    params.order = sorting.desc ? `-${sorting.id}` : sorting.id
  }
  return params
}

const DEFAULT_SORTING = { id: "created_at", desc: true }

/**
 * The service desk's queue: find a claim by ticket, IMEI, shopper or product, see what is due and
 * what is late. Search, filters, sort and page live in the URL (Back returns to the same list).
 */
const WarrantyClaimsPage = () => {
  const navigate = useNavigate()
  const { search, filtering, sorting, page, tableState } = useListPageState({
    filters: FILTER_KINDS,
    defaultSorting: DEFAULT_SORTING,
  })

  const query = useMemo(() => toQuery(search, filtering, sorting), [search, filtering, sorting])
  const { data, isLoading } = useWarrantyClaims({ ...query, ...page }, { keepPrevious: true })

  const table = useDataTable({
    columns,
    data: data?.warranty_claims ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    filters,
    ...tableState,
    onRowClick: (_event, row) => navigate(`/warranty-claims/${row.id}`),
  })

  return (
    <ListPageTable
      table={table}
      heading="Warranty claims"
      description="Find a claim by its ticket number, the unit's IMEI / serial number, the shopper's name, e-mail or phone, or the product."
      searchPlaceholder="Ticket number or IMEI, shopper, product"
      emptyState={{
        empty: { heading: "No warranty claims yet", description: "Shoppers file claims from their order history." },
        filtered: { heading: "No matching claims", description: "Try another ticket number, IMEI, name or filter." },
      }}
    />
  )
}

export const config = defineRouteConfig({
  label: "Warranty claims",
  icon: Wrench,
})

export const handle = {
  breadcrumb: () => "Warranty claims",
}

export default WarrantyClaimsPage
