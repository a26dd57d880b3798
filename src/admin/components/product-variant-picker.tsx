import { Badge, Input, Text } from "@medusajs/ui"
import { useEffect, useId, useState } from "react"
import { type PickerVariant, useVariantSearch } from "../hooks/claim-answers"
import { formatMoney } from "../lib/format"

/** What the picker hands back: names beside the ids, so a form can show them. */
export type PickedVariant = Pick<PickerVariant, "id" | "title" | "sku" | "product_id" | "product_title" | "price"> & {
  /** Left out when not known (a variant given by the claim rather than picked). */
  inventory_quantity?: number | null
}

export const variantLabel = (v: { product_title?: string | null; title?: string | null }) =>
  [v.product_title, v.title].filter(Boolean).join(" · ")

const stockLabel = (q: number | null) => (q === null ? "Stock not tracked" : q > 0 ? `${q} in stock` : "Out of stock")

/** Waits until typing pauses before searching. */
function useDebounced(value: string, ms = 250) {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return debounced
}

/**
 * A searchable product/variant picker: the clerk types a title or a SKU and picks a variant from
 * the shop's published products, seeing each one's stock and its price in the order's currency.
 * Ids stay out of sight. `mode="product"` picks a whole product (suggested products).
 */
export const ProductVariantPicker = ({
  id,
  label,
  currency,
  value,
  onChange,
  mode = "variant",
  placeholder = "Search by title or SKU",
  invalid,
}: {
  id: string
  label: string
  currency: string | null
  value: PickedVariant | null
  onChange: (variant: PickedVariant | null) => void
  mode?: "variant" | "product"
  placeholder?: string
  invalid?: boolean
}) => {
  const [q, setQ] = useState("")
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const term = useDebounced(q)
  const { data, isFetching, isError } = useVariantSearch(term, currency, open)
  const listId = useId()
  const pick = (v: PickerVariant) => {
    onChange(v)
    setOpen(false)
    setQ("")
  }
  const rows = mode === "product" ? (data ?? []).filter((v, i, all) => all.findIndex((o) => o.product_id === v.product_id) === i) : (data ?? [])

  if (value && !open) {
    return (
      <div className="shadow-borders-base bg-ui-bg-field flex items-center justify-between gap-x-3 rounded-md px-3 py-2" data-testid={`${id}-picked`}>
        <div className="flex flex-col">
          <Text size="small" leading="compact" weight="plus">
            {mode === "product" ? value.product_title : variantLabel(value)}
          </Text>
          {mode === "variant" && (
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              {[value.sku && `SKU ${value.sku}`, value.inventory_quantity !== undefined && stockLabel(value.inventory_quantity), value.price && formatMoney(value.price.amount, value.price.currency_code)]
                .filter(Boolean)
                .join(" · ")}
            </Text>
          )}
        </div>
        <button
          type="button"
          className="text-ui-fg-interactive txt-compact-small-plus"
          onClick={() => {
            setOpen(true)
            setQ("")
          }}
        >
          Change
        </button>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-y-1">
      <Input
        id={id}
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={open && rows.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && rows[active] ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        placeholder={placeholder}
        value={q}
        autoComplete="off"
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          setQ(e.target.value)
          setActive(0)
          setOpen(true)
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault()
            setOpen(true)
            setActive((i) => (rows.length ? (i + (e.key === "ArrowDown" ? 1 : rows.length - 1)) % rows.length : 0))
          } else if (e.key === "Enter" && open && rows[active]) {
            e.preventDefault()
            pick(rows[active])
          } else if (e.key === "Escape" && open) {
            e.stopPropagation()
            setOpen(false)
          }
        }}
      />
      {open && (isError || rows.length === 0) && (
        <Text size="small" role="status" className={isError ? "text-ui-fg-error px-2" : "text-ui-fg-subtle px-2"}>
          {isError ? "Could not search the products." : isFetching ? "Searching…" : term ? `No published product matches “${term}”.` : "Type a title or a SKU."}
        </Text>
      )}
      {open && rows.length > 0 && (
        <ul id={listId} role="listbox" aria-label={`${label}: results`} className="shadow-elevation-flyout bg-ui-bg-base max-h-72 overflow-y-auto rounded-md p-1">
          {rows.map((v, i) => (
            <li
              key={mode === "product" ? v.product_id : v.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`hover:bg-ui-bg-base-hover flex cursor-pointer items-center justify-between gap-x-3 rounded px-2 py-1.5 ${i === active ? "bg-ui-bg-base-hover" : ""}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(v)}
            >
              <div className="flex flex-col">
                <Text size="small" leading="compact" weight="plus">
                  {mode === "product" ? v.product_title : variantLabel(v)}
                </Text>
                {mode === "variant" && v.sku && (
                  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                    {`SKU ${v.sku}`}
                  </Text>
                )}
              </div>
              {mode === "variant" && (
                <div className="flex shrink-0 items-center gap-x-2">
                  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                    {v.price ? formatMoney(v.price.amount, v.price.currency_code) : currency ? `No ${currency.toUpperCase()} price` : ""}
                  </Text>
                  <Badge size="2xsmall" color={v.inventory_quantity === 0 ? "red" : v.inventory_quantity === null ? "grey" : "green"}>
                    {stockLabel(v.inventory_quantity)}
                  </Badge>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
