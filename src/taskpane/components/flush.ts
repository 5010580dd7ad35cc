/**
 * An Accordion header's button flush with the pane's other content (Fluent
 * indents it by its own padding; in a 320 px pane the steps line up instead).
 */
import { makeStyles } from "@fluentui/react-components";

export const useFlushStyles = makeStyles({
  button: { paddingInlineStart: 0, paddingInlineEnd: 0 },
  panel: { marginInlineStart: 0, marginInlineEnd: 0 },
});
