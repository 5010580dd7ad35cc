/** A step of the pane: a region named by its heading. */
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { ReactNode, useId } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function Section(props: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {props.title}
      </Subtitle2>
      {props.children}
    </section>
  );
}
