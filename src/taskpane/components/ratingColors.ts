/**
 * Traffic-light colours of the rating bands (core/rating.ts ids): the one
 * place the pane uses fixed colours, so a band looks the same in any theme.
 */
export interface BandColors {
  readonly background: string;
  readonly foreground: string;
}

export const RATING_COLORS: Readonly<Record<string, BandColors>> = {
  excellent: { background: "#107C10", foreground: "#FFFFFF" },
  good: { background: "#9FD89F", foreground: "#0B3B0B" },
  fair: { background: "#FCE100", foreground: "#3B3100" },
  poor: { background: "#F7630C", foreground: "#FFFFFF" },
  "very-poor": { background: "#C50F1F", foreground: "#FFFFFF" },
  "very-satisfied": { background: "#107C10", foreground: "#FFFFFF" },
  satisfied: { background: "#9FD89F", foreground: "#0B3B0B" },
  "fairly-satisfied": { background: "#FCE100", foreground: "#3B3100" },
  dissatisfied: { background: "#F7630C", foreground: "#FFFFFF" },
  "very-dissatisfied": { background: "#C50F1F", foreground: "#FFFFFF" },
};
