import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { BatteryReadingCell } from "../components/battery-reading-cell"
import { CardActionsMenu } from "../components/card-actions-menu"
import { CardStatusBadge } from "../components/card-status-badge"
import { InvoiceDateDrawer } from "../components/invoice-date-drawer"
import { WidgetListState } from "../components/widget-list"
import { useWarrantyCards } from "../hooks/warranty-cards"
import { formatDay, productLabel, serialLabel } from "../lib/format"

// One card per sold unit (R1.1): an order rarely has more than a few dozen.
const LIMIT = 100

const OrderWarrantyCardsWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, isLoading, isError, error } = useWarrantyCards({
    order_id: order.id,
    limit: LIMIT,
    order: "card_number",
  })
  const [invoiceOpen, setInvoiceOpen] = useState(false)
  const cards = data?.warranty_cards ?? []
  const hasCourierCards = cards.some((c) => c.delivery_kind === "courier" && c.status !== "void")

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Warranty cards</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            One card per unit sold; set each unit&apos;s IMEI or serial number before handover.
          </Text>
        </div>
        {hasCourierCards && (
          <Button size="small" variant="secondary" className="shrink-0" onClick={() => setInvoiceOpen(true)}>
            Record invoice date
          </Button>
        )}
      </div>
      <WidgetListState isLoading={isLoading} isError={isError} error={error} count={cards.length} noun="warranty cards" emptyText="This order has no warranty cards yet. Cards are issued when the order is placed." />
      {!isLoading && !isError && cards.length > 0 && (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Card</Table.HeaderCell>
                <Table.HeaderCell>Warranty</Table.HeaderCell>
                <Table.HeaderCell>Battery</Table.HeaderCell>
                <Table.HeaderCell className="sticky right-0 w-0 bg-inherit" />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {cards.map((card) => (
                <Table.Row key={card.id} className="[&_td]:py-3 [&_td]:align-top">
                  <Table.Cell>
                    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      <Text size="small" leading="compact" weight="plus" className="whitespace-nowrap">
                        {card.card_number}
                      </Text>
                      <CardStatusBadge status={card.status} />
                    </div>
                    <Text size="xsmall" leading="compact" className="text-ui-fg-subtle mt-1">
                      {productLabel(card)}
                    </Text>
                    {card.serial_number ? (
                      <Text size="xsmall" leading="compact" className="font-mono whitespace-nowrap">
                        {serialLabel(card.serial_number)}
                      </Text>
                    ) : (
                      <Text size="xsmall" leading="compact" className="text-ui-fg-muted whitespace-nowrap">
                        IMEI / serial not set
                      </Text>
                    )}
                    {card.status === "void" && card.void_reason && (
                      <Text size="xsmall" leading="compact" className="text-ui-fg-error">
                        Void: {card.void_reason}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {card.starts_on ? (
                      <>
                        <Text size="small" leading="compact" className="whitespace-nowrap">
                          Until {formatDay(card.ends_on)}
                        </Text>
                        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle whitespace-nowrap">
                          from {formatDay(card.starts_on)} · {card.months} mo
                        </Text>
                        {card.has_battery && card.battery_ends_on && (
                          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle whitespace-nowrap">
                            battery to {formatDay(card.battery_ends_on)}
                          </Text>
                        )}
                      </>
                    ) : (
                      <>
                        <Text size="small" leading="compact" className="text-ui-fg-muted whitespace-nowrap">
                          Not started
                        </Text>
                        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle whitespace-nowrap">
                          {card.months} mo{card.has_battery ? ` · battery ${card.battery_days} days` : ""}
                        </Text>
                        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                          {card.delivery_kind === "courier" ? "starts on the invoice date" : "starts at handover"}
                        </Text>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {/* An accessory without a battery has no readings or battery dates (R5.2). */}
                    {card.has_battery ? (
                      <BatteryReadingCell card={card} />
                    ) : (
                      <Text size="small" className="text-ui-fg-muted whitespace-nowrap">
                        No battery
                      </Text>
                    )}
                  </Table.Cell>
                  {/* Sticky: on a narrow screen the table scrolls, the actions stay in reach. */}
                  <Table.Cell className="sticky right-0 w-0 bg-inherit pl-2 text-right">
                    <CardActionsMenu card={card} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {invoiceOpen && <InvoiceDateDrawer orderId={order.id} open onOpenChange={setInvoiceOpen} />}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details",
})

export default OrderWarrantyCardsWidget
