import { XMark } from "@medusajs/icons"
import { Alert, Button, Drawer, IconButton, Kbd } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"

type FormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  submitLabel: string
  onSubmit: () => void
  isPending?: boolean
  /** The API's message, shown in the form so the clerk can correct the field it names. */
  error?: string | null
  danger?: boolean
  submitDisabled?: boolean
  /** A secondary action shown at the start of the footer (e.g. remove). */
  footerStart?: ReactNode
  children: ReactNode
}

/** A Drawer holding one small form: fields, the API error if any, Cancel and a submit button. */
export const FormDrawer = ({
  open,
  onOpenChange,
  title,
  description,
  submitLabel,
  onSubmit,
  isPending,
  error,
  danger,
  submitDisabled,
  footerStart,
  children,
}: FormDrawerProps) => {
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onSubmit()
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={handleSubmit} className="flex flex-1 flex-col overflow-hidden">
          {/* Drawer.Header's own close button has no name for a screen reader: the same header, named. */}
          <div className="border-ui-border-base flex items-start justify-between gap-x-4 border-b px-6 py-4">
            <div className="flex flex-col gap-y-1">
              <Drawer.Title>{title}</Drawer.Title>
              {description && <Drawer.Description className="text-ui-fg-subtle">{description}</Drawer.Description>}
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
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {children}
            {error && (
              <Alert variant="error" dismissible={false}>
                {error}
              </Alert>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            {footerStart && <div className="mr-auto">{footerStart}</div>}
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              variant={danger ? "danger" : "primary"}
              isLoading={isPending}
              disabled={submitDisabled}
            >
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
