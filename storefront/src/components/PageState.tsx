import { Alert, Button, Text } from "@medusajs/ui"
import { useEffect, type ReactNode } from "react"
import { Navigate, useLocation } from "react-router-dom"
import { useAuth } from "../lib/auth"
import { errorMessage, isNotFound, isUnauthorized } from "../lib/errors"
import { useLocale } from "../lib/i18n"
import type { Loaded } from "../lib/use-load"
import { MessagePage, Page } from "./Page"

export function Loading() {
  const { t } = useLocale()
  return (
    <p role="status" className="text-ui-fg-subtle txt-medium py-8">
      {t.storefront.common.loading}
    </p>
  )
}

/** A failed call in words: the server's message, never a blank page or raw JSON. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useLocale()
  return (
    <Alert variant="error" role="alert">
      <div className="flex flex-col gap-y-2">
        <Text size="small" weight="plus">
          {t.storefront.errors.title}
        </Text>
        <Text size="small">{errorMessage(error, t.storefront.errors.network)}</Text>
        {onRetry ? (
          <div>
            <Button size="small" variant="secondary" onClick={onRetry}>
              {t.storefront.common.retry}
            </Button>
          </div>
        ) : null}
      </div>
    </Alert>
  )
}

export function NotFound({ what }: { what?: string }) {
  const { t } = useLocale()
  return (
    <MessagePage
      title={t.storefront.errors.notFoundTitle}
      text={what ?? t.storefront.errors.notFoundText}
      to="/"
      link={t.storefront.errors.backHome}
    />
  )
}

/** Sends a visitor who is not signed in to the sign-in page, and back here afterwards. */
export function SignInRedirect() {
  const location = useLocation()
  return <Navigate to={`/account/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
}

/** A 401: the token expired or was revoked; forget it and ask to sign in again. */
function SessionExpired() {
  const { lost } = useAuth()
  useEffect(() => {
    lost()
  }, [lost])
  return <SignInRedirect />
}

export function RequireSignIn({ children }: { children: ReactNode }) {
  const { signedIn } = useAuth()
  return signedIn ? <>{children}</> : <SignInRedirect />
}

/**
 * What every loading page shows before its content: "Loading…", "not found" (also for someone
 * else's record: the API answers both with 404), a sign-in for an expired session, or the error.
 */
export function Loaded<T>({ state, title, notFound, children }: { state: Loaded<T>; title: string; notFound?: string; children: (data: T) => ReactNode }) {
  if (state.error !== undefined && state.data === undefined) {
    if (isNotFound(state.error)) {
      return <NotFound what={notFound} />
    }
    if (isUnauthorized(state.error)) {
      return <SessionExpired />
    }
    return (
      <Page title={title}>
        <ErrorAlert error={state.error} onRetry={state.reload} />
      </Page>
    )
  }
  if (state.data === undefined) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    )
  }
  return <>{children(state.data)}</>
}
