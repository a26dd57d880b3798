import { CheckCircleSolid, XCircleSolid } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { addressLines, DELIVERY_METHOD_LABELS } from "../lib/format"
import type { AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { ClaimField, ClaimList, ClaimSection } from "./claim-section"
import { LINK_CLASS } from "../lib/link"
import { Link } from "react-router-dom"

/** The claim's language in English words, for any language the catalogue has ("ro" -> "Romanian"). */
const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language" })

const Check = ({ done, label }: { done: boolean; label: string }) => (
  <div className="flex items-center gap-x-2">
    {done ? <CheckCircleSolid className="text-ui-tag-green-icon" /> : <XCircleSolid className="text-ui-tag-red-icon" />}
    <Text size="small" leading="compact">
      {label}
    </Text>
  </div>
)

/** What the shopper told at filing: who to contact (R6.5), how the device comes (R6.2), what they did (R6.3, R6.4). */
export const ClaimShopperSection = ({ claim }: { claim: WarrantyClaimDetail }) => {
  const { contact, acknowledgements: ack } = claim
  return (
    <ClaimSection title="Shopper">
      <ClaimField label="Customer">
        {claim.customer ? (
          <div className="flex flex-col gap-y-0.5">
            {/* Medusa's customer page lists the customer's orders, cards and claims. */}
            <Link to={`/customers/${claim.customer.id}`} className={LINK_CLASS}>
              {claim.customer.name || claim.customer.email || "Customer"}
            </Link>
            {claim.customer.name && claim.customer.email ? (
              <Text size="small" leading="compact" className="text-ui-fg-subtle">
                {claim.customer.email}
              </Text>
            ) : null}
          </div>
        ) : (
          "Guest"
        )}
      </ClaimField>
      <ClaimField label="Contact">
        {contact ? (
          <div className="flex flex-col gap-y-0.5">
            <Text size="small" leading="compact" weight="plus">
              {contact.name}
            </Text>
            {contact.contact_person && contact.contact_person !== contact.name && (
              <Text size="small" leading="compact">
                Attn. {contact.contact_person}
              </Text>
            )}
            <Text size="small" leading="compact">
              <a href={`tel:${contact.phone}`} className={LINK_CLASS}>
                {contact.phone}
              </a>
            </Text>
            {addressLines(contact.address).map((line) => (
              <Text key={line} size="small" leading="compact" className="text-ui-fg-subtle">
                {line}
              </Text>
            ))}
          </div>
        ) : (
          "-"
        )}
      </ClaimField>
      <ClaimField label="Delivery">{DELIVERY_METHOD_LABELS[claim.delivery_method] ?? claim.delivery_method}</ClaimField>
      <ClaimField label="Language">{LANGUAGE_NAMES.of(claim.locale) ?? claim.locale}</ClaimField>
      <ClaimField label="Before sending">
        {ack ? (
          <div className="flex flex-col gap-y-1">
            <Check done={ack.data_backup} label="Data backed up" />
            <Check done={ack.lock_removed} label="Screen lock removed" />
            <Check done={ack.films_removed} label="Films and stickers removed" />
            <Check done={ack.accessories_included} label="Accessories included" />
          </div>
        ) : (
          "-"
        )}
      </ClaimField>
      <ClaimField label="Accessories sent">
        <ClaimList items={ack?.accessories} empty="None listed" />
      </ClaimField>
    </ClaimSection>
  )
}
