import { XMark } from "@medusajs/icons"
import { Badge, Drawer, Heading, IconButton, Kbd, Table, Text } from "@medusajs/ui"
import { useWarrantyCardOwners } from "../hooks/card-owners"
import { errorMessage, formatDateTime } from "../lib/format"
import type { AdminWarrantyCard as WarrantyCard, AdminWarrantyCardOwner as Owner } from "../../types"

type Props = { card: WarrantyCard; open: boolean; onOpenChange: (open: boolean) => void }

/** How each owner came to the card, in the dashboard's language (the API's `source_label` follows the reader's locale). */
const SOURCE: Record<Owner["source"], string> = {
  sale: "Bought it",
  order_transfer: "Order transferred",
  card_transfer: "Handed on by the owner",
  admin_transfer: "Moved by staff",
}

const who = (o: Owner) => o.customer?.name ?? o.customer?.email ?? o.customer_id ?? "Unknown customer"

const by = (o: Owner) =>
  o.actor === "admin" ? (o.actor_email ?? "staff") : o.actor === "customer" ? "the new owner (e-mailed link)" : "automatically"

/** Issue 11: every owner of the card, with how and when they got it and who made the change. */
export const CardOwnersDrawer = ({ card, open, onOpenChange }: Props) => {
  const { data, isLoading, error } = useWarrantyCardOwners(card.id)
  const pending = (data?.warranty_card_transfers ?? []).filter((t) => t.status === "requested" && new Date(t.expires_at) > new Date())

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <div className="border-ui-border-base flex items-start justify-between gap-x-4 border-b px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <Drawer.Title>Owners of {card.card_number}</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle">{card.product_title}</Drawer.Description>
          </div>
          <div className="flex items-center gap-x-2">
            <Kbd>esc</Kbd>
            <Drawer.Close asChild>
              <IconButton size="small" type="button" variant="transparent" aria-label="Close">
                <XMark />
              </IconButton>
            </Drawer.Close>
          </div>
        </div>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {isLoading && <Text size="small">Loading…</Text>}
          {error && <Text size="small" className="text-ui-fg-error">{errorMessage(error)}</Text>}
          {data && (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Owner</Table.HeaderCell>
                  <Table.HeaderCell>How</Table.HeaderCell>
                  <Table.HeaderCell>Since</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.warranty_card_owners.map((o, i) => (
                  <Table.Row key={o.id}>
                    <Table.Cell>
                      <div className="flex flex-col">
                        <Text size="small" weight="plus">
                          {who(o)} {i === data.warranty_card_owners.length - 1 && <Badge size="2xsmall">current</Badge>}
                        </Text>
                        {o.customer?.email && <Text size="xsmall" className="text-ui-fg-subtle">{o.customer.email}</Text>}
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col">
                        <Text size="small">{SOURCE[o.source] ?? o.source_label}</Text>
                        <Text size="xsmall" className="text-ui-fg-subtle">
                          by {by(o)}
                          {o.note ? ` · ${o.note}` : ""}
                        </Text>
                      </div>
                    </Table.Cell>
                    <Table.Cell>{formatDateTime(o.created_at)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          {pending.length > 0 && (
            <div className="flex flex-col gap-y-1">
              <Heading level="h3">Waiting to be accepted</Heading>
              {pending.map((t) => (
                <Text key={t.id} size="small">
                  To {t.email}, until {formatDateTime(t.expires_at)}
                </Text>
              ))}
            </div>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
