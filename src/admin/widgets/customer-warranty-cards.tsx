import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { CardListState } from "../components/card-list-state"
import { CardStatusBadge } from "../components/card-status-badge"
import { useWarrantyCards } from "../hooks/warranty-cards"
import { formatDay } from "../lib/format"
import { LINK_CLASS } from "../lib/link"

const PAGE_SIZE = 10

/** R1.3: the customer's warranty cards, each linking to its order. */
const CustomerWarrantyCardsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const [page, setPage] = useState(0)
  const { data, isLoading, isError, error } = useWarrantyCards({
    customer_id: customer.id,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
    order: "-created_at",
  })
  const cards = data?.warranty_cards ?? []
  const count = data?.count ?? 0
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Warranty cards</Heading>
        {count > 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            {count} {count === 1 ? "card" : "cards"}
          </Text>
        )}
      </div>
      <CardListState isLoading={isLoading} error={isError ? error : null} count={cards.length} emptyText="This customer has no warranty cards." />
      {!isLoading && !isError && cards.length > 0 && (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Card</Table.HeaderCell>
                  <Table.HeaderCell>Product</Table.HeaderCell>
                  <Table.HeaderCell>IMEI / serial</Table.HeaderCell>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                  <Table.HeaderCell>Ends on</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {cards.map((card) => (
                  <Table.Row key={card.id}>
                    <Table.Cell>
                      <Link
                        to={`/orders/${card.order_id}`}
                        className={`${LINK_CLASS} txt-compact-small-plus whitespace-nowrap`}
                      >
                        {card.card_number}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      <Text size="small">
                        {card.product_title}
                        {card.variant_title && <span className="text-ui-fg-subtle"> · {card.variant_title}</span>}
                      </Text>
                    </Table.Cell>
                    <Table.Cell>
                      {card.serial_number ? (
                        <Text size="small" className="font-mono whitespace-nowrap">
                          {card.serial_number}
                        </Text>
                      ) : (
                        <Text size="small" className="text-ui-fg-muted">
                          Not set
                        </Text>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <CardStatusBadge status={card.status} />
                    </Table.Cell>
                    <Table.Cell>
                      <Text size="small" className="whitespace-nowrap">
                        {card.ends_on ? formatDay(card.ends_on) : "Not started"}
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

export default CustomerWarrantyCardsWidget
