import { Button, Checkbox, FocusModal, Label, Select, Text } from "@medusajs/ui"
import { useRef, useState } from "react"
import { useClaimPhotos, usePhotoImage, useUploadClaimPhotos } from "../hooks/claim-photos"
import { errorMessage, formatDateTime } from "../lib/format"
import type { AdminWarrantyClaimDetail, AdminWarrantyClaimPhoto, WarrantyClaimPhotoStage } from "../../types"
import { ClaimSection } from "./claim-section"

/** The gallery's groups, in the order the photos are taken. */
const STAGES: { stage: WarrantyClaimPhotoStage; label: string }[] = [
  { stage: "filing", label: "Filing (from the shopper)" },
  { stage: "intake", label: "Intake" },
  { stage: "diagnosis", label: "Diagnosis" },
]

/** What the file picker offers: what the server accepts (it checks the content itself). */
const ACCEPT = "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"

const Thumbnail = ({ photo, onOpen }: { photo: AdminWarrantyClaimPhoto; onOpen: () => void }) => {
  const { data: src, isError } = usePhotoImage(photo, "thumbnail")
  const who = photo.added_by === "customer" ? "shopper" : "staff"
  return (
    <button
      type="button"
      onClick={onOpen}
      title={`${photo.original_name}, added by the ${who} ${formatDateTime(photo.created_at)}${photo.visible_to_customer ? "" : " (staff only)"}`}
      className="bg-ui-bg-subtle border-ui-border-base focus-visible:shadow-borders-focus flex size-24 items-center justify-center overflow-hidden rounded-md border outline-none"
    >
      {src ? (
        <img src={src} alt={photo.original_name} className="size-full object-cover" />
      ) : (
        <Text size="xsmall" className="text-ui-fg-muted">
          {isError ? "Not loaded" : "…"}
        </Text>
      )}
    </button>
  )
}

/** The full image in a modal, fetched only when opened. */
const PhotoViewer = ({ photo, onClose }: { photo: AdminWarrantyClaimPhoto; onClose: () => void }) => {
  const { data: src, isError, error } = usePhotoImage(photo, "full")
  return (
    <FocusModal open onOpenChange={(open) => !open && onClose()}>
      <FocusModal.Content>
        <FocusModal.Header>
          <FocusModal.Title>
            {photo.original_name} ({photo.width}×{photo.height})
          </FocusModal.Title>
        </FocusModal.Header>
        <FocusModal.Body className="flex items-center justify-center overflow-auto p-6">
          {src ? (
            <img src={src} alt={photo.original_name} className="max-h-full max-w-full object-contain" />
          ) : (
            <Text size="small" className={isError ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
              {isError ? `Could not load the photo: ${errorMessage(error)}` : "Loading…"}
            </Text>
          )}
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

/** Staff's upload: the stage, whether the shopper sees them, the files. */
const PhotoUpload = ({ claimId }: { claimId: string }) => {
  const upload = useUploadClaimPhotos(claimId)
  const input = useRef<HTMLInputElement>(null)
  const [stage, setStage] = useState<"intake" | "diagnosis">("intake")
  const [visible, setVisible] = useState(false)
  const [files, setFiles] = useState<File[]>([])

  const submit = () =>
    upload.mutate(
      { files, stage, visible_to_customer: visible },
      {
        onSuccess: () => {
          setFiles([])
          if (input.current) {
            input.current.value = ""
          }
        },
      }
    )

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-y-1">
          <Label size="small" weight="plus" htmlFor="claim-photo-files">
            Add photos
          </Label>
          <input
            id="claim-photo-files"
            ref={input}
            type="file"
            multiple
            accept={ACCEPT}
            className="txt-compact-small text-ui-fg-subtle"
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" weight="plus">
            Stage
          </Label>
          <Select value={stage} onValueChange={(v) => setStage(v as "intake" | "diagnosis")} size="small">
            <Select.Trigger aria-label="Stage">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="intake">Intake</Select.Item>
              <Select.Item value="diagnosis">Diagnosis</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <div className="flex items-center gap-x-2 pb-1">
          <Checkbox id="claim-photo-visible" checked={visible} onCheckedChange={(c) => setVisible(c === true)} />
          <Label htmlFor="claim-photo-visible" size="small">
            Show to the shopper
          </Label>
        </div>
        <Button size="small" variant="secondary" disabled={!files.length} isLoading={upload.isPending} onClick={submit}>
          Upload
        </Button>
      </div>
      {upload.isError && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {errorMessage(upload.error)}
        </Text>
      )}
      <Text size="xsmall" className="text-ui-fg-subtle">
        JPEG, PNG, WebP or HEIC. Location data and other metadata are removed before storing.
      </Text>
    </div>
  )
}

/**
 * R11.4, R6.7: the claim's evidence photos by stage (the shopper's at filing, staff's at intake
 * and diagnosis: seals, liquid indicators, damage), and staff's upload.
 */
export const ClaimPhotosSection = ({ claim }: { claim: AdminWarrantyClaimDetail }) => {
  const { data, isLoading, isError, error } = useClaimPhotos(claim.id)
  const [open, setOpen] = useState<AdminWarrantyClaimPhoto | null>(null)
  const photos = data?.claim_photos ?? []

  return (
    <ClaimSection title="Photos">
      {isLoading || isError ? (
        <Text size="small" className={`px-6 py-4 ${isError ? "text-ui-fg-error" : "text-ui-fg-subtle"}`}>
          {isError ? `Could not load the photos: ${errorMessage(error)}` : "Loading…"}
        </Text>
      ) : (
        STAGES.map(({ stage, label }) => {
          const group = photos.filter((p) => p.stage === stage)
          return (
            <div key={stage} className="flex flex-col gap-y-2 px-6 py-4" data-testid={`claim-photos-${stage}`}>
              <Text size="small" weight="plus" leading="compact" className="text-ui-fg-subtle">
                {label}
              </Text>
              {group.length ? (
                <div className="flex flex-wrap gap-2">
                  {group.map((photo) => (
                    <Thumbnail key={photo.id} photo={photo} onOpen={() => setOpen(photo)} />
                  ))}
                </div>
              ) : (
                <Text size="small" className="text-ui-fg-muted">
                  No photos
                </Text>
              )}
            </div>
          )
        })
      )}
      <PhotoUpload claimId={claim.id} />
      {open && <PhotoViewer photo={open} onClose={() => setOpen(null)} />}
    </ClaimSection>
  )
}
