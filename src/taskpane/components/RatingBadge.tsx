/** A rating label on its traffic-light colour. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { BAND_COLORS } from "../../scorecard/styles";

const useStyles = makeStyles({
  badge: {
    display: "inline-block",
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
  },
});

/**
 * `band` is the rating's band id (core/rating.ts), which picks the colour: the
 * generated sheets' traffic lights (scorecard/styles.ts), fixed in any theme.
 */
export function RatingBadge(props: { rating: string; band: string }) {
  const styles = useStyles();
  const colors = BAND_COLORS[props.band];
  return (
    <span
      className={styles.badge}
      style={colors ? { backgroundColor: colors.fill, color: colors.font } : undefined}
    >
      {props.rating}
    </span>
  );
}
