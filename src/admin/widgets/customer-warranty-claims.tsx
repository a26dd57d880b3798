import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ClaimStatusBadge } from "../components/claim-status-badge"
import { useWarrantyClaims } from "../hooks/warranty-claims"
import { claimProductLabel, errorMessage, formatDay } from "../lib/format"
import { LINK_CLASS } from "../lib/link"

const PAGE_SIZE = 10

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
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))

  const state = isLoading
    ? { text: "Loading warranty claims…", tone: "text-ui-fg-subtle" }
    : isError
      ? { text: `Could not load the warranty claims: ${errorMessage(error)}`, tone: "text-ui-fg-error" }
      : !claims.length
        ? { text: "This customer has filed no warranty claims.", tone: "text-ui-fg-subtle" }
        : null

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Warranty claims</Heading>
        {count > 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            {count} {count === 1 ? "claim" : "claims"}
          </Text>
        )}
      </div>
      {state && (
        <div className="px-6 py-4">
          <Text size="small" className={state.tone}>
            {state.text}
          </Text>
        </div>
      )}
      {!state && (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Ticket</Table.HeaderCell>
                  <Table.HeaderCell>Product</Table.HeaderCell>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                  <Table.HeaderCell>Filed on</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {claims.map((claim) => (
                  <Table.Row key={claim.id}>
                    <Table.Cell>
                      <Link
                        to={`/warranty-claims/${claim.id}`}
                        className={`${LINK_CLASS} txt-compact-small-plus whitespace-nowrap`}
                      >
                        {claim.ticket_number}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      <Text size="small">{claimProductLabel(claim)}</Text>
                      {claim.serial_number && (
                        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle font-mono">
                          {claim.serial_number}
                        </Text>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <ClaimStatusBadge status={claim.status} />
                    </Table.Cell>
                    <Table.Cell>
                      <Text size="small" className="whitespace-nowrap">
                        {formatDay(claim.filed_on)}
                      </Text>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          {pages > 1 && (
            <div className="flex items-center justify-between px-6 py-3">
              <Text size="small" className="text-ui-fg-subtle">
                Page {page + 1} of {pages}
              </Text>
              <div className="flex gap-x-2">
                <Button size="small" variant="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
                  Previous
                </Button>
                <Button size="small" variant="secondary" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                  Next
                </Button>
              </div>
            </div>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details",
})

export default CustomerWarrantyClaimsWidget
