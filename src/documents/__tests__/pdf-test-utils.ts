import { writeFileSync } from "fs"
import { tmpdir } from "os"
import { join } from "path"

type PdfParseResult = { text: string; numpages: number; info: Record<string, unknown> }
type PdfPage = { getTextContent: () => Promise<{ items: { str: string }[] }> }
type PdfParseOptions = { pagerender?: (page: PdfPage) => Promise<string> }
// The package's index file runs a debug harness when loaded; the lib path does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse: (data: Buffer, options?: PdfParseOptions) => Promise<PdfParseResult> = require("pdf-parse/lib/pdf-parse.js")

/** pdf-parse joins or breaks lines where the layout does: compare on collapsed whitespace. */
export const norm = (s: string): string => s.replace(/\s+/g, " ").trim()

/** The PDF's text on collapsed whitespace, and what pdf-parse read (page count, info). */
export async function textOf(pdf: Buffer): Promise<{ text: string; parsed: PdfParseResult }> {
  const parsed = await pdfParse(pdf)
  return { text: norm(parsed.text), parsed }
}

/** The text of each page, on collapsed whitespace: what a page break separates. */
export async function pageTextsOf(pdf: Buffer): Promise<string[]> {
  const pages: string[] = []
  await pdfParse(pdf, {
    pagerender: async (page) => {
      const content = await page.getTextContent()
      pages.push(norm(content.items.map((i) => i.str).join(" ")))
      return ""
    },
  })
  return pages
}

/**
 * Writes sample PDFs (file name -> render) to the temp folder for a visual check, only when the
 * environment variable `flag` is set.
 */
export async function writeSamples(flag: string, samples: Record<string, () => Promise<Buffer>>): Promise<void> {
  if (!process.env[flag]) {
    return
  }
  for (const [file, render] of Object.entries(samples)) {
    writeFileSync(join(tmpdir(), file), await render())
  }
}
