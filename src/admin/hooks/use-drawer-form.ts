import { toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/format"

/**
 * The error state of a drawer's form and the callbacks every drawer passes to `mutate`: on
 * success a toast and the drawer closes; on error the API's message shows in the form, where it
 * names the field to correct.
 */
export const useDrawerForm = (onOpenChange: (open: boolean) => void) => {
  const [error, setError] = useState<string | null>(null)
  const callbacks = (success: string) => {
    setError(null)
    return {
      onSuccess: () => {
        toast.success(success)
        onOpenChange(false)
      },
      onError: (e: Error) => setError(errorMessage(e)),
    }
  }
  return { error, setError, callbacks }
}
