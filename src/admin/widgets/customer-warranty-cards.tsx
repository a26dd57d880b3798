import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { CardStatusBadge } from "../components/card-status-badge"
import { type WidgetColumn, WidgetHeading, WidgetListState, WidgetPager, WidgetRowLink, WidgetTable } from "../components/widget-list"
import { useWarrantyCards } from "../hooks/warranty-cards"
import { formatDay } from "../lib/format"
import type { AdminWarrantyCardListItem } from "../../types"

const PAGE_SIZE = 10

const COLUMNS: WidgetColumn<AdminWarrantyCardListItem>[] = [
  {
    header: "Card",
    cell: (card) => <WidgetRowLink to={`/orders/${card.order_id}`}>{card.card_number}</WidgetRowLink>,
  },
  {
    header: "Product",
    cell: (card) => (
      <Text size="small">
        {card.product_title}
        {card.variant_title && <span className="text-ui-fg-subtle"> · {card.variant_title}</span>}
      </Text>
    ),
  },
  {
    header: "IMEI / serial",
    cell: (card) =>
      card.serial_number ? (
        <Text size="small" className="font-mono whitespace-nowrap">
          {card.serial_number}
        </Text>
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          Not set
        </Text>
      ),
  },
  { header: "Status", cell: (card) => <CardStatusBadge status={card.status} /> },
  {
    header: "Ends on",
    cell: (card) => (
      <Text size="small" className="whitespace-nowrap">
        {card.ends_on ? formatDay(card.ends_on) : "Not started"}
      </Text>
    ),
  },
]

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

  return (
    <Container className="divide-y p-0">
      <WidgetHeading title="Warranty cards" count={count} one="card" many="cards" />
      <WidgetListState
        isLoading={isLoading}
        isError={isError}
        error={error}
        count={cards.length}
        noun="warranty cards"
        emptyText="This customer has no warranty cards."
      />
      {!isLoading && !isError && cards.length > 0 && (
        <>
          <WidgetTable rows={cards} columns={COLUMNS} />
          <WidgetPager page={page} count={count} pageSize={PAGE_SIZE} onPage={setPage} />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details",
})

export default CustomerWarrantyCardsWidget
