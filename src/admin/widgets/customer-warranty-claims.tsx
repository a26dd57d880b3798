import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { ClaimStatusBadge } from "../components/claim-status-badge"
import { type WidgetColumn, WidgetHeading, WidgetListState, WidgetPager, WidgetRowLink, WidgetTable } from "../components/widget-list"
import { useWarrantyClaims } from "../hooks/warranty-claims"
import { claimProductLabel, formatDay } from "../lib/format"
import type { AdminWarrantyClaim } from "../../types"

const PAGE_SIZE = 10

const COLUMNS: WidgetColumn<AdminWarrantyClaim>[] = [
  {
    header: "Ticket",
    cell: (claim) => <WidgetRowLink to={`/warranty-claims/${claim.id}`}>{claim.ticket_number}</WidgetRowLink>,
  },
  {
    header: "Product",
    cell: (claim) => (
      <>
        <Text size="small">{claimProductLabel(claim)}</Text>
        {claim.serial_number && (
          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle font-mono">
            {claim.serial_number}
          </Text>
        )}
      </>
    ),
  },
  { header: "Status", cell: (claim) => <ClaimStatusBadge status={claim.status} /> },
  {
    header: "Filed on",
    cell: (claim) => (
      <Text size="small" className="whitespace-nowrap">
        {formatDay(claim.filed_on)}
      </Text>
    ),
  },
]

/** The customer's warranty claims, newest first, each leading to its claim page (next to their cards). */
const CustomerWarrantyClaimsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const [page, setPage] = useState(0)
  const { data, isLoading, isError, error } = useWarrantyClaims({
    customer_id: customer.id,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
    order: "-created_at",
  })
  const claims = data?.warranty_claims ?? []
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <WidgetHeading title="Warranty claims" count={count} one="claim" many="claims" />
      <WidgetListState
        isLoading={isLoading}
        isError={isError}
        error={error}
        count={claims.length}
        noun="warranty claims"
        emptyText="This customer has filed no warranty claims."
      />
      {!isLoading && !isError && claims.length > 0 && (
        <>
          <WidgetTable rows={claims} columns={COLUMNS} />
          <WidgetPager page={page} count={count} pageSize={PAGE_SIZE} onPage={setPage} />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details",
})

export default CustomerWarrantyClaimsWidget
