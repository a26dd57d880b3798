/**
 * The class of a text link in the plugin's dashboard pages. Medusa UI's `text-ui-fg-interactive`
 * (#3b82f6) on white is 3.7:1, under the 4.5:1 that text needs (WCAG AA, checked by axe-core in
 * the browser suite); its hover shade (#2563eb) is 5.2:1, so links use that and underline on hover.
 */
export const LINK_CLASS = "text-ui-fg-interactive-hover hover:underline"
