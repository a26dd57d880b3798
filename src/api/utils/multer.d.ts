/** multer (Medusa's own upload routes use it) ships no types: the parts the photo upload uses. */
declare module "multer" {
  import type { IncomingMessage, ServerResponse } from "node:http"

  namespace multer {
    type File = { fieldname: string; originalname: string; mimetype: string; size: number; buffer: Buffer }
    type Limits = { fileSize?: number; files?: number; fields?: number; fieldSize?: number; parts?: number; headerPairs?: number }
    type StorageEngine = object
    type Handler = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void
    type Instance = { array: (field: string, maxCount?: number) => Handler }
    type Options = {
      storage?: StorageEngine
      limits?: Limits | ((req: IncomingMessage) => Limits | Promise<Limits>)
      defParamCharset?: string
    }
    function memoryStorage(): StorageEngine
    class MulterError extends Error {
      code: string
      field?: string
      filename?: string
    }
  }
  function multer(options?: multer.Options): multer.Instance
  export = multer
}
