import { Alert, Button, Text } from "@medusajs/ui"
import { type ClaimOrderSummary, useCaptureOrderPayments } from "../hooks/claim-answers"
import { ClaimFormField } from "./claim-form-field"
import { type PickedVariant, ProductVariantPicker } from "./product-variant-picker"

/**
 * R8.2, R8.3(c): an exchange or a refund needs the order's payment captured. The drawer says so
 * before the clerk sends the offer, and captures it on request (Medusa's own payment capture).
 */
export const OfferPaymentNotice = ({ order, onError }: { order: ClaimOrderSummary; onError: (message: string | null) => void }) => {
  const capture = useCaptureOrderPayments(order.id)
  if (!order.capturable_payment_ids.length) {
    return null
  }
  return (
    <Alert variant="warning" dismissible={false}>
      <div className="flex flex-col gap-y-2">
        <Text size="small">The order's payment is only authorized. A replacement or a refund can only be carried out once it is captured.</Text>
        <div>
          <Button
            size="small"
            variant="secondary"
            type="button"
            isLoading={capture.isPending}
            onClick={() => capture.mutate(order.capturable_payment_ids, { onError: (e) => onError(e.message), onSuccess: () => onError(null) })}
          >
            Capture the payment
          </Button>
        </div>
      </div>
    </Alert>
  )
}

/** The products suggested with an offer, picked by title (never typed as ids). */
export const SuggestedProductsField = ({
  products,
  onChange,
  currency,
  error,
}: {
  products: PickedVariant[]
  onChange: (products: PickedVariant[]) => void
  currency: string | null
  error?: string | null
}) => (
  <ClaimFormField id="claim-offer-products" label="Suggested products" optional hint="The customer sees them with the offer." error={error}>
    {products.length > 0 && (
      <ul className="flex flex-col gap-y-1">
        {products.map((p) => (
          <li key={p.product_id} className="flex items-center justify-between gap-x-2">
            <Text size="small" leading="compact">
              {p.product_title}
            </Text>
            <Button size="small" variant="transparent" type="button" onClick={() => onChange(products.filter((o) => o.product_id !== p.product_id))}>
              {`Remove ${p.product_title}`}
            </Button>
          </li>
        ))}
      </ul>
    )}
    <ProductVariantPicker
      id="claim-offer-products"
      label="Suggested product"
      mode="product"
      currency={currency}
      value={null}
      onChange={(p) => {
        if (p && !products.some((o) => o.product_id === p.product_id)) {
          onChange([...products, p])
        }
      }}
      placeholder="Search a product to suggest"
    />
  </ClaimFormField>
)
