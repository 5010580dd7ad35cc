/**
 * Fluent's AccordionPanel, with its closed panel's `inert` written as React 18
 * takes it. Fluent sets `inert: true` on a closed or closing panel (no focus
 * inside it); React 18 does not know the attribute and warns on a boolean
 * ("Received `true` for a non-boolean attribute `inert`") each time a panel
 * closes. An empty string sets the same attribute without the warning.
 * Fluent's documented way to adjust a component: its hooks, then its render.
 */
import {
  AccordionPanelProps,
  renderAccordionPanel_unstable,
  useAccordionPanelStyles_unstable,
  useAccordionPanel_unstable,
} from "@fluentui/react-components";
import { forwardRef } from "react";

export const AccordionPanel = forwardRef<HTMLDivElement, AccordionPanelProps>(
  function AccordionPanel(props, ref) {
    const state = useAccordionPanel_unstable(props, ref);
    const root = state.root as { inert?: unknown };
    if (root.inert === true) root.inert = "";
    useAccordionPanelStyles_unstable(state);
    return renderAccordionPanel_unstable(state);
  }
);
