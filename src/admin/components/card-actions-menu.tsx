import { ArrowDownTray, ArrowRightMini, Bolt, CalendarMini, EllipsisHorizontal, PencilSquare, History, XCircle } from "@medusajs/icons"
import { DropdownMenu, IconButton, toast } from "@medusajs/ui"
import { useState } from "react"
import { useDownloadWarrantyCard } from "../hooks/warranty-cards"
import { errorMessage } from "../lib/format"
import type { AdminWarrantyCard as WarrantyCard } from "../../types"
import { BatteryReadingDrawer } from "./battery-reading-drawer"
import { CardOwnersDrawer } from "./card-owners-drawer"
import { CardTransferDrawer } from "./card-transfer-drawer"
import { CorrectStartDrawer } from "./correct-start-drawer"
import { SetSerialDrawer } from "./set-serial-drawer"
import { VoidCardDrawer } from "./void-card-drawer"

type Dialog = "serial" | "battery" | "start" | "void" | "transfer" | "owners"

/** The per-card actions of the order widget. A void card can only be downloaded. */
export const CardActionsMenu = ({ card }: { card: WarrantyCard }) => {
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const download = useDownloadWarrantyCard()
  const isVoid = card.status === "void"

  const close = (open: boolean) => {
    if (!open) {
      setDialog(null)
    }
  }

  const downloadPdf = (locale: "ro" | "en") =>
    download.mutate(
      { id: card.id, card_number: card.card_number, locale },
      { onError: (e) => toast.error(`Could not download ${card.card_number}: ${errorMessage(e)}`) }
    )

  return (
    <>
      {/* Not modal: a modal menu that opens a Drawer leaves the page without pointer events. */}
      <DropdownMenu modal={false}>
        <DropdownMenu.Trigger asChild>
          <IconButton size="small" variant="transparent" aria-label={`Actions for ${card.card_number}`}>
            <EllipsisHorizontal />
          </IconButton>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content align="end">
          <DropdownMenu.Item disabled={isVoid} onClick={() => setDialog("serial")} className="gap-x-2">
            <PencilSquare className="text-ui-fg-subtle" />
            Set IMEI / serial
          </DropdownMenu.Item>
          <DropdownMenu.Item disabled={isVoid} onClick={() => setDialog("battery")} className="gap-x-2">
            <Bolt className="text-ui-fg-subtle" />
            Record battery reading
          </DropdownMenu.Item>
          <DropdownMenu.Item disabled={isVoid} onClick={() => setDialog("start")} className="gap-x-2">
            <CalendarMini className="text-ui-fg-subtle" />
            Correct start date
          </DropdownMenu.Item>
          <DropdownMenu.Item disabled={isVoid} onClick={() => setDialog("transfer")} className="gap-x-2">
            <ArrowRightMini className="text-ui-fg-subtle" />
            Transfer to another customer
          </DropdownMenu.Item>
          <DropdownMenu.Item onClick={() => setDialog("owners")} className="gap-x-2">
            <History className="text-ui-fg-subtle" />
            Owners
          </DropdownMenu.Item>
          <DropdownMenu.Separator />
          <DropdownMenu.Item onClick={() => downloadPdf("ro")} className="gap-x-2">
            <ArrowDownTray className="text-ui-fg-subtle" />
            Download card (Romanian)
          </DropdownMenu.Item>
          <DropdownMenu.Item onClick={() => downloadPdf("en")} className="gap-x-2">
            <ArrowDownTray className="text-ui-fg-subtle" />
            Download card (English)
          </DropdownMenu.Item>
          <DropdownMenu.Separator />
          <DropdownMenu.Item disabled={isVoid} onClick={() => setDialog("void")} className="gap-x-2">
            <XCircle className="text-ui-fg-subtle" />
            Void card
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu>
      {/* Mounted only while open, so each opening starts from a fresh form. */}
      {dialog === "serial" && <SetSerialDrawer card={card} open onOpenChange={close} />}
      {dialog === "battery" && <BatteryReadingDrawer card={card} open onOpenChange={close} />}
      {dialog === "start" && <CorrectStartDrawer card={card} open onOpenChange={close} />}
      {dialog === "void" && <VoidCardDrawer card={card} open onOpenChange={close} />}
      {dialog === "transfer" && <CardTransferDrawer card={card} open onOpenChange={close} />}
      {dialog === "owners" && <CardOwnersDrawer card={card} open onOpenChange={close} />}
    </>
  )
}
