import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ClaimCovers, ClaimDueDate, ClaimStatusBadge } from "../components/claim-status-badge"
import { useWarrantyClaims } from "../hooks/warranty-claims"
import { claimProductLabel, errorMessage, formatInstant } from "../lib/format"
import { LINK_CLASS } from "../lib/link"

// Claims per order are few (one per faulty unit, rarely more than one each).
const LIMIT = 50

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
      {(isLoading || isError) && (
        <div className="px-6 py-4">
          <Text size="small" className={isError ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
            {isError ? `Could not load the warranty claims: ${errorMessage(error)}` : "Loading warranty claims…"}
          </Text>
        </div>
      )}
      {claims.length > 0 && (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Ticket</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Cover</Table.HeaderCell>
                <Table.HeaderCell>Due</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {claims.map((claim) => (
                <Table.Row key={claim.id} className="[&_td]:py-3 [&_td]:align-top">
                  <Table.Cell>
                    <Link
                      to={`/warranty-claims/${claim.id}`}
                      className={`${LINK_CLASS} txt-compact-small-plus whitespace-nowrap`}
                    >
                      {claim.ticket_number}
                    </Link>
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
                  </Table.Cell>
                  <Table.Cell>
                    <ClaimStatusBadge status={claim.status} />
                  </Table.Cell>
                  <Table.Cell>
                    <ClaimCovers covers={claim.covers ?? []} cover={claim.cover} short />
                  </Table.Cell>
                  <Table.Cell>
                    <ClaimDueDate claim={claim} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderWarrantyClaimsWidget
