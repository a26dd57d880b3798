import type { MedusaResponse } from "@medusajs/framework/http"

export function sendPdf(res: MedusaResponse, filename: string, pdf: Buffer) {
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.status(200).end(pdf)
}
