import { BoltSolid, Phone, Tablet } from "@medusajs/icons"
import { clx } from "@medusajs/ui"

/** The product's thumbnail, or a drawn stand-in by kind (the demo's products have no photos). */
export function ProductImage({ thumbnail, title, kind, className }: { thumbnail?: string | null; title: string; kind?: "device" | "accessory" | "tablet"; className?: string }) {
  if (thumbnail) {
    return <img src={thumbnail} alt={title} className={clx("aspect-square w-full rounded-lg object-cover", className)} />
  }
  const Icon = kind === "accessory" ? BoltSolid : kind === "tablet" ? Tablet : Phone
  return (
    <div aria-hidden="true" className={clx("bg-ui-bg-base shadow-elevation-card-rest flex aspect-square w-full items-center justify-center rounded-lg", className)}>
      <Icon className="text-ui-fg-subtle h-1/3 w-1/3" />
    </div>
  )
}
