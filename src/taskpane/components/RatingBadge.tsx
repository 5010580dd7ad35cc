/** A rating label on its traffic-light colour. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RatingScheme } from "../../core/rating";
import { useLanguage } from "../i18n";
import { bandId, RATING_COLORS } from "./ratingColors";

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

export function RatingBadge(props: { rating: string; score: number; scheme: RatingScheme }) {
  const styles = useStyles();
  const [language] = useLanguage();
  const colors = RATING_COLORS[bandId(props.rating, props.score, props.scheme, language)];
  return (
    <span
      className={styles.badge}
      style={colors ? { backgroundColor: colors.background, color: colors.foreground } : undefined}
    >
      {props.rating}
    </span>
  );
}
