import { XMark } from "@medusajs/icons"
import { Alert, IconButton, Label, Text } from "@medusajs/ui"
import type { StoreWarrantyClaimDetail, StoreWarrantyClaimPhoto } from "medusa-plugin-warranty/client"
import { useEffect, useState } from "react"
import { Section } from "../../components/Page"
import { ErrorAlert } from "../../components/PageState"
import { useLocale } from "../../lib/i18n"
import { useShop } from "../../lib/shop"

/** The shop's `max_claim_photos` (the plugin's default); the server holds the limit either way. */
export const MAX_CLAIM_PHOTOS = 6
/** What the picker offers; the server checks each file's content itself (R11.4). */
const ACCEPT = "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"

/** An object URL for a local file or fetched bytes, released when the component goes. */
function useObjectUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!blob) {
      setUrl(null)
      return
    }
    const next = URL.createObjectURL(blob)
    setUrl(next)
    return () => URL.revokeObjectURL(next)
  }, [blob])
  return url
}

const Preview = ({ file, onRemove }: { file: File; onRemove: () => void }) => {
  const { t } = useLocale()
  const url = useObjectUrl(file)
  return (
    <li className="bg-ui-bg-subtle border-ui-border-base relative size-24 overflow-hidden rounded-md border">
      {/* A HEIC shows no preview in most browsers: its name does. */}
      {url ? <img src={url} alt={file.name} className="size-full object-cover" /> : null}
      <span className="txt-compact-xsmall bg-ui-bg-base/80 absolute inset-x-0 bottom-0 truncate px-1">{file.name}</span>
      <IconButton type="button" size="2xsmall" className="absolute right-1 top-1" aria-label={t.storefront.photos.remove(file.name)} onClick={onRemove}>
        <XMark />
      </IconButton>
    </li>
  )
}

/** R11.4: the claim form's photos of the defect: picked, previewed, removable; sent right after filing. */
export function PhotoPicker({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }) {
  const { t } = useLocale()
  const [tooMany, setTooMany] = useState(false)
  const add = (picked: File[]) => {
    const next = [...files, ...picked]
    setTooMany(next.length > MAX_CLAIM_PHOTOS)
    onChange(next.slice(0, MAX_CLAIM_PHOTOS))
  }
  return (
    <Section title={t.storefront.photos.title} id="photos">
      <Text size="small" className="text-ui-fg-subtle">
        {t.storefront.photos.intro(MAX_CLAIM_PHOTOS)}
      </Text>
      <PhotoInput label={t.storefront.photos.add} disabled={files.length >= MAX_CLAIM_PHOTOS} onPick={add} />
      {tooMany ? <Text size="small">{t.storefront.photos.tooMany(MAX_CLAIM_PHOTOS)}</Text> : null}
      {files.length ? (
        <ul className="flex flex-wrap gap-2">
          {files.map((file, i) => (
            <Preview key={`${i}-${file.name}-${file.size}`} file={file} onRemove={() => onChange(files.filter((_, j) => j !== i))} />
          ))}
        </ul>
      ) : null}
    </Section>
  )
}

function PhotoInput({ label, disabled, onPick }: { label: string; disabled?: boolean; onPick: (files: File[]) => void }) {
  return (
    <div className="flex flex-col gap-y-1.5">
      <Label htmlFor="claim-photos" size="small" weight="plus">
        {label}
      </Label>
      <input
        id="claim-photos"
        type="file"
        multiple
        accept={ACCEPT}
        disabled={disabled}
        className="txt-compact-small"
        onChange={(e) => {
          onPick(Array.from(e.target.files ?? []))
          e.target.value = ""
        }}
      />
    </div>
  )
}

const Thumbnail = ({ claimId, photo }: { claimId: string; photo: StoreWarrantyClaimPhoto }) => {
  const { warranty } = useShop()
  const { t } = useLocale()
  const [blob, setBlob] = useState<Blob | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    // The bytes come with the shopper's token through the client: no token in an <img src>.
    warranty.claims.photo(claimId, photo.id, { thumbnail: true }).then(
      (b) => live && setBlob(b),
      () => live && setFailed(true)
    )
    return () => {
      live = false
    }
  }, [warranty, claimId, photo.id])
  const url = useObjectUrl(blob)
  return (
    <li className="bg-ui-bg-subtle border-ui-border-base relative size-24 overflow-hidden rounded-md border" title={photo.original_name}>
      {url ? <img src={url} alt={photo.original_name} className="size-full object-cover" /> : null}
      {failed ? <span className="txt-compact-xsmall text-ui-fg-subtle block break-all p-1">{photo.original_name}</span> : null}
      {photo.added_by === "admin" ? (
        <span className="txt-compact-xsmall bg-ui-bg-base/80 absolute inset-x-0 bottom-0 truncate px-1">{t.storefront.photos.byService}</span>
      ) : null}
    </li>
  )
}

/** R11.4: the claim page's photos (thumbnails); more can be added while the claim is submitted. */
export function ClaimPhotosSection({ claim, uploadFailed }: { claim: StoreWarrantyClaimDetail; uploadFailed: boolean }) {
  const { warranty } = useShop()
  const { t } = useLocale()
  const [photos, setPhotos] = useState<StoreWarrantyClaimPhoto[] | null>(null)
  const [error, setError] = useState<unknown>()
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    let live = true
    warranty.claims.photos(claim.id).then(
      (r) => live && setPhotos(r.claim_photos),
      (e: unknown) => live && setError(e)
    )
    return () => {
      live = false
    }
  }, [warranty, claim.id])

  const upload = async (files: File[]) => {
    if (!files.length) {
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      const added = await warranty.claims.addPhotos(claim.id, files)
      setPhotos((p) => [...(p ?? []), ...added.claim_photos])
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }
  const mine = (photos ?? []).filter((p) => p.added_by === "customer").length
  const open = claim.status === "submitted" && mine < MAX_CLAIM_PHOTOS

  return (
    <Section title={t.storefront.photos.title} id="photos">
      {uploadFailed ? <Alert variant="warning">{t.storefront.photos.uploadFailed}</Alert> : null}
      {error !== undefined ? <ErrorAlert error={error} /> : null}
      {photos === null ? null : photos.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={t.storefront.photos.title}>
          {photos.map((p) => (
            <Thumbnail key={p.id} claimId={claim.id} photo={p} />
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {t.storefront.photos.none}
        </Text>
      )}
      {open ? <PhotoInput label={t.storefront.photos.addMore} disabled={busy} onPick={(f) => void upload(f.slice(0, MAX_CLAIM_PHOTOS - mine))} /> : null}
      {busy ? (
        <Text size="small" role="status" className="text-ui-fg-subtle">
          {t.storefront.photos.uploading}
        </Text>
      ) : null}
    </Section>
  )
}
