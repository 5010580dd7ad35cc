/** A step of the pane: a region named by its heading. */
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { ReactNode, useId } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
});

export function Section(props: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {props.title}
      </Subtitle2>
      {props.children}
    </section>
  );
}
