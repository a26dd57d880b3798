import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { ClaimCovers, ClaimDueDate, ClaimStatusBadge } from "../components/claim-status-badge"
import { type WidgetColumn, WidgetListState, WidgetRowLink, WidgetTable } from "../components/widget-list"
import { useWarrantyClaims } from "../hooks/warranty-claims"
import { claimProductLabel, formatInstant } from "../lib/format"
import type { AdminWarrantyClaim } from "../../types"

// Claims per order are few (one per faulty unit, rarely more than one each).
const LIMIT = 50

const COLUMNS: WidgetColumn<AdminWarrantyClaim>[] = [
  {
    header: "Ticket",
    cell: (claim) => (
      <>
        <WidgetRowLink to={`/warranty-claims/${claim.id}`}>{claim.ticket_number}</WidgetRowLink>
        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle mt-1">
          {claimProductLabel(claim)}
        </Text>
        {claim.serial_number && (
          <Text size="xsmall" leading="compact" className="font-mono">
            {claim.serial_number}
          </Text>
        )}
        <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
          Filed {formatInstant(claim.created_at)}
        </Text>
      </>
    ),
  },
  { header: "Status", cell: (claim) => <ClaimStatusBadge status={claim.status} /> },
  { header: "Cover", cell: (claim) => <ClaimCovers covers={claim.covers ?? []} cover={claim.cover} short /> },
  { header: "Due", cell: (claim) => <ClaimDueDate claim={claim} /> },
]

/** The order's warranty claims, each leading to its claim page. Shows nothing for an order without any. */
const OrderWarrantyClaimsWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, isLoading, isError, error } = useWarrantyClaims({
    order_id: order.id,
    limit: LIMIT,
    order: "-created_at",
  })
  const claims = data?.warranty_claims ?? []

  if (!isLoading && !isError && !claims.length) {
    return null
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Warranty claims</Heading>
      </div>
      {/* Never empty here: an order without claims shows no widget. */}
      <WidgetListState isLoading={isLoading} isError={isError} error={error} count={claims.length} noun="warranty claims" emptyText="" />
      {claims.length > 0 && <WidgetTable rows={claims} columns={COLUMNS} rowClassName="[&_td]:py-3 [&_td]:align-top" />}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderWarrantyClaimsWidget
