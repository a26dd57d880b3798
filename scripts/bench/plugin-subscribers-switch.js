// `npm run bench` only (P2): loaded into its server with `node --require` (NODE_OPTIONS), never
// part of the plugin (scripts/ is not packaged) nor of a shop's app. It lets the bench turn the
// plugin's own subscribers (this folder's src/subscribers) off and on while the server runs, so that
// cart completion is measured with and without them in alternating rounds on one server: while
// the file named by BENCH_SUBSCRIBERS_OFF_FILE exists, each of them returns at once on its event.
// Medusa's own subscribers are untouched.
const fs = require("fs")
const path = require("path")

const offFile = process.env.BENCH_SUBSCRIBERS_OFF_FILE
if (offFile) {
  const root = path.resolve(__dirname, "..", "..")
  const pluginSubscribers = path.join(root, "src", "subscribers") + path.sep
  // The same module instance Medusa's loaders use (resolved from the app folder).
  const { SubscriberLoader } = require(require.resolve("@medusajs/framework/subscribers", { paths: [root] }))
  const createSubscriber = SubscriberLoader.prototype.createSubscriber
  let wrapped = 0
  SubscriberLoader.prototype.createSubscriber = function (descriptor) {
    if (!path.resolve(descriptor.fileName).startsWith(pluginSubscribers)) {
      return createSubscriber.call(this, descriptor)
    }
    wrapped++
    const handler = descriptor.handler
    const switchable = async function (args) {
      if (fs.existsSync(offFile)) {
        return
      }
      return handler(args)
    }
    // Medusa names a subscriber after its handler when its config gives no id.
    Object.defineProperty(switchable, "name", { value: handler.name })
    return createSubscriber.call(this, { ...descriptor, handler: switchable })
  }
  process.on("exit", () => {
    if (!wrapped) {
      console.error(`[bench] plugin-subscribers-switch: no subscriber of ${pluginSubscribers} was loaded`)
    }
  })
}
