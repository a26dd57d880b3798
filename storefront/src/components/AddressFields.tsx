import { Label } from "@medusajs/ui"
import { useLocale } from "../lib/i18n"
import { TextField } from "./Fields"

export type AddressValue = {
  address_1: string
  address_2: string
  city: string
  postal_code: string
  province: string
  country_code: string
}

export const emptyAddress: AddressValue = { address_1: "", address_2: "", city: "", postal_code: "", province: "", country_code: "" }

/** Fills the form from an address the API gave (an order's, a claim's contact), missing fields blank. */
export function addressFrom(a: Partial<Record<keyof AddressValue, string | null | undefined>> | null | undefined): AddressValue {
  return {
    address_1: a?.address_1 ?? "",
    address_2: a?.address_2 ?? "",
    city: a?.city ?? "",
    postal_code: a?.postal_code ?? "",
    province: a?.province ?? "",
    country_code: (a?.country_code ?? "").toLowerCase(),
  }
}

/** The address as a body: optional fields left out when blank. */
export function addressBody(a: AddressValue) {
  return {
    address_1: a.address_1.trim(),
    ...(a.address_2.trim() ? { address_2: a.address_2.trim() } : {}),
    city: a.city.trim(),
    postal_code: a.postal_code.trim(),
    ...(a.province.trim() ? { province: a.province.trim() } : {}),
    country_code: a.country_code,
  }
}

export function AddressFields({
  idPrefix,
  value,
  onChange,
  countries,
}: {
  idPrefix: string
  value: AddressValue
  onChange: (value: AddressValue) => void
  /** Where the shop delivers (the region's countries); the current value is always offered. */
  countries: { code: string; name: string }[]
}) {
  const { t } = useLocale()
  const set = (key: keyof AddressValue) => (v: string) => onChange({ ...value, [key]: v })
  const options = countries.some((c) => c.code === value.country_code) || !value.country_code
    ? countries
    : [...countries, { code: value.country_code, name: value.country_code.toUpperCase() }]
  return (
    <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
      <div className="md:col-span-2">
        <TextField id={`${idPrefix}-address_1`} label={t.storefront.address.address1} value={value.address_1} onChange={set("address_1")} required autoComplete="address-line1" />
      </div>
      <div className="md:col-span-2">
        <TextField id={`${idPrefix}-address_2`} label={t.storefront.address.address2} value={value.address_2} onChange={set("address_2")} autoComplete="address-line2" />
      </div>
      <TextField id={`${idPrefix}-city`} label={t.storefront.address.city} value={value.city} onChange={set("city")} required autoComplete="address-level2" />
      <TextField id={`${idPrefix}-postal_code`} label={t.storefront.address.postalCode} value={value.postal_code} onChange={set("postal_code")} required autoComplete="postal-code" />
      <TextField id={`${idPrefix}-province`} label={t.storefront.address.province} value={value.province} onChange={set("province")} autoComplete="address-level1" />
      <div className="flex flex-col gap-y-1.5">
        <Label htmlFor={`${idPrefix}-country`} size="small" weight="plus">
          {t.storefront.address.country}
          <span aria-hidden="true"> *</span>
        </Label>
        <select
          id={`${idPrefix}-country`}
          required
          value={value.country_code}
          onChange={(e) => set("country_code")(e.target.value)}
          className="bg-ui-bg-field shadow-borders-base txt-compact-small text-ui-fg-base h-8 rounded-md px-2 outline-none focus-visible:shadow-borders-interactive-with-active"
        >
          <option value="">{t.storefront.address.chooseCountry}</option>
          {options.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
